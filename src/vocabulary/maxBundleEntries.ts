// How large one document bundle may be: the bundle input (src/schema/bundle/documentBundle.input.ts) states it, the
// ingest (src/ingest/ingestBundleInput.ts) holds bundles to it.

/** The most entries (of all sections together) one bundle may hold; larger sets go in several bundles. */
export const maxBundleEntries = 1000;
