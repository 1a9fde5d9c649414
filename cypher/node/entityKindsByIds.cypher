// entityKindsByIds: the kind of each entity (any node kind) with one of the given ids; ids that name nothing are absent.
// The id of an actor merged into another (a :Redirect) is an ACTOR: the actor loader answers it with the survivor.
// $ids: LIST<STRING>. Returns id (as asked), kind: one of ACTOR, EVENT, LOCATION, SOURCE, DOCUMENT, CLAIM.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
OPTIONAL MATCH (n:Redirect)-[:MERGED_INTO]->(survivor:Entity)
WITH id, coalesce(survivor, n) AS n
WITH id, [label IN labels(n) WHERE label IN ['Actor', 'Event', 'Location', 'Source', 'Document', 'Claim'] | toUpper(label)][0] AS kind
WHERE kind IS NOT NULL
RETURN id, kind
