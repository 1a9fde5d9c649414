// Seeded generator of hostile HTTP requests for the reliability script's fuzz phase.

export interface FuzzRequest {
  kind: string;
  method: 'POST' | 'GET';
  contentType?: string;
  body?: string | Buffer;
  path?: string;
}

/** Queries that take one text variable `$v`, each checked by the script to be valid before fuzzing. */
export const textTemplates = [
  'query ($v: ID!) { event(id: $v) { id title startDate } }',
  'query ($v: ID!) { actor(id: $v) { id name aliases } }',
  'query ($v: ID!) { source(id: $v) { id name } }',
  'query ($v: ID!) { location(id: $v) { id name } }',
  'query ($v: ID!) { claim(id: $v) { id quote } }',
  'query ($v: ID!) { document(id: $v) { id title } }',
  'query ($v: ID!) { node(id: $v) { id } }',
  'query ($v: String!) { search(text: $v) { totalCount edges { node { __typename } } } }',
  'query ($v: String) { actors(search: $v) { totalCount } }',
  'query ($v: String) { locations(search: $v) { totalCount } }',
  'query ($v: String) { sources(search: $v) { totalCount } }',
  'query ($v: String!) { eventsAttributedTo(actor: { name: $v }) { totalCount } }',
  'query ($v: ID!) { eventsAttributedTo(actor: { id: $v }) { totalCount } }',
];

const hostileStrings = [
  "' OR 1=1 //",
  '"}) MATCH (n) DETACH DELETE n //',
  "x'}) MATCH (n) DETACH DELETE n RETURN 1 AS id //",
  '$(x)',
  '${id}',
  'name:* OR id:*',
  'egypt~ AND title:[a TO z] OR "unclosed',
  '*:*',
  '((((((',
  ')))))',
  '\\',
  'CALL db.labels()',
  '\u0000',
  '\ud800',
  '\udc00x',
  '🙂'.repeat(50),
  '%s%s%s%n',
  '<script>alert(1)</script>',
  'event:derna-airstrikes-2017-10-30',
  'loc:derna',
  '',
  ' ',
];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

function randomString(random: () => number, maxLength: number): string {
  const length = Math.floor(random() ** 3 * maxLength);
  let text = '';
  for (let i = 0; i < length; i += 1) {
    const roll = random();
    // Mostly ASCII, some of everything else including lone surrogates.
    text += String.fromCharCode(
      roll < 0.7
        ? 32 + Math.floor(random() * 95)
        : roll < 0.9
          ? Math.floor(random() * 0x2fff)
          : 0xd800 + Math.floor(random() * 0x800),
    );
  }
  return text;
}

function randomJsonValue(random: () => number, depth = 0): unknown {
  const roll = random();
  if (depth > 3 || roll < 0.2)
    return pick(random, [null, true, false, 0, -1, 1e308, 2 ** 53 + 1, 1.5, Number.MAX_SAFE_INTEGER]);
  if (roll < 0.5) return random() < 0.5 ? pick(random, hostileStrings) : randomString(random, 200);
  if (roll < 0.75) return Array.from({ length: Math.floor(random() * 4) }, () => randomJsonValue(random, depth + 1));
  return Object.fromEntries(
    Array.from({ length: Math.floor(random() * 4) }, (_, i) => [
      pick(random, ['$ne', 'id', 'name', '__proto__', `k${i}`]),
      randomJsonValue(random, depth + 1),
    ]),
  );
}

function mangle(random: () => number, text: string): string {
  let result = text;
  const edits = 1 + Math.floor(random() * 4);
  for (let i = 0; i < edits; i += 1) {
    const at = Math.floor(random() * (result.length + 1));
    const roll = random();
    if (roll < 0.33) result = result.slice(0, at) + result.slice(at + 1);
    else if (roll < 0.66)
      result =
        result.slice(0, at) +
        pick(random, ['{', '}', '(', ')', '"', '$', '...', '@skip', ':', '!', '[', '#', '\n']) +
        result.slice(at);
    else result = result.slice(0, at) + randomString(random, 8) + result.slice(at + 1);
  }
  return result;
}

const json = (value: unknown): string => JSON.stringify(value);

/** One hostile request; the same seed gives the same sequence. */
export function fuzzCase(random: () => number, templates: readonly string[]): FuzzRequest {
  const roll = random();
  const template = pick(random, templates);
  if (roll < 0.3) {
    const value = random() < 0.6 ? pick(random, hostileStrings) : randomString(random, random() < 0.05 ? 200_000 : 300);
    return {
      kind: 'hostile text argument',
      method: 'POST',
      contentType: 'application/json',
      body: json({ query: template, variables: { v: value } }),
    };
  }
  if (roll < 0.45) {
    return {
      kind: 'wrongly typed variables',
      method: 'POST',
      contentType: 'application/json',
      body: json({
        query: template,
        variables: random() < 0.8 ? { v: randomJsonValue(random) } : randomJsonValue(random),
      }),
    };
  }
  if (roll < 0.6) {
    return {
      kind: 'mangled document',
      method: 'POST',
      contentType: 'application/json',
      body: json({ query: mangle(random, template), variables: { v: 'x' } }),
    };
  }
  if (roll < 0.67) {
    const depth = 5 + Math.floor(random() * 3000);
    return {
      kind: 'deep nesting',
      method: 'POST',
      contentType: 'application/json',
      body: json({
        query: `${'{ location(id: "loc:derna") { parent '.repeat(1)}${'{ parent '.repeat(depth)}${'}'.repeat(depth + 2)}`,
      }),
    };
  }
  if (roll < 0.74) {
    const count = 100 + Math.floor(random() * 5000);
    const field = pick(random, ['__typename', 'event(id: "x") { id }', 'events(first: 100) { totalCount }']);
    return {
      kind: 'repeated aliases',
      method: 'POST',
      contentType: 'application/json',
      body: json({ query: `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }` }),
    };
  }
  if (roll < 0.8) {
    const size = pick(random, ['-1', '0', '1', '100', '101', '2147483648', '1.5', '"ten"', 'null', '1e9']);
    return {
      kind: 'odd page size',
      method: 'POST',
      contentType: 'application/json',
      body: json({ query: `{ events(first: ${size}) { totalCount edges { node { id } } } }` }),
    };
  }
  if (roll < 0.85) {
    const batch = Array.from({ length: 1 + Math.floor(random() * 50) }, () => ({
      query: template,
      variables: { v: 'x' },
    }));
    return { kind: 'batched operations', method: 'POST', contentType: 'application/json', body: json(batch) };
  }
  if (roll < 0.9) {
    const bytes = Buffer.from(Array.from({ length: Math.floor(random() * 2000) }, () => Math.floor(random() * 256)));
    return {
      kind: 'random bytes',
      method: 'POST',
      contentType: pick(random, ['application/json', 'application/json; charset=utf-8', 'application/octet-stream']),
      body: bytes,
    };
  }
  if (roll < 0.95) {
    const contentType = pick(random, [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/json; charset=klingon',
      'application/graphql',
    ]);
    return {
      kind: 'browser-style request',
      method: 'POST',
      contentType,
      body: `query=${encodeURIComponent(template)}`,
    };
  }
  return {
    kind: 'GET without preflight',
    method: 'GET',
    path: `/graphql?query=${encodeURIComponent(template)}&variables=${encodeURIComponent(json({ v: pick(random, hostileStrings) }))}`,
  };
}
