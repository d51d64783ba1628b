/* podlift-scan-static.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-scan-static"

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "podlift-scan-private.h"

/* Static sites: runs after the other detectors. Either a front end that
 * a package.json builds (vite build, react-scripts build, …; the Node.js
 * detector leaves these alone when nothing serves them) or plain files
 * with an index.html at the top. Nothing is served by the code, so no
 * port nor start command. */

static JsonObject *
object_member (JsonObject *object,
               const char *name)
{
  JsonNode *node;

  if (object == NULL || (node = json_object_get_member (object, name)) == NULL ||
      !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  return json_node_get_object (node);
}

static guint
line_after (const char *text,
            const char *section,
            const char *needle)
{
  const char *from = strstr (text, section);
  const char *hit = from != NULL ? strstr (from, needle) : NULL;
  guint line = 1;

  if (hit == NULL)
    return 0;
  for (const char *p = text; p < hit; p++)
    if (*p == '\n')
      line++;
  return line;
}

static const char *
detect_manager (PodliftScanContext *ctx)
{
  static const struct { const char *lockfile; const char *manager; } locks[] = {
    { "pnpm-lock.yaml", "pnpm" },
    { "yarn.lock", "yarn" },
    { "package-lock.json", "npm" },
  };
  PodliftScanReport *report = podlift_scan_context_get_report (ctx);

  for (guint i = 0; i < G_N_ELEMENTS (locks); i++)
    {
      const char *path = podlift_scan_context_find (ctx, locks[i].lockfile);

      if (path == NULL || strchr (path, '/') != NULL)
        continue;
      podlift_scan_report_set_string (report, "package_manager", locks[i].manager, path, 0);
      return locks[i].manager;
    }
  return "npm";
}

/* A package.json at the top whose build script makes the site. */
static gboolean
detect_built_site (PodliftScanContext *ctx)
{
  PodliftScanReport *report = podlift_scan_context_get_report (ctx);
  const char *text = podlift_scan_context_read (ctx, "package.json");
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *scripts;
  const char *manager;
  g_autofree char *command = NULL;
  guint line;

  if (text == NULL || !json_parser_load_from_data (parser, text, -1, NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return FALSE;
  scripts = object_member (json_node_get_object (json_parser_get_root (parser)), "scripts");
  if (scripts == NULL || !json_object_has_member (scripts, "build"))
    return FALSE;

  line = line_after (text, "\"scripts\"", "\"build\"");
  podlift_scan_report_set_string (report, "stack", "static", "package.json", line);
  manager = detect_manager (ctx);
  if (g_str_equal (manager, "npm"))
    command = g_strdup ("npm run build");
  else if (g_str_equal (manager, "yarn"))
    command = g_strdup ("yarn build");
  else
    command = g_strdup_printf ("%s run build", manager);
  podlift_scan_report_set_string (report, "build_command", command, "package.json", line);
  return TRUE;
}

gboolean
podlift_scan_detect_static (PodliftScanContext *ctx)
{
  PodliftScanReport *report = podlift_scan_context_get_report (ctx);
  const char *index;

  if (podlift_scan_report_has (report, "stack"))
    return FALSE;
  if (detect_built_site (ctx))
    return TRUE;
  index = podlift_scan_context_find (ctx, "index.html");
  if (index == NULL || strchr (index, '/') != NULL)
    return FALSE;
  podlift_scan_report_set_string (report, "stack", "static", index, 0);
  return TRUE;
}
