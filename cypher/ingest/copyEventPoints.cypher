// copyEventPoints: copies each event's location point onto the event, so radius and bounding-box
// queries on events use the event_point index without a hop.
// $eventIds: LIST<STRING>. Returns the number of events updated.
UNWIND $eventIds AS eventId
MATCH (e:Event {id: eventId})
OPTIONAL MATCH (e)-[:OCCURRED_IN]->(l:Location)
WITH e, l
WHERE e.point IS NULL OR l IS NULL OR e.point <> l.point
SET e.point = l.point
RETURN count(e) AS updated
