/* podlift-scan-match.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-scan"

#include "config.h"

#include <string.h>

#include "podlift-scan-match.h"

guint
podlift_scan_line_at (const char *text,
                      gsize       offset)
{
  guint line = 1;

  g_return_val_if_fail (text != NULL, 0);

  for (gsize i = 0; i < offset && text[i] != '\0'; i++)
    if (text[i] == '\n')
      line++;

  return line;
}

gboolean
podlift_scan_match (const char  *text,
                    const char  *pattern,
                    char       **capture,
                    guint       *line)
{
  g_autoptr(GRegex) regex = NULL;
  g_autoptr(GMatchInfo) info = NULL;
  int group;
  int start = 0;

  g_return_val_if_fail (pattern != NULL, FALSE);

  if (text == NULL)
    return FALSE;

  regex = g_regex_new (pattern, G_REGEX_MULTILINE | G_REGEX_OPTIMIZE, 0, NULL);
  g_return_val_if_fail (regex != NULL, FALSE);

  if (!g_regex_match (regex, text, 0, &info))
    return FALSE;

  group = g_regex_get_capture_count (regex) > 0 ? 1 : 0;
  g_match_info_fetch_pos (info, group, &start, NULL);
  if (capture != NULL)
    *capture = g_match_info_fetch (info, group);
  if (line != NULL)
    *line = podlift_scan_line_at (text, start);

  return TRUE;
}

const char *
podlift_scan_find_suffix (PodliftScanContext *ctx,
                          const char         *suffix)
{
  GPtrArray *files = podlift_scan_context_get_files (ctx);

  for (guint i = 0; files != NULL && i < files->len; i++)
    {
      const char *path = g_ptr_array_index (files, i);

      if (g_str_has_suffix (path, suffix))
        return path;
    }

  return NULL;
}

const char *
podlift_scan_find_under (PodliftScanContext *ctx,
                         const char         *dir,
                         const char         *suffix)
{
  GPtrArray *files = podlift_scan_context_get_files (ctx);
  const char *found = NULL;

  /* Files are sorted shallowest first, so take the smallest name. */
  for (guint i = 0; files != NULL && i < files->len; i++)
    {
      const char *path = g_ptr_array_index (files, i);

      if (!g_str_has_prefix (path, dir))
        continue;
      if (suffix != NULL && !g_str_has_suffix (path, suffix))
        continue;
      if (found == NULL || strcmp (path, found) < 0)
        found = path;
    }

  return found;
}

char *
podlift_scan_dir_of (const char *path)
{
  const char *slash = strrchr (path, '/');

  if (slash == NULL)
    return g_strdup ("");

  return g_strndup (path, slash - path + 1);
}

void
podlift_scan_set_at (PodliftScanContext *ctx,
                     const char         *key,
                     const char         *value,
                     const char         *file,
                     const char         *text,
                     const char         *needle)
{
  guint line = 0;

  if (text != NULL && needle != NULL)
    line = podlift_scan_line_of (text, needle);

  podlift_scan_report_set_string (podlift_scan_context_get_report (ctx),
                                  key, value, file, line);
}

gboolean
podlift_scan_set_driver (PodliftScanContext      *ctx,
                         const PodliftScanDriver *drivers,
                         const char              *file,
                         const char              *text)
{
  if (text == NULL)
    return FALSE;

  for (guint i = 0; drivers[i].needle != NULL; i++)
    {
      guint line = podlift_scan_line_of (text, drivers[i].needle);

      if (line == 0)
        continue;

      podlift_scan_report_set_database (podlift_scan_context_get_report (ctx),
                                        drivers[i].engine, file, line);
      return TRUE;
    }

  return FALSE;
}
