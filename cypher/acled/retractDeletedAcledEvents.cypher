// retractDeletedAcledEvents: applies ACLED's list of deleted events: the claims the ACLED import made about each event
// (ACLED's attribution and its outlets' occurrence claims) are retracted, kept with the reason, and the event records when
// ACLED deleted it, so an older row of it imported later is stale. A deletion older than the row the graph holds (ACLED
// sent the event again after deleting it) changes nothing. An event joined into another incident is found by its redirect,
// and its claims are those ABOUT the incident that came with it (joinedFrom).
// $rows: LIST<{eventId, deletedAt: INTEGER (Unix seconds), reason}>, $now: DATETIME, $by: STRING.
// Returns eventId, outcome ('retracted', 'alreadyDeleted', 'stale', 'notFound'), claims: the claims retracted.
UNWIND $rows AS row
OPTIONAL MATCH (e:Entity {id: row.eventId})
WHERE e:Event OR e.formerKind = 'Event'
WITH row, e,
     CASE
       WHEN e IS NULL THEN 'notFound'
       WHEN e.datasetVersion IS NOT NULL AND e.datasetVersion > row.deletedAt THEN 'stale'
       WHEN e.datasetDeletedAt IS NOT NULL THEN 'alreadyDeleted'
       ELSE 'retracted'
     END AS outcome
CALL (row, e, outcome) {
  WITH row, e WHERE outcome = 'retracted'
  SET e.datasetDeletedAt = row.deletedAt, e.updatedAt = $now, e.updatedBy = $by
  WITH row, e
  CALL (e) {
    MATCH (c:Claim)-[:ABOUT]->(e)
    RETURN c
    UNION
    MATCH (e)-[:MERGED_INTO]->(:Event)<-[about:ABOUT]-(c:Claim)
    WHERE about.joinedFrom = e.id
    RETURN c
  }
  WITH row, c
  WHERE c.id STARTS WITH 'claim:acled-' AND c.retractedAt IS NULL
  SET c.retractedAt = $now, c.retractionReason = row.reason, c.retractedBy = $by, c.updatedAt = $now, c.updatedBy = $by
  RETURN count(c) AS claims
}
RETURN row.eventId AS eventId, outcome, claims
