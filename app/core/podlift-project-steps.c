/* podlift-project-steps.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-project"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "podlift-checklist-item.h"
#include "podlift-dockerfile-checks.h"
#include "podlift-project.h"

/* What each step still needs, as sentences a user can act on. The
 * sidebar, the pages and `podlift check` all read this one list. */

#define NEED(cond, text) G_STMT_START { if (!(cond)) g_ptr_array_add (missing, g_strdup (text)); } G_STMT_END

static gboolean
knowledge_touched (PodliftAppProfile *p)
{
  return podlift_app_profile_get_name (p) != NULL ||
         podlift_app_profile_get_launch_command (p) != NULL ||
         podlift_app_profile_get_port (p) != 0 ||
         podlift_app_profile_get_stack (p) != PODLIFT_STACK_UNKNOWN ||
         g_list_model_get_n_items (G_LIST_MODEL (podlift_app_profile_get_env_vars (p))) > 0;
}

static void
knowledge_missing (PodliftAppProfile *p,
                   GPtrArray         *missing)
{
  NEED (podlift_app_profile_get_name (p), _("Name the application"));
  NEED (podlift_app_profile_get_stack (p) != PODLIFT_STACK_UNKNOWN, _("Choose the stack"));
  NEED (podlift_app_profile_get_launch_command (p), _("Give the launch command"));
  NEED (podlift_app_profile_get_port (p) != 0, _("Give the listening port"));
  NEED (podlift_app_profile_get_liveness_path (p), _("Give the liveness endpoint"));
  NEED (podlift_app_profile_get_readiness_path (p), _("Give the readiness endpoint"));
  NEED (podlift_app_profile_get_vm_vcpu (p) > 0, _("Give the VM's vCPU count"));
  NEED (podlift_app_profile_get_vm_memory_mb (p) > 0, _("Give the VM's memory"));
  NEED (podlift_app_profile_get_vm_instances (p) > 0, _("Give the number of VM instances"));

  if (podlift_app_profile_get_stateful (p))
    NEED (g_list_model_get_n_items (G_LIST_MODEL (podlift_app_profile_get_state_paths (p))) > 0,
          _("List the paths that hold state"));

  if (podlift_app_profile_get_database_moves (p))
    {
      NEED (podlift_app_profile_get_database_engine (p) != PODLIFT_DATABASE_ENGINE_NONE,
            _("Choose the database engine"));
      NEED (podlift_app_profile_get_database_size_gb (p) > 0, _("Give the database size"));
    }

  if (podlift_app_profile_get_sticky_sessions (p))
    NEED (podlift_app_profile_get_session_cookie (p), _("Name the session cookie"));
}

static gboolean
container_touched (PodliftDockerfile *d)
{
  return podlift_dockerfile_get_text (d) != NULL || podlift_dockerfile_get_image (d) != NULL;
}

static gboolean
has_from_instruction (const char *text)
{
  g_auto(GStrv) lines = NULL;

  if (text == NULL)
    return FALSE;

  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      const char *line = lines[i];

      while (g_ascii_isspace (*line))
        line++;
      if (g_ascii_strncasecmp (line, "FROM", 4) == 0 && g_ascii_isspace (line[4]))
        return TRUE;
    }

  return FALSE;
}

static void
container_missing (PodliftDockerfile *d,
                   GPtrArray         *missing)
{
  NEED (has_from_instruction (podlift_dockerfile_get_text (d)),
        _("Write a Dockerfile with a FROM instruction"));
  NEED (podlift_dockerfile_get_image (d), _("Name the image"));
  NEED (podlift_dockerfile_get_tag (d), _("Give the image tag"));
}

/* The errors and warnings of the Dockerfile (lint and answer checks,
 * with the default config); info and style findings are advice. */
static void
container_count_findings (PodliftProject *self,
                          guint          *errors,
                          guint          *warnings)
{
  g_autoptr(GListModel) findings = podlift_dockerfile_get_findings (podlift_project_get_dockerfile (self),
                                                                    podlift_project_get_profile (self),
                                                                    NULL);

  *errors = *warnings = 0;

  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(PodliftDiagnostic) finding = g_list_model_get_item (findings, i);
      PodliftSeverity severity = podlift_diagnostic_get_severity (finding);

      if (severity == PODLIFT_SEVERITY_ERROR)
        (*errors)++;
      else if (severity == PODLIFT_SEVERITY_WARNING)
        (*warnings)++;
    }
}

