// actorIdsByNameKeys: existing actors one of whose normalised names or aliases (nameKeys) is among the keys.
// $keys: LIST<STRING> (normalizeName of each name). Returns key, id: one row per matching (key, actor), ordered by key then id.
MATCH (a:Actor)
WHERE any(k IN a.nameKeys WHERE k IN $keys)
UNWIND [k IN a.nameKeys WHERE k IN $keys] AS key
RETURN key, a.id AS id
ORDER BY key, id
