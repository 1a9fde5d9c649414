// A GED row as a bundle: the place where_prec points at, who is blamed by type_of_violence, UCDP's figures and outlets.
import { parseUcdpRow, type ParsedUcdpRow, type UcdpRecord } from '../../../src/ucdp/parseUcdpRow';
import { countryAliases, ucdpRowBundle, type UcdpIds } from '../../../src/ucdp/ucdpRowBundle';

const base: UcdpRecord = {
  id: '244657',
  type_of_violence: '3',
  dyad_name: 'Government of Egypt - Civilians',
  side_a_new_id: '117',
  side_a_dset_id: '117',
  side_a: 'Government of Egypt',
  side_b_new_id: '1',
  side_b: 'Civilians',
  number_of_sources: '2',
  source_office: 'Agence France Presse;Libya Observer;Agence France Presse',
  source_date: '2017-10-31;2017-10-30;2017-11-02',
  source_headline: 'Air strikes kill 15 in Derna;Strikes on Derna;Second report',
  where_prec: '1',
  where_coordinates: 'Darnah town',
  adm_1: 'Darnah district',
  latitude: '32.7648',
  longitude: '22.6392',
  country: 'Libya',
  date_prec: '1',
  date_start: '2017-10-30',
  date_end: '2017-10-30',
  deaths_a: '0',
  deaths_b: '0',
  deaths_civilians: '16',
  deaths_unknown: '0',
  best: '16',
  high: '17',
  low: '15',
  gwnoa: '651',
};

function row(overrides: UcdpRecord = {}): ParsedUcdpRow {
  const result = parseUcdpRow({ ...base, ...overrides }, 2);
  if (!result.ok) throw new Error(result.rejected.reason);
  return result.row;
}

const freshIds: UcdpIds = {
  actorId: (side) => `actor:ucdp-${side.newId ?? side.name}`,
  outletId: (name) => `source:outlet-${name.toLowerCase().replace(/ /g, '-')}`,
  countryId: () => 'loc:ucdp-libya',
  placeId: (country, name) => `loc:ucdp-${country.toLowerCase()}/place:${name.toLowerCase().replace(/ /g, '-')}`,
  exists: () => false,
};

const bundleOf = (overrides: UcdpRecord = {}, ids: UcdpIds = freshIds) => ucdpRowBundle(row(overrides), ids).bundle;
const placeOf = (overrides: UcdpRecord) => {
  const bundle = bundleOf(overrides);
  const id = bundle.events[0].locationId;
  return { id, ...bundle.locations.find((l) => l.id === id) };
};

test('one-sided violence is attributed to side_a, with side_b its victim', () => {
  const [claim] = bundleOf().claims;
  expect(claim).toMatchObject({
    id: 'claim:ucdp-244657',
    kind: 'ATTRIBUTION',
    stance: 'ASSERTS',
    sourceId: 'source:ucdp',
    actorId: 'actor:ucdp-117',
  });
  expect(claim.involvedActors).toEqual([{ actorId: 'actor:ucdp-1', role: 'VICTIM' }]);
  expect(bundleOf().events[0]).toMatchObject({
    id: 'event:ucdp-244657',
    kind: 'ATTACK',
    title: 'One-sided violence: Government of Egypt - Civilians, Darnah town',
  });
});

test.each(['1', '2'])('type_of_violence %s blames nobody: both sides are parties', (type) => {
  const [claim] = bundleOf({ type_of_violence: type, side_b: 'IS', side_b_new_id: '234' }).claims;
  expect(claim).toMatchObject({ kind: 'OCCURRENCE', actorId: undefined });
  expect(claim.involvedActors).toEqual([
    { actorId: 'actor:ucdp-117', role: 'PARTICIPANT' },
    { actorId: 'actor:ucdp-234', role: 'PARTICIPANT' },
  ]);
});

test("UCDP's claim carries best as killed, low and high as its own range, and the deaths by party", () => {
  expect(bundleOf().claims[0].figures).toEqual({
    killed: 16,
    killedLow: 15,
    killedHigh: 17,
    civiliansKilled: 16,
    unknownStatusKilled: 0,
    killedAmong: [
      { actorId: 'actor:ucdp-117', killed: 0 },
      { actorId: 'actor:ucdp-1', killed: 0 },
    ],
  });
  expect(
    bundleOf({ best: '', low: '', high: '', deaths_a: '', deaths_b: '', deaths_civilians: '', deaths_unknown: '' })
      .claims[0].figures,
  ).toBeUndefined();
});

test('sides new to the graph carry their UCDP ids; a provisional code is an unknown actor', () => {
  expect(bundleOf().actors).toEqual([
    {
      id: 'actor:ucdp-117',
      name: 'Government of Egypt',
      kind: 'GOVERNMENT',
      externalIds: ['ucdp:117', 'ucdp-dset:117'],
      description: undefined,
    },
    { id: 'actor:ucdp-1', name: 'Civilians', kind: 'CIVILIANS', externalIds: ['ucdp:1'], description: undefined },
  ]);
  const provisional = bundleOf({ side_a: 'XXX620', side_a_new_id: '', side_a_dset_id: '', gwnoa: '' }).actors[0];
  expect(provisional).toMatchObject({
    name: 'XXX620',
    kind: 'UNKNOWN',
    externalIds: undefined,
    description: expect.stringMatching(/provisional code/),
  });
});

