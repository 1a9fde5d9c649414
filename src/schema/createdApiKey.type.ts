// A new API key together with its secret, the only time the secret is ever shown.
import { Field, ObjectType } from 'type-graphql';

import { ApiKey } from './apiKey.type';

@ObjectType({ description: 'A newly created API key and its secret.' })
export class CreatedApiKey {
  @Field(() => ApiKey, { description: 'The key as it will be listed.' })
  key!: ApiKey;

  @Field({
    description:
      'The whole credential, to send as `Authorization: Bearer <secret>`. Shown only now: ' +
      'store it safely, it cannot be read again.',
  })
  secret!: string;
}
