// searchAll: full-text hits over actors, events, locations, sources, documents and claims (search_text index), best score first.
// $query: STRING (a Lucene query built by src/text/searchQuery.ts, never raw user text), $kinds: LIST<STRING> | null (SearchKind
// values to keep; null keeps all), $skip: INTEGER, $limit: INTEGER, $summaries: BOOLEAN.
// Returns totalCount and page: LIST<{position, kind, score, node}>, kind one of ACTOR, EVENT, LOCATION, SOURCE, DOCUMENT, CLAIM
// (ties by id), node the hit as that kind's byIds statement gives it, or with $summaries what a list of results shows
// of it (src/resolvers/searchSummaries.ts).
CALL db.index.fulltext.queryNodes('search_text', $query) YIELD node, score
WITH node, score, [label IN labels(node) WHERE label IN ['Actor', 'Event', 'Location', 'Source', 'Document', 'Claim'] | toUpper(label)][0] AS kind
WHERE $kinds IS NULL OR kind IN $kinds
WITH node, node.id AS id, kind, score
ORDER BY score DESC, id
WITH collect({node: node, kind: kind, score: score}) AS hits
// The page's nodes as the per-kind statements (actorsByIds ... claimsByIds) give them, saving those round trips.
// UNION ALL: the branches exclude each other, and a plain UNION would hash every row to drop duplicates.
CALL (hits) {
  WITH hits[$skip..$skip + $limit] AS page
  UNWIND range(0, size(page) - 1) AS position
  WITH position, page[position].node AS n, page[position].kind AS kind, page[position].score AS score
  CALL (n, kind) {
    WITH n WHERE kind = 'ACTOR'
    RETURN CASE WHEN $summaries THEN n {.id, .name, .kind}
           ELSE n {.id, .name, .aliases, .kind, .countryCode, .description, createdAt: n.createdAt.epochMillis, updatedAt: n.updatedAt.epochMillis} END AS item
  UNION ALL
    WITH n WHERE kind = 'EVENT'
    OPTIONAL MATCH (n)-[:OCCURRED_IN]->(l:Location)
    OPTIONAL MATCH (n)-[:PART_OF]->(parent:Event)
    RETURN CASE WHEN $summaries THEN n {.id, .title, .kind, startDate: toString(n.startDate)}
           ELSE n {.id, .kind, .title, .description, startDate: toString(n.startDate), endDate: toString(n.endDate), .datePrecision, .dateNote, updatedAt: n.updatedAt.epochMillis, locationId: l.id, partOfEventId: parent.id} END AS item
  UNION ALL
    WITH n WHERE kind = 'LOCATION'
    OPTIONAL MATCH (n)-[:PART_OF]->(parent:Location)
    RETURN CASE WHEN $summaries THEN n {.id, .name, .kind}
           ELSE n {.id, .name, .aliases, .kind, .point, .geoPrecision, .countryCode, .note, updatedAt: n.updatedAt.epochMillis, parentId: parent.id} END AS item
  UNION ALL
    WITH n WHERE kind = 'SOURCE'
    OPTIONAL MATCH (n)-[:AFFILIATED_WITH]->(a:Actor)
    RETURN CASE WHEN $summaries THEN n {.id, .name, .kind, .url}
           ELSE n {.id, .name, .kind, .url, .description, updatedAt: n.updatedAt.epochMillis, affiliatedActorId: a.id} END AS item
  UNION ALL
    WITH n WHERE kind = 'DOCUMENT'
    OPTIONAL MATCH (n)-[:PUBLISHED_BY]->(publisher:Source)
    RETURN CASE WHEN $summaries THEN n {.id, .title, .url}
           ELSE n {.id, .title, .url, publishedOn: toString(n.publishedOn), .publishedOnPrecision, .language, updatedAt: n.updatedAt.epochMillis, publisherId: publisher.id} END AS item
  UNION ALL
    WITH n WHERE kind = 'CLAIM'
    CALL (n) {
      MATCH (source:Source)-[:MADE]->(n)
      MATCH (n)-[:ABOUT]->(event:Event)
      OPTIONAL MATCH (n)-[:ATTRIBUTES_TO]->(actor:Actor)
      OPTIONAL MATCH (n)-[:REPORTED_IN]->(document:Document)
      OPTIONAL MATCH (n)-[:RELAYS]->(relayed:Claim)
      RETURN source, event, actor, document, relayed LIMIT 1
    }
    RETURN CASE WHEN $summaries THEN n {.id, .quote, .kind, .stance}
           ELSE n {.id, .kind, .stance, .quote, .confidence, .killed, .injured, .civiliansKilled, .figuresAreMinimum, .killedLow, .killedHigh, .unknownStatusKilled, .killedAmongActorIds, .killedAmongCounts, claimedOn: toString(n.claimedOn), .claimedOnPrecision, .note,
                   .retractionReason, retractedAt: n.retractedAt.epochMillis, updatedAt: n.updatedAt.epochMillis, sourceId: source.id, eventId: event.id, actorId: actor.id, documentId: document.id, relaysClaimId: relayed.id,
                   involved: [(n)-[i:INVOLVES]->(x:Actor) | {actorId: x.id, role: i.role}]} END AS item
  }
  RETURN collect({position: position, kind: kind, score: score, node: item}) AS rows
}
RETURN size(hits) AS totalCount, rows AS page
