/* podlift-review.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-review"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "podlift-checklist-item.h"
#include "podlift-compose-generator.h"
#include "podlift-config-file.h"
#include "podlift-cron-job.h"
#include "podlift-dependency.h"
#include "podlift-diagnostic.h"
#include "podlift-dockerfile-checks.h"
#include "podlift-enum-types.h"
#include "podlift-error.h"
#include "podlift-labels.h"
#include "podlift-manifest-generator.h"
#include "podlift-review-private.h"
#include "podlift-state-path.h"
#include "podlift-stateful-service.h"

/* The review's content, read from the project once. Every output (the
 * page, Markdown, HTML, PDF) shows these same facts in the same order,
 * so what the meeting saw is what the pull request holds. */

/* Joins the non-NULL strings of @parts with @separator. */
char *
podlift_review_join (GPtrArray  *parts,
                     const char *separator)
{
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (separator, (char **) parts->pdata);
}

static void
review_fact_free (PodliftReviewFact *fact)
{
  g_free (fact->label);
  g_free (fact->value);
  g_free (fact);
}

/* Counts @findings by severity: the schema's (and YAML syntax errors
 * of hand edits) into @schema when given, the others into @others. */
static void
count_findings (GListModel          *findings,
                PodliftReviewCounts *schema,
                PodliftReviewCounts *others)
{
  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(PodliftDiagnostic) d = g_list_model_get_item (findings, i);
      PodliftSeverity severity = podlift_diagnostic_get_severity (d);
      const char *code = podlift_diagnostic_get_code (d);

      if (severity > PODLIFT_SEVERITY_STYLE)
        continue;
      if (schema != NULL && (g_strcmp0 (code, "schema") == 0 || g_strcmp0 (code, "podlift-yaml-syntax") == 0))
        schema->by_severity[severity]++;
      else
        others->by_severity[severity]++;
    }
}

static void
collect_counts (PodliftReview  *self,
                PodliftProject *project)
{
  PodliftDockerfile *dockerfile = podlift_project_get_dockerfile (project);
  const char *text = podlift_dockerfile_get_text (dockerfile);

  if (text != NULL)
    {
      self->dockerfile_findings = podlift_dockerfile_get_findings (dockerfile,
                                                                   podlift_project_get_profile (project),
                                                                   NULL);
      count_findings (self->dockerfile_findings, NULL, &self->dockerfile);
      self->n_dockerfile_lines = 1;
      for (const char *c = text; *c; c++)
        if (*c == '\n' && c[1] != '\0')
          self->n_dockerfile_lines++;
    }

  self->manifest_findings = podlift_manifests_validate (project, self->manifests);
  for (guint k = 0; k < self->manifest_findings->len; k++)
    count_findings (g_ptr_array_index (self->manifest_findings, k), &self->schema, &self->checks);
}

static void
collect_checklist (PodliftReview  *self,
                   PodliftProject *project)
{
  GListModel *items = G_LIST_MODEL (podlift_checklist_get_items (podlift_project_get_checklist (project)));
  static const char * const phase_titles[] = { N_("Prepare"), N_("Switch"), N_("After") };

  for (guint p = 0; p < G_N_ELEMENTS (self->phases); p++)
    self->phases[p].title = _(phase_titles[p]);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(PodliftChecklistItem) item = g_list_model_get_item (items, i);
      guint phase = MIN (podlift_checklist_item_get_phase (item), PODLIFT_CHECKLIST_PHASE_AFTER);
      gboolean closed = podlift_checklist_item_get_closed (item);

      self->phases[phase].total++;
      self->phases[phase].done += closed;
      self->checklist_total++;
      self->checklist_done += closed;
      self->checklist_skipped += podlift_checklist_item_get_state (item) == PODLIFT_ITEM_STATE_SKIPPED;
      self->checklist_failed += podlift_checklist_item_get_state (item) == PODLIFT_ITEM_STATE_FAILED;
      g_ptr_array_add (self->checklist, g_steal_pointer (&item));
    }
}

