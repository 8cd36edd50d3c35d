import { h, clear, panel, chart, table, loading, errorBox, errorsFor, empty, label, num } from '../ui.js';
import { MODEL_NOTE, NEXT_STEPS } from './common.js';

const ALL = ['FIRST_TOUCH', 'LAST_TOUCH', 'LINEAR', 'TIME_DECAY', 'POSITION_BASED', 'W_SHAPED', 'FULL_PATH', 'DATA_DRIVEN'];

const QUERY = `query Models($period: DateRangeInput, $models: [AttributionModel!]!) {
  attributionComparison(period: $period, models: $models) {
    models
    channels { channel { name } results { model attributedRevenue { amount } conversions } }
    summary { conversions unattributedConversions }
  }
  markovModel(period: $period) {
    conversionProbability
    channels { channel { name } removalEffect share conversionProbabilityWithout }
    transitions { from to count probability }
  }
}`;

export async function models(target, context) {
  clear(target, h('h1', {}, 'Models'), loading('Running all eight models and the Markov chain…'));
  const result = await context.query(QUERY, { period: context.period, models: ALL });
  if (!result) return;
  const { data, errors } = result;
  context.periodError(errors);
  const c = context.currency;
  const comparison = data.attributionComparison;
  const comparisonErrors = errorsFor(errors, 'attributionComparison');
  const channelRows = comparison ? comparison.channels : [];
  const revenue = (row, model) => row.results.find(r => r.model === model).attributedRevenue.amount;

  const comparisonPanel = panel('Attributed revenue by model', { id: 'model-comparison', wide: true, description: MODEL_NOTE },
    comparisonErrors.length ? errorBox(comparisonErrors)
      : !comparison.summary.conversions ? empty('No conversions in this period: nothing to attribute.', NEXT_STEPS.conversions())
        : [chart('Attributed revenue per channel under each model', {
          tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } }, legend: { top: 0, type: 'scroll' },
          grid: { left: 70, right: 20, top: 40, bottom: 40 },
          xAxis: { type: 'category', data: channelRows.map(r => r.channel.name) },
          yAxis: { type: 'value', name: c },
          series: ALL.map(model => ({ name: label(model), type: 'bar', data: channelRows.map(r => Number(revenue(r, model))),
            itemStyle: model === context.model ? { borderColor: '#111', borderWidth: 2 } : {} })),
        }, { height: 340 }),
        table({ id: 'model-table', caption: 'Attributed revenue by model', csvName: 'attribution-comparison',
          columns: [{ key: 'channel', title: 'Channel', value: r => r.channel.name },
            ...ALL.map(model => ({ key: model, title: label(model) + (model === context.model ? ' ★' : ''), csvTitle: model, numeric: true,
              value: r => revenue(r, model), show: r => num(revenue(r, model)) }))],
          rows: channelRows }),
        comparison.summary.unattributedConversions ? h('p', { class: 'muted' },
          `${comparison.summary.unattributedConversions} of ${comparison.summary.conversions} conversions are unattributed under every model.`) : null]);

  const markov = data.markovModel;
  const markovErrors = errorsFor(errors, 'markovModel');
  const markovPanel = panel('Why DATA_DRIVEN says what it says', { id: 'markov', wide: true,
    description: 'DATA_DRIVEN shares each conversion by the channels\' removal effects in a Markov chain of all paths: how much the probability of converting drops when a channel is taken out.' },
  markovErrors.length ? errorBox(markovErrors)
    : !markov.channels.length ? empty('No paths in this period to build the chain from.', NEXT_STEPS.conversions())
      : [h('p', { id: 'markov-probability' }, 'P(conversion) over all paths: ', h('strong', {}, num(markov.conversionProbability))),
        chart('Removal effect per channel', {
          tooltip: { trigger: 'axis' }, grid: { left: 110, right: 30, top: 10, bottom: 30 },
          yAxis: { type: 'category', data: markov.channels.map(m => m.channel.name) },
          xAxis: { type: 'value', max: 1 },
          series: [{ name: 'Removal effect', type: 'bar', data: markov.channels.map(m => Number(m.removalEffect)) }],
        }, { height: Math.max(160, 44 * markov.channels.length) }),
        table({ id: 'markov-channels', caption: 'Removal effects', csvName: 'markov-removal-effects',
          columns: [
            { key: 'channel', title: 'Channel', value: m => m.channel.name },
            { key: 'effect', title: 'Removal effect', numeric: true, value: m => m.removalEffect, show: m => num(m.removalEffect) },
            { key: 'share', title: 'Share %', numeric: true, value: m => m.share, show: m => num(m.share) },
            { key: 'without', title: 'P(conversion) without it', numeric: true, value: m => m.conversionProbabilityWithout, show: m => num(m.conversionProbabilityWithout) },
          ], rows: markov.channels }),
        h('h3', {}, 'Transition probabilities'),
        table({ id: 'markov-transitions', caption: 'Transition probabilities', csvName: 'markov-transitions', pageSize: 25,
          columns: [
            { key: 'from', title: 'From', value: t => t.from },
            { key: 'to', title: 'To', value: t => t.to },
            { key: 'count', title: 'Count', numeric: true, value: t => t.count, show: t => num(t.count) },
            { key: 'probability', title: 'Probability', numeric: true, value: t => t.probability, show: t => num(t.probability) },
          ], rows: markov.transitions })]);

  clear(target, h('h1', {}, 'Models'), h('div', { class: 'grid' }, comparisonPanel, markovPanel));
}
