/* test-sizing.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "podlift-downtime.h"
#include "podlift-error.h"
#include "podlift-k6.h"
#include "podlift-manifest-generator.h"
#include "podlift-sizing.h"
#include "podlift-state-path.h"

/* The downtime arithmetic, the sizing from the VMs' figures and from k6
 * results shaped as k6 writes them (tests/data/k6), bad k6 input, and
 * the k6 script through `node --check`. */

static PodliftProject *
make_project (void)
{
  PodliftProject *project = podlift_project_new ();
  PodliftAppProfile *p = podlift_project_get_profile (project);
  g_autoptr(PodliftStatePath) path = podlift_state_path_new ();

  podlift_app_profile_set_name (p, "Shop");
  podlift_app_profile_set_readiness_path (p, "/readyz");
  podlift_app_profile_set_database_engine (p, PODLIFT_DATABASE_ENGINE_POSTGRESQL);
  podlift_app_profile_set_database_moves (p, TRUE);
  podlift_app_profile_set_database_size_gb (p, 40);
  podlift_state_path_set_path (path, "/srv/media");
  podlift_state_path_set_size_gb (path, 25);
  g_list_store_append (podlift_app_profile_get_state_paths (p), path);
  podlift_app_profile_set_stateful (p, TRUE);
  podlift_app_profile_set_state_handling (p, PODLIFT_STATE_HANDLING_SHARED_VOLUME);
  podlift_app_profile_set_vm_vcpu (p, 4);
  podlift_app_profile_set_vm_instances (p, 2);
  podlift_app_profile_set_cpu_average_percent (p, 35);
  podlift_app_profile_set_cpu_peak_percent (p, 80);
  podlift_app_profile_set_memory_average_mb (p, 3100);
  podlift_app_profile_set_memory_peak_mb (p, 5200);
  podlift_app_profile_set_requests_average (p, 45);
  podlift_app_profile_set_requests_peak (p, 220);
  return project;
}

static void
test_downtime (void)
{
  g_autoptr(PodliftProject) project = make_project ();
  PodliftStrategy *s = podlift_project_get_strategy (project);
  PodliftDowntime d;
  g_autofree char *total = NULL;

  /* From a pod: the dump is read across the network at the slower of 60
   * and 100 MB/s: 40000 / 60 = 666.7 s; no transfer; restore 40000 / 30
   * = 1333.3 s; volumes 25000 / 40 (tar) = 625 s; DNS: the lowered TTL,
   * 60 s; checks 15 min. */
  podlift_downtime_estimate (project, PODLIFT_STRATEGY_KIND_APP_AND_DATABASE, &d);
  g_assert_cmpfloat_with_epsilon (d.seconds[PODLIFT_DOWNTIME_DUMP], 40000.0 / 60, 0.01);
  g_assert_cmpfloat (d.seconds[PODLIFT_DOWNTIME_TRANSFER], ==, 0);
  g_assert_cmpfloat_with_epsilon (d.seconds[PODLIFT_DOWNTIME_RESTORE], 40000.0 / 30, 0.01);
  g_assert_cmpfloat (d.seconds[PODLIFT_DOWNTIME_VOLUME_COPY], ==, 625);
  g_assert_cmpfloat (d.seconds[PODLIFT_DOWNTIME_DNS], ==, 60);
  g_assert_cmpfloat (d.seconds[PODLIFT_DOWNTIME_CHECKS], ==, 900);
  g_assert_cmpfloat_with_epsilon (d.total_seconds, 666.67 + 1333.33 + 625 + 60 + 900, 0.02);
  total = podlift_format_duration (d.total_seconds);
  g_assert_cmpstr (total, ==, "1 h");

  /* From a host, over a slow link the user measured: the dump at its own
   * rate, then the file crosses at 20 MB/s. The TTL left at an hour. */
  podlift_strategy_set_run_from (s, PODLIFT_RUN_FROM_HOST);
  podlift_strategy_set_transfer_mb_per_second (s, 20);
  podlift_strategy_set_restore_mb_per_second (s, 50);
  podlift_strategy_set_lowered_ttl_seconds (s, 0);
  podlift_strategy_set_checks_minutes (s, 30);
  podlift_downtime_estimate (project, PODLIFT_STRATEGY_KIND_APP_AND_DATABASE, &d);
  g_assert_cmpfloat_with_epsilon (d.seconds[PODLIFT_DOWNTIME_DUMP], 40000.0 / 60, 0.01);
  g_assert_cmpfloat (d.seconds[PODLIFT_DOWNTIME_TRANSFER], ==, 2000);
  g_assert_cmpfloat (d.seconds[PODLIFT_DOWNTIME_RESTORE], ==, 800);
  g_assert_cmpfloat (d.seconds[PODLIFT_DOWNTIME_DNS], ==, 3600);
  g_assert_cmpfloat (d.seconds[PODLIFT_DOWNTIME_CHECKS], ==, 1800);
  g_assert_cmpfloat (d.transfer_mb_per_second, ==, 20);

  /* Application only: the VMs serve while DNS changes; only the copy of
   * the files (rsync's default rate) pauses their writes. */
  podlift_strategy_set_volume_copy (s, PODLIFT_VOLUME_COPY_RSYNC);
  podlift_downtime_estimate (project, PODLIFT_STRATEGY_KIND_APP_ONLY, &d);
  g_assert_cmpfloat (d.total_seconds, ==, 25000.0 / 30);
  g_assert_cmpfloat (d.seconds[PODLIFT_DOWNTIME_DNS], ==, 0);

  /* Reworked state: nothing to copy, no downtime at all. */
  podlift_app_profile_set_state_handling (podlift_project_get_profile (project), PODLIFT_STATE_HANDLING_REWORK);
  podlift_downtime_estimate (project, PODLIFT_STRATEGY_KIND_APP_ONLY, &d);
  g_assert_cmpfloat (d.total_seconds, ==, 0);
  g_assert_finalize_object (g_steal_pointer (&project));
}