/**
 * podlift_review_item_status:
 *
 * Returns: (transfer full) (nullable): what the review says of @item
 *   beside its title: skipped or failed, and its live check's last
 *   result ("Skipped", "Last check passed: HTTP 200 in 85 ms")
 */
char *
podlift_review_item_status (PodliftChecklistItem *item)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *result = podlift_checklist_item_get_check_result (item);

  g_return_val_if_fail (PODLIFT_IS_CHECKLIST_ITEM (item), NULL);

  if (podlift_checklist_item_get_state (item) == PODLIFT_ITEM_STATE_SKIPPED)
    g_ptr_array_add (parts, g_strdup (_("Skipped")));
  else if (podlift_checklist_item_get_state (item) == PODLIFT_ITEM_STATE_FAILED)
    g_ptr_array_add (parts, g_strdup (_("Failed")));

  if (podlift_checklist_item_get_check_kind (item) != PODLIFT_CHECK_KIND_NONE &&
      podlift_checklist_item_get_checked_at (item) > 0)
    g_ptr_array_add (parts, g_strdup_printf (podlift_checklist_item_get_check_passed (item)
                                               /* Translators: a live check's last result, "HTTP 200 in 85 ms" */
                                               ? _("Last check passed: %s") : _("Last check failed: %s"),
                                             result ? result : ""));

  return parts->len > 0 ? podlift_review_join (parts, _(", ")) : NULL;
}

static void
collect_resources (PodliftReview  *self,
                   PodliftProject *project)
{
  PodliftOutputFormat format = podlift_manifest_set_get_format (podlift_project_get_manifests (project));

  self->manifests = podlift_manifests_generate (project);
  for (guint k = 0; k < self->manifests->len; k++)
    if (podlift_manifest_get_enabled (g_ptr_array_index (self->manifests, k)))
      self->n_resources++;

  if (self->n_resources > 0)
    self->diagram = podlift_diagram_new (self->manifests);

  switch (format)
    {
    case PODLIFT_OUTPUT_FORMAT_KUSTOMIZE:
      self->output_format = g_strdup (_("Kustomize base with preprod and production overlays"));
      break;
    case PODLIFT_OUTPUT_FORMAT_HELM:
      self->output_format = g_strdup (_("Helm chart"));
      break;
    case PODLIFT_OUTPUT_FORMAT_YAML:
    default:
      self->output_format = g_strdup (_("Plain YAML files"));
      break;
    }
}

/**
 * podlift_review_new:
 * @project: the project to review
 * @reachability: (nullable) (element-type PodliftReachability): what the
 *   reachability check of each dependency of the profile gave, in their
 *   order, NULL for one not checked; an unreachable one is a risk
 *
 * Reads everything the review shows from @project. The project is not
 * changed.
 *
 * Returns: (transfer full): the review
 */
PodliftReview *
podlift_review_new (PodliftProject *project,
                    GPtrArray      *reachability)
{
  PodliftReview *self;
  PodliftAppProfile *profile;
  const char *description;

  g_return_val_if_fail (PODLIFT_IS_PROJECT (project), NULL);

  profile = podlift_project_get_profile (project);
  description = podlift_app_profile_get_description (profile);

  self = g_new0 (PodliftReview, 1);
  self->title = g_strdup (podlift_project_get_title (project));
  self->description = description && description[0] ? g_strdup (description) : NULL;
  self->generated = g_strdup ("Podlift " PACKAGE_VERSION);
  self->risks = g_ptr_array_new_with_free_func ((GDestroyNotify) podlift_review_risk_free);
  self->application = g_ptr_array_new_with_free_func ((GDestroyNotify) review_fact_free);
  self->strategy_facts = g_ptr_array_new_with_free_func ((GDestroyNotify) review_fact_free);
  self->runbook = g_ptr_array_new_with_free_func (g_free);
  self->checklist = g_ptr_array_new_with_free_func (g_object_unref);

  podlift_review_collect_application (self, project);
  podlift_review_collect_strategy (self, project);
  collect_resources (self, project);
  collect_counts (self, project);
  collect_checklist (self, project);

  for (guint step = 0; step < PODLIFT_STEP_REVIEW; step++)
    self->step_states[step] = podlift_project_get_step_state (project, step, &self->step_summaries[step]);

  podlift_review_collect_risks (self, project, reachability);

  return self;
}

