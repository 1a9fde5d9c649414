// Bundle checks before any write: each problem names the field at fault.
import type { DocumentBundle } from '../../../src/ingest/bundle.types';
import { validateBundle } from '../../../src/ingest/validateBundle';

function bundle(overrides: Partial<DocumentBundle> = {}): DocumentBundle {
  return {
    documents: [],
    actors: [{ id: 'actor:a', name: 'A', kind: 'ARMED_GROUP' }],
    actorTies: [],
    actorPlaceTies: [],
    locations: [{ id: 'loc:l', name: 'L', kind: 'CITY', latitude: 10, longitude: 20, geoPrecision: 'CITY' }],
    sources: [{ id: 'source:s', name: 'S', kind: 'NEWS_OUTLET' }],
    events: [{ id: 'event:e', kind: 'AIRSTRIKE', title: 'E', startDate: '2017-10-30', locationId: 'loc:l' }],
    claims: [
      {
        id: 'claim:c',
        kind: 'ATTRIBUTION',
        stance: 'ASSERTS',
        sourceId: 'source:s',
        eventId: 'event:e',
        actorId: 'actor:a',
      },
    ],
    ...overrides,
  };
}

const fields = (b: DocumentBundle) => validateBundle(b).problems.map((p) => `${p.field}: ${p.problem}`);

test('a coherent bundle has no problems and no outside references', () => {
  const check = validateBundle(bundle());
  expect(check.problems).toEqual([]);
  expect(check.externalReferences).toEqual([]);
});

test('a reference to an id outside the bundle is kept for the database to check', () => {
  const check = validateBundle(
    bundle({
      claims: [
        {
          id: 'claim:c',
          kind: 'ATTRIBUTION',
          stance: 'ASSERTS',
          sourceId: 'source:elsewhere',
          eventId: 'event:e',
          actorId: 'actor:a',
        },
      ],
    }),
  );
  expect(check.externalReferences).toEqual([{ id: 'source:elsewhere', kind: 'Source', field: 'claims[0].sourceId' }]);
});

test('rejects a latitude out of range, naming the field', () => {
  expect(
    fields(
      bundle({
        locations: [{ id: 'loc:l', name: 'L', kind: 'CITY', latitude: 95, longitude: 20, geoPrecision: 'CITY' }],
      }),
    ),
  ).toEqual(['locations[0].latitude: 95 is not a latitude between -90 and 90']);
});

test('rejects an end date before the start date', () => {
  expect(
    fields(
      bundle({
        events: [{ id: 'event:e', kind: 'AIRSTRIKE', title: 'E', startDate: '2017-10-30', endDate: '2017-10-01' }],
      }),
    ),
  ).toEqual(['events[0].endDate: 2017-10-01 is before startDate 2017-10-30']);
});

test('rejects a date that does not exist', () => {
  expect(
    fields(bundle({ events: [{ id: 'event:e', kind: 'AIRSTRIKE', title: 'E', startDate: '2017-02-30' }] })),
  ).toEqual(['events[0].startDate: "2017-02-30" is not a calendar date in YYYY-MM-DD form']);
});

test('rejects an unknown enum value, listing the allowed ones', () => {
  const [problem] = fields(
    bundle({
      claims: [
        {
          id: 'claim:c',
          kind: 'ATTRIBUTION',
          stance: 'MAYBE' as never,
          sourceId: 'source:s',
          eventId: 'event:e',
          actorId: 'actor:a',
        },
      ],
    }),
  );
  expect(problem).toBe('claims[0].stance: "MAYBE" is not one of ASSERTS, DENIES, SUSPECTS');
});

test('rejects an id defined twice', () => {
  expect(fields(bundle({ sources: [{ id: 'actor:a', name: 'S', kind: 'NEWS_OUTLET' }] }))).toContain(
    'sources[0].id: "actor:a" is defined twice in the bundle',
  );
});

test('rejects a reference to an entry of the wrong kind', () => {
  expect(fields(bundle({ events: [{ id: 'event:e', kind: 'AIRSTRIKE', title: 'E', locationId: 'actor:a' }] }))).toEqual(
    ['events[0].locationId: "actor:a" is an Actor in this bundle, not a Location'],
  );
});

test('rejects an attribution that names no actor', () => {
  expect(
    fields(
      bundle({
        claims: [{ id: 'claim:c', kind: 'ATTRIBUTION', stance: 'ASSERTS', sourceId: 'source:s', eventId: 'event:e' }],
      }),
    ),
  ).toEqual([
    'claims[0].actorId: is required for an ATTRIBUTION claim (use the unknown actor when the report names none)',
  ]);
});

test('rejects relays that go round in a circle', () => {
  const claims: DocumentBundle['claims'] = [
    {
      id: 'claim:x',
      kind: 'DESCRIPTION',
      stance: 'ASSERTS',
      sourceId: 'source:s',
      eventId: 'event:e',
      relaysClaimId: 'claim:y',
    },
    {
      id: 'claim:y',
      kind: 'DESCRIPTION',
      stance: 'ASSERTS',
      sourceId: 'source:s',
      eventId: 'event:e',
      relaysClaimId: 'claim:x',
    },
  ];
  expect(fields(bundle({ claims })).some((p) => p.includes('relays form a cycle'))).toBe(true);
});

test('rejects a confidence above 1 and negative casualty figures', () => {
  const claims: DocumentBundle['claims'] = [
    {
      id: 'claim:c',
      kind: 'CASUALTY_COUNT',
      stance: 'ASSERTS',
      sourceId: 'source:s',
      eventId: 'event:e',
      confidence: 1.5,
      figures: { killed: -1 },
    },
  ];
  expect(fields(bundle({ claims }))).toEqual([
    'claims[0].confidence: 1.5 is not a number between 0 and 1',
    'claims[0].figures.killed: -1 is not a whole number >= 0',
  ]);
});
