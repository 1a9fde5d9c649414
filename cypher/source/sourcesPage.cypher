// sourcesPage: one page of sources, best search match first (else by name), with the total.
// $query: STRING | null (Lucene query for the source_names full-text index; null lists every source),
// $kinds: LIST<STRING> | null, $skip: INTEGER, $limit: INTEGER.
// Returns totalCount and ids (the page, in order; ties by name, then id).
CALL () {
  WITH 1 AS guard WHERE $query IS NOT NULL
  CALL db.index.fulltext.queryNodes('source_names', $query) YIELD node, score
  RETURN node AS s, score
  UNION
  WITH 1 AS guard WHERE $query IS NULL
  MATCH (s:Source)
  RETURN s, 0.0 AS score
}
WITH s, score
WHERE $kinds IS NULL OR s.kind IN $kinds
ORDER BY score DESC, toLower(s.name), s.id
WITH collect(s.id) AS ids
RETURN size(ids) AS totalCount, ids[$skip..$skip + $limit] AS ids
