import { h, clear, panel, chart, table, loading, errorBox, errorsFor, empty, label, num } from '../ui.js';
import { NEXT_STEPS } from './common.js';

const QUERY = `query Channels($period: DateRangeInput, $attribution: AttributionInput) {
  channelPerformance(period: $period, attribution: $attribution) {
    channel { id name kind } cost { amount } attributedRevenue { amount } conversions assistedConversions
    roi { percent roas undefinedReason }
    byMediaType { mediaType attributedRevenue { amount } conversions assistedConversions roas }
  }
  attributionSummary(period: $period, attribution: $attribution) {
    conversions revenue { amount } unattributedConversions unattributedRevenue { amount }
    withoutChannelConversions withoutChannelRevenue { amount } cost { amount } unallocatedCost { amount }
  }
}`;

const MEDIA = [['PAID', 'Paid'], ['OWNED', 'Owned'], ['EARNED', 'Earned'], [null, 'Recorded source']];

export async function channels(target, context) {
  clear(target, h('h1', {}, 'Channels'), loading('Attributing every conversion to its channels…'));
  const result = await context.query(QUERY, { period: context.period, attribution: context.attribution });
  if (!result) return;
  const { data, errors } = result;
  context.periodError(errors);
  const c = context.currency;
  const rows = data.channelPerformance || [];
  const summary = data.attributionSummary;
  const performanceErrors = errorsFor(errors, 'channelPerformance');
  if (performanceErrors.length) {
    clear(target, h('h1', {}, 'Channels'), errorBox(performanceErrors));
    return;
  }
  if (!rows.length) {
    clear(target, h('h1', {}, 'Channels'), empty('No channels yet.', 'Create one with ', h('code', {}, 'createChannel'),
      ' (LinkedIn, Email, …); touchpoints name them by id or by their UTM source.'));
    return;
  }
  const revenueOf = (row, media) => {
    const line = row.byMediaType.find(m => m.mediaType === media);
    return line ? Number(line.attributedRevenue.amount) : 0;
  };
  const usedMedia = MEDIA.filter(([media]) => rows.some(r => revenueOf(r, media) !== 0));
  const quiet = rows.every(r => Number(r.cost.amount) === 0 && Number(r.attributedRevenue.amount) === 0);
  const barPanel = panel('Attributed revenue and cost per channel', { id: 'channel-chart', wide: true,
    description: `Revenue under ${label(context.model)}, split into paid, owned and earned touches; cost beside it, in ${c}.` },
  quiet ? empty('No costs or credited revenue in this period.', NEXT_STEPS.costs(), ' ', NEXT_STEPS.conversions())
    : chart('Attributed revenue by media type and cost per channel', {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } }, legend: { top: 0 },
      grid: { left: 70, right: 20, top: 40, bottom: 40 },
      xAxis: { type: 'category', data: rows.map(r => r.channel.name) },
      yAxis: { type: 'value', name: c },
      series: [
        ...usedMedia.map(([media, title]) => ({ name: `Revenue · ${title}`, type: 'bar', stack: 'revenue', data: rows.map(r => revenueOf(r, media)) })),
        { name: 'Cost', type: 'bar', data: rows.map(r => Number(r.cost.amount)), itemStyle: { color: '#9aa5b1' } },
      ],
    }, { height: 320 }));

  const tableRows = rows.map(r => ({ ...r, name: r.channel.name }));
  if (summary) {
    tableRows.push({ unattributed: true, name: 'Unattributed (no path, no known source)', channel: { kind: null },
      cost: summary.unallocatedCost, attributedRevenue: summary.unattributedRevenue, conversions: String(summary.unattributedConversions),
      assistedConversions: null, roi: { percent: null, roas: null, undefinedReason: 'Not a channel: unallocated cost and unattributed conversions.' } });
  }
  const channelTable = panel('Channels', { id: 'channels', wide: true,
    description: 'Cost is the entries recorded on the channel (and the channel-less entries of a single-channel campaign); the last row holds the cost on no channel and the conversions nobody can be credited with.' },
  table({ id: 'channel-table', caption: 'Channel performance', csvName: 'channels', rowClass: r => (r.unattributed ? 'unattributed' : null),
    columns: [
      { key: 'channel', title: 'Channel', value: r => r.name },
      { key: 'kind', title: 'Kind', value: r => r.channel.kind, show: r => label(r.channel.kind) },
      { key: 'cost', title: `Cost (${c})`, numeric: true, value: r => r.cost.amount, show: r => num(r.cost.amount) },
      { key: 'revenue', title: `Attributed revenue (${c})`, numeric: true, value: r => r.attributedRevenue.amount, show: r => num(r.attributedRevenue.amount) },
      { key: 'conversions', title: 'Conversions', numeric: true, value: r => r.conversions, show: r => num(r.conversions) },
      { key: 'assisted', title: 'Assisted', numeric: true, value: r => r.assistedConversions, show: r => num(r.assistedConversions) },
      { key: 'roi', title: 'ROI %', numeric: true, value: r => r.roi.percent, show: r => (r.roi.percent === null ? h('span', { title: r.roi.undefinedReason }, '—') : num(r.roi.percent)) },
      { key: 'roas', title: 'ROAS', numeric: true, value: r => r.roi.roas, show: r => num(r.roi.roas) },
    ], rows: tableRows }),
  summary && summary.withoutChannelConversions ? h('p', { class: 'muted' },
    `${summary.withoutChannelConversions} conversions (${num(summary.withoutChannelRevenue.amount)} ${c}) are credited to a campaign but no channel.`) : null,
  errorsFor(errors, 'attributionSummary').length ? errorBox(errorsFor(errors, 'attributionSummary')) : null);

  const mediaRows = rows.flatMap(r => r.byMediaType.map(m => ({ channel: r.channel.name, ...m })));
  const mediaPanel = panel('Paid, owned and earned', { id: 'media-types', wide: true,
    description: 'Each channel\'s revenue, conversions and assists by the media type of the credited touch; ROAS on paid touches only.' },
  mediaRows.length ? table({ id: 'media-table', caption: 'Paid, owned and earned per channel', csvName: 'channels-by-media-type',
    columns: [
      { key: 'channel', title: 'Channel', value: r => r.channel },
      { key: 'media', title: 'Media type', value: r => r.mediaType, show: r => (r.mediaType ? label(r.mediaType) : 'Recorded source') },
      { key: 'revenue', title: `Attributed revenue (${c})`, numeric: true, value: r => r.attributedRevenue.amount, show: r => num(r.attributedRevenue.amount) },
      { key: 'conversions', title: 'Conversions', numeric: true, value: r => r.conversions, show: r => num(r.conversions) },
      { key: 'assisted', title: 'Assisted', numeric: true, value: r => r.assistedConversions, show: r => num(r.assistedConversions) },
      { key: 'roas', title: 'ROAS', numeric: true, value: r => r.roas, show: r => num(r.roas) },
    ], rows: mediaRows }) : empty('No credited touches in this period.', NEXT_STEPS.conversions()));

  clear(target, h('h1', {}, 'Channels'), h('div', { class: 'grid' }, barPanel, channelTable, mediaPanel));
}
