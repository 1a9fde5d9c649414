// eventMatchFacts: what the matching rule compares of each event: kind, dates, point and its precision, the actors
// its unretracted claims blame or involve (actorIds; actorLineage adds every actor each is PART_OF), the DATASET
// sources that report it, and the event it is part of.
// $ids: LIST<STRING>. Returns facts: {id, kind, startDate, endDate, latitude, longitude, geoPrecision, actorIds,
// actorLineage, actorsUnknown, datasetIds, partOfEventId}.
UNWIND $ids AS id
MATCH (e:Event {id: id})
OPTIONAL MATCH (e)-[:OCCURRED_IN]->(place:Location)
OPTIONAL MATCH (e)-[:PART_OF]->(whole:Event)
CALL (e) {
  OPTIONAL MATCH (e)<-[:ABOUT]-(c:Claim)-[r:ATTRIBUTES_TO|INVOLVES]->(a:Actor)
  WHERE c.retractedAt IS NULL AND coalesce(c.stance, '') <> 'DENIES'
  OPTIONAL MATCH (a)-[:PART_OF*1..4]->(above:Actor)
  WITH collect(DISTINCT a) AS named, collect(DISTINCT above.id) AS aboveIds,
       collect(DISTINCT CASE WHEN type(r) = 'ATTRIBUTES_TO' THEN a END) AS blamed
  RETURN [a IN named | a.id] AS actorIds, [a IN named | a.id] + aboveIds AS actorLineage,
         all(a IN blamed WHERE a.kind = 'UNKNOWN') AS actorsUnknown
}
CALL (e) {
  OPTIONAL MATCH (e)<-[:ABOUT]-(:Claim)<-[:MADE]-(s:Source {kind: 'DATASET'})
  RETURN collect(DISTINCT s.id) AS datasetIds
}
RETURN e {.id, .kind, startDate: toString(e.startDate), endDate: toString(e.endDate), latitude: e.point.y, longitude: e.point.x,
          geoPrecision: place.geoPrecision, actorIds: actorIds, actorLineage: actorLineage, actorsUnknown: actorsUnknown, datasetIds: datasetIds,
          partOfEventId: whole.id} AS facts
