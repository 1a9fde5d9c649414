// eventPartsPages: one page of the direct parts of each given event (the strikes of a series), earliest first, with
// each event's total. Undated parts come last; ties by id.
// $windows: LIST<{eventId: STRING, skip: INTEGER, limit: INTEGER}>. Returns eventId, totalCount and page:
// LIST<{position, event, location}> (the page's parts as eventsByIds gives them, each with its place as locationsByIds does).
UNWIND $windows AS window
MATCH (whole:Event {id: window.eventId})
CALL (whole) {
  OPTIONAL MATCH (whole)<-[:PART_OF]-(part:Event)
  WITH part ORDER BY part.startDate IS NULL, part.startDate, part.id
  RETURN collect(part) AS parts
}
CALL (whole, parts, window) {
  WITH parts[window.skip..window.skip + window.limit] AS page
  UNWIND range(0, size(page) - 1) AS position
  WITH position, page[position] AS e
  OPTIONAL MATCH (e)-[:OCCURRED_IN]->(l:Location)
  OPTIONAL MATCH (l)-[:PART_OF]->(parentPlace:Location)
  RETURN collect({position: position,
                  event: e {.id, .kind, .title, .description, startDate: toString(e.startDate), endDate: toString(e.endDate), .datePrecision, .dateNote, updatedAt: e.updatedAt.epochMillis, locationId: l.id, partOfEventId: whole.id},
                  location: CASE WHEN l IS NULL THEN null ELSE l {.id, .name, .aliases, .kind, .point, .geoPrecision, .countryCode, .note, updatedAt: l.updatedAt.epochMillis, parentId: parentPlace.id} END}) AS page
}
RETURN window.eventId AS eventId, size(parts) AS totalCount, page
