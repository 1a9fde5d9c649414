// Lookups and search of actors, and their hierarchy, ties, network and attributions.
import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';

import type { RequestContext } from '../context';
import type { ActorTieRow } from '../data/loaders';
import { networkNodeCap } from '../data/repositories/ActorRepository';
import { Actor } from '../schema/actor.type';
import { ActorConnection } from '../schema/actorConnection.type';
import { ActorNetwork } from '../schema/actorNetwork.type';
import { ActorsArgs } from '../schema/actors.args';
import { ActorTie, TieDirection } from '../schema/actorTie.type';
import type { DatePrecision } from '../schema/enums/DatePrecision';
import { TieKind } from '../schema/enums/TieKind';
import { LocalDate } from '../schema/scalars';
import { SourceAttributions } from '../schema/sourceAttributions.type';
import { AliasesShareAnswer } from './aliasesShareAnswer';

function toActorTie(row: ActorTieRow): ActorTie {
  return Object.assign(new ActorTie(), {
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
  });
}

const atDescription =
  'Only ties that hold on this day: validFrom empty or on/before it, validTo empty or on/after it. With MONTH or YEAR precision a date stands for its whole month or year (validTo 2017-05-01 MONTH holds until 2017-05-31). Leave out for every tie, whatever its dates.';

@Resolver(() => Actor)
export class ActorResolver {
  @Query(() => Actor, { description: 'One actor by id; NOT_FOUND when there is none.' })
  actor(
    @Arg('id', () => ID, { description: 'The actor’s id, e.g. `actor:egypt`.' }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Actor> {
    return ctx.actors.byId(id);
  }

  @Query(() => ActorConnection, {
    description:
      'Actors, paged (Relay cursors; 20 a page by default, at most 100). With `search`, ' +
      'those whose name or an alias matches, best match first (`actors(search: ' +
      '"egyptian air force")`); without, every actor by name.',
  })
  @AliasesShareAnswer()
  actors(@Args(() => ActorsArgs) args: ActorsArgs, @Ctx() ctx: RequestContext) {
    return ctx.actors.page(args);
  }

  @FieldResolver(() => [ActorTie], {
    description: 'The actor’s ties to other actors and places, both directions, by kind and then the other end’s id.',
  })
  async ties(
    @Root() actor: Actor,
    @Arg('at', () => LocalDate, { nullable: true, description: atDescription }) at: string | undefined,
    @Arg('kinds', () => [TieKind], {
      nullable: true,
      description: 'Only ties of these kinds; all kinds when left out or empty.',
    })
    kinds: TieKind[] | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<ActorTie[]> {
    return (await ctx.actors.ties(actor.id, at ?? undefined, kinds ?? undefined)).map(toActorTie);
  }

  @FieldResolver(() => Actor, {
    nullable: true,
    description:
      'The actor this one is PART_OF (the Egyptian Armed Forces for the Egyptian Air Force); ' +
      'null at the top. Of several, the first by name.',
  })
  parent(@Root() actor: Actor, @Ctx() ctx: RequestContext) {
    return ctx.actors.parent(actor.id);
  }

  @FieldResolver(() => [Actor], {
    description:
      'Every actor above this one through PART_OF, nearest first, ' +
      'up to the top (Egyptian Armed Forces, then Egypt, for the Egyptian Air Force). ' +
      'At most 10 levels.',
  })
  ancestors(@Root() actor: Actor, @Ctx() ctx: RequestContext) {
    return ctx.actors.ancestors(actor.id);
  }

  @FieldResolver(() => [Actor], {
    description: 'The actors PART_OF this one, directly or through others, nearest level first, then by name.',
  })
  subunits(
    @Root() actor: Actor,
    @Arg('depth', () => Int, {
      defaultValue: 1,
      description: 'How many levels down: 1 for direct subunits only, at most 5. BAD_USER_INPUT outside 1..5.',
    })
    depth: number,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.actors.subunits(actor.id, depth);
  }

  @FieldResolver(() => ActorNetwork, {
    description:
      'The actors and places reachable from this actor through ties of any kind and direction, ' +
      'up to `depth` ties away, with every tie among them. Places are crossed too: ' +
      'the LNA besieges Derna, which the DMSC controls.',
  })
  @AliasesShareAnswer()
  network(
    @Root() actor: Actor,
    @Arg('depth', () => Int, {
      defaultValue: 2,
      description: 'How many ties away to go, 1 to 3. BAD_USER_INPUT outside 1..3.',
    })
    depth: number,
    @Arg('at', () => LocalDate, {
      nullable: true,
      description:
        'Follow and list only ties that hold on this day, by the same rule as `ties(at:)`. ' +
        'Leave out for every tie, whatever its dates.',
    })
    at: string | undefined,
    @Arg('maxNodes', () => Int, {
      defaultValue: networkNodeCap,
      description: `The most nodes to return besides the actor itself, nearest first (1 to ${networkNodeCap}); \`truncated\` tells when more were reachable.`,
    })
    maxNodes: number,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.actors.network(actor.id, depth, at ?? undefined, maxNodes);
  }

  @FieldResolver(() => [SourceAttributions], {
    description:
      'The events claims attribute to this actor (ATTRIBUTION or RESPONSIBILITY_CLAIM, ' +
      'stance not DENIES, not retracted), grouped by the source that made the claim; ' +
      'the sources blaming it for most events first, then by name.',
  })
  @AliasesShareAnswer()
  attributionsBySource(
    @Root() actor: Actor,
    @Arg('includeSubunits', {
      defaultValue: false,
      description: 'Also count claims that blame actors PART_OF this one (the Egyptian Air Force, for Egypt).',
    })
    includeSubunits: boolean,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.actors.attributionsBySource(actor.id, includeSubunits);
  }
}
