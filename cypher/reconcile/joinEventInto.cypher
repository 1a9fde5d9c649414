// joinEventInto: one report of an incident joins another event as the same incident, reversibly: its claims (and
// parts) move to the incident, each remembering `joinedFrom`; its own place and parent are kept as properties; and the
// report becomes a :Redirect -[:MERGED_INTO {score, reasons, automatic}]-> incident, so its id answers with the incident.
// $incidentId, $joinedId: STRING; $score: FLOAT (null when an editor joins); $reasons: LIST<STRING>; $automatic:
// BOOLEAN; $now: DATETIME; $by: STRING. Redirects to the joined report move on to the incident (one hop).
// Returns claims, parts: how many moved. No row when either is not an event.
MATCH (i:Event {id: $incidentId})
MATCH (j:Event {id: $joinedId})
CALL (i, j) {
  OPTIONAL MATCH (c:Claim)-[old:ABOUT]->(j)
  CALL (c, old, i, j) {
    WITH c, old WHERE old IS NOT NULL
    CREATE (c)-[moved:ABOUT]->(i)
    SET moved = properties(old), moved.joinedFrom = coalesce(old.joinedFrom, j.id), moved.updatedAt = $now,
        c.updatedAt = $now, c.updatedBy = $by
    DELETE old
  }
  RETURN count(old) AS claims
}
CALL (i, j) {
  OPTIONAL MATCH (part:Event)-[old:PART_OF]->(j)
  CALL (part, old, i, j) {
    WITH part, old WHERE old IS NOT NULL
    CREATE (part)-[moved:PART_OF]->(i)
    SET moved = properties(old), moved.joinedFrom = coalesce(old.joinedFrom, j.id), moved.updatedAt = $now,
        part.updatedAt = $now, part.updatedBy = $by
    DELETE old
  }
  RETURN count(old) AS parts
}
CALL (i, j) {
  OPTIONAL MATCH (r:Redirect)-[old:MERGED_INTO]->(j)
  CALL (r, old, i) {
    WITH r, old WHERE old IS NOT NULL
    CREATE (r)-[moved:MERGED_INTO]->(i)
    SET moved = properties(old), r.updatedAt = $now, r.updatedBy = $by
    DELETE old
  }
  RETURN count(old) AS redirects
}
OPTIONAL MATCH (j)-[:OCCURRED_IN]->(place:Location)
OPTIONAL MATCH (j)-[:PART_OF]->(whole:Event)
WITH i, j, claims, parts, place.id AS placeId, whole.id AS wholeId
CALL (j) {
  OPTIONAL MATCH (j)-[own:OCCURRED_IN|PART_OF|POSSIBLY_SAME|KEPT_APART]-()
  DELETE own
  RETURN count(own) AS cleared
}
REMOVE j:Event
SET j:Redirect, j.formerKind = 'Event', j.restatable = true, j.formerLocationId = placeId, j.formerPartOfId = wholeId,
    j.mergedAt = $now, j.mergedBy = $by, j.updatedAt = $now, j.updatedBy = $by, i.updatedAt = $now, i.updatedBy = $by
CREATE (j)-[:MERGED_INTO {createdAt: $now, createdBy: $by, score: $score, reasons: $reasons, automatic: $automatic}]->(i)
RETURN claims, parts
