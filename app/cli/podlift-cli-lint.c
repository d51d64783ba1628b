/* podlift-cli-lint.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-cli"

#include "config.h"

#include <gio/gio.h>
#include <gio/gunixinputstream.h>
#include <glib/gi18n.h>
#include <string.h>
#include <unistd.h>

#include "podlift-cli.h"
#include "podlift-cli-private.h"
#include "podlift-dockerfile-linter.h"
#include "podlift-manifest-checks.h"

/* `podlift lint`: hadolint's command line over the core's linter, with
 * its options, configuration file and exit statuses. The output formats
 * are in podlift-cli-lint-report.c. Kubernetes YAML files go to the
 * manifest checks instead, all of them together, so that a Service in
 * one file finds the Deployment of another, as kube-score does. */

#define LINT_MAX_BYTES (16 * 1024 * 1024)
#define LINT_CHUNK     (64 * 1024)

typedef struct
{
  char     *format;
  char     *config;
  char    **ignore;
  char    **trusted;
  char     *threshold;
  gboolean  no_fail;
  gboolean  no_color;
} LintOptions;

static void
lint_options_clear (LintOptions *options)
{
  g_clear_pointer (&options->format, g_free);
  g_clear_pointer (&options->config, g_free);
  g_clear_pointer (&options->ignore, g_strfreev);
  g_clear_pointer (&options->trusted, g_strfreev);
  g_clear_pointer (&options->threshold, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (LintOptions, lint_options_clear)

/* "podlift: WHAT: MESSAGE", one line on standard error. */
static void
print_error (const char *what,
             const char *message)
{
  if (what != NULL)
    g_printerr ("%s: %s: %s\n", g_get_prgname (), what, message);
  else
    g_printerr ("%s: %s\n", g_get_prgname (), message);
}

/* Reading. Files are read whole (the linter wants the text), through
 * GIO, and never more than LINT_MAX_BYTES: a Dockerfile that large is
 * a mistake, such as a disk image given by accident. */

static GBytes *
too_large (GError **error)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE,
               _("the file is larger than %d MiB"), LINT_MAX_BYTES / (1024 * 1024));

  return NULL;
}

/* Reads @stream to its end. @size is the size of a regular file (then a
 * short read is its end: a regular file gives fewer bytes than asked
 * only there), or 0 when it is not known. */
static GBytes *
read_stream (GInputStream  *stream,
             gsize          size,
             GError       **error)
{
  gsize want = MAX (MIN (size, LINT_MAX_BYTES) + 1, LINT_CHUNK);
  g_autoptr(GByteArray) buffer = g_byte_array_sized_new (want + LINT_CHUNK);

  for (;;)
    {
      guint len = buffer->len;
      gssize n;

      g_byte_array_set_size (buffer, len + want);
      n = g_input_stream_read (stream, buffer->data + len, want, NULL, error);
      if (n < 0)
        return NULL;

      g_byte_array_set_size (buffer, len + n);
      if (buffer->len > LINT_MAX_BYTES)
        return too_large (error);
      if (n == 0 || (size > 0 && (gsize) n < want))
        break;
      want = LINT_CHUNK;
    }

  /* A NUL after the text, which it does not count, for safety's sake. */
  g_byte_array_append (buffer, (const guint8 *) "", 1);

  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}

/* Reads @file asking for its type and size first: what tells why a file
 * that cannot be opened cannot be read. */
static GBytes *
read_path (GFile   *file,
           GError **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  goffset size = 0;

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, NULL, error);
  if (info == NULL)
    return NULL;

  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY, _("is a folder"));
      return NULL;
    }

  if (g_file_info_get_file_type (info) == G_FILE_TYPE_REGULAR)
    size = g_file_info_get_size (info);
  if (size > LINT_MAX_BYTES)
    return too_large (error);

  if (!(stream = g_file_read (file, NULL, error)))
    return NULL;

  return read_stream (G_INPUT_STREAM (stream), size, error);
}

/* Opens the file and reads it to its end, which checks the size as it
 * goes: asking for the type and size of each of many files costs more
 * than linting them. A file that cannot be opened for another reason
 * than these three is read by its path, whose errors tell why. */
