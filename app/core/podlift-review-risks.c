/* podlift-review-risks.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-review"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>

#include "podlift-checklist-item.h"
#include "podlift-dependency.h"
#include "podlift-diagnostic.h"
#include "podlift-enum-types.h"
#include "podlift-manifest-generator.h"
#include "podlift-review-private.h"

/* The risks still open, derived from the plan: the answers the steps
 * still need, then what the answers together tell (state without a
 * volume, lint and schema errors, downtime past the window, sizing no
 * load test backs, dependencies this machine cannot reach). Blockers
 * first. */

/* How many findings a risk's detail names before "and N more". */
#define MAX_NAMED 3

static void
add_risk (PodliftReview   *self,
          const char      *id,
          PodliftSeverity  severity,
          PodliftStep      step,
          char            *title,
          char            *detail)
{
  PodliftReviewRisk *risk = g_new0 (PodliftReviewRisk, 1);

  risk->id = g_strdup (id);
  risk->severity = severity;
  risk->step = step;
  risk->title = title;
  risk->detail = detail;
  g_ptr_array_add (self->risks, risk);
}

static void
add_missing (PodliftReview  *self,
             PodliftProject *project,
             PodliftStep     step,
             guint           skip_last)
{
  g_autoptr(GPtrArray) missing = podlift_project_list_missing (project, step);

  for (guint i = 0; i + skip_last < missing->len; i++)
    add_risk (self, "missing-answer", PODLIFT_SEVERITY_WARNING, step,
              g_strdup (g_ptr_array_index (missing, i)), NULL);
}

/* The answers each step still needs. The Container step lists its
 * answers first, then a line for the Dockerfile's errors and one for
 * its warnings: those come below as lint risks, with their codes. */
static void
collect_missing (PodliftReview  *self,
                 PodliftProject *project)
{
  guint lint_lines = (self->dockerfile.by_severity[PODLIFT_SEVERITY_ERROR] > 0) +
                     (self->dockerfile.by_severity[PODLIFT_SEVERITY_WARNING] > 0);

  add_missing (self, project, PODLIFT_STEP_KNOWLEDGE, 0);
  add_missing (self, project, PODLIFT_STEP_CONTAINER, lint_lines);
  add_missing (self, project, PODLIFT_STEP_MANIFESTS, 0);
  add_missing (self, project, PODLIFT_STEP_STRATEGY, 0);
  /* Open items are progress, not risks: only a missing checklist is. */
  if (self->checklist_total == 0)
    add_missing (self, project, PODLIFT_STEP_CUTOVER, 0);
}

/* "DL3007 line 3: …; schema Deployment/shopfront: …; and 2 more" */
static void
name_findings (GString         *out,
               GListModel      *findings,
               PodliftSeverity  severity,
               gboolean         schema,
               guint           *named,
               guint           *more)
{
  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(PodliftDiagnostic) d = g_list_model_get_item (findings, i);
      const char *code = podlift_diagnostic_get_code (d);
      gboolean is_schema = g_strcmp0 (code, "schema") == 0 || g_strcmp0 (code, "podlift-yaml-syntax") == 0;
      const char *where = podlift_diagnostic_get_object (d);

      if (podlift_diagnostic_get_severity (d) != severity || is_schema != schema)
        continue;
      if (*named == MAX_NAMED)
        {
          (*more)++;
          continue;
        }

      if (out->len > 0)
        g_string_append (out, "; ");
      if (where != NULL)
        g_string_append_printf (out, "%s %s: %s", code, where, podlift_diagnostic_get_message (d));
      else
        /* Translators: a lint finding, "DL3007 line 3: Using latest is …" */
        g_string_append_printf (out, _("%s line %u: %s"), code, podlift_diagnostic_get_line (d),
                                podlift_diagnostic_get_message (d));
      (*named)++;
    }
}

static char *
findings_detail (PodliftReview   *self,
                 gboolean         dockerfile,
                 PodliftSeverity  severity,
                 gboolean         schema)
{
  g_autoptr(GString) out = g_string_new (NULL);
  guint named = 0, more = 0;

  if (dockerfile && self->dockerfile_findings != NULL)
    name_findings (out, self->dockerfile_findings, severity, FALSE, &named, &more);
  else if (!dockerfile)
    for (guint k = 0; k < self->manifest_findings->len; k++)
      name_findings (out, g_ptr_array_index (self->manifest_findings, k), severity, schema, &named, &more);

  if (more > 0)
    /* Translators: after the findings a risk names, "; and 4 more" */
    g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "; and %u more", "; and %u more", more), more);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
