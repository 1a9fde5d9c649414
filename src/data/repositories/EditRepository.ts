// Editors' writes: create and update actors, locations, sources, documents and events, add and retract claims.
// Each is one write transaction that checks the entry the way ingest does (validateBundle), derives the stored
// properties the way ingest does (bundleRows) and records who wrote and when.
import neo4j, { type DateTime } from 'neo4j-driver';

import type { Database, WriteTransaction } from '../../db/database';
import { editKinds, type EditableKind } from '../../edit/editKinds';
import { entryFromNode, patched, type Entry } from '../../edit/entryFromNode';
import { newEntityId } from '../../edit/newEntityId';
import { BadInputError } from '../../errors/BadInputError';
import { ConflictError } from '../../errors/ConflictError';
import { NotFoundError } from '../../errors/NotFoundError';
import type { DocumentBundle } from '../../ingest/bundle.types';
import type { NodeKind } from '../../ingest/bundleKinds';
import { bundleRows, type NodeRow } from '../../ingest/bundleRows';
import { refuseRelaysAcrossEvents } from '../../ingest/relayConsistency';
import { validateBundle, withArticle } from '../../ingest/validateBundle';

/** A create: the entry's fields, with `id` optional (generated from the name when absent). */
export type NewEntry = Record<string, unknown> & { id?: string | null };

interface Writer {
  now: DateTime<number>;
  by: string;
}

export class EditRepository {
  constructor(private readonly db: Database) {}

  /** Creates a node; CONFLICT when the id is taken by any kind of node. Returns the id. */
  create(kind: NodeKind, input: NewEntry, by: string): Promise<string> {
    const spec = editKinds[kind];
    const givenId = typeof input.id === 'string' ? input.id : undefined;
    const withoutNulls = patched({ id: givenId ?? `${spec.idPrefix}:new` }, input);
    // Checked before the transaction opens; a generated id is new, so nothing can refer to it yet.
    const check = checked(kind, withoutNulls);
    return this.db.write(async (tx) => {
      const id = givenId ?? (await newEntityId(tx, spec.idPrefix, nameFor(kind, withoutNulls)));
      const entry = { ...withoutNulls, id };
      const existing = await existingKinds(tx, [id, ...check.externalReferences.map((r) => r.id)]);
      const taken = existing.get(id);
      if (taken)
        throw new ConflictError(
          `id "${id}" is already taken by ${withArticle(taken.join('/'))}; choose another id, or leave id out to have one generated`,
        );
      checkReferences(check.externalReferences, existing);
      const rows = rowsOf(kind, entry);
      const writer = writerNow(by);
      await tx.run('createNode', { ...writer, label: kind, id, props: rows.node.props });
      await tx.run('createLinks', { ...writer, links: rows.links });
      if (kind === 'Event') await tx.run('copyEventPoints', { eventIds: [id] });
      if (kind === 'Claim') await refuseRelaysAcrossEvents(tx, { claimIds: [id], eventIds: [] }, () => 'relaysClaimId');
      return id;
    });
  }

  /** Changes the given fields of a node (absent: unchanged, null: cleared); NOT_FOUND for an unknown id. */
  update(kind: EditableKind, id: string, patch: object, by: string): Promise<void> {
    return this.db.write(async (tx) => {
      const [stored] = await tx.run('editableNode', { id, linkTypes: editKinds[kind].links.map((link) => link.type) });
      if (!stored || !stored.kinds.includes(kind)) throw new NotFoundError(kind, id, 'id');
      const entry = patched(entryFromNode(kind, id, stored), patch);
      const check = checked(kind, entry);
      checkReferences(
        check.externalReferences,
        await existingKinds(
          tx,
          check.externalReferences.map((r) => r.id),
        ),
      );
      await refuseHierarchyCycle(tx, kind, entry);
      const rows = rowsOf(kind, entry);
      const writer = writerNow(by);
      // Properties the entry no longer produces are removed; null removes a property in SET +=.
      const cleared = Object.fromEntries(
        editKinds[kind].properties
          .filter((key) => !(key in rows.node.props) && stored.props[key] != null)
          .map((key) => [key, null]),
      );
      await tx.run('updateNodeProperties', { ...writer, id, props: { ...rows.node.props, ...cleared } });
      const unlinked = editKinds[kind].links.filter(({ field }) => entry[field] === undefined).map(({ type }) => type);
      if (unlinked.length > 0) await tx.run('deleteLinksOfTypes', { ...writer, fromId: id, types: unlinked });
      await tx.run('deleteReplacedLinks', { ...writer, links: rows.replacedLinks });
      await tx.run('mergeLinks', { ...writer, links: rows.links });
      if (kind === 'Event') await tx.run('copyEventPoints', { eventIds: [id] });
      // Moving an event out of (or under) another may part a relay from what it relays.
      if (kind === 'Event' && 'partOfEventId' in patch)
        await refuseRelaysAcrossEvents(tx, { claimIds: [], eventIds: [id] }, () => 'partOfEventId');
      if (kind === 'Location') await tx.run('copyPointToEventsAt', { locationId: id });
    });
  }

