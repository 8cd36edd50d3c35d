// Small DOM helpers, formatting, tables (sortable, paged, CSV), tiles, charts, and the words for errors.
import * as echarts from '/webjars/echarts/5.3.1/dist/echarts.esm.min.js';

/** h('div', { class: 'x', onclick: fn }, child, 'text', [more]) — elements without innerHTML. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'class') el.className = value;
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (value === true) el.setAttribute(key, '');
    else el.setAttribute(key, value);
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function clear(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

// ---- numbers: the API's exact decimal strings, grouped for reading, never recomputed ----------------------------

/** "1234567.5" → "1,234,567.5"; null → "—". */
export function num(value) {
  if (value === null || value === undefined) return '—';
  const text = String(value);
  const negative = text.startsWith('-');
  const [whole, fraction] = (negative ? text.slice(1) : text).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (negative ? '−' : '') + grouped + (fraction !== undefined ? '.' + fraction : '');
}

export const money = m => (m ? num(m.amount) : '—');
export const moneyWithCode = m => (m ? `${num(m.amount)} ${m.currencyCode}` : '—');
export const percent = v => (v === null || v === undefined ? '—' : `${num(v)} %`);
const ACRONYMS = new Set(['MQL', 'SQL', 'ROI', 'ROAS', 'CPC', 'CPM']);
/** An enum constant in words: LAST_TOUCH → "Last touch"; MQL stays MQL. */
export const label = constant => (!constant ? '—' : constant.split('_')
  .map((word, i) => (ACRONYMS.has(word) ? word : i ? word.toLowerCase() : word.charAt(0) + word.slice(1).toLowerCase())).join(' '));

/** Exact sum of decimal strings (report amounts have at most a few decimals): BigInt, no floating point. */
export function sumDecimals(values) {
  const scale = Math.max(0, ...values.map(v => (String(v).split('.')[1] || '').length));
  let total = 0n;
  for (const v of values) {
    const [whole, fraction = ''] = String(v).replace('-', '').split('.');
    const units = BigInt(whole + fraction.padEnd(scale, '0'));
    total += String(v).startsWith('-') ? -units : units;
  }
  const negative = total < 0n;
  const digits = (negative ? -total : total).toString().padStart(scale + 1, '0');
  const text = scale ? `${digits.slice(0, -scale)}.${digits.slice(-scale)}` : digits;
  return (negative ? '-' : '') + text;
}

// ---- states: loading, empty, errors -------------------------------------------------------------------------------

export function loading(text = 'Loading…') {
  return h('div', { class: 'loading', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), text);
}

export function empty(title, ...next) {
  return h('div', { class: 'empty' }, h('p', { class: 'empty-title' }, title), next.length ? h('p', {}, ...next) : null);
}

const ERROR_WORDS = {
  MISSING_EXCHANGE_RATE: 'An amount could not be converted into the reporting currency: ',
  BAD_ARGUMENT: 'The service cannot answer these settings: ',
  FORBIDDEN: 'Your role in this workspace does not allow this: ',
  QUERY_TIMEOUT: 'The report took too long and was stopped; try a shorter period. ',
  DATABASE_UNAVAILABLE: 'The database could not be reached; nothing was changed. Try again. ',
  INTERNAL_ERROR: 'The service failed on this report: ',
};

const ERROR_NEXT = {
  MISSING_EXCHANGE_RATE: 'Only an ADMIN may set exchange rates; the figures appear once the rate is in force.',
};

/** An error of a report, in words, placed where the report would be; the same error of several fields once. */
export function errorBox(errors) {
  const seen = new Set();
  const distinct = errors.filter(e => { const key = `${e.code}|${e.message}`; return !seen.has(key) && seen.add(key); });
  return h('div', { class: 'error', role: 'alert' }, distinct.map(e => h('p', {},
    h('strong', {}, e.code ? `${label(e.code)}. ` : 'Error. '),
    (ERROR_WORDS[e.code] || '') + e.message,
    ERROR_NEXT[e.code] ? h('span', { class: 'next' }, ' ' + ERROR_NEXT[e.code]) : null)));
}

/** A table of a chart's numbers, folded away under it. */
export function dataTable(content) {
  return h('details', { class: 'data-table' }, h('summary', {}, 'Numbers as a table'), content);
}

/** "2026-03-31T12:00:00Z" → "2026-03-31 12:00 UTC". */
export function instant(value) {
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? value : `${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 16)} UTC`;
}

/** The errors of a response that belong to the given root fields (aliases), or all of them when none are named. */
export function errorsFor(errors, ...fields) {
  return fields.length ? errors.filter(e => fields.includes(e.path[0])) : errors;
}

// ---- panels, tiles ------------------------------------------------------------------------------------------------

export function panel(title, { id, wide, description } = {}, ...body) {
  const headingId = id ? `${id}-title` : undefined;
  return h('section', { class: `panel${wide ? ' wide' : ''}`, id, 'aria-labelledby': headingId },
    h('h2', { id: headingId }, title), description ? h('p', { class: 'muted' }, description) : null, ...body);
}

/** A figure with its formula on hover (title) and for screen readers (the description under it). */
export function tile(name, value, formula, { id, note, unit } = {}) {
  return h('div', { class: 'tile', id, title: formula, tabindex: '0' },
    h('div', { class: 'tile-label' }, name, h('span', { class: 'info', 'aria-hidden': 'true' }, 'i')),
    h('div', { class: 'tile-value' }, unit ? [value, h('span', { class: 'unit' }, ` ${unit}`)] : value),
    note ? h('div', { class: 'tile-note' }, note) : null,
    h('div', { class: 'formula' }, formula));
}

