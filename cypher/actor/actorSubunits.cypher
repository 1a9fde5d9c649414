// actorSubunits: for each given actor, the actors PART_OF it, directly or through others, up to $depth levels down.
// $actorIds: LIST<STRING>, $depth: INTEGER (1..5; deeper levels are never read). Returns actorId, level (1 for
// direct subunits) and subunit: map of its properties (as actorsByIds); nearest level first, then by name.
UNWIND $actorIds AS actorId
MATCH path = (:Actor {id: actorId})<-[:PART_OF*1..5]-(subunit:Actor)
WHERE length(path) <= $depth
WITH actorId, subunit, min(length(path)) AS level
RETURN actorId, level,
       subunit {.id, .name, .aliases, .kind, .countryCode, .description, createdAt: subunit.createdAt.epochMillis, updatedAt: subunit.updatedAt.epochMillis} AS subunit
ORDER BY actorId, level, toLower(subunit.name), subunit.id
