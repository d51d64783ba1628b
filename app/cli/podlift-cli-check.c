/* podlift-cli-check.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-cli"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <unistd.h>

#include "podlift-bundle.h"
#include "podlift-cli.h"
#include "podlift-cli-private.h"
#include "podlift-dockerfile-linter.h"
#include "podlift-dockerfile.h"
#include "podlift-lint-config.h"
#include "podlift-manifest-generator.h"
#include "podlift-manifest-render.h"

/* `podlift check BUNDLE [--format tty|json]`: the bundle's Dockerfile
 * linted and every manifest it renders validated and checked, in one
 * report, with `podlift lint`'s output and exit statuses. */

static void
add_file (GPtrArray  *files,
          char       *label,
          GListModel *diagnostics,
          gboolean    manifest)
{
  PodliftLintedFile *file = g_new0 (PodliftLintedFile, 1);

  file->label = label;
  file->diagnostics = diagnostics;
  file->manifest = manifest;
  g_ptr_array_add (files, file);
}

/* Where a resource is in the bundle's chosen layout, for the report. */
static char *
label_of (PodliftProject  *project,
          PodliftManifest *manifest,
          guint            number)
{
  const char *file = podlift_manifest_get_file_name (manifest);

  switch (podlift_manifest_set_get_format (podlift_project_get_manifests (project)))
    {
    case PODLIFT_OUTPUT_FORMAT_KUSTOMIZE:
      return g_strdup_printf ("deploy/base/%s", file);
    case PODLIFT_OUTPUT_FORMAT_HELM:
      /* The chart's templates are the resources with values filled in. */
      return g_strdup_printf ("deploy/chart (%s)", file);
    case PODLIFT_OUTPUT_FORMAT_YAML:
    default:
      return g_strdup_printf ("deploy/manifests/%02u-%s", number, file);
    }
}

static void
check_manifests (PodliftProject *project,
                 GPtrArray      *files)
{
  g_autoptr(GPtrArray) manifests = podlift_manifests_generate (project);
  g_autoptr(GPtrArray) findings = podlift_manifests_validate (project, manifests);
  guint number = 0;

  for (guint k = 0; k < manifests->len; k++)
    {
      PodliftManifest *m = g_ptr_array_index (manifests, k);

      if (!podlift_manifest_get_enabled (m))
        continue;
      add_file (files, label_of (project, m, ++number), g_object_ref (g_ptr_array_index (findings, k)), TRUE);
    }
}

int
podlift_cli_check (int    argc,
                   char **argv)
{
  g_autofree char *format = NULL;
  g_autofree char *threshold_name = NULL;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      N_("Output format: tty (default), json, sarif or checkstyle"), N_("FORMAT") },
    { "failure-threshold", 't', 0, G_OPTION_ARG_STRING, &threshold_name,
      N_("Exit with 1 only for findings at or above LEVEL: error, warning, info (default) or style"),
      N_("LEVEL") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) bundle = NULL;
  g_autoptr(PodliftProject) project = NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (podlift_linted_file_free);
  PodliftLintFormat lint_format = PODLIFT_LINT_FORMAT_TTY;
  PodliftThreshold threshold = PODLIFT_THRESHOLD_INFO;
  const char *dockerfile;

  context = g_option_context_new (_("BUNDLE — lint the Dockerfile and check every manifest"));
  g_option_context_set_summary (context,
                                _("Lints the bundle's Dockerfile with hadolint's rules, validates every\n"
                                  "manifest it renders against the Kubernetes schema and runs the\n"
                                  "manifest checks, and reports them all as `podlift lint` does.\n"
                                  "Exit status: 0 when no finding reaches the threshold, 1 when one\n"
                                  "does, 2 on bad usage or an unreadable bundle."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return podlift_cli_fail_error (error);
  if (argc != 2)
    return podlift_cli_fail (_("check: give one BUNDLE (see “podlift check --help”)"));

  if (!podlift_cli_parse_lint_format (format, &lint_format))
    return podlift_cli_fail (_("check: --format must be tty, json, sarif or checkstyle"));
  /* Unlike `podlift lint`, no "none": a check that cannot fail is none. */
  if (threshold_name != NULL &&
      (!podlift_cli_parse_threshold (threshold_name, &threshold) ||
       threshold == PODLIFT_THRESHOLD_NONE))
    return podlift_cli_fail (_("check: --failure-threshold must be error, warning, info or style"));

  bundle = g_file_new_for_commandline_arg (argv[1]);
  project = podlift_bundle_load (bundle, NULL, &error);
  if (project == NULL)
    return podlift_cli_fail_error (error);

  dockerfile = podlift_dockerfile_get_text (podlift_project_get_dockerfile (project));
  if (dockerfile != NULL)
    add_file (files, g_strdup ("Dockerfile"), podlift_dockerfile_lint (dockerfile, -1, "Dockerfile", NULL), FALSE);
  check_manifests (project, files);

  podlift_cli_lint_report (files, lint_format,
                           lint_format == PODLIFT_LINT_FORMAT_TTY && g_getenv ("NO_COLOR") == NULL &&
                           isatty (STDOUT_FILENO));

  return podlift_cli_lint_reaches (files, threshold) ? PODLIFT_EXIT_FINDINGS : PODLIFT_EXIT_OK;
}
