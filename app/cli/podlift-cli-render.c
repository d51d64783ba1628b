/* podlift-cli-render.c
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
#include "podlift-diagram.h"
#include "podlift-enum-types.h"
#include "podlift-manifest-generator.h"
#include "podlift-manifest-render.h"

/* `podlift render BUNDLE [--format yaml|kustomize|helm] [--out DIR]
 * [--diagram FILE.svg|FILE.png]`: the Kubernetes manifests of a bundle,
 * written as files, and the diagram of how they connect. With --diagram
 * alone only the diagram is written. */

static int
usage (const char *message)
{
  g_printerr ("%s: render: %s\n", g_get_prgname (), message);
  return PODLIFT_EXIT_USAGE;
}

/* Writes the manifests under @dir and lists the files. */
static gboolean
write_manifests (PodliftProject       *project,
                 PodliftOutputFormat   format,
                 GFile                *dir,
                 GError              **error)
{
  g_autoptr(GPtrArray) files = podlift_manifests_render (project, format);

  if (!podlift_manifests_write (files, dir, NULL, error))
    return FALSE;

  for (guint k = 0; k < files->len; k++)
    {
      PodliftRenderedFile *file = g_ptr_array_index (files, k);
      g_autoptr(GFile) written = g_file_resolve_relative_path (dir, file->path);
      g_autofree char *name = g_file_get_parse_name (written);

      g_print ("%s\n", name);
    }
  return TRUE;
}

static gboolean
write_diagram (PodliftProject  *project,
               const char      *path,
               GError         **error)
{
  g_autoptr(GPtrArray) manifests = podlift_manifests_generate (project);
  g_autoptr(PodliftDiagram) diagram = podlift_diagram_new (manifests);

  if (!podlift_diagram_write (diagram, path, error))
    return FALSE;
  g_print ("%s\n", path);
  return TRUE;
}

int
podlift_cli_render (int    argc,
                    char **argv)
{
  g_autofree char *format_name = NULL;
  g_autofree char *out = NULL;
  g_autofree char *diagram = NULL;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name,
      N_("yaml (one file per resource), kustomize (a base and preprod and production overlays) "
         "or helm (a chart); the bundle's choice when left out"), N_("FORMAT") },
    { "out", 'o', 0, G_OPTION_ARG_FILENAME, &out,
      N_("Folder to write into (default: the bundle's deploy/ folder)"), N_("DIR") },
    { "diagram", 'd', 0, G_OPTION_ARG_FILENAME, &diagram,
      N_("Also draw how the resources connect, as SVG or PNG by the file's extension; "
         "with --diagram alone, only the diagram is written (add --out or --format "
         "for the manifests too)"), N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) bundle = NULL;
  g_autoptr(GFile) dir = NULL;
  g_autoptr(PodliftProject) project = NULL;
  PodliftOutputFormat format;

  context = g_option_context_new (_("BUNDLE — write the Kubernetes manifests of a bundle"));
  g_option_context_set_summary (context,
                                _("Writes every enabled resource of the bundle's Manifests step,\n"
                                  "hand-edited ones as they were edited, and lists the files.\n"
                                  "With --diagram, draws how the resources connect too."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return podlift_cli_fail_error (error);
  if (argc != 2)
    return usage (_("give one BUNDLE (see “podlift render --help”)"));

  bundle = g_file_new_for_commandline_arg (argv[1]);
  project = podlift_bundle_load (bundle, NULL, &error);
  if (project == NULL)
    return podlift_cli_fail_error (error);

  format = podlift_manifest_set_get_format (podlift_project_get_manifests (project));
  if (format_name != NULL &&
      !podlift_enum_from_nick (PODLIFT_TYPE_OUTPUT_FORMAT, format_name, (int *) &format))
    return usage (_("--format must be yaml, kustomize or helm"));

  if (diagram == NULL || out != NULL || format_name != NULL)
    {
      dir = out != NULL ? g_file_new_for_commandline_arg (out) : g_file_get_child (bundle, "deploy");
      if (!write_manifests (project, format, dir, &error))
        return podlift_cli_fail_error (error);
    }
  if (diagram != NULL && !write_diagram (project, diagram, &error))
    return podlift_cli_fail_error (error);

  return PODLIFT_EXIT_OK;
}
