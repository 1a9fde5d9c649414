// locationAncestors: the places each of the given places lies in, up to the top of its hierarchy, nearest first.
// $locationIds: LIST<STRING>. Returns locationId and location (map as in locationsByIds, parentId included),
// one row per ancestor (at most 10 levels up, so a cycle cannot run away).
UNWIND $locationIds AS locationId
MATCH path = (:Location {id: locationId})-[:PART_OF*1..10]->(l:Location)
OPTIONAL MATCH (l)-[:PART_OF]->(parent:Location)
WITH locationId, l, parent, length(path) AS distance
ORDER BY distance
RETURN locationId, l {.id, .name, .aliases, .kind, .point, .geoPrecision, .countryCode, .note, updatedAt: l.updatedAt.epochMillis, parentId: parent.id} AS location
