// Rejected rows grouped by reason, for the importers' reports: "latitude "…" is not a number between -90 and 90: lines 7, 19".
export interface RejectedRowLike {
  line: number;
  reason: string;
  /** The rule the row broke, when the importer names it; else read from the reason (reasonRule). */
  rule?: string;
}

export interface RejectionGroup {
  /** The reason with the row's own values left out, so rows failing the same rule group together. */
  reason: string;
  count: number;
  /** Lines of the rows, in file order. */
  lines: number[];
}

/** The rule a reason states: quoted values ("2017-13-40") and counts that differ from row to row become placeholders. */
export function reasonRule(reason: string): string {
  return reason
    .replace(/"(?:[^"\\]|\\.)*"/g, '"…"')
    .replace(/^(has )\d+( fields where the header has \d+)/, '$1N$2')
    .replace(/^(not readable as CSV: [^:]*).*/s, '$1');
}

export function groupRejections(rows: readonly RejectedRowLike[]): RejectionGroup[] {
  const groups = new Map<string, RejectionGroup>();
  for (const row of [...rows].sort((a, b) => a.line - b.line)) {
    const rule = row.rule ?? reasonRule(row.reason);
    const group = groups.get(rule) ?? { reason: rule, count: 0, lines: [] };
    group.count += 1;
    group.lines.push(row.line);
    groups.set(rule, group);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || a.lines[0] - b.lines[0]);
}
