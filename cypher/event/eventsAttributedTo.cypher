// eventsAttributedTo: events that claims attribute to an actor (optionally with its subordinate units),
// optionally only claims made (or relayed) by one source, with the claims that matched.
// $actorId: STRING, $includeSubordinates: BOOLEAN, $sourceId: STRING | null, $sourceAsRelayer: BOOLEAN,
// $kinds: LIST<STRING> | null, $from: DATE | null, $to: DATE | null, $locationId: STRING | null (subtree),
// $center: POINT | null, $radiusMeters: FLOAT | null, $minConfidence: FLOAT | null, $includeRetracted: BOOLEAN,
// $descending: BOOLEAN, $skip: INTEGER, $limit: INTEGER.
// Returns totalCount and page: LIST<{eventId, claimIds}>, newest first when $descending (undated last).
MATCH (root:Actor {id: $actorId})<-[:PART_OF*0..10]-(actor:Actor)
WHERE $includeSubordinates OR actor = root
WITH DISTINCT actor
MATCH (actor)<-[:ATTRIBUTES_TO]-(c:Claim)-[:ABOUT]->(e:Event)
WHERE c.kind IN ['ATTRIBUTION', 'RESPONSIBILITY_CLAIM'] AND c.stance <> 'DENIES'
  AND ($includeRetracted OR c.retractedAt IS NULL)
  AND ($minConfidence IS NULL OR c.confidence >= $minConfidence)
  AND ($kinds IS NULL OR e.kind IN $kinds)
  AND ($from IS NULL OR e.endDate >= $from)
  AND ($to IS NULL OR e.startDate <= $to)
  AND ($center IS NULL OR point.distance(e.point, $center) <= $radiusMeters)
  AND ($locationId IS NULL OR EXISTS { (e)-[:OCCURRED_IN]->(:Location)-[:PART_OF*0..6]->(:Location {id: $locationId}) })
  AND ($sourceId IS NULL
       OR EXISTS { (:Source {id: $sourceId})-[:MADE]->(c) }
       OR ($sourceAsRelayer AND EXISTS { (:Source {id: $sourceId})-[:MADE]->(:Claim)-[:RELAYS*1..10]->(c) }))
WITH e, collect(DISTINCT c.id) AS claimIds
ORDER BY e.startDate IS NULL,
         CASE WHEN $descending THEN e.startDate END DESC,
         CASE WHEN NOT $descending THEN e.startDate END ASC,
         e.id
WITH collect({eventId: e.id, claimIds: claimIds}) AS hits
RETURN size(hits) AS totalCount, hits[$skip..$skip + $limit] AS page
