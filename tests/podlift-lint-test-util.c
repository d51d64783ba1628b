/* podlift-lint-test-util.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "podlift-bundle.h"
#include "podlift-lint-test-util.h"

GListModel *
podlift_test_lint (const char        *text,
                   PodliftLintConfig *config)
{
  return podlift_dockerfile_lint (text, -1, "Dockerfile", config);
}

static char *
describe (GListModel *findings)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(PodliftDiagnostic) d = g_list_model_get_item (findings, i);

      g_string_append_printf (out, "  %u: %s %s\n",
                              podlift_diagnostic_get_line (d),
                              podlift_diagnostic_get_code (d),
                              podlift_diagnostic_get_message (d));
    }

  if (out->len == 0)
    g_string_append (out, "  (no findings)\n");

  return g_string_free (out, FALSE);
}

static gboolean
holds (GListModel *findings,
       const char *code,
       guint       line)
{
  return podlift_test_count (findings, code, line) > 0;
}

void
podlift_test_assert_has (GListModel *findings,
                         const char *code,
                         guint       line)
{
  if (!holds (findings, code, line))
    {
      g_autofree char *all = describe (findings);

      g_error ("expected %s on line %u, found:\n%s", code, line, all);
    }
}

void
podlift_test_assert_not (GListModel *findings,
                         const char *code)
{
  if (holds (findings, code, 0))
    {
      g_autofree char *all = describe (findings);

      g_error ("did not expect %s, found:\n%s", code, all);
    }
}

void
podlift_test_fires (const char *code,
                    guint       line,
                    const char *text)
{
  g_autoptr(GListModel) findings = podlift_test_lint (text, NULL);

  podlift_test_assert_has (findings, code, line);
}

void
podlift_test_passes (const char *code,
                     const char *text)
{
  g_autoptr(GListModel) findings = podlift_test_lint (text, NULL);

  podlift_test_assert_not (findings, code);
}

PodliftDiagnostic *
podlift_test_find (GListModel *findings,
                   const char *code)
{
  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(PodliftDiagnostic) d = g_list_model_get_item (findings, i);

      if (g_strcmp0 (podlift_diagnostic_get_code (d), code) == 0)
        return g_steal_pointer (&d);
    }

  return NULL;
}

PodliftDiagnostic *
podlift_test_get (GListModel *findings,
                  const char *code)
{
  PodliftDiagnostic *d = podlift_test_find (findings, code);

  if (d == NULL)
    {
      g_autofree char *all = describe (findings);

      g_error ("no %s finding, found:\n%s", code, all);
    }

  return d;
}

guint
podlift_test_count (GListModel *findings,
                    const char *code,
                    guint       line)
{
  guint count = 0;

  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(PodliftDiagnostic) d = g_list_model_get_item (findings, i);

      if (g_strcmp0 (podlift_diagnostic_get_code (d), code) == 0 &&
          (line == 0 || podlift_diagnostic_get_line (d) == line))
        count++;
    }

  return count;
}

/* Byte offset of a 1-based line and character column; past the end of
 * a line (or of the text) clamps to it. */
static gsize
offset_of (const char            *text,
           const PodliftPosition *position)
{
  const char *p = text;

  for (guint line = 1; line < position->line; line++)
    {
      const char *newline = strchr (p, '\n');

      if (newline == NULL)
        return strlen (text);
      p = newline + 1;
    }

  for (guint column = 1; column < position->column && *p != '\0' && *p != '\n'; column++)
    p = g_utf8_next_char (p);

  return p - text;
}

char *
podlift_test_apply_fix (const char        *text,
                        PodliftDiagnostic *diagnostic)
{
  const PodliftRange *range;
  gsize start, end;

  g_assert_true (podlift_diagnostic_has_fix (diagnostic));
  range = podlift_diagnostic_get_fix_range (diagnostic);
  start = offset_of (text, &range->start);
  end = offset_of (text, &range->end);
  g_assert_cmpuint (start, <=, end);

  return g_strdup_printf ("%.*s%s%s", (int) start, text,
                          podlift_diagnostic_get_fix_text (diagnostic), text + end);
}

void
podlift_test_assert_no_fix (const char *code,
                            const char *text)
{
  g_autoptr(GListModel) findings = podlift_test_lint (text, NULL);
  g_autoptr(PodliftDiagnostic) d = podlift_test_find (findings, code);

  g_assert_nonnull (d);
  g_assert_false (podlift_diagnostic_has_fix (d));
}

/* The example bundle, data/examples/shopfront, as it opens. */
PodliftProject *
podlift_test_load_example (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("PODLIFT_EXAMPLES_DIR"), "shopfront", NULL);
  g_autoptr(GFile) dir = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  PodliftProject *project = podlift_bundle_load (dir, NULL, &error);

  g_assert_no_error (error);

  return project;
}
