// locationsByIds: the locations with the given ids, with their parent's id.
// $ids: LIST<STRING>. Returns location: map with point and parentId.
UNWIND $ids AS id
MATCH (l:Location {id: id})
OPTIONAL MATCH (l)-[:PART_OF]->(parent:Location)
RETURN l {.id, .name, .aliases, .kind, .point, .geoPrecision, .countryCode, .note, updatedAt: l.updatedAt.epochMillis, parentId: parent.id} AS location