test("each cited outlet is a source making an occurrence claim on its article's date; an outlet cited twice is one", () => {
  const bundle = bundleOf();
  expect(bundle.sources.map((s) => [s.id, s.kind])).toEqual([
    ['source:ucdp', 'DATASET'],
    ['source:outlet-agence-france-presse', 'WIRE_SERVICE'],
    ['source:outlet-libya-observer', 'NEWS_OUTLET'],
  ]);
  expect(bundle.claims.slice(1).map((c) => [c.id, c.kind, c.claimedOn])).toEqual([
    ['claim:ucdp-244657:outlet:agence-france-presse', 'OCCURRENCE', '2017-10-31'],
    ['claim:ucdp-244657:outlet:libya-observer', 'OCCURRENCE', '2017-10-30'],
  ]);
  expect(bundle.claims[0].relaysClaimId).toBeUndefined();
  expect(bundleOf({ source_office: 'Libya Observer' }).claims[0].relaysClaimId).toBe(
    'claim:ucdp-244657:outlet:libya-observer',
  );
});

test('the note keeps what has no field of its own: number_of_sources, clarity, the dyad', () => {
  expect(bundleOf().claims[0].note).toMatch(
    /^UCDP GED event 244657: one-sided violence, attributed to side_a; dyad "Government of Egypt - Civilians"; best 16, low 15, high 17;.*number_of_sources 2/,
  );
  expect(bundleOf({ number_of_sources: '-1' }).claims[0].note).toMatch(/number_of_sources unknown/);
});

describe('where_prec puts the event at', () => {
  test('1: the named place, under the deepest admin area given', () => {
    const bundle = bundleOf();
    expect(bundle.events[0].locationId).toBe('loc:ucdp-libya/place:darnah-town');
    expect(bundle.locations.map((l) => [l.id, l.kind, l.geoPrecision, l.parentId])).toEqual([
      ['loc:ucdp-libya', 'COUNTRY', 'COUNTRY', undefined],
      ['loc:ucdp-libya/darnah-district', 'REGION', 'REGION', 'loc:ucdp-libya'],
      ['loc:ucdp-libya/place:darnah-town', 'CITY', 'CITY', 'loc:ucdp-libya/darnah-district'],
    ]);
  });

  test('2: near the named place', () => {
    expect(placeOf({ where_prec: '2' })).toMatchObject({
      id: 'loc:ucdp-libya/place:darnah-town/near',
      name: 'near Darnah town',
      kind: 'DISTRICT',
      parentId: 'loc:ucdp-libya/place:darnah-town',
    });
  });

  test('3: the adm_2 area, or the area where_coordinates names when adm_2 is empty', () => {
    expect(placeOf({ where_prec: '3', adm_2: 'Derna' })).toMatchObject({
      id: 'loc:ucdp-libya/darnah-district/derna',
      kind: 'REGION',
      note: "Point: UCDP's centroid of this area (where_prec 3).",
    });
    expect(placeOf({ where_prec: '3', where_coordinates: 'Derna municipality' })).toMatchObject({
      id: 'loc:ucdp-libya/darnah-district/derna-municipality',
    });
  });

  test('4: the adm_1 area', () => {
    expect(placeOf({ where_prec: '4' })).toMatchObject({
      id: 'loc:ucdp-libya/darnah-district',
      kind: 'REGION',
      note: "Point: UCDP's centroid of this area (where_prec 4).",
    });
  });

  test('5: the vaguely named area, in the country', () => {
    expect(placeOf({ where_prec: '5', where_coordinates: 'Eastern Libya' })).toMatchObject({
      id: 'loc:ucdp-libya/area:eastern-libya',
      kind: 'REGION',
      parentId: 'loc:ucdp-libya',
    });
  });

  test('6: the country', () => {
    expect(placeOf({ where_prec: '6', adm_1: '' })).toMatchObject({
      id: 'loc:ucdp-libya',
      kind: 'COUNTRY',
      note: "Point: UCDP's centroid of this area (where_prec 6).",
    });
  });

  test('7: waters or airspace, part of no country', () => {
    const waters = placeOf({ where_prec: '7', where_coordinates: 'Mediterranean Sea', adm_1: '' });
    expect(waters).toMatchObject({ id: 'loc:ucdp-waters:mediterranean-sea', kind: 'REGION' });
    expect(waters.parentId).toBeUndefined();
  });
});

test("places already in the graph are referred to, not restated; an area's own centroid is restated", () => {
  const ids: UcdpIds = { ...freshIds, exists: () => true };
  expect(bundleOf({}, ids).locations).toEqual([]);
  expect(bundleOf({ where_prec: '4' }, ids).locations.map((l) => l.id)).toEqual(['loc:ucdp-libya/darnah-district']);
});

test('a country UCDP writes with its former name has both as aliases', () => {
  expect(countryAliases('Yemen (North Yemen)')).toEqual(['Yemen', 'North Yemen']);
  expect(countryAliases('Libya')).toEqual([]);
});
