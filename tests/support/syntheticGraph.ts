// A deterministic graph big enough that Neo4j's planner prefers indexes to scans, as it would in production.
import type {
  BundleActor,
  BundleClaim,
  BundleEvent,
  BundleLocation,
  BundleSource,
  DocumentBundle,
} from '../../src/ingest/bundle.types';

const eventKinds = ['AIRSTRIKE', 'SHELLING', 'ARMED_CLASH', 'DRONE_STRIKE'] as const;

/** `eventCount` events over 100 districts, each blamed on a unit by one source, relayed by another, and some denied. */
export function syntheticBundle(eventCount: number): DocumentBundle {
  const countries = range(5);
  const cities = range(50);
  const districts = range(100);
  const units = range(40);
  const sources = range(30);

  const locations: BundleLocation[] = [
    ...countries.map((c): BundleLocation => ({
      id: `loc:syn-country-${c}`,
      name: `Synthland ${c}`,
      kind: 'COUNTRY',
      latitude: 10 + c * 5,
      longitude: 10 + c * 5,
      geoPrecision: 'COUNTRY',
    })),
    ...cities.map((c): BundleLocation => ({
      id: `loc:syn-city-${c}`,
      name: `Syn City ${c}`,
      kind: 'CITY',
      latitude: 10 + (c % 5) * 5 + c / 100,
      longitude: 10 + (c % 5) * 5,
      geoPrecision: 'CITY',
      parentId: `loc:syn-country-${c % 5}`,
    })),
    ...districts.map((d): BundleLocation => ({
      id: `loc:syn-district-${d}`,
      name: `Syn District ${d}`,
      kind: 'DISTRICT',
      latitude: 10 + (d % 5) * 5 + (d % 50) / 100 + 0.001,
      longitude: 10 + (d % 5) * 5 + 0.001,
      geoPrecision: 'EXACT',
      parentId: `loc:syn-city-${d % 50}`,
    })),
  ];
  const actors: BundleActor[] = [
    ...countries.map((c): BundleActor => ({ id: `actor:syn-state-${c}`, name: `Synth State ${c}`, kind: 'STATE' })),
    ...units.map((u): BundleActor => ({
      id: `actor:syn-unit-${u}`,
      name: `Synth Unit ${u}`,
      aliases: [`SU${u}`],
      kind: 'MILITARY_UNIT',
    })),
  ];
  const sourceNodes: BundleSource[] = sources.map((s) => ({
    id: `source:syn-${s}`,
    name: `Synth Source ${s}`,
    kind: s % 3 === 0 ? 'WIRE_SERVICE' : 'NEWS_OUTLET',
  }));
  const events: BundleEvent[] = range(eventCount).map((e) => ({
    id: `event:syn-${e}`,
    kind: eventKinds[e % eventKinds.length],
    title: `Synthetic event ${e}`,
    startDate: `20${String(10 + (e % 12)).padStart(2, '0')}-${String((e % 12) + 1).padStart(2, '0')}-${String((e % 28) + 1).padStart(2, '0')}`,
    datePrecision: 'DAY',
    locationId: `loc:syn-district-${e % 100}`,
  }));
  const claims: BundleClaim[] = range(eventCount).flatMap((e): BundleClaim[] => {
    const maker = `source:syn-${e % 30}`;
    const relayer = `source:syn-${(e + 7) % 30}`;
    const blamed = `actor:syn-unit-${e % 40}`;
    const found: BundleClaim[] = [
      {
        id: `claim:syn-${e}-blame`,
        kind: 'ATTRIBUTION',
        stance: 'ASSERTS',
        sourceId: maker,
        eventId: `event:syn-${e}`,
        actorId: blamed,
        quote: `unit ${e % 40} struck`,
        figures: { killed: e % 17 },
      },
      {
        id: `claim:syn-${e}-relay`,
        kind: 'ATTRIBUTION',
        stance: 'ASSERTS',
        sourceId: relayer,
        eventId: `event:syn-${e}`,
        actorId: blamed,
        relaysClaimId: `claim:syn-${e}-blame`,
      },
    ];
    if (e % 4 === 0)
      found.push({
        id: `claim:syn-${e}-denial`,
        kind: 'DENIAL',
        stance: 'DENIES',
        sourceId: `source:syn-${(e + 13) % 30}`,
        eventId: `event:syn-${e}`,
        actorId: blamed,
      });
    return found;
  });
  return {
    documents: [],
    actors,
    actorTies: units.map((u) => ({ fromId: `actor:syn-unit-${u}`, toId: `actor:syn-state-${u % 5}`, kind: 'PART_OF' })),
    actorPlaceTies: [],
    locations,
    sources: sourceNodes,
    events,
    claims,
  };
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}
