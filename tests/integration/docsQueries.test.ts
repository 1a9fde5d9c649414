// The answers docs/queries.md shows are the answers the API gives on the seed: the page cannot drift from the code.
// Each of its twenty questions runs within the default limits (the test API has them), and holds the facts the
// article states, checked below question by question, so a refreshed page cannot take a wrong answer for a right one.
// UPDATE_DOCS=1 rewrites the answers in place instead (read the diff before committing it).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { repoRoot } from '../../src/repoRoot';
import { defaultQueryLimits } from '../../src/server/queryLimits';
import { seededApi, type SeededApi } from '../support/seededApi';
import type { TestApi } from '../support/testApi';

const page = path.join(repoRoot, 'docs/queries.md');
const questionAndAnswer = /```graphql\n([\s\S]*?)```\n\n```json\n([\s\S]*?)```/g;

let api: TestApi;
let seeded: SeededApi;
const text = readFileSync(page, 'utf8');
const examples = [...text.matchAll(questionAndAnswer)].map((match) => ({
  name: /query (\w+)/.exec(match[1])?.[1] ?? match[1].slice(0, 40),
  query: match[1],
  answer: match[2],
}));
const actual = new Map<string, unknown>();

beforeAll(async () => {
  seeded = await seededApi();
  ({ api } = seeded);
});

afterAll(async () => {
  if (process.env.UPDATE_DOCS === '1') {
    const updated = text.replace(questionAndAnswer, (whole, query: string) =>
      actual.has(query)
        ? `\`\`\`graphql\n${query}\`\`\`\n\n\`\`\`json\n${JSON.stringify(actual.get(query), null, 2)}\n\`\`\``
        : whole,
    );
    writeFileSync(page, updated);
  }
  await seeded.close();
});

type Row = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const article = 'Unnamed author/publisher of "Did the Egyptian Air force Bomb Derna after Haftar Visited Cairo?"';
const names = (list: Row[]) => list.map((item) => item.name);
const titles = (connection: Row) => connection.edges.map((edge: Row) => edge.node.title);

