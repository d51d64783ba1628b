/* test-review.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "podlift-bundle.h"
#include "podlift-checklist-item.h"
#include "podlift-dependency.h"
#include "podlift-env-var.h"
#include "podlift-lint-test-util.h"
#include "podlift-manifest-set.h"
#include "podlift-review.h"
#include "podlift-state-path.h"

/* The Review step's content and its Markdown, HTML and PDF, for the
 * example project and for projects with each kind of open risk. */

#define CANARY "canary-5e1b7c0d-never-in-a-review"

static void
set_secret (PodliftProject *project,
            const char     *name,
            const char     *value)
{
  GListModel *vars = G_LIST_MODEL (podlift_app_profile_get_env_vars (podlift_project_get_profile (project)));

  for (guint i = 0; i < g_list_model_get_n_items (vars); i++)
    {
      g_autoptr(PodliftEnvVar) var = g_list_model_get_item (vars, i);

      if (g_strcmp0 (podlift_env_var_get_name (var), name) == 0)
        {
          g_assert_true (podlift_env_var_get_secret (var));
          podlift_env_var_set_value (var, value);
          return;
        }
    }
  g_assert_not_reached ();
}

static PodliftReviewRisk *
find_risk (PodliftReview *review,
           const char    *id)
{
  for (guint i = 0; i < review->risks->len; i++)
    {
      PodliftReviewRisk *risk = g_ptr_array_index (review->risks, i);

      if (g_str_equal (risk->id, id))
        return risk;
    }
  return NULL;
}

static gboolean
has_risk_titled (PodliftReview *review,
                 const char    *title)
{
  for (guint i = 0; i < review->risks->len; i++)
    if (g_str_equal (((PodliftReviewRisk *) g_ptr_array_index (review->risks, i))->title, title))
      return TRUE;
  return FALSE;
}

#define assert_contains(haystack, needle) \
  G_STMT_START { \
    if (strstr ((haystack), (needle)) == NULL) \
      g_error ("%s:%d: “%s” not found in:\n%s", __FILE__, __LINE__, (needle), (haystack)); \
  } G_STMT_END

static void
test_example_content (void)
{
  g_autoptr(PodliftProject) project = podlift_test_load_example ();
  g_autoptr(PodliftReview) review = podlift_review_new (project, NULL);
  PodliftChecklist *checklist = podlift_project_get_checklist (project);
  PodliftReviewRisk *risk;
  guint closed, total;

  g_assert_cmpstr (review->title, ==, "Shopfront");
  g_assert_cmpstr (review->strategy, ==, "App and database");
  g_assert_cmpuint (review->n_resources, ==, 13);
  g_assert_nonnull (review->diagram);
  g_assert_cmpuint (podlift_review_counts_total (&review->dockerfile), ==, 0);
  g_assert_cmpuint (podlift_review_counts_total (&review->schema), ==, 0);
  podlift_checklist_count (checklist, -1, &closed, &total);
  g_assert_cmpuint (total, >, 0);
  g_assert_cmpuint (review->checklist_total, ==, total);
  g_assert_cmpuint (review->checklist_done, ==, closed);
  podlift_checklist_count (checklist, PODLIFT_CHECKLIST_PHASE_PREPARE, &closed, &total);
  g_assert_cmpuint (review->phases[PODLIFT_CHECKLIST_PHASE_PREPARE].done, ==, closed);
  g_assert_cmpuint (review->phases[PODLIFT_CHECKLIST_PHASE_PREPARE].total, ==, total);

  /* The strategy's downtime, and its runbook. */
  g_assert_nonnull (review->downtime);
  g_assert_cmpfloat (review->downtime_seconds, >, 60);
  g_assert_cmpuint (review->runbook->len, >, 0);

  /* The example's one open risk: its sizing is the VMs'. */
  risk = find_risk (review, "sizing-untested");
  g_assert_nonnull (risk);
  g_assert_cmpint (risk->severity, ==, PODLIFT_SEVERITY_WARNING);
  g_assert_cmpint (risk->step, ==, PODLIFT_STEP_STRATEGY);
  g_assert_null (find_risk (review, "missing-answer"));

  /* Reading the project for a review changes nothing. */
  g_assert_false (podlift_project_get_dirty (project));
}

