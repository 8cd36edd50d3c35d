// The dashboard shell: sign-in, workspace switcher, navigation, the period and model pickers, and the route in the
// URL hash (#/view[/id]?from=…&to=…&model=…&ws=…) so that every view can be linked to and reloaded.
import { graphql, session, RequestFailed, localSignInOffered, localSignIn } from './api.js';
import { h, clear, label, loading, errorBox, disposeCharts } from './ui.js';
import { overview } from './views/overview.js';
import { campaigns, campaignDetail } from './views/campaigns.js';
import { channels } from './views/channels.js';
import { models } from './views/models.js';
import { funnel } from './views/funnel.js';
import { returns } from './views/returns.js';
import { content } from './views/content.js';
import { delivery } from './views/delivery.js';

const VIEWS = [
  { key: 'overview', title: 'Overview', render: overview },
  { key: 'campaigns', title: 'Campaigns', render: campaigns },
  { key: 'channels', title: 'Channels', render: channels },
  { key: 'models', title: 'Models', render: models },
  { key: 'funnel', title: 'Funnel & paths', render: funnel },
  { key: 'returns', title: 'Returns beyond revenue', render: returns },
  { key: 'content', title: 'Content', render: content },
  { key: 'delivery', title: 'Reports & alerts', render: delivery },
];
// A view's own settings in the URL (the Content view's grouping, channel, time zone, metric, compared channels and
// audience date): kept while that view is shown, dropped when another view or workspace is picked.
const VIEW_OPTIONS = ['group', 'channel', 'tz', 'metric', 'compare', 'on'];
const NO_VIEW_OPTIONS = Object.fromEntries(VIEW_OPTIONS.map(key => [key, null]));
export const MODELS = ['FIRST_TOUCH', 'LAST_TOUCH', 'LINEAR', 'TIME_DECAY', 'POSITION_BASED', 'W_SHAPED', 'FULL_PATH', 'DATA_DRIVEN'];

const app = document.getElementById('app');
let memberships = [];
let renderCount = 0;

// ---- route --------------------------------------------------------------------------------------------------------

export function readRoute() {
  const [path, query = ''] = location.hash.replace(/^#\/?/, '').split('?');
  const [view = 'overview', id = null] = path.split('/').map(decodeURIComponent);
  const params = new URLSearchParams(query);
  const options = Object.fromEntries(VIEW_OPTIONS.map(key => [key, params.get(key)]));
  return { view: view || 'overview', id, from: params.get('from'), to: params.get('to'), model: params.get('model'), ws: params.get('ws'), ...options };
}

export function routeHash(route) {
  const params = new URLSearchParams();
  for (const key of ['from', 'to', 'model', 'ws', ...VIEW_OPTIONS]) if (route[key]) params.set(key, route[key]);
  const path = route.id ? `${route.view}/${encodeURIComponent(route.id)}` : route.view;
  const query = params.toString();
  return `#/${path}${query ? '?' + query : ''}`;
}

export function go(changes) {
  location.hash = routeHash({ ...readRoute(), ...changes });
}

// ---- sign-in ------------------------------------------------------------------------------------------------------

async function showSignIn(message) {
  disposeCharts();
  const error = h('div', { id: 'sign-in-error', 'aria-live': 'polite' }, message ? errorBox([{ message }]) : null);
  const tokenField = h('textarea', { id: 'token', name: 'token', rows: '4', autocomplete: 'off', spellcheck: 'false',
    required: true, placeholder: 'eyJhbGciOiJSUzI1NiIs…', 'aria-describedby': 'token-help' });
  const local = h('div', { id: 'local-sign-in' });
  const form = h('form', { class: 'sign-in-form', onsubmit: async event => {
    event.preventDefault();
    await signIn(tokenField.value.trim(), error);
  } },
  h('label', { for: 'token' }, 'Bearer token'),
  tokenField,
  h('p', { id: 'token-help', class: 'muted' }, 'A JWT from your identity provider, or in dev mode from ',
    h('code', {}, './mvnw -q -Pdev-token test-compile exec:java'),
    '. It is kept in this tab only (sessionStorage) and sent to /graphql only.'),
  h('button', { type: 'submit', id: 'sign-in' }, 'Sign in'));
  clear(app, h('main', { class: 'sign-in', id: 'main' },
    h('div', { class: 'card' },
      h('h1', {}, h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, '◆'), ' social-roi'),
      h('p', { class: 'lead' }, 'What did our social media work return, in money, against what it cost?'),
      local, error, form)));
  if (await localSignInOffered()) {
    local.append(h('button', { type: 'button', id: 'local-sign-in-button', class: 'primary-big', onclick: async () => {
      try {
        const minted = await localSignIn();
        await signIn(minted.token, error);
      } catch (e) {
        clear(error, errorBox([{ message: e.message }]));
      }
    } }, 'Sign in as the local admin'),
    h('p', { class: 'muted' }, 'Offered by the trial and dev mode to a browser on this machine: a token for the first bootstrap admin, valid 12 hours.'),
    h('div', { class: 'or', 'aria-hidden': 'true' }, 'or paste a token'));
  }
  (local.querySelector('button') || tokenField).focus();
}

