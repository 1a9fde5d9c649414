// Who the API takes the caller to be, so a client can show or hide what the caller may not do before trying it.
import { Field, ObjectType } from 'type-graphql';

import { Role } from '../auth/Role';

@ObjectType({ description: 'The caller as this API sees it: who, and what it may do.' })
export class Viewer {
  @Field(() => String, {
    nullable: true,
    description:
      'Who writes record the caller as: `key:<id>` for an API key, `jwt:<subject>` for a token; null when anonymous.',
  })
  subject!: string | null;

  @Field(() => [Role], {
    description: 'The roles the caller holds (an anonymous caller: the configured anonymous role, or none).',
  })
  roles!: Role[];

  @Field({ description: 'True when the caller may write: create, edit, import, join and split (EDITOR or ADMIN).' })
  canEdit!: boolean;
}
