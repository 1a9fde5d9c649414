// Bundle checks of what datasets add: actors' external ids, a source's own casualty range and its dead per party.
import type { BundleFigures, DocumentBundle } from '../../../src/ingest/bundle.types';
import { validateBundle } from '../../../src/ingest/validateBundle';

function bundle(figures: BundleFigures, externalIds?: string[]): DocumentBundle {
  return {
    documents: [],
    actorTies: [],
    actorPlaceTies: [],
    locations: [],
    actors: [{ id: 'actor:a', name: 'Government of Egypt', kind: 'GOVERNMENT', externalIds }],
    sources: [{ id: 'source:ucdp', name: 'UCDP', kind: 'DATASET' }],
    events: [{ id: 'event:e', kind: 'ATTACK', title: 'E', startDate: '2017-10-30' }],
    claims: [
      {
        id: 'claim:c',
        kind: 'ATTRIBUTION',
        stance: 'ASSERTS',
        sourceId: 'source:ucdp',
        eventId: 'event:e',
        actorId: 'actor:a',
        figures,
      },
    ],
  };
}

const problems = (b: DocumentBundle) => validateBundle(b).problems.map((p) => `${p.field}: ${p.problem}`);

test('a range, the dead of unknown status and the dead per party are accepted; parties outside the bundle are checked in the graph', () => {
  const check = validateBundle(
    bundle(
      {
        killed: 16,
        killedLow: 15,
        killedHigh: 17,
        unknownStatusKilled: 0,
        killedAmong: [
          { actorId: 'actor:a', killed: 0 },
          { actorId: 'actor:civilians', killed: 0 },
        ],
      },
      ['ucdp:117'],
    ),
  );
  expect(check.problems).toEqual([]);
  expect(check.externalReferences).toContainEqual({
    id: 'actor:civilians',
    kind: 'Actor',
    field: 'claims[0].figures.killedAmong[1].actorId',
  });
});

test('a low above the best estimate is kept as the source gives it', () => {
  expect(problems(bundle({ killed: 16, killedLow: 18, killedHigh: 15 }))).toEqual([]);
});

test('counts must be whole numbers >= 0, and each party needs its dead', () => {
  expect(
    problems(
      bundle({
        killedLow: -1,
        killedHigh: 2.5,
        unknownStatusKilled: -3,
        killedAmong: [{ actorId: 'actor:a' } as never, { actorId: '', killed: 1 }],
      }),
    ),
  ).toEqual([
    'claims[0].figures.killedLow: -1 is not a whole number >= 0',
    'claims[0].figures.killedHigh: 2.5 is not a whole number >= 0',
    'claims[0].figures.unknownStatusKilled: -3 is not a whole number >= 0',
    'claims[0].figures.killedAmong[0].killed: is required',
    'claims[0].figures.killedAmong[1].actorId: must be the id of an Actor',
  ]);
});

test('external ids are non-empty strings', () => {
  expect(problems(bundle({}, ['ucdp:117', ' ']))).toEqual([
    'actors[0].externalIds: must be a list of non-empty strings of at most 200 characters',
  ]);
});
