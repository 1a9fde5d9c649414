// Loads nodes that a relationship guarantees exist; a gap means the graph broke an invariant.
import type DataLoader from 'dataloader';

export async function loadRequired<T>(loader: DataLoader<string, T | undefined>, id: string, kind: string): Promise<T> {
  const item = await loader.load(id);
  if (item === undefined) throw new Error(`${kind} ${id} is linked in the graph but could not be loaded`);
  return item;
}

export async function loadAll<T>(loader: DataLoader<string, T | undefined>, ids: string[]): Promise<T[]> {
  const items = await loader.loadMany(ids);
  return items.filter((item): item is Awaited<T> => item !== undefined && !(item instanceof Error));
}

export async function loadOptional<T>(loader: DataLoader<string, T | undefined>, id: string | null): Promise<T | null> {
  return id ? ((await loader.load(id)) ?? null) : null;
}
