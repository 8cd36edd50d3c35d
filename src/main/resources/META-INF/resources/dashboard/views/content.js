// The Content view: what each content type earns (per post, beside the total), when to post, who each channel's
// audience is, and whether sentiment moves revenue.
import { h, clear, panel, chart, table, numberColumn, loading, errorBox, errorsFor, empty, label, num, instant, dataTable, downloadCsv } from '../ui.js';
import { seriesPeriod } from './common.js';

const CHANNELS = 'query ContentChannels { channels { id name } }';

const QUERY = `query Content($period: DateRangeInput, $sentimentPeriod: DateRangeInput!, $attribution: AttributionInput,
  $channelId: ID, $groupBy: ContentGroupBy!, $metric: PostingTimeMetric!, $timeZone: String!,
  $compare: [String!]!, $compareOn: Date!, $withAudiences: Boolean!) {
  byType: contentPerformance(period: $period, groupBy: CONTENT_TYPE, channelId: $channelId, attribution: $attribution) {
    contentType posts engagementRate attributedRevenue { amount }
  }
  groups: contentPerformance(period: $period, groupBy: $groupBy, channelId: $channelId, attribution: $attribution) {
    rank contentType tag post { externalId publishedAt contentType url }
    posts impressions engagements engagementRate clicks clickThroughRate rateUndefinedReason
    attributedConversions attributedRevenue { amount } productionCost { amount } costPerEngagement { amount } roi costUndefinedReason
    median { impressions engagements engagementRate clicks attributedConversions attributedRevenue { amount } }
  }
  postingTimes(period: $period, channelId: $channelId, metric: $metric, timeZone: $timeZone, attribution: $attribution) {
    timeZone minimumSample
    cells { weekday hour posts sampleSize median undefinedReason }
    best { weekday hour posts sampleSize median }
  }
  audienceComparison(channelIds: $compare, date: $compareOn) @include(if: $withAudiences) {
    date differences { dimension segment spread shares { channelId share snapshotDate } }
  }
  sentimentImpact(period: $sentimentPeriod, attribution: $attribution) {
    warning
    days { date mentions positive neutral negative netSentiment attributedRevenue { amount } customersWon retention }
    revenue { lagDays r low high sampleSize undefinedReason }
  }
}`;

const GROUPS = [['CONTENT_TYPE', 'Content type'], ['TAG', 'Tag'], ['POST', 'Post']];
const METRICS = [['ENGAGEMENT_RATE', 'Engagement rate %'], ['CLICKS', 'Clicks'], ['ATTRIBUTED_CONVERSIONS', 'Attributed conversions']];
const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const MAX_COMPARED = 10;

/** The browser's own IANA zone, the heatmap's default. */
export function browserTimeZone() {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

function timeZones(chosen) {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set(['UTC', chosen, ...zones])].sort((a, b) => (a === 'UTC' ? -1 : b === 'UTC' ? 1 : a.localeCompare(b)));
}

