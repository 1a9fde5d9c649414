// sourcesByIds: the sources with the given ids, with the actor each is affiliated with.
// $ids: LIST<STRING>. Returns source: map with affiliatedActorId.
UNWIND $ids AS id
MATCH (s:Source {id: id})
OPTIONAL MATCH (s)-[:AFFILIATED_WITH]->(a:Actor)
RETURN s {.id, .name, .kind, .url, .description, updatedAt: s.updatedAt.epochMillis, affiliatedActorId: a.id} AS source
