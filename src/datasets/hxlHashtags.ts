// HXL, the Humanitarian Exchange Language: files from the Humanitarian Data Exchange (HDX) carry a row of hashtags under
// the header ("#event+code", "#date+occurred", "#geo+lat") telling HXL tools what each column holds. ACLED's country
// files on HDX (served through its HXL proxy) and UCDP's have one. It is a second header, not an event.

/** A hashtag with its attributes: `#group+name+first`; spaces around `+` as some taggers write them. */
const hashtag = /^#[a-z][a-z0-9_]*(?:\s*\+\s*[a-z][a-z0-9_]*)*$/i;

/** Whether the row is an HXL hashtag row: at least one cell filled, and every filled cell a hashtag. */
export function isHxlHashtagRow(fields: readonly string[]): boolean {
  const filled = fields.map((field) => field.trim()).filter((field) => field !== '');
  return filled.length > 0 && filled.every((field) => hashtag.test(field));
}
