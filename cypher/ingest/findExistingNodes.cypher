// findExistingNodes: which of the given ids already exist, and as what kind.
// $ids: LIST<STRING>. Returns one row per existing id: id, kinds (its labels other than Entity), mergedIntoId (for the
// id of an actor merged into another, a :Redirect, the actor it now stands for; else null), formerKind (what a redirect
// was) and restatable (true for redirects a bundle may define again: places and events found to be existing ones).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
OPTIONAL MATCH (n:Redirect)-[:MERGED_INTO]->(survivor:Entity)
RETURN id, [label IN labels(n) WHERE label <> 'Entity'] AS kinds, survivor.id AS mergedIntoId, n.formerKind AS formerKind,
       coalesce(n.restatable, false) AS restatable
