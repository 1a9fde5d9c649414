// What the explorer's pages share: the API called with the tab's API key (pasted on either page), and small DOM helpers.
// Loaded before app.js and review.js as a plain script, so these are globals of both.
'use strict';
/* exported $, hasKey, bindKeyInput, ApiProblem, gql, text, status */

const $ = (selector) => document.querySelector(selector);
const hasKey = () => Boolean(sessionStorage.getItem('apiKey'));

/** The page's #api-key field shows the tab's key; a key pasted there is kept for the tab and the page reloads with it. */
function bindKeyInput() {
  const keyInput = $('#api-key');
  keyInput.value = sessionStorage.getItem('apiKey') ?? '';
  keyInput.onchange = () => {
    sessionStorage.setItem('apiKey', keyInput.value.trim());
    window.location.reload();
  };
}

/** An error the API answered with: its code (FORBIDDEN, CONFLICT...) and its messages. */
class ApiProblem extends Error {
  constructor(code, message) {
    super(`${code}: ${message}`);
    this.code = code;
    this.detail = message;
  }
}

async function gql(query, variables) {
  const headers = { 'content-type': 'application/json' };
  const key = sessionStorage.getItem('apiKey');
  if (key) headers.authorization = `Bearer ${key}`;
  let response;
  try {
    response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  } catch (error) {
    throw new Error(`The API could not be reached (${error.message}).`, { cause: error });
  }
  const body = await response.json().catch(() => null);
  if (!body) throw new Error(`The API answered HTTP ${response.status} without a GraphQL response.`);
  if (body.errors && body.errors.length) {
    const [first] = body.errors;
    throw new ApiProblem(first.extensions?.code ?? 'ERROR', body.errors.map((e) => e.message).join('; '));
  }
  return body.data;
}

function text(tag, content, className) {
  const node = document.createElement(tag);
  if (content != null) node.textContent = content;
  if (className) node.className = className;
  return node;
}

function status(message) {
  $('#status').textContent = message;
}
