// Turns a parsed UCDP GED row into the part of a document bundle that states it: event, places, sides, sources, claims.
import { sourceKindOfOutlet } from '../acled/acledCodebook';
import { slugOf } from '../acled/acledRowBundle';
import type {
  BundleActorKilled,
  BundleClaim,
  BundleFigures,
  BundleInvolvement,
  BundleLocation,
  DocumentBundle,
} from '../ingest/bundle.types';
import type { ParsedUcdpRow, UcdpSide } from './parseUcdpRow';
import { eventClarities, violenceTypes, wherePrecisions } from './ucdpCodebook';

export const ucdpSourceId = 'source:ucdp';
export const ucdpEventId = (id: string) => `event:ucdp-${id}`;
export const ucdpClaimId = (id: string) => `claim:ucdp-${id}`;
export const ucdpOutletClaimPrefix = (id: string) => `claim:ucdp-${id}:outlet:`;
export const ucdpCountryId = (country: string) => `loc:ucdp-${slugOf(country)}`;
/** The same outlet id the ACLED importer gives, so an outlet both datasets cite is one source. */
export const newOutletId = (name: string) => `source:outlet-${slugOf(name)}`;

/** UCDP writes some countries with a former name in brackets, "Yemen (North Yemen)", "DR Congo (Zaire)": both are aliases. */
export function countryAliases(country: string): string[] {
  const match = /^(.+?)\s*\((.+)\)\s*$/.exec(country);
  return match ? [match[1], match[2]] : [];
}

/** `ucdp:<side new id>` and `ucdp-dset:<side dset id>`: how later imports and matching find the side. */
export function sideExternalIds(side: UcdpSide): string[] {
  return [...(side.newId ? [`ucdp:${side.newId}`] : []), ...(side.dsetId ? [`ucdp-dset:${side.dsetId}`] : [])];
}

/** A side new to the graph: by UCDP's lasting id, or by its name when the file gives no id (a provisional XXX code). */
export function newSideActorId(side: UcdpSide): string {
  return side.newId ? `actor:ucdp-${slugOf(side.newId)}` : `actor:ucdp-name-${slugOf(side.name)}`;
}

/** The named place of a where_prec 1 or 2 row, before telling apart same-named places far from each other. */
export const basePlaceId = (country: string, name: string) => `${ucdpCountryId(country)}/place:${slugOf(name)}`;

/** The ids a row refers to that depend on what the graph already holds. */
export interface UcdpIds {
  /** The actor a side stands for: one carrying its UCDP id, one with its name, or a new one. */
  actorId(side: UcdpSide): string;
  /** The source an outlet name stands for, the same way. */
  outletId(name: string): string;
  /** The country location a name stands for, the same way. */
  countryId(name: string): string;
  /** The named place: the same name in the same country within 50 km of it is the same place. */
  placeId(country: string, name: string, latitude: number, longitude: number): string;
  /** True when the node is already in the graph: shared nodes are then referred to, not restated. */
  exists(id: string): boolean;
}

export interface UcdpRowBundle {
  bundle: DocumentBundle;
  /** Locations this row gives the own point of (an area's centroid, a place coded exactly): they win over borrowed points. */
  ownPointIds: Set<string>;
}

const approximateNote =
  'Approximate: UCDP gives no point for this area; this is the point of the first UCDP event imported in it.';
const ownPointNote = (level: number) => `Point: UCDP's centroid of this area (where_prec ${level}).`;

