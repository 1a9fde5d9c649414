// actorTies: the ties of each given actor to other actors and places, in both directions.
// $actorIds: LIST<STRING>. Returns actorId, type, direction ('OUT' | 'IN'), otherId, otherKind ('Actor' | 'Location'),
// validFrom, validTo, datePrecision, note, sourceId, documentId (who states the tie, and where), and the other end as
// actorsByIds or locationsByIds give it (otherActor or otherLocation, the other null), which a tie is nearly always
// shown with.
UNWIND $actorIds AS actorId
MATCH (a:Actor {id: actorId})-[r:PART_OF|LEADS|SUPPORTS|ALLIED_WITH|OPPOSES|FOUGHT|CONTROLS|BESIEGES|BASED_IN]-(other)
WHERE other:Actor OR other:Location
OPTIONAL MATCH (other:Location)-[:PART_OF]->(parentPlace:Location)
RETURN actorId, type(r) AS type, CASE WHEN startNode(r) = a THEN 'OUT' ELSE 'IN' END AS direction,
       other.id AS otherId, CASE WHEN other:Actor THEN 'Actor' ELSE 'Location' END AS otherKind,
       r.validFrom AS validFrom, r.validTo AS validTo, r.datePrecision AS datePrecision, r.note AS note,
       r.sourceId AS sourceId, r.documentId AS documentId,
       CASE WHEN other:Actor THEN other {.id, .name, .aliases, .kind, .countryCode, .description, createdAt: other.createdAt.epochMillis, updatedAt: other.updatedAt.epochMillis} END AS otherActor,
       CASE WHEN other:Location THEN other {.id, .name, .aliases, .kind, .point, .geoPrecision, .countryCode, .note, updatedAt: other.updatedAt.epochMillis, parentId: parentPlace.id} END AS otherLocation
ORDER BY actorId, type, otherId
