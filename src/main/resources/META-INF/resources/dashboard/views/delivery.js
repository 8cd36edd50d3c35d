// Reports & alerts: saved reports (run, CSV/XLSX, create, delete), their schedules with the delivery log, and the anomaly
// alerts with their acknowledge action — the delivery API of docs/delivery.md, nothing computed here.
import { h, clear, panel, table, loading, errorBox, errorsFor, empty, label, num, instant } from '../ui.js';
import { graphql, session, RequestFailed } from '../api.js';

const KINDS = ['CAMPAIGN_PERFORMANCE', 'CHANNEL_PERFORMANCE', 'ATTRIBUTION_COMPARISON', 'FUNNEL', 'TOP_PATHS', 'GOALS',
  'VALUE_RETURNS', 'BUDGET_PACING', 'BUDGET_ALERTS', 'WEEKLY_DIGEST', 'ANOMALY_ALERTS'];
const RULES = ['LAST_7_DAYS', 'LAST_30_DAYS', 'LAST_90_DAYS', 'WEEK_TO_DATE', 'MONTH_TO_DATE', 'PREVIOUS_MONTH', 'QUARTER_TO_DATE', 'FIXED'];
const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

const PAGE = `query ReportsAndAlerts {
  savedReports { id name kind period { rule from to } createdBy }
  schedules { id savedReportId frequency dayOfWeek dayOfMonth localTime timeZone channel recipients webhookUrl webhookFormat skipWhenEmpty active nextDueAt }
  deliveries(first: 50) { id reportName channel recipients dueAt status attempts sentAt nextAttemptAt error }
  anomalyAlerts { id day metric scope scopeName value median lower upper direction likelyCause acknowledged }
}`;

const RUN = `query RunSavedReport($id: ID!) {
  runSavedReport(id: $id) { rule from to timeZone currencyCode columns { name type } rows savedReport { name } }
}`;

const MUTATIONS = {
  createSavedReport: `mutation($input: SavedReportInput!) { createSavedReport(input: $input) { savedReport { id } userErrors { field code message } } }`,
  deleteSavedReport: `mutation($input: DeleteSavedReportInput!) { deleteSavedReport(input: $input) { deletedSavedReportId userErrors { field code message } } }`,
  createSchedule: `mutation($input: ScheduleInput!) { createSchedule(input: $input) { schedule { id } userErrors { field code message } } }`,
  deleteSchedule: `mutation($input: DeleteScheduleInput!) { deleteSchedule(input: $input) { deletedScheduleId userErrors { field code message } } }`,
  acknowledgeAnomalyAlert: `mutation($input: AcknowledgeAnomalyAlertInput!) { acknowledgeAnomalyAlert(input: $input) { acknowledgedAlertId userErrors { field code message } } }`,
};

const reload = () => window.dispatchEvent(new HashChangeEvent('hashchange'));

/**
 * Sends one mutation; on success reloads the view. Each userError goes under the control its field path names
 * (controls: { key: element } with an error box `${prefix}-${key}-error`), the others into `general`.
 */
async function mutate(name, input, { prefix, controls = {}, general }) {
  for (const [key, control] of Object.entries(controls)) {
    control.removeAttribute('aria-invalid');
    clear(document.getElementById(`${prefix}-${key}-error`));
  }
  clear(general);
  try {
    const { data, errors } = await graphql(MUTATIONS[name], { input });
    if (errors.length) { clear(general, errorBox(errors)); return; }
    const userErrors = data[name].userErrors;
    if (!userErrors.length) { reload(); return; }
    for (const error of userErrors) {
      const key = error.field.find(part => controls[part]) || error.field[error.field.length - 1];
      const words = `${error.message} (${error.code})`;
      if (controls[key]) {
        controls[key].setAttribute('aria-invalid', 'true');
        document.getElementById(`${prefix}-${key}-error`).append(h('p', { class: 'user-error', dataset: { code: error.code } }, words));
      } else {
        general.append(h('p', { class: 'user-error', dataset: { code: error.code } }, `${error.field.join('.')}: ${words}`));
      }
    }
  } catch (error) {
    clear(general, errorBox([{ message: error.message }]));
  }
}

function field(id, text, control, hidden = false) {
  return h('div', { class: 'field', id: `${id}-field`, hidden }, h('label', { for: id }, text), control,
    h('div', { class: 'field-error', id: `${id}-error`, 'aria-live': 'polite' }));
}

