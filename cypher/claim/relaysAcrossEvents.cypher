// relaysAcrossEvents: claims that relay a claim about another incident: an event that is neither the relaying claim's
// own, nor one of its parts, nor what it is part of (at any depth). A relay repeats what it relays, so both must be
// about one incident; ingest and addClaim refuse the write otherwise (BAD_USER_INPUT).
// $claimIds: LIST<STRING> (claims just written: they and the claims relaying them are checked), $eventIds: LIST<STRING>
// (events just moved under another event: the claims about them or their parts, relaying or relayed, are checked too).
// Returns claimId, eventId, relayedClaimId, relayedEventId and eventPath / relayedEventPath (each event, then the events
// it is part of, upwards), at most 10 rows.
CALL () {
  UNWIND $claimIds AS id
  MATCH (c:Claim {id: id})
  RETURN c
  UNION
  UNWIND $claimIds AS id
  MATCH (:Claim {id: id})<-[:RELAYS]-(c:Claim)
  RETURN c
  UNION
  UNWIND $eventIds AS id
  MATCH (:Event {id: id})<-[:PART_OF*0..10]-(:Event)<-[:ABOUT]-(c:Claim)
  RETURN c
  UNION
  UNWIND $eventIds AS id
  MATCH (:Event {id: id})<-[:PART_OF*0..10]-(:Event)<-[:ABOUT]-(:Claim)<-[:RELAYS]-(c:Claim)
  RETURN c
}
MATCH (c)-[:ABOUT]->(e:Event)
MATCH (c)-[:RELAYS]->(relayed:Claim)-[:ABOUT]->(re:Event)
WHERE e <> re AND NOT EXISTS { (e)-[:PART_OF*1..10]->(re) } AND NOT EXISTS { (re)-[:PART_OF*1..10]->(e) }
RETURN c.id AS claimId, e.id AS eventId, relayed.id AS relayedClaimId, re.id AS relayedEventId,
       [e.id] + [(e)-[:PART_OF*1..10]->(up:Event) | up.id] AS eventPath,
       [re.id] + [(re)-[:PART_OF*1..10]->(up:Event) | up.id] AS relayedEventPath
ORDER BY claimId
LIMIT 10