static void
test_durations (void)
{
  const struct { double seconds; const char *text; } cases[] = {
    { 0, "0 s" }, { 45.2, "46 s" }, { 60, "1 min" }, { 61, "2 min" }, { 3600, "1 h" }, { 4620, "1 h 17 min" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = podlift_format_duration (cases[i].seconds);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static const char *
figure (PodliftSizing *sizing,
        const char    *label)
{
  for (guint i = 0; i < sizing->figures->len; i++)
    {
      PodliftSizingFigure *f = g_ptr_array_index (sizing->figures, i);

      if (g_str_equal (f->label, label))
        return f->value;
    }
  return NULL;
}

static const char *
str_at (GPtrArray  *manifests,
        const char *id,
        const char *path)
{
  JsonNode *node = podlift_manifest_get_document (podlift_manifests_find (manifests, id));
  g_auto(GStrv) parts = g_strsplit (path, ".", -1);

  for (guint i = 0; parts[i] && node; i++)
    node = JSON_NODE_HOLDS_ARRAY (node) ? json_array_get_element (json_node_get_array (node), atoi (parts[i]))
                                        : json_object_get_member (json_node_get_object (node), parts[i]);
  g_assert_nonnull (node);
  return json_node_get_string (node);
}

static gint64
int_at (GPtrArray  *manifests,
        const char *id,
        const char *path)
{
  JsonNode *node = podlift_manifest_get_document (podlift_manifests_find (manifests, id));
  g_auto(GStrv) parts = g_strsplit (path, ".", -1);

  for (guint i = 0; parts[i] && node; i++)
    node = json_object_get_member (json_node_get_object (node), parts[i]);
  g_assert_nonnull (node);
  return json_node_get_int (node);
}

/* Two VMs of 4 vCPU at 35 % on average, 80 % at peak; 3100 MiB used on
 * average, 5200 at peak. */
static void
test_from_vms (void)
{
  g_autoptr(PodliftProject) project = make_project ();
  PodliftManifestSet *set = podlift_project_get_manifests (project);
  g_autoptr(PodliftSizing) sizing = podlift_sizing_compute (project, 0);
  g_autoptr(PodliftSizing) four = podlift_sizing_compute (project, 4);
  g_autoptr(PodliftSizing) unlimited = NULL;
  g_autoptr(GPtrArray) manifests = NULL;
  g_autoptr(GPtrArray) chosen = NULL;

  g_assert_cmpint (sizing->source, ==, PODLIFT_SIZING_SOURCE_VM);
  /* 2.8 vCPU in use over 2 pods, a quarter more: 1750m each. */
  g_assert_cmpuint (sizing->cpu_request, ==, 1750);
  /* 3100 and 5200 MiB, a quarter more, in steps of 64 */
  g_assert_cmpuint (sizing->memory_request, ==, 3904);
  g_assert_cmpuint (sizing->memory_limit, ==, 6528);
  /* The peak's share with a quarter more: 4000m, above twice the request */
  g_assert_cmpuint (sizing->cpu_limit, ==, 4000);
  /* One pod a VM; the peak, 6.4 vCPU, needs 6 pods at 70 % of 1750m */
  g_assert_cmpuint (sizing->replicas, ==, 2);
  g_assert_cmpuint (sizing->hpa_min, ==, 2);
  g_assert_cmpuint (sizing->hpa_max, ==, 6);
  g_assert_cmpstr (figure (sizing, "Pods the peak needs"), ==, "6 at 70 % of a 1750 m request");

  /* Shared between 4 pods: 875m, in steps of 50 */
  g_assert_cmpuint (four->cpu_request, ==, 900);

  /* No CPU limit when the user says so. */
  podlift_strategy_set_cpu_limit (podlift_project_get_strategy (project), FALSE);
  unlimited = podlift_sizing_compute (project, 0);
  g_assert_cmpuint (unlimited->cpu_limit, ==, 0);

  /* Into the manifests: the counts when applied, requests and limits as
   * long as the manifests leave them to the sizing. */
  podlift_manifest_set_set_replicas (set, 3);
  podlift_manifest_set_set_max_replicas (set, 8);
  g_assert_false (podlift_sizing_is_applied (sizing, set));
  g_assert_true (podlift_sizing_apply (sizing, set));
  g_assert_false (podlift_sizing_apply (sizing, set));
  g_assert_true (podlift_sizing_is_applied (sizing, set));
  manifests = podlift_manifests_generate (project);
  g_assert_cmpint (int_at (manifests, "horizontalpodautoscaler", "spec.minReplicas"), ==, 2);
  g_assert_cmpint (int_at (manifests, "horizontalpodautoscaler", "spec.maxReplicas"), ==, 6);
  g_assert_cmpstr (str_at (manifests, "deployment", "spec.template.spec.containers.0.resources.requests.cpu"), ==, "1750m");

  podlift_manifest_set_set_cpu_request_millicores (set, 300);
  chosen = podlift_manifests_generate (project);
  g_assert_cmpstr (str_at (chosen, "deployment", "spec.template.spec.containers.0.resources.requests.cpu"), ==, "300m");
  g_assert_finalize_object (g_steal_pointer (&project));
}

static char *
read_fixture (const char *name,
              gsize      *length)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "k6", name, NULL);
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, length, &error);
  g_assert_no_error (error);
  return text;
}