async function signIn(token, errorTarget) {
  if (!token) {
    clear(errorTarget, errorBox([{ message: 'Paste a token first.' }]));
    return;
  }
  clear(errorTarget, loading('Checking the token…'));
  try {
    const found = await loadMemberships(token);
    if (!found) {
      clear(errorTarget, errorBox([{ message: 'This token is valid, but its subject is a member of no workspace. An ADMIN adds members with setWorkspaceMember.' }]));
      return;
    }
    session.token = token;
    start();
  } catch (e) {
    clear(errorTarget, errorBox([{ message: e.message }]));
  }
}

const MY_WORKSPACES = `query MyWorkspaces { myWorkspaces { role workspace { slug name reportingCurrency
  defaultAttribution { model lookbackDays halfLifeHours firstWeight lastWeight } } } }`;

async function loadMemberships(token = session.token) {
  const { data } = await graphql(MY_WORKSPACES, {}, { token, workspace: null });
  memberships = data.myWorkspaces;
  return memberships.length > 0;
}

export function signOut(message) {
  session.token = null;
  session.workspace = null;
  memberships = [];
  showSignIn(message);
}

// ---- the shell ----------------------------------------------------------------------------------------------------

function currentMembership(route) {
  const wanted = route.ws || session.workspace;
  return memberships.find(m => m.workspace.slug === wanted)
    || memberships.find(m => m.workspace.slug === 'default') || memberships[0];
}

function today() {
  return new Date().toISOString().slice(0, 10);
}

function daysAgo(days) {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

const PRESETS = [
  { key: 'all', title: 'All time', range: () => [null, null] },
  { key: '30d', title: 'Last 30 days', range: () => [daysAgo(29), today()] },
  { key: '90d', title: 'Last 90 days', range: () => [daysAgo(89), today()] },
  { key: 'ytd', title: 'This year', range: () => [`${today().slice(0, 4)}-01-01`, today()] },
  { key: '12m', title: 'Last 12 months', range: () => [daysAgo(364), today()] },
];

function presetOf(route) {
  const match = PRESETS.find(p => { const [f, t] = p.range(); return f === (route.from || null) && t === (route.to || null); });
  return match ? match.key : 'custom';
}

function controls(route, membership) {
  const setting = membership.workspace.defaultAttribution;
  const preset = h('select', { id: 'period-preset', 'aria-describedby': 'period-error', onchange: e => {
    const chosen = PRESETS.find(p => p.key === e.target.value);
    if (chosen) { const [from, to] = chosen.range(); go({ from, to }); } else { go({ from: route.from || daysAgo(29), to: route.to || today() }); }
  } }, PRESETS.map(p => h('option', { value: p.key, selected: presetOf(route) === p.key }, p.title)),
  h('option', { value: 'custom', selected: presetOf(route) === 'custom' }, 'Custom'));
  const from = h('input', { type: 'date', id: 'period-from', value: route.from || '', 'aria-describedby': 'period-error' });
  const to = h('input', { type: 'date', id: 'period-to', value: route.to || '', 'aria-describedby': 'period-error' });
  const apply = h('button', { type: 'submit', class: 'secondary', id: 'period-apply' }, 'Apply');
  const model = h('select', { id: 'model', onchange: e => go({ model: e.target.value === setting.model && !route.model ? null : e.target.value }) },
    MODELS.map(m => h('option', { value: m, selected: (route.model || setting.model) === m },
      label(m) + (m === setting.model ? ' (workspace default)' : ''))));
  return h('form', { class: 'controls', 'aria-label': 'Report settings', onsubmit: e => {
    e.preventDefault();
    go({ from: from.value || null, to: to.value || null });
  } },
  h('div', { class: 'control' }, h('label', { for: 'period-preset' }, 'Period'), preset),
  h('div', { class: 'control dates' },
    h('label', { for: 'period-from' }, 'From'), from,
    h('label', { for: 'period-to' }, 'To'), to, apply),
  h('div', { class: 'control' }, h('label', { for: 'model' }, 'Attribution model'), model),
  h('div', { class: 'control currency', id: 'currency', title: 'Every amount is converted into the workspace\'s reporting currency at the rate in force on its date.' },
    h('span', { class: 'control-label' }, 'Reporting currency'), h('strong', {}, membership.workspace.reportingCurrency)),
  h('div', { id: 'period-error', class: 'field-error', 'aria-live': 'polite' }));
}

function shell(route, membership) {
  const nav = h('nav', { class: 'sidenav', 'aria-label': 'Views' },
    h('div', { class: 'brand' }, h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, '◆'), ' social-roi'),
    h('ul', {}, VIEWS.map(v => {
      const active = route.view === v.key || (v.key === 'campaigns' && route.view === 'campaign');
      return h('li', {}, h('a', { href: routeHash({ ...route, ...NO_VIEW_OPTIONS, view: v.key, id: null }), id: `nav-${v.key}`,
        'aria-current': active ? 'page' : null }, v.title));
    })));
  const switcher = h('select', { id: 'workspace', onchange: e => { session.workspace = e.target.value; go({ ...NO_VIEW_OPTIONS, ws: e.target.value, view: route.view === 'campaign' ? 'campaigns' : route.view, id: null }); } },
    memberships.map(m => h('option', { value: m.workspace.slug, selected: m === membership },
      `${m.workspace.name} (${m.workspace.slug}) · ${label(m.role)}`)));
  const top = h('header', { class: 'topbar' },
    h('div', { class: 'control' }, h('label', { for: 'workspace' }, 'Workspace'), switcher),
    h('div', { class: 'spacer' }),
    h('a', { href: '/q/graphql-ui/', class: 'link' }, 'GraphiQL'),
    h('button', { type: 'button', class: 'secondary', id: 'sign-out', onclick: () => signOut() }, 'Sign out'));
  const view = h('div', { id: 'view' });
  clear(app,
    h('a', { href: '#main', class: 'skip', onclick: e => { e.preventDefault(); document.getElementById('main').focus(); } }, 'Skip to the report'),
    h('div', { class: 'layout' }, nav,
      h('div', { class: 'content' }, top, h('main', { id: 'main', tabindex: '-1' }, controls(route, membership), view))));
  return view;
}

