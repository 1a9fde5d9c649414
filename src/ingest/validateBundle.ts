// Checks a bundle before any write: field values, dates, ranges, and references between entries.
import { compareDates, parseIsoDate } from '../dates/isoDates';
import type { BundleProblem, DocumentBundle } from './bundle.types';
import {
  actorKinds,
  actorPlaceTieKinds,
  actorTieKinds,
  claimKinds,
  datePrecisions,
  eventKinds,
  geoPrecisions,
  involvementRoles,
  locationKinds,
  sourceKinds,
  stances,
  type NodeKind,
} from './bundleKinds';
import { relayEventProblems } from './relayConsistency';

export type { BundleProblem };

/** A reference to a node that is not in the bundle: it must already exist in the graph. */
export interface ExternalReference {
  id: string;
  kind: NodeKind;
  field: string;
}

export interface BundleCheck {
  problems: BundleProblem[];
  externalReferences: ExternalReference[];
  /** Kind of each entry the bundle itself defines, by id. */
  definedKinds: Map<string, NodeKind>;
}

const maxIdLength = 200;
const maxTextLength = 1_000_000;

export function validateBundle(bundle: DocumentBundle): BundleCheck {
  const problems: BundleProblem[] = [];
  const definedKinds = new Map<string, NodeKind>();
  const externalReferences: ExternalReference[] = [];
  const problem = (field: string, text: string) => problems.push({ field, problem: text });

  const sections: [keyof DocumentBundle, NodeKind | undefined][] = [
    ['actors', 'Actor'],
    ['locations', 'Location'],
    ['sources', 'Source'],
    ['documents', 'Document'],
    ['events', 'Event'],
    ['claims', 'Claim'],
    ['actorTies', undefined],
    ['actorPlaceTies', undefined],
  ];
  for (const [section, kind] of sections) {
    const entries = bundle[section] as unknown;
    if (entries === undefined) continue;
    if (!Array.isArray(entries)) {
      problem(section, 'must be a list');
      continue;
    }
    if (!kind) continue;
    entries.forEach((entry: { id?: unknown }, index) => {
      const field = `${section}[${index}].id`;
      if (typeof entry?.id !== 'string' || entry.id.trim() === '') return problem(field, 'must be a non-empty string');
      if (entry.id.length > maxIdLength) return problem(field, `is longer than ${maxIdLength} characters`);
      if (definedKinds.has(entry.id)) return problem(field, `"${entry.id}" is defined twice in the bundle`);
      definedKinds.set(entry.id, kind);
    });
  }

  const text = (field: string, value: unknown, required: boolean, max = 10_000) => {
    if (value === undefined || value === null) {
      if (required) problem(field, 'is required');
      return;
    }
    if (typeof value !== 'string') return problem(field, 'must be a string');
    if (required && value.trim() === '') problem(field, 'must not be empty');
    if (value.length > max) problem(field, `is longer than ${max} characters`);
  };
  const oneOf = (field: string, value: unknown, allowed: readonly string[], required = true) => {
    if (value === undefined || value === null) {
      if (required) problem(field, `is required; one of ${allowed.join(', ')}`);
      return;
    }
    if (!allowed.includes(value as string)) problem(field, `"${String(value)}" is not one of ${allowed.join(', ')}`);
  };
  const date = (field: string, value: unknown) => {
    if (value === undefined || value === null) return undefined;
    const parsed = typeof value === 'string' ? parseIsoDate(value) : undefined;
    if (!parsed) problem(field, `"${String(value)}" is not a calendar date in YYYY-MM-DD form`);
    return parsed;
  };
  const dateRange = (
    prefix: string,
    fromField: string,
    from: unknown,
    toField: string,
    to: unknown,
    precision: unknown,
  ) => {
    const start = date(`${prefix}.${fromField}`, from);
    const end = date(`${prefix}.${toField}`, to);
    if (start && end && compareDates(start, end) > 0)
      problem(`${prefix}.${toField}`, `${String(to)} is before ${fromField} ${String(from)}`);
    oneOf(`${prefix}.datePrecision`, precision, datePrecisions, false);
  };
  const reference = (field: string, id: unknown, kind: NodeKind, required: boolean) => {
    if (id === undefined || id === null) {
      if (required) problem(field, `is required (the id of ${withArticle(kind)})`);
      return;
    }
    if (typeof id !== 'string' || id === '') return problem(field, `must be the id of ${withArticle(kind)}`);
    const defined = definedKinds.get(id);
    if (defined === undefined) externalReferences.push({ id, kind, field });
    else if (defined !== kind)
      problem(field, `"${id}" is ${withArticle(defined)} in this bundle, not ${withArticle(kind)}`);
  };
  const count = (field: string, value: unknown) => {
    if (value === undefined || value === null) return;
    if (!Number.isInteger(value) || (value as number) < 0)
      problem(field, `${String(value)} is not a whole number >= 0`);
  };

  (bundle.actors ?? []).forEach((actor, i) => {
    const at = `actors[${i}]`;
    text(`${at}.name`, actor.name, true, 500);
    oneOf(`${at}.kind`, actor.kind, actorKinds);
    if (
      actor.aliases !== undefined &&
      (!Array.isArray(actor.aliases) || actor.aliases.some((a) => typeof a !== 'string' || a.trim() === ''))
    ) {
      problem(`${at}.aliases`, 'must be a list of non-empty strings');
    }
    if (actor.countryCode !== undefined && !/^[A-Z]{2}$/.test(actor.countryCode))
      problem(`${at}.countryCode`, `"${actor.countryCode}" is not an ISO 3166-1 alpha-2 code such as LY`);
    text(`${at}.description`, actor.description, false);
    if (
      actor.externalIds !== undefined &&
      (!Array.isArray(actor.externalIds) ||
        actor.externalIds.some((x) => typeof x !== 'string' || x.trim() === '' || x.length > 200))
    ) {
      problem(`${at}.externalIds`, 'must be a list of non-empty strings of at most 200 characters');
    }
  });
  (bundle.actorTies ?? []).forEach((tie, i) => {
    const at = `actorTies[${i}]`;
    reference(`${at}.fromId`, tie.fromId, 'Actor', true);
    reference(`${at}.toId`, tie.toId, 'Actor', true);
    if (tie.fromId === tie.toId) problem(`${at}.toId`, 'an actor cannot be tied to itself');
    oneOf(`${at}.kind`, tie.kind, actorTieKinds);
    dateRange(at, 'validFrom', tie.validFrom, 'validTo', tie.validTo, tie.datePrecision);
    reference(`${at}.sourceId`, tie.sourceId, 'Source', false);
    reference(`${at}.documentId`, tie.documentId, 'Document', false);
  });
  (bundle.actorPlaceTies ?? []).forEach((tie, i) => {
    const at = `actorPlaceTies[${i}]`;
    reference(`${at}.actorId`, tie.actorId, 'Actor', true);
    reference(`${at}.locationId`, tie.locationId, 'Location', true);
    oneOf(`${at}.kind`, tie.kind, actorPlaceTieKinds);
    dateRange(at, 'validFrom', tie.validFrom, 'validTo', tie.validTo, tie.datePrecision);
    reference(`${at}.sourceId`, tie.sourceId, 'Source', false);
    reference(`${at}.documentId`, tie.documentId, 'Document', false);
  });
  (bundle.locations ?? []).forEach((location, i) => {
    const at = `locations[${i}]`;
    text(`${at}.name`, location.name, true, 500);
    oneOf(`${at}.kind`, location.kind, locationKinds);
    oneOf(`${at}.geoPrecision`, location.geoPrecision, geoPrecisions);
    if (typeof location.latitude !== 'number' || !(location.latitude >= -90 && location.latitude <= 90))
      problem(`${at}.latitude`, `${String(location.latitude)} is not a latitude between -90 and 90`);
    if (typeof location.longitude !== 'number' || !(location.longitude >= -180 && location.longitude <= 180))
      problem(`${at}.longitude`, `${String(location.longitude)} is not a longitude between -180 and 180`);
    reference(`${at}.parentId`, location.parentId, 'Location', false);
    if (location.parentId === location.id) problem(`${at}.parentId`, 'a location cannot be its own parent');
    text(`${at}.note`, location.note, false);
  });
  (bundle.sources ?? []).forEach((source, i) => {
    const at = `sources[${i}]`;
    text(`${at}.name`, source.name, true, 500);
    oneOf(`${at}.kind`, source.kind, sourceKinds);
    text(`${at}.url`, source.url, false, 2000);
    reference(`${at}.affiliatedActorId`, source.affiliatedActorId, 'Actor', false);
  });
  (bundle.documents ?? []).forEach((document, i) => {
    const at = `documents[${i}]`;
    text(`${at}.title`, document.title, true, 1000);
    text(`${at}.url`, document.url, false, 2000);
    text(`${at}.text`, document.text, false, maxTextLength);
    reference(`${at}.publisherId`, document.publisherId, 'Source', false);
    date(`${at}.publishedOn`, document.publishedOn);
    oneOf(`${at}.publishedOnPrecision`, document.publishedOnPrecision, datePrecisions, false);
  });
  (bundle.events ?? []).forEach((event, i) => {
    const at = `events[${i}]`;
    text(`${at}.title`, event.title, true, 1000);
    oneOf(`${at}.kind`, event.kind, eventKinds);
    dateRange(at, 'startDate', event.startDate, 'endDate', event.endDate, event.datePrecision);
    if (event.endDate && !event.startDate) problem(`${at}.startDate`, 'is required when endDate is given');
    reference(`${at}.locationId`, event.locationId, 'Location', false);
    reference(`${at}.partOfEventId`, event.partOfEventId, 'Event', false);
    if (event.partOfEventId === event.id) problem(`${at}.partOfEventId`, 'an event cannot be part of itself');
  });
  (bundle.claims ?? []).forEach((claim, i) => {
    const at = `claims[${i}]`;
    oneOf(`${at}.kind`, claim.kind, claimKinds);
    oneOf(`${at}.stance`, claim.stance, stances);
    reference(`${at}.sourceId`, claim.sourceId, 'Source', true);
    reference(`${at}.eventId`, claim.eventId, 'Event', true);
    reference(`${at}.actorId`, claim.actorId, 'Actor', false);
    reference(`${at}.documentId`, claim.documentId, 'Document', false);
    reference(`${at}.relaysClaimId`, claim.relaysClaimId, 'Claim', false);
    if (claim.relaysClaimId === claim.id) problem(`${at}.relaysClaimId`, 'a claim cannot relay itself');
    text(`${at}.quote`, claim.quote, false);
    if (
      claim.confidence !== undefined &&
      (typeof claim.confidence !== 'number' || !(claim.confidence >= 0 && claim.confidence <= 1))
    ) {
      problem(`${at}.confidence`, `${String(claim.confidence)} is not a number between 0 and 1`);
    }
    (claim.involvedActors ?? []).forEach((involvement, j) => {
      reference(`${at}.involvedActors[${j}].actorId`, involvement?.actorId, 'Actor', true);
      oneOf(`${at}.involvedActors[${j}].role`, involvement?.role, involvementRoles);
    });
    if (claim.figures) {
      for (const key of [
        'killed',
        'injured',
        'civiliansKilled',
        'killedLow',
        'killedHigh',
        'unknownStatusKilled',
      ] as const)
        count(`${at}.figures.${key}`, claim.figures[key]);
      (claim.figures.killedAmong ?? []).forEach((entry, j) => {
        reference(`${at}.figures.killedAmong[${j}].actorId`, entry?.actorId, 'Actor', true);
        count(`${at}.figures.killedAmong[${j}].killed`, entry?.killed ?? null);
        if (entry?.killed === undefined || entry?.killed === null)
          problem(`${at}.figures.killedAmong[${j}].killed`, 'is required');
      });
    }
    date(`${at}.claimedOn`, claim.claimedOn);
    oneOf(`${at}.claimedOnPrecision`, claim.claimedOnPrecision, datePrecisions, false);
    if (
      (claim.kind === 'ATTRIBUTION' || claim.kind === 'DENIAL' || claim.kind === 'RESPONSIBILITY_CLAIM') &&
      !claim.actorId
    ) {
      problem(
        `${at}.actorId`,
        `is required for ${withArticle(claim.kind)} claim (use the unknown actor when the report names none)`,
      );
    }
  });
  problems.push(...relayCycles(bundle));
  problems.push(...relayEventProblems(bundle));
  return { problems, externalReferences, definedKinds };
}

export function withArticle(word: string): string {
  return `${/^[AEIOU]/i.test(word) ? 'an' : 'a'} ${word}`;
}

function relayCycles(bundle: DocumentBundle): BundleProblem[] {
  const relays = new Map(
    (bundle.claims ?? []).filter((c) => c.relaysClaimId).map((c) => [c.id, c.relaysClaimId as string]),
  );
  const problems: BundleProblem[] = [];
  for (const start of relays.keys()) {
    const seen = new Set([start]);
    let next = relays.get(start);
    while (next !== undefined) {
      if (seen.has(next)) {
        if (next === start)
          problems.push({
            field: `claims(${start}).relaysClaimId`,
            problem: `relays form a cycle: ${[...seen].join(' -> ')} -> ${next}`,
          });
        break;
      }
      seen.add(next);
      next = relays.get(next);
    }
  }
  return problems;
}
