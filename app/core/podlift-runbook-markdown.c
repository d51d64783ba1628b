/* podlift-runbook-markdown.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-runbook"

#include "config.h"

#include <string.h>

#include "podlift-bundle-private.h"
#include "podlift-downtime.h"
#include "podlift-k6.h"
#include "podlift-runbook-private.h"

/* migration/RUNBOOK.md: the strategy, the downtime estimate with its
 * parts, what to set before starting, the numbered steps, the rollback
 * plan; and the bundle's other migration files. Not translated. */

static void
add_estimate (GString        *out,
              PodliftProject *project,
              PodliftRunbook *rb)
{
  PodliftDowntime d;
  g_autofree char *total = NULL;

  podlift_downtime_estimate (project, rb->kind, &d);
  total = podlift_format_duration (d.total_seconds);

  if (d.total_seconds <= 0)
    {
      g_string_append (out, "Downtime estimate: **none**: the VMs serve until every resolver has "
                            "the cluster's address.\n\n");
      return;
    }

  g_string_append_printf (out, "Downtime estimate: **%s**.\n\n", total);
  g_string_append (out, "| Part | Size | Rate | Time |\n|---|---:|---:|---:|\n");
  for (guint i = 0; i < PODLIFT_DOWNTIME_N_PARTS; i++)
    {
      g_autofree char *time = podlift_format_duration (d.seconds[i]);
      g_autofree char *size = NULL;
      g_autofree char *rate = NULL;
      double rates[] = { d.dump_mb_per_second, d.transfer_mb_per_second, d.restore_mb_per_second,
                         d.volume_mb_per_second };

      if (d.seconds[i] <= 0)
        continue;
      if (i <= PODLIFT_DOWNTIME_VOLUME_COPY)
        {
          size = g_strdup_printf ("%g GB", i == PODLIFT_DOWNTIME_VOLUME_COPY ? d.volumes_gb : d.database_gb);
          rate = g_strdup_printf ("%g MB/s", i == PODLIFT_DOWNTIME_DUMP &&
                                  podlift_strategy_get_run_from (rb->strategy) == PODLIFT_RUN_FROM_POD ?
                                  MIN (rates[0], rates[1]) : rates[i]);
        }
      else if (i == PODLIFT_DOWNTIME_DNS)
        rate = g_strdup_printf ("TTL %u s", d.ttl_seconds);
      g_string_append_printf (out, "| %s | %s | %s | %s |\n", podlift_downtime_part_name (i),
                              size ? size : "", rate ? rate : "", time);
    }
  g_string_append_printf (out, "| **Total** | | | **%s** |\n\n", total);
  g_string_append (out, "The rates are Podlift's defaults unless set on the Strategy page: measure "
                        "yours in the rehearsal.\n\n");
}

static void
add_header (GString        *out,
            PodliftProject *project,
            PodliftRunbook *rb)
{
  const char *name = podlift_app_profile_get_name (rb->profile);
  PodliftStrategyKind chosen = podlift_strategy_get_kind (rb->strategy);
  const char *window = podlift_strategy_get_cutover_window (rb->strategy);

  g_string_append_printf (out, "# Runbook: moving %s to Kubernetes\n\n", name && *name ? name : rb->app);
  g_string_append_printf (out, "Strategy: **%s**%s.",
                          rb->kind == PODLIFT_STRATEGY_KIND_APP_AND_DATABASE ?
                          "move the application and its database" : "move the application only",
                          chosen == PODLIFT_STRATEGY_KIND_UNDECIDED ? " (recommended; not chosen yet)" : "");
  if (rb->database_moves)
    g_string_append_printf (out, " Database: %s, %g GB.", podlift_runbook_engine_name (rb->engine),
                            podlift_app_profile_get_database_size_gb (rb->profile));
  if (window && *window)
    g_string_append_printf (out, " Window: %s.", window);
  g_string_append (out, "\n\n");
  add_estimate (out, project, rb);
}

static void
add_exports (GString        *out,
             PodliftRunbook *rb)
{
  g_string_append_printf (out, "## Before you start\n\n"
                               "Namespace `%s`, workload `%s`, public name `%s`. "
                               "Run the commands from the bundle's folder, with kubectl pointed at "
                               "the production cluster.",
                          rb->namespace, rb->workload, rb->host);
  if (rb->exports->len == 0)
    {
      g_string_append (out, "\n\n");
      return;
    }

  g_string_append (out, " Set what Podlift does not know:\n\n```sh\n");
  for (guint i = 0; i < rb->exports->len; i++)
    g_string_append_printf (out, "export %s\n", (const char *) g_ptr_array_index (rb->exports, i));
  g_string_append (out, "```\n\n");
}

