// incidentCandidatePairs: for each event, the events already in the graph that lie within the widest time and distance
// windows the matching rule could accept; src/reconcile/eventMatch.ts then judges each pair.
// $eventIds: LIST<STRING> (the events to match; they are never each other's candidates), $windowDays: INTEGER,
// $allowanceKm: MAP (geo precision -> km an event's point may be off; COUNTRY-precise events are not matched),
// $widestKm: FLOAT (the largest allowance). Pairs an editor kept apart, and pairs a DATASET source reports both of, are
// left out.
// Returns eventId, candidateId. Seeks the event_point index, then checks dates.
UNWIND $eventIds AS eventId
MATCH (e:Event {id: eventId})-[:OCCURRED_IN]->(place:Location)
WHERE e.point IS NOT NULL AND e.startDate IS NOT NULL AND place.geoPrecision <> 'COUNTRY'
WITH e, eventId, ($allowanceKm[place.geoPrecision] + $widestKm) * 1000 AS meters,
     COLLECT { MATCH (e)<-[:ABOUT]-(:Claim)<-[:MADE]-(s:Source {kind: 'DATASET'}) RETURN DISTINCT s.id } AS datasets
MATCH (c:Event)
WHERE point.distance(c.point, e.point) <= meters
  AND NOT c.id IN $eventIds
  AND c.startDate <= e.endDate + duration({days: $windowDays})
  AND c.endDate >= e.startDate - duration({days: $windowDays})
  AND NOT (c)-[:KEPT_APART]-(e)
  // A dataset does not report one incident twice (the rule refuses such pairs): leaving them out here spares reading
  // their facts, which for a dataset's own dense neighbourhoods (a city's daily events) is most of the candidates.
  AND NOT EXISTS { MATCH (c)<-[:ABOUT]-(:Claim)<-[:MADE]-(s:Source) WHERE s.id IN datasets }
RETURN eventId, c.id AS candidateId
