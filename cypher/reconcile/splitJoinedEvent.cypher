// splitJoinedEvent: undoes a join: the report becomes an event again, at its own place and under its own parent, with
// the claims and parts that came with it (those whose link says joinedFrom it), and the two are kept apart so the
// matcher does not join them again. $joinedId: STRING; $now: DATETIME; $by: STRING.
// Returns incidentId, claims (how many moved back). No row when the id is not a joined report.
MATCH (j:Redirect {id: $joinedId, formerKind: 'Event'})-[join:MERGED_INTO]->(i:Event)
CALL (i, j) {
  OPTIONAL MATCH (c:Claim)-[old:ABOUT]->(i) WHERE old.joinedFrom = j.id
  CALL (c, old, j) {
    WITH c, old WHERE old IS NOT NULL
    CREATE (c)-[back:ABOUT]->(j)
    SET back = properties(old), back.updatedAt = $now, c.updatedAt = $now, c.updatedBy = $by
    REMOVE back.joinedFrom
    DELETE old
  }
  RETURN count(old) AS claims
}
CALL (i, j) {
  OPTIONAL MATCH (part:Event)-[old:PART_OF]->(i) WHERE old.joinedFrom = j.id
  CALL (part, old, j) {
    WITH part, old WHERE old IS NOT NULL
    CREATE (part)-[back:PART_OF]->(j)
    SET back = properties(old), back.updatedAt = $now, part.updatedAt = $now, part.updatedBy = $by
    REMOVE back.joinedFrom
    DELETE old
  }
  RETURN count(old) AS parts
}
OPTIONAL MATCH (place:Location {id: j.formerLocationId})
OPTIONAL MATCH (whole:Event {id: j.formerPartOfId})
DELETE join
REMOVE j:Redirect, j.formerKind, j.restatable, j.formerLocationId, j.formerPartOfId, j.mergedAt, j.mergedBy
SET j:Event, j.updatedAt = $now, j.updatedBy = $by, i.updatedAt = $now, i.updatedBy = $by
FOREACH (_ IN CASE WHEN place IS NULL THEN [] ELSE [1] END | CREATE (j)-[:OCCURRED_IN {createdAt: $now, updatedAt: $now}]->(place))
FOREACH (_ IN CASE WHEN whole IS NULL THEN [] ELSE [1] END | CREATE (j)-[:PART_OF {createdAt: $now, updatedAt: $now}]->(whole))
MERGE (j)-[apart:KEPT_APART]->(i)
ON CREATE SET apart.createdAt = $now, apart.createdBy = $by
RETURN i.id AS incidentId, claims
