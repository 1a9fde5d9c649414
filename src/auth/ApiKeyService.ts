// API keys: created with a random secret shown once, stored only as its hash, checked per request, revoked.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import neo4j from 'neo4j-driver';

import type { Database } from '../db/database';
import type { ApiKeyFields } from '../db/statementRows';
import { ApiError } from '../errors/ApiError';
import { UnauthenticatedError } from '../errors/AuthErrors';
import { BadInputError } from '../errors/BadInputError';
import { ErrorCode } from '../errors/ErrorCode';
import type { Identity } from './identity';
import { Role } from './Role';

/** What an API key looks like to its owner: `cgk_<16 hex id>_<43 base64url secret>`. */
export const apiKeyPrefix = 'cgk_';
const apiKeyPattern = /^cgk_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

/** An API key as listed: never its secret or hash. */
export interface ApiKeyRecord {
  id: string;
  name: string;
  roles: Role[];
  createdAt: string;
  createdBy: string;
  revokedAt: string | null;
  revokedBy: string | null;
}

export interface CreatedApiKeyRecord {
  key: ApiKeyRecord;
  /** The whole credential to send as `Authorization: Bearer <secret>`; not stored anywhere. */
  secret: string;
}

interface CachedKey {
  hash: Buffer;
  roles: Role[];
  expiresAt: number;
}

export const maxApiKeyNameLength = 100;

/** Identity subjects of API keys; writes record them as createdBy / updatedBy. */
export function apiKeySubject(id: string): string {
  return `key:${id}`;
}

function hashOf(secret: string): Buffer {
  return createHash('sha256').update(secret, 'utf8').digest();
}

function rolesOf(stored: readonly string[]): Role[] {
  return stored.filter((role): role is Role => Object.values(Role).includes(role as Role));
}

export class ApiKeyService {
  // Valid keys only, so a new key works at once; revocation here evicts, elsewhere it waits out cacheMs.
  private readonly cache = new Map<string, CachedKey>();

  constructor(
    private readonly db: Database,
    private readonly options: { cacheMs: number } = { cacheMs: 30_000 },
  ) {}

  async create(name: string, roles: readonly Role[], by: string): Promise<CreatedApiKeyRecord> {
    const trimmed = name.trim();
    if (trimmed.length === 0 || trimmed.length > maxApiKeyNameLength)
      throw new BadInputError(
        'name',
        `must be 1 to ${maxApiKeyNameLength} characters, saying who or what uses the key`,
      );
    if (roles.length === 0) throw new BadInputError('roles', 'must name at least one role: READER, EDITOR or ADMIN');
    const id = randomBytes(8).toString('hex');
    const secretPart = randomBytes(32).toString('base64url');
    const [row] = await this.db.writeOne('createApiKey', {
      id,
      name: trimmed,
      roles: [...new Set(roles)],
      hash: hashOf(secretPart).toString('hex'),
      now: neo4j.types.DateTime.fromStandardDate(new Date()),
      by,
    });
    return { key: this.record(row.key), secret: `${apiKeyPrefix}${id}_${secretPart}` };
  }

  async list(): Promise<ApiKeyRecord[]> {
    const rows = await this.db.read('apiKeysAll');
    return rows.map((row) => this.record(row.key));
  }

  /** Revokes at once for this process; other processes stop accepting the key within `cacheMs`. */
  async revoke(id: string, by: string): Promise<ApiKeyRecord> {
    const [row] = await this.db.writeOne('revokeApiKey', {
      id,
      now: neo4j.types.DateTime.fromStandardDate(new Date()),
      by,
    });
    this.cache.delete(id);
    if (!row)
      throw new ApiError(
        `API key "${id}" does not exist (argument id); the apiKeys query and \`npm run keys -- list\` list them`,
        ErrorCode.NOT_FOUND,
        { kind: 'ApiKey', id, argumentName: 'id' },
      );
    return this.record(row.key);
  }

  /** The identity of a valid key; UNAUTHENTICATED saying what is wrong otherwise. */
  async authenticate(credential: string): Promise<Identity> {
    const match = apiKeyPattern.exec(credential);
    if (!match)
      throw new UnauthenticatedError(
        `the API key is malformed; keys look like ${apiKeyPrefix}<16 hex characters>_<43 characters>, as \`npm run keys -- create\` printed them`,
      );
    const [, id, secretPart] = match;
    const key = await this.validKey(id);
    if (!timingSafeEqual(hashOf(secretPart), key.hash))
      throw new UnauthenticatedError(`the secret of API key ${id} is wrong`);
    return { subject: apiKeySubject(id), roles: key.roles };
  }

  private async validKey(id: string): Promise<CachedKey> {
    const now = Date.now();
    const cached = this.cache.get(id);
    if (cached && cached.expiresAt > now) return cached;
    this.cache.delete(id);
    const [row] = await this.db.read('apiKeyCredentials', { id });
    if (!row) throw new UnauthenticatedError(`there is no API key ${id}`);
    if (row.revokedAt !== null) throw new UnauthenticatedError(`API key ${id} was revoked at ${row.revokedAt}`);
    const key: CachedKey = {
      hash: Buffer.from(row.hash, 'hex'),
      roles: rolesOf(row.roles),
      expiresAt: now + this.options.cacheMs,
    };
    if (this.options.cacheMs > 0) this.cache.set(id, key);
    return key;
  }

  private record(key: ApiKeyFields): ApiKeyRecord {
    return { ...key, roles: rolesOf(key.roles), revokedAt: key.revokedAt ?? null, revokedBy: key.revokedBy ?? null };
  }
}
