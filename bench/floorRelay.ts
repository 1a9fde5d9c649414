// The floor of any HTTP API over this graph, for bench/floor.ts: a bare node:http server that takes the canonical
// question's POST body, runs one statement through neo4j-driver and answers JSON. No Express, Apollo, GraphQL or
// validation. RELAY_STATEMENT=handWritten runs the benchmark's hand-written Cypher (the HTTP hop alone);
// RELAY_STATEMENT=walked runs this API's own page statement (the hop plus what our statement does beyond it).
// Each is sent the way its counterpart sends it: the hand-written query as bench/run.ts does (executeQuery), ours as
// src/db/database.ts does (an auto-commit query), so the steps from one to the next isolate one thing each.
import http from 'node:http';
import neo4j from 'neo4j-driver';

import { cypher } from '../src/db/cypherRegistry';
import { createDriver } from '../src/db/driver';
import { toPlain } from '../src/db/plainValues';
import { questions } from './questions';

interface CanonicalVariables {
  actor: { id: string };
  source: { id: string };
  kinds: string[];
}

const driver = createDriver({ uri: process.env.NEO4J_URI ?? '', user: 'neo4j', password: '' });
const mode = process.env.RELAY_STATEMENT === 'walked' ? 'walked' : 'handWritten';
const handWritten = questions.find((q) => q.name === 'canonical')!.cypher(0);
const walked = cypher().text('eventsAttributedToWalked');
const noDetail = { event: false, place: false, claim: false, source: false, document: false };

function statementFor(variables: CanonicalVariables): { text: string; params: Record<string, unknown> } {
  if (mode === 'handWritten')
    return {
      ...handWritten,
      params: {
        ...handWritten.params,
        actorId: variables.actor.id,
        sourceId: variables.source.id,
        kinds: variables.kinds,
      },
    };
  return {
    text: walked,
    params: {
      actorId: variables.actor.id,
      sourceId: variables.source.id,
      kinds: variables.kinds,
      includeSubordinates: true,
      sourceAsRelayer: false,
      minConfidence: null,
      includeRetracted: false,
      skip: neo4j.int(0),
      limit: neo4j.int(20),
      detail: noDetail,
    },
  };
}

async function answer(body: string): Promise<string> {
  const { text, params } = statementFor((JSON.parse(body) as { variables: CanonicalVariables }).variables);
  if (mode === 'handWritten') {
    const result = await driver.executeQuery(text, params, { routing: 'READ', database: 'neo4j' });
    return JSON.stringify({ data: result.records.map((record) => toPlain(record.toObject())) });
  }
  const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(text, params, { timeout: 30_000 });
    return JSON.stringify({ data: result.records.map((record) => toPlain(record.toObject())) });
  } finally {
    await session.close();
  }
}

const server = http.createServer((req, res) => {
  const parts: Buffer[] = [];
  req.on('data', (part: Buffer) => parts.push(part));
  req.on('end', () => {
    answer(Buffer.concat(parts).toString('utf8')).then(
      (json) => res.writeHead(200, { 'content-type': 'application/json' }).end(json),
      (error: unknown) => res.writeHead(500).end(JSON.stringify({ errors: [{ message: String(error) }] })),
    );
  });
});
server.listen(Number(process.env.PORT), '127.0.0.1', () =>
  process.stdout.write(`relay at http://127.0.0.1:${process.env.PORT}/graphql\n`),
);
