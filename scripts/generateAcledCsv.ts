// `npm run generate:acled -- <rows> <file.csv> [seed]`: writes a deterministic ACLED-format CSV of made-up Libyan events, to measure the importer.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';

import { acledColumns, type AcledColumn } from '../src/acled/acledCodebook';
import { runCli } from './cliDatabase';

/** mulberry32: a small seeded generator, so the same seed always writes the same file. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const places: [admin1: string, admin2: string, town: string, lat: number, lon: number][] = [
  ['Darnah', 'Derna', 'Derna', 32.7648, 22.6367],
  ['Darnah', 'Derna', 'Ain Mara', 32.6614, 22.2456],
  ['Benghazi', 'Benghazi', 'Benghazi', 32.1167, 20.0667],
  ['Benghazi', 'Benghazi', 'Ganfouda', 32.0611, 20.0056],
  ['Tripoli', 'Tripoli', 'Tripoli', 32.8925, 13.18],
  ['Tripoli', 'Tripoli', 'Tajoura', 32.8817, 13.3511],
  ['Misrata', 'Misrata', 'Misrata', 32.3754, 15.0925],
  ['Surt', 'Sirte', 'Sirte', 31.2089, 16.5887],
  ['Al Jufrah', 'Al Jufrah', 'Houn', 29.1268, 15.9477],
  ['Sabha', 'Sabha', 'Sabha', 27.0377, 14.4283],
  ['Murzuq', 'Murzuq', 'Murzuq', 25.9155, 13.9184],
  ['Al Wahat', 'Ajdabiya', 'Ajdabiya', 30.7554, 20.2263],
  ['Al Jabal al Gharbi', 'Gharyan', 'Gharyan', 32.1722, 13.0203],
  ['Az Zawiyah', 'Az Zawiyah', 'Zawiya', 32.7571, 12.7276],
];
const armedActors: [name: string, inter: string][] = [
  ['Military Forces of Libya (2014-) Haftar Faction', '1'],
  ['Military Forces of Libya (2016-) Government of National Accord', '1'],
  ['Military Forces of Egypt (2014-)', '8'],
  ['Mujahideen Shura Council of Derna', '2'],
  ['Benghazi Revolutionaries Shura Council', '3'],
  ['Islamic State (Libya)', '2'],
  ['Unidentified Armed Group (Libya)', '3'],
  ['Tebu Ethnic Militia (Libya)', '4'],
  ['Awlad Suleiman Tribal Militia (Libya)', '4'],
  ['Misrata Communal Militia (Libya)', '4'],
  ['Wagner Group', '8'],
  ['Military Forces of Turkey (2016-)', '8'],
  ['Police Forces of Libya (2014-)', '1'],
  ['Zawiya Communal Militia (Libya)', '4'],
];
const outlets = [
  'Libya Observer',
  'Libya Herald',
  'Al Wasat',
  'Reuters',
  'AFP',
  'Libyan Express',
  'Local Source',
  'Anadolu Agency',
  'Al Jazeera',
  'Facebook',
];
const kinds: [eventType: string, subEventType: string][] = [
  ['Battles', 'Armed clash'],
  ['Battles', 'Armed clash'],
  ['Explosions/Remote violence', 'Air/drone strike'],
  ['Explosions/Remote violence', 'Shelling/artillery/missile attack'],
  ['Explosions/Remote violence', 'Remote explosive/landmine/IED'],
  ['Violence against civilians', 'Attack'],
  ['Protests', 'Peaceful protest'],
  ['Riots', 'Violent demonstration'],
  ['Strategic developments', 'Arrests'],
  ['Battles', 'Non-state actor overtakes territory'],
];

function quote(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

runCli('generate:acled', async () => {
  const rows = Number(process.argv[2]);
  const file = process.argv[3];
  const seed = Number(process.argv[4] ?? 2017);
  if (!Number.isInteger(rows) || rows <= 0 || !file)
    throw new Error('usage: npm run generate:acled -- <rows> <file.csv> [seed]');
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const out = createWriteStream(file);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(`${acledColumns.join(',')}\n`);
  const start = Date.UTC(2014, 0, 1);
  for (let i = 0; i < rows; i += 1) {
    const [admin1, admin2, town, lat, lon] = pick(places);
    const [eventType, subEventType] = pick(kinds);
    const demonstration = eventType === 'Protests' || eventType === 'Riots';
    const [actor1, inter1] = demonstration
      ? [eventType === 'Protests' ? 'Protesters (Libya)' : 'Rioters (Libya)', eventType === 'Protests' ? '6' : '5']
      : pick(armedActors);
    const civilians = eventType === 'Violence against civilians';
    const [actor2, inter2] = civilians
      ? ['Civilians (Libya)', '7']
      : demonstration || random() < 0.2
        ? ['', '']
        : pick(armedActors);
    const date = new Date(start + Math.floor(random() * 3650) * 86_400_000).toISOString().slice(0, 10);
    const sources = [...new Set([pick(outlets), ...(random() < 0.5 ? [pick(outlets)] : [])])];
    const fatalities = demonstration ? 0 : Math.floor(random() * random() * 20);
    const row: Partial<Record<AcledColumn, string>> = {
      event_id_cnty: `LBY${String(100000 + i)}`,
      event_date: date,
      year: date.slice(0, 4),
      time_precision: pick(['1', '1', '1', '2', '3']),
      disorder_type: demonstration ? 'Demonstrations' : 'Political violence',
      event_type: eventType,
      sub_event_type: subEventType,
      actor1,
      assoc_actor_1: random() < 0.1 ? pick(armedActors)[0] : '',
      inter1,
      actor2,
      assoc_actor_2: '',
      inter2,
      interaction: `${inter1}${inter2}`,
      civilian_targeting: civilians ? 'Civilian targeting' : '',
      iso: '434',
      region: 'Northern Africa',
      country: 'Libya',
      admin1,
      admin2,
      admin3: '',
      location: town,
      latitude: String(lat),
      longitude: String(lon),
      geo_precision: pick(['1', '1', '2', '3']),
      source: sources.join('; '),
      source_scale: pick(['National', 'Subnational', 'National-International', 'Local partner-Other']),
      notes: `On ${date}, ${actor1}${actor2 ? ` and ${actor2}` : ''}: ${subEventType.toLowerCase()} in ${town} (${admin1}). ${fatalities} fatalities.`,
      fatalities: String(fatalities),
      tags: '',
      timestamp: String(1_600_000_000 + i),
    };
    await write(`${acledColumns.map((column) => quote(row[column] ?? '')).join(',')}\n`);
  }
  out.end();
  await once(out, 'finish');
  console.log(`wrote ${rows} rows to ${file} (seed ${seed})`);
});
