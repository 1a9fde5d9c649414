// acledTownsByIdBases: the towns the ACLED import made for a country and a name: the base id and its numbered variants.
// $bases: LIST<STRING>, each `loc:acled-<country>:<town>`. Returns base, id, latitude, longitude: one row per town whose id is
// the base or `<base>:<n>` (not the `/near` areas under them). The id index answers the STARTS WITH seek.
UNWIND $bases AS base
MATCH (t:Location)
WHERE t.id STARTS WITH base
  AND (t.id = base OR (substring(t.id, size(base), 1) = ':' AND NOT substring(t.id, size(base)) CONTAINS '/'))
RETURN base, t.id AS id, t.point.y AS latitude, t.point.x AS longitude
ORDER BY base, id
