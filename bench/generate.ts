// The benchmark's deterministic graph (issue 7): seeded random actors with PART_OF hierarchies, locations with a
// hierarchy and points, sources that relay each other, events with contested attributions, denials and figures.
// Sized by claim count; loaded through the one write path (ingestBundle) in batches.
import { seededRandom } from '../scripts/seededRandom';
import type {
  BundleActor,
  BundleActorTie,
  BundleClaim,
  BundleDocument,
  BundleEvent,
  BundleLocation,
  BundleSource,
  DocumentBundle,
} from '../src/ingest/bundle.types';

export const shape = {
  states: 10,
  unitsPerState: 20,
  armedGroups: 30,
  regionsPerCountry: 5,
  citiesPerRegion: 6,
  districtsPerCity: 5,
  sources: 200,
  /** Claims per event on average: a blame, 0.7 relays, 0.3 rival blames, 0.25 denials, 0.4 casualty counts. */
  claimsPerEvent: 2.65,
};

const eventKinds = ['AIRSTRIKE', 'DRONE_STRIKE', 'SHELLING', 'ARMED_CLASH', 'ATTACK', 'BOMBING'] as const;
const sourceKinds = [
  'NEWS_OUTLET',
  'WIRE_SERVICE',
  'LOCAL_MEDIA',
  'OFFICIAL',
  'ARMED_GROUP_MEDIA',
  'RESIDENT',
  'NGO',
] as const;
const words = [
  'northern',
  'southern',
  'market',
  'bridge',
  'hospital',
  'airbase',
  'convoy',
  'village',
  'port',
  'depot',
  'checkpoint',
  'school',
];

const countryPoint = (c: number) => ({ lat: 5 + (c % 5) * 6, lon: 10 + Math.floor(c / 5) * 8 });

/** The ids the benchmark's questions use; fixed by the generator, whatever the size. */
export const benchIds = {
  /** A state whose units carry most of the blame: the canonical question asks for it with its subordinates. */
  canonicalActor: 'actor:bench-state-0',
  /** The busiest source (sources are picked on a skewed curve, source 0 most often). */
  canonicalSource: 'source:bench-0',
  /** The centre of country 0, for the events-near-a-point question. */
  nearPoint: { latitude: countryPoint(0).lat, longitude: countryPoint(0).lon },
};

/** The fixed part: actors, their hierarchy, locations, sources. */
export function baseBundle(): DocumentBundle {
  const actors: BundleActor[] = [];
  const actorTies: BundleActorTie[] = [];
  for (let s = 0; s < shape.states; s += 1) {
    actors.push({ id: `actor:bench-state-${s}`, name: `Benchland ${s}`, kind: 'STATE', aliases: [`BL${s}`] });
    actors.push({ id: `actor:bench-force-${s}`, name: `Benchland ${s} Armed Forces`, kind: 'ARMED_FORCES' });
    actorTies.push({ fromId: `actor:bench-force-${s}`, toId: `actor:bench-state-${s}`, kind: 'PART_OF' });
    for (let u = 0; u < shape.unitsPerState; u += 1) {
      actors.push({ id: `actor:bench-unit-${s}-${u}`, name: `Benchland ${s} ${u}th Brigade`, kind: 'MILITARY_UNIT' });
      actorTies.push({ fromId: `actor:bench-unit-${s}-${u}`, toId: `actor:bench-force-${s}`, kind: 'PART_OF' });
    }
  }
  for (let g = 0; g < shape.armedGroups; g += 1)
    actors.push({ id: `actor:bench-group-${g}`, name: `Bench Front ${g}`, kind: 'ARMED_GROUP' });
  actors.push({ id: 'actor:bench-unknown', name: 'Unknown warplanes', kind: 'UNKNOWN' });

  const locations: BundleLocation[] = [];
  for (let c = 0; c < shape.states; c += 1) {
    const { lat, lon } = countryPoint(c);
    locations.push({
      id: `loc:bench-c${c}`,
      name: `Benchland ${c}`,
      kind: 'COUNTRY',
      latitude: lat,
      longitude: lon,
      geoPrecision: 'COUNTRY',
    });
    for (let r = 0; r < shape.regionsPerCountry; r += 1) {
      const rLat = lat + (r - 2) * 0.8;
      locations.push({
        id: `loc:bench-c${c}-r${r}`,
        name: `Region ${c}-${r}`,
        kind: 'REGION',
        latitude: rLat,
        longitude: lon,
        geoPrecision: 'REGION',
        parentId: `loc:bench-c${c}`,
      });
      for (let t = 0; t < shape.citiesPerRegion; t += 1) {
        const tLon = lon + (t - 3) * 0.5;
        locations.push({
          id: `loc:bench-c${c}-r${r}-t${t}`,
          name: `City ${c}-${r}-${t}`,
          kind: 'CITY',
          latitude: rLat,
          longitude: tLon,
          geoPrecision: 'CITY',
          parentId: `loc:bench-c${c}-r${r}`,
        });
        for (let d = 0; d < shape.districtsPerCity; d += 1) {
          locations.push({
            id: `loc:bench-c${c}-r${r}-t${t}-d${d}`,
            name: `District ${c}-${r}-${t}-${d}`,
            kind: 'DISTRICT',
            latitude: rLat + d * 0.02,
            longitude: tLon + d * 0.02,
            geoPrecision: 'EXACT',
            parentId: `loc:bench-c${c}-r${r}-t${t}`,
          });
        }
      }
    }
  }
  const sources: BundleSource[] = [];
  for (let s = 0; s < shape.sources; s += 1) {
    const kind = sourceKinds[s % sourceKinds.length];
    sources.push({
      id: `source:bench-${s}`,
      name: `Bench Source ${s}`,
      kind,
      ...(kind === 'ARMED_GROUP_MEDIA' ? { affiliatedActorId: `actor:bench-group-${s % shape.armedGroups}` } : {}),
      ...(kind === 'OFFICIAL' ? { affiliatedActorId: `actor:bench-state-${s % shape.states}` } : {}),
    });
  }
  return { documents: [], actors, actorTies, actorPlaceTies: [], locations, sources, events: [], claims: [] };
}

