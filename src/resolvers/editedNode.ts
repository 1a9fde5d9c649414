// Reads a node back after a mutation wrote it, past any copy the request's loader cached before the write.
import type DataLoader from 'dataloader';

import { loadRequired } from './loadRequired';

export function editedNode<T>(loader: DataLoader<string, T | undefined>, id: string, kind: string): Promise<T> {
  loader.clear(id);
  return loadRequired(loader, id, kind);
}
