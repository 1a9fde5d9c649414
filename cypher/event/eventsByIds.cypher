// eventsByIds: the events with the given ids, with their location's and parent event's ids; the id of a report joined
// into an incident (a :Redirect) answers with the incident.
// $ids: LIST<STRING>. Returns requestedId (the id asked for), event: map with locationId and partOfEventId.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
OPTIONAL MATCH (n:Redirect)-[:MERGED_INTO]->(incident:Event)
WITH id, coalesce(incident, n) AS e
WHERE e:Event
OPTIONAL MATCH (e)-[:OCCURRED_IN]->(l:Location)
OPTIONAL MATCH (e)-[:PART_OF]->(parent:Event)
RETURN id AS requestedId, e {.id, .kind, .title, .description, startDate: toString(e.startDate), endDate: toString(e.endDate), .datePrecision, .dateNote, updatedAt: e.updatedAt.epochMillis, locationId: l.id, partOfEventId: parent.id} AS event
