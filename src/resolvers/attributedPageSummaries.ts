// The fields of a page of eventsAttributedTo that summaries carry: what a list, a map or a timeline shows. A query
// that selects no more is answered from the page statement's summaries (cypher/event/eventsAttributedTo.cypher), a
// fraction of whole objects to build, send and decode; one that selects more also asks for the page's whole objects
// (attributedPageObjects.cypher). Keep this in step with the statement's projection: attributedWalk.test.ts
// compares the summaries with the whole objects.
import type { SelectionShape } from './selectionWithin';

const location = { id: true, name: true, kind: true, latitude: true, longitude: true, countryCode: true } as const;
const source = { id: true, name: true, kind: true, url: true } as const;
const document = { id: true, title: true, url: true, publishedOn: true } as const;

export const attributedPageSummaryShape: SelectionShape = {
  totalCount: true,
  pageInfo: true,
  edges: {
    cursor: true,
    node: { id: true, kind: true, title: true, startDate: true, endDate: true, datePrecision: true, location },
    matchedClaims: { id: true, kind: true, stance: true, quote: true, confidence: true, claimedOn: true, figures: true, source, document },
  },
};
