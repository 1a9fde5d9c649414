// entityKindsByIds: the kind of each entity (any node kind) with one of the given ids; ids that name nothing are absent.
// $ids: LIST<STRING>. Returns id, kind: one of ACTOR, EVENT, LOCATION, SOURCE, DOCUMENT, CLAIM.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WITH n, [label IN labels(n) WHERE label IN ['Actor', 'Event', 'Location', 'Source', 'Document', 'Claim'] | toUpper(label)][0] AS kind
WHERE kind IS NOT NULL
RETURN n.id AS id, kind
