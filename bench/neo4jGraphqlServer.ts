// The comparison API for the benchmark (issue 7): the same graph model made with @neo4j/graphql (typeDefs with
// @relationship directives), served by a plain Apollo Server. Run as its own process by bench/run.ts, like this API,
// so neither shares an event loop with the load generator. Prints "ready <url>" on stdout.
// `NEO4J_URI=bolt://127.0.0.1:7810 PORT=4100 node --import tsx bench/neo4jGraphqlServer.ts`
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';

export const typeDefs = /* GraphQL */ `
  type Actor @node {
    id: ID!
    name: String!
    kind: String!
    partOf: [Actor!]! @relationship(type: "PART_OF", direction: OUT)
    units: [Actor!]! @relationship(type: "PART_OF", direction: IN)
    blamedIn: [Claim!]! @relationship(type: "ATTRIBUTES_TO", direction: IN)
  }
  type Source @node {
    id: ID!
    name: String!
    kind: String!
    made: [Claim!]! @relationship(type: "MADE", direction: OUT)
  }
  type Document @node {
    id: ID!
    title: String!
    url: String
    publishedOn: Date
    publisher: [Source!]! @relationship(type: "PUBLISHED_BY", direction: OUT)
  }
  type Location @node {
    id: ID!
    name: String!
    kind: String!
    point: Point
    parent: [Location!]! @relationship(type: "PART_OF", direction: OUT)
  }
  type Claim @node {
    id: ID!
    kind: String!
    stance: String!
    quote: String
    confidence: Float
    killed: Int
    injured: Int
    retractedAt: DateTime
    source: [Source!]! @relationship(type: "MADE", direction: IN)
    event: [Event!]! @relationship(type: "ABOUT", direction: OUT)
    actor: [Actor!]! @relationship(type: "ATTRIBUTES_TO", direction: OUT)
    document: [Document!]! @relationship(type: "REPORTED_IN", direction: OUT)
    relays: [Claim!]! @relationship(type: "RELAYS", direction: OUT)
  }
  type Event @node @fulltext(indexes: [{ indexName: "search_text", queryName: "eventsFulltext", fields: ["title"] }]) {
    id: ID!
    kind: String!
    title: String!
    startDate: Date
    endDate: Date
    point: Point
    location: [Location!]! @relationship(type: "OCCURRED_IN", direction: OUT)
    claims: [Claim!]! @relationship(type: "ABOUT", direction: IN)
  }
`;

async function main(): Promise<void> {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI is required');
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', ''), { maxConnectionPoolSize: 100 });
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  if (process.env.PRINT_SCHEMA) {
    const { printSchema } = await import('graphql');
    process.stdout.write(printSchema(schema));
    await driver.close();
    return;
  }
  const server = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(server, {
    listen: { host: '127.0.0.1', port: Number(process.env.PORT ?? 4100) },
  });
  process.stdout.write(`ready ${url}\n`);
  const stop = () => {
    void server
      .stop()
      .then(() => driver.close())
      .then(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
