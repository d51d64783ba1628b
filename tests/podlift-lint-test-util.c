/* podlift-lint-test-util.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

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
  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(PodliftDiagnostic) d = g_list_model_get_item (findings, i);

      if (g_strcmp0 (podlift_diagnostic_get_code (d), code) == 0 &&
          (line == 0 || podlift_diagnostic_get_line (d) == line))
        return TRUE;
    }

  return FALSE;
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
