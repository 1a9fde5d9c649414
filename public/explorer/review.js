// The review page: pairs of events that may be one incident, compared side by side, joined or kept apart by an editor,
// over the public GraphQL API only (the same calls any client makes, with the same roles).
'use strict';
/* global $, hasKey, bindKeyInput, ApiProblem, gql, text, status -- from api.js, loaded before this file */

// ?first=N pages the queue by N pairs (1 to 100, the API's limit).
const pageSize = Math.min(100, Math.max(1, Number(new URLSearchParams(window.location.search).get('first')) || 10));
const incidentColour = '#2e86ab';
const reportColour = '#d1495b';

const eventFields = `
  id title kind startDate endDate datePrecision
  location { id name latitude longitude geoPrecision }
  attributions { actor { id name } sources { name } }
  claims {
    id kind stance quote
    source { name }
    actor { name }
    involvements { role actor { name } }
    figures { killed killedLow killedHigh injured civiliansKilled isMinimum }
  }`;
const queries = {
  queue: `query ReviewQueue($first: Int, $after: String) {
    reviewQueue(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node {
        score reasons
        event { id title startDate location { name } }
        candidate { id title startDate location { name } }
      } }
    }
  }`,
  pair: `query ReviewPair($incidentId: ID!, $reportId: ID!) {
    incident: event(id: $incidentId) { ${eventFields} }
    report: event(id: $reportId) { ${eventFields} }
  }`,
  join: `mutation ReviewJoin($incidentId: ID!, $eventId: ID!) {
    joinEvents(incidentId: $incidentId, eventId: $eventId) { id }
  }`,
  keepApart: `mutation ReviewKeepApart($eventId: ID!, $otherId: ID!) {
    keepApart(eventId: $eventId, otherId: $otherId) { id }
  }`,
  split: `mutation ReviewSplit($id: ID!) { splitEvent(id: $id) { id } }`,
};

// What each error code means for the person at the page; the API's own message follows, for the details.
const explanations = {
  FORBIDDEN: 'The API refused: the key in use is not an editor’s, and joining or keeping apart needs the EDITOR role.',
  UNAUTHENTICATED:
    'The API did not accept the credentials: paste a valid editor’s API key under “API key” (or clear a wrong one).',
  CONFLICT: 'This pair was already handled, or one of its events changed, since the list was loaded.',
  NOT_FOUND: 'One of the two events no longer exists.',
  BAD_USER_INPUT: 'The API refused the request as malformed.',
  RATE_LIMITED: 'The API is receiving too many requests: wait a moment and try again.',
  DATABASE_UNAVAILABLE: 'The database is not answering: try again shortly.',
};

const state = { pairs: [], total: 0, endCursor: null, hasNextPage: false, selected: null, busy: false, viewer: null };
const keyOf = (pair) => `${pair.event.id}|${pair.candidate.id}`;
const words = (value) => value.toLowerCase().replace(/_/g, ' ');

function showError(error) {
  const box = $('#error');
  // What the code means for the person at the page, then the API's own message for the details.
  box.textContent =
    error instanceof ApiProblem
      ? `${explanations[error.code] ?? 'The API answered with an error.'} (${error.message})`
      : error.message;
  box.dataset.code = error.code ?? '';
  box.hidden = false;
}

function clearError() {
  $('#error').hidden = true;
  $('#error').textContent = '';
}

function describeDate(event) {
  if (!event.startDate) return 'date unknown';
  const span =
    event.endDate && event.endDate !== event.startDate ? `${event.startDate} to ${event.endDate}` : event.startDate;
  return `${span} (${event.datePrecision ? `${words(event.datePrecision)} precision` : 'precision not stated'})`;
}

function describePlace(location) {
  if (!location) return 'place unknown';
  const point =
    location.latitude == null ? 'no point' : `${location.latitude.toFixed(3)}, ${location.longitude.toFixed(3)}`;
  return `${location.name} (${point}${location.geoPrecision ? `, ${words(location.geoPrecision)} precision` : ''})`;
}

