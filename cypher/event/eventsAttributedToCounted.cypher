// eventsAttributedToCounted: the canonical question's page (events that claims attribute to an actor, optionally
// with its subordinate units, optionally only claims made or relayed by one source, with the claims that matched),
// found by visiting every matching claim from the actors' side, which gives the total. Asked when the total is
// wanted, a date or place filter narrows the events, the order is oldest first, or the walk would not pay
// (eventsAttributedToWalked says so).
// $actorId: STRING (a merged actor's id stands for its survivor), $includeSubordinates: BOOLEAN,
// $sourceId: STRING | null, $sourceAsRelayer: BOOLEAN, $kinds: LIST<STRING> | null, $minConfidence: FLOAT | null,
// $includeRetracted: BOOLEAN, $skip: INTEGER, $limit: INTEGER,
// $detail: {event, place, claim, source, document: BOOLEAN}: which summaries carry their detail fields.
// $from / $to: DATE | null (events overlapping the range), $locationId: STRING | null (the place's subtree),
// $center: POINT | null with $radiusMeters: FLOAT, $descending: BOOLEAN (newest first, undated last; then by id).
// Returns actorFound and sourceFound (false when $actorId or $sourceId names nothing: the page is then empty),
// totalCount, and the hits from $skip, $limit at most, in
// page: LIST<{position, claimIds, event, location, claims, sources, documents}>, summaries: sources and documents
// are those of the claims, index for index (a claim without a document has null). Each hit has its position.
// The page's statements are sent with every request: Bolt splits them into 1,400-byte chunks, each one more socket
// write on both sides. Hence two of them, each with one way of finding the page, and whole objects left to
// attributedPageObjects.cypher, asked only when a query needs them. The preamble (the actor asked for, or the one it
// was merged into, with its units, and the source) and the summaries are the same in both: a test compares them.
// The actor asked for (or the one it was merged into) and the source are checked here, saving their own round trips.
OPTIONAL MATCH (asked:Entity {id: $actorId})
OPTIONAL MATCH (asked:Redirect)-[:MERGED_INTO]->(survivor:Actor)
OPTIONAL MATCH (askedSource:Source {id: $sourceId})
WITH CASE WHEN coalesce(survivor, asked):Actor THEN coalesce(survivor, asked) END AS root, askedSource,
     $sourceId IS NULL OR askedSource IS NOT NULL AS sourceFound
OPTIONAL MATCH (root)<-[:PART_OF*0..10]-(actor:Actor)
WHERE sourceFound AND ($includeSubordinates OR actor = root)
WITH DISTINCT root, askedSource, sourceFound, actor
WITH root IS NOT NULL AS actorFound, askedSource, sourceFound, collect(actor) AS actors
CALL (actors, askedSource) {
  UNWIND actors AS actor
  MATCH (actor)<-[:ATTRIBUTES_TO]-(c:Claim)-[:ABOUT]->(e:Event)
  WHERE c.kind IN ['ATTRIBUTION', 'RESPONSIBILITY_CLAIM'] AND c.stance <> 'DENIES'
    AND ($includeRetracted OR c.retractedAt IS NULL)
    AND ($minConfidence IS NULL OR c.confidence >= $minConfidence)
    AND ($kinds IS NULL OR e.kind IN $kinds)
    AND ($from IS NULL OR e.endDate >= $from)
    AND ($to IS NULL OR e.startDate <= $to)
    AND ($center IS NULL OR point.distance(e.point, $center) <= $radiusMeters)
    AND ($locationId IS NULL OR EXISTS { (e)-[:OCCURRED_IN]->(:Location)-[:PART_OF*0..6]->(:Location {id: $locationId}) })
    AND ($sourceId IS NULL
         OR EXISTS { (askedSource)-[:MADE]->(c) }
         OR ($sourceAsRelayer AND EXISTS { (askedSource)-[:MADE]->(:Claim)-[:RELAYS*1..10]->(c) }))
  WITH e, collect(DISTINCT c) AS claims
  ORDER BY e.startDate IS NULL,
           CASE WHEN $descending THEN e.startDate END DESC,
           CASE WHEN NOT $descending THEN e.startDate END ASC,
           e.id
  RETURN collect({e: e, claims: claims}) AS matches
}
WITH actorFound, sourceFound, size(matches) AS totalCount, matches[$skip..$skip + $limit] AS hits
// Aggregating inside a subquery keeps the one row when the page is empty.
// Each summary has its basic fields, and the rest of its summary fields only when $detail says the query reads them.
CALL (hits) {
  UNWIND range(0, size(hits) - 1) AS position
  WITH position, hits[position].e AS e, hits[position].claims AS claims
  OPTIONAL MATCH (e)-[:OCCURRED_IN]->(l:Location)
  RETURN collect({position: position, claimIds: [c IN claims | c.id],
                  event: CASE WHEN $detail.event THEN e {.id, .kind, .title, startDate: toString(e.startDate), endDate: toString(e.endDate), .datePrecision}
                         ELSE e {.id, .kind, .title, startDate: toString(e.startDate)} END,
                  location: CASE WHEN $detail.place THEN l {.id, .name, .kind, .point, .countryCode} ELSE l {.id, .name} END,
                  claims: [c IN claims | CASE WHEN $detail.claim
                             THEN c {.id, .kind, .stance, .quote, .confidence, claimedOn: toString(c.claimedOn), .killed, .injured, .civiliansKilled, .figuresAreMinimum, .killedLow, .killedHigh, .unknownStatusKilled, .killedAmongActorIds, .killedAmongCounts}
                             ELSE c {.id, .kind, .stance, .quote, .confidence} END],
                  sources: [c IN claims | head([(source:Source)-[:MADE]->(c) |
                              CASE WHEN $detail.source THEN source {.id, .name, .kind, .url} ELSE source {.id, .name} END])],
                  documents: [c IN claims | head([(c)-[:REPORTED_IN]->(d:Document) |
                                CASE WHEN $detail.document THEN d {.id, .title, .url, publishedOn: toString(d.publishedOn)} ELSE d {.id, .title, .url} END])]}) AS page
}
RETURN actorFound, sourceFound, totalCount, page
