// addNames: gives nodes the names they were found to go by (an ACLED spelling becomes an alias of the seed's place).
// $rows: LIST<{id, aliases, aliasText, nameKeys}>, $now: DATETIME, $by: STRING. Only nodes whose aliases change move
// their updatedAt. Returns updated: how many changed.
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
WHERE coalesce(n.aliases, []) <> row.aliases
SET n.aliases = row.aliases, n.aliasText = row.aliasText, n.nameKeys = row.nameKeys, n.updatedAt = $now, n.updatedBy = $by
RETURN count(n) AS updated
