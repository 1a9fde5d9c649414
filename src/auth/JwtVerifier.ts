// Bearer JWTs: verified against a shared HS256 secret or a JWKS, roles read from a configurable claim.
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';

import { UnauthenticatedError } from '../errors/AuthErrors';
import type { Identity } from './identity';
import { Role } from './Role';

export interface JwtConfig {
  /** HS256 shared secret; exactly one of secret and jwksUrl is set. */
  secret?: string;
  /** Where the issuer publishes its signing keys (RS256, ES256...). */
  jwksUrl?: string;
  issuer?: string;
  audience?: string;
  /** The claim holding the roles, a dotted path for nested claims (`realm_access.roles`). */
  rolesClaim: string;
}

/** Identity subjects of tokens; writes record them as createdBy / updatedBy. */
export function jwtSubject(sub: string): string {
  return `jwt:${sub}`;
}

function claimAt(payload: JWTPayload, dottedPath: string): unknown {
  return dottedPath
    .split('.')
    .reduce<unknown>(
      (value, key) =>
        value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined,
      payload,
    );
}

/** Roles named in the claim (a list, or one string of space- or comma-separated names); unknown names are ignored. */
function rolesIn(claim: unknown): Role[] {
  const names = Array.isArray(claim) ? claim : typeof claim === 'string' ? claim.split(/[\s,]+/) : [];
  const known = names.filter((name): name is string => typeof name === 'string').map((name) => name.toUpperCase());
  return Object.values(Role).filter((role) => known.includes(role));
}

function reasonOf(error: unknown): string {
  if (error instanceof errors.JWTExpired) return `it expired (claim "exp")`;
  if (error instanceof errors.JWTClaimValidationFailed)
    return `claim "${error.claim}" is not acceptable: ${error.reason === 'check_failed' ? `it does not match the expected ${error.claim === 'aud' ? 'audience' : error.claim === 'iss' ? 'issuer' : 'value'}` : error.reason}`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'its signature does not verify';
  if (error instanceof errors.JOSEAlgNotAllowed) return 'it is signed with an algorithm this API does not accept';
  if (error instanceof errors.JWKSNoMatchingKey) return 'no key of JWKS_URL matches its key id';
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid)
    return 'the signing keys at JWKS_URL could not be fetched';
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) return 'it is not a well-formed JWT';
  return 'it could not be verified';
}

export class JwtVerifier {
  private readonly key: Uint8Array | JWTVerifyGetKey;

  constructor(private readonly config: JwtConfig) {
    this.key =
      config.secret !== undefined
        ? new TextEncoder().encode(config.secret)
        : createRemoteJWKSet(new URL(config.jwksUrl as string));
  }

  /** The identity of a valid token; UNAUTHENTICATED saying why otherwise. */
  async authenticate(token: string): Promise<Identity> {
    let payload: JWTPayload;
    try {
      const options = {
        issuer: this.config.issuer,
        audience: this.config.audience,
        algorithms: this.config.secret !== undefined ? ['HS256'] : undefined,
      };
      // jose overloads by key kind; both branches take the same options.
      ({ payload } =
        typeof this.key === 'function'
          ? await jwtVerify(token, this.key, options)
          : await jwtVerify(token, this.key, options));
    } catch (error) {
      throw new UnauthenticatedError(`the bearer token was refused: ${reasonOf(error)}`);
    }
    if (typeof payload.sub !== 'string' || payload.sub === '')
      throw new UnauthenticatedError('the bearer token was refused: it has no "sub" claim naming who it is for');
    return { subject: jwtSubject(payload.sub), roles: rolesIn(claimAt(payload, this.config.rolesClaim)) };
  }
}
