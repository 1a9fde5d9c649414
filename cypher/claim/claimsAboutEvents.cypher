// claimsAboutEvents: every claim about each of the given events, oldest statement first.
// $eventIds: LIST<STRING>, $includeRetracted: BOOLEAN.
// Returns eventId and claim (as in claimsByIds, with the origin of its relay chain: relays of one
// origin count once when independent sources are counted), with the claim's source and blamed actor as
// sourcesByIds and actorsByIds give them (source, actor: null when it blames nobody), which nearly every view of an
// event's claims shows.
UNWIND $eventIds AS eventId
MATCH (event:Event {id: eventId})<-[:ABOUT]-(c:Claim)
WHERE $includeRetracted OR c.retractedAt IS NULL
CALL (c) {
  MATCH (source:Source)-[:MADE]->(c)
  OPTIONAL MATCH (c)-[:ATTRIBUTES_TO]->(actor:Actor)
  OPTIONAL MATCH (c)-[:REPORTED_IN]->(document:Document)
  OPTIONAL MATCH (c)-[:RELAYS]->(relayed:Claim)
  OPTIONAL MATCH (c)-[:RELAYS*0..20]->(origin:Claim)<-[:MADE]-(originSource:Source)
  WHERE NOT (origin)-[:RELAYS]->(:Claim)
  RETURN source, actor, document, relayed, origin, originSource LIMIT 1
}
OPTIONAL MATCH (source)-[:AFFILIATED_WITH]->(affiliated:Actor)
WITH eventId, c, source, affiliated, actor, document, relayed, origin, originSource
ORDER BY c.claimedOn, c.id
RETURN eventId, c {.id, .kind, .stance, .quote, .confidence, .killed, .injured, .civiliansKilled, .figuresAreMinimum, .killedLow, .killedHigh, .unknownStatusKilled, .killedAmongActorIds, .killedAmongCounts, claimedOn: toString(c.claimedOn), .claimedOnPrecision, .note,
          .retractionReason, retractedAt: c.retractedAt.epochMillis, updatedAt: c.updatedAt.epochMillis, sourceId: source.id, eventId: eventId, actorId: actor.id, documentId: document.id, relaysClaimId: relayed.id,
                   originClaimId: origin.id, originSourceId: originSource.id, actorKind: actor.kind,
          actorLineage: CASE WHEN actor IS NULL THEN [] ELSE [(actor)-[:PART_OF*1..10]->(up:Actor) | up.id] END,
          involved: [(c)-[i:INVOLVES]->(x:Actor) | {actorId: x.id, role: i.role}]} AS claim,
       source {.id, .name, .kind, .url, .description, updatedAt: source.updatedAt.epochMillis, affiliatedActorId: affiliated.id} AS source,
       CASE WHEN actor IS NULL THEN null
            ELSE actor {.id, .name, .aliases, .kind, .countryCode, .description, createdAt: actor.createdAt.epochMillis, updatedAt: actor.updatedAt.epochMillis} END AS actor
