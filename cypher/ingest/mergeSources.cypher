// mergeSources: creates or updates Source nodes by id; updatedAt moves only when a property really changes.
// $rows: LIST<{id, props}>, $now: DATETIME, $by: STRING (who writes).
// Returns created and updated counts, and the ids this transaction created.
UNWIND $rows AS row
MERGE (n:Entity:Source {id: row.id})
ON CREATE SET n.createdAt = $now, n.createdBy = $by
WITH n, row, n.updatedAt IS NULL AS created
WITH n, row, created, created OR any(key IN keys(row.props) WHERE n[key] IS NULL OR n[key] <> row.props[key]) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET n += row.props, n.updatedAt = $now, n.updatedBy = $by)
RETURN count(CASE WHEN created THEN 1 END) AS created, count(CASE WHEN changed AND NOT created THEN 1 END) AS updated,
       collect(CASE WHEN created THEN n.id END) AS createdIds
