// The review page in headless Chromium, on the seed plus two reports that wait in the review queue: a reader sees the
// queue but needs an editor's key; an editor compares a pair side by side, joins it, undoes the join, keeps another
// apart, and is told in words when the API refuses.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

import { ApiKeyService } from '../../src/auth/ApiKeyService';
import { Role } from '../../src/auth/Role';
import type { DocumentBundle } from '../../src/ingest/bundle.types';
import { ingestBundle } from '../../src/ingest/ingestBundle';
import { repoRoot } from '../../src/repoRoot';
import { seededApi, type SeededApi } from '../support/seededApi';
import type { GraphqlResponse, TestApi } from '../support/testApi';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const dernaStrike = 'event:derna-airstrikes-2017-10-30';
const mayStrike = 'event:egyptian-airstrike-derna-2017-05';
const mayStrikes = 'event:egyptian-airstrikes-eastern-libya-2017-05';
const digest = 'event:digest-derna';
const bulletin = 'event:bulletin-derna-may';

const noBundleParts = { documents: [], actors: [], actorTies: [], actorPlaceTies: [], locations: [] };

/** A weekly digest's attack in Derna, known to the week: close to the seed's strike (and its parts), too vague to join. */
const weeklyDigest: DocumentBundle = {
  ...noBundleParts,
  sources: [{ id: 'source:weekly-digest', name: 'A weekly digest', kind: 'NEWS_OUTLET' }],
  events: [
    {
      id: digest,
      kind: 'ATTACK',
      title: 'Attack on Derna',
      startDate: '2017-10-27',
      endDate: '2017-11-02',
      locationId: 'loc:derna',
    },
  ],
  claims: [
    {
      id: 'claim:digest-derna-killed',
      kind: 'CASUALTY_COUNT',
      stance: 'ASSERTS',
      sourceId: 'source:weekly-digest',
      eventId: digest,
      figures: { killed: 12 },
    },
    {
      id: 'claim:digest-suspects-egypt',
      kind: 'ATTRIBUTION',
      stance: 'SUSPECTS',
      sourceId: 'source:weekly-digest',
      eventId: digest,
      actorId: 'actor:egypt',
    },
  ],
};

/** A monthly bulletin's air raids on Derna in May 2017: the seed's May strike on Derna, or the series it is part of. */
const monthlyBulletin: DocumentBundle = {
  ...noBundleParts,
  sources: [{ id: 'source:monthly-bulletin', name: 'A monthly bulletin', kind: 'NGO' }],
  events: [
    {
      id: bulletin,
      kind: 'AIRSTRIKE',
      title: 'Air raids on Derna',
      startDate: '2017-05-01',
      endDate: '2017-05-31',
      datePrecision: 'MONTH',
      locationId: 'loc:derna',
    },
  ],
  claims: [
    {
      id: 'claim:bulletin-blames-air-force',
      kind: 'ATTRIBUTION',
      stance: 'ASSERTS',
      sourceId: 'source:monthly-bulletin',
      eventId: bulletin,
      actorId: 'actor:egyptian-air-force',
      quote: 'Egyptian jets struck positions of the Shura Council in Derna.',
      involvedActors: [{ actorId: 'actor:dmsc', role: 'TARGET' }],
    },
  ],
};

interface QueuedPair {
  score: number;
  event: { id: string };
  candidate: { id: string };
}

let api: TestApi;
let seeded: SeededApi;
let browser: Browser;
let page: Page;
let editorKey: { id: string; secret: string };
let readerKey: string;
const pageErrors: string[] = [];

beforeAll(async () => {
  seeded = await seededApi({
    prepare: async (graph) => {
      for (const bundle of [weeklyDigest, monthlyBulletin]) await ingestBundle(graph.db, bundle, { by: 'test' });
      const keys = new ApiKeyService(graph.db);
      const editor = await keys.create('review page test editor', [Role.EDITOR], 'test');
      editorKey = { id: editor.key.id, secret: editor.secret };
      readerKey = (await keys.create('review page test reader', [Role.READER], 'test')).secret;
    },
    // Anonymous readers, as in development: the queue reads without a key, decisions need the editor's.
    api: { anonymousRole: Role.READER },
  });
  ({ api } = seeded);
  browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  // Two pairs a page, so the five waiting pairs need "More" twice.
  await openPage();
});

