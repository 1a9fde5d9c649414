// auditByIds: who created and last changed each node, and when it was created.
// $ids: LIST<STRING>. Returns audit: map {id, createdAt, createdBy, updatedBy, retractedBy}.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n {.id, createdAt: n.createdAt.epochMillis, .createdBy, .updatedBy, .retractedBy} AS audit
