// Relay node lookups: any node by id, whatever its kind.
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';

import type { RequestContext } from '../context';
import { maxNodeIds } from '../data/repositories/NodeRepository';
import { Node } from '../schema/node.interface';
import { AliasesShareAnswer } from './aliasesShareAnswer';

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description:
      'Any node by id, whatever its kind (Relay object identification, ' +
      'for clients that cache by id). Null when nothing has that id, ' +
      'following the Relay convention; ' +
      'the typed lookups such as `actor(id)` answer NOT_FOUND instead.',
  })
  node(
    @Arg('id', () => ID, { description: 'The node’s id, e.g. `loc:derna`.' }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.nodes.byId(id);
  }

  @Query(() => [Node], {
    nullable: 'items',
    description: `Several nodes by id, of any kinds, in the order of \`ids\`; null in place of ids that name nothing. At most ${maxNodeIds} ids, else BAD_USER_INPUT.`,
  })
  @AliasesShareAnswer()
  nodes(
    @Arg('ids', () => [ID], {
      description: `The ids, at most ${maxNodeIds}; repeats are allowed and answered in place.`,
    })
    ids: string[],
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.nodes.byIds(ids);
  }
}
