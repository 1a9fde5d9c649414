// What importers recorded from a dataset: an event's source row (`Event.datasetRecord`) and an actor's name read by
// ACLED's conventions (`Actor.nameParts`). One batched read per page, whatever the number of nodes.
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { RequestContext } from '../context';
import { instant } from '../data/mappers';
import { Actor } from '../schema/actor.type';
import { ActorNameParts } from '../schema/actorNameParts.type';
import { DatasetRecord } from '../schema/datasetRecord.type';
import { Event } from '../schema/event.type';

@Resolver(() => Event)
export class EventDatasetRecordResolver {
  @FieldResolver(() => DatasetRecord, {
    nullable: true,
    description:
      'The dataset row (ACLED) the event was imported from, with its types as the file wrote them; null for events not imported from one.',
  })
  async datasetRecord(@Root() event: Event, @Ctx() ctx: RequestContext): Promise<DatasetRecord | null> {
    const fields = await ctx.loaders.datasetFields.load(event.id);
    if (!fields?.datasetName || !fields.datasetRecordId) return null;
    return Object.assign(new DatasetRecord(), {
      dataset: fields.datasetName,
      recordId: fields.datasetRecordId,
      eventType: fields.datasetEventType,
      subEventType: fields.datasetSubEventType,
      originalEventType: fields.datasetOriginalEventType,
      originalSubEventType: fields.datasetOriginalSubEventType,
      version: instant(fields.version),
      deletedAt: instant(fields.deletedAt),
    });
  }
}

@Resolver(() => Actor)
export class ActorNamePartsResolver {
  @FieldResolver(() => ActorNameParts, {
    nullable: true,
    description:
      "The actor's name read by ACLED's naming conventions, kept by the ACLED import for matching actors across datasets; null for actors it did not make.",
  })
  async nameParts(@Root() actor: Actor, @Ctx() ctx: RequestContext): Promise<ActorNameParts | null> {
    const fields = await ctx.loaders.datasetFields.load(actor.id);
    if (!fields?.nameBase) return null;
    return Object.assign(new ActorNameParts(), {
      acronym: fields.nameAcronym,
      baseName: fields.nameBase,
      stateBody: fields.nameStateBody,
      country: fields.nameCountry,
      since: fields.nameSince,
      until: fields.nameUntil,
      qualifier: fields.nameQualifier,
      generic: fields.nameGeneric,
    });
  }
}
