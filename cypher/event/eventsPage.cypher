// eventsPage: one page of events matching the filters, with the total.
// $kinds: LIST<STRING> | null, $from / $to: DATE | null (events overlapping the range),
// $locationId: STRING | null (the place and everything inside it; with $exactLocation: BOOLEAN, the place alone), $center: POINT | null with $radiusMeters: FLOAT,
// $southWest / $northEast: POINT | null (bounding box), $actorId: STRING | null (attributed to or involved, per an
// unretracted claim), $sourceId: STRING | null (a source with an unretracted claim about the event),
// $needsKilled: BOOLEAN (whether minKilled or the casualty order are used), $needsJudgement: BOOLEAN (whether contested,
// grades or the grade order are), $needsGrade: BOOLEAN (whether grades or the grade order are),
// $contested: BOOLEAN | null, $minKilled: INTEGER | null, $grades: LIST<STRING> | null (EventGrade values),
// $order: 'NEWEST_FIRST' | 'OLDEST_FIRST' | 'MOST_KILLED_FIRST' | 'BEST_GRADE_FIRST',
// $skip: INTEGER, $limit: INTEGER. Returns totalCount and page: LIST<{position, event, location}> (the page's events in
// order, undated ones last, each with its place).
// Candidates come from the most selective filter given, through its index or from its node; the
// guards let exactly one branch run, so a label scan happens only when no filter narrows the list.
CALL () {
  WITH 1 AS guard WHERE $center IS NOT NULL
  MATCH (e:Event) WHERE point.distance(e.point, $center) <= $radiusMeters
  RETURN e
  UNION
  WITH 1 AS guard WHERE $center IS NULL AND $southWest IS NOT NULL
  MATCH (e:Event) WHERE point.withinBBox(e.point, $southWest, $northEast)
  RETURN e
  UNION
  WITH 1 AS guard WHERE $center IS NULL AND $southWest IS NULL AND $locationId IS NOT NULL
  MATCH (:Location {id: $locationId})<-[:PART_OF*0..6]-(:Location)<-[:OCCURRED_IN]-(e:Event)
  RETURN e
  UNION
  WITH 1 AS guard WHERE $center IS NULL AND $southWest IS NULL AND $locationId IS NULL AND $actorId IS NOT NULL
  MATCH (:Actor {id: $actorId})<-[:ATTRIBUTES_TO|INVOLVES]-(:Claim)-[:ABOUT]->(e:Event)
  RETURN e
  UNION
  WITH 1 AS guard WHERE $center IS NULL AND $southWest IS NULL AND $locationId IS NULL AND $actorId IS NULL AND $sourceId IS NOT NULL
  MATCH (:Source {id: $sourceId})-[:MADE]->(:Claim)-[:ABOUT]->(e:Event)
  RETURN e
  UNION
  WITH 1 AS guard WHERE $center IS NULL AND $southWest IS NULL AND $locationId IS NULL AND $actorId IS NULL AND $sourceId IS NULL
                        AND $from IS NOT NULL
  MATCH (e:Event) WHERE e.endDate >= $from
  RETURN e
  UNION
  WITH 1 AS guard WHERE $center IS NULL AND $southWest IS NULL AND $locationId IS NULL AND $actorId IS NULL AND $sourceId IS NULL
                        AND $from IS NULL AND $to IS NOT NULL
  MATCH (e:Event) WHERE e.startDate <= $to
  RETURN e
  UNION
  WITH 1 AS guard WHERE $center IS NULL AND $southWest IS NULL AND $locationId IS NULL AND $actorId IS NULL AND $sourceId IS NULL
                        AND $from IS NULL AND $to IS NULL AND $kinds IS NOT NULL
  MATCH (e:Event) WHERE e.kind IN $kinds
  RETURN e
  UNION
  WITH 1 AS guard WHERE $center IS NULL AND $southWest IS NULL AND $locationId IS NULL AND $actorId IS NULL AND $sourceId IS NULL
                        AND $from IS NULL AND $to IS NULL AND $kinds IS NULL
  MATCH (e:Event)
  RETURN e
}
WITH e
WHERE ($kinds IS NULL OR e.kind IN $kinds)
  AND ($from IS NULL OR e.endDate >= $from)
  AND ($to IS NULL OR e.startDate <= $to)
  AND ($center IS NULL OR point.distance(e.point, $center) <= $radiusMeters)
  AND ($southWest IS NULL OR point.withinBBox(e.point, $southWest, $northEast))
  AND ($locationId IS NULL OR EXISTS { (e)-[:OCCURRED_IN]->(:Location)-[:PART_OF*0..6]->(:Location {id: $locationId}) })
  AND ($locationId IS NULL OR NOT $exactLocation OR EXISTS { (e)-[:OCCURRED_IN]->(:Location {id: $locationId}) })
  AND ($actorId IS NULL OR EXISTS { (e)<-[:ABOUT]-(c:Claim)-[:ATTRIBUTES_TO|INVOLVES]->(:Actor {id: $actorId}) WHERE c.retractedAt IS NULL })
  AND ($sourceId IS NULL OR EXISTS { (e)<-[:ABOUT]-(c:Claim)<-[:MADE]-(:Source {id: $sourceId}) WHERE c.retractedAt IS NULL })
