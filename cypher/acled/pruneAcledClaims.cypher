// pruneAcledClaims: after an updated ACLED row is ingested, removes what the row no longer states: actors its
// claim no longer involves, the relayed claim when it now has several outlets, and outlet claims for outlets it
// no longer names. Ingest only adds and replaces single-valued links, so without this an edit would accumulate.
// $rows: LIST<{claimId, eventId, involvedIds: LIST<STRING>, relays: BOOLEAN, outletClaimPrefix: STRING,
// outletClaimIds: LIST<STRING>}>, $now: DATETIME, $by: STRING. Returns removed: links and claims removed.
UNWIND $rows AS row
MATCH (c:Claim {id: row.claimId})
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
  // By their ids, which only this event's outlet claims begin so: the event may have joined another incident.
  MATCH (o:Claim)
  WHERE o.id STARTS WITH row.outletClaimPrefix AND NOT o.id IN row.outletClaimIds
  DETACH DELETE o
  RETURN count(o) AS outletClaims
}
WITH c, involves + relays + outletClaims AS removed
FOREACH (_ IN CASE WHEN removed > 0 THEN [1] ELSE [] END | SET c.updatedAt = $now, c.updatedBy = $by)
RETURN sum(removed) AS removed
