// The seed data in a freshly reset graph, and this API over it: what most suites that read over HTTP start from.
import { loadSeed } from '../../src/seed/loadSeed';
import { startTestApi, type TestApi } from './testApi';
import { testGraph, type TestGraph } from './testGraph';

export interface SeededApi {
  graph: TestGraph;
  api: TestApi;
  close(): Promise<void>;
}

export async function seededApi(): Promise<SeededApi> {
  const graph = testGraph();
  await graph.reset();
  await loadSeed(graph.db);
  const api = await startTestApi(graph.db);
  return {
    graph,
    api,
    close: async () => {
      await api.close();
      await graph.close();
    },
  };
}
