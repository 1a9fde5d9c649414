// The other end of an actor's tie.
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { RequestContext } from '../context';
import { Actor } from '../schema/actor.type';
import { ActorTie } from '../schema/actorTie.type';
import { Document } from '../schema/document.type';
import { Location } from '../schema/location.type';
import { Source } from '../schema/source.type';
import { loadOptional } from './loadRequired';

@Resolver(() => ActorTie)
export class ActorTieResolver {
  @FieldResolver(() => Actor, { nullable: true, description: 'The other actor, for ties between actors.' })
  actor(@Root() tie: ActorTie, @Ctx() ctx: RequestContext) {
    return loadOptional(ctx.loaders.actor, tie.otherKind === 'Actor' ? tie.otherId : null);
  }

  @FieldResolver(() => Location, { nullable: true, description: 'The place, for ties to places.' })
  location(@Root() tie: ActorTie, @Ctx() ctx: RequestContext) {
    return loadOptional(ctx.loaders.location, tie.otherKind === 'Location' ? tie.otherId : null);
  }

  @FieldResolver(() => Source, { nullable: true, description: 'Who states the tie, where recorded.' })
  source(@Root() tie: ActorTie, @Ctx() ctx: RequestContext) {
    return loadOptional(ctx.loaders.source, tie.sourceId);
  }

  @FieldResolver(() => Document, { nullable: true, description: 'The document the tie is stated in, where recorded.' })
  document(@Root() tie: ActorTie, @Ctx() ctx: RequestContext) {
    return loadOptional(ctx.loaders.document, tie.documentId);
  }
}
