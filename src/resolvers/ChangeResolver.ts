// The change feed for integrations that keep a copy of the graph in sync.
import { Args, Ctx, Query, Resolver } from 'type-graphql';

import type { RequestContext } from '../context';
import { ChangeConnection } from '../schema/changeConnection.type';
import { ChangesArgs } from '../schema/changes.args';
import { AliasesShareAnswer } from './aliasesShareAnswer';

@Resolver()
export class ChangeResolver {
  @Query(() => ChangeConnection, {
    description:
      'Every node created or changed since a point, oldest change first in (changedAt, id) order: new and updated nodes, retracted claims, merged actors (with the id they redirect to). ' +
      'A client syncs by storing `cursor` and passing it as `after` next time; cursors are positions, not offsets, so writes arriving between pages neither skip nor repeat anything already read ' +
      '(a node that changes again simply comes again, later). A changed link shows as a change of the node it starts from (a claim, for the claim’s actor). ' +
      'A change is listed once it is CHANGE_FEED_SETTLE_MS old (by default the transaction timeout plus a second), so a long write that commits after a shorter, later one is never skipped.',
  })
  @AliasesShareAnswer()
  changes(@Args(() => ChangesArgs) args: ChangesArgs, @Ctx() ctx: RequestContext): Promise<ChangeConnection> {
    return ctx.changes.page(args);
  }
}
