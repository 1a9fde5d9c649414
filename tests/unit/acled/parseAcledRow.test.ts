// Reading ACLED rows: the codebook's values mapped onto the model, and every way a row can be refused.
import { acledPlaces, acledRowBundle, type AcledIds } from '../../../src/acled/acledRowBundle';
import { parseAcledDate, parseAcledRow, type AcledRecord, type ParsedAcledRow } from '../../../src/acled/parseAcledRow';

const dernaStrike: AcledRecord = {
  event_id_cnty: 'LBY1001',
  event_date: '2017-05-26',
  year: '2017',
  time_precision: '1',
  disorder_type: 'Political violence',
  event_type: 'Explosions/Remote violence',
  sub_event_type: 'Air/drone strike',
  actor1: 'Military Forces of Egypt (2014-)',
  assoc_actor_1: 'Military Forces of Libya (2014-) Haftar Faction',
  inter1: '8',
  actor2: 'Mujahideen Shura Council of Derna',
  assoc_actor_2: '',
  inter2: '2',
  interaction: '28',
  civilian_targeting: '',
  iso: '434',
  region: 'Northern Africa',
  country: 'Libya',
  admin1: 'Darnah',
  admin2: 'Derna',
  admin3: '',
  location: 'Derna',
  latitude: '32.7648',
  longitude: '22.6367',
  geo_precision: '1',
  source: 'Libya Observer; Reuters',
  source_scale: 'National-International',
  notes: 'Egyptian jets struck positions of the DMSC in Derna.',
  fatalities: '6',
  tags: '',
  timestamp: '1496000000',
};

function parsed(overrides: AcledRecord = {}): ParsedAcledRow {
  const result = parseAcledRow({ ...dernaStrike, ...overrides }, 2);
  if (!result.ok) throw new Error(`expected the row to parse: ${result.rejected.reason}`);
  return result.row;
}

function reasonFor(overrides: AcledRecord): string {
  const result = parseAcledRow({ ...dernaStrike, ...overrides }, 7);
  if (result.ok) throw new Error('expected the row to be rejected');
  expect(result.rejected.line).toBe(7);
  return result.rejected.reason;
}

const freshIds: AcledIds = {
  actorId: (name) => `actor:${name}`,
  outletId: (name) => `source:${name}`,
  countryId: (name) => `loc:acled-${name.toLowerCase()}`,
  townId: (row) => `loc:acled-${row.places.country.toLowerCase()}:${row.places.location.toLowerCase()}`,
  exists: () => false,
};

test('an air/drone strike is an AIRSTRIKE dated to the day', () => {
  const row = parsed();
  expect(row).toMatchObject({
    kind: 'AIRSTRIKE',
    startDate: '2017-05-26',
    endDate: '2017-05-26',
    datePrecision: 'DAY',
    fatalities: 6,
    recordedOn: '2017-05-28',
  });
  expect(row.dateNote).toBeUndefined();
});

test.each([
  ['Armed clash', 'Battles', 'ARMED_CLASH'],
  ['Shelling/artillery/missile attack', 'Explosions/Remote violence', 'SHELLING'],
  ['Peaceful protest', 'Protests', 'PROTEST'],
  ['Non-state actor overtakes territory', 'Battles', 'TERRITORY_CHANGE'],
  ['Remote explosive/landmine/IED', 'Explosions/Remote violence', 'BOMBING'],
  ['Agreement', 'Strategic developments', 'MEETING'],
  ['Something new', 'Battles', 'ARMED_CLASH'],
])('sub-event type %s under %s is %s', (subEventType, eventType, kind) => {
  expect(parsed({ sub_event_type: subEventType, event_type: eventType }).kind).toBe(kind);
});

test('time precision 2 widens the date to the week around it, 3 to the month', () => {
  expect(parsed({ time_precision: '2' })).toMatchObject({
    startDate: '2017-05-23',
    endDate: '2017-05-29',
    datePrecision: 'DAY',
  });
  expect(parsed({ time_precision: '3' })).toMatchObject({
    startDate: '2017-05-01',
    endDate: '2017-05-31',
    datePrecision: 'MONTH',
  });
  expect(parsed({ time_precision: '3' }).dateNote).toMatch(/only the month is known/);
});

test('reads the date formats ACLED exports use', () => {
  for (const text of ['2017-05-26', '26 May 2017', '26-May-2017', '26 May, 2017', '26-05-2017', '26/05/2017']) {
    expect(parseAcledDate(text)).toEqual({ year: 2017, month: 5, day: 26 });
  }
  expect(parseAcledDate('31 June 2017')).toBeUndefined();
  expect(parseAcledDate('26 Mai 2017')).toBeUndefined();
});

