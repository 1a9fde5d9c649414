// Who states a network tie, and where.
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { RequestContext } from '../context';
import { Document } from '../schema/document.type';
import { NetworkTie } from '../schema/networkTie.type';
import { Source } from '../schema/source.type';
import { loadOptional } from './loadRequired';

@Resolver(() => NetworkTie)
export class NetworkTieResolver {
  @FieldResolver(() => Source, { nullable: true, description: 'Who states the tie, where recorded.' })
  source(@Root() tie: NetworkTie, @Ctx() ctx: RequestContext) {
    return loadOptional(ctx.loaders.source, tie.sourceId);
  }

  @FieldResolver(() => Document, { nullable: true, description: 'The document the tie is stated in, where recorded.' })
  document(@Root() tie: NetworkTie, @Ctx() ctx: RequestContext) {
    return loadOptional(ctx.loaders.document, tie.documentId);
  }
}
