// Who is calling: an API key or token subject with its roles, or an anonymous caller.
import type { Role } from './Role';

export interface Identity {
  /** The API key id or token subject; null for an anonymous caller. */
  subject: string | null;
  roles: Role[];
}

/** An anonymous caller gets the configured anonymous role, or none. */
export function anonymousIdentity(role: Role | null): Identity {
  return { subject: null, roles: role ? [role] : [] };
}

/** What writes record as `createdBy` / `updatedBy`. */
export function writerOf(identity: Identity): string {
  return identity.subject ?? 'anonymous';
}
