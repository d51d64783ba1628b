/* podlift-cli-export.c
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
#include "podlift-error.h"
#include "podlift-export.h"

/* `podlift export BUNDLE --to REPO_DIR [--force] [--git-branch NAME]`:
 * the bundle written into the application's repository, which then
 * opens as the bundle. A file the repository has with other contents is
 * listed and nothing is written, unless --force. Exit status 1 for
 * conflicts, 2 for bad usage or a failure. */

static void
print_files (PodliftExport *export)
{
  GPtrArray *files = podlift_export_get_files (export);

  for (guint i = 0; i < files->len; i++)
    {
      PodliftExportFile *file = g_ptr_array_index (files, i);
      const char *what;

      if (file->state == PODLIFT_EXPORT_FILE_SAME)
        /* Translators: the state of an exported file, padded to 10 columns by the command */
        what = _("unchanged");
      else if (file->state == PODLIFT_EXPORT_FILE_GITIGNORE)
        what = _("updated");
      else if (file->state == PODLIFT_EXPORT_FILE_DIFFERS)
        what = _("replaced");
      else
        what = _("new");

      g_print ("  %-10s %s\n", what, file->name);
    }
}

static int
report_conflicts (const GError *error)
{
  g_printerr ("%s: %s\n", g_get_prgname (), error->message);
  g_printerr (_("Compare them with the bundle's, then run again with --force to replace them.\n"));

  return PODLIFT_EXIT_FINDINGS;
}

int
podlift_cli_export (int    argc,
                    char **argv)
{
  g_autofree char *to = NULL;
  g_autofree char *branch = NULL;
  gboolean force = FALSE;
  const GOptionEntry entries[] = {
    { "to", 't', 0, G_OPTION_ARG_FILENAME, &to,
      N_("The application's repository (a folder)"), N_("REPO_DIR") },
    { "force", 0, 0, G_OPTION_ARG_NONE, &force,
      N_("Replace the files of the repository that differ from the bundle"), NULL },
    { "git-branch", 0, 0, G_OPTION_ARG_STRING, &branch,
      N_("Create the branch NAME and commit the exported files on it"), N_("NAME") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) bundle = NULL;
  g_autoptr(GFile) repo = NULL;
  g_autoptr(PodliftProject) project = NULL;
  g_autoptr(PodliftExport) export = NULL;
  g_autofree char *repo_name = NULL;

  context = g_option_context_new (_("BUNDLE --to REPO_DIR — write the bundle into the application's repository"));
  g_option_context_set_summary (context,
                                _("Writes podlift.json, the Dockerfile, the compose file, the manifests and\n"
                                  "the migration plan into REPO_DIR, which then opens as the bundle. A file\n"
                                  "the repository has with other contents is listed and nothing is written,\n"
                                  "unless --force. secrets.env is never written: .gitignore gains it, and\n"
                                  "secrets.env.example lists the names.\n"
                                  "Exit status: 0 when written, 1 when files differ, 2 on failure."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return podlift_cli_fail_error (error);
  if (argc != 2 || to == NULL)
    return podlift_cli_fail (_("export: give one BUNDLE and --to REPO_DIR "
                               "(see “podlift export --help”)"));

  bundle = g_file_new_for_commandline_arg (argv[1]);
  project = podlift_bundle_load (bundle, NULL, &error);
  if (project == NULL)
    return podlift_cli_fail_error (error);

  repo = g_file_new_for_commandline_arg (to);
  export = podlift_export_new (project, repo);
  if (!podlift_export_scan (export, NULL, &error) ||
      (branch != NULL && !podlift_export_check_git (export, branch, NULL, &error)))
    return podlift_cli_fail_error (error);

  if (!podlift_export_write (export, force ? PODLIFT_EXPORT_CONFLICTS_REPLACE : PODLIFT_EXPORT_CONFLICTS_FAIL,
                             NULL, &error))
    {
      if (g_error_matches (error, PODLIFT_ERROR, PODLIFT_ERROR_EXISTS))
        return report_conflicts (error);
      return podlift_cli_fail_error (error);
    }

  repo_name = g_file_get_parse_name (repo);
  /* Translators: %s is the repository's folder */
  g_print (_("Exported to %s:\n"), repo_name);
  print_files (export);

  if (branch != NULL)
    {
      if (!podlift_export_commit (export, branch, NULL, &error))
        return podlift_cli_fail_error (error);
      /* Translators: %s is a git branch */
      g_print (_("Committed on the new branch %s.\n"), branch);
    }

  return PODLIFT_EXIT_OK;
}
