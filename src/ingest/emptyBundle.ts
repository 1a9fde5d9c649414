import type { DocumentBundle } from './bundle.types';

/** A bundle with every list present and empty: importers and tests fill in what they carry. */
export function emptyBundle(): DocumentBundle {
  return {
    documents: [],
    actors: [],
    actorTies: [],
    actorPlaceTies: [],
    locations: [],
    sources: [],
    events: [],
    claims: [],
  };
}
