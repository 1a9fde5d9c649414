// actorsNamed: actors whose name or an alias is the given name, ignoring case, accents and punctuation.
// $phrase: STRING (Lucene phrase for the actor_names full-text index), $nameKey: STRING (normalised name).
// Returns id, name: full-text candidates kept only when a normalised name or alias equals $nameKey.
CALL db.index.fulltext.queryNodes('actor_names', $phrase, {limit: 50}) YIELD node
WHERE $nameKey IN node.nameKeys
RETURN node.id AS id, node.name AS name
ORDER BY name, id
