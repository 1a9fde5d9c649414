// `npm run generate:acled -- <rows> <file.csv> [seed]`: writes a deterministic ACLED export (current layout) of made-up
// Libyan events, shaped like the real thing to measure the importer with: a few hundred places and actors, each in many
// rows on skewed curves (a big city or the national army in thousands of rows, a village in a handful), one to three
// outlets per row, notes of a few sentences, associated actors, civilian targeting and tags where ACLED puts them, and
// a timestamp per row. The same seed writes the same bytes.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';

import { acledColumns, type AcledColumn } from '../src/acled/acledCodebook';
import { monthNames } from '../src/dates/isoDates';
import { runCli } from './cliDatabase';
import { seededRandom } from './seededRandom';

// Towns by admin1 / admin2, with approximate points (GeoNames spellings, as ACLED writes Libya's places).
const towns: [admin1: string, admin2: string, town: string, lat: number, lon: number][] = [
  ['Tripoli', 'Tripoli', 'Tripoli', 32.8925, 13.18],
  ['Tripoli', 'Tripoli', 'Tajura', 32.8817, 13.3511],
  ['Tripoli', 'Tripoli', 'Ain Zara', 32.7836, 13.2458],
  ['Tripoli', 'Tripoli', 'Abu Salim', 32.8461, 13.1931],
  ['Tripoli', 'Tripoli', 'Janzur', 32.8187, 13.0173],
  ['Tripoli', 'Tripoli', 'Qasr Bin Ghashir', 32.6833, 13.1833],
  ['Banghazi', 'Banghazi', 'Benghazi', 32.1167, 20.0667],
  ['Banghazi', 'Banghazi', 'Ganfouda', 32.0611, 20.0056],
  ['Banghazi', 'Banghazi', 'Suluq', 31.6682, 20.2521],
  ['Darnah', 'Darnah', 'Darnah', 32.7648, 22.6367],
  ['Darnah', 'Darnah', 'Ain Mara', 32.6614, 22.2456],
  ['Darnah', 'Al Qubbah', 'Al Qubbah', 32.7611, 22.2464],
  ['Misratah', 'Misratah', 'Misratah', 32.3754, 15.0925],
  ['Misratah', 'Misratah', 'Zliten', 32.4674, 14.5687],
  ['Misratah', 'Bani Walid', 'Bani Walid', 31.7566, 13.9942],
  ['Surt', 'Surt', 'Surt', 31.2089, 16.5887],
  ['Surt', 'Surt', 'Harawah', 30.9889, 17.3522],
  ['Al Jufrah', 'Al Jufrah', 'Hun', 29.1268, 15.9477],
  ['Al Jufrah', 'Al Jufrah', 'Waddan', 29.1614, 16.139],
  ['Sabha', 'Sabha', 'Sabha', 27.0377, 14.4283],
  ['Murzuq', 'Murzuq', 'Murzuq', 25.9155, 13.9184],
  ['Murzuq', 'Murzuq', 'Umm al Aranib', 26.1451, 14.7506],
  ['Al Wahat', 'Ajdabiya', 'Ajdabiya', 30.7554, 20.2263],
  ['Al Wahat', 'Ajdabiya', 'Brega', 30.4167, 19.5667],
  ['Al Jabal al Gharbi', 'Gharyan', 'Gharyan', 32.1722, 13.0203],
  ['Al Jabal al Gharbi', 'Gharyan', 'Al Asabiah', 31.9167, 12.5333],
  ['Al Jabal al Gharbi', 'Az Zintan', 'Az Zintan', 31.9317, 12.2485],
  ['Az Zawiyah', 'Az Zawiyah', 'Az Zawiyah', 32.7571, 12.7276],
  ['Az Zawiyah', 'Az Zawiyah', 'Surman', 32.7566, 12.5718],
  ['An Nuqat al Khams', 'An Nuqat al Khams', 'Zuwarah', 32.9312, 12.082],
  ['Al Kufrah', 'Al Kufrah', 'Al Kufrah', 24.1847, 23.299],
  ['Al Marj', 'Al Marj', 'Al Marj', 32.4925, 20.8303],
  ['Al Jabal al Akhdar', 'Al Bayda', 'Al Bayda', 32.7627, 21.7551],
  ['Tubruq', 'Tubruq', 'Tubruq', 32.0836, 23.9764],
  ['Wadi ash Shati', 'Wadi ash Shati', 'Brak', 27.5333, 14.2833],
  ['Ghat', 'Ghat', 'Ghat', 24.9647, 10.1728],
];

