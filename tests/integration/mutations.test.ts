// Editors' mutations over HTTP: create and update each kind, add and retract claims, who wrote what, and refusals.
import { Role } from '../../src/auth/Role';
import { startTestApi, type TestApi } from '../support/testApi';
import { testGraph, type TestGraph } from '../support/testGraph';

let graph: TestGraph;
let api: TestApi;
let reader: TestApi;

// One request builds the small world every test starts from: mutations in a request run one after another.
const world = `mutation {
  libya: createLocation(input: {id: "loc:libya", name: "Libya", kind: COUNTRY, latitude: 27, longitude: 17, geoPrecision: COUNTRY, countryCode: "LY"}) { id }
  derna: createLocation(input: {id: "loc:derna", name: "Derna", aliases: ["Darnah"], kind: CITY, parentId: "loc:libya", latitude: 32.767, longitude: 22.636, geoPrecision: CITY}) { id }
  egypt: createActor(input: {id: "actor:egypt", name: "Egypt", kind: STATE, countryCode: "EG"}) { id }
  dmsc: createActor(input: {id: "actor:dmsc", name: "Derna Mujahideen Shura Council", aliases: ["DMSC"], kind: ARMED_GROUP}) { id }
  reuters: createSource(input: {id: "source:reuters", name: "Reuters", kind: WIRE_SERVICE}) { id }
  office: createSource(input: {id: "source:dmsc-media-office", name: "DMSC media office", kind: ARMED_GROUP_MEDIA, affiliatedActorId: "actor:dmsc"}) { id }
  article: createDocument(input: {id: "doc:reuters-derna", title: "Egypt strikes Derna", publisherId: "source:reuters", publishedOn: "2017-05-27", language: "en"}) { id }
  strike: createEvent(input: {id: "event:derna-strike", kind: AIRSTRIKE, title: "Airstrikes on Derna", startDate: "2017-05-26", locationId: "loc:derna"}) { id }
}`;

const claimFields = `id kind stance quote confidence figures { killed injured civiliansKilled isMinimum } involvements { actor { id } role }
  source { id } event { id } actor { id } document { id } relays { id } claimedOn claimedOnPrecision
  retractedAt retractionReason retractedBy createdAt createdBy updatedAt updatedBy`;

const addClaim = `mutation ($input: AddClaimInput!) { addClaim(input: $input) { ${claimFields} } }`;
const retract = `mutation ($id: ID!, $reason: String!) { retractClaim(id: $id, reason: $reason) { ${claimFields} } }`;

const officeBlamesEgypt = {
  id: 'claim:office-blames-egypt',
  kind: 'ATTRIBUTION',
  stance: 'ASSERTS',
  sourceId: 'source:dmsc-media-office',
  eventId: 'event:derna-strike',
  actorId: 'actor:egypt',
  quote: 'Egyptian warplanes struck the city',
  confidence: 0.8,
};

/** Runs a mutation expected to succeed and returns its one field. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function ok(query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const response = await api.gql(query, variables);
  expect(response.errors).toBeUndefined();
  return Object.values(response.data!)[0];
}

/** Runs a mutation expected to fail; checks it wrote nothing, and returns the first error. */
async function refused(query: string, variables: Record<string, unknown> = {}, via: TestApi = api) {
  const before = await graph.counts();
  const response = await via.gql(query, variables);
  expect(response.errors).toBeDefined();
  expect(await graph.counts()).toEqual(before);
  return response.errors![0];
}

beforeAll(async () => {
  graph = testGraph();
  api = await startTestApi(graph.db);
  reader = await startTestApi(graph.db, { anonymousRole: Role.READER });
});

beforeEach(async () => {
  await graph.reset();
  await ok(world);
});

afterAll(async () => {
  await api.close();
  await reader.close();
  await graph.close();
});

