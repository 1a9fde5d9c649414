// Per-request DataLoaders: nested fields of a whole page cost one query per kind, not one per item.
import DataLoader from 'dataloader';
import type { Actor } from '../schema/actor.type';
import type { Claim } from '../schema/claim.type';
import type { Document } from '../schema/document.type';
import type { Event } from '../schema/event.type';
import type { Location } from '../schema/location.type';
import type { Source } from '../schema/source.type';
import type { Database } from './database';
import { instant, toActor, toClaim, toClaimWithOrigin, toDocument, toEvent, toLocation, toSource, type ClaimWithOrigin } from './mappers';
import type { StatementName } from './statements';

/** Who wrote a node and when it was created (createdBy, updatedBy, retractedBy on the GraphQL types). */
export interface NodeAudit {
  id: string;
  createdAt: string | null;
  createdBy: string | null;
  updatedBy: string | null;
  retractedBy: string | null;
}

const toAudit = (row: Record<string, unknown>): NodeAudit => ({
  id: row.id as string,
  createdAt: instant(row.createdAt),
  createdBy: (row.createdBy as string | null) ?? null,
  updatedBy: (row.updatedBy as string | null) ?? null,
  retractedBy: (row.retractedBy as string | null) ?? null,
});

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

export interface ActorTieRow {
  actorId: string;
  type: string;
  direction: 'OUT' | 'IN';
  otherId: string;
  otherKind: 'Actor' | 'Location';
  validFrom: string | null;
  validTo: string | null;
  datePrecision: string | null;
  note: string | null;
  sourceId: string | null;
  documentId: string | null;
}

function byId<T extends { id: string }>(db: Database, statement: StatementName, column: string, map: (row: Record<string, unknown>) => T) {
  return new DataLoader<string, T | undefined>(async (ids) => {
    const rows = await db.read<Record<string, Record<string, unknown>>>(statement, { ids: [...ids] });
    // A statement that follows redirects (actorsByIds) says which id each row answers; the others answer their own id.
    const found = new Map(rows.map((row) => {
      const item = map(row[column]);
      return [typeof row.requestedId === 'string' ? row.requestedId : item.id, item] as const;
    }));
    return ids.map((id) => found.get(id));
  });
}

function groupedBy<T>(keys: readonly string[], rows: { key: string; value: T }[]): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const { key, value } of rows) groups.get(key)?.push(value);
  return keys.map((key) => groups.get(key) ?? []);
}

export function createLoaders(db: Database) {
  const actor = byId<Actor>(db, 'actorsByIds', 'actor', toActor);
  const source = byId<Source>(db, 'sourcesByIds', 'source', toSource);
  const claimsAbout = (includeRetracted: boolean) =>
    new DataLoader<string, ClaimWithOrigin[]>(async (eventIds) => {
      const rows = await db.read<{ eventId: string; claim: Record<string, unknown>; source: Record<string, unknown>; actor: Record<string, unknown> | null }>(
        'claimsAboutEvents', { eventIds: [...eventIds], includeRetracted });
      // The claims' sources and blamed actors come along: attributions and claim lists show them, now without a trip.
      for (const row of rows) {
        source.prime(row.source.id as string, toSource(row.source));
        if (row.actor) actor.prime(row.actor.id as string, toActor(row.actor));
      }
      return groupedBy(eventIds, rows.map((row) => ({ key: row.eventId, value: toClaimWithOrigin(row.claim) })));
    });
  return {
    actor,
    location: byId<Location>(db, 'locationsByIds', 'location', toLocation),
    source,
    document: byId<Document>(db, 'documentsByIds', 'document', toDocument),
    documentText: new DataLoader<string, string | null>(async (documentIds) => {
      const rows = await db.read<{ id: string; text: string | null }>('documentTextsByIds', { ids: [...documentIds] });
      const found = new Map(rows.map((row) => [row.id, row.text]));
      return documentIds.map((id) => found.get(id) ?? null);
    }),
    event: byId<Event>(db, 'eventsByIds', 'event', toEvent),
    claim: byId<Claim>(db, 'claimsByIds', 'claim', toClaim),
    claimsAboutEvent: claimsAbout(false),
    claimsAboutEventWithRetracted: claimsAbout(true),
    relaysOfClaim: new DataLoader<string, string[]>(async (claimIds) => {
      const rows = await db.read<{ claimId: string; relayIds: string[] }>('claimsRelayingClaims', { claimIds: [...claimIds] });
      const found = new Map(rows.map((row) => [row.claimId, row.relayIds]));
      return claimIds.map((id) => found.get(id) ?? []);
    }),
    audit: byId<NodeAudit>(db, 'auditByIds', 'audit', toAudit),
    datasetFields: byId<DatasetFields>(db, 'datasetFieldsByIds', 'fields', (row) => row as unknown as DatasetFields),
    actorTies: new DataLoader<string, ActorTieRow[]>(async (actorIds) => {
      const rows = await db.read<ActorTieRow>('actorTies', { actorIds: [...actorIds] });
      return groupedBy(actorIds, rows.map((row) => ({ key: row.actorId, value: row })));
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
