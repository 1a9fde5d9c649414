// Depth and cost of a GraphQL operation, measured before it runs, and the plugin that refuses those over the limits
// (and operations of a type the schema does not have).
import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNullableType,
  GraphQLError,
  isListType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';

import type { RequestContext } from '../context';
import { ErrorCode } from '../errors/ErrorCode';
import { QueryTooComplexError } from '../errors/QueryTooComplexError';
import { QueryTooDeepError } from '../errors/QueryTooDeepError';
import { defaultPageSize, maxPageSize } from '../schema/pageArgs';

export interface QueryLimits {
  /** Deepest nesting of fields allowed (introspection fields excepted). */
  maxDepth: number;
  /** Highest estimated cost allowed; see `queryCostEstimator`. */
  maxCost: number;
  /** Most lexical tokens a document may have; graphql-js stops parsing past it. */
  maxTokens: number;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number;
}

export const defaultQueryLimits: QueryLimits = {
  maxDepth: 12,
  maxCost: 100_000,
  maxTokens: 10_000,
  maxBodyBytes: 2 * 1024 * 1024,
};

/** What one element of a list without paging arguments is assumed to fan out to. */
export const assumedListSize = 10;

/**
 * Lists that the graph's shape keeps small, costed at what they return in practice rather than at a page size or
 * `assumedListSize`: a chain of command or of places is a few levels deep, an actor has a handful of ties, a claim
 * names a few involved actors and relays a short chain, an event has a few parts, blamed actors and estimates. A page
 * size asked for that is smaller still counts instead. Lists that can grow with the data (an event's claims, an
 * actor's subunits, a place's children, a source's documents, the relays of a claim) keep the general rule, and a
 * page of events or search hits is still costed at its page size, so floods are refused as before.
 * `tests/unit/server/queryCost.test.ts` checks that each entry names a list field of the schema.
 */
export const boundedListSizes: Readonly<Record<string, number>> = {
  'Actor.ancestors': 3,
  'Actor.ties': 5,
  'Location.ancestors': 3,
  'Claim.involvements': 3,
  'Claim.relayChain': 2,
  'Event.parts': 3,
  'Event.attributions': 3,
  'Event.denials': 2,
  'Attribution.claims': 3,
  'Attribution.sources': 3,
  'Attribution.byEvent': 2,
  'AttributionByEvent.claims': 3,
  'AttributionByEvent.sources': 3,
  'Casualties.reports': 3,
  'Casualties.estimates': 3,
  'Casualties.byEvent': 2,
  'EventCasualties.estimates': 3,
  'CasualtyEstimate.relays': 2,
  'Responsibility.claimedBy': 2,
  'Responsibility.deniedBy': 2,
};

// Introspection is governed by the INTROSPECTION switch, not by these limits (Sandbox's own query is deep).
const isIntrospectionField = (name: string): boolean => name === '__schema' || name === '__type';

function pageSizeOf(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value)
    ? Math.min(Math.max(Math.trunc(value), 0), maxPageSize)
    : defaultPageSize;
}

/**
 * Each field costs 1 plus what it selects; a field with `first`/`last` multiplies its selection by the page
 * size asked for (default 20, capped at the maximum page size whose own check names the argument), `nodes(ids)`
 * by the number of ids, a bounded list (`boundedListSizes`) by its size (or a smaller page asked for), and any other
 * list (except a connection's edges) by `assumedListSize`.
 */
export const queryCostEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (isIntrospectionField(field.name)) return 0;
  // A connection's `edges` are the page its field already paid for.
  if (type.name.endsWith('Connection')) return 1 + childComplexity;
  const argNames = new Set(field.args.map((arg) => arg.name));
  const pages = argNames.has('first') || argNames.has('last');
  const bounded = boundedListSizes[`${type.name}.${field.name}`];
  if (bounded !== undefined)
    return (
      1 +
      (pages && (args.first ?? args.last) != null ? Math.min(bounded, pageSizeOf(args.first ?? args.last)) : bounded) *
        childComplexity
    );
  if (pages) return 1 + pageSizeOf(args.first ?? args.last) * childComplexity;
  if (Array.isArray(args.ids)) return 1 + args.ids.length * childComplexity;
  if (isListType(getNullableType(field.type))) return 1 + assumedListSize * childComplexity;
  return 1 + childComplexity;
};

