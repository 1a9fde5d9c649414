// The benchmark's five questions (the canonical one with and without its total), each asked three ways: this API's
// GraphQL, the nearest @neo4j/graphql GraphQL, and hand-written Cypher (the floor). All three read the same Neo4j and
// return the same page.
import neo4j from 'neo4j-driver';

import { benchIds } from './generate';

export type QuestionName = 'canonical' | 'canonicalTotal' | 'nearPoint' | 'attributions' | 'search';

export interface Question {
  name: QuestionName;
  description: string;
  /** This API (POST /graphql). `round` varies the argument where the question is about one of many things. */
  api: (round: number) => { query: string; variables: Record<string, unknown> };
  /** The @neo4j/graphql server; null where it has no equivalent. */
  neo4jGraphql: ((round: number) => { query: string; variables: Record<string, unknown> }) | null;
  /** Hand-written Cypher through neo4j-driver. */
  cypher: (round: number) => { text: string; params: Record<string, unknown> };
}

const blameKinds = ['ATTRIBUTION', 'RESPONSIBILITY_CLAIM'];
const strikeKinds = ['AIRSTRIKE', 'DRONE_STRIKE'];
const radiusKm = 50;
const dateRange = { from: '2018-01-01', to: '2019-12-31' };
const searchText = 'hospital drone';
/** The attributions question cycles over these events, so it is not one cached answer. */
const eventFor = (round: number) => `event:bench-${(round * 7919) % 3000}`;

// The canonical question as a client paging through it asks it (`canonical`), and with the total count of matches
// (`canonicalTotal`), which makes every system visit every match.
const canonicalApi = (withTotal: boolean) => `query ($actor: ActorRef!, $source: SourceRef!, $kinds: [EventKind!]) {
  eventsAttributedTo(actor: $actor, source: $source, includeSubordinates: true, kinds: $kinds, first: 20) {
    ${withTotal ? 'totalCount' : 'pageInfo { hasNextPage endCursor }'}
    edges {
      node { id title kind startDate location { id name } }
      matchedClaims { id kind stance quote confidence source { id name } document { id title url } }
    }
  }
}`;

// The nearest @neo4j/graphql can say: subordinates as an explicit two-level PART_OF filter (it has no variable-length
// filter), the claim filter repeated on the nested claims field so only the matching claims come back.
const canonicalNeo4jGraphql = (withTotal: boolean) => `query ($where: EventWhere!, $claimWhere: ClaimWhere!) {
  eventsConnection(first: 20, where: $where, sort: [{ startDate: DESC }, { id: ASC }]) {
    ${withTotal ? 'totalCount' : 'pageInfo { hasNextPage endCursor }'}
    edges {
      node {
        id title kind startDate location { id name }
        claims(where: $claimWhere) { id kind stance quote confidence source { id name } document { id title url } }
      }
    }
  }
}`;

const canonicalTotalCypher = `
MATCH (root:Actor {id: $actorId})<-[:PART_OF*0..10]-(a:Actor)
MATCH (s:Source {id: $sourceId})-[:MADE]->(c:Claim)-[:ATTRIBUTES_TO]->(a)
WHERE c.kind IN $blameKinds AND c.stance <> 'DENIES' AND c.retractedAt IS NULL
MATCH (c)-[:ABOUT]->(e:Event)
WHERE e.kind IN $kinds
WITH s, e, collect(c) AS claims
ORDER BY e.startDate DESC, e.id
WITH s, collect({e: e, claims: claims}) AS hits
UNWIND hits[0..20] AS hit
WITH s, size(hits) AS totalCount, hit.e AS e, hit.claims AS claims
OPTIONAL MATCH (e)-[:OCCURRED_IN]->(l:Location)
RETURN totalCount, e {.id, .title, .kind, startDate: toString(e.startDate), location: l {.id, .name},
  claims: [c IN claims | c {.id, .kind, .stance, .quote, .confidence, source: s {.id, .name},
    document: head([(c)-[:REPORTED_IN]->(d:Document) | d {.id, .title, .url}])}]} AS event`;