afterAll(async () => {
  await browser?.close();
  await seeded?.close();
});

async function openPage(): Promise<void> {
  await page.goto(`${api.baseUrl}/explorer/review.html?first=2`);
  await page.waitForSelector('body[data-ready]');
  expect({ ready: await page.getAttribute('body', 'data-ready'), error: await visibleError() }).toEqual({
    ready: 'true',
    error: null,
  });
}

/** Pastes a key as a person would: the page keeps it for the tab and reloads. */
async function useKey(secret: string): Promise<void> {
  if (!(await page.locator('#api-key').isVisible())) await page.click('#credentials summary');
  await Promise.all([
    page.waitForEvent('load'),
    page.fill('#api-key', secret).then(() => page.press('#api-key', 'Tab')),
  ]);
  await openPage();
}

async function visibleError(): Promise<string | null> {
  return (await page.locator('#error').isVisible()) ? await page.textContent('#error') : null;
}

async function asEditor(query: string, variables?: Record<string, unknown>): Promise<GraphqlResponse> {
  const response = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${editorKey.secret}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as object) };
}

async function apiQueue(): Promise<QueuedPair[]> {
  const { data, errors } = await api.gql(
    '{ reviewQueue(first: 100) { edges { node { score event { id } candidate { id } } } } }',
  );
  expect(errors).toBeUndefined();
  return data?.reviewQueue.edges.map((edge: { node: QueuedPair }) => edge.node);
}

const pairKey = (pair: { event: { id: string }; candidate: { id: string } }) => `${pair.event.id}>${pair.candidate.id}`;

async function shownPairs(): Promise<{ key: string; score: number }[]> {
  const items = page.locator('#pairs li');
  const shown = [];
  for (let index = 0; index < (await items.count()); index += 1) {
    const item = items.nth(index);
    shown.push({
      key: `${await item.getAttribute('data-event-id')}>${await item.getAttribute('data-candidate-id')}`,
      score: Number(await item.getAttribute('data-score')),
    });
  }
  return shown;
}

const pairItem = (eventId: string, candidateId: string) =>
  page.locator(`#pairs li[data-event-id="${eventId}"][data-candidate-id="${candidateId}"]`);

async function selectPair(eventId: string, candidateId: string): Promise<void> {
  while ((await pairItem(eventId, candidateId).count()) === 0 && (await page.locator('#more').isVisible()))
    await loadMore();
  await pairItem(eventId, candidateId).locator('button').click();
  await page.waitForSelector(`#incident[data-event-id="${candidateId}"]`);
  await page.waitForSelector(`#report[data-event-id="${eventId}"]`);
}

async function loadMore(): Promise<void> {
  const before = await page.locator('#pairs li').count();
  await page.click('#more');
  await page.locator('#pairs li').nth(before).waitFor();
}

/** Presses a decision's button and waits until the page has said what happened and read the queue again. */
async function decide(button: string): Promise<void> {
  await page.click(button);
  await page.waitForSelector('body[data-decided]');
}

/** What `event(id)` answers for each id: a joined report answers with its incident. */
async function answers(...ids: string[]): Promise<string[]> {
  return Promise.all(
    ids.map(async (id) => {
      const { data, errors } = await api.gql('query ($id: ID!) { event(id: $id) { id } }', { id });
      expect(errors).toBeUndefined();
      return data?.event.id;
    }),
  );
}

