// The caller's own identity: open to everyone, since it only tells callers what they already present.
import { Ctx, Query, Resolver } from 'type-graphql';

import { allows, Role } from '../auth/Role';
import type { RequestContext } from '../context';
import { Viewer } from '../schema/viewer.type';

@Resolver(() => Viewer)
export class ViewerResolver {
  @Query(() => Viewer, {
    description: 'Who the API takes the caller to be and what it may do (the review page asks before offering Join).',
  })
  viewer(@Ctx() ctx: RequestContext): Viewer {
    const { subject, roles } = ctx.identity;
    return { subject, roles, canEdit: allows(roles, [Role.EDITOR]) };
  }
}