// An event's figures, blames and denials are those about it or any of its parts (docs/model.md, "Parts roll up").
OPTIONAL CALL (e) {
  WITH e WHERE $needsKilled
  MATCH (e)<-[:PART_OF*0..10]-(:Event)<-[:ABOUT]-(c:Claim) WHERE c.retractedAt IS NULL AND coalesce(c.stance, '') <> 'DENIES'
  // A source that gives its own range (UCDP's low / best / high) gives its high, as Casualties.killedHigh reads it.
  RETURN max(coalesce(c.killedHigh, c.killed)) AS maxKilled
}
// Whether the sources disagree about who did it: the rule of src/derive/contestationOf.ts, which a test holds this to.
// Each blame or denial with its origin (the maker at the end of its relay chain), the event it is about with the events
// above it, and the blamed actor's chain ([its id] + the ids of what it is part of).
OPTIONAL CALL (e) {
  WITH e WHERE $needsJudgement
  MATCH down = (e)<-[:PART_OF*0..10]-(about:Event)<-[:ABOUT]-(c:Claim)-[:ATTRIBUTES_TO]->(a:Actor) WHERE c.retractedAt IS NULL
  WITH about.id AS eventId, [n IN nodes(down) WHERE n:Event | n.id] AS eventPath, c, a,
       (c.kind IN ['ATTRIBUTION', 'RESPONSIBILITY_CLAIM'] AND c.stance <> 'DENIES') AS blames,
       (c.kind = 'DENIAL' OR (c.kind IN ['ATTRIBUTION', 'RESPONSIBILITY_CLAIM'] AND c.stance = 'DENIES')) AS denies
  WHERE (blames AND a.kind <> 'UNKNOWN') OR denies
  CALL (c) {
    OPTIONAL MATCH (c)-[:RELAYS*0..20]->(origin:Claim)<-[:MADE]-(originSource:Source)
    WHERE NOT (origin)-[:RELAYS]->(:Claim)
    RETURN originSource.id AS originId LIMIT 1
  }
  // A speaker: what one origin says about one event (the chains of the actors it blames, or denies).
  WITH blames, originId, eventId, eventPath, collect([a.id] + [(a)-[:PART_OF*1..10]->(up:Actor) | up.id]) AS chains
  WITH collect(CASE WHEN blames THEN {origin: originId, event: eventId, path: eventPath, chains: chains} END) AS speakers,
       collect(CASE WHEN NOT blames THEN {origin: originId, event: eventId, path: eventPath, chains: chains} END) AS deniers
  // Two speakers disagree when nothing one blames is in a chain with anything the other blames; a denier disagrees with
  // a speaker that blames an actor in a chain with one it denies. Either only about one incident (the same event, or an
  // event and a part of it).
  RETURN any(s1 IN speakers WHERE any(s2 IN speakers WHERE s1.origin <> s2.origin
             AND (s1.event = s2.event OR s1.event IN s2.path OR s2.event IN s1.path)
             AND none(x IN s1.chains WHERE any(y IN s2.chains WHERE x[0] IN y OR y[0] IN x)))) OR
         any(d IN deniers WHERE any(s IN speakers WHERE d.origin <> s.origin
             AND (d.event = s.event OR d.event IN s.path OR s.event IN d.path)
             AND any(x IN d.chains WHERE any(y IN s.chains WHERE x[0] IN y OR y[0] IN x)))) AS contested
}
// The grade (src/derive/gradeOf.ts, EventGrade): the independent sources (origins) of the claims that support the event
// (not retracted, not a denial, not denying), and whether an actor claims it.
OPTIONAL CALL (e) {
  WITH e WHERE $needsGrade
  MATCH (e)<-[:PART_OF*0..10]-(:Event)<-[:ABOUT]-(c:Claim)
  WHERE c.retractedAt IS NULL AND c.kind <> 'DENIAL' AND c.stance <> 'DENIES'
  CALL (c) {
    OPTIONAL MATCH (c)-[:RELAYS*0..20]->(origin:Claim)<-[:MADE]-(originSource:Source)
    WHERE NOT (origin)-[:RELAYS]->(:Claim)
    RETURN originSource.id AS originId LIMIT 1
  }
  RETURN count(DISTINCT originId) AS supporters,
         count(CASE WHEN c.kind = 'RESPONSIBILITY_CLAIM' AND EXISTS { (c)-[:ATTRIBUTES_TO]->(:Actor) } THEN 1 END) > 0 AS claimed
}
WITH e, maxKilled, coalesce(contested, false) AS contested,
     CASE WHEN coalesce(contested, false) THEN 'CONTESTED'
          WHEN coalesce(supporters, 0) = 0 THEN 'DISCOUNTED'
          WHEN claimed THEN 'CONFIRMED'
          WHEN supporters >= 2 THEN 'FAIR'
          ELSE 'WEAK' END AS grade
