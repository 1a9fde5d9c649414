// eventsAttributedToWalked: the canonical question's page (events that claims attribute to an actor, optionally
// with its subordinate units, optionally only claims made or relayed by one source, with the claims that matched),
// found by walking dated events newest first along the Event(startDate) index and stopping once the page is full:
// its cost follows the page and how common matches are, not how many there are. The caller asks it only for pages
// newest first with no date or place filter and no total (eventsAttributedToCounted answers the rest).
// $actorId: STRING (a merged actor's id stands for its survivor), $includeSubordinates: BOOLEAN,
// $sourceId: STRING | null, $sourceAsRelayer: BOOLEAN, $kinds: LIST<STRING> | null, $minConfidence: FLOAT | null,
// $includeRetracted: BOOLEAN, $skip: INTEGER, $limit: INTEGER,
// $detail: {event, place, claim, source, document: BOOLEAN}: which summaries carry their detail fields.
// The walk runs when it should visit fewer events than counting visits claims: (events wanted) × (all events) /
// (expected matches), with a margin of 4, below (claims blaming the actors); expected matches assume the source's
// claims are spread evenly. Otherwise `walked` is false, the page empty, and the caller counts instead.
// Returns actorFound and sourceFound (false when $actorId or $sourceId names nothing: the page is then empty),
// walked, exhausted (the walk ran out of dated events: the caller counts, for the undated tail), and up to
// $limit + 1 hits (the extra one says whether there is a next page) in
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
WITH root IS NOT NULL AS actorFound, askedSource, sourceFound, collect(actor) AS actors,
     sum(COUNT { (actor)<-[:ATTRIBUTES_TO]-() }) AS blamingClaims
// How many of those claims the source made, if they are spread like its claims overall. Degrees of bound nodes and
// label counts come from counts Neo4j keeps: a pattern from an unbound (:Source {id}) would expand every claim.
WITH actorFound, sourceFound, askedSource, actors, blamingClaims,
     CASE WHEN askedSource IS NULL OR $sourceAsRelayer THEN toFloat(blamingClaims)
          ELSE toFloat(blamingClaims) * COUNT { (askedSource)-[:MADE]->() } / (COUNT { (:Claim) } + 1) END AS expectedMatches
WITH actorFound, sourceFound, askedSource, actors,
     expectedMatches * blamingClaims > 4 * ($skip + $limit + 1) * COUNT { (:Event) } AS walked
// Guarded before the subquery, whose aggregate has no grouping key: one row when walking, none (nulls) when not.
OPTIONAL CALL (actors, askedSource, walked) {
  WITH actors WHERE walked
  CALL (actors, askedSource) {
    // The hint keeps the planner on the date index, whose order lets the walk stop early, over a kind index.
    MATCH (e:Event) USING INDEX e:Event(startDate)
    WHERE e.startDate IS NOT NULL AND ($kinds IS NULL OR e.kind IN $kinds)
    CALL (e, actors, askedSource) {
      MATCH (e)<-[:ABOUT]-(c:Claim)-[:ATTRIBUTES_TO]->(actor:Actor)
      WHERE actor IN actors AND c.kind IN ['ATTRIBUTION', 'RESPONSIBILITY_CLAIM'] AND c.stance <> 'DENIES'
        AND ($includeRetracted OR c.retractedAt IS NULL)
        AND ($minConfidence IS NULL OR c.confidence >= $minConfidence)
        AND ($sourceId IS NULL
             OR EXISTS { (askedSource)-[:MADE]->(c) }
             OR ($sourceAsRelayer AND EXISTS { (askedSource)-[:MADE]->(:Claim)-[:RELAYS*1..10]->(c) }))
      RETURN collect(DISTINCT c) AS claims
    }
    WITH e, claims WHERE claims <> []
    ORDER BY e.startDate DESC, e.id LIMIT $skip + $limit + 1
    RETURN collect({e: e, claims: claims}) AS walkedPast
  }
  RETURN walkedPast
}
WITH actorFound, sourceFound, walked, coalesce(walkedPast, []) AS walkedPast
WITH actorFound, sourceFound, walked, walkedPast[$skip..] AS hits, walked AND size(walkedPast) < $skip + $limit + 1 AS exhausted
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
RETURN actorFound, sourceFound, walked, exhausted, page
