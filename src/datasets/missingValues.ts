// The ways exports write "no value" in any column: empty, NA (files passed through R), NaN and None (pandas, Python), NULL (SQL dumps).
const missingWords = new Set(['', 'na', 'n/a', 'nan', 'null', 'none', '#n/a']);

/** The cell's text, trimmed, or undefined when the export means "no value". */
export function presentValue(text: string | undefined): string | undefined {
  const value = (text ?? '').trim();
  return missingWords.has(value.toLowerCase()) ? undefined : value;
}

/** Splits a `;`-separated list (UCDP's source_office, ACLED's source), trimming each part; missing parts are kept as undefined so lists stay in step. */
export function splitListInStep(text: string | undefined): (string | undefined)[] {
  const value = presentValue(text);
  if (value === undefined) return [];
  return value.split(';').map((part) => presentValue(part.replace(/\s+/g, ' ')));
}
