// actorsPage: one page of actors, best full-text match first when searching, otherwise by name, with the total.
// $query: STRING | null (Lucene query for the actor_names full-text index; null lists every actor),
// $kinds: LIST<STRING> | null, $skip: INTEGER, $limit: INTEGER.
// Returns totalCount and actors (the page, in order): maps of the actor's properties, shaped as actorsByIds returns them.
// The guards let exactly one branch run: the index when searching, a label scan otherwise.
CALL () {
  WITH 1 AS guard WHERE $query IS NOT NULL
  CALL db.index.fulltext.queryNodes('actor_names', $query) YIELD node, score
  RETURN node AS a, score
  UNION
  WITH 1 AS guard WHERE $query IS NULL
  MATCH (a:Actor)
  RETURN a, 0.0 AS score
}
WITH a, score
WHERE $kinds IS NULL OR a.kind IN $kinds
ORDER BY score DESC, toLower(a.name), a.id
WITH collect(a {.id, .name, .aliases, .kind, .countryCode, .description, createdAt: a.createdAt.epochMillis, updatedAt: a.updatedAt.epochMillis}) AS actors
RETURN size(actors) AS totalCount, actors[$skip..$skip + $limit] AS actors