static gboolean
parse_fixture (const char      *name,
               guint            latency_ms,
               double           error_percent,
               PodliftK6Result *result,
               GError         **error)
{
  gsize length;
  g_autofree char *text = read_fixture (name, &length);

  return podlift_k6_result_parse (text, length, name, latency_ms, error_percent, result, error);
}

/* The summary of Podlift's k6.js: a submetric per step. The highest
 * step within p95 ≤ 500 ms and 1 % errors is 206 req/s (p95 411.6 ms,
 * 0.1052 % errors: 13 of 12360); 248 req/s had p95 688.3 ms. */
static void
test_k6_summary_steps (void)
{
  g_autoptr(GError) error = NULL;
  PodliftK6Result r;

  g_assert_true (parse_fixture ("summary-steps.json", 500, 1, &r, &error));
  g_assert_no_error (error);
  g_assert_false (r.json_lines);
  g_assert_cmpuint (r.parts, ==, 8);
  g_assert_cmpfloat (r.rate, ==, 206);
  g_assert_cmpfloat (r.p95_ms, ==, 411.6);
  g_assert_cmpfloat_with_epsilon (r.error_percent, 0.1052, 1e-9);

  /* A looser latency objective lets the next step through. */
  g_assert_true (parse_fixture ("summary-steps.json", 700, 1, &r, &error));
  g_assert_cmpfloat (r.rate, ==, 248);

  /* Objectives no step met */
  g_assert_false (parse_fixture ("summary-steps.json", 50, 1, &r, &error));
  g_assert_error (error, PODLIFT_ERROR, PODLIFT_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "summary-steps.json:1: no step of the load test met the objectives"));
  g_assert_nonnull (strstr (error->message, "the lowest, 41 req/s, had p95 95 ms"));
}