async function render() {
  const count = ++renderCount;
  if (!session.token) return showSignIn();
  if (!memberships.length) {
    clear(app, h('main', { class: 'sign-in' }, loading('Loading your workspaces…')));
    try {
      if (!(await loadMemberships())) return signOut('This token\'s subject is a member of no workspace.');
    } catch (e) {
      return signOut(e.message);
    }
  }
  if (count !== renderCount) return;
  const route = readRoute();
  const membership = currentMembership(route);
  session.workspace = membership.workspace.slug;
  disposeCharts();
  const target = shell(route, membership);
  const definition = route.view === 'campaign' ? { title: 'Campaign', render: campaignDetail } : VIEWS.find(v => v.key === route.view);
  if (!definition) {
    clear(target, h('h1', {}, 'No such view'), h('p', {}, 'Pick a view on the left.'));
    return;
  }
  document.title = `${definition.title} · social-roi`;
  const context = {
    route, membership, go, routeHash,
    period: route.from && route.to ? { from: route.from, to: route.to } : null,
    attribution: route.model ? { model: route.model } : null,
    model: route.model || membership.workspace.defaultAttribution.model,
    currency: membership.workspace.reportingCurrency,
    canWrite: membership.role !== 'VIEWER',
    // a report's answer, or null when the user has gone elsewhere meanwhile (its result is then dropped)
    query: async (text, variables) => {
      const result = await graphql(text, variables);
      return count === renderCount ? result : null;
    },
    periodError: errors => showPeriodError(errors),
  };
  try {
    await definition.render(target, context);
  } catch (e) {
    if (count !== renderCount) return;
    if (e instanceof RequestFailed && e.status === 401) return signOut(e.message);
    clear(target, h('h1', {}, definition.title), errorBox(e.errors && e.errors.length ? e.errors : [{ message: e.message }]));
    showPeriodError(e.errors || []);
  }
}

/** A BAD_ARGUMENT about the period is shown under the period picker, which caused it. */
function showPeriodError(errors) {
  const target = document.getElementById('period-error');
  const mine = errors.filter(e => e.code === 'BAD_ARGUMENT' && /period|from|to\b/i.test(e.message));
  if (!target || !mine.length) return;
  clear(target, mine.map(e => h('p', {}, e.message)));
  for (const id of ['period-from', 'period-to']) document.getElementById(id).setAttribute('aria-invalid', 'true');
}

function start() {
  window.removeEventListener('hashchange', render);
  window.addEventListener('hashchange', render);
  if (!location.hash) history.replaceState(null, '', routeHash({ view: 'overview' }));
  render();
}

start();