// Without the total, a hand-written query need not sort every match: walk dated events newest first along the
// Event(startDate) index, keep those with a matching claim, stop after 21 (the 21st says a next page exists), then
// collect the matching claims of those 21 alone.
const canonicalCypher = `
MATCH (root:Actor {id: $actorId})<-[:PART_OF*0..10]-(a:Actor)
WITH collect(DISTINCT a) AS actors
MATCH (s:Source {id: $sourceId})
CALL (actors, s) {
  MATCH (e:Event) USING INDEX e:Event(startDate)
  WHERE e.startDate IS NOT NULL AND e.kind IN $kinds
    AND EXISTS {
      MATCH (e)<-[:ABOUT]-(c:Claim)-[:ATTRIBUTES_TO]->(blamed:Actor)
      WHERE blamed IN actors AND c.kind IN $blameKinds AND c.stance <> 'DENIES' AND c.retractedAt IS NULL AND (s)-[:MADE]->(c)
    }
  WITH e ORDER BY e.startDate DESC, e.id LIMIT 21
  RETURN e
}
CALL (e, actors, s) {
  MATCH (e)<-[:ABOUT]-(c:Claim)-[:ATTRIBUTES_TO]->(blamed:Actor)
  WHERE blamed IN actors AND c.kind IN $blameKinds AND c.stance <> 'DENIES' AND c.retractedAt IS NULL AND (s)-[:MADE]->(c)
  RETURN collect(c) AS claims
}
OPTIONAL MATCH (e)-[:OCCURRED_IN]->(l:Location)
RETURN e {.id, .title, .kind, startDate: toString(e.startDate), location: l {.id, .name},
  claims: [c IN claims | c {.id, .kind, .stance, .quote, .confidence, source: s {.id, .name},
    document: head([(c)-[:REPORTED_IN]->(d:Document) | d {.id, .title, .url}])}]} AS event`;

const nearApi = `query ($filter: EventsFilter!) {
  events(filter: $filter, first: 20) { totalCount edges { node { id title kind startDate location { id name } } } }
}`;

const nearNeo4jGraphql = `query ($where: EventWhere!) {
  eventsConnection(first: 20, where: $where, sort: [{ startDate: DESC }, { id: ASC }]) {
    totalCount edges { node { id title kind startDate location { id name } } }
  }
}`;

const nearCypher = `
MATCH (e:Event)
WHERE point.distance(e.point, $center) <= $radiusMeters AND e.startDate <= date($to) AND e.endDate >= date($from)
WITH e ORDER BY e.startDate DESC, e.id
WITH collect(e) AS events
UNWIND events[0..20] AS e
OPTIONAL MATCH (e)-[:OCCURRED_IN]->(l:Location)
RETURN size(events) AS totalCount, e {.id, .title, .kind, startDate: toString(e.startDate), location: l {.id, .name}} AS event`;

const attributionsApi = `query ($id: ID!) {
  event(id: $id) { id attributions { actor { id name } independentSourceCount sources { id name } claims { id } } }
}`;

// @neo4j/graphql cannot count origin sources: the nearest is to fetch the blaming claims with their relay chains
// (two hops) and leave the grouping and counting to the client.
const attributionsNeo4jGraphql = `query ($id: ID!, $claimWhere: ClaimWhere!) {
  events(where: { id: { eq: $id } }) {
    id
    claims(where: $claimWhere) { id actor { id name } source { id name } relays { source { id } relays { source { id } } } }
  }
}`;

const attributionsCypher = `
MATCH (e:Event {id: $eventId})<-[:ABOUT]-(c:Claim)-[:ATTRIBUTES_TO]->(a:Actor)
WHERE c.kind IN $blameKinds AND c.stance <> 'DENIES' AND c.retractedAt IS NULL
MATCH (s:Source)-[:MADE]->(c)
MATCH (c)-[:RELAYS*0..10]->(origin:Claim) WHERE NOT (origin)-[:RELAYS]->()
MATCH (originSource:Source)-[:MADE]->(origin)
RETURN a {.id, .name} AS actor, count(DISTINCT originSource) AS independentSourceCount,
       collect(DISTINCT s {.id, .name}) AS sources, collect(DISTINCT c.id) AS claims`;

const searchApi = `query ($text: String!) {
  search(text: $text, first: 20) {
    totalCount
    edges { node { score kind node { __typename ... on Event { id title } ... on Claim { id quote } ... on Document { id title } ... on Actor { id name } ... on Location { id name } ... on Source { id name } } } }
  }
}`;

// @neo4j/graphql's @fulltext gives one query per type over the index: the nearest is the Event hits only.
const searchNeo4jGraphql = `query ($phrase: String!) {
  eventsFulltext(phrase: $phrase, first: 20) { totalCount edges { score node { id title } } }
}`;

