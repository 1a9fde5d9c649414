// mergeLocationInto: merges one location into another that is the same place: every relationship of the merged
// location moves to the survivor (events that occurred there, sub-places, actors' control and bases; one per type and
// other end), the survivor takes the merged place's names, and the merged node becomes a restatable :Redirect
// -[:MERGED_INTO]-> survivor, so its id still resolves and bundles that define it again write to the survivor.
// $survivorId, $mergedId: STRING; $aliases, $nameKeys: LIST<STRING>; $aliasText: STRING; $now: DATETIME; $by: STRING.
// Returns movedOut, movedIn, dropped (links between the two). No row when either is not a location.
MATCH (s:Location {id: $survivorId})
MATCH (m:Location {id: $mergedId})
CALL (s, m) {
  OPTIONAL MATCH (m)-[old]->(other)
  WHERE other <> s AND other <> m
  CALL (s, old, other) {
    WITH old, other WHERE old IS NOT NULL
    MERGE (s)-[moved:$(type(old))]->(other)
    ON CREATE SET moved = properties(old)
    DELETE old
  }
  RETURN count(old) AS movedOut
}
CALL (s, m) {
  OPTIONAL MATCH (other)-[old]->(m)
  WHERE other <> s AND other <> m
  CALL (s, old, other) {
    WITH old, other WHERE old IS NOT NULL
    MERGE (other)-[moved:$(type(old))]->(s)
    ON CREATE SET moved = properties(old)
    SET other.updatedAt = $now, other.updatedBy = $by
    DELETE old
  }
  RETURN count(old) AS movedIn
}
CALL (m) {
  OPTIONAL MATCH (m)-[between]-()
  DELETE between
  RETURN count(between) AS dropped
}
SET s.aliases = $aliases, s.aliasText = $aliasText, s.nameKeys = $nameKeys,
    s.countryCode = coalesce(s.countryCode, m.countryCode), s.note = coalesce(s.note, m.note),
    s.updatedAt = $now, s.updatedBy = $by
WITH s, m, movedOut, movedIn, dropped
SET m = {id: m.id, formerKind: 'Location', formerName: m.name, restatable: true, createdAt: m.createdAt, createdBy: m.createdBy,
         mergedAt: $now, mergedBy: $by, updatedAt: $now, updatedBy: $by}
REMOVE m:Location
SET m:Redirect
CREATE (m)-[:MERGED_INTO {createdAt: $now, createdBy: $by}]->(s)
RETURN movedOut, movedIn, dropped
