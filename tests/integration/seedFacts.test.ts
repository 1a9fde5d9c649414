// Facts the Derna article states, asked of the seeded graph over GraphQL: a wrong seed or a wrong resolver fails here.
import type { IngestResult } from '../../src/ingest/ingestBundle';
import { loadSeed } from '../../src/seed/loadSeed';
import { startTestApi, type TestApi } from '../support/testApi';
import { testGraph, type TestGraph } from '../support/testGraph';

const article = {
  document: 'doc:did-the-egyptian-air-force-bomb-derna',
  author: 'source:derna-article-unnamed-author',
  authorName: 'Unnamed author/publisher of "Did the Egyptian Air force Bomb Derna after Haftar Visited Cairo?"',
};
const event = {
  dernaStrike: 'event:derna-airstrikes-2017-10-30',
  alFatayehStrike: 'event:derna-airstrike-al-fatayeh-2017-10-30',
  dahrAlHamarStrike: 'event:derna-airstrike-dahr-al-hamar-2017-10-30',
  easternLibyaStrikes: 'event:egyptian-airstrikes-eastern-libya-2017-05',
  dernaStrikeMay: 'event:egyptian-airstrike-derna-2017-05',
  hounStrike: 'event:egyptian-airstrike-houn-2017-05',
  coptsAttack: 'event:attack-on-coptic-christians-2017-05-26',
  cairoMeetings: 'event:cairo-military-leadership-meetings-2017-10',
  haftarVisit: 'event:haftar-arrives-in-cairo-2017-10',
};

// Ties are asked the same way for every actor; `tie` picks one out.
const actorTies = `query ($id: ID!) {
  actor(id: $id) {
    name
    ties { kind direction validFrom validTo datePrecision note actor { id name } location { id name } source { id name } document { id } }
  }
}`;
const involvementsOfEvent = `query ($id: ID!) {
  event(id: $id) {
    location { name }
    claims { id kind source { name } actor { name } involvements { role actor { id name } } }
  }
}`;

type Row = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let graph: TestGraph;
let api: TestApi;
let firstLoad: { file: string; result: IngestResult }[];

beforeAll(async () => {
  graph = testGraph();
  await graph.reset();
  firstLoad = await loadSeed(graph.db);
  api = await startTestApi(graph.db);
});

afterAll(async () => {
  await api.close();
  await graph.close();
});

/** Sends a query and fails on any GraphQL error, so every test reads plain data. */
async function ask(query: string, variables?: Record<string, unknown>): Promise<Row> {
  const response = await api.gql(query, variables);
  expect(response.errors).toBeUndefined();
  expect(response.status).toBe(200);
  return response.data as Row;
}

async function tiesOf(actorId: string): Promise<Row[]> {
  return (await ask(actorTies, { id: actorId })).actor.ties;
}

function tie(ties: Row[], kind: string, direction: string, otherId: string): Row {
  const found = ties.filter(
    (t) => t.kind === kind && t.direction === direction && (t.actor?.id ?? t.location?.id) === otherId,
  );
  expect(found).toHaveLength(1);
  return found[0];
}

const involved = (claims: Row[], role: string): string[] =>
  claims.flatMap((c) => c.involvements.filter((i: Row) => i.role === role).map((i: Row) => i.actor.name)).sort();

test('the seed loads into an empty graph as new nodes and links only', () => {
  expect(firstLoad.map((l) => l.file)).toEqual(['derna-airstrikes.bundle.json']);
  const [{ result }] = firstLoad;
  expect(result.nodes.updated).toBe(0);
  expect(result.links).toMatchObject({ updated: 0, replaced: 0 });
});

