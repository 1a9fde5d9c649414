// createApiKey: stores a new API key by the hash of its secret (never the secret itself).
// $id: STRING, $name: STRING, $roles: LIST<STRING>, $hash: STRING (sha256 hex of the secret), $now: DATETIME, $by: STRING (who creates it).
// Returns key: the key's public fields.
CREATE (k:ApiKey {id: $id, name: $name, roles: $roles, hash: $hash, createdAt: $now, createdBy: $by})
RETURN k {.id, .name, .roles, .createdAt, .createdBy, .revokedAt, .revokedBy} AS key