/** A skewed pick in [0, n): low numbers far more often (roughly Zipf-like), as real blame and coverage are. */
function skewed(random: () => number, n: number): number {
  return Math.min(n - 1, Math.floor(n * random() ** 3));
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Events [from, to) with their documents and claims; the random stream is seeded per event, so batches are independent. */
export function eventsBundle(seed: number, from: number, to: number): DocumentBundle {
  const events: BundleEvent[] = [];
  const documents: BundleDocument[] = [];
  const claims: BundleClaim[] = [];
  for (let e = from; e < to; e += 1) {
    const random = seededRandom(seed * 1_000_003 + e);
    const country = skewed(random, shape.states);
    const region = Math.floor(random() * shape.regionsPerCountry);
    const city = Math.floor(random() * shape.citiesPerRegion);
    const district = Math.floor(random() * shape.districtsPerCity);
    const kind = eventKinds[skewed(random, eventKinds.length)];
    const day = Math.floor(random() * 365 * 10);
    const date = new Date(Date.UTC(2015, 0, 1) + day * 86_400_000);
    const startDate = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
    const place = words[Math.floor(random() * words.length)];
    const eventId = `event:bench-${e}`;
    events.push({
      id: eventId,
      kind,
      title: `${kind.toLowerCase().replace('_', ' ')} on the ${place} in district ${country}-${region}-${city}-${district}`,
      startDate,
      datePrecision: 'DAY',
      locationId: `loc:bench-c${country}-r${region}-t${city}-d${district}`,
    });
    // Blame mostly falls on the units of the state whose country it is; some on armed groups.
    const blamed =
      random() < 0.8
        ? `actor:bench-unit-${country}-${skewed(random, shape.unitsPerState)}`
        : `actor:bench-group-${skewed(random, shape.armedGroups)}`;
    const maker = skewed(random, shape.sources);
    const docId = `doc:bench-${e}`;
    documents.push({
      id: docId,
      title: `Report on ${place} ${kind.toLowerCase()} (${e})`,
      url: `https://bench.example/${e}`,
      publisherId: `source:bench-${maker}`,
      publishedOn: startDate,
      publishedOnPrecision: 'DAY',
    });
    const blameId = `claim:bench-${e}-blame`;
    claims.push({
      id: blameId,
      kind: 'ATTRIBUTION',
      stance: random() < 0.85 ? 'ASSERTS' : 'SUSPECTS',
      sourceId: `source:bench-${maker}`,
      eventId,
      actorId: blamed,
      documentId: docId,
      quote: `${place} struck by ${blamed.slice(12)}`,
      confidence: Math.round(random() * 100) / 100,
    });
    if (random() < 0.7) {
      const relayer = (maker + 1 + skewed(random, shape.sources - 1)) % shape.sources;
      claims.push({
        id: `claim:bench-${e}-relay`,
        kind: 'ATTRIBUTION',
        stance: 'ASSERTS',
        sourceId: `source:bench-${relayer}`,
        eventId,
        actorId: blamed,
        relaysClaimId: blameId,
        documentId: docId,
      });
    }
    if (random() < 0.3) {
      const rival = `actor:bench-group-${skewed(random, shape.armedGroups)}`;
      const rivalSource = (maker + 3 + Math.floor(random() * (shape.sources - 3))) % shape.sources;
      claims.push({
        id: `claim:bench-${e}-rival`,
        kind: 'ATTRIBUTION',
        stance: 'ASSERTS',
        sourceId: `source:bench-${rivalSource}`,
        eventId,
        actorId: rival,
        quote: `${rival.slice(12)} blamed`,
      });
    }
    if (random() < 0.25) {
      const official = 3 + 7 * Math.floor(random() * (shape.sources / 7 - 1));
      claims.push({
        id: `claim:bench-${e}-denial`,
        kind: 'DENIAL',
        stance: 'DENIES',
        sourceId: `source:bench-${official}`,
        eventId,
        actorId: blamed,
        quote: 'we deny any involvement',
      });
    }
    if (random() < 0.4) {
      const counter = Math.floor(random() * shape.sources);
      claims.push({
        id: `claim:bench-${e}-toll`,
        kind: 'CASUALTY_COUNT',
        stance: 'ASSERTS',
        sourceId: `source:bench-${counter}`,
        eventId,
        figures: { killed: Math.floor(random() * 30), injured: Math.floor(random() * 60), isMinimum: random() < 0.3 },
      });
    }
  }
  return { documents, actors: [], actorTies: [], actorPlaceTies: [], locations: [], sources: [], events, claims };
}

/** How many events give about `claims` claims. */
export const eventCountFor = (claims: number): number => Math.round(claims / shape.claimsPerEvent);
