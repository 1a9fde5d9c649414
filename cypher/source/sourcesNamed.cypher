// sourcesNamed: sources whose name is the given name, ignoring case, accents and punctuation.
// $phrase: STRING (Lucene phrase for the source_names full-text index), $nameKey: STRING (normalised name).
// Returns id, name.
CALL db.index.fulltext.queryNodes('source_names', $phrase, {limit: 50}) YIELD node
WHERE $nameKey IN node.nameKeys
RETURN node.id AS id, node.name AS name
ORDER BY name, id
