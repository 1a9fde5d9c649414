// locationCountryKeys: what says which country each location is in, for places whose parent is already in the graph.
// $ids: LIST<STRING>. Returns id, countryKey: the location's own country code, else the nearest ancestor's, else the
// id of its COUNTRY ancestor (itself for a country); null when none of these is known.
UNWIND $ids AS id
MATCH (l:Location {id: id})
OPTIONAL MATCH (l)-[:PART_OF*1..6]->(coded:Location) WHERE coded.countryCode IS NOT NULL
OPTIONAL MATCH (l)-[:PART_OF*0..6]->(country:Location {kind: 'COUNTRY'})
WITH id, l, collect(DISTINCT coded.countryCode)[0] AS ancestorCode, collect(DISTINCT country.id)[0] AS countryId
RETURN id, coalesce(l.countryCode, ancestorCode, countryId) AS countryKey
