// The `$parameters` a Cypher text uses, read past comments, string literals and backquoted names.

/**
 * Names in order of first use, each once. Skips `// ...` to the end of the line, `/* ... *\/`, '...' and "..."
 * (with backslash escapes) and `...`, so a `$` inside any of them is not a parameter.
 */
export function cypherParameters(text: string): string[] {
  const names = new Set<string>();
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 2;
    } else if (c === "'" || c === '"' || c === '`') {
      i += 1;
      while (i < text.length && text[i] !== c) i += c !== '`' && text[i] === '\\' ? 2 : 1;
      i += 1;
    } else if (c === '$') {
      const name = /^\$(\w+)/.exec(text.slice(i))?.[1];
      if (name) names.add(name);
      i += 1 + (name?.length ?? 0);
    } else {
      i += 1;
    }
  }
  return [...names];
}
