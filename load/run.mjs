// A mixed GraphQL workload against a running social-roi service, for a bounded time.
//
//   node run.mjs --url http://localhost:8080 --token <bearer> [--duration 60] [--connections 8]
//                [--workspace default] [--pid <java pid>]
//
// Mix (per request, at random): 60 % dashboard reads (a page of campaigns with ROI, channels, the
// workspace), 25 % reports (channel performance under a random model, attribution summary, a monthly ROI
// series), 15 % batch writes (100 touchpoints or 20 conversions with fresh external ids). Prints
// throughput, latency p50/p90/p99, the error count (HTTP errors and GraphQL errors), per-operation counts
// and, with --pid, the service's resident memory after the run.
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) => {
  if (arg.startsWith('--')) pairs.push([arg.slice(2), all[i + 1]]);
  return pairs;
}, []));
const url = args.url ?? 'http://localhost:8080';
const token = args.token ?? process.env.SOCIAL_ROI_TOKEN;
if (!token) {
  console.error('A bearer token is needed: --token <jwt> or SOCIAL_ROI_TOKEN (see README, Authentication).');
  process.exit(2);
}
const duration = Number(args.duration ?? 60);
const connections = Number(args.connections ?? 8);
const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
if (args.workspace) headers['x-workspace'] = args.workspace;

async function graphql(query, variables = {}) {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const json = await response.json();
  if (json.errors) throw new Error(JSON.stringify(json.errors));
  return json.data;
}

// Ids to write against: the workspace's channels and campaigns.
const setup = await graphql('{ channels { id } campaigns(first: 100) { nodes { id } } }');
const channels = setup.channels.map((c) => c.id);
const campaigns = setup.campaigns.nodes.map((c) => c.id);
if (channels.length === 0) {
  console.error('The workspace has no channels: load data first (README, Speed: the benchmark).');
  process.exit(2);
}

const models = ['FIRST_TOUCH', 'LAST_TOUCH', 'LINEAR', 'TIME_DECAY', 'POSITION_BASED', 'W_SHAPED', 'FULL_PATH', 'DATA_DRIVEN'];
const pick = (list) => list[Math.floor(Math.random() * list.length)];
const run = `${Date.now().toString(36)}`;
let sequence = 0;

const operations = [
  { name: 'campaignPage', weight: 30, body: () => ({ query: '{ campaigns(first: 20) { totalCount nodes { name roi { percent roas revenue { amount } cost { amount } } } } }' }) },
  { name: 'channels', weight: 15, body: () => ({ query: '{ channels { id name kind } workspace { name reportingCurrency } }' }) },
  { name: 'campaignCosts', weight: 15, body: () => ({ query: '{ campaigns(first: 20) { nodes { name totalCost { amount } costBreakdown { category total { amount } } } } }' }) },
  { name: 'channelPerformance', weight: 12, body: () => ({ query: `{ channelPerformance(attribution: {model: ${pick(models)}}) { channel { name } attributedRevenue { amount } conversions assistedConversions roi { percent } } }` }) },
  { name: 'attributionSummary', weight: 6, body: () => ({ query: '{ attributionSummary { conversions revenue { amount } unattributedConversions } }' }) },
  { name: 'timeSeries', weight: 7, body: () => ({ query: '{ timeSeries(metric: ROI, granularity: MONTH, period: {from: "2025-07-01", to: "2026-06-30"}) { points { start value } } }' }) },
  { name: 'recordTouchpoints', weight: 10, body: () => {
      const items = Array.from({ length: 100 }, () => {
        const n = sequence++;
        return { personKey: `load-${run}-${n % 5000}`, occurredAt: new Date(Date.now() - (n % 1000) * 60000).toISOString(),
          channelId: pick(channels), campaignId: campaigns.length ? pick(campaigns) : null, mediaType: 'PAID', externalId: `load-${run}-t${n}` };
      });
      return { query: 'mutation($input: [TouchpointInput!]!) { recordTouchpoints(input: $input) { accepted duplicates userErrors { code } } }', variables: { input: items } };
    } },
  { name: 'recordConversions', weight: 5, body: () => {
      const items = Array.from({ length: 20 }, () => {
        const n = sequence++;
        return { personKey: `load-${run}-${n % 5000}`, occurredAt: new Date().toISOString(), type: 'LEAD', externalId: `load-${run}-c${n}` };
      });
      return { query: 'mutation($input: [ConversionInput!]!) { recordConversions(input: $input) { accepted duplicates userErrors { code } } }', variables: { input: items } };
    } },
];
const totalWeight = operations.reduce((sum, op) => sum + op.weight, 0);
const stats = Object.fromEntries(operations.map((op) => [op.name, { sent: 0, errors: 0 }]));
let graphqlErrors = 0;
const firstErrors = [];

function choose() {
  let r = Math.random() * totalWeight;
  for (const op of operations) {
    if ((r -= op.weight) < 0) return op;
  }
  return operations[0];
}

const instance = autocannon({
  url, connections, duration, headers,
  requests: [{
    method: 'POST',
    path: '/graphql',
    setupRequest: (request, context) => {
      const op = choose();
      context.op = op.name;
      stats[op.name].sent++;
      return { ...request, body: JSON.stringify(op.body()) };
    },
    onResponse: (status, body, context) => {
      if (status !== 200 || body.includes('"errors"') || body.includes('"userErrors":[{')) {
        graphqlErrors++;
        stats[context.op].errors++;
        if (firstErrors.length < 3) firstErrors.push(`${context.op}: ${status} ${body.slice(0, 200)}`);
      }
    },
  }],
});

instance.on('done', (result) => {
  const l = result.latency;
  console.log(`\nsocial-roi load: ${duration} s, ${connections} connections, ${url}`);
  console.log(`requests: ${result.requests.total} (${(result.requests.total / duration).toFixed(1)}/s), throughput ${(result.throughput.average / 1024).toFixed(0)} KiB/s`);
  console.log(`latency ms: p50 ${l.p50}  p90 ${l.p90}  p99 ${l.p99}  max ${l.max}`);
  console.log(`errors: ${result.errors + result.timeouts + graphqlErrors}`
    + ` (connection ${result.errors}, timeouts ${result.timeouts}, HTTP non-2xx or GraphQL/user errors ${graphqlErrors})`);
  for (const [name, s] of Object.entries(stats)) console.log(`  ${name.padEnd(20)} ${String(s.sent).padStart(7)} sent ${String(s.errors).padStart(5)} errors`);
  for (const e of firstErrors) console.log(`  e.g. ${e}`);
  if (args.pid) {
    const status = readFileSync(`/proc/${args.pid}/status`, 'utf8');
    const rss = /VmRSS:\s+(\d+) kB/.exec(status);
    const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
    console.log(`service memory after the run: RSS ${(Number(rss[1]) / 1024).toFixed(0)} MiB (peak ${(Number(hwm[1]) / 1024).toFixed(0)} MiB)`);
  }
});
