// The derived answers an analyst trusts instead of reading every claim, on the seed, with a second source that
// disagrees, and on an ACLED file: contested only where sources disagree, reasons whose numbers are the independent
// counts, and the `contested` filter of `events` answering exactly as Event.contested does.
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { importAcledCsv } from '../../src/acled/importAcledCsv';
import type { DocumentBundle } from '../../src/ingest/bundle.types';
import { emptyBundle } from '../../src/ingest/emptyBundle';
import { ingestBundle } from '../../src/ingest/ingestBundle';
import { loadSeed } from '../../src/seed/loadSeed';
import { startTestApi, type TestApi } from '../support/testApi';
import { testGraph, type TestGraph } from '../support/testGraph';

type Row = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const dernaStrike = 'event:derna-airstrikes-2017-10-30';

/** A hand-written second source on the Derna strike: an Egyptian official denies, gives at least 12 killed, and Reuters relays the denial. */
export const egyptianDenial: DocumentBundle = {
  ...emptyBundle(),
  sources: [
    {
      id: 'source:egyptian-military-spokesman',
      name: 'Egyptian military spokesman',
      kind: 'OFFICIAL',
      affiliatedActorId: 'actor:egypt',
    },
  ],
  claims: [
    {
      id: 'claim:egyptian-spokesman-denies-derna-strike',
      kind: 'DENIAL',
      stance: 'ASSERTS',
      sourceId: 'source:egyptian-military-spokesman',
      eventId: dernaStrike,
      actorId: 'actor:egypt',
      quote: 'Egyptian aircraft took no part in any strike on Derna on Monday',
      claimedOn: '2017-10-31',
    },
    {
      id: 'claim:egyptian-spokesman-at-least-12-killed',
      kind: 'CASUALTY_COUNT',
      stance: 'ASSERTS',
      sourceId: 'source:egyptian-military-spokesman',
      eventId: dernaStrike,
      figures: { killed: 12, isMinimum: true },
      quote: 'at least 12 people were killed in the Derna raids',
      claimedOn: '2017-10-31',
    },
    {
      id: 'claim:reuters-relays-egyptian-denial',
      kind: 'DENIAL',
      stance: 'ASSERTS',
      sourceId: 'source:reuters',
      eventId: dernaStrike,
      actorId: 'actor:egypt',
      relaysClaimId: 'claim:egyptian-spokesman-denies-derna-strike',
      claimedOn: '2017-10-31',
    },
  ],
};

const eventView = `query ($id: ID!) {
  event(id: $id) {
    attributions { actor { id name } status independentSourceCount sources { id } }
    denials { actor { id name } independentSourceCount sources { id } }
    responsibility { claimed claimedBy { actor { id } } deniedBy { actor { id } independentSourceCount } }
    contested { isContested reasons }
  }
}`;

/**
 * The numbers a reason gives, each with the actor it counts and whether it counts blames or denials, read from the
 * reason's wording (src/derive/contestationOf.ts writes them).
 */
function countsIn(reason: string): { actor: string; of: 'blame' | 'denial'; n: number }[] {
  const found: { actor: string; of: 'blame' | 'denial'; n: number }[] = [];
  let m = /^(.+) is blamed by (\d+) independent sources? and denied by (\d+) independent sources?/.exec(reason);
  if (m)
    return [
      { actor: m[1], of: 'blame', n: Number(m[2]) },
      { actor: m[1], of: 'denial', n: Number(m[3]) },
    ];
  m = /^(.+) is denied by (\d+) independent sources?, while (\d+) independent sources? blames? (.+), which/.exec(
    reason,
  );
  if (m)
    return [
      { actor: m[1], of: 'denial', n: Number(m[2]) },
      { actor: m[4], of: 'blame', n: Number(m[3]) },
    ];
  m = /^sources disagree on who did it: (.+?)( \(claims about .*\))?$/.exec(reason);
  if (m) {
    for (const [, actor, n] of m[1].matchAll(/(?:^| vs | and )(.+?) \((\d+) independent sources?\)/g))
      found.push({ actor, of: 'blame', n: Number(n) });
    return found;
  }
  m =
    /^(.+) is alleged by (\d+) independent sources?$/.exec(reason) ??
    /^(.+) claims responsibility \(named by (\d+) independent sources?\)$/.exec(reason);
  if (m) return [{ actor: m[1], of: 'blame', n: Number(m[2]) }];
  m = /^(\d+) independent sources? names? an unidentified perpetrator: (.+)$/.exec(reason);
  if (m) return [{ actor: m[2], of: 'blame', n: Number(m[1]) }];
  return found;
}