/** What each answer must say, whatever the page shows: the article's facts and the rules of the derived answers. */
const facts: Record<string, (data: Row) => void> = {
  StrikesAttributedToEgyptByTheDmscMediaOffice: ({ eventsAttributedTo: page }) => {
    expect(page.totalCount).toBe(1);
    expect(page.edges[0].node.id).toBe('event:derna-airstrikes-2017-10-30');
    expect(page.edges[0].matchedClaims[0].quote).toBe('has stated that Egypt was behind the airstrikes');
  },
  WhoBlamesWhomForDerna: ({ event }) => {
    const egypt = event.attributions.find((a: Row) => a.actor.name === 'Egypt');
    expect(egypt).toMatchObject({ status: 'ALLEGED', independentSourceCount: 2 });
    expect(names(egypt.sources).sort()).toEqual([
      "Mohammed Dango's Facebook page",
      'Mohammed Edriss Al-Taher, head of the DMSC media office',
    ]);
    expect(event.responsibility).toEqual({ claimed: false, claimedBy: [], deniedBy: [] });
    expect(event.contested.isContested).toBe(false);
    expect(event.contested.reasons).toContain('Egypt is alleged by 2 independent sources');
    expect(event.grade).toBe('FAIR');
  },
  DernaStrikeToll: ({ event: { casualties } }) => {
    expect(casualties).toMatchObject({ killedLow: 15, killedHigh: 15, injuredLow: 25, injuredHigh: 25 });
    expect(casualties.estimates.map((e: Row) => [e.source.name, e.event.title, e.killed, e.injured])).toEqual([
      ['Libya Observer', 'Airstrikes on Al-Fatayeh, Derna', 15, 25],
    ]);
  },
  DernaStrikeParts: ({ event: { parts } }) => {
    expect(titles(parts)).toEqual(['Airstrikes on Al-Fatayeh, Derna', 'Airstrikes on Dahr al-Hamar, Derna']);
  },
  ResidentAccountRelays: ({ claim }) => {
    expect(claim.source.name).toBe('Reuters');
    expect(claim.relayChain.map((c: Row) => c.source.name)).toEqual(['Derna resident quoted by Reuters']);
  },
  HitInHoun: ({ events }) => {
    const involved = events.edges.flatMap((e: Row) => e.node.claims.flatMap((c: Row) => c.involvements));
    expect(involved.map((i: Row) => [i.role, i.actor.name]).sort()).toEqual([
      ['TARGET', 'Al-Mujahid Brigade'],
      ['TARGET', 'Tagreft Brigade'],
    ]);
    for (const { actor } of involved) expect(names(actor.ancestors)).toEqual(['Al-Bunyan Al-Marsoos operation']);
  },
  CoptsAttack: ({ event }) => {
    expect(event.responsibility.claimedBy.map((g: Row) => [g.actor.name, g.independentSourceCount])).toEqual([
      ['Islamic State', 1],
    ]);
    expect(event.casualties).toMatchObject({
      killedLow: 29,
      killedHigh: 29,
      estimates: [{ killed: 29, isMinimum: true }],
    });
    expect(event.grade).toBe('CONFIRMED');
  },
  EgyptsMayStrikes: ({ event }) => {
    expect(event.grade).toBe('CONFIRMED');
    expect(event.responsibility.claimedBy[0].byEvent.map((b: Row) => b.event.title)).toEqual([
      'Egyptian warplanes bomb Derna',
    ]);
    const target = event.parts.edges[0].node.claims
      .flatMap((c: Row) => c.involvements)
      .map((i: Row) => [i.role, i.actor.name]);
    expect(target).toEqual([['TARGET', 'Derna Mujaheddin Shura Council']]);
  },
  WhoSpeaksForTheDmsc: ({ actor }) => {
    expect(names(actor.subunits).sort()).toEqual(['Media office of the Derna Shura Council', 'Mohammed Dango']);
    expect(actor.ties).toContainEqual(expect.objectContaining({ kind: 'CONTROLS', location: { name: 'Derna' } }));
  },
  WhoBacksTheLna: ({ actor }) => {
    expect(actor.ties).toContainEqual(
      expect.objectContaining({ kind: 'LEADS', direction: 'INCOMING', actor: { name: 'Khalifa Haftar' } }),
    );
    expect(actor.ties).toContainEqual(
      expect.objectContaining({ kind: 'SUPPORTS', direction: 'INCOMING', actor: { name: 'al-Sisi' } }),
    );
    expect(actor.ties).toContainEqual(
      expect.objectContaining({
        kind: 'ALLIED_WITH',
        actor: { name: 'Egyptian Air Force' },
        validFrom: '2017-05-01',
        datePrecision: 'MONTH',
      }),
    );
  },
  EventsByGrade: ({ events }) => {
    const grades = events.edges.map((e: Row) => e.node.grade);
    expect(events.totalCount).toBe(17);
    expect(grades).toEqual(
      [...grades].sort(
        (a: string, b: string) =>
          ['CONFIRMED', 'FAIR', 'WEAK', 'CONTESTED', 'DISCOUNTED'].indexOf(a) -
          ['CONFIRMED', 'FAIR', 'WEAK', 'CONTESTED', 'DISCOUNTED'].indexOf(b),
      ),
    );
    expect(grades.slice(0, 3)).toEqual(['CONFIRMED', 'CONFIRMED', 'CONFIRMED']);
  },
  OneSourceEvents: ({ events }) => {
    expect(titles(events)).toContain('The DMSC drives Islamic State out of Derna');
    expect(titles(events)).not.toContain('Airstrikes by unknown warplanes on Derna (Al-Fatayeh and Dahr al-Hamar)');
  },
  ContestedEvents: ({ events }) => {
    expect(events).toEqual({ totalCount: 0, edges: [] });
  },
  DeadliestEvents: ({ events }) => {
    expect(events.edges.map((e: Row) => [e.node.title, e.node.casualties.killedHigh])).toEqual([
      ['Attack on Coptic Christians in Egypt', 29],
      ['Airstrikes on Al-Fatayeh, Derna', 15],
      ['Airstrikes by unknown warplanes on Derna (Al-Fatayeh and Dahr al-Hamar)', 15],
    ]);
  },
  NearDernaOctober2017: ({ events }) => {
    expect(events.totalCount).toBe(3);
    expect(titles(events)).toContain('Airstrikes by unknown warplanes on Derna (Al-Fatayeh and Dahr al-Hamar)');
  },
  SearchDernaStrike: ({ search }) => {
    const ids = search.edges.map((e: Row) => e.node.node.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'event:derna-airstrikes-2017-10-30',
        'event:derna-airstrike-al-fatayeh-2017-10-30',
        'event:derna-airstrike-dahr-al-hamar-2017-10-30',
      ]),
    );
  },
  ClaimsOfBombing: ({ search }) => {
    const quotes = search.edges.map((e: Row) => e.node.node.quote);
    expect(quotes[0]).toMatch(/\bbombing\b/);
    expect(quotes).toEqual(
      expect.arrayContaining([
        'unknown airstrikes bombed Derna',
        'Egypt is boldly bombarding civilians in Libya',
        'no official claim for the atrocious bombardment has come out yet',
      ]),
    );
  },
  BlamedOnEgypt: ({ actor }) => {
    const bySource = new Map(actor.attributionsBySource.map((a: Row) => [a.source.name, a.eventCount]));
    expect(bySource.get(article)).toBe(4);
    expect(bySource.get('Mohammed Edriss Al-Taher, head of the DMSC media office')).toBe(1);
  },
  RecordsOfTheDernaAccusers: ({ event }) => {
    // Nobody who blames someone for the strike is contradicted: the unknown warplanes and Egypt's units contradict no one.
    for (const attribution of event.attributions)
      for (const source of attribution.sources)
        expect({ source: source.name, contradicted: source.record.contradicted }).toEqual({
          source: source.name,
          contradicted: 0,
        });
  },
  DernaAndItsDistricts: ({ location }) => {
    expect(names(location.ancestors)).toEqual(['Eastern Libya', 'Libya']);
    expect(names(location.children).sort()).toEqual(['Al-Fatayeh', 'Dahr al-Hamar']);
    expect(location.events.totalCount).toBeGreaterThan(location.ownEvents.totalCount);
  },
};

test('the page shows the canonical query first, then nineteen more analyst questions, each with the facts it must hold', () => {
  expect(examples).toHaveLength(20);
  expect(examples[0].query).toContain('eventsAttributedTo(');
  expect(examples.map((example) => example.name).sort()).toEqual(Object.keys(facts).sort());
});

test.each(examples.map((example) => [example.name, example]))(
  '%s runs within the default limits and answers as the page says',
  async (name, example) => {
    const response = await api.gql(example.query);
    // The test API has the default limits (MAX_QUERY_COST 100,000, MAX_QUERY_DEPTH 12): a refusal would be an error.
    expect(defaultQueryLimits.maxCost).toBe(100_000);
    expect(response.errors).toBeUndefined();
    actual.set(example.query, response.data);
    facts[name](response.data as Row);
    if (process.env.UPDATE_DOCS !== '1') expect(response.data).toEqual(JSON.parse(example.answer));
  },
);
