import {
  parse,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
} from 'graphql';

import { attributedPageSummaryShape, summaryDetailOf } from '../../../src/resolvers/attributedPageSummaries';
import { fieldsSelectedAt, selectionWithin } from '../../../src/resolvers/selectionWithin';

/** What a resolver of the query's first root field sees of its selection. */
function infoOf(query: string): GraphQLResolveInfo {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition')
      .map((d) => [d.name.value, d]),
  );
  return {
    fieldNodes: [operation.selectionSet.selections[0] as FieldNode],
    fragments,
  } as unknown as GraphQLResolveInfo;
}

const listView = `{
  eventsAttributedTo(actor: {id: "a"}, first: 20) {
    pageInfo { hasNextPage endCursor }
    edges {
      cursor
      node { id title kind startDate endDate datePrecision location { id name kind latitude longitude countryCode } }
      matchedClaims { id kind stance quote confidence claimedOn figures { killed isMinimum } source { id name kind url } document { id title url publishedOn } }
    }
  }
}`;

test('a list view of the attributed page is within the summaries', () => {
  expect(selectionWithin(infoOf(listView), attributedPageSummaryShape)).toBe(true);
});

test('fields answered from the id alone stay within, whatever they select below', () => {
  const query = listView
    .replace(
      'node { id title',
      'node { attributions { actor { name } independentSourceCount } casualties { killedHigh } createdBy id title',
    )
    .replace('matchedClaims { id', 'matchedClaims { relayedBy { id note } createdAt id');
  expect(selectionWithin(infoOf(query), attributedPageSummaryShape)).toBe(true);
  expect(
    selectionWithin(
      infoOf(query.replace('matchedClaims { relayedBy', 'matchedClaims { relayChain { id } relayedBy')),
      attributedPageSummaryShape,
    ),
  ).toBe(false);
});

test.each([
  ['a field of the event beyond the summary', 'description'],
  ['a relation of the event', 'partOf { id }'],
  ['a field the summary has not, under an alias', 'changed: updatedAt'],
])('%s takes the page out of the summaries', (_name, extra) => {
  const query = listView.replace('node { id title', `node { ${extra} id title`);
  expect(selectionWithin(infoOf(query), attributedPageSummaryShape)).toBe(false);
});

test('a field beyond the summary is found inside fragments, named or inline', () => {
  const named = `{ eventsAttributedTo(actor: {id: "a"}) { edges { ...E } } }
    fragment E on AttributedEventEdge { matchedClaims { id ...C } }
    fragment C on Claim { source { id description } }`;
  const inline = `{ eventsAttributedTo(actor: {id: "a"}) { edges { node { ... on Event { id location { parent { id } } } } } } }`;
  expect(selectionWithin(infoOf(named), attributedPageSummaryShape)).toBe(false);
  expect(selectionWithin(infoOf(inline), attributedPageSummaryShape)).toBe(false);
  expect(selectionWithin(infoOf(named.replace(' description', ' name')), attributedPageSummaryShape)).toBe(true);
});

test('__typename and aliases of summary fields stay within; an unknown fragment does not', () => {
  const query = `{ eventsAttributedTo(actor: {id: "a"}) { __typename total: totalCount edges { node { __typename when: startDate } } } }`;
  expect(selectionWithin(infoOf(query), attributedPageSummaryShape)).toBe(true);
  expect(
    selectionWithin(
      infoOf(`{ eventsAttributedTo(actor: {id: "a"}) { edges { ...Missing } } }`),
      attributedPageSummaryShape,
    ),
  ).toBe(false);
});

test('a summary carries its detail fields only when the query reads one of them', () => {
  expect(summaryDetailOf(infoOf(listView))).toEqual({
    event: true,
    place: true,
    claim: true,
    source: true,
    document: true,
  });
  const basic = `{ eventsAttributedTo(actor: {id: "a"}) { edges {
    node { id title kind startDate location { id name } }
    matchedClaims { id kind stance quote confidence source { id name } document { id title url } }
  } } }`;
  expect(summaryDetailOf(infoOf(basic))).toEqual({
    event: false,
    place: false,
    claim: false,
    source: false,
    document: false,
  });
  const throughFragments = `{ eventsAttributedTo(actor: {id: "a"}) { edges { ...E } } }
    fragment E on AttributedEventEdge { node { ... on Event { id location { lat: latitude } } } matchedClaims { source { id url } } }`;
  expect(summaryDetailOf(infoOf(throughFragments))).toEqual({
    event: false,
    place: true,
    claim: false,
    source: true,
    document: false,
  });
});

test('the fields selected directly under the current one come through fragments, by name whatever the alias', () => {
  const query = `{ eventsAttributedTo(actor: {id: "a"}) { ...P ... on AttributedEventConnection { count: totalCount } } }
    fragment P on AttributedEventConnection { pageInfo { hasNextPage } }`;
  expect(fieldsSelectedAt(infoOf(query), [])).toEqual(new Set(['pageInfo', 'totalCount']));
  expect(fieldsSelectedAt(infoOf(query), ['pageInfo'])).toEqual(new Set(['hasNextPage']));
});
