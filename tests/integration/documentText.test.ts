// A document's full text (up to a million characters) is read only when a query asks for it, never with the
// document's other fields that pages of events and claims bring along.
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { emptyBundle } from '../../src/ingest/emptyBundle';
import { ingestBundle } from '../../src/ingest/ingestBundle';
import { repoRoot } from '../../src/repoRoot';
import { seededApi, type SeededApi } from '../support/seededApi';
import type { TestApi } from '../support/testApi';
import type { TestGraph } from '../support/testGraph';

let graph: TestGraph;
let api: TestApi;
const documentId = 'doc:did-the-egyptian-air-force-bomb-derna';
const seededText = (
  JSON.parse(readFileSync(path.join(repoRoot, 'seed', 'derna-airstrikes.bundle.json'), 'utf8')) as {
    documents: { id: string; text?: string }[];
  }
).documents.find((document) => document.id === documentId)?.text;

let seeded: SeededApi | undefined;

beforeAll(async () => {
  seeded = await seededApi();
  ({ graph, api } = seeded);
});

afterAll(() => seeded?.close());

test('the text comes back whole when asked for, beside the other fields', async () => {
  expect(seededText?.length).toBeGreaterThan(1000);
  const response = await api.gql(`{ document(id: "${documentId}") { title text } }`);
  expect(response.errors).toBeUndefined();
  expect(response.data?.document.text).toBe(seededText);
  expect(response.data?.document.title).toMatch(/Egyptian Air force/i);
});

test('the statements that load documents leave the text out; asking for it costs one round trip for all of them', async () => {
  const [row] = await graph.db.read('documentsByIds', { ids: [documentId] });
  expect(row.document.title).toBeDefined();
  expect(row.document).not.toHaveProperty('text');
  const event = (fields: string) =>
    `{ event(id: "event:derna-airstrikes-2017-10-30") { claims { id document { ${fields} } } } }`;
  const [without, withIt] = [await api.gql(event('title')), await api.gql(event('title text'))];
  expect(without.errors ?? withIt.errors).toBeUndefined();
  const documents = withIt.data?.event.claims.flatMap((claim: { document: { text: string | null } | null }) =>
    claim.document ? [claim.document] : [],
  );
  expect(documents.length).toBeGreaterThan(1);
  expect(documents.every((document: { text: string | null }) => document.text === seededText)).toBe(true);
  expect(withIt.extensions?.cypherRoundTrips).toBe((without.extensions?.cypherRoundTrips as number) + 1);
});

test('a document the graph holds no text for answers null', async () => {
  await ingestBundle(
    graph.db,
    {
      ...emptyBundle(),
      documents: [
        { id: 'doc:textless', title: 'A headline only', publishedOn: '2021-01-31', publishedOnPrecision: 'DAY' },
      ],
    },
    { by: 'test' },
  );
  const response = await api.gql('{ document(id: "doc:textless") { title text } }');
  expect(response.errors).toBeUndefined();
  expect(response.data?.document).toEqual({ title: 'A headline only', text: null });
});