/* Another script's summary: the whole run, at its average rate. */
static void
test_k6_summary_plain (void)
{
  g_autoptr(GError) error = NULL;
  PodliftK6Result r;

  g_assert_true (parse_fixture ("summary-plain.json", 500, 1, &r, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (r.parts, ==, 0);
  g_assert_cmpfloat (r.rate, ==, 57.28);
  g_assert_cmpfloat (r.p95_ms, ==, 182.64);
  g_assert_cmpfloat_with_epsilon (r.error_percent, 0.2037, 1e-9);

  g_assert_false (parse_fixture ("summary-missed.json", 500, 1, &r, &error));
  g_assert_error (error, PODLIFT_ERROR, PODLIFT_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "the run as a whole missed the objectives (p95 812 ms"));
}

/* --out json: 10-second windows at 1, 2, 4 and 8 req/s; the window at 8
 * req/s is over 500 ms and fails 6 % of its requests. */
static void
test_k6_lines (void)
{
  g_autoptr(GError) error = NULL;
  PodliftK6Result r;

  g_assert_true (parse_fixture ("results.jsonl", 500, 1, &r, &error));
  g_assert_no_error (error);
  g_assert_true (r.json_lines);
  g_assert_cmpuint (r.parts, ==, 4);
  g_assert_cmpfloat_with_epsilon (r.rate, 4, 0.11);
  g_assert_cmpfloat (r.p95_ms, <=, 500);
  g_assert_cmpfloat (r.error_percent, ==, 0);
}

/* What is not k6's output is refused with the file, a line and what to
 * give instead. */
static void
test_k6_bad_input (void)
{
  const struct { const char *name; const char *message; } cases[] = {
    { "empty.json", "empty.json:1: the file is empty" },
    { "text-summary.txt", "text-summary.txt:2: not JSON" },
    { "other-tool.json", "other-tool.json:1: JSON, but not k6's" },
  };
  const char broken[] = "{\"type\":\"Metric\",\"data\":{},\"metric\":\"http_reqs\"}\n"
                        "{\"type\":\"Point\",\"data\":{\"time\":\"2026-11-20T10:15:03Z\",\"value\":1},\"metric\":\"http_req_duration\"}\n"
                        "{\"type\":\"Point\",\"data\":{\"time\":";

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      PodliftK6Result r;

      g_assert_false (parse_fixture (cases[i].name, 500, 1, &r, &error));
      g_assert_error (error, PODLIFT_ERROR, PODLIFT_ERROR_PARSE);
      g_assert_true (g_str_has_prefix (error->message, cases[i].message));
    }

  {
    g_autoptr(GError) error = NULL;
    PodliftK6Result r;

    g_assert_false (podlift_k6_result_parse (broken, strlen (broken), "results.json", 500, 1, &r, &error));
    g_assert_error (error, PODLIFT_ERROR, PODLIFT_ERROR_PARSE);
    g_assert_true (g_str_has_prefix (error->message, "results.json:3: not JSON"));
  }
}

/* From a load test on 4 pods that held 206 req/s: one pod serves 51.5
 * req/s, kept at 70 %: 36.05. The average, 45 req/s, needs 2 pods; the
 * peak, 220 req/s, 7. */
static void
test_from_load_test (void)
{
  g_autoptr(PodliftProject) project = make_project ();
  PodliftStrategy *s = podlift_project_get_strategy (project);
  PodliftK6Result r = { FALSE, 8, 206, 411.6, 0.11 };
  g_autoptr(PodliftSizing) before = NULL;
  g_autoptr(PodliftSizing) sizing = NULL;

  /* Load test chosen, none read: the VMs' figures */
  podlift_strategy_set_sizing_source (s, PODLIFT_SIZING_SOURCE_LOAD_TEST);
  before = podlift_sizing_compute (project, 0);
  g_assert_cmpint (before->source, ==, PODLIFT_SIZING_SOURCE_VM);

  podlift_strategy_set_load_test_pods (s, 4);
  podlift_sizing_set_k6_result (s, &r);
  sizing = podlift_sizing_compute (project, 0);
  g_assert_cmpint (sizing->source, ==, PODLIFT_SIZING_SOURCE_LOAD_TEST);
  g_assert_cmpfloat (sizing->pod_capacity, ==, 51.5);
  g_assert_cmpuint (sizing->hpa_min, ==, 2);
  g_assert_cmpuint (sizing->hpa_max, ==, 7);
  g_assert_cmpuint (sizing->replicas, ==, 2);
  g_assert_cmpstr (figure (sizing, "One pod serves"), ==, "51.5 req/s");
  g_assert_cmpstr (figure (sizing, "Pods for the average / the peak"), ==, "2 / 7");
  /* Requests still from the VMs, over the load test's replicas */
  g_assert_cmpuint (sizing->cpu_request, ==, 1750);
  g_assert_finalize_object (g_steal_pointer (&project));
}

