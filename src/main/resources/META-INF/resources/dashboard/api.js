// The only way the dashboard talks to the service: POST /graphql with the bearer token and X-Workspace, as any SPA.
const TOKEN_KEY = 'social-roi.token';
const WORKSPACE_KEY = 'social-roi.workspace';

export const session = {
  // sessionStorage, never a cookie: the token leaves with the tab and is sent only where this code sends it
  get token() { return sessionStorage.getItem(TOKEN_KEY); },
  set token(value) { value ? sessionStorage.setItem(TOKEN_KEY, value) : sessionStorage.removeItem(TOKEN_KEY); },
  get workspace() { return sessionStorage.getItem(WORKSPACE_KEY); },
  set workspace(value) { value ? sessionStorage.setItem(WORKSPACE_KEY, value) : sessionStorage.removeItem(WORKSPACE_KEY); },
};

/** A request the service refused as a whole (HTTP status other than 200, or no data at all). */
export class RequestFailed extends Error {
  constructor(message, status, errors = []) {
    super(message);
    this.status = status;
    this.errors = errors;
  }
}

/**
 * Sends one GraphQL operation. Resolves to { data, errors } (errors: [] when none; data may be partial, with an
 * error per field that failed); rejects with RequestFailed when the service answered no data at all.
 */
export async function graphql(query, variables = {}, { token = session.token, workspace = session.workspace } = {}) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (workspace) headers['X-Workspace'] = workspace;
  let response;
  try {
    response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  } catch (e) {
    throw new RequestFailed('The service could not be reached. Is it running? Try again in a moment.', 0);
  }
  if (response.status === 401) {
    throw new RequestFailed('The service refused this token (HTTP 401): it is expired, signed by another key, '
      + 'or made for another issuer or audience. Sign in again.', 401);
  }
  if (response.status === 413) throw new RequestFailed('The request was too large for the service (HTTP 413).', 413);
  let body;
  try {
    body = await response.json();
  } catch (e) {
    throw new RequestFailed(`The service answered HTTP ${response.status} without a GraphQL answer.`, response.status);
  }
  const errors = (body.errors || []).map(e => ({
    message: e.message, code: e.extensions && e.extensions.code, path: e.path || [],
  }));
  if (!body.data) {
    throw new RequestFailed(errors.map(e => e.message).join(' ') || `HTTP ${response.status}`, response.status, errors);
  }
  return { data: body.data, errors };
}

/** The one-click sign-in of the trial and dev mode: whether it is offered to this browser, and its token. */
export async function localSignInOffered() {
  try {
    const response = await fetch('/dashboard/local-sign-in', { method: 'GET', cache: 'no-store' });
    return response.status === 204;
  } catch (e) {
    return false;
  }
}

export async function localSignIn() {
  const response = await fetch('/dashboard/local-sign-in', { method: 'POST', cache: 'no-store' });
  if (response.status !== 200) {
    throw new RequestFailed('One-click sign-in is offered only by the trial and dev mode, to a browser on the same '
      + 'machine. Paste a token instead.', response.status);
  }
  return response.json();
}
