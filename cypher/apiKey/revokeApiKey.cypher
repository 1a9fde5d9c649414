// revokeApiKey: marks an API key revoked; revoking it again keeps the first revocation's time and author.
// $id: STRING, $now: DATETIME, $by: STRING (who revokes it). Returns key: the key's public fields; no row for an unknown id.
MATCH (k:ApiKey {id: $id})
SET k.revokedAt = coalesce(k.revokedAt, $now), k.revokedBy = coalesce(k.revokedBy, $by)
RETURN k {.id, .name, .roles, .createdAt, .createdBy, .revokedAt, .revokedBy} AS key