test('the DMSC media office head and Dango both blame Egypt for the Derna strike', async () => {
  const data = await ask(
    `query ($id: ID!) {
    event(id: $id) { attributions { actor { id name } sources { name } independentSourceCount claims { id stance quote } } }
  }`,
    { id: event.dernaStrike },
  );
  const egypt = data.event.attributions.filter((a: Row) => a.actor.id === 'actor:egypt');
  expect(egypt).toHaveLength(1);
  expect(egypt[0].actor.name).toBe('Egypt');
  expect(egypt[0].sources.map((s: Row) => s.name).sort()).toEqual([
    "Mohammed Dango's Facebook page",
    'Mohammed Edriss Al-Taher, head of the DMSC media office',
  ]);
  expect(egypt[0].independentSourceCount).toBe(2);
  expect(egypt[0].claims.map((c: Row) => [c.id, c.stance, c.quote]).sort()).toEqual([
    ['claim:dango-blames-egypt', 'ASSERTS', 'Egypt is boldly bombarding civilians in Libya'],
    ['claim:dmsc-media-office-blames-egypt', 'ASSERTS', 'has stated that Egypt was behind the airstrikes'],
  ]);
});

test('Al-Taher speaks for the DMSC media office, which is part of the DMSC and headed by him', async () => {
  const data = await ask(`{
    claim(id: "claim:dmsc-media-office-blames-egypt") {
      kind stance confidence
      source { name kind affiliatedActor { id name } }
      event { id }
      actor { name kind }
      document { id publisher { id } }
    }
  }`);
  expect(data.claim).toEqual({
    kind: 'ATTRIBUTION',
    stance: 'ASSERTS',
    confidence: 0.9,
    source: {
      name: 'Mohammed Edriss Al-Taher, head of the DMSC media office',
      kind: 'ARMED_GROUP_MEDIA',
      affiliatedActor: { id: 'actor:dmsc-media-office', name: 'Media office of the Derna Shura Council' },
    },
    event: { id: event.dernaStrike },
    actor: { name: 'Egypt', kind: 'STATE' },
    document: { id: article.document, publisher: { id: article.author } },
  });
  const office = await tiesOf('actor:dmsc-media-office');
  expect(tie(office, 'PART_OF', 'OUTGOING', 'actor:dmsc').actor.name).toBe('Derna Mujaheddin Shura Council');
  expect(tie(office, 'LEADS', 'INCOMING', 'actor:mohammed-edriss-al-taher').actor.name).toBe(
    'Mohammed Edriss Al-Taher',
  );
});

test('Libya Observer gives 15 killed and 25 injured, all the killed civilians', async () => {
  const data = await ask(
    `query ($id: ID!) {
    event(id: $id) {
      location { name }
      casualties { killedLow killedHigh injuredLow injuredHigh reports { id source { name kind } figures { killed injured civiliansKilled isMinimum } } }
    }
  }`,
    { id: event.alFatayehStrike },
  );
  expect(data.event.location.name).toBe('Al-Fatayeh');
  expect(data.event.casualties).toEqual({
    killedLow: 15,
    killedHigh: 15,
    injuredLow: 25,
    injuredHigh: 25,
    reports: [
      {
        id: 'claim:libya-observer-15-killed-25-injured',
        source: { name: 'Libya Observer', kind: 'NEWS_OUTLET' },
        figures: { killed: 15, injured: 25, civiliansKilled: 15, isMinimum: false },
      },
    ],
  });
});

test('the Al-Fatayeh and Dahr al-Hamar strikes are parts of the Derna strike, in districts of Derna', async () => {
  for (const [id, district] of [
    [event.alFatayehStrike, 'Al-Fatayeh'],
    [event.dahrAlHamarStrike, 'Dahr al-Hamar'],
  ]) {
    const data = await ask(
      'query ($id: ID!) { event(id: $id) { kind partOf { id } location { name kind parent { name } } } }',
      { id },
    );
    expect(data.event).toEqual({
      kind: 'AIRSTRIKE',
      partOf: { id: event.dernaStrike },
      location: { name: district, kind: 'DISTRICT', parent: { name: 'Derna' } },
    });
  }
});

