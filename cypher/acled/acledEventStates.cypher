// acledEventStates: for each event id, the version of ACLED's row the graph holds for it: events not in the graph give no row.
// An event joined into another incident (reconciliation) is a redirect that keeps its dataset record, and still answers.
// $eventIds: LIST<STRING>. Returns eventId, version (ACLED's timestamp, Unix seconds, or null), rowHash and rawHash (the
// hashes of what the row last written states and of its cells as written; null when written before rows were hashed),
// deletedAt (the deleted_timestamp of ACLED's deletion, or null).
UNWIND $eventIds AS eventId
MATCH (e:Entity {id: eventId})
WHERE e:Event OR e.formerKind = 'Event'
RETURN eventId, e.datasetVersion AS version, e.datasetRowHash AS rowHash, e.datasetRawHash AS rawHash, e.datasetDeletedAt AS deletedAt
