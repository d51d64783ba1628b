/* podlift-scan-node.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-scan-node"

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "podlift-scan-private.h"

/* Node.js: package.json (in a workspace, the application's own), the
 * lockfile or packageManager field, engines.node or .nvmrc, the build and
 * start scripts, the port in the entry file, the database drivers and the
 * migration tool. A package.json that only builds a front end (vite,
 * react-scripts, …) with no server is left to the static detector. */

typedef struct
{
  PodliftScanContext *ctx;
  PodliftScanReport  *report;
  char               *path;       /* the application's package.json */
  char               *dir;        /* its folder, "" or "apps/web/" */
  const char         *text;
  JsonParser         *parser;
  JsonObject         *pkg;
  JsonObject         *scripts;
  char               *root_path;  /* the workspace's package.json, or NULL */
  const char         *root_text;
  JsonParser         *root_parser;
  const char         *manager;    /* "npm", "yarn", "pnpm" */
  char               *workspace;  /* "pnpm --filter @acme/web", or NULL */
} NodeScan;

static void
node_scan_clear (NodeScan *scan)
{
  g_free (scan->path);
  g_free (scan->dir);
  g_clear_object (&scan->parser);
  g_free (scan->root_path);
  g_clear_object (&scan->root_parser);
  g_free (scan->workspace);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (NodeScan, node_scan_clear)

static const char * const server_packages[] = {
  "express", "next", "nuxt", "fastify", "koa", "@nestjs/core", "@hapi/hapi",
  "@remix-run/serve", "@sveltejs/adapter-node", "hono", "restify", NULL
};

static const char * const static_builders[] = {
  "vite", "react-scripts", "@vue/cli-service", "@angular/cli", "parcel",
  "astro", "@11ty/eleventy", NULL
};

/* The line of "key" after the line of "section" (NULL: anywhere). */
static guint
json_key_line (const char *text,
               const char *section,
               const char *key)
{
  g_autofree char *quoted_key = g_strdup_printf ("\"%s\"", key);
  const char *from = text;
  const char *hit;
  guint line = 1;

  if (section != NULL)
    {
      g_autofree char *quoted_section = g_strdup_printf ("\"%s\"", section);

      if ((from = strstr (text, quoted_section)) == NULL)
        return 0;
    }
  if ((hit = strstr (from, quoted_key)) == NULL)
    return 0;
  for (const char *p = text; p < hit; p++)
    if (*p == '\n')
      line++;
  return line;
}

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

static const char *
string_member (JsonObject *object,
               const char *name)
{
  JsonNode *node;

  if (object == NULL || (node = json_object_get_member (object, name)) == NULL ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

/* The section ("dependencies", "devDependencies") listing @name, or NULL. */
static const char *
dependency_section (NodeScan   *scan,
                    const char *name)
{
  static const char * const sections[] = { "dependencies", "devDependencies", NULL };

  for (guint i = 0; sections[i] != NULL; i++)
    {
      JsonObject *deps = object_member (scan->pkg, sections[i]);

      if (deps != NULL && json_object_has_member (deps, name))
        return sections[i];
    }
  return NULL;
}

static gboolean
has_any_dependency (NodeScan           *scan,
                    const char * const *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (dependency_section (scan, names[i]) != NULL)
      return TRUE;
  return FALSE;
}

static JsonParser *
parse_package (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();

  if (text == NULL || !json_parser_load_from_data (parser, text, -1, NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return NULL;
  return g_steal_pointer (&parser);
}

static gboolean
package_has_start (PodliftScanContext *ctx,
                   const char         *path)
{
  g_autoptr(JsonParser) parser = parse_package (podlift_scan_context_read (ctx, path));
  JsonObject *scripts;

  if (parser == NULL)
    return FALSE;
  scripts = object_member (json_node_get_object (json_parser_get_root (parser)), "scripts");
  return string_member (scripts, "start") != NULL;
}

/* In a workspace whose root package.json has no start script, the
 * application is the shallowest member with one, apps/ first. */
static char *
find_workspace_app (PodliftScanContext *ctx,
                    const char         *root)
{
  GPtrArray *files = podlift_scan_context_get_files (ctx);
  char *fallback = NULL;

  for (guint i = 0; i < files->len; i++)
    {
      const char *file = g_ptr_array_index (files, i);

      if (g_strcmp0 (file, root) == 0 || !g_str_has_suffix (file, "/package.json") ||
          !package_has_start (ctx, file))
        continue;
      if (g_str_has_prefix (file, "apps/"))
        {
          g_free (fallback);
          return g_strdup (file);
        }
      if (fallback == NULL)
        fallback = g_strdup (file);
    }
  return fallback;
}

static gboolean
is_workspace_root (NodeScan *scan)
{
  g_autofree char *pnpm = g_strconcat (scan->dir, "pnpm-workspace.yaml", NULL);

  return json_object_has_member (scan->pkg, "workspaces") ||
         podlift_scan_context_read (scan->ctx, pnpm) != NULL;
}

static void
set_package (NodeScan   *scan,
             const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  g_free (scan->path);
  g_free (scan->dir);
  g_clear_object (&scan->parser);
  scan->path = g_strdup (path);
  scan->dir = g_strcmp0 (dir, ".") == 0 ? g_strdup ("") : g_strconcat (dir, "/", NULL);
  scan->text = podlift_scan_context_read (scan->ctx, path);
  scan->parser = parse_package (scan->text);
  scan->pkg = scan->parser != NULL ? json_node_get_object (json_parser_get_root (scan->parser)) : NULL;
  scan->scripts = object_member (scan->pkg, "scripts");
}

static gboolean
load_package (NodeScan *scan)
{
  const char *root = podlift_scan_context_find (scan->ctx, "package.json");
  g_autofree char *app = NULL;

  if (root == NULL)
    return FALSE;
  set_package (scan, root);
  if (scan->pkg == NULL)
    return FALSE;
  if (string_member (scan->scripts, "start") != NULL || !is_workspace_root (scan))
    return TRUE;
  if ((app = find_workspace_app (scan->ctx, root)) == NULL)
    return TRUE;
  scan->root_path = g_strdup (root);
  scan->root_text = scan->text;
  scan->root_parser = g_steal_pointer (&scan->parser);
  set_package (scan, app);
  return scan->pkg != NULL;
}

/* A front end built to static files, with no server of its own. */
static gboolean
is_static_frontend (NodeScan *scan)
{
  const char *start = string_member (scan->scripts, "start");

  if (has_any_dependency (scan, server_packages) ||
      !has_any_dependency (scan, static_builders) ||
      string_member (scan->scripts, "build") == NULL)
    return FALSE;
  return start == NULL || g_str_has_prefix (start, "vite") ||
         g_str_has_prefix (start, "react-scripts ") || g_str_has_prefix (start, "ng serve") ||
         g_str_has_prefix (start, "vue-cli-service serve") || g_str_has_prefix (start, "astro dev");
}

static void
detect_version (NodeScan *scan)
{
  static const char * const files[] = { ".nvmrc", ".node-version", NULL };

  for (guint i = 0; files[i] != NULL; i++)
    {
      const char *path = podlift_scan_context_find (scan->ctx, files[i]);
      const char *text = path != NULL ? podlift_scan_context_read (scan->ctx, path) : NULL;
      g_autofree char *version = NULL;

      if (text == NULL)
        continue;
      version = g_strstrip (g_strndup (text, strcspn (text, "\r\n")));
      if (version[0] == 'v')
        memmove (version, version + 1, strlen (version));
      if (g_ascii_isdigit (version[0]))
        {
          podlift_scan_report_set_string (scan->report, "stack_version", version, path, 1);
          return;
        }
    }
  for (guint i = 0; i < 2; i++)
    {
      const char *text = i == 0 ? scan->text : scan->root_text;
      const char *path = i == 0 ? scan->path : scan->root_path;
      g_autoptr(JsonParser) parser = parse_package (text);
      JsonObject *engines;
      const char *range;
      g_autofree char *version = NULL;

      if (parser == NULL)
        continue;
      engines = object_member (json_node_get_object (json_parser_get_root (parser)), "engines");
      if ((range = string_member (engines, "node")) == NULL)
        continue;
      version = g_strdup (range + strspn (range, "<>=^~v "));
      version[strcspn (version, " <|")] = '\0';
      if (g_str_has_suffix (version, ".x"))
        version[strlen (version) - 2] = '\0';
      if (g_ascii_isdigit (version[0]))
        {
          podlift_scan_report_set_string (scan->report, "stack_version", version,
                                          path, json_key_line (text, "engines", "node"));
          return;
        }
    }
}

static gboolean
manager_from_field (NodeScan   *scan,
                    const char *path,
                    const char *text)
{
  g_autoptr(JsonParser) parser = parse_package (text);
  const char *field;
  static const char * const managers[] = { "npm", "yarn", "pnpm", NULL };

  if (parser == NULL)
    return FALSE;
  field = string_member (json_node_get_object (json_parser_get_root (parser)), "packageManager");
  for (guint i = 0; field != NULL && managers[i] != NULL; i++)
    if (g_str_has_prefix (field, managers[i]) && field[strlen (managers[i])] == '@')
      {
        scan->manager = managers[i];
        podlift_scan_report_set_string (scan->report, "package_manager", managers[i], path,
                                        json_key_line (text, NULL, "packageManager"));
        return TRUE;
      }
  return FALSE;
}

static void
detect_manager (NodeScan *scan)
{
  static const struct { const char *lockfile; const char *manager; } locks[] = {
    { "pnpm-lock.yaml", "pnpm" },
    { "yarn.lock", "yarn" },
    { "package-lock.json", "npm" },
    { "npm-shrinkwrap.json", "npm" },
  };

  scan->manager = "npm";
  if (manager_from_field (scan, scan->path, scan->text) ||
      (scan->root_path != NULL && manager_from_field (scan, scan->root_path, scan->root_text)))
    return;
  for (guint i = 0; i < G_N_ELEMENTS (locks); i++)
    {
      const char *path = podlift_scan_context_find (scan->ctx, locks[i].lockfile);
      g_autofree char *dir = path != NULL ? g_path_get_dirname (path) : NULL;

      /* The lockfile of this package or of its workspace. */
      if (path == NULL ||
          (g_strcmp0 (dir, ".") != 0 && !g_str_has_prefix (scan->dir, dir)))
        continue;
      scan->manager = locks[i].manager;
      podlift_scan_report_set_string (scan->report, "package_manager", locks[i].manager, path, 0);
      return;
    }
}

static void
set_workspace_prefix (NodeScan *scan)
{
  const char *name = string_member (scan->pkg, "name");
  g_autofree char *dir = NULL;

  if (scan->root_path == NULL)
    return;
  dir = g_strndup (scan->dir, strlen (scan->dir) - 1);
  if (g_str_equal (scan->manager, "pnpm"))
    scan->workspace = g_strdup_printf ("pnpm --filter %s", name != NULL ? name : dir);
  else if (g_str_equal (scan->manager, "yarn") && name != NULL)
    scan->workspace = g_strdup_printf ("yarn workspace %s", name);
  else
    scan->workspace = g_strdup_printf ("npm --workspace %s", dir);
}

/* How to run script @name outside npm: its command, with npx in front
 * of a package's binary; in a workspace, through the manager. */
static char *
script_command (NodeScan   *scan,
                const char *name,
                const char *command)
{
  static const char * const plain[] = { "node", "npm", "npx", "yarn", "pnpm", "bun", "sh", "bash", NULL };
  g_autofree char *first = g_strndup (command, strcspn (command, " "));

  if (scan->workspace != NULL)
    return g_strdup_printf ("%s run %s", scan->workspace, name);
  if (g_strv_contains (plain, first) || strchr (first, '/') != NULL || strchr (first, '=') != NULL)
    return g_strdup (command);
  return g_strconcat ("npx ", command, NULL);
}

static char *
run_script (NodeScan   *scan,
            const char *name)
{
  if (scan->workspace != NULL)
    return g_strdup_printf ("%s run %s", scan->workspace, name);
  if (g_str_equal (scan->manager, "npm"))
    return g_strdup_printf ("npm run %s", name);
  if (g_str_equal (scan->manager, "yarn"))
    return g_strdup_printf ("yarn %s", name);
  return g_strdup_printf ("%s run %s", scan->manager, name);
}

static void
detect_build (NodeScan *scan)
{
  g_autofree char *command = NULL;

  if (string_member (scan->scripts, "build") == NULL)
    return;
  command = run_script (scan, "build");
  podlift_scan_report_set_string (scan->report, "build_command", command, scan->path,
                                  json_key_line (scan->text, "scripts", "build"));
}

static gint64
option_port (const char *command)
{
  g_auto(GStrv) words = g_strsplit_set (command, " =", -1);

  for (guint i = 0; words[i] != NULL && words[i + 1] != NULL; i++)
    if (g_str_equal (words[i], "-p") || g_str_equal (words[i], "--port"))
      return g_ascii_strtoll (words[i + 1], NULL, 10);
  return 0;
}

/* The start script, or the main file. Next.js listens on 3000 unless
 * told otherwise. */
static char *
detect_start (NodeScan *scan)
{
  const char *start = string_member (scan->scripts, "start");
  const char *main = string_member (scan->pkg, "main");
  g_autofree char *command = NULL;
  guint line;

  if (start != NULL)
    {
      line = json_key_line (scan->text, "scripts", "start");
      command = script_command (scan, "start", start);
      podlift_scan_report_set_string (scan->report, "start_command", command, scan->path, line);
      if (g_str_has_prefix (start, "next start"))
        {
          gint64 port = option_port (start);

          podlift_scan_report_set_int (scan->report, "port", port > 0 ? port : 3000,
                                       scan->path, line);
        }
      if (g_str_has_prefix (start, "node "))
        return g_strdup (start + 5 + strspn (start + 5, " "));
      return NULL;
    }
  if (main != NULL)
    {
      command = g_strconcat ("node ", main, NULL);
      podlift_scan_report_set_string (scan->report, "start_command", command, scan->path,
                                      json_key_line (scan->text, NULL, "main"));
      return g_strdup (main);
    }
  return NULL;
}

static gboolean
port_in_file (NodeScan   *scan,
              const char *path)
{
  static const char * const patterns[] = {
    "process\\.env\\.PORT\\s*(?:\\|\\||\\?\\?)\\s*[\"']?(\\d{2,5})\\b",
    "\\.listen\\(\\s*(\\d{2,5})\\b",
    "\\b(?:const|let|var)\\s+port\\s*=\\s*(\\d{2,5})\\b",
    NULL
  };
  const char *text = podlift_scan_context_read (scan->ctx, path);

  for (guint i = 0; text != NULL && patterns[i] != NULL; i++)
    {
      g_autoptr(GRegex) regex = g_regex_new (patterns[i], G_REGEX_CASELESS, 0, NULL);
      g_autoptr(GMatchInfo) match = NULL;
      g_autofree char *digits = NULL;
      int start = 0;
      guint line = 1;

      if (!g_regex_match (regex, text, 0, &match))
        continue;
      digits = g_match_info_fetch (match, 1);
      g_match_info_fetch_pos (match, 0, &start, NULL);
      for (int j = 0; j < start; j++)
        if (text[j] == '\n')
          line++;
      podlift_scan_report_set_int (scan->report, "port", g_ascii_strtoll (digits, NULL, 10),
                                   path, line);
      return TRUE;
    }
  return FALSE;
}

static void
detect_port (NodeScan   *scan,
             const char *entry)
{
  static const char * const candidates[] = {
    "server.js", "app.js", "index.js", "bin/www", "src/server.js", "src/index.js",
    "src/app.js", "server.ts", "src/server.ts", "src/index.ts", "src/main.ts", NULL
  };

  if (podlift_scan_report_has (scan->report, "port"))
    return;
  if (entry != NULL)
    {
      g_autofree char *path = g_strconcat (scan->dir, entry, NULL);

      if (port_in_file (scan, path))
        return;
    }
  for (guint i = 0; candidates[i] != NULL; i++)
    {
      g_autofree char *path = g_strconcat (scan->dir, candidates[i], NULL);

      if (port_in_file (scan, path))
        return;
    }
}

/* The datasource provider of a Prisma schema. */
static gboolean
prisma_database (NodeScan *scan)
{
  static const char * const providers[] = { "postgresql", "mysql", "mongodb", "cockroachdb", NULL };
  const char *path = podlift_scan_context_find (scan->ctx, "schema.prisma");
  const char *text = path != NULL ? podlift_scan_context_read (scan->ctx, path) : NULL;
  const char *datasource = text != NULL ? strstr (text, "datasource ") : NULL;
  const char *provider = datasource != NULL ? strstr (datasource, "provider") : NULL;

  if (provider == NULL)
    return FALSE;
  for (guint i = 0; providers[i] != NULL; i++)
    {
      g_autofree char *needle = g_strdup_printf ("\"%s\"", providers[i]);
      const char *hit = strstr (provider, needle);
      guint line = 1;

      if (hit == NULL || memchr (provider, '\n', hit - provider) != NULL)
        continue;
      for (const char *p = text; p < provider; p++)
        if (*p == '\n')
          line++;
      podlift_scan_report_set_database (scan->report,
                                        i == 3 ? "postgresql" : providers[i], path, line);
      return TRUE;
    }
  return FALSE;
}

static void
detect_database (NodeScan *scan)
{
  static const struct { const char *package; const char *engine; } drivers[] = {
    { "pg", "postgresql" }, { "postgres", "postgresql" }, { "pg-promise", "postgresql" },
    { "mysql2", "mysql" }, { "mysql", "mysql" }, { "mariadb", "mariadb" },
    { "mongoose", "mongodb" }, { "mongodb", "mongodb" },
    { "ioredis", "redis" }, { "redis", "redis" },
  };

  if (prisma_database (scan))
    return;
  for (guint i = 0; i < G_N_ELEMENTS (drivers); i++)
    {
      const char *section = dependency_section (scan, drivers[i].package);

      if (section == NULL)
        continue;
      podlift_scan_report_set_database (scan->report, drivers[i].engine, scan->path,
                                        json_key_line (scan->text, section, drivers[i].package));
      return;
    }
}

static const struct
{
  const char *tool;
  const char *script;     /* in a script, the command that applies migrations */
  const char *package;
  const char *marker;     /* a file that shows migrations are in use */
  const char *command;
} migration_tools[] = {
  { "prisma", "prisma migrate deploy", "prisma", "migration_lock.toml", "npx prisma migrate deploy" },
  { "knex", "knex migrate:latest", "knex", "knexfile.js", "npx knex migrate:latest" },
  { "sequelize", "db:migrate", "sequelize-cli", ".sequelizerc", "npx sequelize-cli db:migrate" },
  { "typeorm", "migration:run", "typeorm", NULL, NULL },
};

static gboolean
migration_from_scripts (NodeScan *scan)
{
  g_autoptr(GList) names = scan->scripts != NULL ? json_object_get_members (scan->scripts) : NULL;

  for (guint i = 0; i < G_N_ELEMENTS (migration_tools); i++)
    for (GList *l = names; l != NULL; l = l->next)
      {
        const char *value = string_member (scan->scripts, l->data);
        g_autofree char *command = NULL;

        if (value == NULL || strstr (value, migration_tools[i].script) == NULL)
          continue;
        command = script_command (scan, l->data, value);
        podlift_scan_report_set_string (scan->report, "migration_command", command, scan->path,
                                        json_key_line (scan->text, "scripts", l->data));
        podlift_scan_report_set_string (scan->report, "migration_tool", migration_tools[i].tool,
                                        scan->path, json_key_line (scan->text, "scripts", l->data));
        return TRUE;
      }
  return FALSE;
}

static void
detect_migrations (NodeScan *scan)
{
  if (migration_from_scripts (scan))
    return;
  for (guint i = 0; i < G_N_ELEMENTS (migration_tools); i++)
    {
      const char *section = dependency_section (scan, migration_tools[i].package);
      guint line;

      if (section == NULL || migration_tools[i].marker == NULL ||
          podlift_scan_context_find (scan->ctx, migration_tools[i].marker) == NULL)
        continue;
      line = json_key_line (scan->text, section, migration_tools[i].package);
      podlift_scan_report_set_string (scan->report, "migration_command",
                                      migration_tools[i].command, scan->path, line);
      podlift_scan_report_set_string (scan->report, "migration_tool",
                                      migration_tools[i].tool, scan->path, line);
      return;
    }
}

gboolean
podlift_scan_detect_node (PodliftScanContext *ctx)
{
  g_auto(NodeScan) scan = { 0 };
  g_autofree char *entry = NULL;

  scan.ctx = ctx;
  scan.report = podlift_scan_context_get_report (ctx);
  if (podlift_scan_report_has (scan.report, "stack") || !load_package (&scan) ||
      is_static_frontend (&scan))
    return FALSE;

  podlift_scan_report_set_string (scan.report, "stack", "node", scan.path, 0);
  detect_version (&scan);
  detect_manager (&scan);
  set_workspace_prefix (&scan);
  detect_build (&scan);
  entry = detect_start (&scan);
  detect_port (&scan, entry);
  detect_database (&scan);
  detect_migrations (&scan);
  return TRUE;
}
