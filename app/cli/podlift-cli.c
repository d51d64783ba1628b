/* podlift-cli.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-cli"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <gio/gio.h>
#include <unistd.h>

#include "podlift-bundle.h"
#include "podlift-cli.h"
#include "podlift-cli-private.h"

/* `podlift`, the command line. It links the core only, never GTK: a
 * command that needs a window hands over to `podlift-gui`. */

typedef int (*CommandFunc) (int    argc,
                            char **argv);

typedef struct
{
  const char  *name;
  const char  *args;
  const char  *summary;
  CommandFunc  func;
} Command;

static int cmd_new (int    argc,
                    char **argv);

static const Command commands[] = {
  { "new", N_("BUNDLE"), N_("Create a bundle, empty or from a source folder and VM files"), cmd_new },
  { "scan", N_("DIR"), N_("Show what a source folder (or --import FILE…) tells"), podlift_cli_scan },
  { "check", N_("BUNDLE"), N_("Lint the Dockerfile and validate and check every manifest"), podlift_cli_check },
  { "export", N_("BUNDLE"), N_("Write the bundle into the application's repository (--to DIR)"), podlift_cli_export },
  { "render", N_("BUNDLE"), N_("Write the Kubernetes manifests: plain YAML, Kustomize or Helm"), podlift_cli_render },
  { "lint", N_("FILE…"), N_("Lint Dockerfiles and Kubernetes YAML"), podlift_cli_lint },
  { "verify", N_("BUNDLE"), N_("Run the live checks of the cutover checklist and record them"), podlift_cli_verify },
  { "review", N_("BUNDLE"), N_("Write the plan on one page: Markdown, HTML or PDF"), podlift_cli_review },
  { "sizing", N_("BUNDLE"), N_("Size the pods from the VMs' figures or from k6's summary (--k6-summary FILE)"), podlift_cli_sizing },
};

static int
usage_error (const char *format,
             ...) G_GNUC_PRINTF (1, 2);

static int
usage_error (const char *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  return podlift_cli_fail (message);
}

static void
print_help (void)
{
  g_print (_("Usage:\n"
             "  podlift                 Open Podlift\n"
             "  podlift BUNDLE          Open a bundle in Podlift\n"
             "  podlift COMMAND [ARGS…]\n"
             "\n"
             "Plan the move of an application from virtual machines to Kubernetes.\n"
             "\n"
             "Commands:\n"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *call = g_strdup_printf ("%s %s", commands[i].name, _(commands[i].args));
      int pad = MAX (0, 22 - (int) g_utf8_strlen (call, -1));

      /* Padded by characters, not bytes: "…" is three bytes. */
      g_print ("  %s%*s %s\n", call, pad, "", _(commands[i].summary));
    }
  g_print (_("\n"
             "Options:\n"
             "  -h, --help              Show this help\n"
             "  --version               Show the version\n"
             "\n"
             "Exit status: 0 on success, 1 when findings reach the threshold,\n"
             "2 on bad usage or unreadable input.\n"));
}

/* Where `podlift-gui` lives: beside this program, as both are built and
 * installed side by side; PODLIFT_GUI overrides it. */
static char *
find_gui (void)
{
  g_autofree char *self = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *sibling = NULL;
  const char *env = g_getenv ("PODLIFT_GUI");

  if (env != NULL && env[0] != '\0')
    return g_strdup (env);

  self = g_file_read_link ("/proc/self/exe", NULL);
  if (self != NULL)
    {
      dir = g_path_get_dirname (self);
      sibling = g_build_filename (dir, "podlift-gui", NULL);
      if (g_file_test (sibling, G_FILE_TEST_IS_EXECUTABLE))
        return g_steal_pointer (&sibling);
    }

  return g_build_filename (PODLIFT_BINDIR, "podlift-gui", NULL);
}

static int
open_gui (const char *bundle)
{
  g_autofree char *gui = find_gui ();
  const char *argv[] = { gui, bundle, NULL };

  execv (gui, (char **)argv);

  return usage_error (_("cannot start %s: %s"), gui, g_strerror (errno));
}

static int
cmd_open (const char *path)
{
  g_autoptr(GFile) dir = g_file_new_for_commandline_arg (path);
  g_autoptr(PodliftProject) project = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *abs = NULL;

  /* Read it here first, so a bad bundle is a one-line error on the
   * terminal rather than a window. */
  if (!(project = podlift_bundle_load (dir, NULL, &error)))
    return podlift_cli_fail_error (error);

  abs = g_file_get_path (dir);

  return open_gui (abs);
}

static int
cmd_new (int    argc,
         char **argv)
{
  g_autofree char *from_source = NULL;
  gboolean import = FALSE;
  const GOptionEntry entries[] = {
    { "from-source", 0, 0, G_OPTION_ARG_FILENAME, &from_source,
      N_("Fill the answers from a scan of the source folder DIR"), N_("DIR") },
    { "import", 0, 0, G_OPTION_ARG_NONE, &import,
      N_("Fill the answers from the files a VM runs, given before BUNDLE"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) dir = NULL;
  g_autofree char *path = NULL;

  context = g_option_context_new (_("[--from-source DIR] [--import FILE…] BUNDLE — create a bundle"));
  g_option_context_set_summary (context,
                                _("Creates the folder BUNDLE with a plan in podlift.json: empty, or\n"
                                  "with the answers a scan of DIR and the FILEs give, each with its\n"
                                  "source. An existing bundle is never replaced."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return podlift_cli_fail_error (error);

  if (import ? argc < 3 : argc != 2)
    return usage_error (import ? _("new: give the FILEs to import, then one BUNDLE folder")
                               : _("new: give one BUNDLE folder (see “podlift new --help”)"));

  if (import || from_source != NULL)
    {
      g_auto(GStrv) files = g_new0 (char *, argc);

      /* The last argument is the bundle; those before it, the imports. */
      for (int i = 1; i < argc - 1; i++)
        files[i - 1] = g_strdup (argv[i]);

      return podlift_cli_new_scanned (from_source, (const char * const *) files, argv[argc - 1]);
    }

  dir = g_file_new_for_commandline_arg (argv[1]);
  if (!podlift_bundle_create (dir, NULL, &error))
    return podlift_cli_fail_error (error);

  path = g_file_get_parse_name (dir);
  g_print (_("Created %s\n"), path);

  return PODLIFT_EXIT_OK;
}

int
podlift_cli_run (int    argc,
                 char **argv)
{
  const char *first;

  if (argc < 2)
    return open_gui (NULL);

  first = argv[1];

  if (g_str_equal (first, "--help") || g_str_equal (first, "-h") || g_str_equal (first, "help"))
    {
      print_help ();
      return PODLIFT_EXIT_OK;
    }

  if (g_str_equal (first, "--version"))
    {
      g_print ("podlift %s\n", PACKAGE_VERSION);
      return PODLIFT_EXIT_OK;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (g_str_equal (first, commands[i].name))
        return commands[i].func (argc - 1, argv + 1);
    }

  if (first[0] == '-')
    return usage_error (_("unknown option “%s”; try “podlift --help”"), first);

  /* Anything else is a bundle when it looks like a path. */
  if (strchr (first, '/') != NULL || g_file_test (first, G_FILE_TEST_EXISTS))
    {
      if (argc > 2)
        return usage_error (_("open one bundle at a time"));
      return cmd_open (first);
    }

  return usage_error (_("unknown command “%s”; try “podlift --help”"), first);
}
