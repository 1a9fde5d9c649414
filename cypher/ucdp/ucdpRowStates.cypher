// ucdpRowStates: for each event id, whether the event exists, when it last changed, and the id@updatedAt of each
// claim the UCDP import made about it: together they change whenever the row's part of the graph changes.
// $eventIds: LIST<STRING>. Returns eventId, exists: BOOLEAN, updatedAt: STRING, claimVersions: LIST<STRING> (unordered).
UNWIND $eventIds AS eventId
OPTIONAL MATCH (e:Event {id: eventId})
RETURN eventId, e IS NOT NULL AS exists, toString(e.updatedAt) AS updatedAt,
       [(e)<-[:ABOUT]-(c:Claim) WHERE c.id STARTS WITH 'claim:ucdp-' | c.id + '@' + toString(c.updatedAt)] AS claimVersions
