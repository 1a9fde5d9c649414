// searchAll: full-text hits over actors, events, locations, sources, documents and claims (search_text index), best score first.
// $query: STRING (a Lucene query built by src/text/searchQuery.ts, never raw user text), $kinds: LIST<STRING> | null (SearchKind
// values to keep; null keeps all), $skip: INTEGER, $limit: INTEGER.
// Returns totalCount and page: LIST<{id, kind, score}>, kind one of ACTOR, EVENT, LOCATION, SOURCE, DOCUMENT, CLAIM; ties by id.
CALL db.index.fulltext.queryNodes('search_text', $query) YIELD node, score
WITH node, score, [label IN labels(node) WHERE label IN ['Actor', 'Event', 'Location', 'Source', 'Document', 'Claim'] | toUpper(label)][0] AS kind
WHERE $kinds IS NULL OR kind IN $kinds
WITH node.id AS id, kind, score
ORDER BY score DESC, id
WITH collect({id: id, kind: kind, score: score}) AS hits
RETURN size(hits) AS totalCount, hits[$skip..$skip + $limit] AS page
