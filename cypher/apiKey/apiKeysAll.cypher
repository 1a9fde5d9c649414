// apiKeysAll: every API key, oldest first, without the secret hashes.
// No parameters. Returns key: the key's public fields.
MATCH (k:ApiKey)
RETURN k {.id, .name, .roles, .createdAt, .createdBy, .revokedAt, .revokedBy} AS key
ORDER BY k.createdAt, k.id