test.each([
  [{ event_id_cnty: '' }, /event_id_cnty is missing/],
  [{ event_date: '2017-02-30' }, /event_date "2017-02-30" is not a date/],
  [{ year: '2016' }, /year 2016 does not match event_date 2017-05-26/],
  [{ time_precision: '4' }, /time_precision "4" is not 1, 2 or 3/],
  [{ event_type: 'Skirmish' }, /event_type "Skirmish" is not one of ACLED's: Battles/],
  [{ actor1: ' ' }, /actor1 is missing/],
  [{ latitude: '95.1' }, /latitude "95.1" is not a number between -90 and 90/],
  [{ longitude: 'east' }, /longitude "east" is not a number between -180 and 180/],
  [{ geo_precision: '0' }, /geo_precision "0" is not 1, 2 or 3/],
  [{ fatalities: '-2' }, /fatalities "-2" is not a whole number >= 0/],
  [{ location: '' }, /location is missing/],
])('rejects %p', (overrides, reason) => {
  expect(reasonFor(overrides)).toMatch(reason);
});

test('actor kinds come from inter codes or labels; unidentified actors are UNKNOWN', () => {
  const row = parsed({ actor1: 'Unidentified Armed Group (Libya)', inter1: '3', inter2: 'Rebel group' });
  expect(row.actor1.kind).toBe('UNKNOWN');
  expect(row.actor2?.kind).toBe('ARMED_GROUP');
  expect(parsed({ inter1: '1' }).actor1.kind).toBe('ARMED_FORCES');
});

test('actor2 is a target in a strike, a victim when civilians are targeted, a participant in a protest', () => {
  expect(parsed().actor2Role).toBe('TARGET');
  expect(
    parsed({ civilian_targeting: 'Civilian targeting', actor2: 'Civilians (Libya)', inter2: '7' }).actor2Role,
  ).toBe('VICTIM');
  expect(parsed({ event_type: 'Protests', sub_event_type: 'Protest with intervention', inter2: '1' }).actor2Role).toBe(
    'PARTICIPANT',
  );
});

test("the row states ACLED's attribution to actor1 with its fatalities, and one occurrence claim per outlet", () => {
  const bundle = acledRowBundle(parsed(), freshIds);
  const [acled, ...outlets] = bundle.claims;
  expect(acled).toMatchObject({
    id: 'claim:acled-LBY1001',
    kind: 'ATTRIBUTION',
    sourceId: 'source:acled',
    eventId: 'event:acled-LBY1001',
    actorId: 'actor:Military Forces of Egypt (2014-)',
    figures: { killed: 6 },
    claimedOn: '2017-05-28',
    relaysClaimId: undefined,
  });
  expect(acled.involvedActors).toEqual([
    { actorId: 'actor:Military Forces of Libya (2014-) Haftar Faction', role: 'PARTICIPANT' },
    { actorId: 'actor:Mujahideen Shura Council of Derna', role: 'TARGET' },
  ]);
  expect(outlets.map((c) => [c.id, c.kind, c.sourceId])).toEqual([
    ['claim:acled-LBY1001:outlet:libya-observer', 'OCCURRENCE', 'source:Libya Observer'],
    ['claim:acled-LBY1001:outlet:reuters', 'OCCURRENCE', 'source:Reuters'],
  ]);
  expect(bundle.events[0]).toMatchObject({
    title: 'Air/drone strike in Derna',
    description: dernaStrike.notes,
    locationId: 'loc:acled-libya:derna',
  });
});

test("with a single outlet ACLED's claim relays that outlet's", () => {
  const [acled, outlet] = acledRowBundle(parsed({ source: 'Libya Observer' }), freshIds).claims;
  expect(acled.relaysClaimId).toBe(outlet.id);
});

test('places nest country > admin1 > admin2 > town; geo precision 2 adds an area near the town, 3 puts the event in admin1', () => {
  const exact = acledPlaces(parsed(), freshIds);
  expect(exact.locations.map((l) => [l.id, l.kind, l.parentId])).toEqual([
    ['loc:acled-libya', 'COUNTRY', undefined],
    ['loc:acled-libya/darnah', 'REGION', 'loc:acled-libya'],
    ['loc:acled-libya/darnah/derna', 'REGION', 'loc:acled-libya/darnah'],
    ['loc:acled-libya:derna', 'CITY', 'loc:acled-libya/darnah/derna'],
  ]);
  const near = acledPlaces(parsed({ geo_precision: '2' }), freshIds);
  expect(near.eventLocationId).toBe('loc:acled-libya:derna/near');
  expect(near.locations.at(-1)).toMatchObject({ kind: 'DISTRICT', geoPrecision: 'DISTRICT', name: 'near Derna' });
  const region = acledPlaces(parsed({ geo_precision: '3' }), freshIds);
  expect(region.eventLocationId).toBe('loc:acled-libya/darnah');
  expect(region.locations.map((l) => l.kind)).not.toContain('CITY');
});

test('places already in the graph are referred to, not restated: the first row to name a place sets its point and parent', () => {
  const bundle = acledRowBundle(parsed(), {
    ...freshIds,
    exists: (id) => (id.startsWith('loc:') && id !== 'loc:acled-libya:derna') || id === 'source:acled',
  });
  expect(bundle.locations.map((l) => l.id)).toEqual(['loc:acled-libya:derna']);
  expect(acledRowBundle(parsed(), { ...freshIds, exists: (id) => id.startsWith('loc:') }).locations).toEqual([]);
  expect(bundle.sources.map((s) => s.id)).toEqual(['source:Libya Observer', 'source:Reuters']);
});
