// eventsByIds: the events with the given ids, with their location's and parent event's ids.
// $ids: LIST<STRING>. Returns event: map with locationId and partOfEventId.
UNWIND $ids AS id
MATCH (e:Event {id: id})
OPTIONAL MATCH (e)-[:OCCURRED_IN]->(l:Location)
OPTIONAL MATCH (e)-[:PART_OF]->(parent:Event)
RETURN e {.id, .kind, .title, .description, startDate: toString(e.startDate), endDate: toString(e.endDate), .datePrecision, .dateNote, updatedAt: e.updatedAt.epochMillis, locationId: l.id, partOfEventId: parent.id} AS event
