// mergeActorInto: merges one actor into another: every relationship of the merged actor moves to the survivor (one
// per type and other end: an existing one is kept, not doubled), the survivor takes the merged actor's names and fills
// its own missing fields, and the merged node becomes a :Redirect -[:MERGED_INTO]-> survivor, so its id still resolves.
// $survivorId, $mergedId: STRING; $aliases, $nameKeys: LIST<STRING>; $aliasText: STRING; $now: DATETIME; $by: STRING.
// Moving a relationship moves the updatedAt of its start node (a claim now attributing to the survivor, a redirect
// now pointing at it), so the change feed sees it. Returns movedOut, movedIn, dropped (ties between the two).
MATCH (s:Actor {id: $survivorId})
MATCH (m:Actor {id: $mergedId})
CALL (s, m) {
  MATCH (m)-[old]->(other)
  WHERE other <> s AND other <> m
  MERGE (s)-[moved:$(type(old))]->(other)
  ON CREATE SET moved = properties(old)
  DELETE old
  RETURN count(old) AS movedOut
}
CALL (s, m) {
  MATCH (other)-[old]->(m)
  WHERE other <> s AND other <> m
  MERGE (other)-[moved:$(type(old))]->(s)
  ON CREATE SET moved = properties(old)
  SET other.updatedAt = $now, other.updatedBy = $by
  DELETE old
  RETURN count(old) AS movedIn
}
CALL (m) {
  MATCH (m)-[between]-()
  DELETE between
  RETURN count(between) AS dropped
}
SET s.aliases = $aliases, s.aliasText = $aliasText, s.nameKeys = $nameKeys,
    s.countryCode = coalesce(s.countryCode, m.countryCode), s.description = coalesce(s.description, m.description),
    s.updatedAt = $now, s.updatedBy = $by
WITH s, m, movedOut, movedIn, dropped
SET m = {id: m.id, formerKind: 'Actor', formerName: m.name, createdAt: m.createdAt, createdBy: m.createdBy,
         mergedAt: $now, mergedBy: $by, updatedAt: $now, updatedBy: $by}
REMOVE m:Actor
SET m:Redirect
CREATE (m)-[:MERGED_INTO {createdAt: $now, createdBy: $by}]->(s)
RETURN movedOut, movedIn, dropped
