// actorsByIds: the actors with the given ids (missing ids are simply absent); the id of an actor merged into another
// (a :Redirect) answers with the actor it was merged into.
// $ids: LIST<STRING>. Returns requestedId (the id asked for), actor: map of the actor's properties.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
OPTIONAL MATCH (n:Redirect)-[:MERGED_INTO]->(survivor:Actor)
WITH id, coalesce(survivor, n) AS a
WHERE a:Actor
RETURN id AS requestedId, a {.id, .name, .aliases, .kind, .countryCode, .description, createdAt: a.createdAt.epochMillis, updatedAt: a.updatedAt.epochMillis} AS actor