export async function content(target, context) {
  const { route } = context;
  clear(target, h('h1', {}, 'Content'), loading('Adding up the posts, their hours, the audiences and the sentiment…'));
  const listed = await context.query(CHANNELS, {});
  if (!listed) return;
  const channels = listed.data.channels || [];
  const channelId = channels.some(c => c.id === route.channel) ? route.channel : null;
  const groupBy = GROUPS.some(([g]) => g === route.group) ? route.group : 'CONTENT_TYPE';
  const metric = METRICS.some(([m]) => m === route.metric) ? route.metric : 'ENGAGEMENT_RATE';
  const timeZone = route.tz || browserTimeZone();
  const compare = route.compare !== null
    ? route.compare.split(',').filter(id => channels.some(c => c.id === id)).slice(0, MAX_COMPARED)
    : channels.slice(0, MAX_COMPARED).map(c => c.id);
  const compareOn = route.on || (context.period ? context.period.to : new Date().toISOString().slice(0, 10));
  const sentiment = seriesPeriod(context);

  const result = await context.query(QUERY, {
    period: context.period, sentimentPeriod: sentiment.period, attribution: context.attribution, channelId, groupBy,
    metric, timeZone, compare, compareOn, withAudiences: compare.length >= 2,
  });
  if (!result) return;
  const { data, errors } = result;
  context.periodError(errors);
  const settings = { channels, channelId, groupBy, metric, timeZone, compare, compareOn };

  const channelPicker = h('form', { class: 'controls', 'aria-label': 'Content settings', onsubmit: e => e.preventDefault() },
    h('div', { class: 'control' }, h('label', { for: 'content-channel' }, 'Posts of'),
      h('select', { id: 'content-channel', onchange: e => context.go({ channel: e.target.value || null }) },
        h('option', { value: '', selected: !channelId }, 'All channels'),
        channels.map(c => h('option', { value: c.id, selected: c.id === channelId }, c.name)))));

  clear(target, h('h1', {}, 'Content'), channelPicker, h('div', { class: 'grid' },
    typePanel(data, errors, context),
    groupPanel(data, errors, context, settings),
    heatmapPanel(data, errors, context, settings),
    audiencePanel(data, errors, context, settings),
    sentimentPanel(data, errors, context, sentiment.note)));
}

const NO_POSTS = () => empty('No posts published in this period.', 'Record them with ', h('code', {}, 'recordPosts'),
  ' (type, tags, the utm_content key of their links, lifetime metrics), or pick a longer period above.');

function typePanel(data, errors, context) {
  const c = context.currency;
  const rows = data.byType || [];
  return panel('Revenue and engagement rate per content type', { id: 'content-types', wide: true,
    description: `Revenue credited under ${label(context.model)} to the touchpoints carrying the posts' utm_content keys, in ${c}; engagement rate = engagements × 100 / impressions.` },
  errorsFor(errors, 'byType').length ? errorBox(errorsFor(errors, 'byType'))
    : !rows.length ? NO_POSTS()
      : chart('Attributed revenue and engagement rate per content type', {
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } }, legend: { top: 0 },
        grid: { left: 70, right: 60, top: 40, bottom: 40 },
        xAxis: { type: 'category', data: rows.map(r => label(r.contentType)) },
        yAxis: [{ type: 'value', name: c }, { type: 'value', name: '%', splitLine: { show: false } }],
        series: [
          { name: `Attributed revenue (${c})`, type: 'bar', data: rows.map(r => Number(r.attributedRevenue.amount)) },
          { name: 'Engagement rate %', type: 'bar', yAxisIndex: 1, data: rows.map(r => (r.engagementRate === null ? null : Number(r.engagementRate))) },
        ] }, { height: 300 }));
}

function groupName(row) {
  if (row.contentType) return label(row.contentType);
  if (row.post) return `${row.post.externalId} (${label(row.post.contentType)}, ${instant(row.post.publishedAt)})`;
  return row.tag === null ? '(no tag)' : row.tag;
}