/** The deepest chain of fields in the operation, following fragments. */
export function queryDepth(document: DocumentNode, operationName?: string | null): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const operation = document.definitions.find(
    (definition) =>
      definition.kind === Kind.OPERATION_DEFINITION && (!operationName || definition.name?.value === operationName),
  );
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return 0;
  const depthOf = (selectionSet: SelectionSetNode | undefined, seen: Set<string>): number => {
    if (!selectionSet) return 0;
    let deepest = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (isIntrospectionField(selection.name.value)) continue;
        deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, seen));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(selection.selectionSet, seen));
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        // Validation has already refused fragment cycles; `seen` only keeps a bad document from looping here.
        if (fragment && !seen.has(name))
          deepest = Math.max(deepest, depthOf(fragment.selectionSet, new Set(seen).add(name)));
      }
    }
    return deepest;
  };
  return depthOf(operation.selectionSet, new Set());
}

/** Variables longer than this (long id lists) are not worth keeping as a cache key. */
const maxCachedVariablesLength = 2_048;
/** Costs kept per document (one per operation name and variables), dropped all together when full. */
const maxCachedCostsPerDocument = 64;

/**
 * The operation's cost, remembered per parsed document (Apollo parses each query text once and hands back the same
 * document), operation name and variables: a client paging through one query asks the same cost again and again, and
 * counting it walks the whole operation against the schema (3% of the API's CPU on the canonical page).
 */
function costCache(): (
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
  count: () => number,
) => number {
  const byDocument = new WeakMap<DocumentNode, Map<string, number>>();
  return (document, operationName, variables, count) => {
    const key = `${operationName ?? ''}\u0000${JSON.stringify(variables)}`;
    if (key.length > maxCachedVariablesLength) return count();
    let costs = byDocument.get(document);
    const known = costs?.get(key);
    if (known !== undefined) return known;
    const cost = count();
    if (!costs) byDocument.set(document, (costs = new Map()));
    if (costs.size >= maxCachedCostsPerDocument) costs.clear();
    costs.set(key, cost);
    return cost;
  };
}

export function queryLimitsPlugin(
  limits: Pick<QueryLimits, 'maxDepth' | 'maxCost'>,
): ApolloServerPlugin<RequestContext> {
  const cachedCost = costCache();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, operationName, operation, schema, response }) {
          // graphql-js validation lets an operation type without a root type through, and execution then fails unmasked.
          if (operation && !schema.getRootType(operation.operation)) {
            response.http.status = 400;
            throw new GraphQLError(`This API has no ${operation.operation} operations.`, {
              extensions: { code: ErrorCode.GRAPHQL_VALIDATION_FAILED },
            });
          }
          const depth = queryDepth(document, operationName);
          if (depth > limits.maxDepth) {
            response.http.status = 400;
            throw new QueryTooDeepError(depth, limits.maxDepth);
          }
          let cost: number;
          try {
            const variables = request.variables ?? {};
            cost = cachedCost(document, operationName ?? undefined, variables, () =>
              getComplexity({
                schema,
                query: document,
                variables,
                operationName: operationName ?? undefined,
                estimators: [queryCostEstimator],
              }),
            );
          } catch (error) {
            // Variables that do not coerce are left to execution, which names them precisely.
            if (!(error instanceof Error) || !/maximum allowed number of nodes/.test(error.message)) return;
            // More field nodes (fragments spread over and over) than the counter will visit: certainly too costly.
            cost = Number.POSITIVE_INFINITY;
          }
          if (cost > limits.maxCost) {
            response.http.status = 400;
            throw new QueryTooComplexError(cost, limits.maxCost);
          }
        },
      };
    },
  };
}
