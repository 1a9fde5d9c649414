// ACLED's codebook values, in every vintage, and how they map onto this model's enums (see docs/acled-import.md).
import type { ActorKind, EventKind, GeoPrecision, InvolvementRole, SourceKind } from '../ingest/bundle.types';

/** The columns of a current ACLED export (since March 2023), in ACLED's order. */
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

/** Columns of earlier vintages that today's layout dropped (ally_actor_1/2 are read as assoc_actor_1/2). */
export const acledOlderColumns = ['data_id', 'event_id_no_cnty', 'gwno', 'iso3'] as const;

export type AcledColumn = (typeof acledColumns)[number] | (typeof acledOlderColumns)[number];

/** Columns a file must have for its rows to mean anything; every vintage has them. */
export const requiredAcledColumns: readonly AcledColumn[] = [
  'event_id_cnty',
  'event_date',
  'event_type',
  'actor1',
  'country',
  'location',
  'latitude',
  'longitude',
];

/** How a value is written when it is missing: blank, or NA / N/A / NULL... as R, Excel, pandas and databases write it. */
const missingValues = new Set(['na', 'n/a', '#n/a', 'null', 'nan', 'none', '<na>']);

/** The value of a cell, trimmed, or '' when the cell says the value is missing. */
export function cellValue(raw: string | undefined): string {
  if (raw === undefined) return '';
  const value = raw.trim();
  return value.length <= 4 && missingValues.has(value.toLowerCase()) ? '' : value;
}

/** ACLED's six event types since 2019, each with the kind used when the sub-event type says no more. */
export const acledEventTypes: Readonly<Record<string, EventKind>> = {
  Battles: 'ARMED_CLASH',
  'Explosions/Remote violence': 'ATTACK',
  'Violence against civilians': 'ATTACK',
  Protests: 'PROTEST',
  Riots: 'PROTEST',
  'Strategic developments': 'OTHER',
};

/** ACLED's sub-event types since 2019. */
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

/**
 * Event types used before 2019, onto today's type and sub-type. No official table exists: where the old type cannot
 * say which sub-type, the sub-type is left out (general). "Riots/Protests" is Riots when one side is rioters (inter 5),
 * else Protests.
 */
export const acledOldEventTypes: Readonly<Record<string, { eventType: string; subEventType?: string }>> = {
  'Battle-No change of territory': { eventType: 'Battles', subEventType: 'Armed clash' },
  'Battle-Government regains territory': { eventType: 'Battles', subEventType: 'Government regains territory' },
  'Battle-Non-state actor overtakes territory': {
    eventType: 'Battles',
    subEventType: 'Non-state actor overtakes territory',
  },
  'Battle-Non-state actors overtake territory': {
    eventType: 'Battles',
    subEventType: 'Non-state actor overtakes territory',
  },
  'Remote violence': { eventType: 'Explosions/Remote violence' },
  'Riots/Protests': { eventType: 'Protests' },
  'Violence against civilians': { eventType: 'Violence against civilians' },
  'Strategic development': { eventType: 'Strategic developments' },
  'Non-violent transfer of territory': {
    eventType: 'Strategic developments',
    subEventType: 'Non-violent transfer of territory',
  },
  'Headquarters or base established': {
    eventType: 'Strategic developments',
    subEventType: 'Headquarters or base established',
  },
};

/** Folds a codebook value for matching: case, blanks, hyphen spacing and the "protestors" spelling do not matter. */
export function codebookKey(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/protestors/g, 'protesters');
}

function keyed<T>(table: Readonly<Record<string, T>>): Map<string, { name: string; value: T }> {
  return new Map(Object.entries(table).map(([name, value]) => [codebookKey(name), { name, value }]));
}

const eventTypesByKey = keyed(acledEventTypes);
const subEventTypesByKey = keyed(acledSubEventTypes);
const oldEventTypesByKey = keyed(acledOldEventTypes);

const keyedTables = new WeakMap<object, Map<string, { name: string; value: unknown }>>();

/** Case-insensitive look-up, since exports differ in capitals ("Strategic Developments") and trailing blanks. */
export function lookUp<T>(table: Readonly<Record<string, T>>, value: string): { name: string; value: T } | undefined {
  let map = keyedTables.get(table);
  if (!map) keyedTables.set(table, (map = keyed(table)));
  return map.get(codebookKey(value)) as { name: string; value: T } | undefined;
}

