// actorExternalIdsByIds: the ids datasets give each actor (`ucdp:581`), kept apart from actorsByIds' projection so every
// way an actor is loaded (pages, summaries, search) answers them alike.
// $ids: LIST<STRING>. Returns id, externalIds: LIST<STRING> (empty when none).
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN id, coalesce(a.externalIds, []) AS externalIds
