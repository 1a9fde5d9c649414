// TypeGraphQL's @Authorized check: role hierarchy, with errors that say what was missing.
import type { AuthCheckerFn } from 'type-graphql';

import { allows, type Role } from '../auth/Role';
import type { RequestContext } from '../context';
import { ForbiddenError, UnauthenticatedError } from '../errors/AuthErrors';

export const authChecker: AuthCheckerFn<RequestContext, Role> = ({ context }, needed) => {
  if (allows(context.identity.roles, needed)) return true;
  if (context.identity.subject === null) throw new UnauthenticatedError();
  throw new ForbiddenError(needed);
};
