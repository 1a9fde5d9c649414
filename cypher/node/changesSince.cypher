// changesSince: the nodes created or changed after a feed position, in (updatedAt, id) order, one page of them.
// $from: STRING, an ISO instant; $afterId: STRING. The position is (updatedAt $from, id $afterId): a node comes when
// its updatedAt is later than $from, or equal to it with an id after $afterId ('' to take every node at $from).
// $until: STRING, an ISO instant: changes later than it are not listed yet (the settle window, see ChangeRepository).
// $limit: INTEGER. Each half seeks the entity_updated_at range index (updatedAt, id) and reads it in order, so a page
// costs about $limit index entries however many nodes share one updatedAt (a large import). The planner uses a
// composite index only with a predicate on each of its properties, hence `n.id IS NOT NULL`; the hints keep it from
// preferring the id uniqueness index, which it does on some statistics (and then scans every id), and say SEEK: with
// reconciliation's nodes in the graph the planner chose to scan the whole index in order and filter the first half.
// Returns id, kind (ACTOR, EVENT... for a redirect the kind it was), change (CREATED, UPDATED, RETRACTED, MERGED),
// changedAt, position (updatedAt as full-precision text, for the cursor), updatedBy, mergedIntoId.
CALL () {
  MATCH (n:Entity)
  USING INDEX SEEK n:Entity(updatedAt, id)
  WHERE n.updatedAt = datetime($from) AND n.id > $afterId
  RETURN n ORDER BY n.updatedAt, n.id LIMIT $limit
  UNION ALL
  MATCH (n:Entity)
  USING INDEX SEEK n:Entity(updatedAt, id)
  WHERE n.updatedAt > datetime($from) AND n.id IS NOT NULL
  RETURN n ORDER BY n.updatedAt, n.id LIMIT $limit
}
WITH n
ORDER BY n.updatedAt, n.id
LIMIT $limit
// The window applies after the seeks, which would otherwise be planned worse; rows are in order, so only the tail goes.
WITH n WHERE n.updatedAt <= datetime($until)
OPTIONAL MATCH (n:Redirect)-[:MERGED_INTO]->(target:Entity)
RETURN n.id AS id,
       coalesce([label IN labels(n) WHERE label IN ['Actor', 'Event', 'Location', 'Source', 'Document', 'Claim'] | toUpper(label)][0],
                toUpper(n.formerKind)) AS kind,
       CASE
         WHEN n:Redirect THEN 'MERGED'
         WHEN n:Claim AND n.retractedAt IS NOT NULL THEN 'RETRACTED'
         WHEN n.createdAt = n.updatedAt THEN 'CREATED'
         ELSE 'UPDATED'
       END AS change,
       n.updatedAt AS changedAt, toString(n.updatedAt) AS position, n.updatedBy AS updatedBy, target.id AS mergedIntoId
