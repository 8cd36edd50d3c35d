import { h, clear, panel, chart, table, loading, errorBox, errorsFor, empty, label, num } from '../ui.js';
import { NEXT_STEPS } from './common.js';

const QUERY = `query FunnelAndPaths($period: DateRangeInput) {
  funnel(period: $period) {
    rows { channel { name } stages { stage persons } transitions { from to conversionRate medianDays } }
    total { stages { stage persons } transitions { from to conversionRate medianDays } }
  }
  conversionPaths(first: 25, period: $period) {
    totalCount
    nodes { channels { name } conversions revenue { amount } averageTouches averageDaysToConversion }
  }
}`;

const STAGES = ['LEAD', 'MQL', 'SQL', 'OPPORTUNITY', 'SALE'];

export async function funnel(target, context) {
  clear(target, h('h1', {}, 'Funnel and paths'), loading('Counting persons per stage and grouping the paths…'));
  const result = await context.query(QUERY, { period: context.period });
  if (!result) return;
  const { data, errors } = result;
  context.periodError(errors);
  const c = context.currency;
  const f = data.funnel;
  const persons = (row, stage) => row.stages.find(s => s.stage === stage).persons;
  const rate = (row, to) => {
    const t = row.transitions.find(x => x.to === to);
    return t ? t.conversionRate : null;
  };
  const funnelErrors = errorsFor(errors, 'funnel');
  const funnelPanel = panel('LEAD → SALE funnel', { id: 'funnel', wide: true,
    description: 'Persons per stage in the period, each in the row of their first-touch channel; the rate is persons(stage) × 100 / persons(stage before).' },
  funnelErrors.length ? errorBox(funnelErrors)
    : STAGES.every(s => persons(f.total, s) === 0) ? empty('No leads, opportunities or sales in this period.', NEXT_STEPS.conversions())
      : [chart('Persons per stage, all channels', {
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        grid: { left: 110, right: 40, top: 10, bottom: 30 },
        yAxis: { type: 'category', inverse: true, data: STAGES.map(label) },
        xAxis: { type: 'value', minInterval: 1 },
        series: [{ name: 'Persons', type: 'bar', label: { show: true, position: 'right' }, data: STAGES.map(s => persons(f.total, s)) }],
      }, { height: 240 }),
      table({ id: 'funnel-table', caption: 'Funnel per first-touch channel', csvName: 'funnel',
        columns: [
          { key: 'channel', title: 'First-touch channel', value: r => (r.total ? 'All channels' : r.channel ? r.channel.name : 'Unattributed') },
          ...STAGES.flatMap((s, i) => [
            { key: s, title: label(s), numeric: true, value: r => persons(r, s), show: r => num(persons(r, s)) },
            ...(i ? [{ key: `${s}-rate`, title: `→ ${label(s)} %`, numeric: true, value: r => rate(r, s), show: r => num(rate(r, s)) }] : []),
          ]),
        ], rows: [...f.rows, { ...f.total, total: true }], rowClass: r => (r.total ? 'total' : null) })]);

  const paths = data.conversionPaths;
  const pathErrors = errorsFor(errors, 'conversionPaths');
  const pathsPanel = panel('Top conversion paths', { id: 'paths', wide: true,
    description: `Conversions grouped by their channel path (repeats of a channel collapsed), most frequent first${paths && paths.totalCount > 25 ? `; the top 25 of ${paths.totalCount}` : ''}.` },
  pathErrors.length ? errorBox(pathErrors)
    : !paths.nodes.length ? empty('No conversions in this period.', NEXT_STEPS.conversions())
      : table({ id: 'path-table', caption: 'Top conversion paths', csvName: 'conversion-paths',
        columns: [
          { key: 'path', title: 'Path', value: p => p.channels.map(ch => ch.name).join(' > ') || '(no channel)',
            show: p => (p.channels.length ? h('span', { class: 'path-line' }, p.channels.map((ch, i) => [i ? h('span', { class: 'arrow', 'aria-hidden': 'true' }, ' → ') : null, h('span', { class: 'chip' }, ch.name)])) : '(no channel)') },
          { key: 'conversions', title: 'Conversions', numeric: true, value: p => p.conversions, show: p => num(p.conversions) },
          { key: 'revenue', title: `Revenue (${c})`, numeric: true, value: p => p.revenue.amount, show: p => num(p.revenue.amount) },
          { key: 'touches', title: 'Avg touches', numeric: true, value: p => p.averageTouches, show: p => num(p.averageTouches) },
          { key: 'days', title: 'Avg days to convert', numeric: true, value: p => p.averageDaysToConversion, show: p => num(p.averageDaysToConversion) },
        ], rows: paths.nodes }));

  clear(target, h('h1', {}, 'Funnel and paths'), h('div', { class: 'grid' }, funnelPanel, pathsPanel));
}
