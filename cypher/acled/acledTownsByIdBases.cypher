// acledTownsByIdBases: the towns the ACLED import made for a country and a name: the base id and its numbered variants.
// $bases: LIST<STRING>, each `loc:acled-<country>:<town>`. Returns base, id, latitude, longitude: one row per town whose id is
// the base or `<base>:<n>` (not the `/near` areas under them). The id index answers the STARTS WITH seek. A town found to
// be a place the graph already held is a redirect to it: it keeps its id, and answers with that place's point.
UNWIND $bases AS base
MATCH (t:Entity)
WHERE t.id STARTS WITH base
  AND (t.id = base OR (substring(t.id, size(base), 1) = ':' AND NOT substring(t.id, size(base)) CONTAINS '/'))
  AND (t:Location OR t.formerKind = 'Location')
OPTIONAL MATCH (t:Redirect)-[:MERGED_INTO]->(place:Location)
WITH base, t, coalesce(t.point, place.point) AS point
RETURN base, t.id AS id, point.y AS latitude, point.x AS longitude
ORDER BY base, id
