// claimsAboutEvents: every claim about each of the given events or any of its parts (at any depth), oldest statement
// first: what an event's derived answers roll up (docs/model.md, "Parts roll up"); an event's own claims are those
// whose claim.eventId is the event's.
// $eventIds: LIST<STRING>, $includeRetracted: BOOLEAN.
// Returns eventId (the event asked for), part (the event the claim is about as eventsByIds gives it when that is a
// part, else null) and claim (as in claimsByIds, with eventPath: the claim's event, then each larger event up to the
// one asked for; with the origin of its relay chain: relays of one
// origin count once when independent sources are counted; and originAffiliation: the actor the origin's source speaks
// for, then what that actor is part of), with the claim's source and blamed actor as
// sourcesByIds and actorsByIds give them (source, actor: null when it blames nobody), which nearly every view of an
// event's claims shows.
UNWIND $eventIds AS eventId
MATCH down = (event:Event {id: eventId})<-[:PART_OF*0..10]-(about:Event)<-[:ABOUT]-(c:Claim)
WHERE $includeRetracted OR c.retractedAt IS NULL
WITH eventId, event, about, c, reverse([n IN nodes(down) WHERE n:Event | n.id]) AS eventPath
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
OPTIONAL MATCH (about)-[:OCCURRED_IN]->(aboutPlace:Location) WHERE about <> event
WITH eventId, event, about, aboutPlace, eventPath, c, source, affiliated, actor, document, relayed, origin, originSource
ORDER BY c.claimedOn, c.id
RETURN eventId, c {.id, .kind, .stance, .quote, .confidence, .killed, .injured, .civiliansKilled, .figuresAreMinimum, .killedLow, .killedHigh, .unknownStatusKilled, .killedAmongActorIds, .killedAmongCounts, claimedOn: toString(c.claimedOn), .claimedOnPrecision, .note,
          .retractionReason, retractedAt: c.retractedAt.epochMillis, updatedAt: c.updatedAt.epochMillis, sourceId: source.id, eventId: about.id, eventPath: eventPath, actorId: actor.id, documentId: document.id, relaysClaimId: relayed.id,
                   originClaimId: origin.id, originSourceId: originSource.id, actorKind: actor.kind, actorName: actor.name,
          actorLineage: CASE WHEN actor IS NULL THEN [] ELSE [(actor)-[:PART_OF*1..10]->(up:Actor) | up.id] END,
          originAffiliation: [(originSource)-[:AFFILIATED_WITH]->(speaksFor:Actor) | [speaksFor.id] + [(speaksFor)-[:PART_OF*1..10]->(up:Actor) | up.id]][0],
          involved: [(c)-[i:INVOLVES]->(x:Actor) | {actorId: x.id, role: i.role}]} AS claim,
       source {.id, .name, .kind, .url, .description, updatedAt: source.updatedAt.epochMillis, affiliatedActorId: affiliated.id} AS source,
       CASE WHEN actor IS NULL THEN null
            ELSE actor {.id, .name, .aliases, .kind, .countryCode, .description, createdAt: actor.createdAt.epochMillis, updatedAt: actor.updatedAt.epochMillis} END AS actor,
       CASE WHEN about = event THEN null
            ELSE about {.id, .kind, .title, .description, startDate: toString(about.startDate), endDate: toString(about.endDate), .datePrecision, .dateNote,
                        updatedAt: about.updatedAt.epochMillis, locationId: aboutPlace.id, partOfEventId: eventPath[1]} END AS part
