// The seed data in a freshly reset graph, and this API over it: what most suites that read over HTTP start from.
import type { Database } from '../../src/db/database';
import { loadSeed } from '../../src/seed/loadSeed';
import { startTestApi, type TestApi } from './testApi';
import { testGraph, type TestGraph } from './testGraph';

export interface SeededApi {
  graph: TestGraph;
  api: TestApi;
  close(): Promise<void>;
}

export interface SeededApiOptions {
  /** What a suite adds to the seed before the API starts (its own bundles, an editor's changes). */
  prepare?: (graph: TestGraph) => Promise<void>;
  /** The database the API reads through, when a suite watches it (the graph's own otherwise). */
  database?: (graph: TestGraph) => Database;
  /** How the API is started (the anonymous caller's role, ...). */
  api?: Parameters<typeof startTestApi>[1];
}

export async function seededApi(options: SeededApiOptions = {}): Promise<SeededApi> {
  const graph = testGraph();
  await graph.reset();
  await loadSeed(graph.db);
  await options.prepare?.(graph);
  const api = await startTestApi(options.database?.(graph) ?? graph.db, options.api);
  return {
    graph,
    api,
    close: async () => {
      await api.close();
      await graph.close();
    },
  };
}