/** The place hierarchy of a row, country first, and the place the event is put at (docs/ucdp-import.md, where_prec). */
export function ucdpPlaces(row: ParsedUcdpRow, ids: Pick<UcdpIds, 'countryId' | 'placeId' | 'exists'>) {
  const point = { latitude: row.latitude, longitude: row.longitude };
  const locations: BundleLocation[] = [];
  const ownPointIds = new Set<string>();
  const countryId = ids.countryId(row.country);
  const countryPath = ucdpCountryId(row.country);
  // A country the graph already had (the seed's, ACLED's) is referred to, never restated with UCDP's values.
  const countryIsOurs = countryId === countryPath;
  const countryOwnPoint = row.wherePrec === 6 && countryIsOurs;
  const aliases = countryAliases(row.country);
  locations.push({
    id: countryId,
    name: row.country,
    aliases: aliases.length > 0 ? aliases : undefined,
    kind: 'COUNTRY',
    ...point,
    geoPrecision: 'COUNTRY',
    note: countryOwnPoint ? ownPointNote(6) : approximateNote,
  });
  if (countryOwnPoint) ownPointIds.add(countryId);

  // A where_prec 3 or 4 row may name its area only in where_coordinates (GED leaves adm_2 empty in many countries).
  const adm1Name = row.adm1 ?? (row.wherePrec === 4 ? row.whereCoordinates : undefined);
  const adm2Name = row.adm2 ?? (row.wherePrec === 3 ? row.whereCoordinates : undefined);
  let parentId = countryId;
  let adm1Id: string | undefined;
  let adm2Id: string | undefined;
  if (adm1Name) {
    adm1Id = `${countryPath}/${slugOf(adm1Name)}`;
    const own = row.wherePrec === 4;
    locations.push({
      id: adm1Id,
      name: adm1Name,
      kind: 'REGION',
      parentId,
      ...point,
      geoPrecision: 'REGION',
      note: own ? ownPointNote(4) : approximateNote,
    });
    if (own) ownPointIds.add(adm1Id);
    parentId = adm1Id;
  }
  if (adm2Name) {
    adm2Id = `${adm1Id ?? `${countryPath}/_`}/${slugOf(adm2Name)}`;
    const own = row.wherePrec === 3;
    locations.push({
      id: adm2Id,
      name: adm2Name,
      kind: 'REGION',
      parentId,
      ...point,
      geoPrecision: 'REGION',
      note: own ? ownPointNote(3) : approximateNote,
    });
    if (own) ownPointIds.add(adm2Id);
    parentId = adm2Id;
  }
  const areaFallback = adm2Id ?? adm1Id ?? countryId;

  const level = wherePrecisions[row.wherePrec];
  const whereNote = `UCDP where_prec ${row.wherePrec}: ${level.meaning}.`;
  let eventLocationId: string;
  switch (row.wherePrec) {
    case 1:
    case 2: {
      const name = row.whereCoordinates ?? row.whereDescription;
      if (!name) {
        eventLocationId = areaFallback;
        break;
      }
      const placeId = ids.placeId(row.country, name, row.latitude, row.longitude);
      locations.push({ id: placeId, name, kind: 'CITY', parentId, ...point, geoPrecision: 'CITY' });
      // A place coded exactly gives its own point; a row coded near it may not.
      if (row.wherePrec === 1) ownPointIds.add(placeId);
      eventLocationId = placeId;
      if (row.wherePrec === 2) {
        eventLocationId = `${placeId}/near`;
        locations.push({
          id: eventLocationId,
          name: `near ${name}`,
          kind: 'DISTRICT',
          parentId: placeId,
          ...point,
          geoPrecision: 'DISTRICT',
          note: whereNote,
        });
      }
      break;
    }
    case 3:
      eventLocationId = adm2Id ?? areaFallback;
      break;
    case 4:
      eventLocationId = adm1Id ?? countryId;
      break;
    case 5: {
      const name = row.whereCoordinates ?? row.whereDescription ?? `part of ${row.country}`;
      eventLocationId = `${countryPath}/area:${slugOf(name)}`;
      locations.push({
        id: eventLocationId,
        name,
        kind: 'REGION',
        parentId: countryId,
        ...point,
        geoPrecision: 'REGION',
        note: whereNote,
      });
      break;
    }
    case 6:
      eventLocationId = countryId;
      break;
    case 7: {
      // Waters and airspace belong to no country: the area has no parent.
      const name = row.whereCoordinates ?? row.whereDescription ?? `waters off ${row.country}`;
      eventLocationId = `loc:ucdp-waters:${slugOf(name)}`;
      locations.push({ id: eventLocationId, name, kind: 'REGION', ...point, geoPrecision: 'REGION', note: whereNote });
      break;
    }
  }
  return { locations, eventLocationId, ownPointIds };
}

