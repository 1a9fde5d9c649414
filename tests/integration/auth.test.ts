// Who may do what: API keys, bearer JWTs, the anonymous switch, and each role on each mutation of the schema.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload, type KeyLike } from 'jose';
import pino from 'pino';
import { getMetadataStorage } from 'type-graphql';

import { ApiKeyService } from '../../src/auth/ApiKeyService';
import type { JwtConfig } from '../../src/auth/JwtVerifier';
import { allows, Role } from '../../src/auth/Role';
import { buildGraphqlSchema } from '../../src/server/buildGraphqlSchema';
import { createApiServer, type ApiServer } from '../../src/server/createApiServer';
import { testGraph, type TestGraph } from '../support/testGraph';

const jwtSecret = 'a-test-secret-that-is-long-enough-for-hs256!';
const jwt: JwtConfig = {
  secret: jwtSecret,
  issuer: 'https://issuer.test',
  audience: 'conflict-graph',
  rolesClaim: 'roles',
};

interface Reply {
  status: number;
  // Tests read nested response data freely; the assertions are the type check.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

interface Api {
  send(
    query: string,
    options?: { headers?: Record<string, string>; variables?: Record<string, unknown> },
  ): Promise<Reply>;
  close(): Promise<void>;
}

async function startApi(options: { anonymousRole?: Role | null; jwt?: JwtConfig | null } = {}): Promise<Api> {
  const server: ApiServer = await createApiServer({
    db: graph.db,
    log: pino({ level: 'silent' }),
    development: true,
    anonymousRole: options.anonymousRole ?? null,
    jwt: options.jwt === undefined ? jwt : options.jwt,
  });
  const url = await server.listen(0, '127.0.0.1');
  return {
    send: async (query, { headers = {}, variables } = {}) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    close: () => server.stop(),
  };
}

const bearer = (credential: string) => ({ authorization: `Bearer ${credential}` });
const codeOf = (reply: Reply) => reply.errors?.[0]?.extensions?.code;
const authCodes = ['UNAUTHENTICATED', 'FORBIDDEN'];

function token(
  claims: JWTPayload,
  options: { secret?: string; expiresIn?: string | number; audience?: string } = {},
): Promise<string> {
  return new SignJWT({ roles: ['READER'], ...claims })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('alice')
    .setIssuer('https://issuer.test')
    .setAudience(options.audience ?? 'conflict-graph')
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '5m')
    .sign(new TextEncoder().encode(options.secret ?? jwtSecret));
}

const readQuery = '{ events(first: 1) { totalCount } }';
const keysQuery = '{ apiKeys { id name roles createdBy revokedAt } }';
const createKey =
  'mutation ($name: String!, $roles: [Role!]!) { createApiKey(name: $name, roles: $roles) { secret key { id createdBy } } }';
const revokeKey = 'mutation ($id: ID!) { revokeApiKey(id: $id) { id revokedAt revokedBy } }';

let graph: TestGraph;
let api: Api;
const secrets = {} as Record<Role, string>;
const keyIds = {} as Record<Role, string>;

beforeAll(async () => {
  graph = testGraph();
  await graph.reset();
  const keys = new ApiKeyService(graph.db);
  for (const role of Object.values(Role)) {
    const created = await keys.create(`${role.toLowerCase()} of the auth tests`, [role], 'test');
    secrets[role] = created.secret;
    keyIds[role] = created.key.id;
  }
  api = await startApi();
});

afterAll(async () => {
  await api.close();
  await graph.reset();
  await graph.close();
});

