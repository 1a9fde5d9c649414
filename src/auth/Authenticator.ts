// Works out who a request comes from: an API key, a bearer JWT, or nobody (the anonymous role).
import { UnauthenticatedError } from '../errors/AuthErrors';
import { apiKeyPrefix, type ApiKeyService } from './ApiKeyService';
import { anonymousIdentity, type Identity } from './identity';
import type { JwtVerifier } from './JwtVerifier';
import type { Role } from './Role';

export interface CredentialHeaders {
  /** `Authorization`: `Bearer <API key or JWT>`. */
  authorization?: string;
  /** `X-API-Key`: an API key on its own. */
  apiKey?: string;
}

export class Authenticator {
  constructor(
    private readonly apiKeys: ApiKeyService,
    private readonly jwt: JwtVerifier | null,
    private readonly anonymousRole: Role | null,
  ) {}

  /**
   * The caller's identity. Credentials that were sent but do not hold up are refused with
   * UNAUTHENTICATED saying why; they never fall back to the anonymous role.
   */
  async identify({ authorization, apiKey }: CredentialHeaders): Promise<Identity> {
    const bearer = authorization === undefined ? undefined : this.bearerOf(authorization);
    if (bearer !== undefined && apiKey !== undefined && bearer !== apiKey.trim()) {
      throw new UnauthenticatedError(
        'the request sends different credentials in Authorization and X-API-Key; send one',
      );
    }
    const credential = bearer ?? apiKey?.trim();
    if (credential === undefined) return anonymousIdentity(this.anonymousRole);
    if (credential === '') throw new UnauthenticatedError('the credential sent is empty');
    if (apiKey !== undefined && bearer === undefined) return this.apiKeys.authenticate(credential);
    return this.fromBearer(credential);
  }

  private bearerOf(authorization: string): string {
    const match = /^Bearer\s+(.*)$/i.exec(authorization.trim());
    if (!match) throw new UnauthenticatedError('the Authorization header must be `Bearer <API key or token>`');
    return match[1].trim();
  }

  private fromBearer(credential: string): Promise<Identity> {
    // Keys have a fixed prefix; anything else is taken for a token.
    if (credential.startsWith(apiKeyPrefix)) return this.apiKeys.authenticate(credential);
    if (this.jwt === null)
      throw new UnauthenticatedError(
        `the bearer credential is not an API key (they start with ${apiKeyPrefix}), and this server accepts no tokens (neither JWT_SECRET nor JWKS_URL is set)`,
      );
    return this.jwt.authenticate(credential);
  }
}
