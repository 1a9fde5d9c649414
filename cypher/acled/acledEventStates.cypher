// acledEventStates: for each event id, the version of ACLED's row the graph holds for it: events not in the graph give no row.
// $eventIds: LIST<STRING>. Returns eventId, version (ACLED's timestamp, Unix seconds, or null), rowHash (the hash of the row
// last written, or null when written before rows were hashed), deletedAt (the deleted_timestamp of ACLED's deletion, or null).
UNWIND $eventIds AS eventId
MATCH (e:Event {id: eventId})
RETURN eventId, e.datasetVersion AS version, e.datasetRowHash AS rowHash, e.datasetDeletedAt AS deletedAt
