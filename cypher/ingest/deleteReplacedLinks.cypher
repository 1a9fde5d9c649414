// deleteReplacedLinks: for single-valued links (a claim's event, a location's parent...), removes
// the old relationship when the bundle points the same start node elsewhere.
// $links: LIST<{fromId, type, toId}>, $now: DATETIME, $by: STRING. Returns the number deleted.
UNWIND $links AS link
MATCH (from:Entity {id: link.fromId})-[r]->(other:Entity)
WHERE type(r) = link.type AND other.id <> link.toId
SET from.updatedAt = $now, from.updatedBy = $by
DELETE r
RETURN count(r) AS deleted
