// claimsByIds: the claims with the given ids, with the ids of what they join.
// $ids: LIST<STRING>. Returns claim: map with sourceId, eventId, actorId, documentId, relaysClaimId, originClaimId, originSourceId, actorKind, actorLineage (ids of the units the blamed actor is part of, at any depth), involved (LIST<{actorId, role}>).
UNWIND $ids AS id
MATCH (c:Claim {id: id})
CALL (c) {
  MATCH (source:Source)-[:MADE]->(c)
  MATCH (c)-[:ABOUT]->(event:Event)
  OPTIONAL MATCH (c)-[:ATTRIBUTES_TO]->(actor:Actor)
  OPTIONAL MATCH (c)-[:REPORTED_IN]->(document:Document)
  OPTIONAL MATCH (c)-[:RELAYS]->(relayed:Claim)
  OPTIONAL MATCH (c)-[:RELAYS*0..20]->(origin:Claim)<-[:MADE]-(originSource:Source)
  WHERE NOT (origin)-[:RELAYS]->(:Claim)
  RETURN source, event, actor, document, relayed, origin, originSource LIMIT 1
}
RETURN c {.id, .kind, .stance, .quote, .confidence, .killed, .injured, .civiliansKilled, .figuresAreMinimum, .claimedOn, .claimedOnPrecision, .note,
          .retractionReason, retractedAt: c.retractedAt.epochMillis, updatedAt: c.updatedAt.epochMillis, sourceId: source.id, eventId: event.id, actorId: actor.id, documentId: document.id, relaysClaimId: relayed.id,
          originClaimId: origin.id, originSourceId: originSource.id, actorKind: actor.kind,
          actorLineage: CASE WHEN actor IS NULL THEN [] ELSE [(actor)-[:PART_OF*1..10]->(up:Actor) | up.id] END,
          involved: [(c)-[i:INVOLVES]->(x:Actor) | {actorId: x.id, role: i.role}]} AS claim
