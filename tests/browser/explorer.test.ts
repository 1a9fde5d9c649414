// The explorer page in headless Chromium, on the seed: pick a source, see what it blames, open the Derna strike.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

import { Role } from '../../src/auth/Role';
import { repoRoot } from '../../src/repoRoot';
import { seededApi, type SeededApi } from '../support/seededApi';
import type { TestApi } from '../support/testApi';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const dernaStrike = 'event:derna-airstrikes-2017-10-30';

let api: TestApi;
let seeded: SeededApi;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  // Anonymous readers only, as in development: the page must not need more than read access.
  seeded = await seededApi({ api: { anonymousRole: Role.READER } });
  ({ api } = seeded);
  browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${api.baseUrl}/explorer`);
  await page.waitForSelector('body[data-ready]');
});

afterAll(async () => {
  await browser?.close();
  await seeded?.close();
});

test('the page loads every seeded event and draws them, with no script errors', async () => {
  // The status line carries the error when loading fails, so it is compared along with the ready flag.
  expect({ ready: await page.getAttribute('body', 'data-ready'), status: await page.textContent('#status') }).toEqual({
    ready: 'true',
    status: '17 events',
  });
  expect(await page.locator('#timeline button').count()).toBe(17);
  expect(await page.locator('#map path.leaflet-interactive').count()).toBeGreaterThan(10);
  expect(pageErrors).toEqual([]);
});

test('picking the DMSC media office head colours the Derna strike as blamed on Egypt only', async () => {
  await page.selectOption('#source', 'source:mohammed-edriss-al-taher');
  const strike = page.locator(`#timeline button[data-event-id="${dernaStrike}"]`);
  expect(await strike.getAttribute('data-blamed')).toBe('Egypt');
  expect(await page.locator('#legend span[data-actor-id]').allTextContents()).toEqual(['Egypt']);
  const colourOf = async (selector: string) =>
    /--colour:\s*([^;]+)/.exec((await page.getAttribute(selector, 'style')) ?? '')?.[1];
  const egyptColour = await colourOf('#legend span[data-actor-id="actor:egypt"]');
  expect(egyptColour).toMatch(/^#[0-9a-f]{6}$/);
  expect(await colourOf(`#timeline button[data-event-id="${dernaStrike}"]`)).toBe(egyptColour);
});

test('clicking the strike lists every claim with its source and relay chain, and saves a screenshot', async () => {
  await page.click(`#timeline button[data-event-id="${dernaStrike}"]`);
  await page.waitForSelector('#claims li');
  expect(await page.textContent('#panel h2')).toContain('Derna');
  const claims = await page.locator('#claims li').allTextContents();
  expect(
    claims.some(
      (claim) => claim.startsWith('Mohammed Edriss Al-Taher') && claim.includes('Egypt was behind the airstrikes'),
    ),
  ).toBe(true);
  expect(claims.some((claim) => claim.includes('relaying'))).toBe(true);
  expect(await page.textContent('#attributions')).toContain('Egypt');
  const output = path.join(repoRoot, 'test-output');
  mkdirSync(output, { recursive: true });
  await page.screenshot({ path: path.join(output, 'explorer.png') });
  expect(pageErrors).toEqual([]);
});
