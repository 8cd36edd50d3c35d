import { h, clear, panel, tile, chart, table, dataTable, instant, loading, errorBox, errorsFor, empty, money, moneyWithCode, percent, label, num } from '../ui.js';
import { graphql } from '../api.js';
import { seriesPeriod, granularity, NEXT_STEPS } from './common.js';

const PAGE = `query Campaigns($after: String, $status: [CampaignStatus!], $period: DateRangeInput, $attribution: AttributionInput) {
  campaigns(first: 100, after: $after, filter: { status: $status }) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id name status objective
      roi(period: $period, attribution: $attribution) { cost { amount } revenue { amount } percent roas undefinedReason valuePercent }
      goals { id name progress { status } }
      pacing { status alert spentPercent costToDate { amount } plannedToDate { amount } budget { amount } } }
  }
}`;

// the worst status first: a campaign with one missed goal is shown as missed
const GOAL_ORDER = ['MISSED', 'AT_RISK', 'ON_TRACK', 'MET'];

function goalSummary(goals) {
  if (!goals.length) return null;
  const statuses = goals.map(g => g.progress.status);
  return GOAL_ORDER.find(s => statuses.includes(s));
}

function statusBadge(status) {
  return status ? h('span', { class: `badge ${status.toLowerCase().replace('_', '-')}` }, label(status)) : '—';
}

/** Fully loaded cost to date against the budget pro rata by days (Campaign.pacing), and its status and alert. */
function pacing(p) {
  if (p.status === 'NO_BUDGET') return h('span', { class: 'muted' }, 'no budget');
  const alert = p.alert === 'NONE' ? null : h('span', { class: `badge ${p.alert === 'EXCEEDED' ? 'missed' : 'at-risk'}`,
    title: p.alert === 'EXCEEDED' ? 'Spent more than the budget' : 'Spent past the warning threshold of the budget' }, label(p.alert));
  const status = h('span', { class: `badge ${p.status === 'OVER_PACE' ? 'at-risk' : 'on-track'}` }, label(p.status));
  return h('span', { class: 'pacing' },
    h('span', { class: 'pacing-figures' }, `${num(p.costToDate.amount)} / ${p.plannedToDate ? num(p.plannedToDate.amount) : '—'}`),
    p.spentPercent === null ? null : h('span', { class: 'muted pacing-percent' }, ` (${num(p.spentPercent)} % of ${num(p.budget.amount)})`),
    ' ', status, alert ? [' ', alert] : null);
}

/** Every campaign (pages of 100 through the connection's cursor), archived ones on request. */
async function allCampaigns(context, status) {
  const rows = [];
  let after = null;
  for (let page = 0; page < 20; page++) {
    const result = await context.query(PAGE, { after, status, period: context.period, attribution: context.attribution });
    if (!result) return null;
    if (result.errors.length) return { rows, errors: result.errors };
    rows.push(...result.data.campaigns.nodes);
    if (!result.data.campaigns.pageInfo.hasNextPage) break;
    after = result.data.campaigns.pageInfo.endCursor;
  }
  return { rows, errors: [] };
}