function describeFigures(figures) {
  if (!figures) return '';
  const parts = [];
  const atLeast = figures.isMinimum ? 'at least ' : '';
  if (figures.killed != null) parts.push(`${atLeast}${figures.killed} killed`);
  if (figures.killedLow != null && figures.killedHigh != null)
    parts.push(`${figures.killedLow}–${figures.killedHigh} killed by its range`);
  if (figures.civiliansKilled != null) parts.push(`${figures.civiliansKilled} civilians killed`);
  if (figures.injured != null) parts.push(`${atLeast}${figures.injured} injured`);
  return parts.join(', ');
}

// ---- the map: country outlines and both points, no tiles (as the explorer draws) ----

let map = null;
let pointLayer = null;

function ensureMap() {
  if (map) return;
  map = L.map('pair-map', { zoomSnap: 0.25, attributionControl: false, scrollWheelZoom: false }).setView([28, 20], 4);
  pointLayer = L.layerGroup().addTo(map);
  // Country outlines from Natural Earth (world-atlas), served by the API itself: no tiles, no internet needed.
  fetch('/explorer/vendor/countries-50m.json')
    .then((response) => response.json())
    .then((world) => {
      L.geoJSON(topojson.feature(world, world.objects.countries), {
        style: { color: '#7d8a99', weight: 0.7, fillColor: '#f4f1ea', fillOpacity: 1 },
        interactive: false,
      })
        .addTo(map)
        .bringToBack();
    })
    .catch((error) => showError(new Error(`The map’s country outlines did not load (${error.message}).`)));
}

function drawPoints(incident, report) {
  ensureMap();
  // The section was hidden until now: Leaflet measures its box again before fitting.
  map.invalidateSize();
  pointLayer.clearLayers();
  const points = [];
  // The incident is drawn wider and first, so a report at the very same point still shows as a ring inside it.
  for (const [event, colour, radius, label, direction] of [
    [incident, incidentColour, 11, 'incident', 'left'],
    [report, reportColour, 6, 'report', 'right'],
  ]) {
    const place = event.location;
    if (!place || place.latitude == null) continue;
    L.circleMarker([place.latitude, place.longitude], {
      radius,
      color: '#1d2330',
      weight: 1,
      fillColor: colour,
      fillOpacity: 0.85,
    })
      .bindTooltip(`${label}: ${place.name}`, { permanent: true, direction })
      .addTo(pointLayer);
    points.push([place.latitude, place.longitude]);
  }
  if (points.length === 2) {
    L.polyline(points, { color: '#1d2330', weight: 1, dashArray: '4 4', interactive: false }).addTo(pointLayer);
    map.fitBounds(points, { padding: [60, 60], maxZoom: 9 });
  } else if (points.length === 1) {
    map.setView(points[0], 9);
  }
}

// ---- the queue ----

function pairSummary(event) {
  return `${event.title} (${event.startDate ?? 'undated'}${event.location ? `, ${event.location.name}` : ''})`;
}

function drawQueue() {
  const list = $('#pairs');
  list.replaceChildren();
  for (const pair of state.pairs) {
    const item = text('li');
    item.dataset.eventId = pair.event.id;
    item.dataset.candidateId = pair.candidate.id;
    item.dataset.score = String(pair.score);
    if (state.selected && keyOf(state.selected) === keyOf(pair)) item.classList.add('selected');
    const button = text('button');
    button.type = 'button';
    button.append(text('span', pair.score.toFixed(2), 'score'));
    button.append(text('span', pairSummary(pair.candidate), 'incident'));
    button.append(text('span', `may be: ${pairSummary(pair.event)}`, 'other'));
    button.addEventListener('click', () => select(pair).catch(showError));
    item.append(button);
    list.append(item);
  }
  $('#queue-title').textContent = `Pairs waiting (${state.total})`;
  $('#more').hidden = !state.hasNextPage;
  status(`${state.pairs.length} of ${state.total} pairs shown, best first`);
}

async function fetchPage(first, after) {
  const { reviewQueue } = await gql(queries.queue, { first, after });
  state.total = reviewQueue.totalCount;
  state.endCursor = reviewQueue.pageInfo.endCursor;
  state.hasNextPage = reviewQueue.pageInfo.hasNextPage;
  // A pair whose event was joined between the queue's read and its events' load has nothing to compare: it is gone.
  return reviewQueue.edges.map((edge) => edge.node).filter((pair) => pair.event && pair.candidate);
}

