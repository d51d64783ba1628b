// loadtest/k6.js: a load test of Shopfront, written by Podlift.
//
// It finds the request rate the pods serve while the 95th percentile of
// latency stays under 500 ms and under 1 % of requests fail. The arrival
// rate climbs in 8 steps to 330 req/s, half as much again as the peak the
// VMs saw (220 req/s); each step is held for 60 seconds.
//
// Run it against pre-production, with a known number of pods (Podlift's
// "pods under test", 1):
//   kubectl -n shopfront scale deployment --all --replicas=1
//   k6 run -e BASE_URL=https://preprod.example.com \
//     --summary-export=summary.json loadtest/k6.js
// then give Podlift the summary (or the lines of --out json=results.json):
//   podlift sizing BUNDLE --k6-summary summary.json
// k6 reports the objectives as crossed once the steps go past what the
// pods can serve: that is what the test is for. Podlift reads the highest
// step that stayed within them.

import http from 'k6/http';
import { check } from 'k6';
import exec from 'k6/execution';

const BASE_URL = (__ENV.BASE_URL || '').replace(/\/+$/, '');
if (!BASE_URL) {
  throw new Error('Set BASE_URL: k6 run -e BASE_URL=https://preprod.example.com loadtest/k6.js');
}

// The endpoints the Knowledge step captured, and how often each is asked
// for; add the pages users visit most.
const ENDPOINTS = [
  { path: "/", weight: 8 },
  { path: "/readyz", weight: 1 },
  { path: "/healthz", weight: 1 },
];

// Each step ramps to its rate in RAMP seconds, then holds it HOLD seconds.
const RAMP = 30;
const HOLD = 60;
const STEPS = [41, 83, 124, 165, 206, 248, 289, 330];

function stages() {
  const stages = [];
  for (const rate of STEPS) {
    stages.push({ target: rate, duration: `${RAMP}s` });
    stages.push({ target: rate, duration: `${HOLD}s` });
  }
  stages.push({ target: 0, duration: `${RAMP}s` });
  return stages;
}

// Each step gets a threshold that always passes, so that the summary
// shows its own p95 latency and error rate.
function thresholds() {
  const thresholds = {
    http_req_duration: ['p(95)<500'],
    http_req_failed: ['rate<0.01'],
  };
  for (const rate of STEPS) {
    thresholds[`http_req_duration{rate:${rate}}`] = ['p(95)>=0'];
    thresholds[`http_req_failed{rate:${rate}}`] = ['rate>=0'];
  }
  return thresholds;
}

export const options = {
  discardResponseBodies: true,
  scenarios: {
    steps: {
      executor: 'ramping-arrival-rate',
      startRate: 0,
      timeUnit: '1s',
      preAllocatedVUs: 175,
      maxVUs: 875,
      stages: stages(),
    },
  },
  thresholds: thresholds(),
};

// The step a request belongs to: its rate while the step is held, "ramp"
// on the way to it.
function step() {
  const elapsed = (Date.now() - exec.scenario.startTime) / 1000;
  const index = Math.floor(elapsed / (RAMP + HOLD));
  if (index >= STEPS.length || elapsed - index * (RAMP + HOLD) < RAMP) {
    return 'ramp';
  }
  return String(STEPS[index]);
}

function pick() {
  const total = ENDPOINTS.reduce((sum, e) => sum + e.weight, 0);
  let r = Math.random() * total;
  for (const e of ENDPOINTS) {
    r -= e.weight;
    if (r < 0) {
      return e;
    }
  }
  return ENDPOINTS[0];
}

export default function () {
  const endpoint = pick();
  const res = http.get(`${BASE_URL}${endpoint.path}`, {
    tags: { name: endpoint.path, rate: step() },
  });
  check(res, { 'status is 2xx or 3xx': (r) => r.status >= 200 && r.status < 400 });
}
