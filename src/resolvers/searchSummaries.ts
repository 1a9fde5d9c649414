// The fields of a search page that summaries carry: what a list of results shows of each hit. A query that selects no
// more is answered from summaries (cypher/search/searchAll.cypher with $summaries), a fraction of whole nodes to
// build, send and decode; one that selects more gets whole nodes, put in the request's loaders.
// The shape names fields across the six kinds; each kind's summary carries every one of them its type has (a test
// checks against the schema), so a fragment on any kind reads only what its summary holds.
import type { SelectionShape } from './selectionWithin';

export const searchSummaryFields = {
  ACTOR: ['id', 'name', 'kind'],
  EVENT: ['id', 'title', 'kind', 'startDate'],
  LOCATION: ['id', 'name', 'kind'],
  SOURCE: ['id', 'name', 'kind', 'url'],
  DOCUMENT: ['id', 'title', 'url'],
  CLAIM: ['id', 'quote', 'kind', 'stance'],
} as const;

export const searchSummaryShape: SelectionShape = {
  totalCount: true,
  pageInfo: true,
  edges: {
    cursor: true,
    node: {
      score: true,
      kind: true,
      node: Object.fromEntries(
        Object.values(searchSummaryFields).flatMap((fields) => fields.map((field) => [field, true] as const)),
      ),
    },
  },
};