function groupPanel(data, errors, context, settings) {
  const c = context.currency;
  const rows = (data.groups || []).map(r => ({ ...r, name: groupName(r) }));
  const picker = h('div', { class: 'controls inline' }, h('div', { class: 'control' },
    h('label', { for: 'content-group' }, 'Group by'),
    h('select', { id: 'content-group', onchange: e => context.go({ group: e.target.value === 'CONTENT_TYPE' ? null : e.target.value }) },
      GROUPS.map(([value, title]) => h('option', { value, selected: value === settings.groupBy }, title)))));
  const rate = (value, reason) => (value === null ? h('span', { title: reason }, '—') : num(value));
  return panel('Content performance, total and median post', { id: 'content-performance', wide: true,
    description: 'Each group\'s total beside its median post, so one viral post does not hide the rest; rank 1 earned the most. A post with several tags counts in each. Cost per engagement and ROI count only the posts with a production cost.' },
  picker,
  errorsFor(errors, 'groups').length ? errorBox(errorsFor(errors, 'groups'))
    : !rows.length ? NO_POSTS()
      : table({ id: 'content-table', caption: 'Content performance per group', csvName: `content-by-${settings.groupBy.toLowerCase().replace('_', '-')}`,
        columns: [
          { key: 'group', title: label(settings.groupBy), value: r => r.name },
          { key: 'rank', title: 'Rank', numeric: true, value: r => r.rank },
          { key: 'posts', title: 'Posts', numeric: true, value: r => r.posts },
          numberColumn('impressions', 'Impressions', r => r.impressions),
          numberColumn('medianImpressions', 'Median impressions', r => r.median.impressions),
          numberColumn('engagements', 'Engagements', r => r.engagements),
          numberColumn('medianEngagements', 'Median engagements', r => r.median.engagements),
          { key: 'rate', title: 'Engagement rate %', numeric: true, value: r => r.engagementRate, show: r => rate(r.engagementRate, r.rateUndefinedReason) },
          { key: 'medianRate', title: 'Median engagement rate %', numeric: true, value: r => r.median.engagementRate, show: r => rate(r.median.engagementRate, r.rateUndefinedReason) },
          numberColumn('clicks', 'Clicks', r => r.clicks),
          { key: 'ctr', title: 'CTR %', numeric: true, value: r => r.clickThroughRate, show: r => rate(r.clickThroughRate, r.rateUndefinedReason) },
          numberColumn('conversions', 'Attributed conversions', r => r.attributedConversions),
          numberColumn('medianConversions', 'Median conversions', r => r.median.attributedConversions),
          numberColumn('revenue', `Attributed revenue (${c})`, r => r.attributedRevenue.amount),
          numberColumn('medianRevenue', `Median revenue (${c})`, r => r.median.attributedRevenue.amount),
          { key: 'cost', title: `Production cost (${c})`, numeric: true, value: r => r.productionCost && r.productionCost.amount, show: r => num(r.productionCost && r.productionCost.amount) },
          { key: 'costPerEngagement', title: `Cost per engagement (${c})`, numeric: true, value: r => r.costPerEngagement && r.costPerEngagement.amount,
            show: r => (r.costPerEngagement ? num(r.costPerEngagement.amount) : h('span', { title: r.costUndefinedReason }, '—')) },
          { key: 'roi', title: 'ROI %', numeric: true, value: r => r.roi, show: r => rate(r.roi, r.costUndefinedReason) },
        ], rows }));
}

function heatmapPanel(data, errors, context, settings) {
  const times = data.postingTimes;
  const metricTitle = METRICS.find(([m]) => m === settings.metric)[1];
  const pickers = h('div', { class: 'controls inline' },
    h('div', { class: 'control' }, h('label', { for: 'content-tz' }, 'Time zone'),
      h('select', { id: 'content-tz', onchange: e => context.go({ tz: e.target.value === browserTimeZone() ? null : e.target.value }) },
        timeZones(settings.timeZone).map(zone => h('option', { value: zone, selected: zone === settings.timeZone },
          zone + (zone === browserTimeZone() ? ' (this browser)' : ''))))),
    h('div', { class: 'control' }, h('label', { for: 'content-metric' }, 'Metric'),
      h('select', { id: 'content-metric', onchange: e => context.go({ metric: e.target.value === 'ENGAGEMENT_RATE' ? null : e.target.value }) },
        METRICS.map(([value, title]) => h('option', { value, selected: value === settings.metric }, title)))));
  const failed = errorsFor(errors, 'postingTimes');
  const body = failed.length || !times ? errorBox(failed.length ? failed : errors)
    : !times.cells.some(cell => cell.posts) ? NO_POSTS()
      : [heatmap(times, metricTitle, settings.timeZone), bestTable(times, metricTitle)];
  return panel('When to post', { id: 'posting-times', wide: true,
    description: `The median ${metricTitle.toLowerCase()} per post by the weekday and hour of publishing on the clock of the chosen zone (daylight saving as its rules say). A cell with fewer than ${times ? times.minimumSample : 5} posts shows only its count, greyed, with the reason on hover: one post at 3 am is no advice.` },
  pickers, body);
}

