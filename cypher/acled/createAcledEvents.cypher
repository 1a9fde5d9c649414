// createAcledEvents: writes ACLED rows whose events are new to the graph, set-based: per row the event at its place, ACLED's
// attribution claim with the actors it involves, and one occurrence claim per outlet. Everything created here is new, so
// nothing is looked for (no MERGE); the places, actors and sources it points to exist (written earlier in the transaction).
// $rows: LIST<{event: MAP, locationId, claim: MAP, actorId, involved: LIST<{actorId, role}>, outlets: LIST<{sourceId,
// claim: MAP}>, relay: BOOLEAN}>: each MAP the node's properties, id included. $acledSourceId: STRING, $now: DATETIME,
// $by: STRING. Links carry createdAt and updatedAt like ingest's. Returns created: the events created.
MATCH (acled:Source {id: $acledSourceId})
UNWIND $rows AS row
MATCH (place:Location {id: row.locationId})
MATCH (actor:Actor {id: row.actorId})
CREATE (e:Entity:Event)
SET e = row.event, e.point = place.point, e.createdAt = $now, e.createdBy = $by, e.updatedAt = $now, e.updatedBy = $by
CREATE (e)-[:OCCURRED_IN {createdAt: $now, updatedAt: $now}]->(place)
CREATE (c:Entity:Claim)
SET c = row.claim, c.createdAt = $now, c.createdBy = $by, c.updatedAt = $now, c.updatedBy = $by
CREATE (acled)-[:MADE {createdAt: $now, updatedAt: $now}]->(c)
CREATE (c)-[:ABOUT {createdAt: $now, updatedAt: $now}]->(e)
CREATE (c)-[:ATTRIBUTES_TO {createdAt: $now, updatedAt: $now}]->(actor)
WITH row, e, c
CALL (row, c) {
  UNWIND row.involved AS involvement
  MATCH (other:Actor {id: involvement.actorId})
  CREATE (c)-[:INVOLVES {role: involvement.role, createdAt: $now, updatedAt: $now}]->(other)
}
CALL (row, e, c) {
  UNWIND row.outlets AS outlet
  MATCH (source:Source {id: outlet.sourceId})
  CREATE (o:Entity:Claim)
  SET o = outlet.claim, o.createdAt = $now, o.createdBy = $by, o.updatedAt = $now, o.updatedBy = $by
  CREATE (source)-[:MADE {createdAt: $now, updatedAt: $now}]->(o)
  CREATE (o)-[:ABOUT {createdAt: $now, updatedAt: $now}]->(e)
  FOREACH (_ IN CASE WHEN row.relay THEN [1] ELSE [] END | CREATE (c)-[:RELAYS {createdAt: $now, updatedAt: $now}]->(o))
}
RETURN count(e) AS created
