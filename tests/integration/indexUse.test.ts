// Every read the API sends finds its starting nodes through an index or a node found by one: never by scanning a label.
// The statements and parameters are the real ones, recorded while the API answers typical questions; each is then
// run again under PROFILE and its plan checked for scans that did any work.
import type { Driver } from 'neo4j-driver';

import { CypherRegistry } from '../../src/db/cypherRegistry';
import { Database, type Params, type RequestScope } from '../../src/db/database';
import type { ParamsArgument, RowOfStatement, StatementName } from '../../src/db/statements';
import { ingestBundle } from '../../src/ingest/ingestBundle';
import { seededApi, type SeededApi } from '../support/seededApi';
import { syntheticBundle } from '../support/syntheticGraph';
import type { TestApi } from '../support/testApi';
import type { TestGraph } from '../support/testGraph';

interface Recorded {
  name: StatementName;
  params: Params;
}

/** A Database that notes every read it is asked for, in every per-request copy too. */
class RecordingDatabase extends Database {
  constructor(
    driver: Driver,
    private readonly recorded: Recorded[],
    scope?: RequestScope,
  ) {
    super(driver, { database: 'neo4j', queryTimeoutMs: 30_000 }, scope);
  }

  override forRequest(scope: RequestScope): Database {
    return new RecordingDatabase(this.driver, this.recorded, scope);
  }

  override read<N extends StatementName>(name: N, ...params: ParamsArgument<N>): Promise<RowOfStatement<N>[]> {
    this.recorded.push({ name, params: params[0] ?? {} });
    return super.read(name, ...params);
  }
}

