// The names a surviving actor carries after a merge: its own name, then every other name either actor went by.
import { normalizeName } from '../text/normalizeName';

export interface ActorNames {
  name: string;
  aliases: string[];
}

export interface MergedNames {
  aliases: string[];
  /** What the actor_names full-text index reads, as bundleRows writes it. */
  aliasText: string;
  /** Folded forms of the name and every alias, for exact name lookups. */
  nameKeys: string[];
}

/** Aliases of the survivor, then the merged actor's name and aliases; a name that folds like an earlier one is dropped. */
export function mergedNames(survivor: ActorNames, merged: ActorNames): MergedNames {
  const seen = new Set([normalizeName(survivor.name)]);
  const aliases: string[] = [];
  for (const candidate of [...survivor.aliases, merged.name, ...merged.aliases]) {
    const key = normalizeName(candidate);
    if (seen.has(key)) continue;
    seen.add(key);
    aliases.push(candidate);
  }
  return { aliases, aliasText: aliases.join(' | '), nameKeys: [...seen] };
}