  /** Marks a claim retracted; NOT_FOUND for an unknown claim, CONFLICT when it already is retracted. */
  async retractClaim(id: string, reason: string, by: string): Promise<void> {
    await this.db.write(async (tx) => {
      const [row] = await tx.run('retractClaim', { ...writerNow(by), id, reason });
      if (!row) throw new NotFoundError('Claim', id, 'id');
      if (row.alreadyRetracted)
        throw new ConflictError(`claim "${id}" is already retracted; a retraction cannot be repeated or changed`);
    });
  }
}

function writerNow(by: string): Writer {
  return { now: neo4j.types.DateTime.fromStandardDate(new Date()), by };
}

function nameFor(kind: NodeKind, entry: Entry): string {
  if (kind === 'Claim')
    return `${String(entry.sourceId).replace(/^[^:]*:/, '')} on ${String(entry.eventId).replace(/^[^:]*:/, '')}`;
  return String(entry[editKinds[kind].nameField] ?? '');
}

/** Runs ingest's checks on a one-entry bundle; a problem becomes BAD_USER_INPUT naming the input field. */
function checked(kind: NodeKind, entry: Entry) {
  const section = editKinds[kind].section;
  const check = validateBundle({ [section]: [entry] } as unknown as DocumentBundle);
  if (check.problems.length > 0) {
    const problems = check.problems.map((p) => ({ field: inputField(p.field), problem: p.problem }));
    throw new BadInputError(problems[0].field, problems[0].problem, { problems });
  }
  return { externalReferences: check.externalReferences.map((r) => ({ ...r, field: inputField(r.field) })) };
}

/** `events[0].locationId` -> `locationId`: the field as the mutation's input names it. */
function inputField(bundleField: string): string {
  return bundleField.replace(/^\w+\[0\]\./, '').replace(/^\w+\([^)]*\)\./, '');
}

async function existingKinds(tx: WriteTransaction, ids: string[]): Promise<Map<string, string[]>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.run('findExistingNodes', { ids: [...new Set(ids)] });
  return new Map(rows.map((row) => [row.id, row.kinds]));
}

/** A reference must name an existing node of the right kind; otherwise NOT_FOUND naming the field. */
function checkReferences(
  references: { id: string; kind: NodeKind; field: string }[],
  existing: Map<string, string[]>,
): void {
  for (const reference of references) {
    if (!existing.get(reference.id)?.includes(reference.kind))
      throw new NotFoundError(reference.kind, reference.id, reference.field);
  }
}

/** A new node cannot be inside anything yet; an updated location's parent or event's larger event must not lie inside it. */
async function refuseHierarchyCycle(tx: WriteTransaction, kind: NodeKind, entry: Entry): Promise<void> {
  const field = kind === 'Location' ? 'parentId' : kind === 'Event' ? 'partOfEventId' : undefined;
  const toId = field ? entry[field] : undefined;
  if (!field || typeof toId !== 'string') return;
  const [{ cycle }] = await tx.run('partOfCycle', { fromId: entry.id, toId });
  if (cycle) throw new BadInputError(field, `"${toId}" is itself part of "${entry.id}"; that would make a loop`);
}

function rowsOf(kind: NodeKind, entry: Entry) {
  const rows = bundleRows({ [editKinds[kind].section]: [entry] } as unknown as DocumentBundle);
  const node = (rows[editKinds[kind].section] as NodeRow[])[0];
  return { node, links: rows.links, replacedLinks: rows.replacedLinks };
}
