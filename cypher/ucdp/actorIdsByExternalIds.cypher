// actorIdsByExternalIds: actors carrying one of the given external ids (`ucdp:581`).
// $externalIds: LIST<STRING>. Returns externalId, id: one row per (external id, actor), ordered by external id then id.
MATCH (a:Actor)
WHERE any(x IN coalesce(a.externalIds, []) WHERE x IN $externalIds)
UNWIND [x IN a.externalIds WHERE x IN $externalIds] AS externalId
RETURN externalId, a.id AS id
ORDER BY externalId, id