static GBytes *
read_input (const char  *arg,
            const char  *cwd,
            GError     **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) read_error = NULL;

  if (g_str_equal (arg, "-"))
    {
      g_autoptr(GInputStream) in = g_unix_input_stream_new (STDIN_FILENO, FALSE);

      return read_stream (in, 0, error);
    }

  file = g_file_new_for_commandline_arg_and_cwd (arg, cwd);
  if (!(stream = g_file_read (file, NULL, &read_error)))
    {
      if (read_error->domain == G_IO_ERROR &&
          (read_error->code == G_IO_ERROR_NOT_FOUND ||
           read_error->code == G_IO_ERROR_PERMISSION_DENIED ||
           read_error->code == G_IO_ERROR_IS_DIRECTORY))
        {
          g_propagate_error (error, g_steal_pointer (&read_error));
          return NULL;
        }

      return read_path (file, error);
    }

  return read_stream (G_INPUT_STREAM (stream), 0, error);
}

/* GIO's messages repeat the path, which the line already starts with. */
static const char *
describe_read_error (const GError *error)
{
  if (error->domain == G_IO_ERROR)
    {
      switch (error->code)
        {
        case G_IO_ERROR_NOT_FOUND:
          return _("no such file");
        case G_IO_ERROR_PERMISSION_DENIED:
          return _("permission denied");
        case G_IO_ERROR_IS_DIRECTORY:
          return _("is a folder, not a file to lint");
        default:
          break;
        }
    }

  return error->message;
}

/* Kubernetes YAML is told from a Dockerfile by the extension, else
 * (standard input, a name without one) by its first line that is not
 * blank or a comment: a document start, a %YAML directive, apiVersion:
 * or kind:. Only the first few KiB are looked at. */

static gboolean
has_yaml_extension (const char *arg)
{
  const char *dot = strrchr (arg, '.');

  return dot != NULL && strchr (dot, '/') == NULL &&
         (g_ascii_strcasecmp (dot, ".yaml") == 0 || g_ascii_strcasecmp (dot, ".yml") == 0);
}

static gboolean
line_starts_with (const char *line,
                  const char *end,
                  const char *word,
                  gboolean    alone)
{
  gsize len = strlen (word);

  if ((gsize) (end - line) < len || memcmp (line, word, len) != 0)
    return FALSE;

  return !alone || line + len == end || line[len] == ' ' || line[len] == '\t' ||
         line[len] == '\r';
}

static gboolean
looks_like_yaml (const char *text,
                 gsize       length)
{
  const char *p = text;
  const char *end = text + MIN (length, 4096);

  if (length >= 3 && memcmp (p, "\xef\xbb\xbf", 3) == 0)
    p += 3;

  while (p < end)
    {
      const char *eol = memchr (p, '\n', end - p);
      const char *line_end = eol != NULL ? eol : end;
      const char *q = p;

      while (q < line_end && (*q == ' ' || *q == '\t' || *q == '\r'))
        q++;
      if (q < line_end && *q != '#')
        return line_starts_with (p, line_end, "---", TRUE) ||
               line_starts_with (p, line_end, "%YAML", TRUE) ||
               line_starts_with (p, line_end, "apiVersion:", FALSE) ||
               line_starts_with (p, line_end, "kind:", FALSE);
      p = line_end + 1;
    }

  return FALSE;
}

static gboolean
is_manifest (const char *arg,
             const char *text,
             gsize       length)
{
  if (!g_str_equal (arg, "-") && has_yaml_extension (arg))
    return TRUE;

  return looks_like_yaml (text, length);
}

static char *
make_label (const char *arg)
{
  if (g_str_equal (arg, "-"))
    return g_strdup ("-");

  return g_filename_display_name (arg);
}

/* Lints ARG; NULL (and a line on standard error) when it cannot be read.
 * Anything that can be read is linted, binary data included: the parser
 * reports what is wrong with it (DL1000). Kubernetes YAML is only read:
 * its text goes to @manifests, to be linted with the others. */
static PodliftLintedFile *
lint_one (const char        *arg,
          const char        *cwd,
          PodliftLintConfig *config,
          GPtrArray         *manifests)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *label = make_label (arg);
  PodliftLintedFile *linted;
  gsize length;
  const char *text;

  if (!(bytes = read_input (arg, cwd, &error)))
    {
      print_error (label, describe_read_error (error));
      return NULL;
    }

  text = g_bytes_get_data (bytes, &length);

  linted = g_new0 (PodliftLintedFile, 1);
  linted->label = g_steal_pointer (&label);
  if (is_manifest (arg, text, length - 1))
    {
      linted->manifest = TRUE;
      g_ptr_array_add (manifests, g_steal_pointer (&bytes));
    }
  else
    {
      linted->diagnostics = podlift_dockerfile_lint (text, length - 1, linted->label, config);
    }

  return linted;
}

