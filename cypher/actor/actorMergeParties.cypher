// actorMergeParties: locks the two actors of a merge and reads what the merge needs to know about each.
// $ids: LIST<STRING> (survivor id, merged id). Returns one row per id that names a node: id, kinds (labels other
// than Entity), mergedIntoId (the actor a redirect points to, else null), name, aliases, nameKeys.
// Writing a throw-away property takes each node's write lock first, so a concurrent merge of the same actors waits
// for this one and then sees its outcome.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
SET n.mergeLock = true
REMOVE n.mergeLock
WITH id, n
OPTIONAL MATCH (n:Redirect)-[:MERGED_INTO]->(target:Entity)
RETURN id, [label IN labels(n) WHERE label <> 'Entity'] AS kinds, target.id AS mergedIntoId,
       n.name AS name, coalesce(n.aliases, []) AS aliases, coalesce(n.nameKeys, []) AS nameKeys
