// placeCandidates: existing locations near each incoming place, of its level, for the same-place rule to judge.
// $places: LIST<{id, kind, parentId, latitude, longitude, km}> (km: the widest distance at which the rule could still
// match). A place is never its own parent or ancestor (ACLED's admin1 "Benghazi" and admin2 "Benghazi" are two areas).
// Returns id (the incoming place), candidate: {id, name, aliases, kind, geoPrecision, latitude, longitude, countryKey}.
// countryKey: the location's own country code, else the nearest ancestor's, else the id of its COUNTRY ancestor.
UNWIND $places AS place
MATCH (l:Location)
WHERE l.kind = place.kind AND l.id <> place.id
  AND point.distance(l.point, point({latitude: place.latitude, longitude: place.longitude})) <= place.km * 1000
  AND NOT EXISTS { MATCH (:Location {id: place.parentId})-[:PART_OF*0..6]->(l) }
OPTIONAL MATCH (l)-[:PART_OF*1..6]->(coded:Location) WHERE coded.countryCode IS NOT NULL
OPTIONAL MATCH (l)-[:PART_OF*0..6]->(country:Location {kind: 'COUNTRY'})
WITH place, l, collect(DISTINCT coded.countryCode)[0] AS ancestorCode, collect(DISTINCT country.id)[0] AS countryId
RETURN place.id AS id,
       l {.id, .name, aliases: coalesce(l.aliases, []), .kind, .geoPrecision, latitude: l.point.y, longitude: l.point.x,
          countryKey: coalesce(l.countryCode, ancestorCode, countryId)} AS candidate
