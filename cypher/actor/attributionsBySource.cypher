// attributionsBySource: for each given actor, the events that claims attribute to it, grouped by the source that made the claim.
// $actorIds: LIST<STRING>, $includeSubunits: BOOLEAN (also claims blaming actors PART_OF it, up to 10 levels down).
// Counts claims of kind ATTRIBUTION or RESPONSIBILITY_CLAIM whose stance is not DENIES and that are not retracted.
// Returns actorId, sourceId, eventIds (by event date, undated last, then id) and claimIds (in the order of their events);
// per actor the sources blaming it for most events come first, then by source name.
UNWIND $actorIds AS actorId
MATCH (root:Actor {id: actorId})<-[:PART_OF*0..10]-(actor:Actor)
WHERE $includeSubunits OR actor = root
WITH DISTINCT actorId, actor
MATCH (actor)<-[:ATTRIBUTES_TO]-(c:Claim)-[:ABOUT]->(e:Event)
WHERE c.kind IN ['ATTRIBUTION', 'RESPONSIBILITY_CLAIM'] AND c.stance <> 'DENIES' AND c.retractedAt IS NULL
MATCH (s:Source)-[:MADE]->(c)
WITH actorId, s, e, c
ORDER BY e.startDate IS NULL, e.startDate, e.id, c.id
WITH actorId, s, collect(DISTINCT e.id) AS eventIds, collect(DISTINCT c.id) AS claimIds
RETURN actorId, s.id AS sourceId, eventIds, claimIds
ORDER BY actorId, size(eventIds) DESC, toLower(s.name), s.id