/** What the event is called: "One-sided violence: Government of Egypt - Civilians, Darnah town". */
function titleOf(row: ParsedUcdpRow, placeName: string): string {
  const type = violenceTypes[row.typeOfViolence].label;
  const dyad = row.dyadName ?? [row.sideA.name, row.sideB?.name].filter(Boolean).join(' - ');
  return `${type[0].toUpperCase()}${type.slice(1)}: ${dyad}, ${placeName}`.slice(0, 1000);
}

function figuresOf(row: ParsedUcdpRow, sideAId: string, sideBId: string | undefined): BundleFigures | undefined {
  const killedAmong: BundleActorKilled[] = [
    ...(row.deathsA !== undefined ? [{ actorId: sideAId, killed: row.deathsA }] : []),
    ...(row.deathsB !== undefined && sideBId ? [{ actorId: sideBId, killed: row.deathsB }] : []),
  ];
  const figures: BundleFigures = {
    killed: row.best,
    killedLow: row.low,
    killedHigh: row.high,
    civiliansKilled: row.deathsCivilians,
    unknownStatusKilled: row.deathsUnknown,
    killedAmong: killedAmong.length > 0 ? killedAmong : undefined,
  };
  return Object.values(figures).some((value) => value !== undefined) ? figures : undefined;
}

const count = (value: number | undefined) => (value === undefined ? 'not given' : String(value));

/** UCDP's claim note: what the row says that has no field of its own, so nothing of the row is lost. */
function noteOf(row: ParsedUcdpRow): string {
  const type = violenceTypes[row.typeOfViolence];
  const parts = [
    `UCDP GED event ${row.id}${row.relid ? ` (relid ${row.relid})` : ''}: ${type.label}` +
      (type.sideAIsPerpetrator ? ', attributed to side_a' : ', both sides parties'),
    row.conflictName ? `conflict "${row.conflictName}"` : undefined,
    row.dyadName ? `dyad "${row.dyadName}"` : undefined,
    row.sideA.provisional || row.sideB?.provisional
      ? 'a side is a provisional code: UCDP had not identified it yet'
      : undefined,
    `best ${count(row.best)}, low ${count(row.low)}, high ${count(row.high)}`,
    `deaths: side_a ${count(row.deathsA)}, side_b ${count(row.deathsB)}, civilians ${count(row.deathsCivilians)}, unknown ${count(row.deathsUnknown)}`,
    `number_of_sources ${row.numberOfSources === undefined ? 'unknown' : row.numberOfSources}`,
    row.eventClarity
      ? `event_clarity ${row.eventClarity} (${eventClarities[row.eventClarity] ?? 'not a level of the codebook'})`
      : undefined,
    row.codeStatus ? `code_status ${row.codeStatus}` : undefined,
    `where_prec ${row.wherePrec}${row.wherePrecInferred ? ' (not given; inferred from the places named)' : ''}` +
      (row.whereDescription ? `, "${row.whereDescription}"` : ''),
    row.sourceOriginal ? `original sources: ${row.sourceOriginal}` : undefined,
    row.sourceArticle ? `articles: ${row.sourceArticle}` : undefined,
  ];
  return parts.filter(Boolean).join('; ').slice(0, 10_000);
}

