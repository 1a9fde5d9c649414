// sourceDocuments: for each given source, the documents its claims are reported in and the ones it published.
// $sourceIds: LIST<STRING>. Returns sourceId and documentIds (LIST<STRING>, newest publication first, undated last,
// ties by id); sources without documents return no row.
UNWIND $sourceIds AS sourceId
MATCH (s:Source {id: sourceId})
CALL (s) {
  MATCH (s)-[:MADE]->(:Claim)-[:REPORTED_IN]->(d:Document)
  RETURN d
  UNION
  MATCH (s)<-[:PUBLISHED_BY]-(d:Document)
  RETURN d
}
WITH sourceId, d
ORDER BY d.publishedOn IS NULL, d.publishedOn DESC, d.id
RETURN sourceId, collect(d.id) AS documentIds