const select = (id, values, attrs = {}) => h('select', { id, name: id, 'aria-describedby': `${id}-error`, ...attrs },
  values.map(v => h('option', { value: v }, label(v))));

function periodText(period) {
  return period.rule === 'FIXED' ? `${period.from} – ${period.to}` : label(period.rule);
}

export async function delivery(target, context) {
  clear(target, h('h1', {}, 'Reports & alerts'), loading('Loading saved reports, schedules, deliveries and alerts…'));
  const result = await context.query(PAGE, {});
  if (!result) return;
  const { data, errors } = result;
  const reports = data.savedReports || [];
  const reportNames = new Map(reports.map(r => [r.id, r.name]));
  const section = (fields, build) => (errorsFor(errors, ...fields).length ? errorBox(errorsFor(errors, ...fields)) : build());
  const runArea = h('div', { id: 'report-run', 'aria-live': 'polite' });

  const reportsPanel = panel('Saved reports', { id: 'saved-reports', wide: true,
    description: 'Named report definitions with a period rule resolved in the workspace\'s time zone when they run. Run one to see its table, or download it as CSV or XLSX from the service.' },
  section(['savedReports'], () => (!reports.length ? empty('No saved reports yet.', context.canWrite ? 'Save one below.' : 'An ANALYST or ADMIN can save one.')
    : table({ id: 'saved-report-table', caption: 'Saved reports', csvName: 'saved-reports',
      columns: [
        { key: 'name', title: 'Name', value: r => r.name },
        { key: 'kind', title: 'Report', value: r => r.kind, show: r => label(r.kind) },
        { key: 'period', title: 'Period', value: r => periodText(r.period) },
        { key: 'createdBy', title: 'Saved by', value: r => r.createdBy },
        { key: 'actions', title: 'Actions', show: r => h('span', { class: 'actions' },
          h('button', { type: 'button', class: 'secondary run', dataset: { id: r.id }, onclick: () => runReport(r, runArea) }, 'Run', h('span', { class: 'visually-hidden' }, ` ${r.name}`)),
          ' ', h('button', { type: 'button', class: 'secondary download', dataset: { id: r.id }, onclick: () => downloadReport(r, runArea, 'csv') }, '⬇ CSV', h('span', { class: 'visually-hidden' }, ` of ${r.name}`)),
          ' ', h('button', { type: 'button', class: 'secondary download-xlsx', dataset: { id: r.id }, onclick: () => downloadReport(r, runArea, 'xlsx') }, '⬇ XLSX', h('span', { class: 'visually-hidden' }, ` of ${r.name}`)),
          context.canWrite ? [' ', h('button', { type: 'button', class: 'secondary delete', dataset: { id: r.id }, onclick: () => {
            if (confirm(`Delete the saved report "${r.name}" and its schedules? The delivery log keeps its entries.`)) {
              mutate('deleteSavedReport', { id: r.id }, { general: runArea });
            }
          } }, 'Delete', h('span', { class: 'visually-hidden' }, ` ${r.name}`))] : null) },
      ], rows: reports }))),
  runArea,
  context.canWrite ? savedReportForm() : null);

  const schedules = data.schedules || [];
  const scheduleGeneral = h('div', { class: 'field-error', id: 'schedule-list-error', 'aria-live': 'polite' });
  const schedulesPanel = panel('Schedules', { id: 'schedules', wide: true,
    description: 'Each delivers a saved report daily, weekly or monthly at a local time, by e-mail (CSV attached) or webhook (JSON, or a Slack message).' },
  section(['schedules'], () => (!schedules.length ? empty('No schedules yet.', reports.length ? (context.canWrite ? 'Add one below.' : 'An ANALYST or ADMIN can add one.') : 'Save a report first, then schedule it.')
    : table({ id: 'schedule-table', caption: 'Schedules', csvName: 'schedules',
      columns: [
        { key: 'report', title: 'Saved report', value: s => reportNames.get(s.savedReportId) || s.savedReportId },
        { key: 'when', title: 'When', value: s => `${label(s.frequency)}${s.dayOfWeek ? ' ' + label(s.dayOfWeek) : ''}${s.dayOfMonth ? ' day ' + s.dayOfMonth : ''} ${s.localTime} ${s.timeZone}` },
        { key: 'channel', title: 'Channel', value: s => s.channel, show: s => label(s.channel) },
        { key: 'to', title: 'To', value: s => (s.channel === 'EMAIL' ? s.recipients.join(', ') : `${s.webhookUrl} (${s.webhookFormat})`) },
        { key: 'next', title: 'Next delivery', value: s => s.nextDueAt, show: s => (s.active ? instant(s.nextDueAt) : 'paused') },
        { key: 'skip', title: 'Skip when empty', value: s => (s.skipWhenEmpty ? 'yes' : 'no') },
        { key: 'actions', title: 'Actions', show: s => (context.canWrite ? h('button', { type: 'button', class: 'secondary delete', dataset: { id: s.id }, onclick: () => {
          if (confirm('Delete this schedule? Its deliveries stay in the log.')) mutate('deleteSchedule', { id: s.id }, { general: scheduleGeneral });
        } }, 'Delete', h('span', { class: 'visually-hidden' }, ' schedule')) : null) },
      ], rows: schedules }))),
  scheduleGeneral,
  context.canWrite && reports.length ? scheduleForm(reports) : null);

  const deliveries = data.deliveries || [];
  const logPanel = panel('Delivery log', { id: 'delivery-log', wide: true, description: 'The latest 50 occurrences, newest first: when, to whom, status, attempts and the last error.' },
    section(['deliveries'], () => (!deliveries.length ? empty('Nothing delivered yet.', 'A schedule\'s first occurrence appears here once it is due.')
      : table({ id: 'delivery-table', caption: 'Delivery log', csvName: 'deliveries', pageSize: 20,
        columns: [
          { key: 'dueAt', title: 'Due', value: d => d.dueAt, show: d => instant(d.dueAt) },
          { key: 'report', title: 'Saved report', value: d => d.reportName },
          { key: 'channel', title: 'Channel', value: d => d.channel, show: d => label(d.channel) },
          { key: 'recipients', title: 'To', value: d => d.recipients },
          { key: 'status', title: 'Status', value: d => d.status, show: d => h('span', { class: `badge ${d.status.toLowerCase()}` }, label(d.status)) },
          { key: 'attempts', title: 'Attempts', numeric: true, value: d => d.attempts },
          { key: 'sentAt', title: 'Sent', value: d => d.sentAt, show: d => (d.sentAt ? instant(d.sentAt) : d.nextAttemptAt ? `retry ${instant(d.nextAttemptAt)}` : '—') },
          { key: 'error', title: 'Last error', value: d => d.error },
        ], rows: deliveries }))));

  const alerts = data.anomalyAlerts || [];
  const alertGeneral = h('div', { class: 'field-error', id: 'alert-error', 'aria-live': 'polite' });
  const alertsPanel = panel('Anomaly alerts', { id: 'anomaly-alerts', wide: true,
    description: 'Yesterday\'s daily metrics outside their robust band (median ± k × MAD of the trailing 28 days), for the workspace, each channel and each campaign; the likely cause is the channel or campaign that moved furthest.' },
  section(['anomalyAlerts'], () => (!alerts.length ? empty('No anomalies yesterday.', 'A metric needs at least 14 days of history before it can be flagged.')
    : table({ id: 'alert-table', caption: 'Anomaly alerts', csvName: 'anomaly-alerts',
      columns: [
        { key: 'what', title: 'Metric', value: a => `${label(a.metric)} · ${a.scopeName}` },
        { key: 'day', title: 'Day', value: a => a.day },
        { key: 'value', title: 'Value', numeric: true, value: a => a.value, show: a => num(a.value) },
        { key: 'band', title: 'Expected band', value: a => `${a.lower} – ${a.upper}`, show: a => `${num(a.lower)} – ${num(a.upper)} (median ${num(a.median)})` },
        { key: 'direction', title: 'Direction', value: a => a.direction, show: a => label(a.direction) },
        { key: 'cause', title: 'Likely cause', value: a => a.likelyCause },
        { key: 'state', title: 'Acknowledged', value: a => (a.acknowledged ? 'yes' : 'no'),
          show: a => (a.acknowledged ? 'yes' : context.canWrite ? h('button', { type: 'button', class: 'secondary acknowledge', dataset: { id: a.id },
            onclick: () => mutate('acknowledgeAnomalyAlert', { id: a.id }, { general: alertGeneral }) }, 'Acknowledge') : 'no') },
      ], rows: alerts }))),
  alertGeneral);

  clear(target, h('h1', {}, 'Reports & alerts'), h('div', { class: 'grid' }, reportsPanel, schedulesPanel, logPanel, alertsPanel));
}