test("the resident's description reached the article through Reuters", async () => {
  const data = await ask(
    `query ($id: ID!) {
    event(id: $id) { claims { id kind source { name } relayChain { id source { name kind } quote } } }
  }`,
    { id: event.dernaStrike },
  );
  const byReuters = data.event.claims.filter((c: Row) => c.source.name === 'Reuters' && c.kind === 'DESCRIPTION');
  expect(byReuters).toHaveLength(1);
  const [relay] = byReuters;
  expect(relay.relayChain).toHaveLength(1);
  const origin = relay.relayChain[relay.relayChain.length - 1];
  expect(origin.id).toBe('claim:resident-describes-derna-strikes');
  expect(origin.source).toEqual({ name: 'Derna resident quoted by Reuters', kind: 'RESIDENT' });
  expect(origin.quote).toContain('The attacks on Monday continued for around an hour');

  const resident = await ask(
    '{ claim(id: "claim:resident-describes-derna-strikes") { relays { id } relayChain { id } relayedBy { id source { name } } } }',
  );
  expect(resident.claim).toEqual({
    relays: null,
    relayChain: [],
    relayedBy: [{ id: relay.id, source: { name: 'Reuters' } }],
  });
});

test('nobody claims the Derna strike, and no source disagrees about who did it, so it is unclaimed but not contested', async () => {
  const data = await ask(
    `query ($id: ID!) {
    event(id: $id) {
      contested { isContested reasons }
      responsibility { claimed claimedBy { actor { id } } deniedBy { actor { id } } }
      denials { actor { id } }
      claims { kind quote source { id } }
    }
  }`,
    { id: event.dernaStrike },
  );
  expect(data.event.contested.isContested).toBe(false);
  expect(data.event.responsibility).toEqual({ claimed: false, claimedBy: [], deniedBy: [] });
  expect(data.event.contested.reasons).toEqual(expect.arrayContaining(['Egypt is alleged by 2 independent sources']));
  const kinds = data.event.claims.map((c: Row) => c.kind);
  expect(kinds).not.toContain('RESPONSIBILITY_CLAIM');
  expect(kinds).not.toContain('DENIAL');
  expect(data.event.denials).toEqual([]);
  expect(data.event.claims).toContainEqual({
    kind: 'DESCRIPTION',
    quote: 'no official claim for the atrocious bombardment has come out yet',
    source: { id: article.author },
  });
});

test('unknown warplanes is an explicit UNKNOWN actor', async () => {
  const actor = await ask('{ actor(id: "actor:unknown-warplanes-derna-2017-10") { kind aliases } }');
  expect(actor.actor.kind).toBe('UNKNOWN');
  expect(actor.actor.aliases).toEqual(expect.arrayContaining(['unknown warplanes']));

  const query =
    'query ($id: ID!) { event(id: $id) { attributions { actor { id kind } status sources { name } } contested { isContested reasons } } }';
  const lead = (await ask(query, { id: event.dernaStrike })).event;
  const unknownInLead = lead.attributions.find((a: Row) => a.actor.id === 'actor:unknown-warplanes-derna-2017-10');
  expect(unknownInLead).toMatchObject({
    actor: { id: 'actor:unknown-warplanes-derna-2017-10', kind: 'UNKNOWN' },
    status: 'UNIDENTIFIED',
  });
  expect(unknownInLead.sources).toContainEqual({ name: article.authorName });
  // An unknown perpetrator does not disagree with a named one, and Egypt, its armed forces and its air force are one
  // chain of command: blaming them is one accusation, so the named ones are alleged and the strike is not contested.
  expect(lead.contested.isContested).toBe(false);
  expect(lead.attributions.filter((a: Row) => a.actor.kind !== 'UNKNOWN').map((a: Row) => a.status)).toEqual([
    'ALLEGED',
    'ALLEGED',
    'ALLEGED',
  ]);

  const alFatayeh = (await ask(query, { id: event.alFatayehStrike })).event;
  expect(alFatayeh.attributions).toEqual([
    {
      actor: { id: 'actor:unknown-warplanes-derna-2017-10', kind: 'UNKNOWN' },
      status: 'UNIDENTIFIED',
      sources: [{ name: 'Libya Observer' }],
    },
  ]);
});

test('the headline only suspects the Egyptian Air Force', async () => {
  const data = await ask(
    '{ claim(id: "claim:article-headline-asks-if-egyptian-air-force-bombed-derna") { kind stance confidence quote actor { name } source { id } } }',
  );
  expect(data.claim).toEqual({
    kind: 'ATTRIBUTION',
    stance: 'SUSPECTS',
    confidence: 0.3,
    quote: 'Did the Egyptian Air force Bomb Derna after Haftar Visited Cairo?',
    actor: { name: 'Egyptian Air Force' },
    source: { id: article.author },
  });
});

