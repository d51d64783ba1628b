/* podlift-cli-sizing.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-cli"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>

#include "podlift-bundle.h"
#include "podlift-cli.h"
#include "podlift-cli-private.h"
#include "podlift-manifest-set.h"
#include "podlift-sizing.h"

/* `podlift sizing BUNDLE [--k6-summary FILE] [--pods N]`: the sizing of a
 * bundle, with the numbers it used. With a k6 summary (--summary-export
 * JSON, or the JSON lines of --out json), the rate the pods held within
 * the objectives becomes the sizing's source; the replicas and the
 * autoscaler's bounds go into the manifests and the bundle is saved. A
 * file that is not k6's output changes nothing. */

static void
print_sizing (const PodliftSizing *sizing)
{
  g_print (sizing->source == PODLIFT_SIZING_SOURCE_LOAD_TEST ? _("Sizing from the load test\n")
                                                             : _("Sizing from the VMs' figures\n"));
  for (guint i = 0; i < sizing->figures->len; i++)
    {
      PodliftSizingFigure *f = g_ptr_array_index (sizing->figures, i);

      g_print ("  %s: %s\n", f->label, f->value);
    }
  g_print (_("Replicas: %u; autoscaler: %u to %u\n"), sizing->replicas, sizing->hpa_min, sizing->hpa_max);
  g_print (_("Requests: %um CPU, %u MiB; limits: "), sizing->cpu_request, sizing->memory_request);
  if (sizing->cpu_limit > 0)
    g_print (_("%um CPU, %u MiB\n"), sizing->cpu_limit, sizing->memory_limit);
  else
    g_print (_("no CPU limit, %u MiB\n"), sizing->memory_limit);
}

/* Reads @path as k6's output, against the strategy's objectives. */
static gboolean
read_k6 (PodliftStrategy  *strategy,
         const char       *path,
         PodliftK6Result  *result,
         GError          **error)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autofree char *data = NULL;
  g_autofree char *name = g_file_get_basename (file);
  gsize length;

  if (!g_file_load_contents (file, NULL, &data, &length, NULL, error))
    return FALSE;

  return podlift_k6_result_parse (data, length, name,
                                  podlift_strategy_get_latency_objective_ms (strategy),
                                  podlift_strategy_get_error_objective_percent (strategy),
                                  result, error);
}

int
podlift_cli_sizing (int    argc,
                    char **argv)
{
  g_autofree char *summary = NULL;
  int pods = 0;
  const GOptionEntry entries[] = {
    { "k6-summary", 'k', 0, G_OPTION_ARG_FILENAME, &summary,
      N_("k6's --summary-export JSON, or the JSON lines of --out json, of a run of loadtest/k6.js"),
      N_("FILE") },
    { "pods", 'p', 0, G_OPTION_ARG_INT, &pods,
      N_("How many pods served the load test (default: the bundle's, 1 at first)"), N_("N") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) bundle = NULL;
  g_autoptr(PodliftProject) project = NULL;
  g_autoptr(PodliftSizing) sizing = NULL;
  PodliftStrategy *strategy;
  PodliftK6Result result;

  context = g_option_context_new (_("BUNDLE — size the pods, from the VMs' figures or a load test"));
  g_option_context_set_summary (context,
                                _("Shows the replicas, the autoscaler's bounds, the requests and the\n"
                                  "limits, with the numbers they come from. With --k6-summary, reads\n"
                                  "what k6 measured, puts the result into the manifests and saves the\n"
                                  "bundle; a file that is not k6's output changes nothing."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return podlift_cli_fail_error (error);
  if (argc != 2 || pods < 0)
    {
      g_printerr ("%s: sizing: %s\n", g_get_prgname (), _("give one BUNDLE (see “podlift sizing --help”)"));
      return PODLIFT_EXIT_USAGE;
    }

  bundle = g_file_new_for_commandline_arg (argv[1]);
  if (!(project = podlift_bundle_load (bundle, NULL, &error)))
    return podlift_cli_fail_error (error);
  strategy = podlift_project_get_strategy (project);

  if (summary != NULL)
    {
      if (!read_k6 (strategy, summary, &result, &error))
        return podlift_cli_fail_error (error);
      if (pods > 0)
        podlift_strategy_set_load_test_pods (strategy, pods);
      podlift_sizing_set_k6_result (strategy, &result);
    }

  sizing = podlift_sizing_compute (project, 0);
  print_sizing (sizing);

  /* Without a load test nothing is written: say what the manifests
   * have meanwhile, when it is not this. */
  if (summary == NULL && !podlift_sizing_is_applied (sizing, podlift_project_get_manifests (project)))
    {
      PodliftManifestSet *set = podlift_project_get_manifests (project);

      g_print (_("The manifests have other counts now: replicas %u, autoscaler %u to %u "
                 "(chosen in the Manifests step, or “Use in Manifests” in the Strategy step)\n"),
               podlift_manifest_set_get_replicas (set), podlift_manifest_set_get_min_replicas (set),
               podlift_manifest_set_get_max_replicas (set));
    }

  if (summary != NULL)
    {
      podlift_sizing_apply (sizing, podlift_project_get_manifests (project));
      if (!podlift_bundle_save (project, bundle, NULL, &error))
        return podlift_cli_fail_error (error);
    }

  return PODLIFT_EXIT_OK;
}
