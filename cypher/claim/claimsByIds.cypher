// claimsByIds: the claims with the given ids, with the ids of what they join.
// $ids: LIST<STRING>. Returns claim: map with sourceId, eventId, actorId, documentId, relaysClaimId, involved (LIST<{actorId, role}>):
// what the Claim type's fields show. The origin of the relay chain and the blamed actor's lineage, which only derived
// answers need, come with claimsAboutEvents alone.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
CALL (c) {
  MATCH (source:Source)-[:MADE]->(c)
  MATCH (c)-[:ABOUT]->(event:Event)
  OPTIONAL MATCH (c)-[:ATTRIBUTES_TO]->(actor:Actor)
  OPTIONAL MATCH (c)-[:REPORTED_IN]->(document:Document)
  OPTIONAL MATCH (c)-[:RELAYS]->(relayed:Claim)
  RETURN source, event, actor, document, relayed LIMIT 1
}
RETURN c {.id, .kind, .stance, .quote, .confidence, .killed, .injured, .civiliansKilled, .figuresAreMinimum, .killedLow, .killedHigh, .unknownStatusKilled, .killedAmongActorIds, .killedAmongCounts, claimedOn: toString(c.claimedOn), .claimedOnPrecision, .note,
          .retractionReason, retractedAt: c.retractedAt.epochMillis, updatedAt: c.updatedAt.epochMillis, sourceId: source.id, eventId: event.id, actorId: actor.id, documentId: document.id, relaysClaimId: relayed.id,
          involved: [(c)-[i:INVOLVES]->(x:Actor) | {actorId: x.id, role: i.role}]} AS claim
