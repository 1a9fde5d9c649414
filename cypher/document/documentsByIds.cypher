// documentsByIds: the documents with the given ids, with their publisher's id.
// $ids: LIST<STRING>. Returns document: map with publisherId; without the text, which documentTextsByIds gives.
UNWIND $ids AS id
MATCH (d:Document {id: id})
OPTIONAL MATCH (d)-[:PUBLISHED_BY]->(publisher:Source)
RETURN d {.id, .title, .url, publishedOn: toString(d.publishedOn), .publishedOnPrecision, .language, updatedAt: d.updatedAt.epochMillis, publisherId: publisher.id} AS document