static void
node_check (const char *script)
{
  g_autofree char *dir = g_dir_make_tmp ("podlift-k6-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "k6.js", NULL);
  g_autofree char *err = NULL;
  const char *argv[] = { "node", "--check", path, NULL };
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_file_set_contents (path, script, -1, &error);
  g_assert_no_error (error);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                NULL, NULL, NULL, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("node --check refused k6.js: %s\n%s", err, script);
  g_remove (path);
  g_rmdir (dir);
}

/* Every script Podlift writes is JavaScript node accepts. */
static void
test_k6_script (void)
{
  g_autoptr(PodliftProject) project = make_project ();
  PodliftAppProfile *p = podlift_project_get_profile (project);
  g_autoptr(GArray) rates = podlift_k6_step_rates (project);
  g_autofree char *shop = NULL;
  g_autofree char *odd = NULL;
  g_autofree char *bare = NULL;
  g_autofree char *node = g_find_program_in_path ("node");

  if (node == NULL)
    {
      g_test_skip ("node is not installed");
      return;
    }

  /* 8 steps to 330 req/s, half as much again as the 220 req/s peak */
  g_assert_cmpuint (rates->len, ==, 8);
  g_assert_cmpuint (g_array_index (rates, guint, 0), ==, 41);
  g_assert_cmpuint (g_array_index (rates, guint, 7), ==, 330);
  shop = podlift_k6_script (project);
  g_assert_nonnull (strstr (shop, "executor: 'ramping-arrival-rate'"));
  g_assert_nonnull (strstr (shop, "http_req_duration: ['p(95)<500']"));
  g_assert_nonnull (strstr (shop, "http_req_failed: ['rate<0.01']"));
  g_assert_nonnull (strstr (shop, "{ path: \"/readyz\", weight: 1 }"));
  node_check (shop);

  /* Paths and names that need quoting, odd objectives */
  podlift_app_profile_set_name (p, "Ünïcode \"quoted\"\nname");
  podlift_app_profile_set_readiness_path (p, "/ready'z\"");
  podlift_app_profile_set_liveness_path (p, "/live\\z");
  podlift_strategy_set_error_objective_percent (podlift_project_get_strategy (project), 0.5);
  odd = podlift_k6_script (project);
  g_assert_nonnull (strstr (odd, "rate<0.005"));
  node_check (odd);

  /* No traffic figures: a 100 req/s target */
  podlift_app_profile_set_requests_peak (p, 0);
  podlift_app_profile_set_readiness_path (p, NULL);
  podlift_app_profile_set_liveness_path (p, NULL);
  bare = podlift_k6_script (project);
  g_assert_nonnull (strstr (bare, "const STEPS = [13, 25, 38, 50, 63, 75, 88, 100];"));
  node_check (bare);
  g_assert_finalize_object (g_steal_pointer (&project));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/podlift/sizing/downtime", test_downtime);
  g_test_add_func ("/podlift/sizing/durations", test_durations);
  g_test_add_func ("/podlift/sizing/from-vms", test_from_vms);
  g_test_add_func ("/podlift/sizing/k6-summary-steps", test_k6_summary_steps);
  g_test_add_func ("/podlift/sizing/k6-summary-plain", test_k6_summary_plain);
  g_test_add_func ("/podlift/sizing/k6-lines", test_k6_lines);
  g_test_add_func ("/podlift/sizing/k6-bad-input", test_k6_bad_input);
  g_test_add_func ("/podlift/sizing/from-load-test", test_from_load_test);
  g_test_add_func ("/podlift/sizing/k6-script", test_k6_script);

  return g_test_run ();
}
