// keepEventsApart: an editor says two events are different incidents: any candidate link between them goes, and a
// KEPT_APART link keeps the matcher from proposing or joining them again. $eventId, $otherId: STRING; $now; $by.
// Returns eventId: one row when both are events.
MATCH (e:Event {id: $eventId})
MATCH (o:Event {id: $otherId})
CALL (e, o) {
  OPTIONAL MATCH (e)-[p:POSSIBLY_SAME]-(o)
  DELETE p
  RETURN count(p) AS dropped
}
MERGE (e)-[apart:KEPT_APART]->(o)
ON CREATE SET apart.createdAt = $now, apart.createdBy = $by
SET e.updatedAt = $now, e.updatedBy = $by, o.updatedAt = $now, o.updatedBy = $by
RETURN e.id AS eventId
