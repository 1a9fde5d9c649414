// Administration of API keys: list, create (the secret is returned once) and revoke.
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';

import { writerOf } from '../auth/identity';
import { Role } from '../auth/Role';
import type { RequestContext } from '../context';
import { ApiKey } from '../schema/apiKey.type';
import { CreatedApiKey } from '../schema/createdApiKey.type';

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Authorized(Role.ADMIN)
  @Query(() => [ApiKey], { description: 'Every API key, revoked ones included, oldest first (ADMIN only).' })
  apiKeys(@Ctx() ctx: RequestContext): Promise<ApiKey[]> {
    return ctx.apiKeys.list();
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CreatedApiKey, {
    description: 'Creates an API key and returns its secret, which is shown this once only (ADMIN only).',
  })
  createApiKey(
    @Arg('name', {
      description: 'Who or what will use the key, e.g. `ingest robot` or `Jane Doe (analyst)`; 1 to 100 characters.',
    })
    name: string,
    @Arg('roles', () => [Role], {
      description: 'What the key may do; each role includes the ones below it, so one is usually enough.',
    })
    roles: Role[],
    @Ctx() ctx: RequestContext,
  ): Promise<CreatedApiKey> {
    return ctx.apiKeys.create(name, roles, writerOf(ctx.identity));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ApiKey, {
    description:
      'Revokes an API key: this server refuses it from the next request on (ADMIN only). ' +
      'Revoking a revoked key changes nothing.',
  })
  revokeApiKey(
    @Arg('id', () => ID, { description: 'The key’s id, as `apiKeys` lists it.' }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ApiKey> {
    return ctx.apiKeys.revoke(id, writerOf(ctx.identity));
  }
}