static void
test_example_markdown (void)
{
  g_autoptr(PodliftProject) project = podlift_test_load_example ();
  g_autoptr(PodliftReview) review = podlift_review_new (project, NULL);
  g_autofree char *md = podlift_review_to_markdown (review);
  g_autofree char *summary = g_strdup_printf ("| 1 | No findings | 13 | %u of %u done |\n",
                                              review->checklist_done, review->checklist_total);
  g_autofree char *prepare = g_strdup_printf ("### Prepare: %u of %u done\n\n"
                                              "- [x] Rehearse the cutover in preprod · Maya Lindqvist (SRE)\n",
                                              review->phases[0].done, review->phases[0].total);
  g_autofree char *cutover = g_strdup_printf ("| Cutover | %u of %u done |\n",
                                              review->checklist_done, review->checklist_total);
  g_autofree char *downtime = g_strdup_printf ("**App and database**: %s of downtime\n", review->downtime);

  g_assert_true (g_str_has_prefix (md, "# Shopfront: migration review\n"));
  assert_contains (md, summary);
  assert_contains (md, "## Open risks\n\n1. **Risk** · The sizing is not backed by a load test *(Strategy)*");
  assert_contains (md, downtime);
  assert_contains (md, "| Made of | Dump ");
  assert_contains (md, "### Runbook\n\n1. Rehearse in pre-production\n");
  assert_contains (md, " (during the downtime)\n");
  assert_contains (md, "| Cutover window | Saturday 2026-11-28, 02:00-05:00 UTC |\n");
  assert_contains (md, "| DNS TTL | 3600 s, lowered to 60 s before the switch |\n");
  assert_contains (md, "| Stack | Python 3.11 |\n");
  assert_contains (md, "| Database | PostgreSQL 15, 40 GB, moves with the application |\n");
  assert_contains (md, "| Configuration | 7 variables, 3 secrets, 1 file |\n");
  /* A user's "*" and "_" are text, not emphasis. */
  assert_contains (md, "| Scheduled jobs | nightly-maintenance (30 2 \\* \\* \\*) |\n");
  assert_contains (md, "default\\_transaction\\_read\\_only");
  /* The rollback plan's numbered lines stay a list. */
  assert_contains (md, "\n\n2. Point shop.example.com back at the VM load balancer");
  /* The diagram, as GitHub draws it. */
  assert_contains (md, "```mermaid\nflowchart LR\n  subgraph r_namespace [\"Namespace shopfront\"]\n");
  assert_contains (md, "  r_ingress --> r_service\n");
  assert_contains (md, "  r_deployment --> r_pvc_media\n");
  assert_contains (md, "| Deployment | shopfront | No |\n");
  assert_contains (md, "| Manifests against the Kubernetes schema | No findings |\n");
  assert_contains (md, prepare);
  assert_contains (md, "- [ ] Maintenance page on · Maya Lindqvist (SRE)\n");
  assert_contains (md, cutover);
}

static void
test_example_html (void)
{
  g_autoptr(PodliftProject) project = podlift_test_load_example ();
  g_autoptr(PodliftReview) review = podlift_review_new (project, NULL);
  g_autofree char *html = podlift_review_to_html (review);
  g_autofree char *prepare = g_strdup_printf ("<h3>Prepare: %u of %u done</h3>",
                                              review->phases[0].done, review->phases[0].total);

  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"));
  assert_contains (html, "<title>Shopfront: migration review</title>");
  assert_contains (html, "@media print{@page{size:A4;");
  assert_contains (html, "<li class=\"risk\"><span class=\"badge\">Risk</span><strong>The sizing is not backed by a load test</strong>");
  assert_contains (html, "<dt>Stack</dt><dd>Python 3.11</dd>");
  assert_contains (html, prepare);
  assert_contains (html, "<li class=\"done\">Rehearse the cutover in preprod <span class=\"owner\">· Maya Lindqvist (SRE)</span></li>");
  /* The diagram inline, its resources' names as drawn glyphs or text. */
  assert_contains (html, "<figure><svg role=\"img\" aria-label=\"How the resources connect\" xmlns=\"http://www.w3.org/2000/svg\"");
  g_assert_null (strstr (html, "<?xml"));
  /* Self-contained: nothing to fetch, nothing to run. */
  g_assert_null (strstr (html, "<script"));
  g_assert_null (strstr (html, "<link"));
  g_assert_null (strstr (html, " src="));
  g_assert_true (g_str_has_suffix (html, "</body>\n</html>\n"));
}

