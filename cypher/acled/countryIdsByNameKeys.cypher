// countryIdsByNameKeys: existing COUNTRY locations whose normalised name or alias (nameKeys) is among the keys.
// $keys: LIST<STRING> (normalizeName of each name). Returns key, id: one row per matching (key, country), ordered by key then id.
MATCH (l:Location {kind: 'COUNTRY'})
WHERE any(k IN l.nameKeys WHERE k IN $keys)
UNWIND [k IN l.nameKeys WHERE k IN $keys] AS key
RETURN key, l.id AS id
ORDER BY key, id