test('a reader sees the whole queue best first, page by page, and that deciding needs an editor’s key', async () => {
  const queued = await apiQueue();
  // The two reports wait against five events: the setting this page is tested in.
  expect(queued.map(pairKey).sort()).toEqual(
    [
      `${digest}>${dernaStrike}`,
      `${digest}>event:derna-airstrike-al-fatayeh-2017-10-30`,
      `${digest}>event:derna-airstrike-dahr-al-hamar-2017-10-30`,
      `${bulletin}>${mayStrike}`,
      `${bulletin}>${mayStrikes}`,
    ].sort(),
  );
  expect(await page.locator('#pairs li').count()).toBe(2);
  await loadMore();
  await loadMore();
  expect(await page.locator('#more').isVisible()).toBe(false);
  const shown = await shownPairs();
  expect(shown.map((pair) => pair.key)).toEqual(queued.map(pairKey));
  expect(shown.map((pair) => pair.score)).toEqual(queued.map((pair) => pair.score));
  expect(shown.map((pair) => pair.score)).toEqual([...shown.map((pair) => pair.score)].sort((a, b) => b - a));
  // Each pair shows its score as a person reads it.
  expect(await pairItem(queued[0].event.id, queued[0].candidate.id).locator('.score').textContent()).toBe(
    queued[0].score.toFixed(2),
  );

  await selectPair(digest, dernaStrike);
  expect(await page.isDisabled('#join')).toBe(true);
  expect(await page.isDisabled('#keep-apart')).toBe(true);
  expect(await page.textContent('#access')).toContain('editor’s API key is needed');
  expect(pageErrors).toEqual([]);
});

test('with a reader’s key, the page says the key is not an editor’s and offers neither button', async () => {
  await useKey(readerKey);
  await selectPair(digest, 'event:derna-airstrike-dahr-al-hamar-2017-10-30');
  // The API's viewer says the key holds READER only: the page does not offer what the API would refuse.
  expect(await page.isDisabled('#keep-apart')).toBe(true);
  expect(await page.isDisabled('#join')).toBe(true);
  expect(await page.textContent('#access')).toMatch(/^The key in use \(key:[\w-]+\) holds READER: .*editor’s API key/);
  expect((await apiQueue()).map(pairKey)).toContain(`${digest}>event:derna-airstrike-dahr-al-hamar-2017-10-30`);
  expect(pageErrors).toEqual([]);
});

