// Integrity of the seed bundle: the article turned into one DocumentBundle (seed/).
// Pure file checks: no database needed.
import { readFileSync } from 'fs';
import { join } from 'path';

import type {
  ActorKind,
  ActorPlaceTieKind,
  ActorTieKind,
  ClaimKind,
  DatePrecision,
  DocumentBundle,
  EventKind,
  GeoPrecision,
  InvolvementRole,
  LocationKind,
  SourceKind,
  Stance,
} from '../../src/ingest/bundle.types';

const seedDir = join(__dirname, '..', '..', 'seed');
const articleText = readFileSync(join(seedDir, 'article.txt'), 'utf8');
const bundle = JSON.parse(readFileSync(join(seedDir, 'derna-airstrikes.bundle.json'), 'utf8')) as DocumentBundle;

type Kind = 'document' | 'actor' | 'location' | 'source' | 'event' | 'claim';

const entries: Array<{ id: string; kind: Kind }> = [
  ...bundle.documents.map((e) => ({ id: e.id, kind: 'document' as const })),
  ...bundle.actors.map((e) => ({ id: e.id, kind: 'actor' as const })),
  ...bundle.locations.map((e) => ({ id: e.id, kind: 'location' as const })),
  ...bundle.sources.map((e) => ({ id: e.id, kind: 'source' as const })),
  ...bundle.events.map((e) => ({ id: e.id, kind: 'event' as const })),
  ...bundle.claims.map((e) => ({ id: e.id, kind: 'claim' as const })),
];
const kindById = new Map(entries.map((e) => [e.id, e.kind]));

const prefixes: Record<Kind, string> = {
  document: 'doc:',
  actor: 'actor:',
  location: 'loc:',
  source: 'source:',
  event: 'event:',
  claim: 'claim:',
};