test('Haftar leads the LNA', async () => {
  const leads = tie(await tiesOf('actor:khalifa-haftar'), 'LEADS', 'OUTGOING', 'actor:libyan-national-army');
  expect(leads).toMatchObject({
    actor: { id: 'actor:libyan-national-army', name: 'Libyan National Army' },
    location: null,
    source: { id: article.author, name: article.authorName },
    document: { id: article.document },
  });
  expect(leads.note).toContain('Dignity Operation forces led by Khalifa Haftar');
  expect(tie(await tiesOf('actor:libyan-national-army'), 'LEADS', 'INCOMING', 'actor:khalifa-haftar').actor.name).toBe(
    'Khalifa Haftar',
  );
});

test('al-Sisi supports both Haftar and the LNA', async () => {
  const ties = await tiesOf('actor:al-sisi');
  for (const supported of ['actor:khalifa-haftar', 'actor:libyan-national-army']) {
    expect(tie(ties, 'SUPPORTS', 'OUTGOING', supported).source.id).toBe(article.author);
  }
});

test('the Egyptian Air Force is part of the Egyptian Armed Forces', async () => {
  const airForce = await tiesOf('actor:egyptian-air-force');
  const partOf = tie(airForce, 'PART_OF', 'OUTGOING', 'actor:egyptian-armed-forces');
  expect(partOf.actor.name).toBe('Egyptian Armed Forces');
  expect(partOf.source.id).toBe(article.author);
  expect(tie(await tiesOf('actor:egyptian-armed-forces'), 'PART_OF', 'OUTGOING', 'actor:egypt').actor.name).toBe(
    'Egypt',
  );
});

test("the Egyptian Air Force coordinated with Haftar's forces in May 2017, as far as the article says", async () => {
  const allied = tie(await tiesOf('actor:egyptian-air-force'), 'ALLIED_WITH', 'OUTGOING', 'actor:libyan-national-army');
  expect(allied).toMatchObject({ validFrom: '2017-05-01', validTo: '2017-05-01', datePrecision: 'MONTH' });
  expect(allied.note).toContain('in coordination with Haftar’s forces');
});

test('the DMSC controls Derna', async () => {
  const controls = tie(await tiesOf('actor:dmsc'), 'CONTROLS', 'OUTGOING', 'loc:derna');
  expect(controls).toMatchObject({
    actor: null,
    location: { id: 'loc:derna', name: 'Derna' },
    source: { id: article.author },
    document: { id: article.document },
  });
  expect(tie(await tiesOf('actor:libyan-national-army'), 'BESIEGES', 'OUTGOING', 'loc:derna').location.name).toBe(
    'Derna',
  );
});

test('Islamic State had a foothold in Derna from 2014 to 2015, not control of it', async () => {
  const ties = await tiesOf('actor:islamic-state');
  expect(tie(ties, 'BASED_IN', 'OUTGOING', 'loc:derna')).toMatchObject({
    validFrom: '2014-01-01',
    validTo: '2015-01-01',
    datePrecision: 'YEAR',
  });
  expect(ties.filter((t) => t.kind === 'CONTROLS')).toEqual([]);
  expect(tie(ties, 'FOUGHT', 'INCOMING', 'actor:dmsc')).toMatchObject({
    validFrom: '2015-01-01',
    datePrecision: 'YEAR',
  });
});

test("Libya Observer is who says Al-Fatayeh's local forces fought IS alongside the DMSC", async () => {
  const ties = await tiesOf('actor:al-fatayeh-local-forces');
  expect(tie(ties, 'FOUGHT', 'OUTGOING', 'actor:islamic-state').source).toEqual({
    id: 'source:libya-observer',
    name: 'Libya Observer',
  });
  expect(tie(ties, 'ALLIED_WITH', 'OUTGOING', 'actor:dmsc').source.name).toBe('Libya Observer');
  expect(tie(ties, 'BASED_IN', 'OUTGOING', 'loc:al-fatayeh').source.name).toBe('Libya Observer');
});

