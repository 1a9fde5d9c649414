// Costs that reflect work: bounded lists cost what they return, pages what they ask for, and floods are refused.
import { getNamedType, getNullableType, isListType, isObjectType, parse, type GraphQLSchema } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';

import { buildGraphqlSchema } from '../../../src/server/buildGraphqlSchema';
import { boundedListSizes, defaultQueryLimits, queryCostEstimator } from '../../../src/server/queryLimits';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildGraphqlSchema();
});

const cost = (query: string) =>
  getComplexity({ schema, query: parse(query), variables: {}, estimators: [queryCostEstimator] });

test('every bounded list names a list (or connection) field of the schema', () => {
  const wrong = Object.keys(boundedListSizes).filter((name) => {
    const [typeName, fieldName] = name.split('.');
    const type = schema.getType(typeName);
    const field = type && isObjectType(type) ? type.getFields()[fieldName] : undefined;
    return !field || !(isListType(getNullableType(field.type)) || getNamedType(field.type).name.endsWith('Connection'));
  });
  expect(wrong).toEqual([]);
});

test('the Houn question at default page sizes: events, the actors their claims involve, with their ancestors and ties', () => {
  const houn = `{ events(filter: {locationId: "loc:houn"}) { edges { node { title
    claims { quote involvements { role actor { name ancestors { name } ties { kind actor { name } location { name } } } } }
  } } } }`;
  // It cost 194,023 when every list counted 10 (or its page size); now ties and ancestors count what they hold.
  expect(cost(houn)).toBeLessThan(defaultQueryLimits.maxCost / 2);
});

test('a smaller page of a bounded list costs that page', () => {
  const parts = (first: string) =>
    cost(`{ event(id: "e") { parts${first} { edges { node { claims { id quote } } } } } }`);
  expect(parts('(first: 1)')).toBeLessThan(parts(''));
  expect(parts('(first: 100)')).toBe(parts(''));
});

test('floods are still refused: a full page of events with lists that grow with the data', () => {
  expect(
    cost('{ events(first: 100) { edges { node { claims { relayedBy { source { documents { id title } } } } } } } }'),
  ).toBeGreaterThan(defaultQueryLimits.maxCost);
  expect(
    cost('{ actors(first: 100) { edges { node { subunits { subunits { subunits { id } } } } } } }'),
  ).toBeGreaterThan(defaultQueryLimits.maxCost);
});
