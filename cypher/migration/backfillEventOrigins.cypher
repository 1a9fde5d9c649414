// backfillEventOrigins: gives events stored before `origin` existed the origin their id tells, as
// src/vocabulary/EventOrigin.ts (eventOriginOfId) does at ingest; events joined into others (redirects that were events)
// too, so a split restores them whole. Run by src/db/migrate.ts when the event_origin_start index is made; batched, so
// it needs an auto-commit transaction.
// $prefixes: LIST<{prefix: STRING, origin: STRING}> (each dataset's event id prefix), $otherwise: STRING (the origin of
// any other id). Returns updated: how many events were given their origin.
MATCH (e:Entity)
WHERE (e:Event OR e.formerKind = 'Event') AND e.origin IS NULL
CALL (e) {
  SET e.origin = coalesce(head([entry IN $prefixes WHERE e.id STARTS WITH entry.prefix | entry.origin]), $otherwise)
} IN TRANSACTIONS OF 10000 ROWS
RETURN count(e) AS updated
