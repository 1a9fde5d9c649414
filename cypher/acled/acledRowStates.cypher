// acledRowStates: for each event id, whether the event exists, when it last changed, and the id@updatedAt of each
// claim the ACLED import made about it: together they change whenever the row's part of the graph changes.
// $eventIds: LIST<STRING>. Returns eventId, exists: BOOLEAN, updatedAt: STRING, claimVersions: LIST<STRING> (unordered).
// The claims are reached from the event (a pattern comprehension), never by an id-prefix seek over all ACLED claims.
// An event joined into an incident reported by another source (a :Redirect) stands for that incident.
UNWIND $eventIds AS eventId
OPTIONAL MATCH (n:Entity {id: eventId})
OPTIONAL MATCH (n:Redirect)-[:MERGED_INTO]->(incident:Event)
WITH eventId, CASE WHEN incident IS NOT NULL THEN incident WHEN n:Event THEN n END AS e
RETURN eventId, e IS NOT NULL AS exists, toString(e.updatedAt) AS updatedAt,
       [(e)<-[:ABOUT]-(c:Claim) WHERE c.id STARTS WITH 'claim:acled-' | c.id + '@' + toString(c.updatedAt)] AS claimVersions