async function runReport(report, target) {
  clear(target, loading(`Running "${report.name}"…`));
  try {
    const { data, errors } = await graphql(RUN, { id: report.id });
    if (!data.runSavedReport) { clear(target, errorBox(errors)); return; }
    const run = data.runSavedReport;
    const columns = run.columns.map((c, i) => ({ key: `c${i}`, title: c.type === 'MONEY' ? `${c.name} (${run.currencyCode})` : c.name,
      numeric: ['MONEY', 'DECIMAL', 'INTEGER'].includes(c.type), value: row => row[i],
      show: row => (['TEXT', 'DATE'].includes(c.type) ? row[i] : num(row[i])) }));
    clear(target, h('section', { class: 'run', id: 'run-result', 'aria-labelledby': 'run-title' },
      h('h3', { id: 'run-title' }, run.savedReport.name),
      h('p', { class: 'muted', id: 'run-period' }, `${label(run.rule)}: ${run.from} – ${run.to} (resolved today in ${run.timeZone})`),
      run.rows.length ? table({ id: 'run-table', caption: run.savedReport.name, csvName: 'saved-report-run', pageSize: 20, columns, rows: run.rows })
        : empty('No rows for this period.')));
  } catch (e) {
    clear(target, errorBox(e.errors && e.errors.length ? e.errors : [{ message: e.message }]));
  }
}