test('Al-Mujahid and Tagreft brigades were hit in Houn', async () => {
  const data = await ask(involvementsOfEvent, { id: event.hounStrike });
  expect(data.event.location.name).toBe('Houn');
  expect(involved(data.event.claims, 'TARGET')).toEqual(['Al-Mujahid Brigade', 'Tagreft Brigade']);
  const reporting = data.event.claims.filter((c: Row) => c.involvements.length > 0);
  expect(reporting.map((c: Row) => c.source.name)).toEqual(['Media outlets (Houn air raids, May 2017)']);
});

test('both brigades hit in Houn are part of Al-Bunyan Al-Marsoos, and media outlets place them in Houn', async () => {
  for (const brigade of ['actor:al-mujahid-brigade', 'actor:tagreft-brigade']) {
    const ties = await tiesOf(brigade);
    expect(tie(ties, 'PART_OF', 'OUTGOING', 'actor:al-bunyan-al-marsoos').actor.name).toBe(
      'Al-Bunyan Al-Marsoos operation',
    );
    expect(tie(ties, 'BASED_IN', 'OUTGOING', 'loc:houn')).toMatchObject({
      validFrom: '2017-05-01',
      datePrecision: 'MONTH',
      source: { id: 'source:media-outlets-houn-2017-05' },
    });
  }
});

test('Egypt claimed DMSC locations as its May 2017 target in Derna; the article does not', async () => {
  const data = await ask(involvementsOfEvent, { id: event.dernaStrikeMay });
  const egyptsClaim = data.event.claims.find((c: Row) => c.id === 'claim:egypt-claims-dmsc-locations-targeted-2017-05');
  expect(egyptsClaim).toEqual({
    id: 'claim:egypt-claims-dmsc-locations-targeted-2017-05',
    kind: 'RESPONSIBILITY_CLAIM',
    source: { name: 'Egyptian official claim (body not named)' },
    actor: { name: 'Egyptian Air Force' },
    involvements: [{ role: 'TARGET', actor: { id: 'actor:dmsc', name: 'Derna Mujaheddin Shura Council' } }],
  });
  const articlesClaim = data.event.claims.find(
    (c: Row) => c.id === 'claim:article-egyptian-warplanes-bombed-derna-2017-05',
  );
  expect(articlesClaim.involvements).toEqual([]);
});

test('the Copts attack killed at least 29 and IS reportedly claimed it', async () => {
  const data = await ask(
    `query ($id: ID!) {
    event(id: $id) {
      casualties { killedLow killedHigh reports { figures { killed isMinimum } } }
      claims { id kind source { name } actor { name } relayedBy { id confidence source { id } } }
      attributions { actor { name } sources { name } independentSourceCount }
      contested { isContested }
    }
  }`,
    { id: event.coptsAttack },
  );
  expect(data.event.casualties).toEqual({
    killedLow: 29,
    killedHigh: 29,
    reports: [{ figures: { killed: 29, isMinimum: true } }],
  });
  const isClaim = data.event.claims.find((c: Row) => c.id === 'claim:islamic-state-claims-coptic-christians-attack');
  expect(isClaim).toEqual({
    id: 'claim:islamic-state-claims-coptic-christians-attack',
    kind: 'RESPONSIBILITY_CLAIM',
    source: { name: 'Islamic State (responsibility claim)' },
    actor: { name: 'Islamic State' },
    relayedBy: [
      {
        id: 'claim:article-reports-islamic-state-claimed-copts-attack',
        confidence: 0.5,
        source: { id: article.author },
      },
    ],
  });
  // The article's "reportedly" relays IS's own claim: one origin, so one independent source.
  expect(data.event.attributions).toEqual([
    {
      actor: { name: 'Islamic State' },
      sources: expect.arrayContaining([{ name: 'Islamic State (responsibility claim)' }, { name: article.authorName }]),
      independentSourceCount: 1,
    },
  ]);
  expect(data.event.attributions[0].sources).toHaveLength(2);
  expect(data.event.contested.isContested).toBe(false);
});

test('Coptic Christians were the victims of the attack in Egypt', async () => {
  const data = await ask(involvementsOfEvent, { id: event.coptsAttack });
  expect(data.event.location.name).toBe('Egypt');
  expect(involved(data.event.claims, 'VICTIM')).toEqual(['Coptic Christians in Egypt']);
});

