// createLinks: creates relationships that cannot exist yet, because one end was created by this transaction.
// $links: LIST<{fromId, type, toId, props}> (no duplicates; type checked against the model's relationship types),
// $now: DATETIME, $by: STRING. Returns created.
// MERGE would first look for the relationship, and on a near-empty graph Neo4j plans that look-up as a scan of all
// relationships, once per link: a first large import then takes quadratic time. Nothing to look for, so no MERGE.
UNWIND $links AS link
MATCH (from:Entity {id: link.fromId})
MATCH (to:Entity {id: link.toId})
CREATE (from)-[r:$(link.type)]->(to)
SET r += link.props, r.createdAt = $now, r.updatedAt = $now, from.updatedAt = $now, from.updatedBy = $by
RETURN count(r) AS created
