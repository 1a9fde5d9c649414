// Every query docs/frontend.md shows runs on the seed without errors, and Sandbox opens on a query that runs too.
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { repoRoot } from '../../src/repoRoot';
import { sandboxDocument, sandboxVariables } from '../../src/server/sandboxDocument';
import { seededApi, type SeededApi } from '../support/seededApi';
import type { TestApi } from '../support/testApi';

let api: TestApi;

const page = readFileSync(path.join(repoRoot, 'docs/frontend.md'), 'utf8');
const queries = [...page.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => ({
  name: /query (\w+)/.exec(match[1])?.[1] ?? match[1].slice(0, 40),
  query: match[1],
}));

let seeded: SeededApi | undefined;

beforeAll(async () => {
  seeded = await seededApi();
  ({ api } = seeded);
});

afterAll(() => seeded?.close());

test('the page has a query for each screen: map, timeline, event detail, actor profile', () => {
  expect(queries.map((q) => q.name)).toEqual(
    expect.arrayContaining(['MapEvents', 'Timeline', 'EventDetail', 'ActorProfile']),
  );
});

test.each(queries.map((q) => [q.name, q.query]))('%s runs on the seed and finds something', async (_name, query) => {
  const response = await api.gql(query);
  expect(response.errors).toBeUndefined();
  const [root] = Object.values(response.data ?? {});
  expect(root).not.toBeNull();
  // A query answering an empty list would show nothing of what the page describes.
  expect(JSON.stringify(root)).toMatch(/"(id|type)":"(event|actor|Feature)/);
});

test('Sandbox’s preloaded query is the canonical question and answers the Derna strike with its variables', async () => {
  expect(sandboxDocument).toContain('eventsAttributedTo(');
  const response = await api.gql(sandboxDocument, sandboxVariables);
  expect(response.errors).toBeUndefined();
  expect(response.data!.eventsAttributedTo.edges.map((edge: { node: { id: string } }) => edge.node.id)).toContain(
    'event:derna-airstrikes-2017-10-30',
  );
});

test('the Sandbox landing page embeds that query and its variables as its initial state', async () => {
  const response = await fetch(api.url, { headers: { accept: 'text/html' } });
  const html = await response.text();
  expect(response.status).toBe(200);
  expect(html).toContain('StrikesAttributedTo');
  expect(html).toContain('source:mohammed-edriss-al-taher');
});
