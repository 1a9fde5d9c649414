// createNode: creates one node of a kind, recording who created it and when; fails on the Entity id uniqueness
// constraint when the id is taken (a concurrent create included).
// $label: STRING (a node kind, checked by the code), $id: STRING, $props: MAP, $now: DATETIME, $by: STRING. Returns id.
CREATE (n:Entity:$($label) {id: $id})
SET n += $props, n.createdAt = $now, n.createdBy = $by, n.updatedAt = $now, n.updatedBy = $by
RETURN n.id AS id
