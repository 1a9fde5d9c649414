// Turns a parsed ACLED row into the part of a document bundle that states it: event, places, actors, sources, claims.
import { createHash } from 'node:crypto';

import type {
  ActorKind,
  BundleClaim,
  BundleInvolvement,
  BundleLocation,
  DocumentBundle,
  GeoPrecision,
  LocationKind,
} from '../ingest/bundle.types';
import { normalizeName } from '../text/normalizeName';
import { acledGeoPrecisions, sourceKindOfOutlet } from './acledCodebook';
import type { AcledActorMention, ParsedAcledRow } from './parseAcledRow';

export const acledSourceId = 'source:acled';

/** The ids a row refers to that depend on what the graph already holds. */
export interface AcledIds {
  /** The actor a name stands for: an existing actor with that name or alias, or a new deterministic id. */
  actorId(name: string): string;
  /** The source an outlet name stands for, the same way. */
  outletId(name: string): string;
  /** The country location a name stands for, the same way. */
  countryId(name: string): string;
  /** The town a row names: the one of that name in the country near the row's point, else a new one. */
  townId(row: ParsedAcledRow): string;
  /** True when the node is already in the graph: shared nodes are then referred to, not restated. */
  exists(id: string): boolean;
  /** The kind a new actor gets (settled over all its mentions); the mention's own when not given. */
  actorKind?(mention: AcledActorMention): ActorKind;
}

/** A readable, stable id fragment for a name: "Military Forces of Libya (2014-)" -> military-forces-of-libya-2014. */
export function slugOf(name: string): string {
  const slug = normalizeName(name).replace(/ /g, '-');
  return slug !== '' ? slug : createHash('sha1').update(name).digest('hex').slice(0, 10);
}

export const acledEventId = (eventIdCnty: string) => `event:acled-${eventIdCnty}`;
export const acledClaimId = (eventIdCnty: string) => `claim:acled-${eventIdCnty}`;
export const outletClaimPrefix = (eventIdCnty: string) => `claim:acled-${eventIdCnty}:outlet:`;
export const newActorId = (name: string) => `actor:acled-${slugOf(name)}`;
export const newOutletId = (name: string) => `source:outlet-${slugOf(name)}`;
export const newCountryId = (name: string) => `loc:acled-${slugOf(name)}`;
/**
 * A town's id hangs off its country and its own name, not its admin path: ACLED reaches the same town through different
 * admin areas over the years (Tripoli under "Tripoli" and under "Tajura wa an Nawahi al Arba"), and it is one place.
 * A second town of the same name elsewhere in the country gets `:2`, `:3`...
 */
export const townIdBase = (country: string, location: string) => `${newCountryId(country)}:${slugOf(location)}`;

const approximateNote =
  'Approximate: ACLED gives no point for this area; this is the point of the first ACLED location imported in it.';

/** The place hierarchy of a row, country first, and the place the event is put at. */
export function acledPlaces(
  row: ParsedAcledRow,
  ids: Pick<AcledIds, 'countryId' | 'townId'>,
): { locations: BundleLocation[]; eventLocationId: string } {
  const point = { latitude: row.latitude, longitude: row.longitude };
  const countryId = ids.countryId(row.places.country);
  const locations: BundleLocation[] = [
    {
      id: countryId,
      name: row.places.country,
      kind: 'COUNTRY',
      ...point,
      geoPrecision: 'COUNTRY',
      note: approximateNote,
    },
  ];
  let parentId = countryId;
  // Admin ids hang off the country's name, not off a reused country id, so they stay the same whatever the graph held.
  let path = newCountryId(row.places.country);
  const levels: [string | undefined, LocationKind, GeoPrecision][] = [
    [row.places.admin1, 'REGION', 'REGION'],
    [row.places.admin2, 'REGION', 'REGION'],
    [row.places.admin3, 'DISTRICT', 'DISTRICT'],
  ];
  let admin1Id: string | undefined;
  for (const [name, kind, geoPrecision] of levels) {
    if (!name) continue;
    path = `${path}/${slugOf(name)}`;
    locations.push({ id: path, name, kind, parentId, ...point, geoPrecision, note: approximateNote });
    admin1Id ??= path;
    parentId = path;
  }
  if (row.geoPrecisionCode === '3') {
    // ACLED only knows the region and puts the event at its capital: the event belongs to the region, not the town.
    return { locations, eventLocationId: admin1Id ?? countryId };
  }
  const townId = ids.townId(row);
  locations.push({
    id: townId,
    name: row.places.location,
    kind: 'CITY',
    parentId,
    ...point,
    geoPrecision: acledGeoPrecisions['1'],
  });
  if (row.geoPrecisionCode === '1') return { locations, eventLocationId: townId };
  const nearId = `${townId}/near`;
  locations.push({
    id: nearId,
    name: `near ${row.places.location}`,
    kind: 'DISTRICT',
    parentId: townId,
    ...point,
    geoPrecision: acledGeoPrecisions['2'],
    note: "ACLED geo_precision 2: the event took place near this town or in its area; the point is the town's.",
  });
  return { locations, eventLocationId: nearId };
}