const DOWNLOAD_TYPES = { csv: 'text/csv', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };

/**
 * The service's own file (GET /saved-reports/{id}.csv or .xlsx), fetched with the token and workspace, saved as a
 * file: a link to it cannot carry the token.
 */
async function downloadReport(report, target, format) {
  try {
    const response = await fetch(`/saved-reports/${encodeURIComponent(report.id)}.${format}`,
      { headers: { Authorization: `Bearer ${session.token}`, 'X-Workspace': session.workspace, Accept: DOWNLOAD_TYPES[format] } });
    if (response.status !== 200) {
      throw new RequestFailed(`The service did not give the ${format.toUpperCase()} (HTTP ${response.status}): ${(await response.text()).slice(0, 300)}`, response.status);
    }
    // the service names the file after the report and its resolved period
    const named = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') || '');
    const url = URL.createObjectURL(await response.blob());
    const link = h('a', { href: url, download: named ? named[1] : `${report.name.replace(/[^\w.-]+/g, '-')}.${format}`, class: 'visually-hidden' });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  } catch (e) {
    clear(target, errorBox([{ message: e.message }]));
  }
}

function savedReportForm() {
  const name = h('input', { id: 'report-name', name: 'name', type: 'text', maxlength: '200', 'aria-describedby': 'report-name-error' });
  const kind = select('report-kind', KINDS);
  const from = h('input', { id: 'report-from', type: 'date', 'aria-describedby': 'report-from-error' });
  const to = h('input', { id: 'report-to', type: 'date', 'aria-describedby': 'report-to-error' });
  const fixed = [field('report-from', 'From', from, true), field('report-to', 'To', to, true)];
  const rule = select('report-rule', RULES, { onchange: e => fixed.forEach(f => { f.hidden = e.target.value !== 'FIXED'; }) });
  const general = h('div', { class: 'field-error', id: 'report-error', 'aria-live': 'polite' });
  const controls = { name, kind, rule, from, to };
  return h('form', { class: 'goal-form', id: 'report-form', 'aria-label': 'Save a report', onsubmit: e => {
    e.preventDefault();
    const period = { rule: rule.value };
    if (rule.value === 'FIXED') { period.from = from.value || null; period.to = to.value || null; }
    mutate('createSavedReport', { name: name.value, kind: kind.value, period }, { prefix: 'report', controls, general });
  } },
  h('h3', {}, 'Save a report'),
  h('div', { class: 'form-row' }, field('report-name', 'Name', name), field('report-kind', 'Report', kind),
    field('report-rule', 'Period rule', rule), fixed),
  general,
  h('button', { type: 'submit', id: 'report-submit' }, 'Save report'));
}