describe('API keys', () => {
  test('a key of each role reads; an anonymous caller without an anonymous role is UNAUTHENTICATED with status 401', async () => {
    for (const role of Object.values(Role)) {
      const reply = await api.send(readQuery, { headers: bearer(secrets[role]) });
      expect(reply.errors).toBeUndefined();
      expect(reply.data?.events.totalCount).toBe(0);
    }
    const anonymous = await api.send(readQuery);
    expect(anonymous.status).toBe(401);
    expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
    expect(anonymous.errors?.[0].message).toMatch(/a query needs the READER role and anonymous callers do not have it/);
  });

  test('the X-API-Key header works as well as Authorization', async () => {
    const reply = await api.send(readQuery, { headers: { 'x-api-key': secrets.READER } });
    expect(reply.errors).toBeUndefined();
  });

  test('a wrong secret, an unknown key and a malformed key are each refused with status 401, saying which', async () => {
    const wrongSecret = await api.send(readQuery, { headers: bearer(`cgk_${keyIds.ADMIN}_${'A'.repeat(43)}`) });
    expect(wrongSecret.status).toBe(401);
    expect(codeOf(wrongSecret)).toBe('UNAUTHENTICATED');
    expect(wrongSecret.errors?.[0].message).toBe(`Not authenticated: the secret of API key ${keyIds.ADMIN} is wrong`);

    const unknown = await api.send(readQuery, { headers: bearer(`cgk_0123456789abcdef_${'A'.repeat(43)}`) });
    expect(unknown.errors?.[0].message).toBe('Not authenticated: there is no API key 0123456789abcdef');

    const malformed = await api.send(readQuery, { headers: bearer('cgk_nonsense') });
    expect(malformed.errors?.[0].message).toMatch(/the API key is malformed/);

    const notBearer = await api.send(readQuery, { headers: { authorization: `Basic ${secrets.ADMIN}` } });
    expect(notBearer.errors?.[0].message).toMatch(/the Authorization header must be `Bearer <API key or token>`/);
  });

  test('wrong credentials are refused even where anonymous callers may read', async () => {
    const open = await startApi({ anonymousRole: Role.READER });
    try {
      expect((await open.send(readQuery)).errors).toBeUndefined();
      const wrong = await open.send(readQuery, { headers: bearer(`cgk_${keyIds.READER}_${'B'.repeat(43)}`) });
      expect(wrong.status).toBe(401);
      expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
      expect(wrong.data ?? null).toBeNull();
    } finally {
      await open.close();
    }
  });

  test('an admin creates a key whose secret works at once, lists it as made by the admin key, and a revoked key is refused from the next request', async () => {
    const created = await api.send(createKey, {
      headers: bearer(secrets.ADMIN),
      variables: { name: 'ingest robot', roles: ['EDITOR'] },
    });
    expect(created.errors).toBeUndefined();
    const { secret, key } = created.data!.createApiKey;
    expect(secret).toMatch(new RegExp(`^cgk_${key.id}_[A-Za-z0-9_-]{43}$`));
    expect(key.createdBy).toBe(`key:${keyIds.ADMIN}`);

    // Used once before revocation, so the key sits in the server's cache of valid keys.
    expect((await api.send(readQuery, { headers: bearer(secret) })).errors).toBeUndefined();

    const listed = await api.send(keysQuery, { headers: bearer(secrets.ADMIN) });
    expect(listed.data?.apiKeys).toContainEqual({
      id: key.id,
      name: 'ingest robot',
      roles: ['EDITOR'],
      createdBy: `key:${keyIds.ADMIN}`,
      revokedAt: null,
    });

    const revoked = await api.send(revokeKey, { headers: bearer(secrets.ADMIN), variables: { id: key.id } });
    expect(revoked.data?.revokeApiKey).toEqual({
      id: key.id,
      revokedAt: expect.any(String),
      revokedBy: `key:${keyIds.ADMIN}`,
    });

    const refused = await api.send(readQuery, { headers: bearer(secret) });
    expect(refused.status).toBe(401);
    expect(refused.errors?.[0].message).toBe(
      `Not authenticated: API key ${key.id} was revoked at ${revoked.data?.revokeApiKey.revokedAt}`,
    );
  });

  test('revoking an unknown key is NOT_FOUND naming the id', async () => {
    const reply = await api.send(revokeKey, { headers: bearer(secrets.ADMIN), variables: { id: 'feedfacefeedface' } });
    expect(codeOf(reply)).toBe('NOT_FOUND');
    expect(reply.errors?.[0].message).toMatch(/^API key "feedfacefeedface" does not exist/);
  });

  test('only the hash of a secret is stored, on a node outside the graph of entities', async () => {
    const session = graph.driver.session();
    try {
      const result = await session.run(
        'MATCH (k:ApiKey {id: $id}) RETURN labels(k) AS labels, properties(k) AS props',
        { id: keyIds.EDITOR },
      );
      const props = result.records[0].get('props') as Record<string, unknown>;
      expect(result.records[0].get('labels')).toEqual(['ApiKey']);
      expect(Object.keys(props).sort()).toEqual(['createdAt', 'createdBy', 'hash', 'id', 'name', 'roles']);
      const secretPart = secrets.EDITOR.split('_').slice(2).join('_');
      expect(
        Object.values(props)
          .map(String)
          .some((value) => value.includes(secretPart)),
      ).toBe(false);
      expect(props.hash).toMatch(/^[0-9a-f]{64}$/);
    } finally {
      await session.close();
    }
    expect((await graph.counts()).nodes).toBe(0);
  });

  test('listing keys needs ADMIN: an editor is FORBIDDEN', async () => {
    const reply = await api.send(keysQuery, { headers: bearer(secrets.EDITOR) });
    expect(codeOf(reply)).toBe('FORBIDDEN');
    expect(reply.errors?.[0].message).toBe('Forbidden: this needs the ADMIN role');
  });
});