void
podlift_review_free (PodliftReview *self)
{
  if (self == NULL)
    return;

  g_free (self->title);
  g_free (self->description);
  g_free (self->generated);
  g_clear_pointer (&self->risks, g_ptr_array_unref);
  g_clear_pointer (&self->application, g_ptr_array_unref);
  g_free (self->strategy);
  g_free (self->downtime);
  g_clear_pointer (&self->strategy_facts, g_ptr_array_unref);
  g_free (self->rollback_plan);
  g_free (self->notes);
  g_clear_pointer (&self->runbook, g_ptr_array_unref);
  g_clear_pointer (&self->manifests, g_ptr_array_unref);
  g_clear_pointer (&self->diagram, podlift_diagram_free);
  g_clear_object (&self->dockerfile_findings);
  g_clear_pointer (&self->manifest_findings, g_ptr_array_unref);
  g_free (self->output_format);
  g_clear_pointer (&self->checklist, g_ptr_array_unref);
  for (guint step = 0; step < PODLIFT_STEP_REVIEW; step++)
    g_free (self->step_summaries[step]);
  g_free (self);
}

void
podlift_review_risk_free (PodliftReviewRisk *risk)
{
  g_free (risk->id);
  g_free (risk->title);
  g_free (risk->detail);
  g_free (risk);
}

/**
 * podlift_review_count_risks:
 *
 * Returns: how many open risks have @severity
 */
guint
podlift_review_count_risks (PodliftReview   *self,
                            PodliftSeverity  severity)
{
  guint n = 0;

  g_return_val_if_fail (self != NULL, 0);

  for (guint i = 0; i < self->risks->len; i++)
    n += ((PodliftReviewRisk *) g_ptr_array_index (self->risks, i))->severity == severity;

  return n;
}

guint
podlift_review_counts_total (const PodliftReviewCounts *counts)
{
  guint n = 0;

  g_return_val_if_fail (counts != NULL, 0);

  for (guint s = 0; s < G_N_ELEMENTS (counts->by_severity); s++)
    n += counts->by_severity[s];

  return n;
}

/* What a risk of @severity is called in every output. */
const char *
podlift_review_severity_label (PodliftSeverity severity)
{
  switch (severity)
    {
    case PODLIFT_SEVERITY_ERROR:
      /* Translators: a risk that must be settled before the cutover */
      return _("Blocker");
    case PODLIFT_SEVERITY_WARNING:
      /* Translators: a risk the team should decide on knowingly */
      return _("Risk");
    case PODLIFT_SEVERITY_INFO:
    case PODLIFT_SEVERITY_STYLE:
    case PODLIFT_SEVERITY_IGNORE:
    default:
      /* Translators: planned work, worth knowing in the review */
      return _("To do");
    }
}

/* "No findings", "1 error, 2 warnings, 3 infos" */
char *
podlift_review_counts_text (const PodliftReviewCounts *counts)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  guint errors = counts->by_severity[PODLIFT_SEVERITY_ERROR];
  guint warnings = counts->by_severity[PODLIFT_SEVERITY_WARNING];
  guint infos = counts->by_severity[PODLIFT_SEVERITY_INFO] + counts->by_severity[PODLIFT_SEVERITY_STYLE];

  if (errors + warnings + infos == 0)
    return g_strdup (_("No findings"));

  if (errors > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u error", "%u errors", errors), errors));
  if (warnings > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings", warnings),
                                             warnings));
  if (infos > 0)
    /* Translators: lint findings that are advice, "2 suggestions" */
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u suggestion", "%u suggestions", infos),
                                             infos));

  /* Translators: between the parts of a count, "1 error, 2 warnings" */
  return podlift_review_join (parts, _(", "));
}

