// Editors' mutations on claims: add one, or retract one (kept, marked, left out of derived answers).
import { Arg, Args, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';

import { writerOf } from '../auth/identity';
import { Role } from '../auth/Role';
import type { RequestContext } from '../context';
import { Claim } from '../schema/claim.type';
import { AddClaimInput } from '../schema/inputs/claim.inputs';
import { RetractClaimArgs } from '../schema/inputs/retractClaim.args';
import { editedNode } from './editedNode';

@Resolver()
export class EditMutationsClaim {
  @Authorized(Role.EDITOR)
  @Mutation(() => Claim, {
    description:
      'Adds a claim (EDITOR role), checked like a bundle claim. CONFLICT when the id is taken; ' +
      'NOT_FOUND naming the field when the source, event, actor, document, ' +
      'relayed claim or an involved actor does not exist; ' +
      'BAD_USER_INPUT naming the field for a bad value.',
  })
  async addClaim(
    @Arg('input', () => AddClaimInput, { description: 'The new claim.' }) input: AddClaimInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Claim> {
    const id = await ctx.edits.create('Claim', { ...input }, writerOf(ctx.identity));
    return editedNode(ctx.loaders.claim, id, 'Claim');
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Claim, {
    description:
      'Retracts a claim (EDITOR role): it is kept, with retractedAt, ' +
      'retractionReason and retractedBy set, and left out of attributions, casualties, ' +
      'contestation, ' +
      'eventsAttributedTo and event filters unless they are asked to include retracted claims. ' +
      'NOT_FOUND for an unknown claim; ' +
      'CONFLICT when it is already retracted (a retraction is not repeated or rewritten).',
  })
  async retractClaim(
    @Args(() => RetractClaimArgs) { id, reason }: RetractClaimArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Claim> {
    await ctx.edits.retractClaim(id, reason, writerOf(ctx.identity));
    return editedNode(ctx.loaders.claim, id, 'Claim');
  }
}