/** The words ACLED's claim keeps about the row: its types (and the type as the file wrote it), scale and tags. */
export function acledClaimNote(row: ParsedAcledRow): string {
  const types = row.subEventType ? `${row.eventType} / ${row.subEventType}` : row.eventType;
  const original = row.originalEventType !== row.eventType ? ` (recorded as "${row.originalEventType}")` : '';
  return [
    `ACLED event ${row.eventIdCnty}: ${types}${original}`,
    row.disorderType ? `disorder type: ${row.disorderType}` : undefined,
    row.sourceScale ? `source scale: ${row.sourceScale}` : undefined,
    row.tags ? `tags: ${row.tags}` : undefined,
  ]
    .filter(Boolean)
    .join('; ');
}

export function acledRowBundle(row: ParsedAcledRow, ids: AcledIds): DocumentBundle {
  const eventId = acledEventId(row.eventIdCnty);
  const { locations, eventLocationId } = acledPlaces(row, ids);
  const actorsById = new Map<string, DocumentBundle['actors'][number]>();
  const actorRef = (mention: AcledActorMention) => {
    const id = ids.actorId(mention.name);
    if (!ids.exists(id) && !actorsById.has(id))
      actorsById.set(id, { id, name: mention.name, kind: ids.actorKind?.(mention) ?? mention.kind });
    return id;
  };
  const actor1Id = actorRef(row.actor1);
  const involvements = new Map<string, BundleInvolvement>();
  for (const mention of row.assocActors1)
    involvements.set(actorRef(mention), { actorId: actorRef(mention), role: 'PARTICIPANT' });
  for (const mention of [...(row.actor2 ? [row.actor2] : []), ...row.assocActors2]) {
    involvements.set(actorRef(mention), { actorId: actorRef(mention), role: row.actor2Role });
  }
  involvements.delete(actor1Id);

  const sources: DocumentBundle['sources'] = [];
  if (!ids.exists(acledSourceId)) {
    sources.push({
      id: acledSourceId,
      name: 'ACLED',
      kind: 'DATASET',
      url: 'https://acleddata.com',
      description:
        'Armed Conflict Location & Event Data: ' +
        'a dataset of political violence and protest events coded from news and local sources.',
    });
  }
  const outletClaims: BundleClaim[] = row.outlets.map((outlet) => {
    const sourceId = ids.outletId(outlet);
    if (!ids.exists(sourceId) && !sources.some((s) => s.id === sourceId))
      sources.push({ id: sourceId, name: outlet, kind: sourceKindOfOutlet(outlet) });
    return {
      id: `${outletClaimPrefix(row.eventIdCnty)}${slugOf(outlet)}`,
      kind: 'OCCURRENCE',
      stance: 'ASSERTS',
      sourceId,
      eventId,
      note: `Named by ACLED as a source of event ${row.eventIdCnty}.`,
    };
  });
  // Two outlets whose names fold alike ("Reuters" and "REUTERS") are one claim.
  const uniqueOutletClaims = [...new Map(outletClaims.map((claim) => [claim.id, claim])).values()];
  const acledClaim: BundleClaim = {
    id: acledClaimId(row.eventIdCnty),
    kind: 'ATTRIBUTION',
    stance: 'ASSERTS',
    sourceId: acledSourceId,
    eventId,
    actorId: actor1Id,
    // With one outlet ACLED repeats that outlet; with several it combines them, so none of them is its origin.
    relaysClaimId: uniqueOutletClaims.length === 1 ? uniqueOutletClaims[0].id : undefined,
    involvedActors: [...involvements.values()],
    figures: row.fatalities === undefined ? undefined : { killed: row.fatalities },
    claimedOn: row.recordedOn,
    note: acledClaimNote(row),
  };

  return {
    documents: [],
    actors: [...actorsById.values()],
    actorTies: [],
    actorPlaceTies: [],
    // Places are written once: the first row to name a town or area sets its point and parent, later rows refer to it.
    locations: locations.filter((location) => !ids.exists(location.id)),
    sources,
    events: [
      {
        id: eventId,
        kind: row.kind,
        title: `${row.subEventType ?? row.eventType} in ${row.places.location}`,
        description: row.notes,
        startDate: row.startDate,
        endDate: row.endDate,
        datePrecision: row.datePrecision,
        dateNote: row.dateNote,
        locationId: eventLocationId,
      },
    ],
    claims: [acledClaim, ...uniqueOutletClaims],
  };
}