WHERE ($contested IS NULL OR contested = $contested)
  AND ($minKilled IS NULL OR maxKilled >= $minKilled)
  AND ($grades IS NULL OR grade IN $grades)
WITH e, maxKilled, grade
ORDER BY CASE WHEN $order = 'MOST_KILLED_FIRST' THEN coalesce(maxKilled, -1) END DESC,
         CASE WHEN $order = 'BEST_GRADE_FIRST'
              THEN CASE grade WHEN 'CONFIRMED' THEN 0 WHEN 'FAIR' THEN 1 WHEN 'WEAK' THEN 2 WHEN 'CONTESTED' THEN 3 ELSE 4 END END ASC,
         e.startDate IS NULL,
         CASE WHEN $order IN ['NEWEST_FIRST', 'BEST_GRADE_FIRST'] THEN e.startDate END DESC,
         CASE WHEN NOT $order IN ['NEWEST_FIRST', 'BEST_GRADE_FIRST'] THEN e.startDate END ASC,
         e.id
WITH collect(e) AS matched
// The page's events and their places as eventsByIds and locationsByIds give them, saving those round trips.
CALL (matched) {
  WITH matched[$skip..$skip + $limit] AS page
  UNWIND range(0, size(page) - 1) AS position
  WITH position, page[position] AS e
  OPTIONAL MATCH (e)-[:OCCURRED_IN]->(l:Location)
  OPTIONAL MATCH (l)-[:PART_OF]->(parentPlace:Location)
  OPTIONAL MATCH (e)-[:PART_OF]->(parentEvent:Event)
  RETURN collect({position: position,
                  event: e {.id, .kind, .title, .description, startDate: toString(e.startDate), endDate: toString(e.endDate), .datePrecision, .dateNote, updatedAt: e.updatedAt.epochMillis, locationId: l.id, partOfEventId: parentEvent.id},
                  location: CASE WHEN l IS NULL THEN null ELSE l {.id, .name, .aliases, .kind, .point, .geoPrecision, .countryCode, .note, updatedAt: l.updatedAt.epochMillis, parentId: parentPlace.id} END}) AS page
}
RETURN size(matched) AS totalCount, page
