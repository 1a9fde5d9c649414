// Lookups of claims and the nodes a claim joins: source, event, actor, document, relays.
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';

import type { RequestContext } from '../context';
import { NotFoundError } from '../errors/NotFoundError';
import { Actor } from '../schema/actor.type';
import { Claim } from '../schema/claim.type';
import { Document } from '../schema/document.type';
import { Event } from '../schema/event.type';
import { Source } from '../schema/source.type';
import { loadAll, loadOptional, loadRequired } from './loadRequired';

@Resolver(() => Claim)
export class ClaimResolver {
  @Query(() => Claim, { description: 'One claim by id; NOT_FOUND when there is none.' })
  async claim(
    @Arg('id', () => ID, { description: 'The claim’s id, as `Event.claims` lists it.' }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Claim> {
    const claim = await ctx.loaders.claim.load(id);
    if (!claim) throw new NotFoundError('Claim', id, 'id');
    return claim;
  }

  @FieldResolver(() => Source, { description: 'Who makes the claim.' })
  source(@Root() claim: Claim, @Ctx() ctx: RequestContext) {
    return claim.sourceSummary ?? loadRequired(ctx.loaders.source, claim.sourceId, 'Source');
  }

  @FieldResolver(() => Event, { description: 'The event the claim is about.' })
  event(@Root() claim: Claim, @Ctx() ctx: RequestContext) {
    return loadRequired(ctx.loaders.event, claim.eventId, 'Event');
  }

  @FieldResolver(() => Actor, {
    nullable: true,
    description: 'The actor the claim attributes the event to (or denies it of).',
  })
  actor(@Root() claim: Claim, @Ctx() ctx: RequestContext) {
    return loadOptional(ctx.loaders.actor, claim.actorId);
  }

  @FieldResolver(() => Document, { nullable: true, description: 'The document the claim is reported in.' })
  document(@Root() claim: Claim, @Ctx() ctx: RequestContext) {
    return claim.documentSummary !== undefined
      ? claim.documentSummary
      : loadOptional(ctx.loaders.document, claim.documentId);
  }

  @FieldResolver(() => Claim, {
    nullable: true,
    description: 'The claim this one repeats (Reuters relaying a resident).',
  })
  relays(@Root() claim: Claim, @Ctx() ctx: RequestContext) {
    return loadOptional(ctx.loaders.claim, claim.relaysClaimId);
  }

  @FieldResolver(() => [Claim], {
    description:
      'The chain of relayed claims back to the origin: first the claim this one relays, ' +
      'last the original statement. Empty when the claim is itself an origin.',
  })
  async relayChain(@Root() claim: Claim, @Ctx() ctx: RequestContext): Promise<Claim[]> {
    const chain: Claim[] = [];
    const seen = new Set([claim.id]);
    let next = claim.relaysClaimId;
    // One batched load per hop; chains are a handful of hops in practice, and cycles are refused at ingest.
    while (next && !seen.has(next)) {
      const relayed: Claim | undefined = await ctx.loaders.claim.load(next);
      if (!relayed) break;
      chain.push(relayed);
      seen.add(next);
      next = relayed.relaysClaimId;
    }
    return chain;
  }

  @FieldResolver(() => [Claim], { description: 'Claims that directly repeat this one.' })
  async relayedBy(@Root() claim: Claim, @Ctx() ctx: RequestContext): Promise<Claim[]> {
    return loadAll(ctx.loaders.claim, await ctx.loaders.relaysOfClaim.load(claim.id));
  }
}
