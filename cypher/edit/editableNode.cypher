// editableNode: one node as an edit starts from: its kinds, its properties and its single-valued outgoing links.
// $id: STRING, $linkTypes: LIST<STRING> (only these links are read: a source's MADE links can be many).
// Returns kinds (labels other than Entity), props (all properties), links: LIST<{type, toId}>; no row when the id is unknown.
MATCH (n:Entity {id: $id})
RETURN [label IN labels(n) WHERE label <> 'Entity'] AS kinds, properties(n) AS props,
       [(n)-[r]->(to:Entity) WHERE type(r) IN $linkTypes | {type: type(r), toId: to.id}] AS links
