// Node's header values as one text each.

/** A header as one text (Node joins repeated unknown headers already; its types still allow a list). */
export function headerText(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}
