// sourceIdsByNameKeys: existing sources whose normalised name (nameKeys) is among the keys.
// $keys: LIST<STRING> (normalizeName of each name). Returns key, id: one row per matching (key, source), ordered by key then id.
MATCH (s:Source)
WHERE any(k IN s.nameKeys WHERE k IN $keys)
UNWIND [k IN s.nameKeys WHERE k IN $keys] AS key
RETURN key, s.id AS id
ORDER BY key, id