/* "3 of 12 done"; done counts the skipped items too, as the Cutover
 * step does. */
char *
podlift_review_checklist_text (PodliftReview *self)
{
  if (self->checklist_total == 0)
    return g_strdup (_("No checklist yet"));

  /* Translators: checklist progress, "3 of 12 done" */
  return g_strdup_printf (_("%u of %u done"), self->checklist_done, self->checklist_total);
}

/* "5 (1 blocker)", or "0" */
char *
podlift_review_risks_text (PodliftReview *self)
{
  guint blockers = podlift_review_count_risks (self, PODLIFT_SEVERITY_ERROR);

  if (blockers == 0)
    return g_strdup_printf ("%u", self->risks->len);

  /* Translators: open risks, "5 (1 blocker)" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u (%u blocker)", "%u (%u blockers)", blockers),
                          self->risks->len, blockers);
}

/**
 * podlift_review_findings_level:
 *
 * Returns: the most severe level among the findings of the Dockerfile
 *   and the manifests, or %PODLIFT_SEVERITY_IGNORE when there is none
 */
PodliftSeverity
podlift_review_findings_level (PodliftReview *self)
{
  g_return_val_if_fail (self != NULL, PODLIFT_SEVERITY_IGNORE);

  for (guint s = 0; s <= PODLIFT_SEVERITY_STYLE; s++)
    if (self->dockerfile.by_severity[s] + self->schema.by_severity[s] + self->checks.by_severity[s] > 0)
      return s;

  return PODLIFT_SEVERITY_IGNORE;
}

/* The findings of the Dockerfile and the manifests together, by their
 * worst, for a glance: "2 errors", "1 warning", "3 suggestions" or "No
 * findings". The lint section gives them all. */
char *
podlift_review_findings_text (PodliftReview *self)
{
  PodliftSeverity level = podlift_review_findings_level (self);
  PodliftReviewCounts worst = { { 0 } };

  if (level == PODLIFT_SEVERITY_IGNORE)
    return g_strdup (_("No findings"));

  for (guint s = level; s <= (level >= PODLIFT_SEVERITY_INFO ? PODLIFT_SEVERITY_STYLE : level); s++)
    worst.by_severity[s] = self->dockerfile.by_severity[s] + self->schema.by_severity[s] + self->checks.by_severity[s];

  return podlift_review_counts_text (&worst);
}

const char *
podlift_review_yes_no (gboolean value)
{
  return value ? _("Yes") : _("No");
}

/**
 * podlift_review_format_from_name:
 * @name: "md", "markdown", "html" or "pdf"
 *
 * Returns: whether @name is a format
 */
gboolean
podlift_review_format_from_name (const char          *name,
                                 PodliftReviewFormat *format)
{
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (format != NULL, FALSE);

  if (g_str_equal (name, "md") || g_str_equal (name, "markdown"))
    *format = PODLIFT_REVIEW_FORMAT_MARKDOWN;
  else if (g_str_equal (name, "html"))
    *format = PODLIFT_REVIEW_FORMAT_HTML;
  else if (g_str_equal (name, "pdf"))
    *format = PODLIFT_REVIEW_FORMAT_PDF;
  else
    return FALSE;

  return TRUE;
}

/**
 * podlift_review_write:
 * @path: the file to write, replaced when it exists
 *
 * Writes the review as Markdown, HTML or PDF.
 */
gboolean
podlift_review_write (PodliftReview        *self,
                      PodliftReviewFormat   format,
                      const char           *path,
                      GError              **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  switch (format)
    {
    case PODLIFT_REVIEW_FORMAT_PDF:
      return podlift_review_write_pdf (self, path, error);
    case PODLIFT_REVIEW_FORMAT_HTML:
      text = podlift_review_to_html (self);
      break;
    case PODLIFT_REVIEW_FORMAT_MARKDOWN:
    default:
      text = podlift_review_to_markdown (self);
      break;
    }

  return g_file_set_contents (path, text, -1, error);
}