describe('actors', () => {
  const create = `mutation ($input: CreateActorInput!) { createActor(input: $input) { id name aliases kind countryCode description createdAt createdBy updatedAt updatedBy } }`;
  const update = `mutation ($input: UpdateActorInput!) { updateActor(input: $input) { id name aliases kind countryCode description createdAt createdBy updatedAt updatedBy } }`;

  test('createActor stores the actor and records who created it and when', async () => {
    const actor = await ok(create, {
      input: {
        id: 'actor:lna',
        name: 'Libyan National Army',
        aliases: ['LNA'],
        kind: 'ARMED_FORCES',
        countryCode: 'LY',
      },
    });
    expect(actor).toMatchObject({
      id: 'actor:lna',
      name: 'Libyan National Army',
      aliases: ['LNA'],
      kind: 'ARMED_FORCES',
      countryCode: 'LY',
      description: null,
    });
    expect(actor.createdBy).toBe('anonymous');
    expect(actor.updatedBy).toBe('anonymous');
    expect(actor.updatedAt).toBe(actor.createdAt);
  });

  test('a created actor is found by its alias, as an ingested one is', async () => {
    await ok(create, {
      input: { id: 'actor:lna', name: 'Libyan National Army', aliases: ['Operation Dignity'], kind: 'ARMED_FORCES' },
    });
    const response = await api.gql(`{ actors(search: "operation dignity") { edges { node { id } } } }`);
    expect(response.data!.actors.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(['actor:lna']);
  });

  test('createActor without an id generates one from the name, numbering repeats', async () => {
    const first = await ok(create, {
      input: { name: 'Shura Council of Benghazi Revolutionaries', kind: 'ARMED_GROUP' },
    });
    const second = await ok(create, {
      input: { name: 'Shura Council of Benghazi Revolutionaries!', kind: 'ARMED_GROUP' },
    });
    expect(first.id).toBe('actor:shura-council-of-benghazi-revolutionaries');
    expect(second.id).toBe('actor:shura-council-of-benghazi-revolutionaries-2');
  });

  test('createActor refuses an id any node already has with CONFLICT', async () => {
    const error = await refused(create, { input: { id: 'loc:derna', name: 'Derna', kind: 'OTHER' } });
    expect(error.extensions?.code).toBe('CONFLICT');
    expect(error.message).toContain('loc:derna');
    expect(
      (await refused(create, { input: { id: 'actor:egypt', name: 'Egypt again', kind: 'STATE' } })).extensions?.code,
    ).toBe('CONFLICT');
  });

  test('createActor names the bad field with BAD_USER_INPUT', async () => {
    const emptyName = await refused(create, { input: { name: '', kind: 'STATE' } });
    expect(emptyName.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    const country = await refused(create, { input: { name: 'Egypt', kind: 'STATE', countryCode: 'Egypt' } });
    expect(country.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'countryCode' });
    const blankId = await refused(create, { input: { id: '  ', name: 'Egypt', kind: 'STATE' } });
    expect(blankId.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const kind = await refused(create, { input: { name: 'Egypt', kind: 'EMPIRE' } });
    expect(kind.extensions?.code).toBe('BAD_USER_INPUT');
    expect(kind.message).toContain('kind');
  });

  test('updateActor changes only the fields given and records who changed it', async () => {
    const actor = await ok(update, {
      input: { id: 'actor:dmsc', description: 'Coalition of Islamist militias in Derna' },
    });
    expect(actor).toMatchObject({
      name: 'Derna Mujahideen Shura Council',
      aliases: ['DMSC'],
      kind: 'ARMED_GROUP',
      description: 'Coalition of Islamist militias in Derna',
    });
    expect(actor.updatedBy).toBe('anonymous');
    expect(actor.updatedAt > actor.createdAt).toBe(true);
  });

  test('updateActor with new aliases makes them searchable and the old ones not', async () => {
    await ok(update, { input: { id: 'actor:dmsc', aliases: ['Mujahideen Council'] } });
    const search = async (words: string) =>
      (await api.gql(`query ($s: String) { actors(search: $s) { totalCount } }`, { s: words })).data!.actors.totalCount;
    expect(await search('mujahideen council')).toBe(1);
    expect(await search('dmsc')).toBe(0);
  });

  test('null clears a clearable field; a required one cannot be cleared', async () => {
    expect((await ok(update, { input: { id: 'actor:egypt', countryCode: null } })).countryCode).toBeNull();
    const error = await refused(update, { input: { id: 'actor:egypt', name: null } });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
  });

  test('an update that changes nothing leaves updatedAt and updatedBy alone', async () => {
    const before = await ok(`{ actor(id: "actor:egypt") { updatedAt } }`);
    const after = await ok(update, { input: { id: 'actor:egypt', name: 'Egypt', kind: 'STATE', countryCode: 'EG' } });
    expect(after.updatedAt).toBe(before.updatedAt);
  });

  test('updateActor of an unknown id, or of a node of another kind, is NOT_FOUND', async () => {
    const unknown = await refused(update, { input: { id: 'actor:nobody', name: 'Nobody' } });
    expect(unknown.extensions).toMatchObject({ code: 'NOT_FOUND', id: 'actor:nobody' });
    expect((await refused(update, { input: { id: 'loc:derna', name: 'Derna' } })).extensions?.code).toBe('NOT_FOUND');
  });
});

describe('locations', () => {
  const create = `mutation ($input: CreateLocationInput!) { createLocation(input: $input) { id name latitude longitude parent { id } createdBy } }`;
  const update = `mutation ($input: UpdateLocationInput!) { updateLocation(input: $input) { id name latitude longitude parent { id } updatedAt } }`;
  const near = (latitude: number, longitude: number) =>
    api.gql(`query ($near: NearPoint) { events(filter: {near: $near}) { edges { node { id } } } }`, {
      near: { latitude, longitude, radiusKm: 5 },
    });

  test('createLocation stores the point and the parent', async () => {
    const location = await ok(create, {
      input: {
        id: 'loc:houn',
        name: 'Houn',
        kind: 'CITY',
        parentId: 'loc:libya',
        latitude: 29.12,
        longitude: 15.95,
        geoPrecision: 'CITY',
      },
    });
    expect(location).toEqual({
      id: 'loc:houn',
      name: 'Houn',
      latitude: 29.12,
      longitude: 15.95,
      parent: { id: 'loc:libya' },
      createdBy: 'anonymous',
    });
  });

  test('coordinates out of range are BAD_USER_INPUT naming latitude or longitude', async () => {
    const input = { name: 'Nowhere', kind: 'SITE', latitude: 10, longitude: 10, geoPrecision: 'EXACT' };
    expect((await refused(create, { input: { ...input, latitude: 91 } })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'latitude',
    });
    expect((await refused(create, { input: { ...input, longitude: -180.5 } })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'longitude',
    });
    expect((await refused(update, { input: { id: 'loc:derna', latitude: -90.1 } })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'latitude',
    });
  });

  test('a parent that is missing or not a location is NOT_FOUND naming parentId', async () => {
    const input = { name: 'Houn', kind: 'CITY', latitude: 29.12, longitude: 15.95, geoPrecision: 'CITY' };
    const missing = await refused(create, { input: { ...input, parentId: 'loc:atlantis' } });
    expect(missing.extensions).toMatchObject({ code: 'NOT_FOUND', id: 'loc:atlantis', argumentName: 'parentId' });
    const actor = await refused(update, { input: { id: 'loc:derna', parentId: 'actor:egypt' } });
    expect(actor.extensions).toMatchObject({ code: 'NOT_FOUND', kind: 'Location', argumentName: 'parentId' });
  });

  test('moving a location moves the events that occurred there', async () => {
    expect((await near(32.767, 22.636)).data!.events.edges).toHaveLength(1);
    const moved = await ok(update, { input: { id: 'loc:derna', latitude: 32.7, longitude: 22.5 } });
    expect(moved).toMatchObject({ latitude: 32.7, longitude: 22.5, name: 'Derna', parent: { id: 'loc:libya' } });
    expect((await near(32.767, 22.636)).data!.events.edges).toHaveLength(0);
    expect((await near(32.7, 22.5)).data!.events.edges).toEqual([{ node: { id: 'event:derna-strike' } }]);
  });

  test('a parent that lies inside the location is BAD_USER_INPUT naming parentId', async () => {
    const error = await refused(update, { input: { id: 'loc:libya', parentId: 'loc:derna' } });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
  });

  test('parentId null detaches the location from its parent', async () => {
    expect((await ok(update, { input: { id: 'loc:derna', parentId: null } })).parent).toBeNull();
  });
});

describe('events', () => {
  const fields = 'id kind title startDate endDate datePrecision location { id } partOf { id } createdBy updatedAt';
  const create = `mutation ($input: CreateEventInput!) { createEvent(input: $input) { ${fields} } }`;
  const update = `mutation ($input: UpdateEventInput!) { updateEvent(input: $input) { ${fields} } }`;

  test('createEvent widens the end date from the precision and takes the location’s point', async () => {
    const event = await ok(create, {
      input: {
        id: 'event:may-strikes',
        kind: 'AIRSTRIKE',
        title: 'Strikes in May',
        startDate: '2017-05-01',
        datePrecision: 'MONTH',
        locationId: 'loc:derna',
        partOfEventId: 'event:derna-strike',
      },
    });
    expect(event).toMatchObject({
      startDate: '2017-05-01',
      endDate: '2017-05-31',
      datePrecision: 'MONTH',
      location: { id: 'loc:derna' },
      partOf: { id: 'event:derna-strike' },
    });
    const nearby = await api.gql(
      `{ events(filter: {near: {latitude: 32.767, longitude: 22.636, radiusKm: 1}}) { totalCount } }`,
    );
    expect(nearby.data!.events.totalCount).toBe(2);
  });

  test('createEvent without an id generates one from the title', async () => {
    expect((await ok(create, { input: { kind: 'SHELLING', title: 'Shelling of Derna’s old town' } })).id).toBe(
      'event:shelling-of-derna-s-old-town',
    );
  });

  test('changing the precision widens an end date that was only implied', async () => {
    const event = await ok(update, {
      input: { id: 'event:derna-strike', datePrecision: 'YEAR', startDate: '2017-01-01' },
    });
    expect(event).toMatchObject({ startDate: '2017-01-01', endDate: '2017-12-31', datePrecision: 'YEAR' });
  });

  test('locationId null takes the event off the map', async () => {
    expect((await ok(update, { input: { id: 'event:derna-strike', locationId: null } })).location).toBeNull();
    const nearby = await api.gql(
      `{ events(filter: {near: {latitude: 32.767, longitude: 22.636, radiusKm: 5}}) { totalCount } }`,
    );
    expect(nearby.data!.events.totalCount).toBe(0);
  });

  test('bad dates are BAD_USER_INPUT naming the field', async () => {
    const input = { kind: 'AIRSTRIKE', title: 'Strike' };
    expect((await refused(create, { input: { ...input, startDate: '2017/05/26' } })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'startDate',
    });
    expect((await refused(create, { input: { ...input, startDate: '2017-02-30' } })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'startDate',
    });
    expect(
      (await refused(create, { input: { ...input, startDate: '2017-05-26', endDate: '2017-05-01' } })).extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endDate' });
    expect(
      (await refused(update, { input: { id: 'event:derna-strike', partOfEventId: 'event:derna-strike' } })).extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'partOfEventId' });
  });

  test('an event cannot become part of one of its own parts', async () => {
    await ok(create, {
      input: {
        id: 'event:first-strike',
        kind: 'AIRSTRIKE',
        title: 'First strike',
        partOfEventId: 'event:derna-strike',
      },
    });
    const error = await refused(update, { input: { id: 'event:derna-strike', partOfEventId: 'event:first-strike' } });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'partOfEventId' });
  });

  test('references that are missing or of another kind are NOT_FOUND naming the field', async () => {
    const input = { kind: 'AIRSTRIKE', title: 'Strike' };
    expect((await refused(create, { input: { ...input, locationId: 'loc:atlantis' } })).extensions).toMatchObject({
      code: 'NOT_FOUND',
      argumentName: 'locationId',
    });
    expect((await refused(create, { input: { ...input, partOfEventId: 'loc:derna' } })).extensions).toMatchObject({
      code: 'NOT_FOUND',
      argumentName: 'partOfEventId',
    });
    expect((await refused(update, { input: { id: 'event:nothing', title: 'x' } })).extensions).toMatchObject({
      code: 'NOT_FOUND',
      argumentName: 'id',
    });
  });
});

