// incidentCandidatePairs: for each event, the events already in the graph that lie within the widest time and distance
// windows the matching rule could accept; src/reconcile/eventMatch.ts then judges each pair.
// $eventIds: LIST<STRING> (the events to match; they are never each other's candidates), $windowDays: INTEGER,
// $allowanceKm: MAP (geo precision -> km an event's point may be off; COUNTRY-precise events are not matched),
// $widestKm: FLOAT (the largest allowance). Pairs an editor kept apart are left out.
// Returns eventId, candidateId. Seeks the event_point index, then checks dates.
UNWIND $eventIds AS eventId
MATCH (e:Event {id: eventId})-[:OCCURRED_IN]->(place:Location)
WHERE e.point IS NOT NULL AND e.startDate IS NOT NULL AND place.geoPrecision <> 'COUNTRY'
WITH e, eventId, ($allowanceKm[place.geoPrecision] + $widestKm) * 1000 AS meters
MATCH (c:Event)
WHERE point.distance(c.point, e.point) <= meters
  AND NOT c.id IN $eventIds
  AND c.startDate <= e.endDate + duration({days: $windowDays})
  AND c.endDate >= e.startDate - duration({days: $windowDays})
  AND NOT (c)-[:KEPT_APART]-(e)
RETURN eventId, c.id AS candidateId