static void
add_step (GString            *out,
          guint               number,
          PodliftRunbookStep *step)
{
  g_string_append_printf (out, "## %u. %s%s\n\n%s\n\n", number, step->title,
                          step->downtime ? " *(downtime)*" : "", step->what);
  if (step->commands != NULL)
    g_string_append_printf (out, "```sh\n%s\n```\n\n", step->commands);
  /* A check's commands follow its first line. */
  if (strchr (step->check, '\n') != NULL)
    {
      const char *eol = strchr (step->check, '\n');

      g_string_append_printf (out, "**Check:** %.*s\n\n```sh\n%s\n```\n\n",
                              (int) (eol - step->check), step->check, eol + 1);
    }
  else
    g_string_append_printf (out, "**Check:** %s\n\n", step->check);
  g_string_append_printf (out, "**Roll back:** %s\n\n", step->rollback);
}

static void
add_files (GString        *out,
           PodliftRunbook *rb)
{
  g_string_append (out, "## Files\n\n");
  if (podlift_runbook_needs_helper (rb))
    g_string_append (out, "- `migration/helper-pod.yaml`: the helper pod, with the database's tools "
                          "and the volumes mounted.\n");
  if (rb->maintenance)
    g_string_append (out, rb->maintenance_kind == PODLIFT_MAINTENANCE_KIND_CLUSTER ?
                          "- `migration/maintenance.yaml`: the maintenance page in the cluster "
                          "(ConfigMap, Deployment, Service, Ingress).\n" :
                          "- `migration/maintenance.html`: the maintenance page for the VMs' front.\n");
  g_string_append (out, "- `loadtest/k6.js`: the load test that sizes the pods.\n\n");
}

/**
 * podlift_runbook_markdown:
 *
 * Returns: (transfer full): the text of migration/RUNBOOK.md
 */
char *
podlift_runbook_markdown (PodliftProject *project)
{
  g_autoptr(PodliftRunbook) rb = NULL;
  const char *plan;
  GString *out;

  g_return_val_if_fail (PODLIFT_IS_PROJECT (project), NULL);

  rb = podlift_runbook_new (project, podlift_runbook_kind (project));
  podlift_runbook_add_steps (rb);

  out = g_string_new (NULL);
  add_header (out, project, rb);
  add_exports (out, rb);
  for (guint i = 0; i < rb->steps->len; i++)
    add_step (out, i + 1, g_ptr_array_index (rb->steps, i));

  plan = podlift_strategy_get_rollback_plan (rb->strategy);
  g_string_append_printf (out, "## Rollback plan\n\n%s\n\n",
                          plan && *plan ? plan : "Not written yet: write it on the Strategy page before the day.");
  add_files (out, rb);
  g_string_truncate (out, out->len - 1);

  return g_string_free (out, FALSE);
}

static void
add_text (GPtrArray  *files,
          const char *name,
          char       *text)
{
  GBytes *bytes = text ? g_bytes_new_take (text, strlen (text)) : NULL;

  g_ptr_array_add (files, podlift_bundle_file_new (name, bytes, FALSE));
}

/* Adds migration/RUNBOOK.md, the migration's other files (a removal for
 * each one this plan does not need) and loadtest/k6.js to @files. */
void
podlift_runbook_add_to_bundle (PodliftProject *project,
                               GPtrArray      *files)
{
  g_autoptr(PodliftRunbook) rb = NULL;

  g_return_if_fail (PODLIFT_IS_PROJECT (project));

  rb = podlift_runbook_new (project, podlift_runbook_kind (project));
  add_text (files, "migration/RUNBOOK.md", podlift_runbook_markdown (project));
  add_text (files, "migration/helper-pod.yaml", podlift_runbook_helper_yaml (rb));
  add_text (files, "migration/maintenance.html",
            rb->maintenance && rb->maintenance_kind == PODLIFT_MAINTENANCE_KIND_STATIC ?
            podlift_runbook_maintenance_html (rb) : NULL);
  add_text (files, "migration/maintenance.yaml",
            rb->maintenance && rb->maintenance_kind == PODLIFT_MAINTENANCE_KIND_CLUSTER ?
            podlift_runbook_maintenance_objects (rb) : NULL);
  add_text (files, "loadtest/k6.js", podlift_k6_script (project));
}
