// Before a bundle is written: each place and actor it defines under a new id is looked for in the graph, and when the
// rules of src/reconcile say it is already there, the incoming id becomes a redirect to it instead of a second node.
import type { WriteTransaction } from '../../db/database';
import type { BundleActor, BundleLocation, DocumentBundle } from '../../ingest/bundle.types';
import { mergedNames } from '../../ingest/mergedNames';
import { actorKindOfRole, parseAcledActorName } from '../../reconcile/acledActorNames';
import { actorCandidates, confidentActor, type ActorFacts } from '../../reconcile/actorMatch';
import { placeAllowanceKm, type GeoPrecisionLevel } from '../../reconcile/geo';
import { resolvePlace, type PlaceFacts } from '../../reconcile/placeMatch';
import { normalizeName } from '../../text/normalizeName';

export interface RedirectRow {
  id: string;
  targetId: string;
  formerKind: 'Actor' | 'Location';
  formerName: string;
  reasons: string[];
}

export interface NamesRow {
  id: string;
  aliases: string[];
  aliasText: string;
  nameKeys: string[];
}

export interface Resolution {
  /** Incoming id -> the existing node it was found to be. */
  redirects: RedirectRow[];
  /** New names of existing nodes: the incoming spelling becomes an alias. */
  names: NamesRow[];
}

/** The order places are resolved in: a parent before its children, so a child's country is known from its parent. */
const levels = ['COUNTRY', 'REGION', 'CITY', 'DISTRICT', 'SITE'];

/** The widest distance at which two places of one level could still be one (the incoming precision plus the coarsest). */
const searchKm = (precision: GeoPrecisionLevel) => placeAllowanceKm[precision] + placeAllowanceKm.REGION;

/**
 * Resolves the bundle's new places and actors. `isNew` says whether an id is free in the graph (existing ids are
 * updated as before: resolution is only for nodes the bundle would create).
 */
export async function resolveBundleNodes(
  tx: WriteTransaction,
  bundle: DocumentBundle,
  isNew: (id: string) => boolean,
): Promise<Resolution> {
  const resolution: Resolution = { redirects: [], names: [] };
  await resolvePlaces(tx, bundle.locations ?? [], isNew, resolution);
  await resolveActors(tx, bundle.actors ?? [], isNew, resolution);
  return resolution;
}

async function resolvePlaces(
  tx: WriteTransaction,
  locations: BundleLocation[],
  isNew: (id: string) => boolean,
  resolution: Resolution,
) {
  const incoming = locations.filter((l) => isNew(l.id)).sort((a, b) => levels.indexOf(a.kind) - levels.indexOf(b.kind));
  if (incoming.length === 0) return;
  const byId = new Map(locations.map((l) => [l.id, l]));
  const externalParents = [
    ...new Set(incoming.map((l) => l.parentId).filter((id): id is string => !!id && !byId.has(id))),
  ];
  const countryKeys = new Map<string, string | null>(
    externalParents.length === 0
      ? []
      : (await tx.run('locationCountryKeys', { ids: externalParents })).map((r) => [r.id, r.countryKey]),
  );
  const rows = await tx.run('placeCandidates', {
    places: incoming.map((l) => ({
      id: l.id,
      kind: l.kind,
      parentId: l.parentId ?? null,
      latitude: l.latitude,
      longitude: l.longitude,
      km: searchKm(l.geoPrecision),
    })),
  });
  const candidates = new Map<string, PlaceFacts[]>();
  for (const row of rows) candidates.set(row.id, [...(candidates.get(row.id) ?? []), row.candidate]);
  const target = new Map<string, PlaceFacts>();
  const accepted: PlaceFacts[] = [];
  const countryKeyOf = (location: BundleLocation): string | null => {
    if (location.countryCode) return location.countryCode;
    const resolved = target.get(location.id);
    if (resolved) return resolved.countryKey;
    if (location.kind === 'COUNTRY') return location.id;
    if (!location.parentId) return null;
    const parent = byId.get(location.parentId);
    return parent ? countryKeyOf(parent) : (countryKeys.get(location.parentId) ?? null);
  };
  /** The ids of a place's ancestors as far as the bundle states them, each also as what it resolved to. */
  const ancestorsOf = (location: BundleLocation): Set<string> => {
    const ids = new Set<string>();
    for (let parentId = location.parentId; parentId && !ids.has(parentId); parentId = byId.get(parentId)?.parentId) {
      ids.add(parentId);
      const resolved = target.get(parentId);
      if (resolved) ids.add(resolved.id);
    }
    return ids;
  };
  for (const location of incoming) {
    const facts: PlaceFacts = { ...location, aliases: location.aliases ?? [], countryKey: countryKeyOf(location) };
    // Earlier new places of this bundle count too (one town reached through two admin paths is one place), but a place
    // is never one of its own ancestors.
    const ancestors = ancestorsOf(location);
    const pool = [...(candidates.get(location.id) ?? []), ...accepted].filter((place) => !ancestors.has(place.id));
    const found = resolvePlace(facts, pool);
    if (!found) {
      accepted.push(facts);
      continue;
    }
    const place = target.get(found.place.id) ?? found.place;
    target.set(location.id, place);
    resolution.redirects.push({
      id: location.id,
      targetId: place.id,
      formerKind: 'Location',
      formerName: location.name,
      reasons: found.match.reasons,
    });
    addNames(resolution, place, [location.name, ...(location.aliases ?? [])]);
  }
}