export async function campaigns(target, context) {
  clear(target, h('h1', {}, 'Campaigns'), loading('Computing every campaign\'s cost, revenue and ROI…'));
  const showArchived = new URLSearchParams(location.hash.split('?')[1] || '').get('archived') === '1';
  const result = await allCampaigns(context, showArchived ? ["ARCHIVED"] : null);
  if (!result) return;
  context.periodError(result.errors);
  const base = context.routeHash(context.route);
  const toggle = h('a', { class: 'link', id: 'archived-toggle', href: showArchived ? base : `${base}${base.includes('?') ? '&' : '?'}archived=1` },
    showArchived ? 'Show current campaigns' : 'Show archived campaigns');
  if (result.errors.length) {
    clear(target, h('h1', {}, 'Campaigns'), errorBox(result.errors));
    return;
  }
  if (!result.rows.length) {
    clear(target, h('h1', {}, 'Campaigns'), empty(showArchived ? 'No archived campaigns.' : 'No campaigns yet.', NEXT_STEPS.campaigns()), toggle);
    return;
  }
  const c = context.currency;
  clear(target, h('h1', {}, 'Campaigns'),
    panel(showArchived ? 'Archived campaigns' : 'Campaigns', { id: 'campaigns', wide: true,
      description: `Under ${label(context.model)}; amounts in ${c}. Sort by any column; open a campaign for its costs, series, goals and conversions.` },
    table({ id: 'campaign-table', caption: 'Campaigns', csvName: 'campaigns', pageSize: 20,
      columns: [
        { key: 'name', title: 'Campaign', value: r => r.name,
          show: r => h('a', { href: context.routeHash({ ...context.route, view: 'campaign', id: r.id }) }, r.name) },
        { key: 'status', title: 'Status', value: r => r.status, show: r => label(r.status) },
        { key: 'cost', title: `Cost (${c})`, numeric: true, value: r => r.roi.cost.amount, show: r => num(r.roi.cost.amount) },
        { key: 'revenue', title: `Revenue (${c})`, numeric: true, value: r => r.roi.revenue.amount, show: r => num(r.roi.revenue.amount) },
        { key: 'roi', title: 'ROI %', numeric: true, value: r => r.roi.percent, show: r => (r.roi.percent === null ? h('span', { title: r.roi.undefinedReason }, '—') : num(r.roi.percent)) },
        { key: 'roas', title: 'ROAS', numeric: true, value: r => r.roi.roas, show: r => num(r.roi.roas) },
        { key: 'valueRoi', title: 'Value ROI %', numeric: true, value: r => r.roi.valuePercent, show: r => num(r.roi.valuePercent) },
        { key: 'pacing', title: 'Pacing (spent / planned)', numeric: true, value: r => r.pacing.spentPercent, show: r => pacing(r.pacing) },
        { key: 'goals', title: 'Goals', value: r => goalSummary(r.goals), show: r => statusBadge(goalSummary(r.goals)) },
      ], rows: result.rows })), toggle);
}

const DETAIL = `query Campaign($id: ID!, $period: DateRangeInput, $attribution: AttributionInput, $series: DateRangeInput!, $granularity: Granularity!) {
  campaign(id: $id) {
    id name status objective startDate endDate utmCampaign budget { amount currencyCode } channels { name }
    roi(period: $period, attribution: $attribution) {
      cost { amount currencyCode } revenue { amount currencyCode } netReturn { amount currencyCode } percent roas undefinedReason valuePercent }
    costBreakdown(period: $period) { category total { amount } }
    goals { id name metric target deadline attributionModel
      progress { status currentValue progressPercent projectedValue undefinedReason periodTo } }
  }
  cost: timeSeries(metric: COST, granularity: $granularity, period: $series, campaignId: $id) { points { start value } }
  revenue: timeSeries(metric: REVENUE, granularity: $granularity, period: $series, campaignId: $id, attribution: $attribution) { points { start value } }
  conversions(first: 100) {
    totalCount
    nodes { id personKey occurredAt type revenue { amount currencyCode }
      credits(attribution: $attribution, period: $period) {
        campaign { id name } channel { name } revenue { amount } conversions touchpoint { occurredAt mediaType } } }
  }
}`;

