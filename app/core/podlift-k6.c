/* podlift-k6.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-k6"

#include "config.h"

#include <json-glib/json-glib.h>
#include <math.h>

#include "podlift-app-profile.h"
#include "podlift-k6.h"
#include "podlift-manifest-set.h"
#include "podlift-strategy.h"

/* The k6 script of a project. The arrival rate (ramping-arrival-rate)
 * climbs in steps to half as much again as the peak the VMs saw, each
 * step held a minute; every request is tagged with its step ("rate:N"),
 * and each step has a threshold that always passes, so that k6's
 * --summary-export holds p95 latency and errors per step: Podlift reads
 * the highest step within the objectives (podlift-sizing-k6.c). The
 * objectives themselves are thresholds on the whole run.
 *
 * Not translated: it is a file of the bundle. Values go into the script
 * as JSON, which is JavaScript. */

#define N_STEPS 8
#define RAMP_SECONDS 30
#define HOLD_SECONDS 60
#define DEFAULT_TARGET 100

static double
target_rate (PodliftAppProfile *profile)
{
  double peak = podlift_app_profile_get_requests_peak (profile);

  return peak > 0 ? ceil (peak * 1.5) : DEFAULT_TARGET;
}

GArray *
podlift_k6_step_rates (PodliftProject *project)
{
  GArray *rates = g_array_new (FALSE, FALSE, sizeof (guint));
  double target;

  g_return_val_if_fail (PODLIFT_IS_PROJECT (project), rates);

  target = target_rate (podlift_project_get_profile (project));
  for (guint i = 1; i <= N_STEPS; i++)
    {
      guint rate = MAX (1, (guint) round (target * i / N_STEPS));

      if (rates->len == 0 || g_array_index (rates, guint, rates->len - 1) < rate)
        g_array_append_val (rates, rate);
    }

  return rates;
}

/* A value as JSON text, on one line. */
static char *
json_text (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();

  json_generator_set_root (generator, node);
  json_node_unref (node);
  return json_generator_to_data (generator, NULL);
}

static char *
js_string (const char *text)
{
  JsonNode *node = json_node_new (JSON_NODE_VALUE);

  json_node_set_string (node, text);
  return json_text (node);
}

/* Text for a comment: one line. */
static char *
one_line (const char *text)
{
  g_autofree char *copy = g_strdup (text ? text : "");

  return g_strdelimit (g_steal_pointer (&copy), "\r\n", ' ');
}

static void
add_endpoint (GString    *out,
              const char *path,
              guint       weight)
{
  g_autofree char *quoted = js_string (path);

  g_string_append_printf (out, "  { path: %s, weight: %u },\n", quoted, weight);
}

/* The page users hit first, and the health endpoints the Knowledge step
 * captured, once each: the readiness one runs the application's own
 * checks (database, cache), so it costs what a request costs. */
static void
add_endpoints (GString           *out,
               PodliftAppProfile *profile)
{
  const char *paths[] = {
    podlift_app_profile_get_readiness_path (profile),
    podlift_app_profile_get_liveness_path (profile),
  };

  g_string_append (out, "const ENDPOINTS = [\n");
  add_endpoint (out, "/", 8);
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      if (paths[i] == NULL || paths[i][0] != '/' || g_str_equal (paths[i], "/") ||
          (i > 0 && g_strcmp0 (paths[i], paths[0]) == 0))
        continue;
      add_endpoint (out, paths[i], 1);
    }
  g_string_append (out, "];\n");
}

static void
add_header (GString        *out,
            PodliftProject *project,
            GArray         *rates)
{
  PodliftAppProfile *profile = podlift_project_get_profile (project);
  PodliftStrategy *strategy = podlift_project_get_strategy (project);
  const char *namespace = podlift_manifest_set_get_namespace (podlift_project_get_manifests (project));
  g_autofree char *name = one_line (podlift_app_profile_get_name (profile));
  g_autofree char *ns = one_line (namespace && *namespace ? namespace : "NAMESPACE");
  double peak = podlift_app_profile_get_requests_peak (profile);
  guint top = g_array_index (rates, guint, rates->len - 1);

  g_string_append_printf (out, "// loadtest/k6.js: a load test of %s, written by Podlift.\n//\n",
                          *name ? name : "the application");
  g_string_append_printf (out,
                          "// It finds the request rate the pods serve while the 95th percentile of\n"
                          "// latency stays under %u ms and under %g %% of requests fail. The arrival\n"
                          "// rate climbs in %u steps to %u req/s",
                          podlift_strategy_get_latency_objective_ms (strategy),
                          podlift_strategy_get_error_objective_percent (strategy),
                          rates->len, top);
  if (peak > 0)
    g_string_append_printf (out, ", half as much again as the peak the\n"
                            "// VMs saw (%g req/s)", peak);
  g_string_append_printf (out, "; each step is held for %u seconds.\n//\n", HOLD_SECONDS);
  g_string_append_printf (out,
                          "// Run it against pre-production, with a known number of pods (Podlift's\n"
                          "// \"pods under test\", %u):\n"
                          "//   kubectl -n %s scale deployment --all --replicas=%u\n"
                          "//   k6 run -e BASE_URL=https://preprod.example.com \\\n"
                          "//     --summary-export=summary.json loadtest/k6.js\n"
                          "// then give Podlift the summary (or the lines of --out json=results.json):\n"
                          "//   podlift sizing BUNDLE --k6-summary summary.json\n"
                          "// k6 reports the objectives as crossed once the steps go past what the\n"
                          "// pods can serve: that is what the test is for. Podlift reads the highest\n"
                          "// step that stayed within them.\n\n",
                          podlift_strategy_get_load_test_pods (strategy), ns,
                          podlift_strategy_get_load_test_pods (strategy));
}

