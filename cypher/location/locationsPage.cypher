// locationsPage: one page of places, best search match on name or alias first (else by name), with the total.
// $query: STRING | null (Lucene query for the search_text full-text index, of which only Location hits are kept;
// null lists every place), $kinds: LIST<STRING> | null, $skip: INTEGER, $limit: INTEGER.
// Returns totalCount and ids (the page, in order; ties by name, then id).
CALL () {
  WITH 1 AS guard WHERE $query IS NOT NULL
  CALL db.index.fulltext.queryNodes('search_text', $query) YIELD node, score
  WITH node, score WHERE node:Location
  RETURN node AS l, score
  UNION
  WITH 1 AS guard WHERE $query IS NULL
  MATCH (l:Location)
  RETURN l, 0.0 AS score
}
WITH l, score
WHERE $kinds IS NULL OR l.kind IN $kinds
ORDER BY score DESC, toLower(l.name), l.id
WITH collect(l.id) AS ids
RETURN size(ids) AS totalCount, ids[$skip..$skip + $limit] AS ids