const stateForces: string[] = [
  'Military Forces of Libya (2014-) Haftar Faction',
  'Military Forces of Libya (2016-) Government of National Accord',
  'Military Forces of Libya (2021-) Government of National Unity',
  'Police Forces of Libya (2014-) Haftar Faction',
  'Police Forces of Libya (2016-) Government of National Accord',
  'Police Forces of Libya (2021-) Government of National Unity',
];
const groups: [name: string, inter: string][] = [
  ['Islamic State (Libya)', '2'],
  ['Mujahideen Shura Council of Derna', '2'],
  ['Benghazi Revolutionaries Shura Council', '2'],
  ['Chadian Rebel Group (Libya)', '2'],
  ['FACT: Front for Change and Concord in Chad', '2'],
  ['Al Qaeda in the Islamic Maghreb', '2'],
  ['Unidentified Armed Group (Libya)', '3'],
  ['Stability Support Apparatus', '3'],
  ['Radaa Special Deterrence Forces', '3'],
  ['Nawasi Brigade', '3'],
  ['444 Brigade', '3'],
  ['Tripoli Revolutionaries Brigade', '3'],
  ['Al Kaniyat Militia', '3'],
  ['Zintan Militia', '3'],
  ['Tebu Ethnic Militia (Libya)', '4'],
  ['Awlad Suleiman Tribal Militia (Libya)', '4'],
  ['Misratah Communal Militia (Libya)', '4'],
  ['Zawiya Communal Militia (Libya)', '4'],
  ['Warshefana Communal Militia (Libya)', '4'],
  ['Tuareg Ethnic Militia (Libya)', '4'],
  ['Military Forces of Egypt (2014-)', '8'],
  ['Military Forces of Turkey (2016-)', '8'],
  ['Wagner Group', '8'],
  ['Military Forces of the United Arab Emirates (1971-)', '8'],
  ['Military Forces of the United States (2021-)', '8'],
  ['Private Security Forces (Libya)', '8'],
];
const associates = [
  'Tawergha Communal Group (Libya)',
  'Students (Libya)',
  'Journalists (Libya)',
  'Migrants (Libya)',
  'Refugees/IDPs (Libya)',
  'Women (Libya)',
  'Health Workers (Libya)',
  'Labour Group (Libya)',
  'Teachers (Libya)',
  'Amazigh Ethnic Group (Libya)',
  'Tebu Ethnic Group (Libya)',
];
const outlets = [
  'Libya Observer',
  'Libya Herald',
  'Al Wasat',
  'Libyan Express',
  'Reuters',
  'AFP',
  'Anadolu Agency',
  'Al Jazeera',
  'Xinhua',
  'Associated Press',
  'Libya Review',
  'Alwasat TV',
  '218TV',
  'Al Marsad',
  'Fezzan Libya',
  'Libya Al Ahrar',
  'Ean Libya',
  'Facebook',
  'Twitter',
  'Telegram',
  'Local Source',
  'UNSMIL',
  'Human Rights Watch',
  'Amnesty International',
  'BBC Monitoring',
  'Arabi21',
  'Al Arabiya',
  'Asharq Al-Awsat',
  'Middle East Eye',
  'Libya Update',
];
const kinds: [disorder: string, eventType: string, subEventType: string, weight: number][] = [
  ['Political violence', 'Battles', 'Armed clash', 22],
  ['Political violence', 'Battles', 'Government regains territory', 1],
  ['Political violence', 'Battles', 'Non-state actor overtakes territory', 1],
  ['Political violence', 'Explosions/Remote violence', 'Air/drone strike', 10],
  ['Political violence', 'Explosions/Remote violence', 'Shelling/artillery/missile attack', 9],
  ['Political violence', 'Explosions/Remote violence', 'Remote explosive/landmine/IED', 4],
  ['Political violence', 'Violence against civilians', 'Attack', 8],
  ['Political violence', 'Violence against civilians', 'Abduction/forced disappearance', 5],
  ['Demonstrations', 'Protests', 'Peaceful protest', 18],
  ['Demonstrations', 'Protests', 'Protest with intervention', 2],
  ['Demonstrations', 'Riots', 'Violent demonstration', 3],
  ['Political violence; Demonstrations', 'Riots', 'Mob violence', 1],
  ['Strategic developments', 'Strategic developments', 'Arrests', 5],
  ['Strategic developments', 'Strategic developments', 'Looting/property destruction', 2],
  ['Strategic developments', 'Strategic developments', 'Agreement', 2],
  ['Strategic developments', 'Strategic developments', 'Change to group/activity', 3],
];
const interLabels: Record<string, string> = {
  '1': 'State forces',
  '2': 'Rebel group',
  '3': 'Political militia',
  '4': 'Identity militia',
  '5': 'Rioters',
  '6': 'Protesters',
  '7': 'Civilians',
  '8': 'External/Other forces',
};

