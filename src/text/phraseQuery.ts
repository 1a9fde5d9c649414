// Turns user text into a Lucene phrase query: special characters escaped, so it matches words, never syntax.
const luceneSpecial = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function phraseQuery(text: string): string {
  return `"${text.replace(luceneSpecial, (c) => `\\${c}`)}"`;
}
