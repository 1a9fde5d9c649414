// What a caller may do. Each role includes the ones below it: ADMIN > EDITOR > READER.
import { registerEnumType } from 'type-graphql';

export enum Role {
  READER = 'READER',
  EDITOR = 'EDITOR',
  ADMIN = 'ADMIN',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'What a caller may do; each role includes the ones below it.',
  valuesConfig: {
    READER: { description: 'Read everything.' },
    EDITOR: {
      description:
        'Read, and write actors, events, places, sources, documents and claims (mutations, bundles, imports).',
    },
    ADMIN: { description: 'Everything, including API keys.' },
  },
});

const rank: Record<Role, number> = { [Role.READER]: 1, [Role.EDITOR]: 2, [Role.ADMIN]: 3 };

/** True when a caller holding `held` may do what needs any one of `needed` (nothing needed: any caller). */
export function allows(held: readonly Role[], needed: readonly Role[]): boolean {
  if (needed.length === 0) return true;
  const best = Math.max(0, ...held.map((role) => rank[role]));
  return needed.some((role) => best >= rank[role]);
}
