/* podlift-cli-util.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-cli"

#include "config.h"

#include "podlift-cli.h"
#include "podlift-cli-private.h"
#include "podlift-diagnostic.h"
#include "podlift-dockerfile-linter.h"

/* What the commands share: their error line and, for `podlift lint` and
 * `podlift check`, the linted files, the --format and
 * --failure-threshold names and the exit status they give. */

/* Prints "podlift: MESSAGE" and returns the exit status of bad usage. */
int
podlift_cli_fail (const char *message)
{
  g_printerr ("%s: %s\n", g_get_prgname (), message);

  return PODLIFT_EXIT_USAGE;
}

int
podlift_cli_fail_error (const GError *error)
{
  return podlift_cli_fail (error->message);
}

void
podlift_linted_file_free (gpointer data)
{
  PodliftLintedFile *file = data;

  g_free (file->label);
  g_clear_object (&file->diagnostics);
  g_free (file);
}

/* @text: (nullable): tty, json, sarif or checkstyle; %NULL is tty */
gboolean
podlift_cli_parse_lint_format (const char        *text,
                               PodliftLintFormat *format)
{
  static const char * const names[] = { "tty", "json", "sarif", "checkstyle" };

  if (text == NULL)
    {
      *format = PODLIFT_LINT_FORMAT_TTY;
      return TRUE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      if (g_str_equal (text, names[i]))
        {
          *format = (PodliftLintFormat) i;
          return TRUE;
        }
    }

  return FALSE;
}

/* @text: error, warning, info, style or none */
gboolean
podlift_cli_parse_threshold (const char       *text,
                             PodliftThreshold *threshold)
{
  static const char * const names[] = { "error", "warning", "info", "style", "none" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      if (g_str_equal (text, names[i]))
        {
          *threshold = (PodliftThreshold) i;
          return TRUE;
        }
    }

  return FALSE;
}

/* Whether any finding of @files (PodliftLintedFile*) reaches @threshold. */
gboolean
podlift_cli_lint_reaches (GPtrArray        *files,
                          PodliftThreshold  threshold)
{
  for (guint f = 0; f < files->len; f++)
    {
      PodliftLintedFile *file = g_ptr_array_index (files, f);
      guint n = g_list_model_get_n_items (file->diagnostics);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(PodliftDiagnostic) d = g_list_model_get_item (file->diagnostics, i);

          if (podlift_severity_reaches_threshold (podlift_diagnostic_get_severity (d), threshold))
            return TRUE;
        }
    }

  return FALSE;
}