export async function campaignDetail(target, context) {
  const { period: series, note } = seriesPeriod(context);
  clear(target, h('h1', {}, 'Campaign'), loading('Computing the campaign\'s figures…'));
  const result = await context.query(DETAIL, { id: context.route.id, period: context.period, attribution: context.attribution, series, granularity: granularity(series) });
  if (!result) return;
  const { data, errors } = result;
  context.periodError(errors);
  const back = h('a', { class: 'link back', href: context.routeHash({ ...context.route, view: 'campaigns', id: null }) }, '← All campaigns');
  const campaign = data.campaign;
  if (!campaign) {
    clear(target, back, h('h1', {}, 'Campaign'), errorsFor(errors, 'campaign').length ? errorBox(errorsFor(errors, 'campaign'))
      : empty('No such campaign in this workspace.', 'It may belong to another workspace: pick it above, or go back to the list.'));
    return;
  }
  const c = context.currency;
  const roi = campaign.roi;
  const facts = h('p', { class: 'muted' }, `${label(campaign.objective)} · ${label(campaign.status)} · ${campaign.startDate} – ${campaign.endDate || 'open'}`,
    campaign.budget ? ` · budget ${moneyWithCode(campaign.budget)}` : '',
    campaign.channels.length ? ` · ${campaign.channels.map(ch => ch.name).join(', ')}` : '');
  const tiles = roi ? h('div', { class: 'tiles' },
    tile('Cost', money(roi.cost), 'The campaign\'s cost entries of the period, in the reporting currency.', { unit: roi.cost.currencyCode, id: 'tile-cost' }),
    tile('Attributed revenue', money(roi.revenue), `Revenue credited to this campaign under ${label(context.model)}.`, { unit: roi.revenue.currencyCode, id: 'tile-revenue' }),
    tile('ROI', roi.percent === null ? '—' : num(roi.percent), '(revenue − cost) × 100 / cost, 2 decimals; undefined when cost is 0.', { unit: roi.percent === null ? null : '%', id: 'tile-roi', note: roi.undefinedReason }),
    tile('ROAS', num(roi.roas), 'revenue / ad spend (AD_SPEND costs only).', { unit: roi.roas === null ? null : '×', id: 'tile-roas' }),
    tile('Value-based ROI', roi.valuePercent === null ? '—' : num(roi.valuePercent), '(revenue + action value + earned media value + service savings − cost) × 100 / cost.', { unit: roi.valuePercent === null ? null : '%', id: 'tile-value-roi' })) : null;

  const breakdown = (campaign.costBreakdown || []).filter(line => Number(line.total.amount) !== 0);
  const costPanel = panel('Cost breakdown', { id: 'cost-breakdown' },
    errorsFor(errors, 'campaign').length ? errorBox(errorsFor(errors, 'campaign'))
      : !breakdown.length ? empty('No costs for this campaign in this period.', NEXT_STEPS.costs())
        : table({ id: 'cost-breakdown-table', caption: 'Cost breakdown', csvName: 'campaign-cost-breakdown',
          columns: [
            { key: 'category', title: 'Category', value: r => r.category, show: r => label(r.category) },
            { key: 'amount', title: `Cost (${c})`, numeric: true, value: r => r.total.amount, show: r => num(r.total.amount) },
          ], rows: breakdown }));

  const costPoints = data.cost ? data.cost.points : [];
  const revenuePoints = data.revenue ? data.revenue.points : [];
  const seriesErrors = errorsFor(errors, 'cost', 'revenue');
  const seriesPanel = panel(`Cost and revenue over time${note}`, { id: 'campaign-series', wide: true },
    seriesErrors.length ? errorBox(seriesErrors) : [chart('Cost and attributed revenue per bucket', {
      tooltip: { trigger: 'axis' }, legend: { top: 0 },
      grid: { left: 70, right: 20, top: 36, bottom: 40 },
      xAxis: { type: 'category', data: costPoints.map(p => p.start) },
      yAxis: { type: 'value', name: c },
      series: [
        { name: 'Cost', type: 'bar', data: costPoints.map(p => Number(p.value || 0)) },
        { name: 'Attributed revenue', type: 'bar', data: revenuePoints.map(p => Number(p.value || 0)) },
      ],
    }), dataTable(table({ id: 'campaign-series-table', caption: 'Cost and revenue per bucket', csvName: 'campaign-series', sortable: false,
      columns: [
        { key: 'start', title: 'From', value: r => r.start },
        { key: 'cost', title: `Cost (${c})`, numeric: true, value: r => r.cost, show: r => num(r.cost) },
        { key: 'revenue', title: `Revenue (${c})`, numeric: true, value: r => r.revenue, show: r => num(r.revenue) },
      ], rows: costPoints.map((p, i) => ({ start: p.start, cost: p.value, revenue: revenuePoints[i] ? revenuePoints[i].value : null })) }))]);

  const goalsPanel = panel('Goals', { id: 'goals' },
    campaign.goals.length ? table({ id: 'goal-table', caption: 'Goals', csvName: 'campaign-goals',
      columns: [
        { key: 'name', title: 'Goal', value: g => g.name },
        { key: 'metric', title: 'Metric', value: g => g.metric, show: g => label(g.metric) },
        { key: 'target', title: 'Target', numeric: true, value: g => g.target, show: g => num(g.target) },
        { key: 'current', title: 'Now', numeric: true, value: g => g.progress.currentValue, show: g => (g.progress.currentValue === null ? h('span', { title: g.progress.undefinedReason }, '—') : num(g.progress.currentValue)) },
        { key: 'progress', title: 'Progress %', numeric: true, value: g => g.progress.progressPercent, show: g => num(g.progress.progressPercent) },
        { key: 'projected', title: 'Projected', numeric: true, value: g => g.progress.projectedValue, show: g => num(g.progress.projectedValue) },
        { key: 'deadline', title: 'Deadline', value: g => g.deadline },
        { key: 'status', title: 'Status', value: g => g.progress.status, show: g => statusBadge(g.progress.status) },
      ], rows: campaign.goals }) : empty('No goals for this campaign yet.', context.canWrite ? 'Add one below.' : 'An ANALYST or ADMIN can add one.'),
    context.canWrite ? goalForm(campaign, context) : null);

  const conversionErrors = errorsFor(errors, 'conversions');
  const credited = data.conversions ? data.conversions.nodes
    .map(conv => ({ ...conv, mine: conv.credits.filter(cr => cr.campaign && cr.campaign.id === campaign.id && (Number(cr.revenue.amount) !== 0 || Number(cr.conversions) !== 0)) }))
    .filter(conv => conv.mine.length) : [];
  const conversionsPanel = panel('Conversions and their credited paths', { id: 'campaign-conversions', wide: true,
    description: `The conversions credited to this campaign under ${label(context.model)}, each with the touches that got credit${data.conversions && data.conversions.totalCount > 100 ? ' (among the latest 100 conversions of the workspace)' : ''}.` },
  conversionErrors.length ? errorBox(conversionErrors) : !credited.length ? empty('No conversion is credited to this campaign in this period.', NEXT_STEPS.conversions())
    : table({ id: 'conversion-table', caption: 'Credited conversions', csvName: 'campaign-conversions', pageSize: 20,
      columns: [
        { key: 'occurredAt', title: 'When', value: r => r.occurredAt, show: r => instant(r.occurredAt) },
        { key: 'person', title: 'Person', value: r => r.personKey },
        { key: 'type', title: 'Type', value: r => r.type, show: r => label(r.type) },
        { key: 'revenue', title: 'Revenue', numeric: true, value: r => (r.revenue ? r.revenue.amount : null), show: r => moneyWithCode(r.revenue) },
        { key: 'path', title: 'Credited path', value: r => r.credits.map(cr => `${cr.channel ? cr.channel.name : 'no channel'}${cr.campaign ? ' / ' + cr.campaign.name : ''}: ${cr.revenue.amount}`).join(' > '),
          show: r => h('ol', { class: 'path' }, r.credits.map(cr => h('li', { class: cr.campaign && cr.campaign.id === campaign.id ? 'mine' : '' },
            `${cr.channel ? cr.channel.name : 'no channel'}${cr.campaign ? ' · ' + cr.campaign.name : ''}`,
            cr.touchpoint ? h('span', { class: 'muted' }, ` ${cr.touchpoint.occurredAt.slice(0, 10)} ${label(cr.touchpoint.mediaType)}`) : null,
            h('strong', {}, ` ${num(cr.revenue.amount)} ${c}`)))) },
        { key: 'credited', title: `Credited to campaign (${c})`, numeric: true,
          value: r => r.mine.map(cr => cr.revenue.amount).reduce((a, b) => (Number(a) >= Number(b) ? a : b)),
          show: r => r.mine.map(cr => num(cr.revenue.amount)).join(' + ') },
      ], rows: credited }));

  clear(target, back, h('h1', {}, campaign.name), facts, errorsFor(errors, 'campaign').length ? errorBox(errorsFor(errors, 'campaign')) : null,
    tiles, h('div', { class: 'grid' }, seriesPanel, costPanel, goalsPanel, conversionsPanel));
}

