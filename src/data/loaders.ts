// Per-request DataLoaders: nested fields of a whole page cost one query per kind, not one per item.
import DataLoader from 'dataloader';

import type { Database } from '../db/database';
import type { ActorTieRow, AuditMap } from '../db/statementRows';
import type {
  ActorNode,
  ClaimNode,
  ClaimWithOrigin,
  DocumentNode,
  EventNode,
  LocationNode,
  SourceNode,
} from './graphNodes';
import { instant, toActor, toClaim, toClaimWithOrigin, toDocument, toEvent, toLocation, toSource } from './mappers';

/** What an importer recorded on a node from a dataset (datasetFieldsByIds): null where nothing was. */
export interface DatasetFields {
  id: string;
  datasetName: string | null;
  datasetRecordId: string | null;
  datasetEventType: string | null;
  datasetSubEventType: string | null;
  datasetOriginalEventType: string | null;
  datasetOriginalSubEventType: string | null;
  /** Epoch milliseconds. */
  version: number | null;
  deletedAt: number | null;
  nameAcronym: string | null;
  nameBase: string | null;
  nameStateBody: string | null;
  nameCountry: string | null;
  nameSince: number | null;
  nameUntil: number | null;
  nameQualifier: string | null;
  nameGeneric: string | null;
}

/** Who wrote a node and when it was created (createdBy, updatedBy, retractedBy on the GraphQL types). */
export interface NodeAudit {
  id: string;
  createdAt: string | null;
  createdBy: string | null;
  updatedBy: string | null;
  retractedBy: string | null;
}

const toAudit = (row: AuditMap): NodeAudit => ({
  id: row.id,
  createdAt: instant(row.createdAt),
  createdBy: row.createdBy ?? null,
  updatedBy: row.updatedBy ?? null,
  retractedBy: row.retractedBy ?? null,
});

export type { ActorTieRow };

/** A loader over a byIds statement: `find` gives each object found with the id it answers. */
function byId<T>(find: (ids: string[]) => Promise<(readonly [string, T])[]>) {
  return new DataLoader<string, T | undefined>(async (ids) => {
    const found = new Map(await find([...ids]));
    return ids.map((id) => found.get(id));
  });
}

/** An object under its own id; only statements that follow redirects (actors, events, locations by ids) answer another. */
const underOwnId = <T extends { id: string }>(item: T) => [item.id, item] as const;

function groupedBy<T>(keys: readonly string[], rows: { key: string; value: T }[]): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const { key, value } of rows) groups.get(key)?.push(value);
  return keys.map((key) => groups.get(key) ?? []);
}

export function createLoaders(db: Database) {
  const actor = byId<ActorNode>(async (ids) =>
    (await db.read('actorsByIds', { ids })).map((row) => [row.requestedId, toActor(row.actor)] as const),
  );
  const source = byId<SourceNode>(async (ids) =>
    (await db.read('sourcesByIds', { ids })).map((row) => underOwnId(toSource(row.source))),
  );
  const event = byId<EventNode>(async (ids) =>
    (await db.read('eventsByIds', { ids })).map((row) => [row.requestedId, toEvent(row.event)] as const),
  );
  // Claims about an event or any of its parts: the event's derived answers roll its parts up, and its own claims are
  // the ones whose eventId is its own (ownClaims), so both come from one statement.
  const claimsCovering = (includeRetracted: boolean) =>
    new DataLoader<string, ClaimWithOrigin[]>(async (eventIds) => {
      const rows = await db.read('claimsAboutEvents', { eventIds: [...eventIds], includeRetracted });
      // The claims' sources, blamed actors and parts come along: attributions, claim lists and breakdowns show them,
      // now without a trip.
      for (const row of rows) {
        source.prime(row.source.id as string, toSource(row.source));
        if (row.actor) actor.prime(row.actor.id as string, toActor(row.actor));
        if (row.part) event.prime(row.part.id as string, toEvent(row.part));
      }
      return groupedBy(
        eventIds,
        rows.map((row) => ({ key: row.eventId, value: toClaimWithOrigin(row.claim) })),
      );
    });
  const location = byId<LocationNode>(async (ids) =>
    (await db.read('locationsByIds', { ids })).map((row) => [row.requestedId, toLocation(row.location)] as const),
  );
  return {
    actor,
    location,
    source,
    document: byId<DocumentNode>(async (ids) =>
      (await db.read('documentsByIds', { ids })).map((row) => underOwnId(toDocument(row.document))),
    ),
    documentText: new DataLoader<string, string | null>(async (documentIds) => {
      const rows = await db.read('documentTextsByIds', { ids: [...documentIds] });
      const found = new Map(rows.map((row) => [row.id, row.text]));
      return documentIds.map((id) => found.get(id) ?? null);
    }),
    event,
    claim: byId<ClaimNode>(async (ids) =>
      (await db.read('claimsByIds', { ids })).map((row) => underOwnId(toClaim(row.claim))),
    ),
    /** Unretracted claims about the event or any of its parts. */
    claimsCoveringEvent: claimsCovering(false),
    claimsCoveringEventWithRetracted: claimsCovering(true),
    relaysOfClaim: new DataLoader<string, string[]>(async (claimIds) => {
      const rows = await db.read('claimsRelayingClaims', { claimIds: [...claimIds] });
      const found = new Map(rows.map((row) => [row.claimId, row.relayIds]));
      return claimIds.map((id) => found.get(id) ?? []);
    }),
    audit: byId<NodeAudit>(async (ids) =>
      (await db.read('auditByIds', { ids })).map((row) => underOwnId(toAudit(row.audit))),
    ),
    actorExternalIds: new DataLoader<string, string[]>(async (actorIds) => {
      const rows = await db.read('actorExternalIdsByIds', { ids: [...actorIds] });
      const found = new Map(rows.map((row) => [row.id, row.externalIds]));
      return actorIds.map((id) => found.get(id) ?? []);
    }),
    datasetFields: byId<DatasetFields>(async (ids) =>
      (await db.read('datasetFieldsByIds', { ids })).map((row) => underOwnId(row.fields as unknown as DatasetFields)),
    ),
    actorTies: new DataLoader<string, ActorTieRow[]>(async (actorIds) => {
      const rows = await db.read('actorTies', { actorIds: [...actorIds] });
      // The other ends come along: a tie's actor or place needs no trip of its own.
      for (const row of rows) {
        if (row.otherActor) actor.prime(row.otherId, toActor(row.otherActor));
        if (row.otherLocation) location.prime(row.otherId, toLocation(row.otherLocation));
      }
      return groupedBy(
        actorIds,
        rows.map((row) => ({ key: row.actorId, value: row })),
      );
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** The claims about the event itself, out of those about it and its parts. */
export async function ownClaims(
  loader: DataLoader<string, ClaimWithOrigin[]>,
  eventId: string,
): Promise<ClaimWithOrigin[]> {
  return (await loader.load(eventId)).filter((claim) => claim.eventId === eventId);
}
