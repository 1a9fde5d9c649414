// actorNetwork: for each given actor, the actors and places reachable through ties, up to $depth ties away, and the ties among them.
// $actorIds: LIST<STRING>, $depth: INTEGER (1..3; longer paths are never expanded), $at: DATE | null (only ties that hold on
// that day, MONTH and YEAR dates covering their whole period), $maxNodes: INTEGER (reached nodes kept, nearest first),
// $maxTies: INTEGER. Returns one row per existing actor: actorId, nodes: LIST<{depth, kind ('Actor' |
// 'Location'), actor, location}> (the actor itself first at depth 0, then by depth and id; actor and location are maps
// shaped as actorsByIds and locationsByIds return them), ties: LIST<{fromId, toId, kind, validFrom, validTo,
// datePrecision, note, sourceId, documentId}> (every tie among those nodes, by kind, fromId, toId), nodesTruncated
// and tiesTruncated (whether more were reachable than kept). Places are crossed too (LNA BESIEGES Derna, which DMSC
// CONTROLS), but place-to-place PART_OF links are not ties. The validity rule mirrors src/derive/tieHoldsOn.ts.
UNWIND $actorIds AS actorId
MATCH (root:Actor {id: actorId})
CALL (root) {
  MATCH path = ANY SHORTEST (root)((x)-[r:PART_OF|LEADS|SUPPORTS|ALLIED_WITH|OPPOSES|FOUGHT|CONTROLS|BESIEGES|BASED_IN]-(y)
    WHERE (x:Actor OR x:Location) AND (y:Actor OR y:Location) AND (x:Actor OR y:Actor)
      AND ($at IS NULL OR (
        (r.validFrom IS NULL OR CASE r.datePrecision WHEN 'YEAR' THEN date.truncate('year', r.validFrom)
                                                      WHEN 'MONTH' THEN date.truncate('month', r.validFrom)
                                                      ELSE r.validFrom END <= $at)
        AND (r.validTo IS NULL OR CASE r.datePrecision WHEN 'YEAR' THEN date.truncate('year', r.validTo) + duration('P1Y') - duration('P1D')
                                                       WHEN 'MONTH' THEN date.truncate('month', r.validTo) + duration('P1M') - duration('P1D')
                                                       ELSE r.validTo END >= $at)))){1,3}(reached)
  WHERE reached <> root AND length(path) <= $depth
  WITH reached, length(path) AS depth
  ORDER BY depth, reached.id
  LIMIT $maxNodes + 1
  RETURN collect({node: reached, depth: depth}) AS hits
}
WITH actorId, root, hits[..$maxNodes] AS kept, size(hits) > $maxNodes AS nodesTruncated
WITH actorId, [{node: root, depth: 0}] + kept AS members, nodesTruncated
WITH actorId, members, nodesTruncated, [m IN members | m.node] AS memberNodes
CALL (memberNodes) {
  UNWIND memberNodes AS x
  MATCH (x:Actor)-[r:PART_OF|LEADS|SUPPORTS|ALLIED_WITH|OPPOSES|FOUGHT|CONTROLS|BESIEGES|BASED_IN]->(y)
  WHERE y IN memberNodes
    AND ($at IS NULL OR (
      (r.validFrom IS NULL OR CASE r.datePrecision WHEN 'YEAR' THEN date.truncate('year', r.validFrom)
                                                    WHEN 'MONTH' THEN date.truncate('month', r.validFrom)
                                                    ELSE r.validFrom END <= $at)
      AND (r.validTo IS NULL OR CASE r.datePrecision WHEN 'YEAR' THEN date.truncate('year', r.validTo) + duration('P1Y') - duration('P1D')
                                                     WHEN 'MONTH' THEN date.truncate('month', r.validTo) + duration('P1M') - duration('P1D')
                                                     ELSE r.validTo END >= $at)))
  WITH x, r, y
  ORDER BY type(r), x.id, y.id
  LIMIT $maxTies + 1
  RETURN collect({fromId: x.id, toId: y.id, kind: type(r), validFrom: r.validFrom, validTo: r.validTo,
                  datePrecision: r.datePrecision, note: r.note, sourceId: r.sourceId, documentId: r.documentId}) AS allTies
}
CALL (members) {
  UNWIND members AS member
  WITH member.node AS n, member.depth AS depth
  RETURN collect({
           depth: depth,
           kind: CASE WHEN n:Actor THEN 'Actor' ELSE 'Location' END,
           actor: CASE WHEN n:Actor THEN n {.id, .name, .aliases, .kind, .countryCode, .description, createdAt: n.createdAt.epochMillis, updatedAt: n.updatedAt.epochMillis} END,
           location: CASE WHEN n:Location THEN n {.id, .name, .aliases, .kind, .point, .geoPrecision, .countryCode, .note, updatedAt: n.updatedAt.epochMillis,
                                                  parentId: [(n)-[:PART_OF]->(parent:Location) | parent.id][0]} END
         }) AS nodes
}
RETURN actorId, nodes, allTies[..$maxTies] AS ties, nodesTruncated, size(allTies) > $maxTies AS tiesTruncated
