// locationChildren: the places directly PART_OF each of the given places, by name.
// $locationIds: LIST<STRING>. Returns locationId and location (map as in locationsByIds, parentId included),
// one row per child.
UNWIND $locationIds AS locationId
MATCH (:Location {id: locationId})<-[:PART_OF]-(l:Location)
WITH locationId, l
ORDER BY toLower(l.name), l.id
RETURN locationId, l {.id, .name, .aliases, .kind, .point, .geoPrecision, .countryCode, .note, updatedAt: l.updatedAt.epochMillis, parentId: locationId} AS location