test('Haftar and the Al-Serraj government took part in the Cairo meetings, Haftar in the Cairo visit', async () => {
  const meetings = await ask(involvementsOfEvent, { id: event.cairoMeetings });
  expect(meetings.event.location.name).toBe('Cairo');
  expect(involved(meetings.event.claims, 'PARTICIPANT')).toEqual(['Al-Serraj government', 'Khalifa Haftar']);
  expect(meetings.event.claims.map((c: Row) => c.source.name)).toEqual(["Mohammed Dango's Facebook page"]);

  const visit = await ask(involvementsOfEvent, { id: event.haftarVisit });
  expect(visit.event.location.name).toBe('Cairo');
  expect(involved(visit.event.claims, 'PARTICIPANT')).toEqual(['Khalifa Haftar']);
});

test("the Derna strike's date is precise to the day and says how it was worked out", async () => {
  const data = await ask('query ($id: ID!) { event(id: $id) { startDate endDate datePrecision dateNote } }', {
    id: event.dernaStrike,
  });
  expect(data.event).toMatchObject({ startDate: '2017-10-30', endDate: '2017-10-30', datePrecision: 'DAY' });
  expect(data.event.dateNote).toContain('Monday');
  expect(data.event.dateNote).toContain('Reuters');
});

test('the May 2017 strikes are known to the month only', async () => {
  for (const id of [event.easternLibyaStrikes, event.dernaStrikeMay, event.hounStrike]) {
    const data = await ask('query ($id: ID!) { event(id: $id) { startDate endDate datePrecision } }', { id });
    // The end is widened to the last day the month allows (Event.endDate), so range filters find the strike.
    expect({ id, ...data.event }).toEqual({
      id,
      startDate: '2017-05-01',
      endDate: '2017-05-31',
      datePrecision: 'MONTH',
    });
  }
});

test('a search for mid-May 2017 finds the three May strikes', async () => {
  const data = await ask(
    '{ events(filter: { kinds: [AIRSTRIKE], from: "2017-05-15", to: "2017-05-20" }) { totalCount edges { node { id } } } }',
  );
  expect(data.events.edges.map((e: Row) => e.node.id).sort()).toEqual(
    [event.dernaStrikeMay, event.hounStrike, event.easternLibyaStrikes].sort(),
  );
});

test("Al-Fatayeh's point is approximate and says so", async () => {
  const data = await ask(
    '{ location(id: "loc:al-fatayeh") { name aliases kind geoPrecision note parent { id name } } }',
  );
  expect(data.location).toMatchObject({
    name: 'Al-Fatayeh',
    kind: 'DISTRICT',
    geoPrecision: 'CITY',
    parent: { id: 'loc:derna', name: 'Derna' },
  });
  expect(data.location.aliases).toContain('Al-Fatyaeh');
  expect(data.location.note).toContain('about 20 km (12 miles) from the city');
  expect(data.location.note).toContain('no direction');
});

test('Dahr al-Hamar and eastern Libya say how their points were chosen', async () => {
  const data = await ask(`{
    dahrAlHamar: location(id: "loc:dahr-al-hamar") { geoPrecision note parent { id } }
    easternLibya: location(id: "loc:eastern-libya") { aliases geoPrecision note }
  }`);
  expect(data.dahrAlHamar).toMatchObject({ geoPrecision: 'CITY', parent: { id: 'loc:derna' } });
  expect(data.dahrAlHamar.note).toContain('in Derna’s south');
  expect(data.easternLibya).toMatchObject({ geoPrecision: 'REGION' });
  expect(data.easternLibya.aliases).toContain('Cyrenaica');
  expect(data.easternLibya.note).toContain('Cyrenaica');
});

test('seeding twice changes nothing', async () => {
  const before = await graph.counts();
  const again = await loadSeed(graph.db);
  expect(await graph.counts()).toEqual(before);
  expect(again).toEqual([
    {
      file: 'derna-airstrikes.bundle.json',
      result: { nodes: { created: 0, updated: 0 }, links: { created: 0, updated: 0, replaced: 0 } },
    },
  ]);
});