/* Lints the Kubernetes YAML files of @files together; @manifests holds
 * their texts, in the same order. */
static void
lint_manifests (GPtrArray         *files,
                GPtrArray         *manifests,
                PodliftLintConfig *config)
{
  g_autofree PodliftManifestSource *sources = g_new0 (PodliftManifestSource, manifests->len);
  g_autoptr(GPtrArray) lists = NULL;
  guint n = 0;

  for (guint f = 0; f < files->len; f++)
    {
      PodliftLintedFile *file = g_ptr_array_index (files, f);
      gsize length;

      if (!file->manifest)
        continue;

      sources[n].text = g_bytes_get_data (g_ptr_array_index (manifests, n), &length);
      sources[n].length = length - 1;
      sources[n].file = file->label;
      n++;
    }
  g_assert (n == manifests->len);

  lists = podlift_manifest_lint_sources (sources, n, config, NULL);

  for (guint f = 0, i = 0; f < files->len; f++)
    {
      PodliftLintedFile *file = g_ptr_array_index (files, f);

      if (file->manifest)
        file->diagnostics = g_object_ref (g_ptr_array_index (lists, i++));
    }
}

/* The configuration: --config, or the file hadolint would find, then
 * the command line on top of it. NULL (and a line on standard error)
 * when a configuration file cannot be read. */
static PodliftLintConfig *
load_config (const LintOptions *options,
             PodliftThreshold   threshold)
{
  g_autoptr(PodliftLintConfig) config = podlift_lint_config_new ();
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (options->config != NULL)
    {
      file = g_file_new_for_commandline_arg (options->config);
    }
  else
    {
      g_autofree char *cwd = g_get_current_dir ();
      g_autoptr(GFile) here = g_file_new_for_path (cwd);

      file = podlift_lint_config_find (here);
    }

  if (file != NULL && !podlift_lint_config_load_file (config, file, &error))
    {
      g_autofree char *name = g_file_get_parse_name (file);

      /* The configuration's own messages name the file and the line. */
      if (error->domain == G_IO_ERROR)
        print_error (name, describe_read_error (error));
      else
        print_error (NULL, error->message);
      return NULL;
    }

  for (guint i = 0; options->ignore != NULL && options->ignore[i] != NULL; i++)
    podlift_lint_config_ignore (config, options->ignore[i]);
  for (guint i = 0; options->trusted != NULL && options->trusted[i] != NULL; i++)
    podlift_lint_config_add_trusted_registry (config, options->trusted[i]);
  if (options->threshold != NULL)
    podlift_lint_config_set_failure_threshold (config, threshold);
  if (options->no_fail)
    podlift_lint_config_set_no_fail (config, TRUE);

  return g_steal_pointer (&config);
}

static gboolean
use_colour (const LintOptions *options)
{
  return !options->no_color && g_getenv ("NO_COLOR") == NULL && isatty (STDOUT_FILENO);
}

/* Whether any finding reaches the failure threshold. */
static gboolean
has_failures (GPtrArray         *files,
              PodliftLintConfig *config)
{
  if (podlift_lint_config_get_no_fail (config))
    return FALSE;

  return podlift_cli_lint_reaches (files, podlift_lint_config_get_failure_threshold (config));
}

static const char lint_summary[] =
  N_("Lints each FILE (- for standard input) with hadolint's rules, codes\n"
     "and levels, and Podlift's own PL rules. Without --config, the first\n"
     ".hadolint.yaml found the way hadolint finds it is read; the command\n"
     "line wins over it. Inline “# hadolint ignore=CODE” pragmas are honoured.\n"
     "\n"
     "A FILE named *.yaml or *.yml, or starting with apiVersion:, kind: or ---,\n"
     "is Kubernetes YAML: it is validated against the Kubernetes schema and\n"
     "checked with kube-score's checks (codes such as container-resources),\n"
     "all such files together. The annotations kube-score/ignore,\n"
     "ignore-check.kube-linter.io/CHECK and polaris.fairwinds.com/CHECK-exempt\n"
     "are honoured; json output adds each finding's object and refs.");

