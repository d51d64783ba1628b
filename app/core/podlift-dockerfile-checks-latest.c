/* podlift-dockerfile-checks-latest.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-dockerfile-checks"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "podlift-dockerfile-checks-private.h"
#include "podlift-dockerfile-generator-private.h"

/* hadolint's DL3007 (":latest") has no mechanical fix of its own: the
 * linter cannot know which release to name. The answers can: when the
 * image is the stack's own runtime, pin it to the captured version. */

static const struct {
  PodliftStack  stack;
  const char   *image;
} runtime_images[] = {
  { PODLIFT_STACK_NODE, "node" },
  { PODLIFT_STACK_PYTHON, "python" },
  { PODLIFT_STACK_GO, "golang" },
  { PODLIFT_STACK_PHP, "php" },
  { PODLIFT_STACK_RUBY, "ruby" },
  { PODLIFT_STACK_RUST, "rust" },
};

static gboolean
is_runtime_image (PodliftStack  stack,
                  const char   *name)
{
  const char *slash = strrchr (name, '/');
  const char *base = slash ? slash + 1 : name;

  for (guint i = 0; i < G_N_ELEMENTS (runtime_images); i++)
    if (runtime_images[i].stack == stack && strcmp (runtime_images[i].image, base) == 0)
      return TRUE;

  return FALSE;
}

/* A version as a tag names it: digits and dots only ("20.11", "3.11"). */
static char *
version_for (PodliftAppProfile *profile)
{
  const char *answer = podlift_app_profile_get_stack_version (profile);
  const char *start;
  gsize len = 0;

  if (answer == NULL)
    return g_strdup (podlift_stack_default_version (podlift_app_profile_get_stack (profile)));

  start = answer;
  while (*start != '\0' && !g_ascii_isdigit (*start))
    start++;
  while (g_ascii_isdigit (start[len]) || (start[len] == '.' && g_ascii_isdigit (start[len + 1])))
    len++;

  return len > 0 ? g_strndup (start, len) : NULL;
}

/* Where ":latest" is on @line of @text, in characters. */
static gboolean
find_latest (const char   *text,
             guint         line,
             const char   *image,
             PodliftRange *range)
{
  g_autofree char *needle = g_strconcat (image, ":latest", NULL);
  const char *p = text;
  const char *end;
  const char *found;

  for (guint i = 1; i < line && p != NULL; i++)
    if ((p = strchr (p, '\n')) != NULL)
      p++;
  if (p == NULL)
    return FALSE;

  end = strchr (p, '\n');
  found = g_strstr_len (p, end ? end - p : -1, needle);
  if (found == NULL)
    return FALSE;

  found += strlen (image) + 1;
  range->start.line = range->end.line = line;
  range->start.column = g_utf8_pointer_to_offset (p, found) + 1;
  range->end.column = range->start.column + strlen ("latest");

  return TRUE;
}

void
podlift_dockerfile_pin_latest (const PodliftDockerfileAst *ast,
                               GListModel                 *findings,
                               const char                 *text,
                               PodliftAppProfile          *profile)
{
  g_autofree char *version = NULL;

  if (profile == NULL || podlift_app_profile_get_stack (profile) == PODLIFT_STACK_UNKNOWN)
    return;

  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(PodliftDiagnostic) d = g_list_model_get_item (findings, i);
      g_autofree char *title = NULL;
      PodliftRange range;

      if (strcmp (podlift_diagnostic_get_code (d), "DL3007") != 0 || podlift_diagnostic_has_fix (d))
        continue;

      for (guint j = 0; j < ast->instructions->len; j++)
        {
          const PodliftInstruction *from = g_ptr_array_index (ast->instructions, j);

          if (from->kind != PODLIFT_INSTRUCTION_FROM ||
              from->range.start.line != podlift_diagnostic_get_line (d) ||
              from->image_name == NULL ||
              !is_runtime_image (podlift_app_profile_get_stack (profile), from->image_name))
            continue;

          if (version == NULL && (version = version_for (profile)) == NULL)
            return;

          if (!find_latest (text, from->range.start.line, from->image_name, &range))
            continue;

          /* Translators: a fix's title, "Pin to node:20" */
          title = g_strdup_printf (_("Pin to %s:%s"), from->image_name, version);
          podlift_diagnostic_set_fix (d, &range, version, title);
        }
    }
}
