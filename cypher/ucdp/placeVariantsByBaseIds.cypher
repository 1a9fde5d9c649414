// placeVariantsByBaseIds: the places already in the graph under each given base id, and their points: the base id itself
// and its variants `<base>@<lat>,<lon>` (a same-named place far from the first one), to tell same-named places apart.
// Both parts seek the id index (an equality, a prefix). $ids: LIST<STRING>.
// Returns base, id, latitude, longitude, ordered by base then id (the base id first).
UNWIND $ids AS base
CALL (base) {
  MATCH (l:Location {id: base})
  RETURN l
  UNION
  MATCH (l:Location)
  WHERE l.id STARTS WITH base + '@'
  RETURN l
}
RETURN base, l.id AS id, l.point.y AS latitude, l.point.x AS longitude
ORDER BY base, size(id), id
