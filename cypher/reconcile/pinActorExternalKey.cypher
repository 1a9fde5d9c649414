// pinActorExternalKey: the crosswalk: a dataset's name or id for an actor ('acled:military forces of egypt 2014')
// points at one actor; pinning it again moves it from any actor that held it.
// $key: STRING, $actorId: STRING, $now: DATETIME, $by: STRING, $audit: BOOLEAN (false for the seed's own crosswalk:
// pins loaded with the seed move no updatedAt). Returns actorId, previousActorIds (actors the pin left).
// No row when the actor does not exist.
MATCH (a:Actor {id: $actorId})
CALL (a) {
  OPTIONAL MATCH (other:Actor)
  WHERE other <> a AND $key IN coalesce(other.externalKeys, [])
  SET other.externalKeys = [k IN other.externalKeys WHERE k <> $key],
      other.updatedAt = CASE WHEN $audit THEN $now ELSE other.updatedAt END, other.updatedBy = CASE WHEN $audit THEN $by ELSE other.updatedBy END
  RETURN collect(other.id) AS previousActorIds
}
WITH a, previousActorIds, NOT $key IN coalesce(a.externalKeys, []) AS adding, $audit AS audit
SET a.externalKeys = CASE WHEN adding THEN coalesce(a.externalKeys, []) + $key ELSE a.externalKeys END,
    a.updatedAt = CASE WHEN adding AND audit THEN $now ELSE a.updatedAt END,
    a.updatedBy = CASE WHEN adding AND audit THEN $by ELSE a.updatedBy END
RETURN a.id AS actorId, previousActorIds