/** Every number in every reason is the independentSourceCount of that actor's attribution or denial. */
function expectReasonsToMatchCounts(event: Row): number {
  let checked = 0;
  for (const reason of event.contested.reasons as string[]) {
    const counts = countsIn(reason);
    expect({ reason, numbers: counts.length }).toEqual({
      reason,
      numbers: (reason.match(/\d+ independent source/g) ?? []).length,
    });
    for (const { actor, of, n } of counts) {
      const group = (of === 'blame' ? event.attributions : event.denials).find((g: Row) => g.actor.name === actor);
      expect({ reason, actor, of, n }).toEqual({ reason, actor, of, n: group?.independentSourceCount });
      checked += 1;
    }
  }
  return checked;
}

let graph: TestGraph;
let api: TestApi;

async function ask(query: string, variables?: Record<string, unknown>): Promise<Row> {
  const response = await api.gql(query, variables);
  expect(response.errors).toBeUndefined();
  return response.data as Row;
}

const gradeOrder = ['CONFIRMED', 'FAIR', 'WEAK', 'CONTESTED', 'DISCOUNTED'];

/**
 * Every event judged one by one, and the `contested` and `grades` filters and the BEST_GRADE_FIRST order: both must
 * split (and sort) the events the same way. Returns the contested events' ids and each event's grade.
 */