describe('sources and documents', () => {
  const createSource = `mutation ($input: CreateSourceInput!) { createSource(input: $input) { id name kind affiliatedActor { id } createdBy } }`;
  const updateSource = `mutation ($input: UpdateSourceInput!) { updateSource(input: $input) { id name url affiliatedActor { id } updatedAt } }`;
  const createDocument = `mutation ($input: CreateDocumentInput!) { createDocument(input: $input) { id title publisher { id } publishedOn publishedOnPrecision language createdBy } }`;
  const updateDocument = `mutation ($input: UpdateDocumentInput!) { updateDocument(input: $input) { id title publisher { id } publishedOn publishedOnPrecision url } }`;

  test('createSource links the actor it speaks for', async () => {
    const source = await ok(createSource, {
      input: { name: 'LNA spokesman', kind: 'OFFICIAL', affiliatedActorId: 'actor:egypt' },
    });
    expect(source).toEqual({
      id: 'source:lna-spokesman',
      name: 'LNA spokesman',
      kind: 'OFFICIAL',
      affiliatedActor: { id: 'actor:egypt' },
      createdBy: 'anonymous',
    });
  });

  test('updateSource can change and clear the affiliation', async () => {
    expect(
      (await ok(updateSource, { input: { id: 'source:dmsc-media-office', affiliatedActorId: 'actor:egypt' } }))
        .affiliatedActor,
    ).toEqual({ id: 'actor:egypt' });
    expect(
      (
        await ok(updateSource, {
          input: { id: 'source:dmsc-media-office', affiliatedActorId: null, url: 'https://t.me/dmsc' },
        })
      ).affiliatedActor,
    ).toBeNull();
  });

  test('source references and ids are checked', async () => {
    expect(
      (await refused(createSource, { input: { name: 'X', kind: 'OFFICIAL', affiliatedActorId: 'source:reuters' } }))
        .extensions,
    ).toMatchObject({ code: 'NOT_FOUND', argumentName: 'affiliatedActorId' });
    expect(
      (await refused(createSource, { input: { id: 'doc:reuters-derna', name: 'X', kind: 'OFFICIAL' } })).extensions
        ?.code,
    ).toBe('CONFLICT');
    expect((await refused(updateSource, { input: { id: 'source:unknown', name: 'X' } })).extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect(
      (await refused(updateSource, { input: { id: 'source:reuters', url: 'x'.repeat(2001) } })).extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
  });

  test('createDocument stores the publisher and a DAY precision by default', async () => {
    const document = await ok(createDocument, {
      input: {
        title: 'DMSC statement',
        publisherId: 'source:dmsc-media-office',
        publishedOn: '2017-05-26',
        language: 'ar',
      },
    });
    expect(document).toEqual({
      id: 'doc:dmsc-statement',
      title: 'DMSC statement',
      publisher: { id: 'source:dmsc-media-office' },
      publishedOn: '2017-05-26',
      publishedOnPrecision: 'DAY',
      language: 'ar',
      createdBy: 'anonymous',
    });
  });

  test('clearing publishedOn clears its precision; other fields stay', async () => {
    const document = await ok(updateDocument, {
      input: { id: 'doc:reuters-derna', publishedOn: null, url: 'https://reuters.example/derna' },
    });
    expect(document).toEqual({
      id: 'doc:reuters-derna',
      title: 'Egypt strikes Derna',
      publisher: { id: 'source:reuters' },
      publishedOn: null,
      publishedOnPrecision: null,
      url: 'https://reuters.example/derna',
    });
  });

  test('document references and values are checked', async () => {
    expect(
      (await refused(createDocument, { input: { title: 'X', publisherId: 'actor:egypt' } })).extensions,
    ).toMatchObject({ code: 'NOT_FOUND', argumentName: 'publisherId' });
    expect(
      (await refused(createDocument, { input: { title: 'X', language: 'English language' } })).extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'language' });
    expect(
      (await refused(updateDocument, { input: { id: 'doc:reuters-derna', title: null } })).extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
    expect((await refused(updateDocument, { input: { id: 'doc:none', title: 'X' } })).extensions?.code).toBe(
      'NOT_FOUND',
    );
  });
});

describe('addClaim', () => {
  test('adds a claim with everything it can carry, recording who added it', async () => {
    await ok(addClaim, { input: officeBlamesEgypt });
    const claim = await ok(addClaim, {
      input: {
        kind: 'CASUALTY_COUNT',
        stance: 'ASSERTS',
        sourceId: 'source:reuters',
        eventId: 'event:derna-strike',
        documentId: 'doc:reuters-derna',
        relaysClaimId: 'claim:office-blames-egypt',
        quote: 'at least 7 killed',
        confidence: 0.5,
        claimedOn: '2017-05-27',
        figures: { killed: 7, civiliansKilled: 3, isMinimum: true },
        involvedActors: [{ actorId: 'actor:dmsc', role: 'TARGET' }],
      },
    });
    expect(claim).toMatchObject({
      id: 'claim:reuters-on-derna-strike',
      kind: 'CASUALTY_COUNT',
      figures: { killed: 7, injured: null, civiliansKilled: 3, isMinimum: true },
      involvements: [{ actor: { id: 'actor:dmsc' }, role: 'TARGET' }],
      source: { id: 'source:reuters' },
      event: { id: 'event:derna-strike' },
      actor: null,
      document: { id: 'doc:reuters-derna' },
      relays: { id: 'claim:office-blames-egypt' },
      claimedOn: '2017-05-27',
      claimedOnPrecision: 'DAY',
      retractedAt: null,
      createdBy: 'anonymous',
      updatedBy: 'anonymous',
    });
  });

  test('an attribution must name an actor', async () => {
    const error = await refused(addClaim, { input: { ...officeBlamesEgypt, actorId: undefined } });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'actorId' });
  });

  test('confidence and figures out of range are BAD_USER_INPUT naming the field', async () => {
    expect((await refused(addClaim, { input: { ...officeBlamesEgypt, confidence: 1.5 } })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'confidence',
    });
    expect(
      (await refused(addClaim, { input: { ...officeBlamesEgypt, figures: { killed: -1 } } })).extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'figures.killed' });
  });

  test('every reference must exist with the right kind, else NOT_FOUND naming it', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ sourceId: 'actor:egypt' }, 'sourceId'],
      [{ eventId: 'event:none' }, 'eventId'],
      [{ actorId: 'source:reuters' }, 'actorId'],
      [{ documentId: 'doc:none' }, 'documentId'],
      [{ relaysClaimId: 'claim:none' }, 'relaysClaimId'],
      [{ involvedActors: [{ actorId: 'actor:none', role: 'VICTIM' }] }, 'involvedActors[0].actorId'],
    ];
    for (const [change, field] of cases) {
      const error = await refused(addClaim, { input: { ...officeBlamesEgypt, ...change } });
      expect({ field, extensions: error.extensions }).toMatchObject({
        field,
        extensions: { code: 'NOT_FOUND', argumentName: field },
      });
    }
  });

  test('a claim cannot relay itself, and a taken id is a CONFLICT', async () => {
    const self = await refused(addClaim, { input: { ...officeBlamesEgypt, relaysClaimId: officeBlamesEgypt.id } });
    expect(self.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'relaysClaimId' });
    await ok(addClaim, { input: officeBlamesEgypt });
    expect((await refused(addClaim, { input: officeBlamesEgypt })).extensions?.code).toBe('CONFLICT');
  });
});