async function resolveActors(
  tx: WriteTransaction,
  actors: BundleActor[],
  isNew: (id: string) => boolean,
  resolution: Resolution,
) {
  const incoming = actors.filter((a) => isNew(a.id));
  if (incoming.length === 0) return;
  const keys = [...new Set(incoming.flatMap((a) => [a.name, ...(a.aliases ?? [])]).map(normalizeName))];
  const countryKinds = [
    ...new Set(
      incoming.flatMap((a) => {
        const convention = parseAcledActorName(a.name);
        return convention?.countryCode ? [`${convention.countryCode}|${actorKindOfRole[convention.role]}`] : [];
      }),
    ),
  ];
  // An actor a dataset importer identified by its own id (ucdp:234) is matched by that id, by that importer: a namesake
  // arriving under a new id was judged another actor there, and only a crosswalk pin overrides that.
  const known = (await tx.run('actorResolutionFacts', { keys, countryKinds }))
    .map((row) => row.actor)
    .map((actor) =>
      actor.datasetIds.length > 0 ? { ...actor, name: '', aliases: [], kind: '', countryCode: null } : actor,
    );
  if (known.length === 0) return;
  for (const actor of incoming) {
    const best = bestOfNames([actor.name, ...(actor.aliases ?? [])], known);
    if (!best) continue;
    const target = known.find((a) => a.id === best.actorId) as ActorFacts;
    resolution.redirects.push({
      id: actor.id,
      targetId: target.id,
      formerKind: 'Actor',
      formerName: actor.name,
      reasons: best.reasons,
    });
    addNames(resolution, target, [actor.name, ...(actor.aliases ?? [])]);
  }
}

/** The confident candidate of the name, else of an alias; an ambiguous name is left alone (actorCandidates lists it). */
function bestOfNames(names: string[], known: ActorFacts[]) {
  for (const name of names) {
    const best = confidentActor(actorCandidates(name, known));
    if (best) return best;
  }
  return null;
}

/** Records that an existing node also goes by these names, on top of any names added earlier in this bundle. */
function addNames(resolution: Resolution, node: { id: string; name: string; aliases: string[] }, names: string[]) {
  const earlier = resolution.names.find((row) => row.id === node.id);
  const current = { name: node.name, aliases: earlier?.aliases ?? node.aliases };
  const [first, ...rest] = names;
  const merged = mergedNames(current, { name: first, aliases: rest });
  if (earlier) Object.assign(earlier, merged);
  else resolution.names.push({ id: node.id, ...merged });
}
