// copyPointToEventsAt: after a location moves, copies its point onto the events that occurred there, as
// copyEventPoints does for ingested events.
// $locationId: STRING. Returns the number of events updated.
MATCH (e:Event)-[:OCCURRED_IN]->(l:Location {id: $locationId})
WHERE e.point IS NULL OR e.point <> l.point
SET e.point = l.point
RETURN count(e) AS updated