// Records keyed by the union types: tsc fails if a member is missing or unknown, so these
// runtime lists stay in step with bundle.types.ts.
const ACTOR_KINDS: Record<ActorKind, true> = {
  STATE: true,
  GOVERNMENT: true,
  ARMED_FORCES: true,
  MILITARY_UNIT: true,
  ARMED_GROUP: true,
  COALITION: true,
  MILITARY_OPERATION: true,
  POLITICAL_ORGANIZATION: true,
  PERSON: true,
  CIVILIANS: true,
  UNKNOWN: true,
  OTHER: true,
};
const ACTOR_TIE_KINDS: Record<ActorTieKind, true> = {
  PART_OF: true,
  LEADS: true,
  SUPPORTS: true,
  ALLIED_WITH: true,
  OPPOSES: true,
  FOUGHT: true,
};
const ACTOR_PLACE_TIE_KINDS: Record<ActorPlaceTieKind, true> = { CONTROLS: true, BESIEGES: true, BASED_IN: true };
const EVENT_KINDS: Record<EventKind, true> = {
  AIRSTRIKE: true,
  DRONE_STRIKE: true,
  SHELLING: true,
  ARMED_CLASH: true,
  ATTACK: true,
  BOMBING: true,
  SIEGE: true,
  TERRITORY_CHANGE: true,
  VISIT: true,
  MEETING: true,
  STATEMENT: true,
  PROTEST: true,
  OTHER: true,
};
const DATE_PRECISIONS: Record<DatePrecision, true> = { DAY: true, MONTH: true, YEAR: true };
const LOCATION_KINDS: Record<LocationKind, true> = {
  COUNTRY: true,
  REGION: true,
  CITY: true,
  DISTRICT: true,
  SITE: true,
};
const GEO_PRECISIONS: Record<GeoPrecision, true> = {
  EXACT: true,
  DISTRICT: true,
  CITY: true,
  REGION: true,
  COUNTRY: true,
};
const SOURCE_KINDS: Record<SourceKind, true> = {
  NEWS_OUTLET: true,
  WIRE_SERVICE: true,
  LOCAL_MEDIA: true,
  OFFICIAL: true,
  ARMED_GROUP_MEDIA: true,
  ARMED_GROUP_MEMBER: true,
  SOCIAL_MEDIA: true,
  WITNESS: true,
  RESIDENT: true,
  MEDICAL_SOURCE: true,
  NGO: true,
  ANALYST: true,
  DATASET: true,
  UNKNOWN: true,
};
const CLAIM_KINDS: Record<ClaimKind, true> = {
  ATTRIBUTION: true,
  DENIAL: true,
  RESPONSIBILITY_CLAIM: true,
  CASUALTY_COUNT: true,
  DESCRIPTION: true,
  OCCURRENCE: true,
};
const STANCES: Record<Stance, true> = { ASSERTS: true, DENIES: true, SUSPECTS: true };
const INVOLVEMENT_ROLES: Record<InvolvementRole, true> = { TARGET: true, VICTIM: true, PARTICIPANT: true };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isValidIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const normaliseWhitespace = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Every reference in the bundle, with the kind it must point to. */
function references(): Array<{ from: string; field: string; id: string; kind: Kind }> {
  const refs: Array<{ from: string; field: string; id: string; kind: Kind }> = [];
  const add = (from: string, field: string, id: string | undefined, kind: Kind): void => {
    if (id !== undefined) refs.push({ from, field, id, kind });
  };
  for (const d of bundle.documents) add(d.id, 'publisherId', d.publisherId, 'source');
  for (const s of bundle.sources) add(s.id, 'affiliatedActorId', s.affiliatedActorId, 'actor');
  bundle.actorTies.forEach((t, i) => {
    add(`actorTies[${i}]`, 'fromId', t.fromId, 'actor');
    add(`actorTies[${i}]`, 'toId', t.toId, 'actor');
    add(`actorTies[${i}]`, 'sourceId', t.sourceId, 'source');
    add(`actorTies[${i}]`, 'documentId', t.documentId, 'document');
  });
  bundle.actorPlaceTies.forEach((t, i) => {
    add(`actorPlaceTies[${i}]`, 'actorId', t.actorId, 'actor');
    add(`actorPlaceTies[${i}]`, 'locationId', t.locationId, 'location');
    add(`actorPlaceTies[${i}]`, 'sourceId', t.sourceId, 'source');
    add(`actorPlaceTies[${i}]`, 'documentId', t.documentId, 'document');
  });
  for (const l of bundle.locations) add(l.id, 'parentId', l.parentId, 'location');
  for (const e of bundle.events) {
    add(e.id, 'locationId', e.locationId, 'location');
    add(e.id, 'partOfEventId', e.partOfEventId, 'event');
  }
  for (const c of bundle.claims) {
    add(c.id, 'sourceId', c.sourceId, 'source');
    add(c.id, 'eventId', c.eventId, 'event');
    add(c.id, 'actorId', c.actorId, 'actor');
    add(c.id, 'documentId', c.documentId, 'document');
    add(c.id, 'relaysClaimId', c.relaysClaimId, 'claim');
    (c.involvedActors ?? []).forEach((inv, j) => add(c.id, `involvedActors[${j}].actorId`, inv.actorId, 'actor'));
  }
  return refs;
}

/** Follows a parent-like link from every entry and returns the entries that loop. */
function cycles<T extends { id: string }>(items: T[], next: (item: T) => string | undefined): string[] {
  const byId = new Map(items.map((i) => [i.id, i]));
  const looping: string[] = [];
  for (const item of items) {
    const seen = new Set<string>([item.id]);
    let cursor = next(item);
    while (cursor !== undefined) {
      if (seen.has(cursor)) {
        looping.push(item.id);
        break;
      }
      seen.add(cursor);
      const nextItem = byId.get(cursor);
      cursor = nextItem ? next(nextItem) : undefined;
    }
  }
  return looping;
}