async function loadMore() {
  state.pairs.push(...(await fetchPage(pageSize, state.endCursor)));
  drawQueue();
}

/** Reads the queue again from the top, as many pairs as were shown: one decision can take several pairs away. */
async function reloadQueue() {
  state.pairs = await fetchPage(Math.min(100, Math.max(pageSize, state.pairs.length)), null);
  if (state.selected && !state.pairs.some((pair) => keyOf(pair) === keyOf(state.selected))) clearSelection();
  drawQueue();
}

// ---- one pair, side by side ----

function drawSide(container, event, role) {
  container.replaceChildren();
  container.dataset.eventId = event.id;
  container.style.setProperty('--colour', role === 'incident' ? incidentColour : reportColour);
  container.append(text('p', role === 'incident' ? 'Incident (stays)' : 'Report (would join it)', 'role'));
  container.append(text('h3', event.title));
  container.append(text('p', event.id, 'id'));
  const facts = text('dl');
  for (const [label, value, className] of [
    ['Date', describeDate(event), 'date'],
    ['Place', describePlace(event.location), 'place'],
    ['Kind', words(event.kind), 'kind'],
  ]) {
    facts.append(text('dt', label), text('dd', value, className));
  }
  container.append(facts);

  const actors = text('ul', null, 'actors');
  for (const attribution of event.attributions) {
    const item = text(
      'li',
      `blamed: ${attribution.actor.name} (by ${attribution.sources.map((s) => s.name).join(', ')})`,
    );
    item.dataset.actor = attribution.actor.name;
    actors.append(item);
  }
  const involved = new Map();
  for (const claim of event.claims)
    for (const involvement of claim.involvements)
      involved.set(`${involvement.actor.name}|${involvement.role}`, involvement);
  for (const involvement of involved.values()) {
    const item = text('li', `involved: ${involvement.actor.name} (${words(involvement.role)})`);
    item.dataset.actor = involvement.actor.name;
    actors.append(item);
  }
  if (!actors.children.length) actors.append(text('li', 'no actor named by any claim', 'none'));
  container.append(text('h4', 'Actors'), actors);

  const claims = text('ol', null, 'claims');
  for (const claim of event.claims) {
    const item = text('li');
    item.dataset.claimId = claim.id;
    item.append(text('strong', claim.source.name));
    const details = [words(claim.stance), words(claim.kind)];
    if (claim.actor) details.push(claim.actor.name);
    const figures = describeFigures(claim.figures);
    if (figures) details.push(figures);
    item.append(text('span', ` ${details.join(' · ')}`));
    if (claim.quote) item.append(text('blockquote', claim.quote));
    claims.append(item);
  }
  container.append(text('h4', `Claims (${event.claims.length})`), claims);
}

function drawAccess() {
  // The API says what the caller may do (viewer), so the buttons are offered only to those it will let through.
  const canEdit = Boolean(state.viewer?.canEdit);
  for (const button of [$('#join'), $('#keep-apart')]) button.disabled = !canEdit || state.busy;
  $('#access').textContent = canEdit
    ? ''
    : hasKey()
      ? `The key in use (${state.viewer?.subject ?? 'unknown'}) holds ${state.viewer?.roles.join(', ') || 'no role'}: ` +
        'joining or keeping apart needs an editor’s API key; paste one under “API key” above.'
      : 'An editor’s API key is needed to join or keep apart: paste one under “API key” above.';
}

function clearSelection() {
  state.selected = null;
  $('#pair').hidden = true;
  $('#pick').hidden = false;
}

