// mergeLinks: creates or updates relationships between existing nodes, one per (from, type, to).
// $links: LIST<{fromId, type, toId, props}> (type is checked against the model's relationship
// types before it gets here), $now: DATETIME, $by: STRING.
// A new or changed link moves the updatedAt of its start node, so the change feed sees it.
// Returns created and updated counts.
UNWIND $links AS link
MATCH (from:Entity {id: link.fromId})
MATCH (to:Entity {id: link.toId})
MERGE (from)-[r:$(link.type)]->(to)
ON CREATE SET r.createdAt = $now
WITH from, r, link, r.updatedAt IS NULL AS created
WITH from, r, link, created, created OR any(key IN keys(link.props) WHERE r[key] IS NULL OR r[key] <> link.props[key]) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET r += link.props, r.updatedAt = $now, from.updatedAt = $now, from.updatedBy = $by)
RETURN count(CASE WHEN created THEN 1 END) AS created, count(CASE WHEN changed AND NOT created THEN 1 END) AS updated
