// settleAcledActorKinds: gives actors the ACLED import made the kind of the most telling of their mentions, so an actor's
// kind does not depend on the row it first appeared in. A mention's rank: 0 its name says the kind ("Military Forces of
// Egypt (2014-)"), 1-8 ACLED's inter code, 9 no code (an associated actor); the lowest rank wins. An actor whose kind an
// editor changed (kind no longer the one the import gave) is left alone, as are actors the import did not make.
// $actors: LIST<{id, rank: INTEGER, kind}>, $now: DATETIME, $by: STRING.
// Returns id, rank: the rank the actor now holds (null for an actor the import did not make).
UNWIND $actors AS row
MATCH (a:Actor {id: row.id})
WITH a, row, a.acledKindRank IS NOT NULL AND row.rank < a.acledKindRank AND a.kind = a.acledKind AS better
FOREACH (_ IN CASE WHEN better THEN [1] ELSE [] END |
  SET a.kind = row.kind, a.acledKind = row.kind, a.acledKindRank = row.rank, a.updatedAt = $now, a.updatedBy = $by)
RETURN row.id AS id, a.acledKindRank AS rank