collect_findings (PodliftReview *self)
{
  guint n;

  if ((n = self->dockerfile.by_severity[PODLIFT_SEVERITY_ERROR]) > 0)
    add_risk (self, "dockerfile-lint", PODLIFT_SEVERITY_ERROR, PODLIFT_STEP_CONTAINER,
              g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "The Dockerfile has %u lint error",
                                            "The Dockerfile has %u lint errors", n), n),
              findings_detail (self, TRUE, PODLIFT_SEVERITY_ERROR, FALSE));
  if ((n = self->dockerfile.by_severity[PODLIFT_SEVERITY_WARNING]) > 0)
    add_risk (self, "dockerfile-lint", PODLIFT_SEVERITY_WARNING, PODLIFT_STEP_CONTAINER,
              g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "The Dockerfile has %u lint warning",
                                            "The Dockerfile has %u lint warnings", n), n),
              findings_detail (self, TRUE, PODLIFT_SEVERITY_WARNING, FALSE));
  if ((n = podlift_review_counts_total (&self->schema)) > 0)
    add_risk (self, "manifest-schema", PODLIFT_SEVERITY_ERROR, PODLIFT_STEP_MANIFESTS,
              g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u schema error in the manifests",
                                            "%u schema errors in the manifests", n), n),
              findings_detail (self, FALSE, PODLIFT_SEVERITY_ERROR, TRUE));
  if ((n = self->checks.by_severity[PODLIFT_SEVERITY_ERROR]) > 0)
    add_risk (self, "manifest-checks", PODLIFT_SEVERITY_ERROR, PODLIFT_STEP_MANIFESTS,
              g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "The manifest checks find %u error",
                                            "The manifest checks find %u errors", n), n),
              findings_detail (self, FALSE, PODLIFT_SEVERITY_ERROR, FALSE));
  if ((n = self->checks.by_severity[PODLIFT_SEVERITY_WARNING]) > 0)
    add_risk (self, "manifest-checks", PODLIFT_SEVERITY_WARNING, PODLIFT_STEP_MANIFESTS,
              g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "The manifest checks find %u warning",
                                            "The manifest checks find %u warnings", n), n),
              findings_detail (self, FALSE, PODLIFT_SEVERITY_WARNING, FALSE));
}

/* Whether the volume claims say what kind of volume they are: without a
 * class, the cluster's default decides, and it often cannot share. */
static gboolean
claims_have_class (PodliftReview *self)
{
  gboolean any = FALSE;

  for (guint k = 0; k < self->manifests->len; k++)
    {
      PodliftManifest *m = g_ptr_array_index (self->manifests, k);
      JsonObject *root;
      JsonObject *spec;

      if (podlift_manifest_get_kind (m) != PODLIFT_RESOURCE_PERSISTENT_VOLUME_CLAIM || !podlift_manifest_get_enabled (m))
        continue;
      any = TRUE;
      root = json_node_get_object (podlift_manifest_get_document (m));
      spec = json_object_get_object_member (root, "spec");
      if (spec == NULL || !json_object_has_member (spec, "storageClassName"))
        return FALSE;
    }

  return any;
}

/* Stateful without a volume decision: state on a shared volume whose
 * class nobody chose. */
static void
collect_state (PodliftReview  *self,
               PodliftProject *project)
{
  PodliftAppProfile *profile = podlift_project_get_profile (project);
  guint n_paths = g_list_model_get_n_items (G_LIST_MODEL (podlift_app_profile_get_state_paths (profile)));

  if (!podlift_app_profile_get_stateful (profile) || n_paths == 0)
    return;

  switch (podlift_app_profile_get_state_handling (profile))
    {
    case PODLIFT_STATE_HANDLING_SHARED_VOLUME:
      if (!claims_have_class (self))
        add_risk (self, "state-no-storage-class", PODLIFT_SEVERITY_WARNING, PODLIFT_STEP_MANIFESTS,
                  g_strdup (_("The shared volume's storage class is not decided")),
                  g_strdup (_("Every pod mounts the same volume (ReadWriteMany); the cluster's default "
                              "class often offers ReadWriteOnce only. Choose one that shares, such as "
                              "EFS, Filestore or NFS.")));
      break;

    case PODLIFT_STATE_HANDLING_REWORK:
      add_risk (self, "state-rework", PODLIFT_SEVERITY_INFO, PODLIFT_STEP_KNOWLEDGE,
                g_strdup (_("The code must stop keeping state before the cutover")),
                g_strdup (_("The plan counts on reworking the application to be stateless: what it "
                            "keeps on disk moves to a database or object storage first.")));
      break;

    case PODLIFT_STATE_HANDLING_STATEFULSET:
    default:
      break;
    }
}

