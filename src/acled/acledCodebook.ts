// ACLED's codebook values and how they map onto this model's enums (see docs/acled-import.md).
import type { ActorKind, EventKind, GeoPrecision, InvolvementRole, SourceKind } from '../ingest/bundle.types';

/** The columns of an ACLED export, in ACLED's order. */
export const acledColumns = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'tags',
  'timestamp',
] as const;

export type AcledColumn = (typeof acledColumns)[number];

/** Columns a file must have for its rows to mean anything; the others may be left out. */
export const requiredAcledColumns: readonly AcledColumn[] = [
  'event_id_cnty',
  'event_date',
  'event_type',
  'sub_event_type',
  'actor1',
  'country',
  'location',
  'latitude',
  'longitude',
];

/** ACLED's six event types, each with the kind used when its sub-event type is not one we know. */
export const acledEventTypes: Readonly<Record<string, EventKind>> = {
  Battles: 'ARMED_CLASH',
  'Explosions/Remote violence': 'ATTACK',
  'Violence against civilians': 'ATTACK',
  Protests: 'PROTEST',
  Riots: 'PROTEST',
  'Strategic developments': 'OTHER',
};

/** ACLED's sub-event types. */
export const acledSubEventTypes: Readonly<Record<string, EventKind>> = {
  'Armed clash': 'ARMED_CLASH',
  'Government regains territory': 'TERRITORY_CHANGE',
  'Non-state actor overtakes territory': 'TERRITORY_CHANGE',
  'Air/drone strike': 'AIRSTRIKE',
  'Shelling/artillery/missile attack': 'SHELLING',
  'Remote explosive/landmine/IED': 'BOMBING',
  'Suicide bomb': 'BOMBING',
  Grenade: 'BOMBING',
  'Chemical weapon': 'ATTACK',
  Attack: 'ATTACK',
  'Sexual violence': 'ATTACK',
  'Abduction/forced disappearance': 'ATTACK',
  'Peaceful protest': 'PROTEST',
  'Protest with intervention': 'PROTEST',
  'Excessive force against protesters': 'PROTEST',
  'Violent demonstration': 'PROTEST',
  'Mob violence': 'ATTACK',
  Agreement: 'MEETING',
  'Non-violent transfer of territory': 'TERRITORY_CHANGE',
  'Headquarters or base established': 'OTHER',
  Arrests: 'OTHER',
  'Change to group/activity': 'OTHER',
  'Disrupted weapons use': 'OTHER',
  'Looting/property destruction': 'OTHER',
  Other: 'OTHER',
};

/** Case-insensitive look-up, since exports differ in capitals ("Strategic Developments"). */
export function lookUp<T>(table: Readonly<Record<string, T>>, value: string): { name: string; value: T } | undefined {
  const wanted = value.trim().toLowerCase().replace('protestors', 'protesters');
  const name = Object.keys(table).find((key) => key.toLowerCase() === wanted);
  return name === undefined ? undefined : { name, value: table[name] };
}

/** ACLED's actor types (inter1 / inter2), by code and by the label newer exports use. */
const interKinds: readonly { code: string; label: string; kind: ActorKind }[] = [
  { code: '1', label: 'state forces', kind: 'ARMED_FORCES' },
  { code: '2', label: 'rebel group', kind: 'ARMED_GROUP' },
  { code: '3', label: 'political militia', kind: 'ARMED_GROUP' },
  { code: '4', label: 'identity militia', kind: 'ARMED_GROUP' },
  { code: '5', label: 'rioters', kind: 'OTHER' },
  { code: '6', label: 'protesters', kind: 'OTHER' },
  { code: '7', label: 'civilians', kind: 'CIVILIANS' },
  { code: '8', label: 'external/other forces', kind: 'OTHER' },
];

/** The actor kind for an inter code or label; undefined when blank or not one of ACLED's. */
export function actorKindOfInter(inter: string): ActorKind | undefined {
  const wanted = inter.trim().toLowerCase();
  return interKinds.find((entry) => entry.code === wanted || entry.label === wanted || `${entry.label}s` === wanted)
    ?.kind;
}

/** True when the inter code or label says civilians. */
export function isCivilianInter(inter: string): boolean {
  return actorKindOfInter(inter) === 'CIVILIANS';
}

/** ACLED names actors it cannot identify "Unidentified Armed Group (Libya)". */
export function actorKindOfName(name: string, fromInter: ActorKind | undefined): ActorKind {
  if (/^unidentified\b/i.test(name.trim())) return 'UNKNOWN';
  return fromInter ?? 'OTHER';
}

/** The role actor2 (and its associates) play in the attribution claim. */
export function secondActorRole(eventKind: string, civilianTargeting: boolean, inter2: string): InvolvementRole {
  if (civilianTargeting || isCivilianInter(inter2)) return 'VICTIM';
  if (['Battles', 'Explosions/Remote violence', 'Violence against civilians'].includes(eventKind)) return 'TARGET';
  return 'PARTICIPANT';
}

/** geo_precision 1 / 2 / 3, as the precision of the point of the place the event is put at. */
export const acledGeoPrecisions: Readonly<Record<string, GeoPrecision>> = {
  '1': 'CITY',
  '2': 'DISTRICT',
  '3': 'REGION',
};

/** A guess at what kind of source an outlet named in `source` is; a guess, so only for outlets new to the graph. */
export function sourceKindOfOutlet(name: string): SourceKind {
  if (/\blocal (source|media|sources)\b/i.test(name)) return 'LOCAL_MEDIA';
  if (/\b(facebook|twitter|telegram|youtube|social media|x\.com)\b/i.test(name)) return 'SOCIAL_MEDIA';
  if (/\b(reuters|afp|agence france|associated press|xinhua|anadolu|ansa|dpa)\b/i.test(name)) return 'WIRE_SERVICE';
  if (/\b(ngo|human rights watch|amnesty|unsmil|ocha|united nations|un)\b/i.test(name)) return 'NGO';
  return 'NEWS_OUTLET';
}