static void
add_options (GString         *out,
             PodliftStrategy *strategy,
             GArray          *rates)
{
  guint latency = podlift_strategy_get_latency_objective_ms (strategy);
  guint top = g_array_index (rates, guint, rates->len - 1);
  guint vus = (guint) ceil (top * latency / 1000.0) + 10;
  char error_rate[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (error_rate, sizeof error_rate, "%g",
                   podlift_strategy_get_error_objective_percent (strategy) / 100);

  g_string_append (out, "function stages() {\n"
                        "  const stages = [];\n"
                        "  for (const rate of STEPS) {\n"
                        "    stages.push({ target: rate, duration: `${RAMP}s` });\n"
                        "    stages.push({ target: rate, duration: `${HOLD}s` });\n"
                        "  }\n"
                        "  stages.push({ target: 0, duration: `${RAMP}s` });\n"
                        "  return stages;\n"
                        "}\n\n");
  g_string_append (out, "// Each step gets a threshold that always passes, so that the summary\n"
                        "// shows its own p95 latency and error rate.\n"
                        "function thresholds() {\n");
  g_string_append_printf (out, "  const thresholds = {\n"
                               "    http_req_duration: ['p(95)<%u'],\n"
                               "    http_req_failed: ['rate<%s'],\n"
                               "  };\n", latency, error_rate);
  g_string_append (out, "  for (const rate of STEPS) {\n"
                        "    thresholds[`http_req_duration{rate:${rate}}`] = ['p(95)>=0'];\n"
                        "    thresholds[`http_req_failed{rate:${rate}}`] = ['rate>=0'];\n"
                        "  }\n"
                        "  return thresholds;\n"
                        "}\n\n");
  g_string_append_printf (out, "export const options = {\n"
                               "  discardResponseBodies: true,\n"
                               "  scenarios: {\n"
                               "    steps: {\n"
                               "      executor: 'ramping-arrival-rate',\n"
                               "      startRate: 0,\n"
                               "      timeUnit: '1s',\n"
                               "      preAllocatedVUs: %u,\n"
                               "      maxVUs: %u,\n"
                               "      stages: stages(),\n"
                               "    },\n"
                               "  },\n"
                               "  thresholds: thresholds(),\n"
                               "};\n\n", vus, vus * 5);
}

static const char body[] =
  "// The step a request belongs to: its rate while the step is held, \"ramp\"\n"
  "// on the way to it.\n"
  "function step() {\n"
  "  const elapsed = (Date.now() - exec.scenario.startTime) / 1000;\n"
  "  const index = Math.floor(elapsed / (RAMP + HOLD));\n"
  "  if (index >= STEPS.length || elapsed - index * (RAMP + HOLD) < RAMP) {\n"
  "    return 'ramp';\n"
  "  }\n"
  "  return String(STEPS[index]);\n"
  "}\n"
  "\n"
  "function pick() {\n"
  "  const total = ENDPOINTS.reduce((sum, e) => sum + e.weight, 0);\n"
  "  let r = Math.random() * total;\n"
  "  for (const e of ENDPOINTS) {\n"
  "    r -= e.weight;\n"
  "    if (r < 0) {\n"
  "      return e;\n"
  "    }\n"
  "  }\n"
  "  return ENDPOINTS[0];\n"
  "}\n"
  "\n"
  "export default function () {\n"
  "  const endpoint = pick();\n"
  "  const res = http.get(`${BASE_URL}${endpoint.path}`, {\n"
  "    tags: { name: endpoint.path, rate: step() },\n"
  "  });\n"
  "  check(res, { 'status is 2xx or 3xx': (r) => r.status >= 200 && r.status < 400 });\n"
  "}\n";

/**
 * podlift_k6_script:
 *
 * Returns: (transfer full): the text of loadtest/k6.js
 */
char *
podlift_k6_script (PodliftProject *project)
{
  g_autoptr(GArray) rates = NULL;
  GString *out;

  g_return_val_if_fail (PODLIFT_IS_PROJECT (project), NULL);

  rates = podlift_k6_step_rates (project);
  out = g_string_new (NULL);
  add_header (out, project, rates);
  g_string_append (out, "import http from 'k6/http';\n"
                        "import { check } from 'k6';\n"
                        "import exec from 'k6/execution';\n\n"
                        "const BASE_URL = (__ENV.BASE_URL || '').replace(/\\/+$/, '');\n"
                        "if (!BASE_URL) {\n"
                        "  throw new Error('Set BASE_URL: k6 run -e BASE_URL=https://preprod.example.com loadtest/k6.js');\n"
                        "}\n\n"
                        "// The endpoints the Knowledge step captured, and how often each is asked\n"
                        "// for; add the pages users visit most.\n");
  add_endpoints (out, podlift_project_get_profile (project));
  g_string_append_printf (out, "\n// Each step ramps to its rate in RAMP seconds, then holds it HOLD seconds.\n"
                               "const RAMP = %u;\n"
                               "const HOLD = %u;\n"
                               "const STEPS = [", RAMP_SECONDS, HOLD_SECONDS);
  for (guint i = 0; i < rates->len; i++)
    g_string_append_printf (out, "%s%u", i ? ", " : "", g_array_index (rates, guint, i));
  g_string_append (out, "];\n\n");
  add_options (out, podlift_project_get_strategy (project), rates);
  g_string_append (out, body);

  return g_string_free (out, FALSE);
}
