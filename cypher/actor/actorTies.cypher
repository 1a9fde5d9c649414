// actorTies: the ties of each given actor to other actors and places, in both directions.
// $actorIds: LIST<STRING>. Returns actorId, type, direction ('OUT' | 'IN'), otherId, otherKind ('Actor' | 'Location'),
// validFrom, validTo, datePrecision, note, sourceId, documentId (who states the tie, and where).
UNWIND $actorIds AS actorId
MATCH (a:Actor {id: actorId})-[r:PART_OF|LEADS|SUPPORTS|ALLIED_WITH|OPPOSES|FOUGHT|CONTROLS|BESIEGES|BASED_IN]-(other)
WHERE other:Actor OR other:Location
RETURN actorId, type(r) AS type, CASE WHEN startNode(r) = a THEN 'OUT' ELSE 'IN' END AS direction,
       other.id AS otherId, CASE WHEN other:Actor THEN 'Actor' ELSE 'Location' END AS otherKind,
       r.validFrom AS validFrom, r.validTo AS validTo, r.datePrecision AS datePrecision, r.note AS note,
       r.sourceId AS sourceId, r.documentId AS documentId
ORDER BY actorId, type, otherId