static void
test_example_pdf (void)
{
  g_autoptr(PodliftProject) project = podlift_test_load_example ();
  g_autoptr(PodliftReview) review = podlift_review_new (project, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *tmp = g_dir_make_tmp ("podlift-review-XXXXXX", &error);
  g_autofree char *path = g_build_filename (tmp, "review.pdf", NULL);
  g_autofree char *bad = g_build_filename (tmp, "missing", "review.pdf", NULL);
  g_autofree char *data = NULL;
  gsize length;
  guint pages = 0;

  g_assert_no_error (error);
  g_assert_true (podlift_review_write (review, PODLIFT_REVIEW_FORMAT_PDF, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  g_assert_true (g_str_has_prefix (data, "%PDF-1."));
  /* Each page's dictionary says "/Type /Page"; the tree's, "/Pages". */
  for (gsize i = 0; i + 12 < length; i++)
    pages += memcmp (data + i, "/Type /Page", 11) == 0 && data[i + 11] != 's';
  g_assert_cmpuint (pages, >=, 2);

  /* A folder that does not exist is an error, not a crash. */
  g_assert_false (podlift_review_write_pdf (review, bad, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);

  g_unlink (path);
  g_rmdir (tmp);
}

/* A project with a little of everything that can go wrong. */
static PodliftProject *
make_risky_project (void)
{
  PodliftProject *project = podlift_project_new ();
  PodliftAppProfile *profile = podlift_project_get_profile (project);
  PodliftStrategy *strategy = podlift_project_get_strategy (project);
  g_autoptr(PodliftStatePath) path = podlift_state_path_new ();
  g_autoptr(PodliftDependency) dep = podlift_dependency_new ();

  podlift_app_profile_set_name (profile, "Ledger");
  podlift_app_profile_set_stack (profile, PODLIFT_STACK_PYTHON);
  podlift_app_profile_set_launch_command (profile, "gunicorn ledger.wsgi");
  podlift_app_profile_set_port (profile, 8000);
  podlift_app_profile_set_liveness_path (profile, "/healthz");
  podlift_app_profile_set_stateful (profile, TRUE);
  podlift_app_profile_set_state_handling (profile, PODLIFT_STATE_HANDLING_SHARED_VOLUME);
  podlift_state_path_set_path (path, "/srv/ledger/files");
  g_list_store_append (podlift_app_profile_get_state_paths (profile), path);
  podlift_app_profile_set_database_moves (profile, TRUE);
  podlift_app_profile_set_database_engine (profile, PODLIFT_DATABASE_ENGINE_POSTGRESQL);
  podlift_app_profile_set_database_size_gb (profile, 12);
  podlift_dependency_set_host (dep, "db1.internal");
  podlift_dependency_set_port (dep, 5432);
  g_list_store_append (podlift_app_profile_get_dependencies (profile), dep);

  podlift_dockerfile_set_text (podlift_project_get_dockerfile (project),
                               "FROM python:latest\nRUN cd /app\nCMD gunicorn ledger.wsgi\n");
  podlift_manifest_set_set_namespace (podlift_project_get_manifests (project), "ledger");

  podlift_strategy_set_kind (strategy, PODLIFT_STRATEGY_KIND_APP_AND_DATABASE);
  podlift_strategy_set_public_hostname (strategy, "ledger.example.com");
  podlift_strategy_set_dns_ttl_seconds (strategy, 3600);
  podlift_strategy_set_lowered_ttl_seconds (strategy, 0);
  podlift_strategy_set_maintenance_page (strategy, FALSE);

  return project;
}

static void
test_risks (void)
{
  g_autoptr(PodliftProject) project = make_risky_project ();
  g_autoptr(PodliftReview) review = podlift_review_new (project, NULL);
  PodliftReviewRisk *risk;
  PodliftSeverity last = PODLIFT_SEVERITY_ERROR;

  /* No readiness endpoint, as the Knowledge step asks. */
  g_assert_true (has_risk_titled (review, "Give the readiness endpoint"));
  g_assert_true (has_risk_titled (review, "Write the rollback plan"));
  g_assert_true (has_risk_titled (review, "Add the cutover checklist"));

  /* Lint errors, named with their codes; the Container step's own line
   * for them is not repeated. */
  risk = find_risk (review, "dockerfile-lint");
  g_assert_nonnull (risk);
  g_assert_cmpint (risk->severity, <=, PODLIFT_SEVERITY_WARNING);
  g_assert_nonnull (strstr (risk->detail, "DL3007"));
  for (guint i = 0; i < review->risks->len; i++)
    g_assert_false (g_str_has_prefix (((PodliftReviewRisk *) g_ptr_array_index (review->risks, i))->title, "Fix "));

  /* State on a shared volume with no storage class. */
  risk = find_risk (review, "state-no-storage-class");
  g_assert_nonnull (risk);
  g_assert_cmpint (risk->step, ==, PODLIFT_STEP_MANIFESTS);

  g_assert_nonnull (find_risk (review, "no-window"));
  g_assert_nonnull (find_risk (review, "no-maintenance-page"));
  g_assert_nonnull (find_risk (review, "ttl-not-lowered"));
  g_assert_nonnull (find_risk (review, "sizing-untested"));
  /* Not checked: no reachability risk. */
  g_assert_null (find_risk (review, "dependency-unreachable"));

  /* Blockers first, then risks, then the rest. */
  for (guint i = 0; i < review->risks->len; i++)
    {
      PodliftReviewRisk *r = g_ptr_array_index (review->risks, i);

      g_assert_cmpint (r->severity, >=, last);
      last = r->severity;
    }
}

static void
test_risks_resolved (void)
{
  g_autoptr(PodliftProject) project = make_risky_project ();
  PodliftManifestSet *set = podlift_project_get_manifests (project);
  PodliftStrategy *strategy = podlift_project_get_strategy (project);
  g_autoptr(PodliftReview) before = podlift_review_new (project, NULL);
  g_autoptr(PodliftReview) unread = NULL;
  g_autoptr(PodliftReview) after = NULL;
  g_autoptr(PodliftReview) provider = NULL;
  g_autoptr(PodliftReview) rework = NULL;

  podlift_manifest_set_set_storage_class (set, "efs-sc");
  podlift_strategy_set_cutover_window (strategy, "Sunday 01:00-04:00 UTC");
  podlift_strategy_set_maintenance_page (strategy, TRUE);
  podlift_strategy_set_lowered_ttl_seconds (strategy, 60);
  podlift_strategy_set_sizing_source (strategy, PODLIFT_SIZING_SOURCE_LOAD_TEST);
  /* A load test chosen but not read yet is still a risk. */
  unread = podlift_review_new (project, NULL);
  g_assert_cmpstr (find_risk (unread, "sizing-untested")->title, ==, "No load test result has been read yet");
  podlift_strategy_set_load_test_rate (strategy, 120);
  after = podlift_review_new (project, NULL);

  g_assert_cmpuint (after->risks->len, <, before->risks->len);
  g_assert_null (find_risk (after, "state-no-storage-class"));
  g_assert_null (find_risk (after, "no-window"));
  g_assert_null (find_risk (after, "no-maintenance-page"));
  g_assert_null (find_risk (after, "ttl-not-lowered"));
  g_assert_null (find_risk (after, "sizing-untested"));

  /* A storage provider decides the class too. */
  podlift_manifest_set_set_storage_class (set, NULL);
  podlift_manifest_set_set_storage_provider (set, PODLIFT_STORAGE_PROVIDER_GKE_FILESTORE);
  provider = podlift_review_new (project, NULL);
  g_assert_null (find_risk (provider, "state-no-storage-class"));

  /* Reworking the code is planned work, worth saying. */
  podlift_app_profile_set_state_handling (podlift_project_get_profile (project), PODLIFT_STATE_HANDLING_REWORK);
  rework = podlift_review_new (project, NULL);
  g_assert_cmpint (find_risk (rework, "state-rework")->severity, ==, PODLIFT_SEVERITY_INFO);
}

static void
test_downtime_over_window (void)
{
  g_autoptr(PodliftProject) project = make_risky_project ();
  PodliftStrategy *strategy = podlift_project_get_strategy (project);
  g_autoptr(PodliftReview) short_window = NULL;
  g_autoptr(PodliftReview) long_window = NULL;
  g_autoptr(PodliftReview) overnight = NULL;
  PodliftReviewRisk *risk;

  /* 12 GB to dump and restore, and the checks: more than half an hour. */
  podlift_strategy_set_cutover_window (strategy, "Saturday 02:00-02:30 UTC");
  short_window = podlift_review_new (project, NULL);
  g_assert_cmpfloat (short_window->downtime_seconds, >, 30 * 60);
  risk = find_risk (short_window, "downtime-over-window");
  g_assert_nonnull (risk);
  g_assert_cmpint (risk->severity, ==, PODLIFT_SEVERITY_ERROR);
  g_assert_true (g_str_has_prefix (risk->detail, short_window->downtime));
  g_assert_nonnull (strstr (risk->detail, "a window of 0 h 30 min"));

  podlift_strategy_set_cutover_window (strategy, "Saturday 02:00 to 06:00 UTC");
  long_window = podlift_review_new (project, NULL);
  g_assert_null (find_risk (long_window, "downtime-over-window"));

  /* Across midnight. */
  podlift_strategy_set_cutover_window (strategy, "Friday 23:00–01:00");
  overnight = podlift_review_new (project, NULL);
  g_assert_null (find_risk (overnight, "downtime-over-window"));
}

static void
test_app_only_with_database (void)
{
  g_autoptr(PodliftProject) project = make_risky_project ();
  g_autoptr(PodliftReview) review = NULL;

  podlift_strategy_set_kind (podlift_project_get_strategy (project), PODLIFT_STRATEGY_KIND_APP_ONLY);
  review = podlift_review_new (project, NULL);

  g_assert_nonnull (find_risk (review, "database-moves-app-only"));
  /* App only has no downtime: no window needed. */
  g_assert_null (find_risk (review, "no-window"));
}

static void
test_schema_errors (void)
{
  g_autoptr(PodliftProject) project = podlift_test_load_example ();
  g_autoptr(PodliftReview) review = NULL;
  g_autofree char *md = NULL;
  PodliftReviewRisk *risk;

  /* A hand edit the schema refuses. */
  podlift_manifest_set_set_customisation (podlift_project_get_manifests (project), "service",
                                          "apiVersion: v1\nkind: Service\nmetadata:\n  name: shopfront\n"
                                          "spec:\n  ports: 80\n");
  review = podlift_review_new (project, NULL);

  g_assert_cmpuint (podlift_review_counts_total (&review->schema), >, 0);
  risk = find_risk (review, "manifest-schema");
  g_assert_nonnull (risk);
  g_assert_cmpint (risk->severity, ==, PODLIFT_SEVERITY_ERROR);
  g_assert_nonnull (strstr (risk->detail, "Service/shopfront"));
  g_assert_true (risk == g_ptr_array_index (review->risks, 0));

  md = podlift_review_to_markdown (review);
  assert_contains (md, "1. **Blocker** · ");
  assert_contains (md, "| Deployment | shopfront | No |\n");
  assert_contains (md, "| Service | shopfront | Yes |\n");
}

static void
test_unreachable (void)
{
  g_autoptr(PodliftProject) project = make_risky_project ();
  g_autoptr(GPtrArray) results = g_ptr_array_new_with_free_func ((GDestroyNotify) podlift_reachability_free);
  PodliftReachability *result = g_new0 (PodliftReachability, 1);
  g_autoptr(PodliftReview) review = NULL;
  PodliftReviewRisk *risk;

  result->reachable = FALSE;
  result->summary = g_strdup ("Connection refused");
  g_ptr_array_add (results, result);
  review = podlift_review_new (project, results);

  risk = find_risk (review, "dependency-unreachable");
  g_assert_nonnull (risk);
  g_assert_cmpstr (risk->title, ==, "db1.internal:5432 is unreachable");
  g_assert_true (g_str_has_prefix (risk->detail, "Connection refused"));

  /* Reachable: no risk. */
  result->reachable = TRUE;
  g_clear_pointer (&review, podlift_review_free);
  review = podlift_review_new (project, results);
  g_assert_null (find_risk (review, "dependency-unreachable"));
}

/* The first item of @phase that is still to do, or with a live check
 * of @kind: the example's checklist may gain or rename items. */
static PodliftChecklistItem *
find_item (PodliftProject        *project,
           PodliftChecklistPhase  phase,
           PodliftCheckKind       kind)
{
  GListModel *items = G_LIST_MODEL (podlift_checklist_get_items (podlift_project_get_checklist (project)));

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(PodliftChecklistItem) item = g_list_model_get_item (items, i);

      if (podlift_checklist_item_get_phase (item) == phase && !podlift_checklist_item_get_closed (item) &&
          (kind == PODLIFT_CHECK_KIND_NONE || podlift_checklist_item_get_check_kind (item) == kind))
        return item;  /* the store keeps it */
    }
  g_assert_not_reached ();
}

static void
test_checklist_states (void)
{
  g_autoptr(PodliftProject) project = podlift_test_load_example ();
  PodliftChecklistItem *skipped = find_item (project, PODLIFT_CHECKLIST_PHASE_PREPARE, PODLIFT_CHECK_KIND_NONE);
  PodliftChecklistItem *failed = find_item (project, PODLIFT_CHECKLIST_PHASE_SWITCH, PODLIFT_CHECK_KIND_NONE);
  PodliftChecklistItem *checked = find_item (project, PODLIFT_CHECKLIST_PHASE_SWITCH, PODLIFT_CHECK_KIND_HTTP);
  g_autoptr(PodliftReview) before = podlift_review_new (project, NULL);
  g_autoptr(PodliftReview) review = NULL;
  g_autofree char *md = NULL;
  g_autofree char *html = NULL;
  g_autofree char *expected = NULL;
  PodliftReviewRisk *risk;

  podlift_checklist_item_set_state (skipped, PODLIFT_ITEM_STATE_SKIPPED);
  podlift_checklist_item_set_state (failed, PODLIFT_ITEM_STATE_FAILED);
  podlift_checklist_item_set_check_outcome (checked, g_get_real_time () / G_USEC_PER_SEC, FALSE,
                                            "HTTP 503 in 41 ms", 41);
  review = podlift_review_new (project, NULL);

  /* Skipped counts as done, as in the Cutover step. */
  g_assert_cmpuint (review->checklist_done, ==, before->checklist_done + 1);
  g_assert_cmpuint (review->checklist_skipped, ==, before->checklist_skipped + 1);
  g_assert_cmpuint (review->checklist_failed, ==, before->checklist_failed + 1);

  risk = find_risk (review, "checklist-failed");
  g_assert_nonnull (risk);
  g_assert_cmpint (risk->severity, ==, PODLIFT_SEVERITY_ERROR);
  expected = g_strdup_printf ("“%s” failed", podlift_checklist_item_get_title (failed));
  g_assert_cmpstr (risk->title, ==, expected);
  risk = find_risk (review, "live-check-failed");
  g_assert_nonnull (risk);
  g_assert_cmpstr (risk->detail, ==, "HTTP 503 in 41 ms");

  md = podlift_review_to_markdown (review);
  html = podlift_review_to_html (review);
  g_free (expected);
  expected = g_strdup_printf ("- [x] %s · %s · *Skipped*\n", podlift_checklist_item_get_title (skipped),
                              podlift_checklist_item_get_owner (skipped));
  assert_contains (md, expected);
  g_free (expected);
  expected = g_strdup_printf ("- [ ] %s · %s · *Failed*\n", podlift_checklist_item_get_title (failed),
                              podlift_checklist_item_get_owner (failed));
  assert_contains (md, expected);
  assert_contains (md, " · *Last check failed: HTTP 503 in 41 ms*\n");
  g_free (expected);
  expected = g_strdup_printf ("<li class=\"skipped\">%s", podlift_checklist_item_get_title (skipped));
  assert_contains (html, expected);
  g_free (expected);
  expected = g_strdup_printf ("<li class=\"failed\">%s", podlift_checklist_item_get_title (failed));
  assert_contains (html, expected);
}

static void
test_escaping (void)
{
  g_autoptr(PodliftProject) project = podlift_project_new ();
  PodliftAppProfile *profile = podlift_project_get_profile (project);
  g_autoptr(PodliftReview) review = NULL;
  g_autofree char *md = NULL;
  g_autofree char *html = NULL;

  podlift_app_profile_set_name (profile, "<script>alert(1)</script> & *co*");
  podlift_strategy_set_rollback_plan (podlift_project_get_strategy (project), "Use `kubectl` | then [undo](x)");
  review = podlift_review_new (project, NULL);

  md = podlift_review_to_markdown (review);
  assert_contains (md, "# \\<script\\>alert(1)\\</script\\> & \\*co\\*: migration review\n");
  assert_contains (md, "Use \\`kubectl\\` \\| then \\[undo\\](x)\n");
  html = podlift_review_to_html (review);
  g_assert_null (strstr (html, "<script"));
  assert_contains (html, "<title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; *co*: migration review</title>");
}

static void
test_no_secret_value (void)
{
  g_autoptr(PodliftProject) project = podlift_test_load_example ();
  g_autoptr(PodliftReview) review = NULL;
  g_autofree char *md = NULL;
  g_autofree char *html = NULL;

  set_secret (project, "SECRET_KEY", CANARY);
  podlift_strategy_set_notes (podlift_project_get_strategy (project), "Notes without the value.");
  review = podlift_review_new (project, NULL);

  md = podlift_review_to_markdown (review);
  html = podlift_review_to_html (review);
  g_assert_null (strstr (md, CANARY));
  g_assert_null (strstr (html, CANARY));
  /* Nor the value of a variable that is not secret: they are counted. */
  g_assert_null (strstr (md, "shopfront.settings.production"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/podlift/review/example-content", test_example_content);
  g_test_add_func ("/podlift/review/example-markdown", test_example_markdown);
  g_test_add_func ("/podlift/review/example-html", test_example_html);
  g_test_add_func ("/podlift/review/example-pdf", test_example_pdf);
  g_test_add_func ("/podlift/review/risks", test_risks);
  g_test_add_func ("/podlift/review/risks-resolved", test_risks_resolved);
  g_test_add_func ("/podlift/review/downtime-over-window", test_downtime_over_window);
  g_test_add_func ("/podlift/review/app-only-with-database", test_app_only_with_database);
  g_test_add_func ("/podlift/review/schema-errors", test_schema_errors);
  g_test_add_func ("/podlift/review/unreachable", test_unreachable);
  g_test_add_func ("/podlift/review/checklist-states", test_checklist_states);
  g_test_add_func ("/podlift/review/escaping", test_escaping);
  g_test_add_func ("/podlift/review/no-secret-value", test_no_secret_value);

  return g_test_run ();
}
