// findExistingNodes: which of the given ids already exist, and as what kind.
// $ids: LIST<STRING>. Returns one row per existing id: id, kinds (its labels other than Entity).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, [label IN labels(n) WHERE label <> 'Entity'] AS kinds