describe('seed bundle (seed/derna-airstrikes.bundle.json)', () => {
  it('has all eight arrays', () => {
    for (const key of [
      'documents',
      'actors',
      'actorTies',
      'actorPlaceTies',
      'locations',
      'sources',
      'events',
      'claims',
    ] as const) {
      expect(Array.isArray(bundle[key])).toBe(true);
    }
  });

  it('every enum value is a member of its union in bundle.types.ts', () => {
    const bad: string[] = [];
    const check = (where: string, allowed: Record<string, true>, value: string | undefined): void => {
      if (value !== undefined && !Object.prototype.hasOwnProperty.call(allowed, value)) bad.push(`${where}: ${value}`);
    };
    for (const d of bundle.documents) check(`${d.id}.publishedOnPrecision`, DATE_PRECISIONS, d.publishedOnPrecision);
    for (const a of bundle.actors) check(`${a.id}.kind`, ACTOR_KINDS, a.kind);
    bundle.actorTies.forEach((t, i) => {
      check(`actorTies[${i}].kind`, ACTOR_TIE_KINDS, t.kind);
      check(`actorTies[${i}].datePrecision`, DATE_PRECISIONS, t.datePrecision);
    });
    bundle.actorPlaceTies.forEach((t, i) => {
      check(`actorPlaceTies[${i}].kind`, ACTOR_PLACE_TIE_KINDS, t.kind);
      check(`actorPlaceTies[${i}].datePrecision`, DATE_PRECISIONS, t.datePrecision);
    });
    for (const l of bundle.locations) {
      check(`${l.id}.kind`, LOCATION_KINDS, l.kind);
      check(`${l.id}.geoPrecision`, GEO_PRECISIONS, l.geoPrecision);
    }
    for (const s of bundle.sources) check(`${s.id}.kind`, SOURCE_KINDS, s.kind);
    for (const e of bundle.events) {
      check(`${e.id}.kind`, EVENT_KINDS, e.kind);
      check(`${e.id}.datePrecision`, DATE_PRECISIONS, e.datePrecision);
    }
    for (const c of bundle.claims) {
      check(`${c.id}.kind`, CLAIM_KINDS, c.kind);
      check(`${c.id}.stance`, STANCES, c.stance);
      check(`${c.id}.claimedOnPrecision`, DATE_PRECISIONS, c.claimedOnPrecision);
      (c.involvedActors ?? []).forEach((inv, j) =>
        check(`${c.id}.involvedActors[${j}].role`, INVOLVEMENT_ROLES, inv.role),
      );
    }
    expect(bad).toEqual([]);
  });

  it('ids are unique across all entries', () => {
    const seen = new Set<string>();
    const duplicates = entries.map((e) => e.id).filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
    expect(duplicates).toEqual([]);
  });

  it('ids start with the prefix of their kind', () => {
    const wrong = entries.filter((e) => !e.id.startsWith(prefixes[e.kind])).map((e) => e.id);
    expect(wrong).toEqual([]);
  });

  it('every reference resolves to an entry of the right kind', () => {
    const broken = references()
      .filter((r) => kindById.get(r.id) !== r.kind)
      .map((r) => `${r.from}.${r.field} -> ${r.id} (expected ${r.kind}, found ${kindById.get(r.id) ?? 'nothing'})`);
    expect(broken).toEqual([]);
  });

  it('no claim relays itself, directly or through a chain', () => {
    expect(cycles(bundle.claims, (c) => c.relaysClaimId)).toEqual([]);
  });

  it('location and event hierarchies have no cycles', () => {
    expect(cycles(bundle.locations, (l) => l.parentId)).toEqual([]);
    expect(cycles(bundle.events, (e) => e.partOfEventId)).toEqual([]);
  });

  it('every relay repeats a claim about the same event', () => {
    const claimById = new Map(bundle.claims.map((c) => [c.id, c]));
    const mismatched = bundle.claims
      .filter((c) => c.relaysClaimId !== undefined && claimById.get(c.relaysClaimId)?.eventId !== c.eventId)
      .map((c) => c.id);
    expect(mismatched).toEqual([]);
  });

  it('coordinates are within WGS-84 ranges', () => {
    const outOfRange = bundle.locations
      .filter(
        (l) =>
          !Number.isFinite(l.latitude) ||
          !Number.isFinite(l.longitude) ||
          Math.abs(l.latitude) > 90 ||
          Math.abs(l.longitude) > 180,
      )
      .map((l) => l.id);
    expect(outOfRange).toEqual([]);
  });

  it('every date is a valid ISO date and no event ends before it starts', () => {
    const dates: Array<[string, string | undefined]> = [
      ...bundle.documents.map((d): [string, string | undefined] => [`${d.id}.publishedOn`, d.publishedOn]),
      ...bundle.actorTies.flatMap((t, i): Array<[string, string | undefined]> => [
        [`actorTies[${i}].validFrom`, t.validFrom],
        [`actorTies[${i}].validTo`, t.validTo],
      ]),
      ...bundle.actorPlaceTies.flatMap((t, i): Array<[string, string | undefined]> => [
        [`actorPlaceTies[${i}].validFrom`, t.validFrom],
        [`actorPlaceTies[${i}].validTo`, t.validTo],
      ]),
      ...bundle.events.flatMap((e): Array<[string, string | undefined]> => [
        [`${e.id}.startDate`, e.startDate],
        [`${e.id}.endDate`, e.endDate],
      ]),
      ...bundle.claims.map((c): [string, string | undefined] => [`${c.id}.claimedOn`, c.claimedOn]),
    ];
    const invalid = dates.filter(([, v]) => v !== undefined && !isValidIsoDate(v)).map(([where]) => where);
    expect(invalid).toEqual([]);

    const backwards = [
      ...bundle.events.filter((e) => e.startDate && e.endDate && e.startDate > e.endDate).map((e) => e.id),
      ...[...bundle.actorTies, ...bundle.actorPlaceTies]
        .filter((t) => t.validFrom && t.validTo && t.validFrom > t.validTo)
        .map((t) => JSON.stringify(t)),
    ];
    expect(backwards).toEqual([]);
  });

  it('dates carry a precision, and MONTH/YEAR dates are the first of their period', () => {
    const wrong: string[] = [];
    const check = (where: string, precision: string | undefined, ...values: Array<string | undefined>): void => {
      const present = values.filter((v): v is string => v !== undefined);
      if (present.length === 0) return;
      if (precision === undefined) wrong.push(`${where}: dates without precision`);
      for (const v of present) {
        if (precision === 'MONTH' && !v.endsWith('-01')) wrong.push(`${where}: ${v} not first of month`);
        if (precision === 'YEAR' && !v.endsWith('-01-01')) wrong.push(`${where}: ${v} not first of year`);
      }
    };
    for (const d of bundle.documents) check(d.id, d.publishedOnPrecision, d.publishedOn);
    for (const e of bundle.events) check(e.id, e.datePrecision, e.startDate, e.endDate);
    for (const c of bundle.claims) check(c.id, c.claimedOnPrecision, c.claimedOn);
    bundle.actorTies.forEach((t, i) => check(`actorTies[${i}]`, t.datePrecision, t.validFrom, t.validTo));
    bundle.actorPlaceTies.forEach((t, i) => check(`actorPlaceTies[${i}]`, t.datePrecision, t.validFrom, t.validTo));
    expect(wrong).toEqual([]);
  });

  it('every event dated more precisely than the article states explains it in a dateNote', () => {
    const unexplained = bundle.events.filter((e) => e.datePrecision === 'DAY' && !e.dateNote).map((e) => e.id);
    expect(unexplained).toEqual([]);
  });

  it('confidence is within [0, 1]', () => {
    const outOfRange = bundle.claims
      .filter((c) => c.confidence !== undefined && !(c.confidence >= 0 && c.confidence <= 1))
      .map((c) => c.id);
    expect(outOfRange).toEqual([]);
  });

  it('casualty figures are non-negative integers', () => {
    const bad = bundle.claims
      .filter((c) =>
        [c.figures?.killed, c.figures?.injured, c.figures?.civiliansKilled].some(
          (n) => n !== undefined && !(Number.isInteger(n) && n >= 0),
        ),
      )
      .map((c) => c.id);
    expect(bad).toEqual([]);
  });

  it('every claim quote appears verbatim in the article', () => {
    const article = normaliseWhitespace(articleText);
    const missing = bundle.claims
      .filter((c) => c.quote !== undefined && !article.includes(normaliseWhitespace(c.quote)))
      .map((c) => c.id);
    expect(missing).toEqual([]);
  });

  it('the document text equals seed/article.txt', () => {
    expect(bundle.documents).toHaveLength(1);
    expect(bundle.documents[0]?.text).toBe(articleText);
  });

  it('every claim is reported in the article', () => {
    const documentId = bundle.documents[0]?.id;
    expect(bundle.claims.filter((c) => c.documentId !== documentId).map((c) => c.id)).toEqual([]);
  });

  it('every actor tie and actor-place tie names who states it, in the article', () => {
    const documentId = bundle.documents[0]?.id;
    const unsourced = [
      ...bundle.actorTies.map((t) => ({
        tie: `${t.fromId} ${t.kind} ${t.toId}`,
        sourceId: t.sourceId,
        documentId: t.documentId,
      })),
      ...bundle.actorPlaceTies.map((t) => ({
        tie: `${t.actorId} ${t.kind} ${t.locationId}`,
        sourceId: t.sourceId,
        documentId: t.documentId,
      })),
    ].filter((t) => t.sourceId === undefined || t.documentId !== documentId);
    expect(unsourced).toEqual([]);
  });

  it('no claim involves the same actor twice (the graph keeps one INVOLVES link per claim and actor)', () => {
    const repeated = bundle.claims
      .filter((c) => new Set((c.involvedActors ?? []).map((i) => i.actorId)).size !== (c.involvedActors ?? []).length)
      .map((c) => c.id);
    expect(repeated).toEqual([]);
  });

  it('a district or site whose point is only the city centre or coarser says how the point was chosen', () => {
    const exactFor: Partial<Record<LocationKind, GeoPrecision[]>> = {
      DISTRICT: ['EXACT', 'DISTRICT'],
      SITE: ['EXACT'],
    };
    const unexplained = bundle.locations
      .filter((l) => exactFor[l.kind] !== undefined && !exactFor[l.kind]?.includes(l.geoPrecision) && !l.note?.trim())
      .map((l) => l.id);
    expect(unexplained).toEqual([]);
  });

  it('every event is backed by at least one claim', () => {
    const claimed = new Set(bundle.claims.map((c) => c.eventId));
    expect(bundle.events.filter((e) => !claimed.has(e.id)).map((e) => e.id)).toEqual([]);
  });

  it('the strike on Derna is attributed to the unknown warplanes and, by DMSC figures, to Egypt', () => {
    const strike = 'event:derna-airstrikes-2017-10-30';
    const attributions = bundle.claims.filter(
      (c) => c.kind === 'ATTRIBUTION' && c.eventId === strike && c.stance === 'ASSERTS',
    );
    expect(attributions.map((c) => c.actorId)).toEqual(
      expect.arrayContaining(['actor:unknown-warplanes-derna-2017-10', 'actor:egypt']),
    );
    const unknown = bundle.actors.find((a) => a.id === 'actor:unknown-warplanes-derna-2017-10');
    expect(unknown?.kind).toBe('UNKNOWN');
    expect(bundle.claims.some((c) => c.kind === 'DENIAL')).toBe(false);
  });
});