test('an editor sees both events side by side: dates and precision, places, kinds, actors, claims, score and reasons', async () => {
  await useKey(editorKey.secret);
  await selectPair(digest, dernaStrike);
  const incident = page.locator('#incident');
  const report = page.locator('#report');
  expect(await incident.locator('.date').textContent()).toBe('2017-10-30 (day precision)');
  expect(await report.locator('.date').textContent()).toMatch(/^2017-10-27 to 2017-11-02 \(/);
  expect(await incident.locator('.place').textContent()).toMatch(/^Derna \(32\.\d{3}, 22\.\d{3}/);
  expect(await report.locator('.place').textContent()).toMatch(/^Derna \(/);
  expect(await incident.locator('.kind').textContent()).toBe('airstrike');
  expect(await report.locator('.kind').textContent()).toBe('attack');
  expect(await incident.locator('.actors li[data-actor="Egypt"]').textContent()).toContain('Mohammed Edriss Al-Taher');
  expect(await report.locator('.actors li').allTextContents()).toEqual(['blamed: Egypt (by A weekly digest)']);
  const reportClaims = await report.locator('.claims li').allTextContents();
  expect(reportClaims).toEqual(
    expect.arrayContaining([
      'A weekly digest asserts · casualty count · 12 killed',
      'A weekly digest suspects · attribution · Egypt',
    ]),
  );
  expect(await incident.locator('.claims li').count()).toBeGreaterThan(5);
  const { data } = await api.gql(
    '{ reviewQueue(first: 100) { edges { node { score reasons event { id } candidate { id } } } } }',
  );
  const queued = data?.reviewQueue.edges
    .map((edge: { node: QueuedPair & { reasons: string[] } }) => edge.node)
    .find((pair: QueuedPair) => pairKey(pair) === `${digest}>${dernaStrike}`);
  expect(await page.textContent('#score')).toContain(`Score ${queued.score.toFixed(3)}`);
  expect(await page.locator('#reasons li').allTextContents()).toEqual(queued.reasons);
  expect(await page.textContent('#join-note')).toContain('Join keeps “Airstrikes by unknown warplanes on Derna');
  // Both points on the map, drawn without tiles over the country outlines.
  expect(await page.locator('#pair-map path.leaflet-interactive').count()).toBe(2);
  expect(await page.locator('#pair-map .leaflet-tooltip').allTextContents()).toEqual([
    'incident: Derna',
    'report: Derna',
  ]);
  // The country outlines load after the points; the screenshot should have them.
  await page.locator('#pair-map path:not(.leaflet-interactive)').nth(2).waitFor({ state: 'attached' });
  const output = path.join(repoRoot, 'test-output');
  mkdirSync(output, { recursive: true });
  await page.screenshot({ path: path.join(output, 'review.png') });
});

test('Join makes the two ids answer with one incident and takes the report’s pairs off the list; Undo splits them', async () => {
  await decide('#join');
  await page.waitForSelector('#outcome[data-action="joined"]');
  expect(await page.textContent('#outcome')).toContain(`Joined: “Attack on Derna” (${digest})`);
  expect(await answers(digest, dernaStrike)).toEqual([dernaStrike, dernaStrike]);
  // The joined report's other pairs went with it, in the API and on the page.
  const left = (await apiQueue()).map(pairKey);
  expect(left.filter((key) => key.startsWith(`${digest}>`))).toEqual([]);
  expect((await shownPairs()).map((pair) => pair.key)).toEqual(left);
  expect(await page.locator('#pair').isVisible()).toBe(false);

  await decide('#undo');
  await page.waitForSelector('#outcome[data-action="split"]');
  expect(await page.textContent('#outcome')).toContain('is an event of its own again');
  expect(await answers(digest, dernaStrike)).toEqual([digest, dernaStrike]);
  const { data } = await api.gql(`{ event(id: "${digest}") { claims { id } } }`);
  expect(data?.event.claims.map((claim: { id: string }) => claim.id).sort()).toEqual([
    'claim:digest-derna-killed',
    'claim:digest-suspects-egypt',
  ]);
  expect(await visibleError()).toBeNull();
});

test('Keep apart takes the pair off the queue for good, recorded under the editor’s key', async () => {
  await selectPair(bulletin, mayStrikes);
  await decide('#keep-apart');
  await page.waitForSelector('#outcome[data-action="kept-apart"]');
  expect(await page.textContent('#outcome')).toContain(`Kept apart: “Air raids on Derna” (${bulletin})`);
  expect(await pairItem(bulletin, mayStrikes).count()).toBe(0);
  expect((await apiQueue()).map(pairKey)).not.toContain(`${bulletin}>${mayStrikes}`);
  const { data } = await api.gql(
    `{ eventCandidates(id: "${bulletin}") { event { id } } event(id: "${bulletin}") { updatedBy } }`,
  );
  expect(data?.eventCandidates.map((candidate: { event: { id: string } }) => candidate.event.id)).not.toContain(
    mayStrikes,
  );
  expect(data?.event.updatedBy).toBe(`key:${editorKey.id}`);
  expect(await answers(bulletin, mayStrikes)).toEqual([bulletin, mayStrikes]);
});

test('a pair someone else decided meanwhile is reported as handled already, and leaves the list', async () => {
  await selectPair(bulletin, mayStrike);
  const joinedElsewhere = await asEditor(
    `mutation { joinEvents(incidentId: "${mayStrike}", eventId: "${bulletin}") { id } }`,
  );
  expect(joinedElsewhere.errors).toBeUndefined();
  await decide('#keep-apart');
  await page.waitForSelector('#error:not([hidden])');
  expect(await page.getAttribute('#error', 'data-code')).toBe('CONFLICT');
  expect(await page.textContent('#error')).toContain('already handled');
  await pairItem(bulletin, mayStrike).waitFor({ state: 'detached' });
  expect(pageErrors).toEqual([]);
});
