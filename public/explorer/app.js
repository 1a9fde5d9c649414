// The explorer: a map, a timeline and an event panel over the public GraphQL API only.
'use strict';
/* global $, bindKeyInput, gql, text, status -- from api.js, loaded before this file */

const palette = [
  '#d1495b',
  '#2e86ab',
  '#edae49',
  '#66a182',
  '#8d5a97',
  '#e07a5f',
  '#3d405b',
  '#00798c',
  '#b56576',
  '#6d597a',
];
const unblamed = '#9aa0a6';
const maxEvents = 500;

const queries = {
  sources: `query ExplorerSources { sources(first: 100) { edges { node { id name } } } }`,
  kinds: `query ExplorerKinds { __type(name: "EventKind") { enumValues { name description } } }`,
  events: `query ExplorerEvents($filter: EventsFilter, $after: String) {
    events(filter: $filter, order: OLDEST_FIRST, first: 100, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node {
        id title kind startDate datePrecision
        location { name latitude longitude geoPrecision }
        attributions { actor { id name } sources { id } }
        contested { isContested }
      } }
    }
  }`,
  event: `query ExplorerEvent($id: ID!) {
    event(id: $id) {
      id title description kind startDate endDate datePrecision
      location { name geoPrecision }
      contested { isContested reasons }
      casualties { killedLow killedHigh injuredLow injuredHigh }
      attributions { actor { name } independentSourceCount sources { name } }
      claims {
        id kind stance quote confidence retractedAt
        source { id name kind }
        actor { name }
        document { title url }
        relayChain { source { name } }
      }
    }
  }`,
};

const state = { events: [], sourceId: '', kind: '', selectedId: null, colours: new Map(), markers: new Map() };

/** The actors the chosen source blames for an event (any source when none is chosen). */
function blamedBy(event, sourceId) {
  return event.attributions.filter((a) => !sourceId || a.sources.some((s) => s.id === sourceId)).map((a) => a.actor);
}

function colourOf(actorId) {
  if (!state.colours.has(actorId)) state.colours.set(actorId, palette[state.colours.size % palette.length]);
  return state.colours.get(actorId);
}

function eventColour(event) {
  const [first] = blamedBy(event, state.sourceId);
  return first ? colourOf(first.id) : unblamed;
}

const map = L.map('map', { zoomSnap: 0.25, worldCopyJump: true, attributionControl: false }).setView([28, 20], 4);
const eventLayer = L.layerGroup().addTo(map);

async function drawBaseLayer() {
  // Country outlines from Natural Earth (world-atlas), served by the API itself: no tiles, no internet needed.
  const world = await (await fetch('/explorer/vendor/countries-50m.json')).json();
  L.geoJSON(topojson.feature(world, world.objects.countries), {
    style: { color: '#7d8a99', weight: 0.7, fillColor: '#f4f1ea', fillOpacity: 1 },
    interactive: false,
  }).addTo(map);
}

function drawLegend() {
  const legend = $('#legend');
  legend.replaceChildren();
  const actors = new Map();
  for (const event of state.events)
    for (const actor of blamedBy(event, state.sourceId)) actors.set(actor.id, actor.name);
  for (const [id, name] of [...actors].sort((a, b) => a[1].localeCompare(b[1]))) {
    const item = text('span', name);
    item.style.setProperty('--colour', colourOf(id));
    item.dataset.actorId = id;
    legend.append(item);
  }
  const none = text('span', state.sourceId ? 'not blamed on anyone by this source' : 'blamed on no one');
  none.style.setProperty('--colour', unblamed);
  legend.append(none);
}

function drawMarkers() {
  eventLayer.clearLayers();
  state.markers.clear();
  const points = [];
  // Many events share a place (a city and its districts): blamed ones are drawn last, the selected one on top.
  const blamedFirst = (event) => (event.id === state.selectedId ? 2 : blamedBy(event, state.sourceId).length ? 1 : 0);
  for (const event of [...state.events].sort((a, b) => blamedFirst(a) - blamedFirst(b))) {
    const place = event.location;
    if (!place || place.latitude == null) continue;
    const marker = L.circleMarker([place.latitude, place.longitude], {
      radius: event.id === state.selectedId ? 10 : 7,
      color: '#1d2330',
      weight: 1,
      fillColor: eventColour(event),
      fillOpacity: 0.9,
    });
    marker.bindTooltip(`${event.title} (${event.startDate ?? 'undated'})`);
    marker.on('click', () => select(event.id));
    marker.addTo(eventLayer);
    state.markers.set(event.id, marker);
    points.push([place.latitude, place.longitude]);
  }
  if (points.length) map.fitBounds(points, { padding: [40, 40], maxZoom: 8 });
}