// the zone as picked: the service names UTC by its offset, Z
function heatmap(times, metricTitle, zone) {
  const byKey = new Map(times.cells.map(cell => [`${cell.weekday}-${cell.hour}`, cell]));
  const medians = times.cells.filter(cell => cell.median !== null).map(cell => Number(cell.median));
  const top = Math.max(0, ...medians);
  const hours = [...Array(24).keys()];
  const shade = cell => {
    const td = h('td', { class: 'num heat', dataset: { column: String(cell.hour) },
      title: cell.median !== null ? `${label(cell.weekday)} ${cell.hour}:00: median ${cell.median} over ${cell.sampleSize} posts` : cell.undefinedReason },
    cell.median !== null ? num(cell.median)
      : cell.posts ? [h('span', { class: 'count', 'aria-hidden': 'true' }, `n=${cell.posts}`),
        h('span', { class: 'visually-hidden' }, `${cell.posts} ${cell.posts === 1 ? 'post' : 'posts'}: ${cell.undefinedReason}`)] : '');
    if (cell.median !== null) {
      const strength = top > 0 ? 0.15 + 0.75 * (Number(cell.median) / top) : 0.15;
      td.style.backgroundColor = `rgba(53, 89, 199, ${strength.toFixed(2)})`;
      if (strength > 0.5) td.classList.add('strong');
    } else {
      td.classList.add(cell.posts ? 'thin' : 'none');
    }
    return td;
  };
  const columns = [
    { key: 'weekday', title: 'Weekday', value: c => c.weekday }, { key: 'hour', title: 'Hour', value: c => c.hour },
    { key: 'posts', title: 'Posts', value: c => c.posts }, { key: 'sample', title: 'Posts with a value', value: c => c.sampleSize },
    { key: 'median', title: `Median ${metricTitle}`, value: c => c.median }, { key: 'reason', title: 'Why no median', value: c => c.undefinedReason },
  ];
  return h('div', { class: 'table-wrap', id: 'posting-heatmap' },
    h('div', { class: 'table-tools' },
      h('button', { type: 'button', class: 'secondary csv', onclick: () => downloadCsv('posting-times', columns, times.cells) },
        '⬇ CSV', h('span', { class: 'visually-hidden' }, ' of the posting-time grid'))),
    h('div', { class: 'scroll' }, h('table', { class: 'heatmap' },
      h('caption', { class: 'visually-hidden' }, `Median ${metricTitle} per post by weekday and hour, ${zone}`),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, zone), hours.map(hour => h('th', { scope: 'col', class: 'num' }, String(hour))))),
      h('tbody', {}, WEEKDAYS.map(day => h('tr', {}, h('th', { scope: 'row' }, label(day)),
        hours.map(hour => shade(byKey.get(`${day}-${hour}`)))))))));
}

function bestTable(times, metricTitle) {
  if (!times.best.length) {
    return empty(`No hour has ${times.minimumSample} posts yet.`, 'The best hours are listed once a cell holds enough posts to tell.');
  }
  return table({ id: 'best-times', caption: 'The best publishing hours', csvName: 'best-posting-times', sortable: false,
    columns: [
      { key: 'when', title: 'When', value: b => `${label(b.weekday)} ${b.hour}:00` },
      numberColumn('median', `Median ${metricTitle}`, b => b.median),
      { key: 'sample', title: 'Posts', numeric: true, value: b => b.sampleSize },
    ], rows: times.best });
}