export function ucdpRowBundle(row: ParsedUcdpRow, ids: UcdpIds): UcdpRowBundle {
  const eventId = ucdpEventId(row.id);
  const { locations, eventLocationId, ownPointIds } = ucdpPlaces(row, ids);

  const actors: DocumentBundle['actors'] = [];
  const actorRef = (side: UcdpSide) => {
    const id = ids.actorId(side);
    if (!ids.exists(id) && !actors.some((a) => a.id === id)) {
      const externalIds = sideExternalIds(side);
      actors.push({
        id,
        name: side.name,
        kind: side.kind,
        externalIds: externalIds.length > 0 ? externalIds : undefined,
        description: side.provisional
          ? 'A provisional code UCDP gives a side it has not identified yet (candidate events data).'
          : undefined,
      });
    }
    return id;
  };
  const sideAId = actorRef(row.sideA);
  const sideBId = row.sideB ? actorRef(row.sideB) : undefined;
  const type = violenceTypes[row.typeOfViolence];
  // One-sided violence is side_a's, against side_b (civilians); in state-based and non-state conflict both sides are parties.
  const involvements: BundleInvolvement[] = type.sideAIsPerpetrator
    ? sideBId && sideBId !== sideAId
      ? [{ actorId: sideBId, role: 'VICTIM' }]
      : []
    : [...new Set([sideAId, ...(sideBId ? [sideBId] : [])])].map((actorId) => ({ actorId, role: 'PARTICIPANT' }));

  const sources: DocumentBundle['sources'] = [];
  if (!ids.exists(ucdpSourceId)) {
    sources.push({
      id: ucdpSourceId,
      name: 'UCDP',
      kind: 'DATASET',
      url: 'https://ucdp.uu.se',
      description:
        'Uppsala Conflict Data Program, Georeferenced Event Dataset (GED): ' +
        'events of organized violence with at least one death, coded from news and other reports.',
    });
  }
  // An office cited for several articles is one outlet; its first article dates and names its claim.
  const outletClaims = new Map<string, BundleClaim>();
  for (const article of row.articles) {
    const sourceId = ids.outletId(article.office);
    const claimId = `${ucdpOutletClaimPrefix(row.id)}${slugOf(article.office)}`;
    if (outletClaims.has(claimId)) continue;
    if (!ids.exists(sourceId) && !sources.some((s) => s.id === sourceId))
      sources.push({ id: sourceId, name: article.office, kind: sourceKindOfOutlet(article.office) });
    outletClaims.set(claimId, {
      id: claimId,
      kind: 'OCCURRENCE',
      stance: 'ASSERTS',
      sourceId,
      eventId,
      claimedOn: article.publishedOn,
      note: `Cited by UCDP as a source of GED event ${row.id}${article.headline ? `: "${article.headline}"` : ''}`.slice(
        0,
        10_000,
      ),
    });
  }
  const outlets = [...outletClaims.values()];
  const ucdpClaim: BundleClaim = {
    id: ucdpClaimId(row.id),
    kind: type.sideAIsPerpetrator ? 'ATTRIBUTION' : 'OCCURRENCE',
    stance: 'ASSERTS',
    sourceId: ucdpSourceId,
    eventId,
    actorId: type.sideAIsPerpetrator ? sideAId : undefined,
    // As with ACLED: one outlet is the origin UCDP repeats; several were combined, so none is.
    relaysClaimId: outlets.length === 1 ? outlets[0].id : undefined,
    involvedActors: involvements,
    figures: figuresOf(row, sideAId, sideBId),
    note: noteOf(row),
  };
  const placeName = locations.find((l) => l.id === eventLocationId)?.name ?? row.country;
  const headlines = [...new Set(row.articles.map((a) => a.headline).filter((h): h is string => h !== undefined))];

  return {
    ownPointIds,
    bundle: {
      documents: [],
      actors,
      actorTies: [],
      actorPlaceTies: [],
      // Shared places are written once, by the first row naming them, unless this row gives an area's own point.
      locations: locations.filter(
        (location) => !ids.exists(location.id) || (ownPointIds.has(location.id) && location.kind !== 'CITY'),
      ),
      sources,
      events: [
        {
          id: eventId,
          kind: type.kind,
          title: titleOf(row, placeName),
          description: headlines.length > 0 ? headlines.join('; ').slice(0, 10_000) : undefined,
          startDate: row.startDate,
          endDate: row.endDate,
          datePrecision: row.datePrecision,
          dateNote: row.dateNote,
          locationId: eventLocationId,
        },
      ],
      claims: [ucdpClaim, ...outlets],
    },
  };
}