// ---- tables: sortable, paged, CSV ---------------------------------------------------------------------------------

/**
 * columns: [{ key, title, value: row → raw (CSV, sorting), show: row → text or node, numeric }]
 * Sorting and paging happen on the rows given; the CSV holds every row with raw values.
 */
export function table({ id, caption, columns, rows, csvName, pageSize = 0, sortable = true, rowClass }) {
  const state = { sortKey: null, descending: false, page: 0 };
  const wrapper = h('div', { class: 'table-wrap', id });
  const render = () => {
    let shown = rows.slice();
    if (state.sortKey) {
      const column = columns.find(c => c.key === state.sortKey);
      shown.sort((a, b) => compare(column.value(a), column.value(b), column.numeric) * (state.descending ? -1 : 1));
    }
    const pages = pageSize ? Math.max(1, Math.ceil(shown.length / pageSize)) : 1;
    state.page = Math.min(state.page, pages - 1);
    if (pageSize) shown = shown.slice(state.page * pageSize, (state.page + 1) * pageSize);
    const head = h('tr', {}, columns.map(c => {
      const sorted = state.sortKey === c.key;
      const th = h('th', { scope: 'col', class: c.numeric ? 'num' : '', 'aria-sort': sorted ? (state.descending ? 'descending' : 'ascending') : null });
      if (sortable && c.value) {
        th.append(h('button', { type: 'button', class: 'sort', dataset: { sortKey: c.key },
          'aria-label': `Sort by ${c.title}`,
          onclick: () => { state.descending = sorted ? !state.descending : !!c.numeric; state.sortKey = c.key; render(); } },
          c.title, h('span', { class: 'sort-mark', 'aria-hidden': 'true' }, sorted ? (state.descending ? ' ▼' : ' ▲') : ' ↕')));
      } else {
        th.append(c.title);
      }
      return th;
    }));
    const body = shown.map(row => h('tr', { class: rowClass ? rowClass(row) : null },
      columns.map((c, i) => {
        const content = c.show ? c.show(row) : c.value(row);
        const attrs = { class: c.numeric ? 'num' : '', dataset: { column: c.key } };
        return i === 0 ? h('th', { scope: 'row', ...attrs }, content) : h('td', attrs, content);
      })));
    const tools = h('div', { class: 'table-tools' },
      csvName ? h('button', { type: 'button', class: 'secondary csv', onclick: () => downloadCsv(csvName, columns, rows) },
        '⬇ CSV', h('span', { class: 'visually-hidden' }, ` of ${caption}`)) : null,
      pageSize && rows.length > pageSize ? h('span', { class: 'pager' },
        h('button', { type: 'button', class: 'secondary', disabled: state.page === 0, onclick: () => { state.page--; render(); } }, '‹ Previous'),
        h('span', { role: 'status' }, ` Page ${state.page + 1} of ${pages} (${rows.length} rows) `),
        h('button', { type: 'button', class: 'secondary', disabled: state.page >= pages - 1, onclick: () => { state.page++; render(); } }, 'Next ›')) : null);
    clear(wrapper, tools, h('div', { class: 'scroll' },
      h('table', {}, h('caption', { class: 'visually-hidden' }, caption), h('thead', {}, head), h('tbody', {}, body))));
  };
  render();
  return wrapper;
}

/** A numeric column of the API's decimal strings: raw in the CSV and for sorting, grouped by thousands on screen. */
export function numberColumn(key, title, pick) {
  return { key, title, numeric: true, value: pick, show: row => num(pick(row)) };
}

function compare(a, b, numeric) {
  if (a === null || a === undefined) return b === null || b === undefined ? 0 : 1;
  if (b === null || b === undefined) return -1;
  if (numeric) return Number(a) - Number(b);
  return String(a).localeCompare(String(b));
}

export function csvText(columns, rows) {
  const cell = v => {
    const text = v === null || v === undefined ? '' : String(v);
    return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return [columns.filter(c => c.value).map(c => cell(c.csvTitle || c.title)).join(',')]
    .concat(rows.map(r => columns.filter(c => c.value).map(c => cell(c.value(r))).join(','))).join('\r\n') + '\r\n';
}

export function downloadCsv(name, columns, rows) {
  const url = URL.createObjectURL(new Blob([csvText(columns, rows)], { type: 'text/csv;charset=utf-8' }));
  const link = h('a', { href: url, download: `${name}.csv`, class: 'visually-hidden' });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

// ---- charts -------------------------------------------------------------------------------------------------------

const charts = new Set();
const PALETTE = ['#3559c7', '#e07b39', '#2a9d8f', '#b5418e', '#8a6d3b', '#5e60ce', '#d1495b', '#6c757d'];

/** An ECharts chart in a labelled box; its data stays readable in the table beside it. */
export function chart(title, option, { height = 300, id } = {}) {
  const box = h('div', { class: 'chart', id, role: 'img', 'aria-label': title });
  box.style.height = `${height}px`;
  requestAnimationFrame(() => {
    if (!box.isConnected) return;
    const instance = echarts.init(box, null, { renderer: 'canvas' });
    instance.setOption({ color: PALETTE, animation: false, textStyle: { fontFamily: 'inherit' }, ...option });
    charts.add(instance);
  });
  return box;
}

export function disposeCharts() {
  for (const c of charts) c.dispose();
  charts.clear();
}

window.addEventListener('resize', () => { for (const c of charts) c.resize(); });

export { echarts };
