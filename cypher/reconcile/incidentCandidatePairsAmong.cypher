// incidentCandidatePairsAmong: as incidentCandidatePairs, but the candidates are the given events (a bulk import's
// batch, against the few events of other sources in its dates: eventsOfOtherSourcesInWindow) rather than those the
// event_point index finds around each event.
// $eventIds: LIST<STRING>, $candidateIds: LIST<STRING>, $windowDays: INTEGER, $allowanceKm: MAP, $widestKm: FLOAT.
// Returns eventId, candidateId.
MATCH (c:Event)
WHERE c.id IN $candidateIds AND NOT c.id IN $eventIds AND c.point IS NOT NULL
WITH collect(c) AS candidates
UNWIND $eventIds AS eventId
MATCH (e:Event {id: eventId})-[:OCCURRED_IN]->(place:Location)
WHERE e.point IS NOT NULL AND e.startDate IS NOT NULL AND place.geoPrecision <> 'COUNTRY'
WITH e, eventId, candidates, ($allowanceKm[place.geoPrecision] + $widestKm) * 1000 AS meters,
     COLLECT { MATCH (e)<-[:ABOUT]-(:Claim)<-[:MADE]-(s:Source {kind: 'DATASET'}) RETURN DISTINCT s.id } AS datasets
UNWIND candidates AS c
WITH e, eventId, c, meters, datasets
WHERE point.distance(c.point, e.point) <= meters
  AND c.startDate <= e.endDate + duration({days: $windowDays})
  AND c.endDate >= e.startDate - duration({days: $windowDays})
  AND NOT (c)-[:KEPT_APART]-(e)
  AND NOT EXISTS { MATCH (c)<-[:ABOUT]-(:Claim)<-[:MADE]-(s:Source) WHERE s.id IN datasets }
RETURN eventId, c.id AS candidateId