static int
fetch_int (GMatchInfo *match,
           int         group)
{
  g_autofree char *text = g_match_info_fetch (match, group);

  return atoi (text);
}

/* The minutes from "02:00-05:00" (or "22:00–01:30") in @window, or 0. */
static guint
window_minutes (const char *window)
{
  g_autoptr(GRegex) re = NULL;
  g_autoptr(GMatchInfo) match = NULL;
  int start, end;

  if (window == NULL)
    return 0;

  re = g_regex_new ("([0-2]?[0-9])[:h.]([0-5][0-9])\\s*(?:-|–|—|to)\\s*([0-2]?[0-9])[:h.]([0-5][0-9])",
                    G_REGEX_OPTIMIZE, 0, NULL);
  if (!g_regex_match (re, window, 0, &match))
    return 0;

  start = fetch_int (match, 1) * 60 + fetch_int (match, 2);
  end = fetch_int (match, 3) * 60 + fetch_int (match, 4);

  return end > start ? end - start : end + 24 * 60 - start;
}

static void
collect_downtime (PodliftReview   *self,
                  PodliftStrategy *strategy,
                  guint            downtime_minutes)
{
  const char *window = podlift_strategy_get_cutover_window (strategy);
  guint minutes = window_minutes (window);

  if (self->strategy_kind != PODLIFT_STRATEGY_KIND_APP_AND_DATABASE)
    return;

  if (window == NULL)
    add_risk (self, "no-window", PODLIFT_SEVERITY_WARNING, PODLIFT_STEP_STRATEGY,
              g_strdup (_("No maintenance window for a migration with downtime")),
              g_strdup (_("Moving the database stops the application: agree on when, and tell its users.")));
  else if (downtime_minutes > 0 && minutes > 0 && downtime_minutes > minutes)
    add_risk (self, "downtime-over-window", PODLIFT_SEVERITY_ERROR, PODLIFT_STEP_STRATEGY,
              g_strdup (_("The downtime estimate is longer than the maintenance window")),
              /* Translators: "About 3 h 10 min of downtime, in a window of 3 h 0 min" */
              g_strdup_printf (_("%s of downtime, in a window of %u h %02u min: plan a longer window, "
                                 "or copy the bulk of the data before it."),
                               self->downtime ? self->downtime : "?", minutes / 60, minutes % 60));

  if (!podlift_strategy_get_maintenance_page (strategy))
    add_risk (self, "no-maintenance-page", PODLIFT_SEVERITY_WARNING, PODLIFT_STEP_STRATEGY,
              g_strdup (_("No maintenance page during the downtime")),
              g_strdup (_("While the database moves, users get errors instead of a page that says when "
                          "the shop is back.")));
}

static void
collect_strategy (PodliftReview  *self,
                  PodliftProject *project,
                  guint           downtime_minutes)
{
  PodliftStrategy *strategy = podlift_project_get_strategy (project);
  PodliftAppProfile *profile = podlift_project_get_profile (project);
  guint ttl = podlift_strategy_get_dns_ttl_seconds (strategy);
  guint lowered = podlift_strategy_get_lowered_ttl_seconds (strategy);

  if (self->strategy_kind == PODLIFT_STRATEGY_KIND_APP_ONLY && podlift_app_profile_get_database_moves (profile))
    add_risk (self, "database-moves-app-only", PODLIFT_SEVERITY_ERROR, PODLIFT_STEP_STRATEGY,
              g_strdup (_("The database moves, but the strategy moves the application only")),
              g_strdup (_("Moving a database needs a window with the writes stopped: choose "
                          "“App and database”, or keep the database where it is.")));

  collect_downtime (self, strategy, downtime_minutes);

  if (ttl > 300 && (lowered == 0 || lowered >= ttl))
    add_risk (self, "ttl-not-lowered", PODLIFT_SEVERITY_WARNING, PODLIFT_STEP_STRATEGY,
              g_strdup (_("The DNS TTL is not lowered before the switch")),
              /* Translators: %u is the TTL in seconds */
              g_strdup_printf (_("Resolvers may keep sending users to the VMs for up to %u s after the "
                                 "switch, and a rollback takes as long."), ttl));

  if (podlift_strategy_get_sizing_source (strategy) == PODLIFT_SIZING_SOURCE_VM)
    add_risk (self, "sizing-untested", PODLIFT_SEVERITY_WARNING, PODLIFT_STEP_STRATEGY,
              g_strdup (_("The sizing is not backed by a load test")),
              g_strdup (_("Replicas, requests and the autoscaler's bounds come from the VM figures. "
                          "A k6 run against preprod tells what one pod really holds.")));
  else if (podlift_strategy_get_load_test_rate (strategy) <= 0)
    add_risk (self, "sizing-untested", PODLIFT_SEVERITY_WARNING, PODLIFT_STEP_STRATEGY,
              g_strdup (_("No load test result has been read yet")),
              g_strdup (_("The plan sizes the pods from a load test, but until k6's summary is read "
                          "(podlift sizing --k6-summary) the VM figures stand in.")));
}