describe('viewer', () => {
  test('tells each key who it is and whether it may edit, so a page can offer only what the caller may do', async () => {
    const viewerQuery = '{ viewer { subject roles canEdit } }';
    const seen = [];
    for (const role of Object.values(Role)) {
      const reply = await api.send(viewerQuery, { headers: bearer(secrets[role]) });
      seen.push(reply.data?.viewer);
    }
    expect(seen).toEqual([
      { subject: `key:${keyIds.READER}`, roles: ['READER'], canEdit: false },
      { subject: `key:${keyIds.EDITOR}`, roles: ['EDITOR'], canEdit: true },
      { subject: `key:${keyIds.ADMIN}`, roles: ['ADMIN'], canEdit: true },
    ]);
    const open = await startApi({ anonymousRole: Role.READER });
    try {
      expect((await open.send(viewerQuery)).data?.viewer).toEqual({ subject: null, roles: ['READER'], canEdit: false });
    } finally {
      await open.close();
    }
  });
});

describe('the anonymous role', () => {
  test('with READER, anonymous callers read but any mutation is UNAUTHENTICATED', async () => {
    const open = await startApi({ anonymousRole: Role.READER });
    try {
      expect((await open.send(readQuery)).data?.events.totalCount).toBe(0);
      const write = await open.send(createKey, { variables: { name: 'sneaky', roles: ['ADMIN'] } });
      expect(codeOf(write)).toBe('UNAUTHENTICATED');
      expect(write.errors?.[0].message).toMatch(/a mutation needs the EDITOR role/);
    } finally {
      await open.close();
    }
  });

  test('with none, schema introspection still answers so Sandbox can load before a key is entered', async () => {
    const reply = await api.send('{ __schema { queryType { name } } }');
    expect(reply.errors).toBeUndefined();
    expect(reply.data?.__schema.queryType.name).toBe('Query');
    const mixed = await api.send('{ __typename ...F } fragment F on Query { events(first: 1) { totalCount } }');
    expect(codeOf(mixed)).toBe('UNAUTHENTICATED');
  });
});

