// The matched claims of an attributed event, batched across the page.
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { RequestContext } from '../context';
import { AttributedEventEdge } from '../schema/attributedEventConnection.type';
import { Claim } from '../schema/claim.type';
import { loadAll } from './loadRequired';

@Resolver(() => AttributedEventEdge)
export class AttributedEventEdgeResolver {
  @FieldResolver(() => [Claim])
  matchedClaims(@Root() edge: AttributedEventEdge, @Ctx() ctx: RequestContext) {
    return edge.claimSummaries ?? loadAll(ctx.loaders.claim, edge.claimIds);
  }
}
