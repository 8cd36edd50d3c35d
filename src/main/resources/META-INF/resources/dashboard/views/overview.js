import { h, clear, panel, tile, chart, table, dataTable, loading, errorBox, errorsFor, empty, money, moneyWithCode, percent, label, num, sumDecimals } from '../ui.js';
import { seriesPeriod, granularity, NEXT_STEPS } from './common.js';

const QUERY = `query Overview($period: DateRangeInput, $attribution: AttributionInput, $series: DateRangeInput!, $granularity: Granularity!) {
  workspaceRoi(period: $period, attribution: $attribution) {
    cost { amount currencyCode } revenue { amount currencyCode } netReturn { amount currencyCode }
    percent roas undefinedReason valuePercent
    valueReturns { total { amount currencyCode } attributedActionValue { amount } earnedMediaValue { amount } serviceSavings { amount } }
  }
  attributionSummary(period: $period, attribution: $attribution) {
    conversions unattributedConversions unattributedRevenue { amount } unallocatedCost { amount }
  }
  roiSeries: timeSeries(metric: ROI, granularity: $granularity, period: $series, attribution: $attribution) {
    points { start end value undefinedReason }
  }
  active: campaigns(first: 100) { totalCount nodes { costBreakdown(period: $period) { category total { amount } } } }
  archived: campaigns(first: 100, filter: { status: ARCHIVED }) { totalCount nodes { costBreakdown(period: $period) { category total { amount } } } }
}`;

export async function overview(target, context) {
  const { period: series, note } = seriesPeriod(context);
  clear(target, h('h1', {}, 'Overview'), loading('Computing the overview: ROI, its series and the costs…'));
  const result = await context.query(QUERY, { period: context.period, attribution: context.attribution, series, granularity: granularity(series) });
  if (!result) return;
  const { data, errors } = result;
  context.periodError(errors);
  const roi = data.workspaceRoi;
  const summary = data.attributionSummary;
  const tiles = roi ? h('div', { class: 'tiles', id: 'tiles' },
    tile('Total cost', money(roi.cost), 'Every cost entry of the period (ad spend, labor as hours × rate, tools, agencies, content, …), converted into the reporting currency at the rate of its day.', { unit: roi.cost.currencyCode, id: 'tile-cost' }),
    tile('Revenue', money(roi.revenue), 'The revenue of every conversion of the period. Attributed to channels and campaigns by the chosen model; at the workspace level the credits add up to the whole revenue.', {
      unit: roi.revenue.currencyCode, id: 'tile-revenue', note: summary ? `${num(summary.unattributedRevenue.amount)} of it unattributed (${summary.unattributedConversions} of ${summary.conversions} conversions)` : null }),
    tile('ROI', roi.percent === null ? '—' : num(roi.percent), '(revenue − cost) × 100 / cost, rounded half-up to 2 decimals; undefined when cost is 0.', {
      unit: roi.percent === null ? null : '%', id: 'tile-roi', note: roi.undefinedReason || `net return ${moneyWithCode(roi.netReturn)}` }),
    tile('ROAS', num(roi.roas), 'revenue / ad spend (AD_SPEND costs only), 2 decimals; undefined without ad spend.', { unit: roi.roas === null ? null : '×', id: 'tile-roas' }),
    tile('Value-based ROI', roi.valuePercent === null ? '—' : num(roi.valuePercent), '(revenue + action value + earned media value + service savings − cost) × 100 / cost: the returns that are not sales yet, beside the revenue ROI.', {
      unit: roi.valuePercent === null ? null : '%', id: 'tile-value-roi', note: roi.valueReturns ? `value returns ${moneyWithCode(roi.valueReturns.total)}` : null })) : null;
  const roiErrors = errorsFor(errors, 'workspaceRoi', 'attributionSummary');
  const nothing = roi && roi.cost.amount === '0.00' && roi.revenue.amount === '0.00' && summary && summary.conversions === 0;

  const points = data.roiSeries ? data.roiSeries.points : [];
  const seriesPanel = panel(`ROI over time${note}`, { id: 'roi-over-time' },
    errorsFor(errors, 'roiSeries').length ? errorBox(errorsFor(errors, 'roiSeries'))
      : points.every(p => p.value === null) ? empty('No bucket of this period has costs, so ROI is undefined everywhere.', NEXT_STEPS.costs())
        : [chart('ROI per bucket in percent', {
          tooltip: { trigger: 'axis', valueFormatter: v => (v === null || v === undefined ? 'undefined (no cost)' : `${v} %`) },
          grid: { left: 60, right: 16, top: 20, bottom: 40 },
          xAxis: { type: 'category', data: points.map(p => p.start) },
          yAxis: { type: 'value', axisLabel: { formatter: '{value} %' } },
          series: [{ name: 'ROI', type: 'bar', barMaxWidth: 28, data: points.map(p => (p.value === null ? null
            : { value: Number(p.value), itemStyle: { color: Number(p.value) < 0 ? '#d1495b' : '#3559c7' } })) }],
        }, { height: 260 }), dataTable(table({ id: 'roi-series-table', caption: 'ROI per bucket', csvName: 'roi-over-time', sortable: false,
          columns: [
            { key: 'start', title: 'From', value: p => p.start },
            { key: 'end', title: 'To', value: p => p.end },
            { key: 'roi', title: 'ROI %', numeric: true, value: p => p.value, show: p => (p.value === null ? h('span', { title: p.undefinedReason }, '—') : num(p.value)) },
          ], rows: points }))]);

  const campaignErrors = errorsFor(errors, 'active', 'archived');
  const breakdowns = [...(data.active ? data.active.nodes : []), ...(data.archived ? data.archived.nodes : [])].map(c => c.costBreakdown);
  const categories = {};
  for (const breakdown of breakdowns) for (const line of breakdown) (categories[line.category] ||= []).push(line.total.amount);
  const categoryRows = Object.entries(categories).map(([category, amounts]) => ({ category, amount: sumDecimals(amounts) }))
    .filter(r => Number(r.amount) !== 0);
  const more = data.active && (data.active.totalCount > 100 || data.archived.totalCount > 100);
  const costPanel = panel('Cost by category', { id: 'cost-by-category', description: more ? 'The first 100 campaigns of each status.' : null },
    campaignErrors.length ? errorBox(campaignErrors)
      : !categoryRows.length ? empty('No costs in this period.', NEXT_STEPS.costs(), ' ', NEXT_STEPS.period())
        : [chart('Cost by category', {
          tooltip: { trigger: 'item', valueFormatter: v => `${v} ${context.currency}` },
          series: [{ type: 'pie', radius: ['45%', '70%'], label: { formatter: '{b}: {d} %' },
            data: categoryRows.map(r => ({ name: label(r.category), value: Number(r.amount) })) }],
        }, { height: 260 }), table({ id: 'cost-category-table', caption: 'Cost by category', csvName: 'cost-by-category',
          columns: [
            { key: 'category', title: 'Category', value: r => r.category, show: r => label(r.category) },
            { key: 'amount', title: `Cost (${context.currency})`, numeric: true, value: r => r.amount, show: r => num(r.amount) },
          ], rows: categoryRows })]);

  clear(target, h('h1', {}, 'Overview'),
    roiErrors.length ? errorBox(roiErrors) : null,
    nothing ? empty('Nothing recorded in this period yet.', NEXT_STEPS.costs(), ' ', NEXT_STEPS.conversions(), ' ', NEXT_STEPS.period()) : null,
    tiles,
    h('div', { class: 'grid' }, seriesPanel, costPanel));
}
