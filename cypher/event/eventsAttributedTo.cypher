// eventsAttributedTo: events that claims attribute to an actor (optionally with its subordinate units),
// optionally only claims made (or relayed) by one source, with the claims that matched, as summaries: what a list,
// a map or a timeline shows (src/resolvers/attributedPageSummaries.ts), so one statement answers such a page. A query
// that selects more asks attributedPageObjects.cypher for the page's whole objects next.
// $actorId: STRING (a merged actor's id stands for its survivor), $includeSubordinates: BOOLEAN,
// $sourceId: STRING | null, $sourceAsRelayer: BOOLEAN, $kinds: LIST<STRING> | null, $from: DATE | null, $to: DATE | null, $locationId: STRING | null (subtree),
// $center: POINT | null, $radiusMeters: FLOAT | null, $minConfidence: FLOAT | null, $includeRetracted: BOOLEAN,
// $descending: BOOLEAN, $needTotal: BOOLEAN, $skip: INTEGER, $limit: INTEGER,
// $detail: {event, place, claim, source, document: BOOLEAN}: which summaries carry their detail fields.
// Order: newest first when $descending (undated last), then by id.
// Two ways to find the page, one of which runs:
// - counted: every matching claim, from the actors' side; gives totalCount. Needed when the total is asked for,
//   and cheapest when the actors carry few claims or a date or place filter narrows the events.
// - walked: dated events newest first along the Event(startDate) index, stopping once the page is full: its cost
//   follows the page and how common matches are, not how many there are. Chosen when the walk should visit fewer
//   events than the count visits claims: (events wanted) × (all events) / (expected matches), with a margin of 4,
//   below (claims blaming the actors); expected matches assume the source's claims are spread evenly.
// Returns actorFound and sourceFound (false when $actorId or $sourceId names nothing: the page is then empty),
// walked, exhausted (a walk that ran out of dated events: the caller asks again, counted, for the undated tail),
// totalCount (null when walked), page: LIST<{position, claimIds, event, location, claims, sources, documents}> with
// up to $limit + 1 hits when walked (the extra one says whether there is a next page): sources and documents are
// those of the claims, index for index (a claim without a document has null).
// The statement is sent with every request: Bolt splits it into 1,400-byte chunks, each one more socket write on
// both sides, so whole objects are left to attributedPageObjects.cypher, asked only when a query needs them.
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
     NOT $needTotal AND $descending AND $from IS NULL AND $to IS NULL AND $locationId IS NULL AND $center IS NULL
       AND expectedMatches * blamingClaims > 4 * ($skip + $limit + 1) * COUNT { (:Event) } AS walked
CALL (actors, askedSource, walked) {
  // Each branch is guarded before its subquery, which aggregates without a grouping key: the branch taken gives
  // exactly one row, even for an empty answer, and the other none.
  // UNION ALL: the branches exclude each other, and a plain UNION would hash the page's rows to drop duplicates.
  WITH actors WHERE NOT walked
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
  RETURN size(matches) AS totalCount, matches[$skip..$skip + $limit] AS hits, false AS exhausted
UNION ALL
  // The same claim filter as above, on each event the walk passes (only descending, no date or place filter).
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
  RETURN null AS totalCount, walkedPast[$skip..] AS hits, size(walkedPast) < $skip + $limit + 1 AS exhausted
}
// Aggregating inside a subquery keeps the one row (and totalCount) when the page is empty.
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
                             THEN c {.id, .kind, .stance, .quote, .confidence, claimedOn: toString(c.claimedOn), .killed, .injured, .civiliansKilled, .figuresAreMinimum}
                             ELSE c {.id, .kind, .stance, .quote, .confidence} END],
                  sources: [c IN claims | head([(source:Source)-[:MADE]->(c) |
                              CASE WHEN $detail.source THEN source {.id, .name, .kind, .url} ELSE source {.id, .name} END])],
                  documents: [c IN claims | head([(c)-[:REPORTED_IN]->(d:Document) |
                                CASE WHEN $detail.document THEN d {.id, .title, .url, publishedOn: toString(d.publishedOn)} ELSE d {.id, .title, .url} END])]}) AS page
}
RETURN actorFound, sourceFound, walked, exhausted, totalCount, page