function audiencePanel(data, errors, context, settings) {
  const names = new Map(settings.channels.map(c => [c.id, c.name]));
  const boxes = settings.channels.map(c => h('span', { class: 'check' },
    h('input', { type: 'checkbox', id: `compare-${c.id}`, name: 'compare', value: c.id, checked: settings.compare.includes(c.id) }),
    h('label', { for: `compare-${c.id}` }, c.name)));
  const date = h('input', { type: 'date', id: 'audience-date', value: settings.compareOn, required: true });
  const form = h('form', { class: 'controls inline', 'aria-label': 'Audiences to compare', onsubmit: e => {
    e.preventDefault();
    const picked = [...form.querySelectorAll('input[name=compare]:checked')].map(box => box.value);
    context.go({ compare: picked.join(',') || '-', on: date.value || null });
  } },
  h('fieldset', { class: 'control' }, h('legend', { class: 'control-label' }, `Channels (2 to ${MAX_COMPARED})`), boxes),
  h('div', { class: 'control' }, h('label', { for: 'audience-date' }, 'As of'), date),
  h('button', { type: 'submit', class: 'secondary', id: 'audience-apply' }, 'Compare'));
  const comparison = data.audienceComparison;
  const failed = errorsFor(errors, 'audienceComparison');
  let body;
  if (settings.compare.length < 2) {
    body = empty('Pick two or more channels to compare their audiences.', settings.channels.length < 2
      ? h('span', {}, 'Create a second channel with ', h('code', {}, 'createChannel'), '.') : null);
  } else if (failed.length || !comparison) {
    body = errorBox(failed.length ? failed : errors);
  } else if (!comparison.differences.length) {
    body = empty(`No audience snapshot of these channels on or before ${comparison.date}.`, 'Record them with ',
      h('code', {}, 'recordAudiences'), ' (shares by age band, gender, country, city and language, as the platforms export them).');
  } else {
    const top = comparison.differences.slice(0, 8);
    body = [
      chart('The largest audience differences between the channels', {
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } }, legend: { top: 0 },
        grid: { left: 130, right: 30, top: 40, bottom: 30 },
        yAxis: { type: 'category', inverse: true, data: top.map(d => `${label(d.dimension)}: ${d.segment}`) },
        xAxis: { type: 'value', axisLabel: { formatter: '{value} %' } },
        series: settings.compare.map((id, i) => ({ name: names.get(id), type: 'bar',
          data: top.map(d => (d.shares[i].share === null ? null : Number(d.shares[i].share))) })),
      }, { height: Math.max(200, 40 + 36 * top.length) }),
      table({ id: 'audience-table', caption: 'Audience shares side by side, largest difference first', csvName: 'audience-comparison',
        columns: [
          { key: 'segment', title: 'Segment', value: d => d.segment },
          { key: 'dimension', title: 'Dimension', value: d => d.dimension, show: d => label(d.dimension) },
          ...settings.compare.map((id, i) => ({ key: id, title: `${names.get(id)} %`, numeric: true, value: d => d.shares[i].share,
            show: d => (d.shares[i].share === null ? h('span', { title: 'No snapshot of this dimension by then.' }, '—')
              : h('span', { title: `Snapshot of ${d.shares[i].snapshotDate}` }, num(d.shares[i].share))) })),
          numberColumn('spread', 'Spread (points)', d => d.spread),
        ], rows: comparison.differences })];
  }
  return panel('Audiences side by side', { id: 'audiences', wide: true,
    description: 'Each channel\'s latest snapshot of each dimension on or before the date; the segments whose shares differ most come first (spread = largest share − smallest, in percentage points).' },
  form, body);
}

