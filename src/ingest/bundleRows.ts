// Turns a validated bundle into the property rows and links the ingest statements write.
import neo4j from 'neo4j-driver';

import { eventDateText, lastDayCovered, parseIsoDate, toNeo4jDate } from '../dates/isoDates';
import { normalizeName } from '../text/normalizeName';
import { eventOriginOfId } from '../vocabulary/EventOrigin';
import type {
  BundleActorPlaceTie,
  BundleActorTie,
  BundleClaim,
  BundleEvent,
  DatePrecision,
  DocumentBundle,
} from './bundle.types';

export interface NodeRow {
  id: string;
  props: Record<string, unknown>;
}

export interface LinkRow {
  fromId: string;
  type: string;
  toId: string;
  props: Record<string, unknown>;
}

/** A single-valued link: the bundle's target replaces whatever the start node pointed to. */
export interface ReplacedLinkRow {
  fromId: string;
  type: string;
  toId: string;
}

export interface BundleRows {
  actors: NodeRow[];
  locations: NodeRow[];
  sources: NodeRow[];
  documents: NodeRow[];
  events: NodeRow[];
  claims: NodeRow[];
  links: LinkRow[];
  replacedLinks: ReplacedLinkRow[];
}

/** Drops absent values: a bundle that leaves a field out does not erase what the graph holds. */
function present(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([, value]) => value !== undefined && value !== null));
}

function dateOf(text: string | undefined) {
  const parsed = text ? parseIsoDate(text) : undefined;
  return parsed ? toNeo4jDate(parsed) : undefined;
}

/** The day range an event covers: with no end date, the end is the last day the precision allows. */
function eventDates(start: string | undefined, end: string | undefined, precision: DatePrecision | undefined) {
  const startDate = start ? parseIsoDate(start) : undefined;
  if (!startDate) return {};
  const endDate = (end ? parseIsoDate(end) : undefined) ?? lastDayCovered(startDate, precision ?? 'DAY');
  return {
    startDate: toNeo4jDate(startDate),
    endDate: toNeo4jDate(endDate),
    datePrecision: precision ?? 'DAY',
    // The dates in words, which full-text search finds ("October 2017").
    dateText: eventDateText(startDate, endDate, precision ?? 'DAY'),
  };
}

function tieProps(tie: BundleActorTie | BundleActorPlaceTie) {
  return present({
    validFrom: dateOf(tie.validFrom),
    validTo: dateOf(tie.validTo),
    datePrecision: tie.validFrom || tie.validTo ? (tie.datePrecision ?? 'DAY') : undefined,
    note: tie.note,
    sourceId: tie.sourceId,
    documentId: tie.documentId,
  });
}

function names(name: string, aliases: string[] | undefined) {
  const all = [name, ...(aliases ?? [])];
  return {
    aliases: aliases ?? [],
    aliasText: (aliases ?? []).join(' | '),
    nameKeys: [...new Set(all.map(normalizeName))],
  };
}

/** An event's node properties, as ingest writes them (absent values left out). */
export function eventProps(e: BundleEvent): Record<string, unknown> {
  return present({
    kind: e.kind,
    title: e.title,
    description: e.description,
    dateNote: e.dateNote,
    ...eventDates(e.startDate, e.endDate, e.datePrecision),
    origin: eventOriginOfId(e.id),
  });
}

/** A claim's node properties, as ingest writes them (absent values left out). */
export function claimProps(c: BundleClaim): Record<string, unknown> {
  return present({
    kind: c.kind,
    stance: c.stance,
    quote: c.quote,
    confidence: c.confidence,
    killed: c.figures?.killed,
    injured: c.figures?.injured,
    civiliansKilled: c.figures?.civiliansKilled,
    killedLow: c.figures?.killedLow,
    killedHigh: c.figures?.killedHigh,
    unknownStatusKilled: c.figures?.unknownStatusKilled,
    // A property cannot hold a list of pairs: the parties and their dead are two lists in step.
    killedAmongActorIds: c.figures?.killedAmong?.map((entry) => entry.actorId),
    killedAmongCounts: c.figures?.killedAmong?.map((entry) => entry.killed),
    figuresAreMinimum: c.figures ? (c.figures.isMinimum ?? false) : undefined,
    claimedOn: dateOf(c.claimedOn),
    claimedOnPrecision: c.claimedOn ? (c.claimedOnPrecision ?? 'DAY') : undefined,
    note: c.note,
  });
}