static const char lint_description[] =
  N_("Exit status: 0 when no finding reaches the threshold, 1 when one does,\n"
     "2 on bad usage or an unreadable file.\n");

static GOptionContext *
make_context (LintOptions *options)
{
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &options->format,
      N_("Output format: tty (the default), json, sarif or checkstyle"), N_("FORMAT") },
    { "config", 'c', 0, G_OPTION_ARG_FILENAME, &options->config,
      N_("Read the configuration from FILE instead of .hadolint.yaml"), N_("FILE") },
    { "ignore", 0, 0, G_OPTION_ARG_STRING_ARRAY, &options->ignore,
      N_("Ignore the rule CODE (repeatable)"), N_("CODE") },
    { "trusted-registry", 0, 0, G_OPTION_ARG_STRING_ARRAY, &options->trusted,
      N_("Allow images from REGISTRY only, for DL3026 (repeatable)"), N_("REGISTRY") },
    { "failure-threshold", 't', 0, G_OPTION_ARG_STRING, &options->threshold,
      N_("Fail from this level on: error, warning, info (the default), style or none"),
      N_("LEVEL") },
    { "no-fail", 0, 0, G_OPTION_ARG_NONE, &options->no_fail,
      N_("Exit with 0 even when findings reach the threshold"), NULL },
    { "no-color", 0, 0, G_OPTION_ARG_NONE, &options->no_color,
      N_("Never colour the tty output"), NULL },
    { NULL }
  };
  GOptionContext *context;

  context = g_option_context_new (_("FILE… — lint Dockerfiles and Kubernetes YAML"));
  g_option_context_set_summary (context, _(lint_summary));
  g_option_context_set_description (context, _(lint_description));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  return context;
}

/* The FILE arguments, without the "--" that GOption leaves in place. */
static GPtrArray *
collect_paths (int    argc,
               char **argv)
{
  GPtrArray *paths = g_ptr_array_new ();
  gboolean dashes_seen = FALSE;

  for (int i = 1; i < argc; i++)
    {
      if (!dashes_seen && g_str_equal (argv[i], "--"))
        {
          dashes_seen = TRUE;
          continue;
        }
      g_ptr_array_add (paths, argv[i]);
    }

  return paths;
}

static int
lint_paths (GPtrArray         *paths,
            PodliftLintConfig *config,
            PodliftLintFormat  format,
            const LintOptions *options)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (podlift_linted_file_free);
  g_autoptr(GPtrArray) manifests = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  g_autofree char *cwd = g_get_current_dir ();
  gboolean unreadable = FALSE;

  for (guint i = 0; i < paths->len; i++)
    {
      PodliftLintedFile *file = lint_one (g_ptr_array_index (paths, i), cwd, config, manifests);

      if (file != NULL)
        g_ptr_array_add (files, file);
      else
        unreadable = TRUE;
    }

  if (manifests->len > 0)
    lint_manifests (files, manifests, config);

  podlift_cli_lint_report (files, format, use_colour (options));

  if (unreadable)
    return PODLIFT_EXIT_USAGE;

  return has_failures (files, config) ? PODLIFT_EXIT_FINDINGS : PODLIFT_EXIT_OK;
}

int
podlift_cli_lint (int    argc,
                  char **argv)
{
  g_auto(LintOptions) options = { 0 };
  g_autoptr(GOptionContext) context = make_context (&options);
  g_autoptr(PodliftLintConfig) config = NULL;
  g_autoptr(GPtrArray) paths = NULL;
  g_autoptr(GError) error = NULL;
  PodliftThreshold threshold = PODLIFT_THRESHOLD_INFO;
  PodliftLintFormat format;

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return podlift_cli_fail_error (error);

  if (!podlift_cli_parse_lint_format (options.format, &format))
    return podlift_cli_fail (_("lint: unknown format; use tty, json, sarif or checkstyle"));

  if (options.threshold != NULL && !podlift_cli_parse_threshold (options.threshold, &threshold))
    return podlift_cli_fail (_("lint: unknown failure threshold; use error, warning, info, style "
                               "or none"));

  paths = collect_paths (argc, argv);
  if (paths->len == 0)
    return podlift_cli_fail (_("lint: give one or more Dockerfiles or Kubernetes YAML files, "
                               "or - for standard input (see “podlift lint --help”)"));

  if (!(config = load_config (&options, threshold)))
    return PODLIFT_EXIT_USAGE;

  return lint_paths (paths, config, format, &options);
}
