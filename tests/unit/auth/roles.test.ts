// Roles include the ones below them; the auth check says whether credentials or a role are missing.
import { anonymousIdentity, type Identity } from '../../../src/auth/identity';
import { allows, Role } from '../../../src/auth/Role';
import type { RequestContext } from '../../../src/context';
import { authChecker } from '../../../src/server/authChecker';

test('an admin may edit and read, an editor may read but not administer, a reader only reads', () => {
  expect(allows([Role.ADMIN], [Role.EDITOR])).toBe(true);
  expect(allows([Role.EDITOR], [Role.READER])).toBe(true);
  expect(allows([Role.EDITOR], [Role.ADMIN])).toBe(false);
  expect(allows([Role.READER], [Role.EDITOR])).toBe(false);
  expect(allows([], [Role.READER])).toBe(false);
  expect(allows([], [])).toBe(true);
});

const check = (identity: Identity, needed: Role[]) =>
  authChecker({ context: { identity } as RequestContext, args: {}, info: {} as never, root: {} }, needed);

test('an anonymous caller lacking the role is UNAUTHENTICATED; a known one lacking it is FORBIDDEN', () => {
  expect(check(anonymousIdentity(Role.READER), [Role.READER])).toBe(true);
  expect(() => check(anonymousIdentity(Role.READER), [Role.EDITOR])).toThrow(
    expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }),
  );
  expect(() => check({ subject: 'key:abc', roles: [Role.READER] }, [Role.EDITOR])).toThrow(
    expect.objectContaining({
      message: 'Forbidden: this needs the EDITOR role',
      extensions: expect.objectContaining({ code: 'FORBIDDEN' }),
    }),
  );
});
