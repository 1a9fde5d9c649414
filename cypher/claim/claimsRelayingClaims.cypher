// claimsRelayingClaims: the ids of the claims that directly relay each of the given claims.
// $claimIds: LIST<STRING>. Returns claimId, relayIds (LIST<STRING>).
UNWIND $claimIds AS claimId
MATCH (c:Claim {id: claimId})
OPTIONAL MATCH (relay:Claim)-[:RELAYS]->(c)
WITH claimId, relay ORDER BY relay.id
RETURN claimId, collect(relay.id) AS relayIds
