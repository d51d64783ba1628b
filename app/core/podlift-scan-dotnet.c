/* podlift-scan-dotnet.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-scan"

#include "config.h"

#include <string.h>

#include "podlift-scan-match.h"

/* .NET: the web project's .csproj gives the target framework, the
 * assembly and the database provider; Program.cs, appsettings.json or
 * Properties/launchSettings.json give the port; EF Core's Migrations
 * folder gives the migration command. */

static const PodliftScanDriver dotnet_drivers[] = {
  { "Include=\"Npgsql", "postgresql" },
  { "Include=\"Microsoft.EntityFrameworkCore.SqlServer\"", "sqlserver" },
  { "Include=\"Microsoft.Data.SqlClient\"", "sqlserver" },
  { "Include=\"System.Data.SqlClient\"", "sqlserver" },
  { "Include=\"Pomelo.EntityFrameworkCore.MySql\"", "mysql" },
  { "Include=\"MySqlConnector\"", "mysql" },
  { "Include=\"MySql.Data\"", "mysql" },
  { "Include=\"MySql.EntityFrameworkCore\"", "mysql" },
  { "Include=\"MongoDB.Driver\"", "mongodb" },
  { "Include=\"StackExchange.Redis\"", "redis" },
  { NULL, NULL }
};

/* The web project (Microsoft.NET.Sdk.Web), else the shallowest one. */
static const char *
find_project (PodliftScanContext *ctx)
{
  GPtrArray *files = podlift_scan_context_get_files (ctx);
  const char *first = NULL;

  for (guint i = 0; i < files->len; i++)
    {
      const char *path = g_ptr_array_index (files, i);
      const char *text;

      if (!g_str_has_suffix (path, ".csproj"))
        continue;
      if (first == NULL)
        first = path;
      text = podlift_scan_context_read (ctx, path);
      if (text != NULL && podlift_scan_line_of (text, "Sdk=\"Microsoft.NET.Sdk.Web\"") > 0)
        return path;
    }

  return first;
}

static void
detect_commands (PodliftScanContext *ctx,
                 const char         *csproj,
                 const char         *text)
{
  PodliftScanReport *report = podlift_scan_context_get_report (ctx);
  g_autofree char *assembly = NULL;
  g_autofree char *build = NULL;
  g_autofree char *start = NULL;
  guint line = 0;

  if (strchr (csproj, '/') != NULL)
    build = g_strdup_printf ("dotnet publish %s -c Release -o out", csproj);
  else
    build = g_strdup ("dotnet publish -c Release -o out");
  podlift_scan_set_at (ctx, "build_command", build, csproj, text, "<Project Sdk");

  if (!podlift_scan_match (text, "<AssemblyName>([^<]+)</AssemblyName>", &assembly, &line))
    {
      g_autofree char *base = g_path_get_basename (csproj);

      assembly = g_strndup (base, strlen (base) - strlen (".csproj"));
      line = podlift_scan_line_of (text, "<Project Sdk");
    }
  start = g_strdup_printf ("dotnet %s.dll", assembly);
  podlift_scan_report_set_string (report, "start_command", start, csproj, line);
}

static gboolean
port_in (PodliftScanContext *ctx,
         const char         *dir,
         const char         *name,
         const char         *after,
         const char         *pattern)
{
  g_autofree char *path = g_strconcat (dir, name, NULL);
  const char *text = podlift_scan_context_read (ctx, path);
  const char *from = text;
  g_autofree char *port = NULL;
  guint line = 0;

  if (text == NULL)
    return FALSE;
  if (after != NULL && (from = strstr (text, after)) == NULL)
    return FALSE;
  if (!podlift_scan_match (from, pattern, &port, &line))
    return FALSE;

  line += podlift_scan_line_at (text, from - text) - 1;
  podlift_scan_report_set_int (podlift_scan_context_get_report (ctx), "port",
                               g_ascii_strtoll (port, NULL, 10), path, line);
  return TRUE;
}

static void
detect_port (PodliftScanContext *ctx,
             const char         *dir)
{
  /* Code, then Kestrel's configuration, then the "Project" launch
   * profiles (not IIS Express). */
  if (port_in (ctx, dir, "Program.cs", NULL,
               "(?:UseUrls|\\.Run)\\(\\s*\"http://[^\":]+:(\\d+)")
      || port_in (ctx, dir, "appsettings.json", "\"Kestrel\"",
                  "\"Url\"\\s*:\\s*\"http://[^\":]+:(\\d+)"))
    return;

  port_in (ctx, dir, "Properties/launchSettings.json", "\"profiles\"",
           "\"applicationUrl\"\\s*:\\s*\"(?:[^\"]*;)?http://[^\":;]+:(\\d+)");
}

static void
detect_migrations (PodliftScanContext *ctx,
                   const char         *dir)
{
  GPtrArray *files = podlift_scan_context_get_files (ctx);
  g_autofree char *migrations = g_strconcat (dir, "Migrations/", NULL);
  g_autofree char *command = NULL;

  if (*dir != '\0')
    command = g_strdup_printf ("dotnet ef database update --project %.*s",
                               (int) strlen (dir) - 1, dir);
  else
    command = g_strdup ("dotnet ef database update");

  for (guint i = 0; i < files->len; i++)
    {
      const char *path = g_ptr_array_index (files, i);
      const char *text;
      guint line;

      if (!g_str_has_prefix (path, migrations) || !g_str_has_suffix (path, ".cs"))
        continue;
      text = podlift_scan_context_read (ctx, path);
      if (text == NULL || (line = podlift_scan_line_of (text, " : Migration")) == 0)
        continue;

      podlift_scan_report_set_string (podlift_scan_context_get_report (ctx),
                                      "migration_tool", "ef-core", path, line);
      podlift_scan_report_set_string (podlift_scan_context_get_report (ctx),
                                      "migration_command", command, path, line);
      return;
    }
}

gboolean
podlift_scan_detect_dotnet (PodliftScanContext *ctx)
{
  PodliftScanReport *report = podlift_scan_context_get_report (ctx);
  const char *csproj = find_project (ctx);
  const char *text;
  g_autofree char *dir = NULL;
  g_autofree char *version = NULL;
  guint line = 0;

  /* Another stack has the stronger evidence. */
  if (podlift_scan_report_has (podlift_scan_context_get_report (ctx), "stack"))
    return FALSE;
  if (csproj == NULL || (text = podlift_scan_context_read (ctx, csproj)) == NULL)
    return FALSE;
  dir = podlift_scan_dir_of (csproj);

  podlift_scan_set_at (ctx, "stack", "dotnet", csproj, text, "<Project Sdk");
  podlift_scan_set_at (ctx, "package_manager", "dotnet", csproj, text, "<Project Sdk");
  if (podlift_scan_match (text, "<TargetFrameworks?>net(\\d+\\.\\d+)", &version, &line))
    podlift_scan_report_set_string (report, "stack_version", version, csproj, line);
  detect_commands (ctx, csproj, text);
  detect_port (ctx, dir);
  podlift_scan_set_driver (ctx, dotnet_drivers, csproj, text);
  detect_migrations (ctx, dir);

  return TRUE;
}
