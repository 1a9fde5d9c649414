// apiKeyCredentials: what authenticating with an API key needs: its roles, secret hash and revocation.
// $id: STRING. Returns id, roles, hash, revokedAt (null while valid); no row for an unknown id.
MATCH (k:ApiKey {id: $id})
RETURN k.id AS id, k.roles AS roles, k.hash AS hash, k.revokedAt AS revokedAt
