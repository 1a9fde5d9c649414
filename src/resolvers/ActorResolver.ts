// Lookups of actors and their ties.
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../context';
import { NotFoundError } from '../errors/NotFoundError';
import { Actor } from '../schema/actor.type';
import { ActorTie, TieDirection } from '../schema/actorTie.type';
import type { DatePrecision } from '../schema/enums/DatePrecision';

@Resolver(() => Actor)
export class ActorResolver {
  @Query(() => Actor, { description: 'One actor by id; NOT_FOUND when there is none.' })
  async actor(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Actor> {
    const actor = await ctx.loaders.actor.load(id);
    if (!actor) throw new NotFoundError('Actor', id, 'id');
    return actor;
  }

  @FieldResolver(() => [ActorTie], { description: 'The actor’s ties to other actors and places, both directions.' })
  async ties(@Root() actor: Actor, @Ctx() ctx: RequestContext): Promise<ActorTie[]> {
    const rows = await ctx.loaders.actorTies.load(actor.id);
    return rows.map((row) =>
      Object.assign(new ActorTie(), {
        kind: row.type,
        direction: row.direction === 'OUT' ? TieDirection.OUTGOING : TieDirection.INCOMING,
        validFrom: row.validFrom,
        validTo: row.validTo,
        datePrecision: row.datePrecision as DatePrecision | null,
        note: row.note,
        otherId: row.otherId,
        otherKind: row.otherKind,
        sourceId: row.sourceId,
        documentId: row.documentId,
      }),
    );
  }
}
