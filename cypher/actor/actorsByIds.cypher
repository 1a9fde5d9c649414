// actorsByIds: the actors with the given ids (missing ids are simply absent).
// $ids: LIST<STRING>. Returns actor: map of the actor's properties.
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN a {.id, .name, .aliases, .kind, .countryCode, .description, .createdAt, .updatedAt} AS actor
