// createRedirects: ids that arrived for nodes already in the graph become redirects to them, so bundles that use the
// incoming id keep working: a :Redirect -[:MERGED_INTO]-> the node it was found to be, like a merged actor's.
// $redirects: LIST<{id, targetId, formerKind, formerName, reasons}>, $now: DATETIME, $by: STRING.
// restatable: a bundle may define the id again (importers restate their places); the definition then goes to the
// target. Returns created: the number of redirects made.
UNWIND $redirects AS redirect
MATCH (target:Entity {id: redirect.targetId})
CREATE (r:Entity:Redirect {id: redirect.id, formerKind: redirect.formerKind, formerName: redirect.formerName, restatable: true,
                           reasons: redirect.reasons, createdAt: $now, createdBy: $by, mergedAt: $now, mergedBy: $by,
                           updatedAt: $now, updatedBy: $by})
CREATE (r)-[:MERGED_INTO {createdAt: $now, createdBy: $by, reasons: redirect.reasons}]->(target)
RETURN count(r) AS created
