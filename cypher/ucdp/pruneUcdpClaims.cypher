// pruneUcdpClaims: after an updated UCDP row is ingested, removes what the row no longer states. Ingest only adds
// properties and replaces single-valued links it is given, so without this an edit would accumulate: the blamed side
// when the row is no longer one-sided violence, sides no longer involved, the relay when there are now several
// outlets, outlet claims for outlets no longer cited, and figures the row no longer gives.
// $rows: LIST<{claimId, eventId, blames: BOOLEAN, involvedIds: LIST<STRING>, relays: BOOLEAN, outletClaimPrefix: STRING,
// outletClaimIds: LIST<STRING>, clearedFigures: MAP (each figure property the row lacks, set to null)}>,
// $now: DATETIME, $by: STRING. Returns removed: links, claims and properties removed.
UNWIND $rows AS row
MATCH (c:Claim {id: row.claimId})
CALL (c, row) {
  MATCH (c)-[r:ATTRIBUTES_TO]->(:Actor)
  WHERE NOT row.blames
  DELETE r
  RETURN count(r) AS blames
}
CALL (c, row) {
  MATCH (c)-[r:INVOLVES]->(a:Actor)
  WHERE NOT a.id IN row.involvedIds
  DELETE r
  RETURN count(r) AS involves
}
CALL (c, row) {
  MATCH (c)-[r:RELAYS]->(:Claim)
  WHERE NOT row.relays
  DELETE r
  RETURN count(r) AS relays
}
CALL (row) {
  MATCH (o:Claim)-[:ABOUT]->(:Event {id: row.eventId})
  WHERE o.id STARTS WITH row.outletClaimPrefix AND NOT o.id IN row.outletClaimIds
  DETACH DELETE o
  RETURN count(o) AS outletClaims
}
WITH c, row, blames + involves + relays + outletClaims + size([key IN keys(row.clearedFigures) WHERE c[key] IS NOT NULL]) AS removed
FOREACH (_ IN CASE WHEN removed > 0 THEN [1] ELSE [] END | SET c += row.clearedFigures, c.updatedAt = $now, c.updatedBy = $by)
RETURN sum(removed) AS removed