function drawTimeline() {
  const timeline = $('#timeline');
  timeline.replaceChildren();
  const dated = state.events.filter((e) => e.startDate);
  const days = dated.map((e) => Date.parse(e.startDate));
  const first = Math.min(...days);
  const span = Math.max(...days) - first || 1;
  const position = (event) => 2 + (94 * (Date.parse(event.startDate) - first)) / span;
  for (const event of state.events) {
    const blamed = blamedBy(event, state.sourceId);
    const button = text('button');
    button.type = 'button';
    button.title = `${event.title} (${event.startDate ?? 'undated'}${blamed.length ? `; blamed on ${blamed.map((a) => a.name).join(', ')}` : ''})`;
    button.dataset.eventId = event.id;
    button.dataset.blamed = blamed.map((a) => a.name).join('|');
    button.style.setProperty('--colour', eventColour(event));
    if (event.id === state.selectedId) button.classList.add('selected');
    // Undated events sit together at the right end, after a gap.
    button.style.left = event.startDate ? `${position(event) * 0.9}%` : '96%';
    button.addEventListener('click', () => select(event.id));
    timeline.append(button);
  }
  if (dated.length) {
    for (const at of [first, first + span]) {
      const tick = text('span', new Date(at).toISOString().slice(0, 10), 'tick');
      tick.style.left = `${(2 + (94 * (at - first)) / span) * 0.9}%`;
      timeline.append(tick);
    }
  }
  if (dated.length < state.events.length) timeline.append(text('span', 'undated', 'undated'));
}

function redraw() {
  drawLegend();
  drawMarkers();
  drawTimeline();
}

async function loadEvents() {
  status('loading events…');
  const filter = state.kind ? { kinds: [state.kind] } : null;
  const events = [];
  let after = null;
  let total;
  do {
    const { events: page } = await gql(queries.events, { filter, after });
    total = page.totalCount;
    events.push(...page.edges.map((edge) => edge.node));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after && events.length < maxEvents);
  state.events = events;
  status(
    events.length < total ? `${events.length} of ${total} events (narrow by kind to see the rest)` : `${total} events`,
  );
  redraw();
}

function describeDate(event) {
  if (!event.startDate) return 'date unknown';
  if (event.datePrecision === 'DAY') return event.startDate;
  return `${event.startDate}–${event.endDate} (${event.datePrecision.toLowerCase()} precision)`;
}

async function select(eventId) {
  state.selectedId = eventId;
  redraw();
  const panel = $('#panel');
  panel.replaceChildren(text('p', 'loading…', 'hint'));
  const { event } = await gql(queries.event, { id: eventId });
  const parts = [text('h2', event.title)];
  parts.push(
    text(
      'p',
      `${event.kind.toLowerCase().replace(/_/g, ' ')} · ${describeDate(event)} · ${event.location ? event.location.name : 'place unknown'}`,
      'meta',
    ),
  );
  if (event.description) parts.push(text('p', event.description));
  const killed = event.casualties.killedHigh;
  if (killed != null) {
    const range = event.casualties.killedLow === killed ? `${killed}` : `${event.casualties.killedLow}–${killed}`;
    parts.push(
      text(
        'p',
        `Killed: ${range}${event.casualties.injuredHigh != null ? `; injured: ${event.casualties.injuredHigh}` : ''}`,
      ),
    );
  }
  if (event.contested.isContested)
    parts.push(text('p', `Contested: ${event.contested.reasons.join('; ')}`, 'contested'));
  if (event.attributions.length) {
    parts.push(text('h3', 'Attributed to'));
    const list = text('ul');
    list.id = 'attributions';
    for (const a of event.attributions) {
      list.append(
        text(
          'li',
          `${a.actor.name}: ${a.sources.map((s) => s.name).join(', ')} (${a.independentSourceCount} independent)`,
        ),
      );
    }
    parts.push(list);
  }
  parts.push(text('h3', `Claims (${event.claims.length})`));
  const claims = text('ol');
  claims.id = 'claims';
  for (const claim of event.claims) {
    const item = text('li', null, claim.retractedAt ? 'retracted' : '');
    item.dataset.claimId = claim.id;
    item.append(text('strong', claim.source.name));
    item.append(
      text(
        'span',
        ` ${claim.stance.toLowerCase()} · ${claim.kind.toLowerCase().replace(/_/g, ' ')}${claim.actor ? ` · ${claim.actor.name}` : ''}${claim.confidence != null ? ` · confidence ${claim.confidence}` : ''}`,
      ),
    );
    if (claim.quote) item.append(text('blockquote', claim.quote));
    if (claim.relayChain.length)
      item.append(text('div', `relaying ${claim.relayChain.map((c) => c.source.name).join(' ← ')}`, 'relay'));
    if (claim.document) item.append(text('div', `in “${claim.document.title}”`, 'relay'));
    claims.append(item);
  }
  parts.push(claims);
  panel.replaceChildren(...parts);
}

async function start() {
  bindKeyInput();
  await drawBaseLayer();
  const { sources } = await gql(queries.sources);
  const sourceSelect = $('#source');
  sourceSelect.replaceChildren(text('option', 'any source'));
  sourceSelect.firstChild.value = '';
  for (const { node } of sources.edges) {
    const option = text('option', node.name);
    option.value = node.id;
    sourceSelect.append(option);
  }
  sourceSelect.onchange = () => {
    state.sourceId = sourceSelect.value;
    redraw();
  };
  // Kinds come from the schema; without introspection the filter simply stays at "all kinds".
  const kinds = await gql(queries.kinds).catch(() => null);
  const kindSelect = $('#kind');
  for (const value of kinds?.__type?.enumValues ?? []) {
    const option = text('option', value.name.toLowerCase().replace(/_/g, ' '));
    option.value = value.name;
    option.title = value.description ?? '';
    kindSelect.append(option);
  }
  kindSelect.onchange = () => {
    state.kind = kindSelect.value;
    loadEvents().catch((error) => status(error.message));
  };
  await loadEvents();
  document.body.dataset.ready = 'true';
}

start().catch((error) => {
  status(error.message);
  document.body.dataset.ready = 'error';
});