async function select(pair) {
  clearError();
  state.selected = pair;
  drawQueue();
  const { incident, report } = await gql(queries.pair, { incidentId: pair.candidate.id, reportId: pair.event.id });
  // Another pick, or a decision, may have come while this loaded.
  if (state.selected !== pair) return;
  if (!incident || !report || incident.id === report.id) {
    // A redirect answers with its incident: the pair was joined elsewhere, so it is not one to decide any more.
    showError(new ApiProblem('CONFLICT', 'one of the two events was joined into the other or removed'));
    await reloadQueue();
    return;
  }
  $('#pick').hidden = true;
  $('#pair').hidden = false;
  $('#score').textContent = `Score ${pair.score.toFixed(3)} (0 to 1: how well time, place, kind and actors agree)`;
  $('#reasons').replaceChildren(...pair.reasons.map((reason) => text('li', reason)));
  drawSide($('#incident'), incident, 'incident');
  drawSide($('#report'), report, 'report');
  $('#join-note').textContent =
    `Join keeps “${incident.title}”, the event the graph held when the other arrived, as the incident; ` +
    `“${report.title}” joins it with its claims, and its id then answers with the incident (Undo splits it off again).`;
  drawAccess();
  drawPoints(incident, report);
}

// ---- decisions ----

function showOutcome(message, action, undo) {
  const box = $('#outcome');
  box.replaceChildren(text('span', message));
  box.dataset.action = action;
  if (undo) {
    const button = text('button', 'Undo');
    button.type = 'button';
    button.id = 'undo';
    button.addEventListener('click', () => decide(undo));
    box.append(' ', button);
  }
  box.hidden = false;
}

/** Runs one decision, says what happened, and reads the queue again; errors are shown as they are, never dropped. */
async function decide(decision) {
  if (state.busy) return;
  state.busy = true;
  // For whoever drives the page (the browser test): set once this decision has run its course.
  delete document.body.dataset.decided;
  clearError();
  for (const button of document.querySelectorAll('#review button')) button.disabled = true;
  try {
    await decision();
  } catch (error) {
    showError(error);
    // A pair someone else decided is stale here: reading the queue again takes it off the list.
    if (error.code === 'CONFLICT' || error.code === 'NOT_FOUND') await reloadQueue().catch(showError);
  } finally {
    state.busy = false;
    document.body.dataset.decided = 'true';
    for (const button of document.querySelectorAll('#outcome button')) button.disabled = false;
    if (state.selected) drawAccess();
  }
}

function join(pair) {
  return async () => {
    const incident = pair.candidate;
    const report = pair.event;
    await gql(queries.join, { incidentId: incident.id, eventId: report.id });
    clearSelection();
    showOutcome(
      `Joined: “${report.title}” (${report.id}) is now part of the incident “${incident.title}” (${incident.id}); ` +
        'both ids answer with the one incident.',
      'joined',
      split(report, incident),
    );
    await reloadQueue();
  };
}

function split(report, incident) {
  return async () => {
    await gql(queries.split, { id: report.id });
    showOutcome(
      `Undone: “${report.title}” (${report.id}) is an event of its own again, with its own claims; ` +
        `it and “${incident.title}” are now kept apart, so the pair is not proposed again.`,
      'split',
    );
    await reloadQueue();
  };
}

function keepApart(pair) {
  return async () => {
    await gql(queries.keepApart, { eventId: pair.event.id, otherId: pair.candidate.id });
    clearSelection();
    showOutcome(
      `Kept apart: “${pair.event.title}” (${pair.event.id}) and “${pair.candidate.title}” (${pair.candidate.id}) ` +
        'are different incidents; the pair is not proposed again.',
      'kept-apart',
    );
    await reloadQueue();
  };
}

async function start() {
  bindKeyInput();
  if (!hasKey()) $('#credentials').open = true;
  $('#join').addEventListener('click', () => state.selected && decide(join(state.selected)));
  $('#keep-apart').addEventListener('click', () => state.selected && decide(keepApart(state.selected)));
  $('#more').addEventListener('click', () => {
    clearError();
    loadMore().catch(showError);
  });
  state.viewer = (await gql('{ viewer { subject roles canEdit } }')).viewer;
  state.pairs = await fetchPage(pageSize, null);
  drawQueue();
  document.body.dataset.ready = 'true';
}

start().catch((error) => {
  status('the review queue could not be read');
  showError(error);
  // A refused key is the likeliest cause: the field to change it is opened.
  $('#credentials').open = true;
  document.body.dataset.ready = 'error';
});