interface PlanNode {
  operatorType: string;
  dbHits: number;
  rows: number;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

const scanOperators =
  /^(AllNodesScan|NodeByLabelScan|UnionNodeByLabelsScan|IntersectionNodeByLabelsScan|DirectedAllRelationshipsScan|UndirectedAllRelationshipsScan|DirectedRelationshipTypeScan|UndirectedRelationshipTypeScan)/;

function scansThatRan(plan: PlanNode): string[] {
  const own =
    scanOperators.test(plan.operatorType) && (plan.rows > 0 || plan.dbHits > 0)
      ? [`${plan.operatorType} ${String(plan.arguments.Details ?? '')} (${plan.rows} rows)`]
      : [];
  return [...own, ...plan.children.flatMap(scansThatRan)];
}

/** The events list scans when nothing narrows it: listing every event is what was asked. */
const eventFilters = ['kinds', 'from', 'to', 'locationId', 'center', 'southWest', 'actorId', 'sourceId'];
const isUnfilteredList = ({ name, params }: Recorded) =>
  name === 'eventsPage' && eventFilters.every((filter) => params[filter] == null);

const questions = [
  '{ event(id: "event:derna-airstrikes-2017-10-30") { location { parent { name } } partOf { id } claims { source { affiliatedActor { ties { kind } } } actor { name } document { title } relays { id } relayChain { id } relayedBy { id } involvements { actor { id } } } attributions { independentSourceCount } denials { actor { id } } casualties { killedHigh } contested { isContested } } }',
  '{ claim(id: "claim:syn-8-relay") { relayChain { source { name } } } }',
  '{ actor(id: "actor:egypt") { ties { kind actor { id } location { id } source { id } document { id } } } }',
  '{ source(id: "source:reuters") { name affiliatedActor { id } } }',
  '{ location(id: "loc:al-fatayeh") { parent { parent { id } } } }',
  '{ events(filter: { kinds: [AIRSTRIKE] }, first: 5) { totalCount edges { node { id } } } }',
  '{ events(filter: { from: "2021-03-01", to: "2021-03-31" }) { totalCount } }',
  '{ events(filter: { from: "2021-03-01" }) { totalCount } }',
  '{ events(filter: { to: "2011-01-31" }) { totalCount } }',
  '{ events(filter: { locationId: "loc:syn-city-3" }, first: 5) { totalCount } }',
  '{ events(filter: { near: { latitude: 15, longitude: 15, radiusKm: 30 } }) { totalCount } }',
  '{ events(filter: { within: { south: 14.5, west: 14.5, north: 15.5, east: 15.5 } }) { totalCount } }',
  '{ events(filter: { actorId: "actor:syn-unit-3" }) { totalCount } }',
  '{ events(filter: { sourceId: "source:syn-3", minKilled: 5 }, order: MOST_KILLED_FIRST) { totalCount } }',
  '{ events(filter: { kinds: [SHELLING], contested: true }) { totalCount } }',
  '{ events(first: 3) { totalCount } }',
  '{ eventsAttributedTo(actor: { id: "actor:syn-state-2" }, includeSubordinates: true, source: { name: "Synth Source 2" }, sourceRole: MAKER_OR_RELAYER) { totalCount edges { matchedClaims { id } } } }',
  '{ eventsAttributedTo(actor: { name: "su7" }, from: "2015-01-01", locationId: "loc:syn-country-2", near: { latitude: 20, longitude: 20, radiusKm: 100 }) { totalCount } }',
  // Without the total, newest first, no date or place filter: the walk is asked first; a field beyond summaries
  // brings the page's whole objects.
  '{ eventsAttributedTo(actor: { id: "actor:syn-state-2" }, includeSubordinates: true, first: 5) { edges { node { id description } matchedClaims { id note } } } }',
];

let graph: TestGraph;
let api: TestApi;
let seeded: SeededApi;
const recorded: Recorded[] = [];

beforeAll(async () => {
  seeded = await seededApi({
    prepare: async (graph) => {
      // Written as a bulk load is: matching 2,000 synthetic strikes against each other is not what this test reads.
      await ingestBundle(graph.db, syntheticBundle(2000), { by: 'test', matching: { enabled: false } });
    },
    database: (graph) => new RecordingDatabase(graph.driver, recorded),
  });
  ({ graph, api } = seeded);
  for (const query of questions) {
    const response = await api.gql(query);
    expect({ query, errors: response.errors }).toEqual({ query, errors: undefined });
  }
}, 120_000);

afterAll(() => seeded.close());

test('the questions exercise every read statement the resolvers use', () => {
  const used = new Set(recorded.map((r) => r.name));
  expect([...used].sort()).toEqual(
    expect.arrayContaining([
      'actorTies',
      'actorsByIds',
      'actorsNamed',
      'claimsAboutEvents',
      'claimsByIds',
      'claimsRelayingClaims',
      'eventsAttributedToCounted',
      'eventsAttributedToWalked',
      'attributedPageObjects',
      'eventsByIds',
      'eventsPage',
      'locationsByIds',
      'sourcesByIds',
      'sourcesNamed',
    ]),
  );
});

test('no read scans a label or relationship type, save the unfiltered events list', async () => {
  const registry = CypherRegistry.load();
  const offenders: string[] = [];
  for (const statement of recorded.filter((r) => !isUnfilteredList(r))) {
    const result = await graph.driver.executeQuery(`PROFILE ${registry.text(statement.name)}`, statement.params, {
      routing: 'READ',
    });
    const scans = scansThatRan(result.summary.profile as unknown as PlanNode);
    if (scans.length) offenders.push(`${statement.name} ${JSON.stringify(statement.params)}: ${scans.join('; ')}`);
  }
  expect(offenders).toEqual([]);
});

test('the check can see a scan: the unfiltered events list has one', async () => {
  const unfiltered = recorded.find(isUnfilteredList);
  expect(unfiltered).toBeDefined();
  const result = await graph.driver.executeQuery(
    `PROFILE ${CypherRegistry.load().text('eventsPage')}`,
    unfiltered!.params,
    { routing: 'READ' },
  );
  expect(scansThatRan(result.summary.profile as unknown as PlanNode).join()).toContain('NodeByLabelScan');
});
