/* podlift-scan-go.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-scan"

#include "config.h"

#include <string.h>

#include "podlift-scan-match.h"

/* Go: go.mod gives the module, the Go version and the drivers; the main
 * package gives the binary and the port; a Makefile or the migration
 * library gives the migration command. */

static const PodliftScanDriver go_drivers[] = {
  { "github.com/lib/pq ", "postgresql" },
  { "github.com/jackc/pgx", "postgresql" },
  { "gorm.io/driver/postgres", "postgresql" },
  { "github.com/go-sql-driver/mysql", "mysql" },
  { "gorm.io/driver/mysql", "mysql" },
  { "go.mongodb.org/mongo-driver", "mongodb" },
  { "github.com/redis/go-redis", "redis" },
  { "github.com/go-redis/redis", "redis" },
  { NULL, NULL }
};

/* The main package: the shallowest main.go that says "package main". */
static const char *
find_main (PodliftScanContext *ctx)
{
  GPtrArray *files = podlift_scan_context_get_files (ctx);

  for (guint i = 0; i < files->len; i++)
    {
      const char *path = g_ptr_array_index (files, i);
      const char *text;

      if (strcmp (path, "main.go") != 0 && !g_str_has_suffix (path, "/main.go"))
        continue;
      text = podlift_scan_context_read (ctx, path);
      if (text != NULL && podlift_scan_line_of (text, "package main") > 0)
        return path;
    }

  return NULL;
}

static void
detect_version (PodliftScanContext *ctx,
                const char         *gomod,
                const char         *text)
{
  PodliftScanReport *report = podlift_scan_context_get_report (ctx);
  g_autofree char *version = NULL;
  guint line = 0;

  /* The toolchain line names the Go that builds it, the go line the
   * least one the module needs. */
  if (podlift_scan_match (text, "^toolchain\\s+go(\\d+\\.\\d+(?:\\.\\d+)?)", &version, &line)
      || podlift_scan_match (text, "^go\\s+(\\d+\\.\\d+(?:\\.\\d+)?)", &version, &line))
    podlift_scan_report_set_string (report, "stack_version", version, gomod, line);
}

static void
detect_binary (PodliftScanContext *ctx,
               const char         *gomod,
               const char         *module)
{
  PodliftScanReport *report = podlift_scan_context_get_report (ctx);
  const char *main_go = find_main (ctx);
  g_autofree char *gomod_dir = podlift_scan_dir_of (gomod);
  g_autofree char *main_dir = NULL;
  g_autofree char *package = NULL;
  g_autofree char *name = NULL;
  g_autofree char *build = NULL;
  g_autofree char *start = NULL;
  const char *text;
  guint line;

  if (main_go == NULL)
    return;

  /* The package folder relative to go.mod, "." at its top. */
  main_dir = podlift_scan_dir_of (main_go);
  if (!g_str_has_prefix (main_dir, gomod_dir))
    return;
  package = strlen (main_dir) > strlen (gomod_dir)
    ? g_strdup_printf ("./%.*s", (int) (strlen (main_dir) - strlen (gomod_dir) - 1),
                       main_dir + strlen (gomod_dir))
    : g_strdup (".");
  if (strcmp (package, ".") == 0)
    name = g_path_get_basename (module);
  else
    name = g_path_get_basename (package);

  build = g_strdup_printf ("go build -o bin/%s %s", name, package);
  start = g_strdup_printf ("./bin/%s", name);
  text = podlift_scan_context_read (ctx, main_go);
  line = podlift_scan_line_of (text, "func main()");
  podlift_scan_report_set_string (report, "build_command", build, main_go, line);
  podlift_scan_report_set_string (report, "start_command", start, main_go, line);
}

static void
detect_port (PodliftScanContext *ctx)
{
  const char *main_go = find_main (ctx);
  const char *text;
  g_autofree char *port = NULL;
  guint line = 0;

  if (main_go == NULL)
    return;

  /* gin r.Run(":8080"), echo e.Start, fiber app.Listen, net/http. */
  text = podlift_scan_context_read (ctx, main_go);
  if (podlift_scan_match (text,
                          "(?:ListenAndServe(?:TLS)?|\\.Run|\\.Start|\\.Listen)\\(\\s*\"[^\"]*:(\\d+)\"",
                          &port, &line)
      || podlift_scan_match (text, "Addr:\\s*\"[^\"]*:(\\d+)\"", &port, &line))
    podlift_scan_report_set_int (podlift_scan_context_get_report (ctx), "port",
                                 g_ascii_strtoll (port, NULL, 10), main_go, line);
}

static void
detect_migrations (PodliftScanContext *ctx,
                   const char         *gomod,
                   const char         *text)
{
  PodliftScanReport *report = podlift_scan_context_get_report (ctx);
  const char *makefile = podlift_scan_context_find (ctx, "Makefile");
  const char *tool = NULL;
  g_autofree char *command = NULL;
  guint line = 0;

  if ((line = podlift_scan_line_of (text, "github.com/golang-migrate/migrate")) > 0)
    tool = "golang-migrate";
  else if ((line = podlift_scan_line_of (text, "github.com/pressly/goose")) > 0)
    tool = "goose";
  else
    return;

  podlift_scan_report_set_string (report, "migration_tool", tool, gomod, line);

  /* The command only when the project runs it somewhere. */
  if (makefile != NULL
      && podlift_scan_match (podlift_scan_context_read (ctx, makefile),
                             strcmp (tool, "goose") == 0 ? "^\\t((?:goose)\\s.*\\S)\\s*$"
                                                         : "^\\t(migrate\\s.*\\S)\\s*$",
                             &command, &line))
    {
      g_autofree char *unescaped = NULL;
      g_auto(GStrv) parts = g_strsplit (command, "$$", -1);

      unescaped = g_strjoinv ("$", parts);
      podlift_scan_report_set_string (report, "migration_command", unescaped, makefile, line);
    }
}

gboolean
podlift_scan_detect_go (PodliftScanContext *ctx)
{
  PodliftScanReport *report = podlift_scan_context_get_report (ctx);
  const char *gomod = podlift_scan_context_find (ctx, "go.mod");
  const char *text;
  g_autofree char *module = NULL;
  guint line = 0;

  /* Another stack has the stronger evidence. */
  if (podlift_scan_report_has (podlift_scan_context_get_report (ctx), "stack"))
    return FALSE;
  if (gomod == NULL)
    return FALSE;
  text = podlift_scan_context_read (ctx, gomod);
  if (!podlift_scan_match (text, "^module\\s+(\\S+)", &module, &line))
    return FALSE;

  podlift_scan_report_set_string (report, "stack", "go", gomod, line);
  podlift_scan_report_set_string (report, "package_manager", "go", gomod, line);
  detect_version (ctx, gomod, text);
  detect_binary (ctx, gomod, module);
  detect_port (ctx);
  podlift_scan_set_driver (ctx, go_drivers, gomod, text);
  detect_migrations (ctx, gomod, text);

  return TRUE;
}