export interface AcledTypes {
  /** Today's event type. */
  eventType: string;
  /** Today's sub-event type; undefined when the file's type cannot say which (kept general). */
  subEventType?: string;
  kind: EventKind;
  /** True when the type was read through the table of pre-2019 types. */
  fromOldType: boolean;
}

/** Today's type, sub-type and kind for a row's event_type / sub_event_type (either vintage); undefined when unknown. */
export function acledTypesOf(
  eventTypeText: string,
  subEventTypeText: string,
  interCodes: string[],
): AcledTypes | undefined {
  const key = codebookKey(eventTypeText);
  const current = eventTypesByKey.get(key);
  const old = current ? undefined : oldEventTypesByKey.get(key);
  if (!current && !old) return undefined;
  let eventType = current?.name ?? old!.value.eventType;
  if (old?.name === 'Riots/Protests' && interCodes.includes('5')) eventType = 'Riots';
  const sub = subEventTypeText === '' ? undefined : subEventTypesByKey.get(codebookKey(subEventTypeText));
  // A sub-type the codebook does not know is kept as written; the kind then comes from the type.
  const subEventType = sub?.name ?? (subEventTypeText !== '' ? subEventTypeText : old?.value.subEventType);
  const kind =
    sub?.value ??
    (subEventType ? subEventTypesByKey.get(codebookKey(subEventType))?.value : undefined) ??
    acledEventTypes[eventType];
  return { eventType, subEventType, kind, fromOldType: old !== undefined };
}

/** ACLED's actor types (inter1 / inter2): code, the label newer exports write, and the kind an actor of that type is. */
export const acledInterTypes: readonly { code: string; label: string; kind: ActorKind }[] = [
  { code: '1', label: 'State forces', kind: 'ARMED_FORCES' },
  { code: '2', label: 'Rebel group', kind: 'ARMED_GROUP' },
  { code: '3', label: 'Political militia', kind: 'ARMED_GROUP' },
  { code: '4', label: 'Identity militia', kind: 'ARMED_GROUP' },
  { code: '5', label: 'Rioters', kind: 'OTHER' },
  { code: '6', label: 'Protesters', kind: 'OTHER' },
  { code: '7', label: 'Civilians', kind: 'CIVILIANS' },
  { code: '8', label: 'External/Other forces', kind: 'OTHER' },
];

/** A label folded for matching: case, plurals ("Rebel Groups", "State Force") and the "protestors" spelling do not matter. */
const labelKey = (label: string) =>
  codebookKey(label)
    .split(' ')
    .map((word) => word.replace(/s$/, ''))
    .join(' ');
const interByKey = new Map(
  acledInterTypes.flatMap(
    (entry) =>
      [
        [entry.code, entry],
        [labelKey(entry.label), entry],
      ] as const,
  ),
);

/**
 * The inter code ('1'..'8') of an inter1 / inter2 value written as a code ("1", "1.0") or a label ("State forces",
 * "Rebel Groups"); '' when there is no actor (blank, 0) or the value is not one of ACLED's.
 */
export function interCodeOf(inter: string): string {
  const value = inter.trim();
  if (value === '') return '';
  const numeric = /^(\d+)(?:\.0+)?$/.exec(value);
  if (numeric) return interByKey.get(String(Number(numeric[1])))?.code ?? '';
  return interByKey.get(labelKey(value))?.code ?? '';
}

/** The actor kind of an inter code ('1'..'8'); undefined for '' (no code). */
export function actorKindOfCode(code: string): ActorKind | undefined {
  return acledInterTypes.find((entry) => entry.code === code)?.kind;
}

/** The actor kind for an inter value (code or label); undefined when blank or not one of ACLED's. */
export function actorKindOfInter(inter: string): ActorKind | undefined {
  return actorKindOfCode(interCodeOf(inter));
}

/** True when the inter code or label says civilians. */
export function isCivilianInter(inter: string): boolean {
  return interCodeOf(inter) === '7';
}

/** The role actor2 (and its associates) play in the attribution claim. */
export function secondActorRole(eventType: string, civilianTargeting: boolean, inter2: string): InvolvementRole {
  if (civilianTargeting || isCivilianInter(inter2)) return 'VICTIM';
  if (['Battles', 'Explosions/Remote violence', 'Violence against civilians'].includes(eventType)) return 'TARGET';
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
