// datasetFieldsByIds: what importers recorded on nodes from a dataset: an event's source row (dataset* properties) and an
// actor's name parts by ACLED's conventions (name* properties). $ids: LIST<STRING>.
// Returns fields: map with id and those properties (absent ones null); versions as epoch milliseconds.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n {.id, .datasetName, .datasetRecordId, .datasetEventType, .datasetSubEventType, .datasetOriginalEventType,
          .datasetOriginalSubEventType, version: n.datasetVersion * 1000, deletedAt: n.datasetDeletedAt * 1000,
          .nameAcronym, .nameBase, .nameStateBody, .nameCountry, .nameSince, .nameUntil, .nameQualifier, .nameGeneric} AS fields