function quote(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Writes the file; returns the number of rows written. */
export async function writeAcledCsv(rows: number, file: string, seed = 2017): Promise<number> {
  const random = seededRandom(seed);
  /** A skewed pick: the first entries come up far more often than the last (real data: the capital, the army). */
  const skewed = <T>(list: readonly T[]): T => list[Math.floor(list.length * random() ** 2.2)];
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const kindTotal = kinds.reduce((sum, kind) => sum + kind[3], 0);
  const pickKind = () => {
    let at = random() * kindTotal;
    for (const kind of kinds) if ((at -= kind[3]) < 0) return kind;
    return kinds[0];
  };
  // Villages around each town, for the long tail of places named in a few rows each.
  const places = towns.flatMap((town) => [
    town,
    ...Array.from({ length: 6 }, (_, i) => {
      const [admin1, admin2, name, lat, lon] = town;
      return [
        admin1,
        admin2,
        `${name} ${['East', 'West', 'Bir', 'Wadi', 'Qasr', 'Suq'][i]} Area`,
        lat + (random() - 0.5) * 0.4,
        lon + (random() - 0.5) * 0.4,
      ] as typeof town;
    }),
  ]);
  const armed: [string, string][] = [...stateForces.map((name) => [name, '1'] as [string, string]), ...groups];
  const out = createWriteStream(file);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(`${acledColumns.join(',')}\n`);
  const start = Date.UTC(2014, 4, 16);
  let chunk = '';
  for (let i = 0; i < rows; i += 1) {
    const [admin1, admin2, location, lat, lon] = skewed(places);
    const [disorderType, eventType, subEventType] = pickKind();
    const demonstration = eventType === 'Protests' || eventType === 'Riots';
    const civilians = eventType === 'Violence against civilians' || subEventType === 'Mob violence';
    const [actor1, inter1] = demonstration
      ? eventType === 'Protests'
        ? ['Protesters (Libya)', '6']
        : ['Rioters (Libya)', '5']
      : skewed(armed);
    let [actor2, inter2] = ['', ''];
    if (civilians) [actor2, inter2] = ['Civilians (Libya)', '7'];
    else if (subEventType === 'Protest with intervention' || subEventType === 'Violent demonstration')
      [actor2, inter2] = [pick(stateForces.slice(3)), '1'];
    else if (!demonstration && eventType !== 'Strategic developments' && random() < 0.85) {
      do [actor2, inter2] = skewed(armed);
      while (actor2 === actor1);
    }
    const assoc1 =
      random() < (demonstration ? 0.35 : 0.12) ? (demonstration ? pick(associates) : skewed(armed)[0]) : '';
    const assoc2 = actor2 !== '' && random() < 0.15 ? (civilians ? pick(associates) : skewed(armed)[0]) : '';
    const day = new Date(start + Math.floor(random() * 3650) * 86_400_000);
    const iso = day.toISOString().slice(0, 10);
    const written = `${day.getUTCDate()} ${monthNames[day.getUTCMonth()]} ${day.getUTCFullYear()}`;
    const sources = [
      ...new Set([
        skewed(outlets),
        ...(random() < 0.45 ? [skewed(outlets)] : []),
        ...(random() < 0.15 ? [skewed(outlets)] : []),
      ]),
    ];
    const fatalities = demonstration ? (random() < 0.05 ? 1 : 0) : Math.floor(random() * random() * random() * 40);
    const geoPrecision = pick(['1', '1', '1', '1', '2', '2', '3']);
    const crowd = pick(['no report', 'dozens', 'hundreds', 'small', 'large']);
    const notes = [
      `On ${written}, ${actor1}${assoc1 ? ` (with ${assoc1})` : ''}${actor2 ? ` and ${actor2}${assoc2 ? ` (with ${assoc2})` : ''}` : ''} were involved in an event coded as ${subEventType.toLowerCase()} in ${location} (${admin2}, ${admin1}).`,
      demonstration
        ? `Participants gathered ${pick(['in the main square', 'outside the local council', 'near the port', 'on the coastal road'])} to protest against ${pick(['power cuts', 'the cost of living', 'delays in salaries', 'the detention of activists', 'the presence of armed groups'])}.`
        : '',
      !demonstration && fatalities > 0
        ? `${fatalities} ${fatalities === 1 ? 'person was' : 'people were'} reported killed; ${pick(['the figure could not be confirmed independently', 'local sources gave higher figures', 'casualties included fighters on both sides'])}.`
        : '',
      pick([
        'Sources disagree on who started the fighting.',
        'The area had seen sporadic clashes in the preceding weeks.',
        'Residents reported that roads were closed for several hours.',
        '',
      ]),
      demonstration ? `[size=${crowd}]` : '',
    ]
      .filter(Boolean)
      .join(' ')
      .trim();
    const row: Partial<Record<AcledColumn, string>> = {
      event_id_cnty: `LBY${String(100000 + i)}`,
      event_date: written,
      year: iso.slice(0, 4),
      time_precision: pick(['1', '1', '1', '1', '2', '3']),
      disorder_type: disorderType,
      event_type: eventType,
      sub_event_type: subEventType,
      actor1,
      assoc_actor_1: assoc1,
      inter1: interLabels[inter1],
      actor2,
      assoc_actor_2: assoc2,
      inter2: inter2 ? interLabels[inter2] : '',
      interaction: `${interLabels[inter1]}${inter2 ? `-${interLabels[inter2]}` : ' only'}`,
      civilian_targeting: civilians ? 'Civilian targeting' : '',
      iso: '434',
      region: 'Northern Africa',
      country: 'Libya',
      admin1,
      admin2,
      admin3: '',
      location,
      latitude: lat.toFixed(4),
      longitude: lon.toFixed(4),
      geo_precision: geoPrecision,
      source: sources.join('; '),
      source_scale: pick([
        'National',
        'National',
        'Subnational',
        'National-International',
        'International',
        'Other-National',
        'New media',
      ]),
      notes,
      fatalities: String(fatalities),
      tags: demonstration ? `crowd size=${crowd}` : '',
      timestamp: String(Math.floor(day.getTime() / 1000) + 86_400 * (3 + Math.floor(random() * 40))),
    };
    chunk += `${acledColumns.map((column) => quote(row[column] ?? '')).join(',')}\n`;
    if (chunk.length > 65536) {
      await write(chunk);
      chunk = '';
    }
  }
  await write(chunk);
  out.end();
  await once(out, 'finish');
  return rows;
}

if (require.main === module) {
  runCli('generate:acled', async () => {
    const rows = Number(process.argv[2]);
    const file = process.argv[3];
    const seed = Number(process.argv[4] ?? 2017);
    if (!Number.isInteger(rows) || rows <= 0 || !file)
      throw new Error('usage: npm run generate:acled -- <rows> <file.csv> [seed]');
    await writeAcledCsv(rows, file, seed);
    console.log(`wrote ${rows} rows to ${file} (seed ${seed})`);
  });
}