static void
container_findings_missing (PodliftProject *self,
                            GPtrArray      *missing)
{
  guint errors, warnings;

  container_count_findings (self, &errors, &warnings);

  if (errors > 0)
    g_ptr_array_add (missing,
                     g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                   "Fix %u lint error in the Dockerfile",
                                                   "Fix %u lint errors in the Dockerfile",
                                                   errors),
                                      errors));
  if (warnings > 0)
    g_ptr_array_add (missing,
                     g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                   "Fix %u lint warning in the Dockerfile",
                                                   "Fix %u lint warnings in the Dockerfile",
                                                   warnings),
                                      warnings));
}

/* "1 answer missing, 1 error, 2 warnings": each part only when there is
 * something to say. */
static char *
container_summary (PodliftProject *self)
{
  g_autoptr(GPtrArray) missing = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  guint errors, warnings;

  container_missing (podlift_project_get_dockerfile (self), missing);
  container_count_findings (self, &errors, &warnings);

  if (missing->len > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u answer missing",
                                                          "%u answers missing", missing->len),
                                             missing->len));
  if (errors > 0)
    {
      /* Translators: Dockerfile findings in the sidebar, "1 error, 2 warnings" */
      g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u error",
                                                            "%u errors", errors), errors));
    }
  if (warnings > 0)
    {
      /* Translators: Dockerfile findings in the sidebar, "1 error, 2 warnings" */
      g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning",
                                                            "%u warnings", warnings), warnings));
    }
  g_ptr_array_add (parts, NULL);

  /* Translators: between the parts of a step's state, "1 error, 2 warnings" */
  return g_strjoinv (_(", "), (char **)parts->pdata);
}

static gboolean
manifests_touched (PodliftManifestSet *m)
{
  return podlift_manifest_set_get_namespace (m) != NULL ||
         podlift_manifest_set_get_ingress_host (m) != NULL;
}

static void
manifests_missing (PodliftManifestSet *m,
                   GPtrArray          *missing)
{
  NEED (podlift_manifest_set_get_namespace (m), _("Choose the namespace"));

  if (podlift_manifest_set_get_ingress_enabled (m))
    NEED (podlift_manifest_set_get_ingress_host (m), _("Give the ingress host"));

  if (podlift_manifest_set_get_hpa_enabled (m))
    NEED (podlift_manifest_set_get_min_replicas (m) <= podlift_manifest_set_get_max_replicas (m),
          _("Make the autoscaler's maximum at least its minimum"));

  if (podlift_manifest_set_get_pdb_enabled (m))
    NEED (podlift_manifest_set_get_pdb_min_available (m) < podlift_manifest_set_get_replicas (m),
          _("Keep the disruption budget below the replica count"));
}

static gboolean
strategy_touched (PodliftStrategy *s)
{
  return podlift_strategy_get_kind (s) != PODLIFT_STRATEGY_KIND_UNDECIDED ||
         podlift_strategy_get_public_hostname (s) != NULL;
}

static void
strategy_missing (PodliftStrategy *s,
                  GPtrArray       *missing)
{
  NEED (podlift_strategy_get_kind (s) != PODLIFT_STRATEGY_KIND_UNDECIDED,
        _("Choose how to migrate"));
  NEED (podlift_strategy_get_public_hostname (s), _("Give the public host name"));
  NEED (podlift_strategy_get_rollback_plan (s), _("Write the rollback plan"));
}

static void
cutover_count (PodliftChecklist *c,
               guint            *done,
               guint            *total)
{
  GListModel *items = G_LIST_MODEL (podlift_checklist_get_items (c));

  *total = g_list_model_get_n_items (items);
  *done = 0;

  for (guint i = 0; i < *total; i++)
    {
      g_autoptr(PodliftChecklistItem) item = g_list_model_get_item (items, i);

      /* A skipped item is closed too */
      if (podlift_checklist_item_get_closed (item))
        (*done)++;
    }
}

/**
 * podlift_project_list_missing:
 *
 * Returns: (transfer full) (element-type utf8): what @step still needs
 */