describe('bearer JWTs', () => {
  test('a valid token reads, and its subject is recorded as jwt:<sub> on what it writes', async () => {
    expect((await api.send(readQuery, { headers: bearer(await token({})) })).errors).toBeUndefined();
    const created = await api.send(createKey, {
      headers: bearer(await token({ roles: ['ADMIN'] })),
      variables: { name: 'made by a token', roles: ['READER'] },
    });
    expect(created.errors).toBeUndefined();
    expect(created.data?.createApiKey.key.createdBy).toBe('jwt:alice');
  });

  test('roles may come as one space-separated string; a token without roles is FORBIDDEN with status 403', async () => {
    expect(
      (await api.send(readQuery, { headers: bearer(await token({ roles: 'reader editor' })) })).errors,
    ).toBeUndefined();
    const none = await api.send(readQuery, { headers: bearer(await token({ roles: [] })) });
    expect(none.status).toBe(403);
    expect(codeOf(none)).toBe('FORBIDDEN');
  });

  test('an expired token, a token for another audience and a token signed with another secret are refused, saying why', async () => {
    const expired = await api.send(readQuery, {
      headers: bearer(await token({}, { expiresIn: Math.floor(Date.now() / 1000) - 120 })),
    });
    expect(expired.status).toBe(401);
    expect(expired.errors?.[0].message).toBe(
      'Not authenticated: the bearer token was refused: it expired (claim "exp")',
    );

    const otherAudience = await api.send(readQuery, { headers: bearer(await token({}, { audience: 'another-api' })) });
    expect(otherAudience.errors?.[0].message).toBe(
      'Not authenticated: the bearer token was refused: claim "aud" is not acceptable: it does not match the expected audience',
    );

    const forged = await api.send(readQuery, {
      headers: bearer(await token({ roles: ['ADMIN'] }, { secret: 'another-secret-that-is-also-long-enough!!' })),
    });
    expect(forged.errors?.[0].message).toBe(
      'Not authenticated: the bearer token was refused: its signature does not verify',
    );

    const garbage = await api.send(readQuery, { headers: bearer('not.a.token') });
    expect(codeOf(garbage)).toBe('UNAUTHENTICATED');
  });

  test('a server without JWT settings refuses tokens, saying it accepts API keys only', async () => {
    const keysOnly = await startApi({ jwt: null });
    try {
      const reply = await keysOnly.send(readQuery, { headers: bearer(await token({})) });
      expect(reply.status).toBe(401);
      expect(reply.errors?.[0].message).toMatch(
        /this server accepts no tokens \(neither JWT_SECRET nor JWKS_URL is set\)/,
      );
    } finally {
      await keysOnly.close();
    }
  });

  test('tokens are verified against the keys published at JWKS_URL', async () => {
    const issuerKeys = await generateKeyPair('RS256');
    const impostorKeys = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(issuerKeys.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    const jwks = http.createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    const jwksUrl = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/jwks.json`;
    const viaJwks = await startApi({ jwt: { jwksUrl, audience: 'conflict-graph', rolesClaim: 'realm_access.roles' } });
    const signed = (key: KeyLike) =>
      new SignJWT({ realm_access: { roles: ['READER'] } })
        .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
        .setSubject('bob')
        .setAudience('conflict-graph')
        .setExpirationTime('5m')
        .sign(key);
    try {
      expect(
        (await viaJwks.send(readQuery, { headers: bearer(await signed(issuerKeys.privateKey)) })).errors,
      ).toBeUndefined();
      const impostor = await viaJwks.send(readQuery, { headers: bearer(await signed(impostorKeys.privateKey)) });
      expect(impostor.errors?.[0].message).toBe(
        'Not authenticated: the bearer token was refused: its signature does not verify',
      );
    } finally {
      await viaJwks.close();
      await new Promise((resolve) => jwks.close(resolve));
    }
  });
});

describe('each role on each mutation', () => {
  // Built from the schema and TypeGraphQL's metadata, so mutations added later are covered without editing this file.
  let mutations: { name: string; document: string; needed: Role[] }[];

  /** A literal of the type: the smallest value that passes GraphQL's own validation. */
  function literalOf(type: GraphQLInputType): string {
    if (isNonNullType(type)) return literalOf(type.ofType);
    if (isListType(type)) return `[${literalOf(type.ofType)}]`;
    if (isEnumType(type)) return type.getValues()[0].name;
    if (isInputObjectType(type)) {
      const required = Object.values(type.getFields()).filter(
        (field) => isNonNullType(field.type) && field.defaultValue === undefined,
      );
      return `{ ${required.map((field) => `${field.name}: ${literalOf(field.type)}`).join(', ')} }`;
    }
    const scalars: Record<string, string> = {
      Int: '1',
      Float: '1.5',
      Boolean: 'false',
      LocalDate: '"2024-01-01"',
      DateTime: '"2024-01-01T00:00:00.000Z"',
    };
    return scalars[type.name] ?? '"auth-probe"';
  }

  function documentOf(field: GraphQLField<unknown, unknown>): string {
    const args = field.args
      .filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)
      .map((arg) => `${arg.name}: ${literalOf(arg.type)}`);
    const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
    return `mutation { ${field.name}${args.length > 0 ? `(${args.join(', ')})` : ''}${selection} }`;
  }

  beforeAll(async () => {
    const schema = await buildGraphqlSchema();
    const storage = getMetadataStorage();
    mutations = Object.values(schema.getMutationType()?.getFields() ?? {}).map((field) => {
      const resolver = storage.mutations.find((mutation) => mutation.schemaName === field.name);
      const rule =
        storage.authorizedFields.find(
          (authorized) => authorized.target === resolver?.target && authorized.fieldName === resolver?.methodName,
        ) ?? storage.authorizedResolver.find((authorized) => authorized.target === resolver?.target);
      return { name: field.name, document: documentOf(field), needed: (rule?.roles ?? []) as Role[] };
    });
  });

  test('the schema has mutations, among them the key administration', () => {
    expect(mutations.map((mutation) => mutation.name)).toEqual(
      expect.arrayContaining(['createApiKey', 'revokeApiKey']),
    );
  });

  test('every mutation carries @Authorized with EDITOR or ADMIN, so none is open by omission', () => {
    const lacking = mutations
      .filter(
        (mutation) =>
          mutation.needed.length === 0 ||
          !allows([Role.ADMIN], mutation.needed) ||
          allows([Role.READER], mutation.needed),
      )
      .map((mutation) => mutation.name);
    expect(lacking).toEqual([]);
  });

  test('without credentials every mutation is UNAUTHENTICATED', async () => {
    const notRefused: string[] = [];
    for (const mutation of mutations) {
      if (codeOf(await api.send(mutation.document)) !== 'UNAUTHENTICATED') notRefused.push(mutation.name);
    }
    expect(notRefused).toEqual([]);
  });

  test.each([Role.READER, Role.EDITOR, Role.ADMIN])(
    'a %s key gets past authorization exactly on the mutations its role allows',
    async (role) => {
      const outcomes: Record<string, string> = {};
      const expected: Record<string, string> = {};
      for (const mutation of mutations) {
        const reply = await api.send(mutation.document, { headers: bearer(secrets[role]) });
        const code = codeOf(reply);
        // Past authorization means any error is not an auth error; a GraphQL validation error would mean the probe itself is wrong.
        outcomes[mutation.name] =
          code === undefined || !authCodes.includes(code)
            ? code === 'GRAPHQL_VALIDATION_FAILED'
              ? `bad probe: ${reply.errors?.[0].message}`
              : 'allowed'
            : code;
        expected[mutation.name] =
          allows([role], [Role.EDITOR]) && allows([role], mutation.needed) ? 'allowed' : 'FORBIDDEN';
      }
      expect(outcomes).toEqual(expected);
    },
  );
});

describe('writes record the key that made them', () => {
  test('an editor key’s bundle records key:<id> as createdBy and updatedBy', async () => {
    const reply = await api.send(
      'mutation ($bundle: DocumentBundleInput!) { ingestBundle(bundle: $bundle) { __typename } }',
      {
        headers: bearer(secrets.EDITOR),
        variables: {
          bundle: { sources: [{ id: 'source:auth-probe-outlet', name: 'Auth probe outlet', kind: 'NEWS_OUTLET' }] },
        },
      },
    );
    expect(reply.errors).toBeUndefined();
    const session = graph.driver.session();
    try {
      const result = await session.run(
        'MATCH (s:Source {id: $id}) RETURN s.createdBy AS createdBy, s.updatedBy AS updatedBy',
        { id: 'source:auth-probe-outlet' },
      );
      expect(result.records.map((record) => record.toObject())).toEqual([
        { createdBy: `key:${keyIds.EDITOR}`, updatedBy: `key:${keyIds.EDITOR}` },
      ]);
    } finally {
      await session.close();
    }
  });
});
