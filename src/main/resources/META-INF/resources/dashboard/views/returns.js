import { h, clear, panel, chart, table, numberColumn, tile, loading, errorBox, errorsFor, empty, label, num, money, moneyWithCode } from '../ui.js';

const QUERY = `query Returns($period: DateRangeInput) {
  channels { id name kind
    engagement(period: $period) { impressions reach engagements clicks engagementRate clickThroughRate followerGrowthRate netFollowers rateUndefinedReason } }
  earnedMediaValue(period: $period) {
    total { amount currencyCode } impressionValue { amount } searchValue { amount } organicClicks impressions unpricedClicks unvaluedImpressions
    byKeyword { keyword clicks value { amount } unpricedClicks }
  }
  serviceSavings(period: $period) {
    savings { amount currencyCode } contactsDeflected averageCostPerContact { amount currencyCode } undefinedReason
    byChannel { channel { name } contactsDeflected savings { amount } }
  }
  socialCohortLift(period: $period) {
    asOf horizonDays currencyCode engagedRule
    engaged { customers } notEngaged { customers }
    lifts { metric method engaged notEngaged difference lowerBound upperBound engagedSample notEngagedSample insufficientReason }
    incrementalValue { total { amount currencyCode } lowerBound { amount } upperBound { amount } perEngagedCustomer { amount } insufficientReason }
  }
}`;

