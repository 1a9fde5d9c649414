// Who put an event node into the graph: a dataset's bulk importer, or a document bundle (an article, an edit, the
// seed). Stored on each event as `origin` and indexed with its start date (event_origin_start), so a dataset's import
// finds the other origins' events in a batch's dates without reading its own, which are most of the graph.
export enum EventOrigin {
  ACLED = 'ACLED',
  UCDP_GED = 'UCDP GED',
  DOCUMENT = 'DOCUMENT',
}

/** The id prefix each dataset's importer gives its events (src/acled/acledRowBundle.ts, src/ucdp/ucdpRowBundle.ts). */
export const datasetEventIdPrefixes: readonly { prefix: string; origin: EventOrigin }[] = [
  { prefix: 'event:acled-', origin: EventOrigin.ACLED },
  { prefix: 'event:ucdp-', origin: EventOrigin.UCDP_GED },
];

/** The origin an event's id tells: a dataset's namespace, or a document's. */
export function eventOriginOfId(id: string): EventOrigin {
  return datasetEventIdPrefixes.find(({ prefix }) => id.startsWith(prefix))?.origin ?? EventOrigin.DOCUMENT;
}

/** The origins whose events an import of `origin` may be matched with (a dataset does not report one incident twice). */
export const originsOtherThan = (origin: EventOrigin): EventOrigin[] =>
  Object.values(EventOrigin).filter((other) => other !== origin);