GPtrArray *
podlift_project_list_missing (PodliftProject *self,
                              PodliftStep     step)
{
  GPtrArray *missing;
  guint done, total;

  g_return_val_if_fail (PODLIFT_IS_PROJECT (self), NULL);
  g_return_val_if_fail (step < PODLIFT_N_STEPS, NULL);

  missing = g_ptr_array_new_with_free_func (g_free);

  switch (step)
    {
    case PODLIFT_STEP_KNOWLEDGE:
      knowledge_missing (podlift_project_get_profile (self), missing);
      break;

    case PODLIFT_STEP_CONTAINER:
      container_missing (podlift_project_get_dockerfile (self), missing);
      container_findings_missing (self, missing);
      break;

    case PODLIFT_STEP_MANIFESTS:
      manifests_missing (podlift_project_get_manifests (self), missing);
      break;

    case PODLIFT_STEP_STRATEGY:
      strategy_missing (podlift_project_get_strategy (self), missing);
      break;

    case PODLIFT_STEP_CUTOVER:
      cutover_count (podlift_project_get_checklist (self), &done, &total);
      NEED (total > 0, _("Add the cutover checklist"));
      if (total > 0 && done < total)
        g_ptr_array_add (missing,
                         g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                       "%u checklist item is open",
                                                       "%u checklist items are open",
                                                       total - done),
                                          total - done));
      break;

    case PODLIFT_STEP_REVIEW:
      for (guint i = 0; i < PODLIFT_STEP_REVIEW; i++)
        {
          g_autoptr(GPtrArray) sub = podlift_project_list_missing (self, i);

          for (guint j = 0; j < sub->len; j++)
            g_ptr_array_add (missing, g_strdup (g_ptr_array_index (sub, j)));
        }
      break;

    default:
      g_assert_not_reached ();
    }

  return missing;
}

static gboolean
step_touched (PodliftProject *self,
              PodliftStep     step)
{
  guint done, total;

  switch (step)
    {
    case PODLIFT_STEP_KNOWLEDGE:
      return knowledge_touched (podlift_project_get_profile (self));

    case PODLIFT_STEP_CONTAINER:
      return container_touched (podlift_project_get_dockerfile (self));

    case PODLIFT_STEP_MANIFESTS:
      return manifests_touched (podlift_project_get_manifests (self));

    case PODLIFT_STEP_STRATEGY:
      return strategy_touched (podlift_project_get_strategy (self));

    case PODLIFT_STEP_CUTOVER:
      cutover_count (podlift_project_get_checklist (self), &done, &total);
      return total > 0;

    case PODLIFT_STEP_REVIEW:
      for (guint i = 0; i < PODLIFT_STEP_REVIEW; i++)
        if (step_touched (self, i))
          return TRUE;
      return FALSE;

    default:
      g_assert_not_reached ();
    }
}

static char *
step_summary (PodliftProject *self,
              PodliftStep     step,
              guint           n_missing)
{
  guint done, total, open = 0;

  if (step == PODLIFT_STEP_CONTAINER)
    return container_summary (self);

  if (step == PODLIFT_STEP_CUTOVER)
    {
      cutover_count (podlift_project_get_checklist (self), &done, &total);
      /* Translators: checklist progress, "3 of 12 done" */
      return g_strdup_printf (_("%u of %u done"), done, total);
    }

  if (step == PODLIFT_STEP_REVIEW)
    {
      for (guint i = 0; i < PODLIFT_STEP_REVIEW; i++)
        if (podlift_project_get_step_state (self, i, NULL) != PODLIFT_STEP_STATE_COMPLETE)
          open++;
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u step open",
                                           "%u steps open",
                                           open),
                              open);
    }

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u answer missing",
                                       "%u answers missing",
                                       n_missing),
                          n_missing);
}

/**
 * podlift_project_get_step_state:
 * @summary: (out) (optional): a one-line state for the sidebar
 *
 * Returns: whether @step is untouched, has problems or is complete
 */
PodliftStepState
podlift_project_get_step_state (PodliftProject  *self,
                                PodliftStep      step,
                                char           **summary)
{
  g_autoptr(GPtrArray) missing = NULL;
  PodliftStepState state;

  g_return_val_if_fail (PODLIFT_IS_PROJECT (self), PODLIFT_STEP_STATE_UNTOUCHED);
  g_return_val_if_fail (step < PODLIFT_N_STEPS, PODLIFT_STEP_STATE_UNTOUCHED);

  missing = podlift_project_list_missing (self, step);

  if (missing->len == 0)
    state = PODLIFT_STEP_STATE_COMPLETE;
  else if (!step_touched (self, step))
    state = PODLIFT_STEP_STATE_UNTOUCHED;
  else
    state = PODLIFT_STEP_STATE_PROBLEMS;

  if (summary != NULL)
    {
      if (state == PODLIFT_STEP_STATE_COMPLETE)
        *summary = g_strdup (_("Complete"));
      else if (state == PODLIFT_STEP_STATE_UNTOUCHED)
        *summary = g_strdup (_("Not started"));
      else
        *summary = step_summary (self, step, missing->len);
    }

  return state;
}
