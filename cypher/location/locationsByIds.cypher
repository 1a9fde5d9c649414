// locationsByIds: the locations with the given ids, with their parent's id; the id of a place found to be another
// (a :Redirect) answers with that place.
// $ids: LIST<STRING>. Returns requestedId (the id asked for), location: map with point and parentId.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
OPTIONAL MATCH (n:Redirect)-[:MERGED_INTO]->(place:Location)
WITH id, coalesce(place, n) AS l
WHERE l:Location
OPTIONAL MATCH (l)-[:PART_OF]->(parent:Location)
RETURN id AS requestedId, l {.id, .name, .aliases, .kind, .point, .geoPrecision, .countryCode, .note, updatedAt: l.updatedAt.epochMillis, parentId: parent.id} AS location