function scheduleForm(reports) {
  const report = h('select', { id: 'schedule-savedReportId', 'aria-describedby': 'schedule-savedReportId-error' }, reports.map(r => h('option', { value: r.id }, r.name)));
  const dayOfWeek = select('schedule-dayOfWeek', WEEKDAYS);
  const dayOfMonth = h('input', { id: 'schedule-dayOfMonth', type: 'number', min: '1', max: '31', value: '1', 'aria-describedby': 'schedule-dayOfMonth-error' });
  const weekly = field('schedule-dayOfWeek', 'Weekday', dayOfWeek, true);
  const monthly = field('schedule-dayOfMonth', 'Day of month', dayOfMonth, true);
  const frequency = select('schedule-frequency', ['DAILY', 'WEEKLY', 'MONTHLY'], { onchange: e => {
    weekly.hidden = e.target.value !== 'WEEKLY';
    monthly.hidden = e.target.value !== 'MONTHLY';
  } });
  const localTime = h('input', { id: 'schedule-localTime', type: 'time', value: '08:00', 'aria-describedby': 'schedule-localTime-error' });
  const timeZone = h('input', { id: 'schedule-timeZone', type: 'text', placeholder: 'the workspace\'s', 'aria-describedby': 'schedule-timeZone-error' });
  const recipients = h('input', { id: 'schedule-recipients', type: 'text', placeholder: 'a@example.com, b@example.com', 'aria-describedby': 'schedule-recipients-error' });
  const webhookUrl = h('input', { id: 'schedule-webhookUrl', type: 'url', placeholder: 'https://hooks.slack.com/services/…', 'aria-describedby': 'schedule-webhookUrl-error' });
  const webhookFormat = select('schedule-webhookFormat', ['JSON', 'SLACK']);
  const emailFields = [field('schedule-recipients', 'Recipients (comma-separated)', recipients)];
  const webhookFields = [field('schedule-webhookUrl', 'Webhook URL', webhookUrl, true), field('schedule-webhookFormat', 'Webhook format', webhookFormat, true)];
  const channel = select('schedule-channel', ['EMAIL', 'WEBHOOK'], { onchange: e => {
    emailFields.forEach(f => { f.hidden = e.target.value !== 'EMAIL'; });
    webhookFields.forEach(f => { f.hidden = e.target.value !== 'WEBHOOK'; });
  } });
  const skipWhenEmpty = h('input', { id: 'schedule-skipWhenEmpty', type: 'checkbox' });
  const general = h('div', { class: 'field-error', id: 'schedule-error', 'aria-live': 'polite' });
  const controls = { savedReportId: report, frequency, dayOfWeek, dayOfMonth, localTime, timeZone, channel, recipients, webhookUrl, webhookFormat };
  return h('form', { class: 'goal-form', id: 'schedule-form', 'aria-label': 'Add a schedule', onsubmit: e => {
    e.preventDefault();
    const input = { savedReportId: report.value, frequency: frequency.value, localTime: localTime.value, channel: channel.value,
      skipWhenEmpty: skipWhenEmpty.checked };
    if (frequency.value === 'WEEKLY') input.dayOfWeek = dayOfWeek.value;
    if (frequency.value === 'MONTHLY') input.dayOfMonth = Number(dayOfMonth.value);
    if (timeZone.value.trim()) input.timeZone = timeZone.value.trim();
    if (channel.value === 'EMAIL') input.recipients = recipients.value.split(',').map(r => r.trim()).filter(Boolean);
    else { input.webhookUrl = webhookUrl.value; input.webhookFormat = webhookFormat.value; }
    mutate('createSchedule', input, { prefix: 'schedule', controls, general });
  } },
  h('h3', {}, 'Add a schedule'),
  h('div', { class: 'form-row' }, field('schedule-savedReportId', 'Saved report', report), field('schedule-frequency', 'Frequency', frequency),
    weekly, monthly, field('schedule-localTime', 'Local time', localTime), field('schedule-timeZone', 'Time zone (IANA)', timeZone),
    field('schedule-channel', 'Channel', channel), emailFields, webhookFields,
    h('div', { class: 'field' }, h('label', { for: 'schedule-skipWhenEmpty' }, 'Skip when empty'), skipWhenEmpty)),
  general,
  h('button', { type: 'submit', id: 'schedule-submit' }, 'Add schedule'));
}
