// Who wrote each node and when it was created: createdBy, updatedBy (and createdAt where the type lacks it) on every node type.
import { Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';

import type { RequestContext } from '../context';
import { Actor } from '../schema/actor.type';
import { Claim } from '../schema/claim.type';
import { Document } from '../schema/document.type';
import { Event } from '../schema/event.type';
import { Location } from '../schema/location.type';
import { DateTime } from '../schema/scalars';
import { Source } from '../schema/source.type';

function auditFieldsOf(type: ClassType<{ id: string }>, noun: string) {
  @Resolver(() => type)
  class AuditFields {
    @FieldResolver(() => String, {
      nullable: true,
      description: `Who first wrote the ${noun}: an API key id, a token subject, \`anonymous\`, \`seed\` or an importer; null for data written before this was recorded.`,
    })
    async createdBy(@Root() node: { id: string }, @Ctx() ctx: RequestContext): Promise<string | null> {
      return (await ctx.loaders.audit.load(node.id))?.createdBy ?? null;
    }

    @FieldResolver(() => String, {
      nullable: true,
      description: `Who last changed the ${noun} or one of its own links (same forms as createdBy).`,
    })
    async updatedBy(@Root() node: { id: string }, @Ctx() ctx: RequestContext): Promise<string | null> {
      return (await ctx.loaders.audit.load(node.id))?.updatedBy ?? null;
    }
  }
  return AuditFields;
}

function createdAtOf(type: ClassType<{ id: string }>, noun: string) {
  @Resolver(() => type)
  class CreatedAt {
    @FieldResolver(() => DateTime, { nullable: true, description: `When the ${noun} was first written to the graph.` })
    async createdAt(@Root() node: { id: string }, @Ctx() ctx: RequestContext): Promise<string | null> {
      return (await ctx.loaders.audit.load(node.id))?.createdAt ?? null;
    }
  }
  return CreatedAt;
}

@Resolver(() => Claim)
class RetractedBy {
  @FieldResolver(() => String, { nullable: true, description: 'Who retracted the claim; null while it stands.' })
  async retractedBy(@Root() claim: Claim, @Ctx() ctx: RequestContext): Promise<string | null> {
    return (await ctx.loaders.audit.load(claim.id))?.retractedBy ?? null;
  }
}

export const auditFieldResolvers = [
  auditFieldsOf(Actor, 'actor'),
  auditFieldsOf(Location, 'location'),
  auditFieldsOf(Source, 'source'),
  auditFieldsOf(Document, 'document'),
  auditFieldsOf(Event, 'event'),
  auditFieldsOf(Claim, 'claim'),
  createdAtOf(Location, 'location'),
  createdAtOf(Source, 'source'),
  createdAtOf(Document, 'document'),
  createdAtOf(Event, 'event'),
  createdAtOf(Claim, 'claim'),
  RetractedBy,
] as const;
