// addActorExternalIds: gives actors the dataset ids they lack (an actor the UCDP import reuses by name gets the side's
// UCDP ids, so later imports find it by them); updatedAt moves only when an id is added.
// $rows: LIST<{id, externalIds: LIST<STRING>}>, $now: DATETIME, $by: STRING. Returns added: the number of actors changed.
UNWIND $rows AS row
MATCH (a:Actor {id: row.id})
WITH a, [x IN row.externalIds WHERE NOT x IN coalesce(a.externalIds, [])] AS missing
WHERE size(missing) > 0
SET a.externalIds = coalesce(a.externalIds, []) + missing, a.updatedAt = $now, a.updatedBy = $by
RETURN count(a) AS added