describe('retractClaim', () => {
  const eventView = `{ event(id: "event:derna-strike") {
    attributions { actor { id } }
    casualties { killedHigh }
    claims { id }
    withRetracted: claims(includeRetracted: true) { id retractedAt }
  } }`;
  const attributedTo = `query ($includeRetracted: Boolean) {
    eventsAttributedTo(actor: {id: "actor:egypt"}, includeRetracted: $includeRetracted) { totalCount edges { matchedClaims { id } } }
  }`;

  beforeEach(async () => {
    await ok(addClaim, { input: { ...officeBlamesEgypt, figures: { killed: 12 } } });
  });

  test('keeps the claim and marks it retracted with the reason, who and when', async () => {
    const before = await ok(`{ claim(id: "claim:office-blames-egypt") { updatedAt } }`);
    const claim = await ok(retract, { id: officeBlamesEgypt.id, reason: 'The office withdrew the statement' });
    expect(claim).toMatchObject({
      id: officeBlamesEgypt.id,
      retractionReason: 'The office withdrew the statement',
      retractedBy: 'anonymous',
      updatedBy: 'anonymous',
    });
    expect(claim.retractedAt).toBe(claim.updatedAt);
    expect(claim.updatedAt > before.updatedAt).toBe(true);
  });

  test('a retracted claim drops out of derived answers, and includeRetracted still shows it', async () => {
    const standing = await ok(eventView);
    expect(standing).toMatchObject({
      attributions: [{ actor: { id: 'actor:egypt' } }],
      casualties: { killedHigh: 12 },
      claims: [{ id: officeBlamesEgypt.id }],
    });
    expect((await ok(attributedTo, {})).totalCount).toBe(1);
    expect((await ok(`{ events(filter: {actorId: "actor:egypt"}) { totalCount } }`)).totalCount).toBe(1);

    await ok(retract, { id: officeBlamesEgypt.id, reason: 'withdrawn' });

    const after = await ok(eventView);
    expect(after.attributions).toEqual([]);
    expect(after.casualties.killedHigh).toBeNull();
    expect(after.claims).toEqual([]);
    expect(after.withRetracted).toEqual([{ id: officeBlamesEgypt.id, retractedAt: expect.any(String) }]);
    expect((await ok(attributedTo, {})).totalCount).toBe(0);
    expect((await ok(`{ events(filter: {actorId: "actor:egypt"}) { totalCount } }`)).totalCount).toBe(0);
    expect(await ok(attributedTo, { includeRetracted: true })).toEqual({
      totalCount: 1,
      edges: [{ matchedClaims: [{ id: officeBlamesEgypt.id }] }],
    });
  });

  test('a retracted denial no longer makes the event contested', async () => {
    const denial = {
      id: 'claim:egypt-denies',
      kind: 'DENIAL',
      stance: 'ASSERTS',
      sourceId: 'source:reuters',
      eventId: 'event:derna-strike',
      actorId: 'actor:egypt',
    };
    await ok(addClaim, { input: denial });
    await ok(addClaim, {
      input: {
        id: 'claim:egypt-claims-it',
        kind: 'RESPONSIBILITY_CLAIM',
        stance: 'ASSERTS',
        sourceId: 'source:reuters',
        eventId: 'event:derna-strike',
        actorId: 'actor:egypt',
      },
    });
    const view = `{ event(id: "event:derna-strike") { denials { actor { id } } contested { isContested reasons } } }`;
    expect(await ok(view)).toMatchObject({
      denials: [{ actor: { id: 'actor:egypt' } }],
      contested: { isContested: true },
    });
    await ok(retract, { id: denial.id, reason: 'misread the statement' });
    expect(await ok(view)).toMatchObject({ denials: [], contested: { isContested: false } });
  });

  test('retracting twice is a CONFLICT and keeps the first reason', async () => {
    await ok(retract, { id: officeBlamesEgypt.id, reason: 'first' });
    const again = await refused(retract, { id: officeBlamesEgypt.id, reason: 'second' });
    expect(again.extensions?.code).toBe('CONFLICT');
    expect((await ok(`{ claim(id: "claim:office-blames-egypt") { retractionReason } }`)).retractionReason).toBe(
      'first',
    );
  });

  test('an unknown claim is NOT_FOUND and an empty reason BAD_USER_INPUT', async () => {
    expect((await refused(retract, { id: 'claim:none', reason: 'x' })).extensions).toMatchObject({
      code: 'NOT_FOUND',
      argumentName: 'id',
    });
    expect((await refused(retract, { id: 'event:derna-strike', reason: 'x' })).extensions?.code).toBe('NOT_FOUND');
    expect((await refused(retract, { id: officeBlamesEgypt.id, reason: '' })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
  });
});

describe('concurrent writers', () => {
  test('two creates of the same id at once: one wins, the other is a CONFLICT', async () => {
    const create = `mutation { createActor(input: {id: "actor:lna", name: "Libyan National Army", kind: ARMED_FORCES}) { id } }`;
    const responses = await Promise.all([api.gql(create), api.gql(create), api.gql(create)]);
    expect(responses.filter((r) => r.data?.createActor).length).toBe(1);
    expect(responses.filter((r) => r.errors).map((r) => r.errors![0].extensions?.code)).toEqual([
      'CONFLICT',
      'CONFLICT',
    ]);
    const [row] = await graph.db.read('findExistingNodes', { ids: ['actor:lna'] });
    expect(row).toMatchObject({ id: 'actor:lna', kinds: ['Actor'] });
  });
});

describe('who may write', () => {
  const attempts: [string, string, Record<string, unknown>][] = [
    [
      'createActor',
      'mutation ($input: CreateActorInput!) { createActor(input: $input) { id } }',
      { input: { name: 'X', kind: 'STATE' } },
    ],
    [
      'updateActor',
      'mutation ($input: UpdateActorInput!) { updateActor(input: $input) { id } }',
      { input: { id: 'actor:egypt', name: 'X' } },
    ],
    [
      'createLocation',
      'mutation ($input: CreateLocationInput!) { createLocation(input: $input) { id } }',
      { input: { name: 'X', kind: 'SITE', latitude: 1, longitude: 1, geoPrecision: 'EXACT' } },
    ],
    [
      'updateLocation',
      'mutation ($input: UpdateLocationInput!) { updateLocation(input: $input) { id } }',
      { input: { id: 'loc:derna', name: 'X' } },
    ],
    [
      'createSource',
      'mutation ($input: CreateSourceInput!) { createSource(input: $input) { id } }',
      { input: { name: 'X', kind: 'NGO' } },
    ],
    [
      'updateSource',
      'mutation ($input: UpdateSourceInput!) { updateSource(input: $input) { id } }',
      { input: { id: 'source:reuters', name: 'X' } },
    ],
    [
      'createDocument',
      'mutation ($input: CreateDocumentInput!) { createDocument(input: $input) { id } }',
      { input: { title: 'X' } },
    ],
    [
      'updateDocument',
      'mutation ($input: UpdateDocumentInput!) { updateDocument(input: $input) { id } }',
      { input: { id: 'doc:reuters-derna', title: 'X' } },
    ],
    [
      'createEvent',
      'mutation ($input: CreateEventInput!) { createEvent(input: $input) { id } }',
      { input: { kind: 'OTHER', title: 'X' } },
    ],
    [
      'updateEvent',
      'mutation ($input: UpdateEventInput!) { updateEvent(input: $input) { id } }',
      { input: { id: 'event:derna-strike', title: 'X' } },
    ],
    ['addClaim', 'mutation ($input: AddClaimInput!) { addClaim(input: $input) { id } }', { input: officeBlamesEgypt }],
    ['retractClaim', 'mutation { retractClaim(id: "claim:office-blames-egypt", reason: "x") { id } }', {}],
  ];

  test.each(attempts)(
    'an anonymous READER is refused %s with UNAUTHENTICATED and nothing is written',
    async (_name, query, variables) => {
      const error = await refused(query, variables, reader);
      expect(error.extensions?.code).toBe('UNAUTHENTICATED');
    },
  );
});
