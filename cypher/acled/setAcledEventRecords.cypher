// setAcledEventRecords: after an updated ACLED row is written, records on its event which version of the row it now holds
// (dataset* properties) and, when ACLED had deleted the event and now sends a newer row, lifts the retractions that deletion
// made. $rows: LIST<{id, record: MAP}>, $now: DATETIME, $by: STRING. Returns restored: claims whose retraction was lifted.
UNWIND $rows AS row
MATCH (e:Event {id: row.id})
WITH e, row, e.datasetDeletedAt IS NOT NULL AS wasDeleted
SET e += row.record
REMOVE e.datasetDeletedAt
WITH e, wasDeleted
CALL (e, wasDeleted) {
  MATCH (c:Claim)-[:ABOUT]->(e)
  WHERE wasDeleted AND c.id STARTS WITH 'claim:acled-' AND c.retractionReason STARTS WITH 'ACLED deleted event'
  SET c.retractedAt = null, c.retractionReason = null, c.retractedBy = null, c.updatedAt = $now, c.updatedBy = $by
  RETURN count(c) AS restored
}
RETURN sum(restored) AS restored
