// setAcledEventRecords: after an updated ACLED row is written, records on its event which version of the row it now holds
// (dataset* properties) and, when ACLED had deleted the event and now sends a newer row, lifts the retractions that deletion
// made. An event joined into another incident keeps its record on its redirect; its claims are those ABOUT the incident
// that came with it (joinedFrom). $rows: LIST<{id, record: MAP}>, $now: DATETIME, $by: STRING. Returns restored: claims whose retraction was lifted.
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
WHERE e:Event OR e.formerKind = 'Event'
WITH e, row, e.datasetDeletedAt IS NOT NULL AS wasDeleted
SET e += row.record
REMOVE e.datasetDeletedAt
WITH e, wasDeleted
CALL (e, wasDeleted) {
  CALL (e) {
    MATCH (c:Claim)-[:ABOUT]->(e)
    RETURN c
    UNION
    MATCH (e)-[:MERGED_INTO]->(:Event)<-[about:ABOUT]-(c:Claim)
    WHERE about.joinedFrom = e.id
    RETURN c
  }
  WITH c
  WHERE wasDeleted AND c.id STARTS WITH 'claim:acled-' AND c.retractionReason STARTS WITH 'ACLED deleted event'
  SET c.retractedAt = null, c.retractionReason = null, c.retractedBy = null, c.updatedAt = $now, c.updatedBy = $by
  RETURN count(c) AS restored
}
RETURN sum(restored) AS restored