const METRICS = ['REVENUE', 'ROI', 'ROAS', 'NET_RETURN', 'COST', 'CONVERSIONS', 'ATTRIBUTED_VALUE', 'VALUE_ROI', 'CLICKS',
  'IMPRESSIONS', 'ENGAGEMENTS', 'ENGAGEMENT_RATE', 'CLICK_THROUGH_RATE', 'FOLLOWERS_GAINED', 'NET_FOLLOWERS',
  'EARNED_MEDIA_VALUE', 'SERVICE_SAVINGS'];

const CREATE_GOAL = `mutation CreateGoal($input: CreateGoalInput!) {
  createGoal(input: $input) { goal { id name } userErrors { field code message } }
}`;

/** createGoal, with each userError shown under the field it names. */
function goalForm(campaign, context) {
  const field = (id, text, control) => h('div', { class: 'field' }, h('label', { for: id }, text), control,
    h('div', { class: 'field-error', id: `${id}-error`, 'aria-live': 'polite' }));
  const name = h('input', { id: 'goal-name', name: 'name', type: 'text', maxlength: '200', 'aria-describedby': 'goal-name-error' });
  const metric = h('select', { id: 'goal-metric', name: 'metric', 'aria-describedby': 'goal-metric-error' }, METRICS.map(m => h('option', { value: m }, label(m))));
  const target = h('input', { id: 'goal-target', name: 'target', type: 'text', inputmode: 'decimal', 'aria-describedby': 'goal-target-error' });
  const deadline = h('input', { id: 'goal-deadline', name: 'deadline', type: 'date', 'aria-describedby': 'goal-deadline-error' });
  const general = h('div', { class: 'field-error', id: 'goal-error', 'aria-live': 'polite' });
  const controls = { name, metric, target, deadline };
  const form = h('form', { class: 'goal-form', id: 'goal-form', 'aria-label': 'Add a goal', onsubmit: async e => {
    e.preventDefault();
    for (const [key, control] of Object.entries(controls)) { control.removeAttribute('aria-invalid'); clear(document.getElementById(`goal-${key}-error`)); }
    clear(general);
    const input = { campaignId: campaign.id, name: name.value, metric: metric.value, target: target.value, deadline: deadline.value || null };
    if (context.attribution) input.attribution = context.attribution;
    try {
      const { data, errors } = await graphql(CREATE_GOAL, { input });
      if (errors.length) { clear(general, errorBox(errors)); return; }
      const userErrors = data.createGoal.userErrors;
      if (!userErrors.length) { window.dispatchEvent(new HashChangeEvent('hashchange')); return; }
      for (const error of userErrors) {
        const key = error.field[error.field.length - 1];
        const control = controls[key];
        const words = `${error.message} (${error.code})`;
        if (control) {
          control.setAttribute('aria-invalid', 'true');
          document.getElementById(`goal-${key}-error`).append(h('p', { class: 'user-error', dataset: { code: error.code } }, words));
        } else {
          general.append(h('p', { class: 'user-error', dataset: { code: error.code } }, `${error.field.join('.')}: ${words}`));
        }
      }
    } catch (error) {
      clear(general, errorBox([{ message: error.message }]));
    }
  } },
  h('h3', {}, 'Add a goal'),
  h('div', { class: 'form-row' },
    field('goal-name', 'Name', name), field('goal-metric', 'Metric', metric),
    field('goal-target', 'Target', target), field('goal-deadline', 'Deadline', deadline)),
  general,
  h('button', { type: 'submit', id: 'goal-submit' }, 'Add goal'));
  return form;
}
