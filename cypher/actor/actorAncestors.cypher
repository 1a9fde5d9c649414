// actorAncestors: for each given actor, the actors it is PART_OF, directly or through others, nearest first.
// $actorIds: LIST<STRING>. Returns actorId, distance (1 for a direct parent) and ancestor: map of the ancestor's
// properties (as actorsByIds). Hierarchies deeper than 10 levels are cut at 10; an actor reachable by two routes is
// listed once, at its nearest distance.
UNWIND $actorIds AS actorId
MATCH path = (:Actor {id: actorId})-[:PART_OF*1..10]->(ancestor:Actor)
WITH actorId, ancestor, min(length(path)) AS distance
RETURN actorId, distance,
       ancestor {.id, .name, .aliases, .kind, .countryCode, .description, createdAt: ancestor.createdAt.epochMillis, updatedAt: ancestor.updatedAt.epochMillis} AS ancestor
ORDER BY actorId, distance, toLower(ancestor.name), ancestor.id
