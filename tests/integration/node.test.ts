// Relay node lookups: any node by id, whatever its kind, over HTTP against the seeded graph.
import { seededApi, type SeededApi } from '../support/seededApi';
import type { TestApi } from '../support/testApi';

let api: TestApi;

const fields = `
  __typename
  id
  ... on Actor { name kind }
  ... on Event { title location { id } }
  ... on Location { name latitude }
  ... on Source { name }
  ... on Document { title }
  ... on Claim { quote source { id } }`;
const nodeQuery = `query ($id: ID!) { node(id: $id) { ${fields} } }`;
const nodesQuery = `query ($ids: [ID!]!) { nodes(ids: $ids) { ${fields} } }`;

const derna = { __typename: 'Location', id: 'loc:derna', name: 'Derna', latitude: expect.any(Number) };
const examples = [
  { __typename: 'Actor', id: 'actor:al-sisi', name: 'al-Sisi', kind: 'PERSON' },
  {
    __typename: 'Event',
    id: 'event:derna-siege',
    title: 'Siege of Derna by the Dignity Operation forces (LNA)',
    location: { id: 'loc:derna' },
  },
  derna,
  { __typename: 'Source', id: 'source:reuters', name: 'Reuters' },
  {
    __typename: 'Document',
    id: 'doc:did-the-egyptian-air-force-bomb-derna',
    title: 'Did the Egyptian Air force Bomb Derna after Haftar Visited Cairo?',
  },
  {
    __typename: 'Claim',
    id: 'claim:dmsc-media-office-blames-egypt',
    quote: 'has stated that Egypt was behind the airstrikes',
    source: { id: 'source:mohammed-edriss-al-taher' },
  },
];

let seeded: SeededApi | undefined;

beforeAll(async () => {
  seeded = await seededApi();
  ({ api } = seeded);
});

afterAll(() => seeded?.close());

test.each(examples.map((example) => [example.__typename, example] as const))(
  'node finds a %s by id, with its own fields',
  async (_kind, example) => {
    const response = await api.gql(nodeQuery, { id: example.id });
    expect(response.errors).toBeUndefined();
    expect(response.data?.node).toEqual(example);
  },
);

test('node is null, not an error, when nothing has the id', async () => {
  const response = await api.gql(nodeQuery, { id: 'actor:atlantis' });
  expect(response).toMatchObject({ status: 200, data: { node: null } });
  expect(response.errors).toBeUndefined();
});

test('nodes answers in the order of the ids, null for misses, repeats in place', async () => {
  const ids = [...examples.map((example) => example.id), 'loc:atlantis', 'loc:derna', ''];
  const response = await api.gql(nodesQuery, { ids });
  expect(response.errors).toBeUndefined();
  expect(response.data?.nodes).toEqual([...examples, null, derna, null]);
});

test('nodes of no ids is an empty list', async () => {
  const response = await api.gql(nodesQuery, { ids: [] });
  expect(response.data?.nodes).toEqual([]);
});

test('100 ids cost a constant number of round trips: one to find their kinds, one per kind', async () => {
  const ids = Array.from({ length: 100 }, (_, i) => examples[i % examples.length].id + (i >= 90 ? ':missing' : ''));
  const response = await api.gql(`query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids });
  expect(response.errors).toBeUndefined();
  expect(response.data?.nodes).toHaveLength(100);
  expect(response.data?.nodes.filter((node: unknown) => node === null)).toHaveLength(10);
  expect(response.extensions?.cypherRoundTrips).toBe(7);
});

test('more than 100 ids are refused, naming ids', async () => {
  const response = await api.gql(nodesQuery, { ids: Array.from({ length: 101 }, (_, i) => `actor:${i}`) });
  expect(response.errors?.[0]).toMatchObject({
    message: 'ids: at most 100 ids per request, got 101; split the list',
    extensions: { code: 'BAD_USER_INPUT', field: 'ids' },
  });
});

test('the six kinds implement Node in the schema', async () => {
  const response = await api.gql(`{ __type(name: "Node") { kind possibleTypes { name } } }`);
  expect(response.data?.__type.kind).toBe('INTERFACE');
  expect(response.data?.__type.possibleTypes.map((t: { name: string }) => t.name).sort()).toEqual([
    'Actor',
    'Claim',
    'Document',
    'Event',
    'Location',
    'Source',
  ]);
});
