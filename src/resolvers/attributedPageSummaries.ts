// The fields of a page of eventsAttributedTo that summaries carry: what a list, a map or a timeline shows. A query
// that selects no more is answered from the summaries the page statements bring (cypher/event/eventsAttributedTo*),
// a fraction of whole objects to build, send and decode, and of those only the detail it reads; one that selects
// more also asks for the page's whole objects (attributedPageObjects.cypher). Keep this in step with the statements'
// projection: attributedWalk.test.ts compares the summaries with the whole objects.
import type { GraphQLResolveInfo } from 'graphql';

import type { SummaryDetail } from '../data/repositories/EventRepository';
import { eventFieldsFromClaims } from './eventFieldsFromClaims';
import { fieldsSelectedAt, type SelectionShape } from './selectionWithin';

// Fields resolved from the object's id alone, through their own loaders: a summary serves them as well as a whole
// object, with whatever they select below.
const audit = { createdAt: true, createdBy: true, updatedBy: true } as const;
const fromEventId = { ...Object.fromEntries(eventFieldsFromClaims.map((field) => [field, true] as const)), ...audit };
const fromClaimId = { relayedBy: true, retractedBy: true, ...audit } as const;

const location = {
  id: true,
  name: true,
  kind: true,
  latitude: true,
  longitude: true,
  countryCode: true,
  ...audit,
} as const;
const source = { id: true, name: true, kind: true, url: true, ...audit } as const;
const document = { id: true, title: true, url: true, publishedOn: true, ...audit } as const;

export const attributedPageSummaryShape: SelectionShape = {
  totalCount: true,
  pageInfo: true,
  edges: {
    cursor: true,
    node: {
      id: true,
      kind: true,
      title: true,
      startDate: true,
      endDate: true,
      datePrecision: true,
      location,
      ...fromEventId,
    },
    matchedClaims: {
      id: true,
      kind: true,
      stance: true,
      quote: true,
      confidence: true,
      claimedOn: true,
      figures: true,
      source,
      document,
      ...fromClaimId,
    },
  },
};

/** Which summary fields beyond the basic ones (`detail` in the statement) each part of the page needs. */
const detailFields: Record<keyof SummaryDetail, { path: string[]; fields: string[] }> = {
  event: { path: ['edges', 'node'], fields: ['endDate', 'datePrecision'] },
  place: { path: ['edges', 'node', 'location'], fields: ['kind', 'latitude', 'longitude', 'countryCode'] },
  claim: { path: ['edges', 'matchedClaims'], fields: ['claimedOn', 'figures'] },
  source: { path: ['edges', 'matchedClaims', 'source'], fields: ['kind', 'url'] },
  document: { path: ['edges', 'matchedClaims', 'document'], fields: ['publishedOn'] },
};

/** The detail a query within the summary shape selects: a summary sends its basic fields alone unless asked for more. */
export function summaryDetailOf(info: GraphQLResolveInfo): SummaryDetail {
  const detail = {} as Record<keyof SummaryDetail, boolean>;
  for (const [part, { path, fields }] of Object.entries(detailFields) as [
    keyof SummaryDetail,
    (typeof detailFields)[keyof SummaryDetail],
  ][]) {
    const selected = fieldsSelectedAt(info, path);
    detail[part] = fields.some((field) => selected.has(field));
  }
  return detail;
}