export function bundleRows(bundle: DocumentBundle): BundleRows {
  const links: LinkRow[] = [];
  const replacedLinks: ReplacedLinkRow[] = [];
  const single = (fromId: string, type: string, toId: string | undefined, props: Record<string, unknown> = {}) => {
    // Like absent properties, an absent link leaves the graph's one in place.
    if (!toId) return;
    replacedLinks.push({ fromId, type, toId });
    links.push({ fromId, type, toId, props });
  };

  const actors = (bundle.actors ?? []).map((a) => ({
    id: a.id,
    props: present({
      name: a.name,
      kind: a.kind,
      countryCode: a.countryCode,
      description: a.description,
      externalIds: a.externalIds,
      ...names(a.name, a.aliases),
    }),
  }));
  for (const tie of bundle.actorTies ?? []) {
    links.push({
      fromId: tie.fromId,
      type: tie.kind,
      toId: tie.toId,
      props: tieProps(tie),
    });
  }
  for (const tie of bundle.actorPlaceTies ?? []) {
    links.push({
      fromId: tie.actorId,
      type: tie.kind,
      toId: tie.locationId,
      props: tieProps(tie),
    });
  }

  const locations = (bundle.locations ?? []).map((l) => {
    single(l.id, 'PART_OF', l.parentId);
    return {
      id: l.id,
      props: present({
        name: l.name,
        kind: l.kind,
        point: new neo4j.types.Point(4326, l.longitude, l.latitude),
        geoPrecision: l.geoPrecision,
        countryCode: l.countryCode,
        note: l.note,
        ...names(l.name, l.aliases),
      }),
    };
  });

  const sources = (bundle.sources ?? []).map((s) => {
    single(s.id, 'AFFILIATED_WITH', s.affiliatedActorId);
    return {
      id: s.id,
      props: present({
        name: s.name,
        kind: s.kind,
        url: s.url,
        description: s.description,
        nameKeys: [normalizeName(s.name)],
      }),
    };
  });

  const documents = (bundle.documents ?? []).map((d) => {
    single(d.id, 'PUBLISHED_BY', d.publisherId);
    return {
      id: d.id,
      props: present({
        title: d.title,
        url: d.url,
        publishedOn: dateOf(d.publishedOn),
        publishedOnPrecision: d.publishedOn ? (d.publishedOnPrecision ?? 'DAY') : undefined,
        language: d.language,
        text: d.text,
      }),
    };
  });

  const events = (bundle.events ?? []).map((e) => {
    single(e.id, 'OCCURRED_IN', e.locationId);
    single(e.id, 'PART_OF', e.partOfEventId);
    return {
      id: e.id,
      props: eventProps(e),
    };
  });

  const claims = (bundle.claims ?? []).map((c) => {
    // The maker is part of a claim's identity, so MADE is merged, never replaced.
    links.push({ fromId: c.sourceId, type: 'MADE', toId: c.id, props: {} });
    single(c.id, 'ABOUT', c.eventId);
    single(c.id, 'ATTRIBUTES_TO', c.actorId);
    single(c.id, 'REPORTED_IN', c.documentId);
    single(c.id, 'RELAYS', c.relaysClaimId);
    for (const involvement of c.involvedActors ?? [])
      links.push({ fromId: c.id, type: 'INVOLVES', toId: involvement.actorId, props: { role: involvement.role } });
    return {
      id: c.id,
      props: claimProps(c),
    };
  });

  return { actors, locations, sources, documents, events, claims, links: oneLinkPerKey(links), replacedLinks };
}

/** One relationship per (from, type, to), as MERGE would keep it: a repeated link adds its properties to the first. */
export function oneLinkPerKey(links: LinkRow[]): LinkRow[] {
  const byKey = new Map<string, LinkRow>();
  for (const link of links) {
    const key = JSON.stringify([link.fromId, link.type, link.toId]);
    const earlier = byKey.get(key);
    byKey.set(key, earlier ? { ...link, props: { ...earlier.props, ...link.props } } : link);
  }
  return [...byKey.values()];
}
