// What several views share: the time series' period and granularity, and the words for an empty workspace.
import { h } from '../ui.js';

/** A series needs a period: the chosen one, or for "all time" the last 12 months (said in the chart's title). */
export function seriesPeriod(context) {
  if (context.period) return { period: context.period, note: '' };
  const to = new Date();
  const from = new Date(to);
  from.setUTCDate(from.getUTCDate() - 364);
  return { period: { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) }, note: ' (last 12 months)' };
}

/** DAY up to a month, WEEK up to half a year, MONTH beyond (at most 1,000 buckets either way). */
export function granularity(period) {
  const days = (Date.parse(period.to) - Date.parse(period.from)) / 86400000 + 1;
  return days <= 31 ? 'DAY' : days <= 184 ? 'WEEK' : 'MONTH';
}

export const NEXT_STEPS = {
  costs: () => h('span', {}, 'Record costs with ', h('code', {}, 'recordCost'), ' / ', h('code', {}, 'recordCosts'),
    ', or import an ad platform export or a cost sheet (', h('code', {}, 'POST /imports'), ').'),
  conversions: () => h('span', {}, 'Record touchpoints and conversions (', h('code', {}, 'recordTouchpoints'), ', ',
    h('code', {}, 'recordConversions'), '), or import a CRM deals export (', h('code', {}, 'POST /imports'), ').'),
  campaigns: () => h('span', {}, 'Create a campaign with ', h('code', {}, 'createCampaign'),
    ', or import an ad platform export with ', h('code', {}, 'onUnmapped=CREATE_CAMPAIGNS'), '.'),
  period: () => h('span', {}, 'Or pick a longer period above.'),
};

export const MODEL_NOTE = 'Models: FIRST_TOUCH and LAST_TOUCH give all credit to one touch; LINEAR shares it equally; TIME_DECAY favours recent touches; POSITION_BASED weights the first and last; W_SHAPED and FULL_PATH add the lead and opportunity milestones; DATA_DRIVEN follows the Markov removal effects.';