export async function returns(target, context) {
  clear(target, h('h1', {}, 'Returns beyond revenue'), loading('Adding up engagement, earned media, savings and the cohorts…'));
  const result = await context.query(QUERY, { period: context.period });
  if (!result) return;
  const { data, errors } = result;
  context.periodError(errors);
  const c = context.currency;

  const engagementRows = (data.channels || []).map(ch => ({ name: ch.name, ...ch.engagement }));
  const anyEngagement = engagementRows.some(r => Number(r.impressions) || Number(r.engagements) || Number(r.clicks));
  const engagementPanel = panel('Engagement', { id: 'engagement', wide: true,
    description: 'Engagement rate = engagements × 100 / impressions; click-through rate = clicks × 100 / impressions; follower growth = net followers × 100 / followers before.' },
  errorsFor(errors, 'channels').length ? errorBox(errorsFor(errors, 'channels'))
    : !anyEngagement ? empty('No engagement recorded in this period.', 'Record daily figures with ', h('code', {}, 'recordEngagement'), ', or import an ad platform export (', h('code', {}, 'POST /imports'), ').')
      : [chart('Engagement rate per channel', {
        tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: { left: 60, right: 20, top: 36, bottom: 40 },
        xAxis: { type: 'category', data: engagementRows.map(r => r.name) }, yAxis: { type: 'value', axisLabel: { formatter: '{value} %' } },
        series: [
          { name: 'Engagement rate', type: 'bar', data: engagementRows.map(r => (r.engagementRate === null ? null : Number(r.engagementRate))) },
          { name: 'Click-through rate', type: 'bar', data: engagementRows.map(r => (r.clickThroughRate === null ? null : Number(r.clickThroughRate))) },
        ] }, { height: 260 }),
      table({ id: 'engagement-table', caption: 'Engagement per channel', csvName: 'engagement',
        columns: [
          { key: 'channel', title: 'Channel', value: r => r.name },
          numberColumn('impressions', 'Impressions', r => r.impressions),
          numberColumn('reach', 'Reach', r => r.reach),
          numberColumn('engagements', 'Engagements', r => r.engagements),
          numberColumn('clicks', 'Clicks', r => r.clicks),
          { key: 'rate', title: 'Engagement rate %', numeric: true, value: r => r.engagementRate, show: r => (r.engagementRate === null ? h('span', { title: r.rateUndefinedReason }, '—') : num(r.engagementRate)) },
          numberColumn('ctr', 'CTR %', r => r.clickThroughRate),
          numberColumn('followers', 'Net followers', r => r.netFollowers),
        ], rows: engagementRows })]);

  const emv = data.earnedMediaValue;
  const emvPanel = panel('Earned media value', { id: 'earned-media',
    description: 'Organic clicks priced at the keyword\'s cost per click, plus earned impressions at the CPM set for them.' },
  errorsFor(errors, 'earnedMediaValue').length ? errorBox(errorsFor(errors, 'earnedMediaValue'))
    : [h('div', { class: 'tiles small' },
      tile('Earned media value', money(emv.total), 'search value (organic clicks × keyword CPC) + impression value (earned impressions × CPM / 1000)', { unit: emv.total.currencyCode, id: 'tile-emv' }),
      tile('Search value', money(emv.searchValue), 'organic clicks × the keyword\'s CPC in force that day', { unit: c, note: `${num(emv.organicClicks)} organic clicks, ${num(emv.unpricedClicks)} without a CPC` })),
    emv.byKeyword.length ? table({ id: 'keyword-table', caption: 'Earned media value per keyword', csvName: 'earned-media-by-keyword',
      columns: [
        { key: 'keyword', title: 'Keyword', value: k => k.keyword },
        numberColumn('clicks', 'Organic clicks', k => k.clicks),
        numberColumn('value', `Value (${c})`, k => k.value.amount),
      ], rows: emv.byKeyword }) : empty('No organic clicks in this period.', 'Record them with ', h('code', {}, 'recordOrganicClicks'), ' and price keywords with ', h('code', {}, 'setKeywordCpc'), '.')]);

  const savings = data.serviceSavings;
  const savingsPanel = panel('Service savings', { id: 'service-savings',
    description: 'Support contacts deflected by social care × the cost per contact.' },
  errorsFor(errors, 'serviceSavings').length ? errorBox(errorsFor(errors, 'serviceSavings'))
    : [h('div', { class: 'tiles small' },
      tile('Savings', money(savings.savings), 'contacts deflected × cost per contact, per recorded period', { unit: savings.savings.currencyCode, id: 'tile-savings', note: `${num(savings.contactsDeflected)} contacts deflected` })),
    savings.byChannel.length ? table({ id: 'savings-table', caption: 'Service savings per channel', csvName: 'service-savings',
      columns: [
        { key: 'channel', title: 'Channel', value: s => s.channel.name },
        numberColumn('contacts', 'Contacts deflected', s => s.contactsDeflected),
        numberColumn('savings', `Savings (${c})`, s => s.savings.amount),
      ], rows: savings.byChannel }) : empty('No service savings recorded in this period.', 'Record them with ', h('code', {}, 'recordServiceSavings'), '.')]);

  const lift = data.socialCohortLift;
  const liftErrors = errorsFor(errors, 'socialCohortLift');
  const measured = lift ? lift.lifts.filter(l => l.difference !== null) : [];
  const liftPanel = panel('Cohort lift: social-engaged customers against the others', { id: 'cohort-lift', wide: true,
    description: lift ? `${lift.engagedRule} Differences (engaged − not engaged) with their 95 % intervals, over ${lift.horizonDays} days, as of ${lift.asOf}.` : null },
  liftErrors.length ? errorBox(liftErrors)
    : !lift.engaged.customers && !lift.notEngaged.customers ? empty('No customers recorded yet.', 'Record them with ', h('code', {}, 'recordCustomers'), ' (contract value, first lead, upsells, retention).')
      : [measured.length ? chart('Lift per metric with its interval', {
        tooltip: { trigger: 'axis' }, grid: { left: 170, right: 30, top: 10, bottom: 30 },
        yAxis: { type: 'category', data: measured.map(l => label(l.metric)) },
        xAxis: { type: 'value', scale: true },
        series: [
          { name: 'Difference', type: 'scatter', symbolSize: 10, data: measured.map(l => Number(l.difference)) },
          { name: '95 % interval', type: 'custom', data: measured.map((l, i) => [i, Number(l.lowerBound ?? l.difference), Number(l.upperBound ?? l.difference)]),
            renderItem: (params, api) => {
              const low = api.coord([api.value(1), api.value(0)]);
              const high = api.coord([api.value(2), api.value(0)]);
              const half = api.size([0, 1])[1] * 0.18;
              const style = { stroke: '#3559c7', lineWidth: 2 };
              return { type: 'group', children: [
                { type: 'line', shape: { x1: low[0], y1: low[1], x2: high[0], y2: high[1] }, style },
                { type: 'line', shape: { x1: low[0], y1: low[1] - half, x2: low[0], y2: low[1] + half }, style },
                { type: 'line', shape: { x1: high[0], y1: high[1] - half, x2: high[0], y2: high[1] + half }, style },
              ] };
            }, encode: { x: [1, 2], y: 0 }, z: 1 },
        ] }, { height: Math.max(180, 46 * measured.length) }) : null,
      table({ id: 'lift-table', caption: 'Cohort lift per metric', csvName: 'cohort-lift',
        columns: [
          { key: 'metric', title: 'Metric', value: l => l.metric, show: l => label(l.metric) },
          numberColumn('engaged', 'Engaged', l => l.engaged),
          numberColumn('notEngaged', 'Not engaged', l => l.notEngaged),
          { key: 'difference', title: 'Difference', numeric: true, value: l => l.difference, show: l => (l.difference === null ? h('span', { title: l.insufficientReason }, '—') : num(l.difference)) },
          numberColumn('lower', 'Lower bound', l => l.lowerBound),
          numberColumn('upper', 'Upper bound', l => l.upperBound),
          { key: 'samples', title: 'Samples', value: l => `${l.engagedSample}/${l.notEngagedSample}` },
          { key: 'method', title: 'Method', value: l => l.method },
        ], rows: lift.lifts }),
      h('p', { class: 'muted', id: 'incremental-value' }, 'Incremental value: ',
        lift.incrementalValue.total ? `${moneyWithCode(lift.incrementalValue.total)} (${num(lift.incrementalValue.lowerBound && lift.incrementalValue.lowerBound.amount)} to ${num(lift.incrementalValue.upperBound && lift.incrementalValue.upperBound.amount)})`
          : lift.incrementalValue.insufficientReason)]);

  clear(target, h('h1', {}, 'Returns beyond revenue'), h('div', { class: 'grid' }, engagementPanel, emvPanel, savingsPanel, liftPanel));
}
