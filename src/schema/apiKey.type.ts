// An API key as administrators see it: who it is for and what it may do, never its secret.
import { Field, ID, ObjectType } from 'type-graphql';

import { Role } from '../auth/Role';
import { DateTime } from './scalars';

@ObjectType({
  description:
    'A credential for programs and people calling this API. ' +
    'Only a hash of its secret is stored; the secret was shown once, at creation.',
})
export class ApiKey {
  @Field(() => ID, {
    description:
      'The key’s id: the part after `cgk_` in the credential. ' +
      'Writes made with the key record `key:<id>` as their author.',
  })
  id!: string;

  @Field({ description: 'Who or what uses the key, as its creator named it.' })
  name!: string;

  @Field(() => [Role], { description: 'What the key may do.' })
  roles!: Role[];

  @Field(() => DateTime, { description: 'When the key was created.' })
  createdAt!: string;

  @Field({ description: 'Who created it: `key:<id>`, `jwt:<subject>`, `cli:<user>` or `anonymous`.' })
  createdBy!: string;

  @Field(() => DateTime, { nullable: true, description: 'When the key was revoked; null while it is valid.' })
  revokedAt!: string | null;

  @Field(() => String, { nullable: true, description: 'Who revoked it; null while it is valid.' })
  revokedBy!: string | null;
}