/* A dependency this machine cannot reach may well be reachable from the
 * cluster: that is what to check before the day. */
static void
collect_reachability (PodliftReview  *self,
                      PodliftProject *project,
                      GPtrArray      *reachability)
{
  GListModel *deps = G_LIST_MODEL (podlift_app_profile_get_dependencies (podlift_project_get_profile (project)));

  for (guint i = 0; reachability != NULL && i < reachability->len && i < g_list_model_get_n_items (deps); i++)
    {
      PodliftReachability *result = g_ptr_array_index (reachability, i);
      g_autoptr(PodliftDependency) dep = NULL;

      if (result == NULL || result->reachable)
        continue;

      dep = g_list_model_get_item (deps, i);
      add_risk (self, "dependency-unreachable", PODLIFT_SEVERITY_WARNING, PODLIFT_STEP_KNOWLEDGE,
                /* Translators: a dependency, "db1.internal:5432 is unreachable" */
                g_strdup_printf (_("%s:%u is unreachable"), podlift_dependency_get_host (dep),
                                 podlift_dependency_get_port (dep)),
                /* Translators: %s says what the check found, "Connection refused" */
                g_strdup_printf (_("%s, from this machine. Check it from inside the cluster before the switch."),
                                 result->summary ? result->summary : _("No answer")));
    }
}

/* An item marked failed blocks; a live check that failed last time, on
 * an item still open, is a risk. */
static void
collect_checklist (PodliftReview *self)
{
  for (guint i = 0; i < self->checklist->len; i++)
    {
      PodliftChecklistItem *item = g_ptr_array_index (self->checklist, i);
      const char *result = podlift_checklist_item_get_check_result (item);
      const char *note = podlift_checklist_item_get_note (item);
      gboolean check_failed = podlift_checklist_item_get_checked_at (item) > 0 &&
                              podlift_checklist_item_get_check_kind (item) != PODLIFT_CHECK_KIND_NONE &&
                              !podlift_checklist_item_get_check_passed (item);

      if (podlift_checklist_item_get_state (item) == PODLIFT_ITEM_STATE_FAILED)
        add_risk (self, "checklist-failed", PODLIFT_SEVERITY_ERROR, PODLIFT_STEP_CUTOVER,
                  /* Translators: %s is a checklist item's title */
                  g_strdup_printf (_("“%s” failed"), podlift_checklist_item_get_title (item)),
                  g_strdup (check_failed && result ? result : note));
      else if (check_failed && !podlift_checklist_item_get_closed (item))
        add_risk (self, "live-check-failed", PODLIFT_SEVERITY_WARNING, PODLIFT_STEP_CUTOVER,
                  /* Translators: %s is a checklist item's title */
                  g_strdup_printf (_("The live check of “%s” fails"), podlift_checklist_item_get_title (item)),
                  g_strdup (result));
    }
}

static int
compare_risks (gconstpointer a,
               gconstpointer b)
{
  const PodliftReviewRisk *risk_a = *(PodliftReviewRisk **) a;
  const PodliftReviewRisk *risk_b = *(PodliftReviewRisk **) b;

  if (risk_a->severity != risk_b->severity)
    return (int) risk_a->severity - (int) risk_b->severity;

  return (int) risk_a->step - (int) risk_b->step;
}

void
podlift_review_collect_risks (PodliftReview  *self,
                              PodliftProject *project,
                              GPtrArray      *reachability)
{
  g_assert (self != NULL);
  g_assert (PODLIFT_IS_PROJECT (project));

  collect_missing (self, project);
  collect_findings (self);
  collect_state (self, project);
  collect_strategy (self, project, (guint) (self->downtime_seconds / 60));
  collect_reachability (self, project, reachability);
  collect_checklist (self);

  /* Stable: by severity, then step, then as found. */
  g_ptr_array_sort (self->risks, compare_risks);
}
