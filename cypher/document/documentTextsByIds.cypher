// documentTextsByIds: the full text of each of the given documents, apart from their other fields because it can
// run to a million characters and most questions never show it.
// $ids: LIST<STRING>. Returns id, text (null where the graph holds none).
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN id, d.text AS text