function sentimentPanel(data, errors, context, note) {
  const c = context.currency;
  const impact = data.sentimentImpact;
  const failed = errorsFor(errors, 'sentimentImpact');
  const title = `Sentiment and revenue${note}`;
  if (failed.length || !impact) {
    return panel(title, { id: 'sentiment', wide: true }, errorBox(failed.length ? failed : errors));
  }
  if (!impact.days.some(d => Number(d.mentions))) {
    return panel(title, { id: 'sentiment', wide: true }, empty('No mentions recorded in this period.', 'Record daily counts with ',
      h('code', {}, 'recordSentiment'), ' (positive, neutral and negative mentions per channel, as a listening tool exports them), or pick a longer period above.'));
  }
  const days = impact.days;
  const measured = impact.revenue.some(l => l.sampleSize >= 30);
  const shortest = impact.revenue.length ? impact.revenue[0] : null;
  return panel(title, { id: 'sentiment', wide: true,
    description: `Net sentiment = (positive − negative) / mentions, over every channel, beside the day's revenue under ${label(context.model)} (${c}); then Pearson's r of sentiment against revenue k days later, with its 95 % interval (Fisher's z).` },
  chart('Net sentiment and attributed revenue per day', {
    tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: { left: 60, right: 70, top: 40, bottom: 40 },
    xAxis: { type: 'category', data: days.map(d => d.date) },
    yAxis: [{ type: 'value', name: 'Net sentiment', min: -1, max: 1 }, { type: 'value', name: c, splitLine: { show: false } }],
    series: [
      { name: 'Net sentiment', type: 'line', connectNulls: false, data: days.map(d => (d.netSentiment === null ? null : Number(d.netSentiment))) },
      { name: `Attributed revenue (${c})`, type: 'bar', yAxisIndex: 1, data: days.map(d => Number(d.attributedRevenue.amount)) },
    ] }, { height: 300 }),
  dataTable(table({ id: 'sentiment-days', caption: 'Sentiment and revenue per day', csvName: 'sentiment-days', sortable: false, pageSize: 31,
    columns: [
      { key: 'date', title: 'Date', value: d => d.date },
      numberColumn('mentions', 'Mentions', d => d.mentions),
      numberColumn('positive', 'Positive', d => d.positive),
      numberColumn('neutral', 'Neutral', d => d.neutral),
      numberColumn('negative', 'Negative', d => d.negative),
      numberColumn('net', 'Net sentiment', d => d.netSentiment),
      numberColumn('revenue', `Attributed revenue (${c})`, d => d.attributedRevenue.amount),
      { key: 'won', title: 'Customers won', numeric: true, value: d => d.customersWon },
      numberColumn('retention', 'Retention %', d => d.retention),
    ], rows: days })),
  measured ? table({ id: 'lag-table', caption: 'Correlation of net sentiment with revenue k days later', csvName: 'sentiment-revenue-lags', sortable: false,
    columns: [
      { key: 'lag', title: 'Lag (days)', value: l => l.lagDays },
      { key: 'r', title: 'r', numeric: true, value: l => l.r, show: l => (l.r === null ? h('span', { title: l.undefinedReason }, '—') : l.r) },
      { key: 'low', title: '95 % low', numeric: true, value: l => l.low, csvTitle: '95 % interval low' },
      { key: 'high', title: '95 % high', numeric: true, value: l => l.high, csvTitle: '95 % interval high' },
      { key: 'n', title: 'Days (n)', numeric: true, value: l => l.sampleSize },
      { key: 'reason', title: 'Note', value: l => l.undefinedReason, show: l => l.undefinedReason || '' },
    ], rows: impact.revenue })
    : h('div', { class: 'empty', id: 'sentiment-too-short' }, h('p', { class: 'empty-title' }, 'Fewer than 30 days: no correlation yet.'),
      h('p', {}, shortest ? shortest.undefinedReason : '', ' Pick a period of 30 days or more above; a correlation over a few weeks is noise.')),
  h('p', { class: 'warning', id: 'sentiment-warning', role: 'note' }, impact.warning));
}
