// deleteLinksOfTypes: removes a node's outgoing links of the given types (a cleared location, parent, publisher...),
// moving its updatedAt when one goes.
// $fromId: STRING, $types: LIST<STRING>, $now: DATETIME, $by: STRING. Returns deleted.
MATCH (from:Entity {id: $fromId})-[r]->(:Entity)
WHERE type(r) IN $types
SET from.updatedAt = $now, from.updatedBy = $by
DELETE r
RETURN count(r) AS deleted