const searchCypher = `
CALL db.index.fulltext.queryNodes('search_text', $query) YIELD node, score
WITH node, score ORDER BY score DESC, node.id
WITH collect({id: node.id, labels: labels(node), score: score}) AS hits
RETURN size(hits) AS totalCount, hits[0..20] AS page`;

const claimWhere = {
  kind: { in: blameKinds },
  NOT: { stance: { eq: 'DENIES' } },
  source: { some: { id: { eq: benchIds.canonicalSource } } },
  actor: {
    some: {
      OR: [
        { id: { eq: benchIds.canonicalActor } },
        { partOf: { some: { id: { eq: benchIds.canonicalActor } } } },
        { partOf: { some: { partOf: { some: { id: { eq: benchIds.canonicalActor } } } } } },
      ],
    },
  },
};

const canonicalApiVariables = {
  actor: { id: benchIds.canonicalActor },
  source: { id: benchIds.canonicalSource },
  kinds: strikeKinds,
};
const canonicalNeo4jGraphqlVariables = {
  where: { kind: { in: strikeKinds }, claims: { some: claimWhere } },
  claimWhere,
};
const canonicalCypherParams = {
  actorId: benchIds.canonicalActor,
  sourceId: benchIds.canonicalSource,
  kinds: strikeKinds,
  blameKinds,
};

export const questions: Question[] = [
  {
    name: 'canonical',
    description: `strikes (${strikeKinds.join(', ')}) attributed to ${benchIds.canonicalActor} and its units by ${benchIds.canonicalSource}: page of 20 (newest first, with whether more follow) with matched claims, their sources and documents`,
    api: () => ({ query: canonicalApi(false), variables: canonicalApiVariables }),
    neo4jGraphql: () => ({ query: canonicalNeo4jGraphql(false), variables: canonicalNeo4jGraphqlVariables }),
    cypher: () => ({ text: canonicalCypher, params: canonicalCypherParams }),
  },
  {
    name: 'canonicalTotal',
    description: 'the same page with the total count of matching events',
    api: () => ({ query: canonicalApi(true), variables: canonicalApiVariables }),
    neo4jGraphql: () => ({ query: canonicalNeo4jGraphql(true), variables: canonicalNeo4jGraphqlVariables }),
    cypher: () => ({ text: canonicalTotalCypher, params: canonicalCypherParams }),
  },
  {
    name: 'nearPoint',
    description: `events within ${radiusKm} km of (${benchIds.nearPoint.latitude}, ${benchIds.nearPoint.longitude}) overlapping ${dateRange.from}..${dateRange.to}: page of 20, newest first, with total`,
    api: () => ({ query: nearApi, variables: { filter: { near: { ...benchIds.nearPoint, radiusKm }, ...dateRange } } }),
    neo4jGraphql: () => ({
      query: nearNeo4jGraphql,
      variables: {
        where: {
          point: { distance: { from: benchIds.nearPoint, lte: radiusKm * 1000 } },
          startDate: { lte: dateRange.to },
          endDate: { gte: dateRange.from },
        },
      },
    }),
    cypher: () => ({
      text: nearCypher,
      params: {
        center: new neo4j.types.Point(4326, benchIds.nearPoint.longitude, benchIds.nearPoint.latitude),
        radiusMeters: radiusKm * 1000,
        ...dateRange,
      },
    }),
  },
  {
    name: 'attributions',
    description: "one event's attributions with their sources and independent-source counts (cycling over 3000 events)",
    api: (round) => ({ query: attributionsApi, variables: { id: eventFor(round) } }),
    neo4jGraphql: (round) => ({
      query: attributionsNeo4jGraphql,
      variables: { id: eventFor(round), claimWhere: { kind: { in: blameKinds }, NOT: { stance: { eq: 'DENIES' } } } },
    }),
    cypher: (round) => ({ text: attributionsCypher, params: { eventId: eventFor(round), blameKinds } }),
  },
  {
    name: 'search',
    description: `full-text search "${searchText}", first 20 hits with total`,
    api: () => ({ query: searchApi, variables: { text: searchText } }),
    neo4jGraphql: () => ({ query: searchNeo4jGraphql, variables: { phrase: 'hospital AND drone' } }),
    cypher: () => ({ text: searchCypher, params: { query: 'hospital AND drone' } }),
  },
];