async function expectFilterToAgree(): Promise<string[]> {
  const all: Row[] = [];
  let after: string | null = null;
  do {
    const page: Row = (
      await ask(
        'query ($after: String) { events(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id startDate contested { isContested } grade } } } }',
        { after },
      )
    ).events;
    all.push(...page.edges.map((edge: Row) => edge.node));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  const contested = all
    .filter((e) => e.contested.isContested)
    .map((e) => e.id)
    .sort();
  const filtered = (await ask('{ events(filter: {contested: true}, first: 100) { totalCount edges { node { id } } } }'))
    .events;
  expect(filtered.edges.map((edge: Row) => edge.node.id).sort()).toEqual(contested);
  expect((await ask('{ events(filter: {contested: false}) { totalCount } }')).events.totalCount).toBe(
    all.length - contested.length,
  );
  for (const grade of gradeOrder) {
    const ofGrade = all
      .filter((e) => e.grade === grade)
      .map((e) => e.id)
      .sort();
    const byFilter = (
      await ask(`{ events(filter: {grades: [${grade}]}, first: 100) { totalCount edges { node { id } } } }`)
    ).events;
    const ids: string[] = byFilter.edges.map((edge: Row) => edge.node.id);
    expect({ grade, total: byFilter.totalCount, outside: ids.filter((id) => !ofGrade.includes(id)) }).toEqual({
      grade,
      total: ofGrade.length,
      outside: [],
    });
  }
  const sorted = (
    await ask('{ events(order: BEST_GRADE_FIRST, first: 100) { edges { node { grade } } } }')
  ).events.edges.map((edge: Row) => gradeOrder.indexOf(edge.node.grade));
  expect(sorted).toEqual([...sorted].sort((a, b) => a - b));
  return contested;
}

async function gradesOf(ids: string[]): Promise<Record<string, string>> {
  const graded: Record<string, string> = {};
  for (const id of ids)
    graded[id] = (await ask('query ($id: ID!) { event(id: $id) { grade gradeReason } }', { id })).event.grade;
  return graded;
}

beforeAll(async () => {
  graph = testGraph();
  api = await startTestApi(graph.db);
});

afterAll(async () => {
  await api.close();
  await graph.close();
});

describe('on the seed', () => {
  beforeAll(async () => {
    await graph.reset();
    await loadSeed(graph.db);
  });

  test('no event is contested: no two sources of the article disagree about who did anything', async () => {
    expect(await expectFilterToAgree()).toEqual([]);
  });

  test('the Derna strike is unclaimed, with Egypt alleged by the DMSC media office and a council member', async () => {
    const { event } = await ask(eventView, { id: dernaStrike });
    expect(event.responsibility).toEqual({ claimed: false, claimedBy: [], deniedBy: [] });
    expect(event.contested.isContested).toBe(false);
    const egypt = event.attributions.find((a: Row) => a.actor.id === 'actor:egypt');
    expect(egypt).toEqual({
      actor: { id: 'actor:egypt', name: 'Egypt' },
      status: 'ALLEGED',
      independentSourceCount: 2,
      sources: [{ id: 'source:mohammed-dango-facebook' }, { id: 'source:mohammed-edriss-al-taher' }],
    });
    expect(event.contested.reasons).toContain('Egypt is alleged by 2 independent sources');
    expect(expectReasonsToMatchCounts(event)).toBe(event.attributions.length);
  });

  test('the Derna strike answers 15 killed and 25 injured from its Al-Fatayeh part, and lists its two parts', async () => {
    const { event } = await ask(
      `query ($id: ID!) {
      event(id: $id) {
        casualties {
          killedLow killedHigh injuredLow injuredHigh
          estimates { killed injured civiliansKilled isMinimum event { id } source { name } claim { id } relays { id } }
          byEvent { event { id title } killedLow killedHigh injuredLow injuredHigh }
        }
        attributions { actor { id } independentSourceCount byEvent { event { id } sources { name } independentSourceCount } }
        parts { totalCount edges { node { id partOf { id } } } }
        claims { id }
        withParts: claims(includeParts: true) { id event { id } }
      }
    }`,
      { id: dernaStrike },
    );
    const alFatayeh = 'event:derna-airstrike-al-fatayeh-2017-10-30';
    expect(event.casualties).toEqual({
      killedLow: 15,
      killedHigh: 15,
      injuredLow: 25,
      injuredHigh: 25,
      estimates: [
        {
          killed: 15,
          injured: 25,
          civiliansKilled: 15,
          isMinimum: false,
          event: { id: alFatayeh },
          source: { name: 'Libya Observer' },
          claim: { id: 'claim:libya-observer-15-killed-25-injured' },
          relays: [],
        },
      ],
      byEvent: [
        {
          event: { id: alFatayeh, title: 'Airstrikes on Al-Fatayeh, Derna' },
          killedLow: 15,
          killedHigh: 15,
          injuredLow: 25,
          injuredHigh: 25,
        },
      ],
    });
    expect(event.parts).toEqual({
      totalCount: 2,
      edges: [
        { node: { id: alFatayeh, partOf: { id: dernaStrike } } },
        { node: { id: 'event:derna-airstrike-dahr-al-hamar-2017-10-30', partOf: { id: dernaStrike } } },
      ],
    });
    // The article and Libya Observer both name the unknown warplanes: the article for the strike, Libya Observer for Al-Fatayeh.
    const unknown = event.attributions.find((a: Row) => a.actor.id === 'actor:unknown-warplanes-derna-2017-10');
    expect(unknown).toEqual({
      actor: { id: 'actor:unknown-warplanes-derna-2017-10' },
      independentSourceCount: 2,
      byEvent: [
        {
          event: { id: dernaStrike },
          sources: [
            { name: 'Unnamed author/publisher of "Did the Egyptian Air force Bomb Derna after Haftar Visited Cairo?"' },
          ],
          independentSourceCount: 1,
        },
        { event: { id: alFatayeh }, sources: [{ name: 'Libya Observer' }], independentSourceCount: 1 },
      ],
    });
    // Its own claims, and with its parts' claims those of Al-Fatayeh and Dahr al-Hamar too.
    expect(event.claims.length).toBeLessThan(event.withParts.length);
    expect(new Set(event.withParts.map((c: Row) => c.event.id))).toEqual(
      new Set([dernaStrike, alFatayeh, 'event:derna-airstrike-dahr-al-hamar-2017-10-30']),
    );
  });

  test('IS claims the Copts attack, Egypt its May 2017 strike on Derna: claimed, and not contested', async () => {
    const copts = (await ask(eventView, { id: 'event:attack-on-coptic-christians-2017-05-26' })).event;
    expect(copts.responsibility).toEqual({
      claimed: true,
      claimedBy: [{ actor: { id: 'actor:islamic-state' } }],
      deniedBy: [],
    });
    expect(copts.attributions.map((a: Row) => a.status)).toEqual(['CLAIMED']);
    expect(copts.contested.reasons).toContain('Islamic State claims responsibility (named by 1 independent source)');
    const may = (await ask(eventView, { id: 'event:egyptian-airstrike-derna-2017-05' })).event;
    expect(may.responsibility.claimedBy).toEqual([{ actor: { id: 'actor:egyptian-air-force' } }]);
    expect(may.contested.isContested).toBe(false);
  });

  test('grades: the Copts attack and the May 2017 strikes are confirmed, the Derna strike fair, what the article alone says weak', async () => {
    expect(
      await gradesOf([
        'event:attack-on-coptic-christians-2017-05-26',
        'event:egyptian-airstrike-derna-2017-05',
        'event:egyptian-airstrikes-eastern-libya-2017-05',
        dernaStrike,
        'event:egyptian-airstrike-houn-2017-05',
        'event:dmsc-drives-islamic-state-out-of-derna-2015',
      ]),
    ).toEqual({
      'event:attack-on-coptic-christians-2017-05-26': 'CONFIRMED',
      'event:egyptian-airstrike-derna-2017-05': 'CONFIRMED',
      // Egypt's claim about its strike on Derna is about a part of the eastern Libya strikes.
      'event:egyptian-airstrikes-eastern-libya-2017-05': 'CONFIRMED',
      [dernaStrike]: 'FAIR',
      'event:egyptian-airstrike-houn-2017-05': 'FAIR',
      'event:dmsc-drives-islamic-state-out-of-derna-2015': 'WEAK',
    });
    const { event } = await ask('query ($id: ID!) { event(id: $id) { gradeReason } }', {
      id: 'event:attack-on-coptic-christians-2017-05-26',
    });
    expect(event.gradeReason).toBe('Islamic State claims responsibility, and no source disagrees about who did it');
  });

  test('DMSC drives IS out of Derna, and Libya Observer credits two allies for one battle: neither is contested', async () => {
    for (const id of ['event:dmsc-drives-islamic-state-out-of-derna-2015', 'event:al-fatayeh-forces-defeat-is']) {
      const { event } = await ask(eventView, { id });
      expect({ id, contested: event.contested.isContested }).toEqual({ id, contested: false });
      expectReasonsToMatchCounts(event);
    }
  });
});

describe('with an Egyptian official who denies, relayed by Reuters', () => {
  beforeAll(async () => {
    await graph.reset();
    await loadSeed(graph.db);
    await ingestBundle(graph.db, egyptianDenial, { by: 'test' });
  });

  test('the Derna strike is contested, and every number in its reasons is an independent count', async () => {
    const { event } = await ask(eventView, { id: dernaStrike });
    expect(event.contested.isContested).toBe(true);
    expect(event.denials).toEqual([
      {
        actor: { id: 'actor:egypt', name: 'Egypt' },
        independentSourceCount: 1,
        sources: [{ id: 'source:egyptian-military-spokesman' }, { id: 'source:reuters' }],
      },
    ]);
    expect(event.contested.reasons).toEqual([
      'Egypt is denied by 1 independent source, while 1 independent source blames Egyptian Armed Forces, which is part of it',
      'Egypt is denied by 1 independent source, while 1 independent source blames Egyptian Air Force, which is part of it',
      'Egypt is blamed by 2 independent sources and denied by 1 independent source',
    ]);
    expect(expectReasonsToMatchCounts(event)).toBe(6);
    // Egypt denies it itself (the spokesman speaks for Egypt); still nobody claims it.
    expect(event.responsibility).toEqual({
      claimed: false,
      claimedBy: [],
      deniedBy: [{ actor: { id: 'actor:egypt' }, independentSourceCount: 1 }],
    });
  });

  test('the strike killed 12 to 15: at least 12 by the spokesman for the strike, 15 by Libya Observer for Al-Fatayeh', async () => {
    const { event } = await ask(
      `query ($id: ID!) {
      event(id: $id) { casualties { killedLow killedHigh estimates { killed isMinimum event { id } source { name } } byEvent { event { id } killedLow killedHigh } } }
    }`,
      { id: dernaStrike },
    );
    expect(event.casualties).toEqual({
      killedLow: 12,
      killedHigh: 15,
      estimates: [
        { killed: 12, isMinimum: true, event: { id: dernaStrike }, source: { name: 'Egyptian military spokesman' } },
        {
          killed: 15,
          isMinimum: false,
          event: { id: 'event:derna-airstrike-al-fatayeh-2017-10-30' },
          source: { name: 'Libya Observer' },
        },
      ],
      byEvent: [
        { event: { id: dernaStrike }, killedLow: 12, killedHigh: 12 },
        { event: { id: 'event:derna-airstrike-al-fatayeh-2017-10-30' }, killedLow: 15, killedHigh: 15 },
      ],
    });
    expect(
      (await ask('{ events(filter: {minKilled: 15, kinds: [AIRSTRIKE]}) { edges { node { id } } } }')).events.edges
        .map((e: Row) => e.node.id)
        .sort(),
    ).toEqual(['event:derna-airstrike-al-fatayeh-2017-10-30', dernaStrike]);
  });

  test('the contested and grades filters answer exactly as Event.contested and Event.grade: the Derna strike alone is contested', async () => {
    expect(await expectFilterToAgree()).toEqual([dernaStrike]);
    expect(await gradesOf([dernaStrike])).toEqual({ [dernaStrike]: 'CONTESTED' });
  });

  test('retracting the claims that support an event discounts it', async () => {
    const retract = 'mutation ($id: ID!) { retractClaim(id: $id, reason: "test") { id } }';
    const { event } = await ask('{ event(id: "event:dmsc-drives-islamic-state-out-of-derna-2015") { claims { id } } }');
    for (const claim of event.claims) await ask(retract, { id: claim.id });
    expect(await gradesOf(['event:dmsc-drives-islamic-state-out-of-derna-2015'])).toEqual({
      'event:dmsc-drives-islamic-state-out-of-derna-2015': 'DISCOUNTED',
    });
    await expectFilterToAgree();
  });
});

describe('an ACLED file where each event has one source', () => {
  test('leaves fewer than 1% of its events contested', async () => {
    await graph.reset();
    const csv = readFileSync(path.join(__dirname, '../fixtures/acled/libya-2017-one-source.csv'), 'utf8');
    const report = await importAcledCsv(graph.db, csv, { by: 'test' });
    expect(report.rejected).toEqual([]);
    expect(report.created).toBe(120);
    const contested = await expectFilterToAgree();
    expect(contested.length).toBeLessThan(120 * 0.01);
    // Each event has one outlet, which ACLED relays: one independent source, so weak.
    expect((await ask('{ events(filter: {grades: [WEAK]}) { totalCount } }')).events.totalCount).toBe(120);
  });
});
