// The answers docs/queries.md shows are the answers the API gives on the seed: the page cannot drift from the code.
// UPDATE_DOCS=1 rewrites the answers in place instead (read the diff before committing it).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { repoRoot } from '../../src/repoRoot';
import { loadSeed } from '../../src/seed/loadSeed';
import { startTestApi, type TestApi } from '../support/testApi';
import { testGraph, type TestGraph } from '../support/testGraph';

const page = path.join(repoRoot, 'docs/queries.md');
const questionAndAnswer = /```graphql\n([\s\S]*?)```\n\n```json\n([\s\S]*?)```/g;

let graph: TestGraph;
let api: TestApi;
const text = readFileSync(page, 'utf8');
const examples = [...text.matchAll(questionAndAnswer)].map((match) => ({
  name: /query (\w+)/.exec(match[1])?.[1] ?? match[1].slice(0, 40),
  query: match[1],
  answer: match[2],
}));
const actual = new Map<string, unknown>();

beforeAll(async () => {
  graph = testGraph();
  await graph.reset();
  await loadSeed(graph.db);
  api = await startTestApi(graph.db);
});

afterAll(async () => {
  if (process.env.UPDATE_DOCS === '1') {
    const updated = text.replace(questionAndAnswer, (whole, query: string) =>
      actual.has(query)
        ? `\`\`\`graphql\n${query}\`\`\`\n\n\`\`\`json\n${JSON.stringify(actual.get(query), null, 2)}\n\`\`\``
        : whole,
    );
    writeFileSync(page, updated);
  }
  await api.close();
  await graph.close();
});

test('the page shows the canonical query and at least five analyst questions', () => {
  expect(examples.length).toBeGreaterThanOrEqual(6);
  expect(examples[0].query).toContain('eventsAttributedTo(');
});

test.each(examples.map((example) => [example.name, example]))('%s answers as the page says', async (_name, example) => {
  const response = await api.gql(example.query);
  expect(response.errors).toBeUndefined();
  actual.set(example.query, response.data);
  if (process.env.UPDATE_DOCS !== '1') expect(response.data).toEqual(JSON.parse(example.answer));
});
