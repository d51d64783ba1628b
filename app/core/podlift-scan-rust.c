/* podlift-scan-rust.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-scan"

#include "config.h"

#include <string.h>

#include "podlift-scan-match.h"

/* Rust: Cargo.toml gives the package, the binary, the minimum Rust and
 * the database crates; src/main.rs gives the address it binds; the
 * migrations folder of sqlx or Diesel gives the migration command. */

typedef struct
{
  const char *crate;    /* the dependency line starts with it */
  const char *feature;  /* and contains it, or NULL */
  const char *engine;
} RustDriver;

static const RustDriver rust_drivers[] = {
  { "sqlx ", "\"postgres\"", "postgresql" },
  { "sqlx ", "\"mysql\"", "mysql" },
  { "diesel ", "\"postgres\"", "postgresql" },
  { "diesel ", "\"mysql\"", "mysql" },
  { "sea-orm ", "postgres", "postgresql" },
  { "sea-orm ", "mysql", "mysql" },
  { "tokio-postgres ", NULL, "postgresql" },
  { "postgres ", NULL, "postgresql" },
  { "mysql_async ", NULL, "mysql" },
  { "mongodb ", NULL, "mongodb" },
  { "redis ", NULL, "redis" },
  { NULL, NULL, NULL }
};

static void
detect_database (PodliftScanContext *ctx,
                 const char         *cargo,
                 const char         *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint d = 0; rust_drivers[d].crate != NULL; d++)
    for (guint i = 0; lines[i] != NULL; i++)
      {
        if (!g_str_has_prefix (lines[i], rust_drivers[d].crate)
            || (rust_drivers[d].feature != NULL && strstr (lines[i], rust_drivers[d].feature) == NULL))
          continue;
        podlift_scan_report_set_database (podlift_scan_context_get_report (ctx),
                                          rust_drivers[d].engine, cargo, i + 1);
        return;
      }
}

static void
detect_version (PodliftScanContext *ctx,
                const char         *cargo,
                const char         *text)
{
  const char *toolchain = podlift_scan_context_find (ctx, "rust-toolchain.toml");
  const char *file = cargo;
  g_autofree char *version = NULL;
  guint line = 0;

  /* A pinned toolchain, else the least Rust the package needs. The
   * edition alone names no compiler version. */
  if (toolchain == NULL
      || !podlift_scan_match (podlift_scan_context_read (ctx, toolchain),
                              "^channel\\s*=\\s*\"(\\d+\\.\\d+(?:\\.\\d+)?)\"", &version, &line))
    {
      file = cargo;
      if (!podlift_scan_match (text, "^rust-version\\s*=\\s*\"(\\d+\\.\\d+(?:\\.\\d+)?)\"",
                               &version, &line))
        return;
    }
  else
    file = toolchain;

  podlift_scan_report_set_string (podlift_scan_context_get_report (ctx),
                                  "stack_version", version, file, line);
}

static void
detect_commands (PodliftScanContext *ctx,
                 const char         *cargo,
                 const char         *text,
                 const char         *dir)
{
  PodliftScanReport *report = podlift_scan_context_get_report (ctx);
  const char *bin = strstr (text, "[[bin]]");
  const char *from = bin != NULL ? bin : text;
  g_autofree char *build = NULL;
  g_autofree char *start = NULL;
  g_autofree char *name = NULL;
  guint line = 0;

  if (*dir != '\0')
    build = g_strdup_printf ("cargo build --release --manifest-path %s", cargo);
  else
    build = g_strdup ("cargo build --release");
  podlift_scan_set_at (ctx, "build_command", build, cargo, text, "[package]");

  if (!podlift_scan_match (from, "^name\\s*=\\s*\"([^\"]+)\"", &name, &line))
    return;
  line += podlift_scan_line_at (text, from - text) - 1;
  start = g_strdup_printf ("./%starget/release/%s", dir, name);
  podlift_scan_report_set_string (report, "start_command", start, cargo, line);
}

static void
detect_port (PodliftScanContext *ctx,
             const char         *dir)
{
  g_autofree char *main_rs = g_strconcat (dir, "src/main.rs", NULL);
  const char *text = podlift_scan_context_read (ctx, main_rs);
  g_autofree char *port = NULL;
  guint line = 0;

  /* actix .bind(("0.0.0.0", 8080)), .bind("0.0.0.0:8080"), axum's
   * TcpListener::bind("0.0.0.0:3000"), SocketAddr::from(([0, 0, 0, 0], 3000)). */
  if (podlift_scan_match (text, "bind\\(\\s*\\(\\s*\"[^\"]*\"\\s*,\\s*(\\d+)\\s*\\)", &port, &line)
      || podlift_scan_match (text, "bind\\(\\s*\"[^\":]*:(\\d+)\"", &port, &line)
      || podlift_scan_match (text, "SocketAddr::from\\(\\(\\s*\\[[^\\]]*\\]\\s*,\\s*(\\d+)\\s*\\)\\)",
                             &port, &line))
    podlift_scan_report_set_int (podlift_scan_context_get_report (ctx), "port",
                                 g_ascii_strtoll (port, NULL, 10), main_rs, line);
}

static void
detect_migrations (PodliftScanContext *ctx,
                   const char         *cargo,
                   const char         *text,
                   const char         *dir)
{
  PodliftScanReport *report = podlift_scan_context_get_report (ctx);
  g_autofree char *migrations = g_strconcat (dir, "migrations/", NULL);
  g_autofree char *command = NULL;
  guint line = 0;

  if (podlift_scan_find_under (ctx, migrations, NULL) == NULL)
    return;

  if (podlift_scan_match (text, "^(sqlx)\\s*=", NULL, &line))
    {
      command = *dir != '\0'
        ? g_strdup_printf ("sqlx migrate run --source %smigrations", dir)
        : g_strdup ("sqlx migrate run");
      podlift_scan_report_set_string (report, "migration_tool", "sqlx", cargo, line);
      podlift_scan_report_set_string (report, "migration_command", command, cargo, line);
    }
  else if (podlift_scan_match (text, "^(diesel)\\s*=", NULL, &line))
    {
      command = *dir != '\0'
        ? g_strdup_printf ("diesel migration run --migration-dir %smigrations", dir)
        : g_strdup ("diesel migration run");
      podlift_scan_report_set_string (report, "migration_tool", "diesel", cargo, line);
      podlift_scan_report_set_string (report, "migration_command", command, cargo, line);
    }
}

gboolean
podlift_scan_detect_rust (PodliftScanContext *ctx)
{
  const char *cargo = podlift_scan_context_find (ctx, "Cargo.toml");
  const char *text;
  g_autofree char *dir = NULL;
  const char *anchor;

  /* Another stack has the stronger evidence. */
  if (podlift_scan_report_has (podlift_scan_context_get_report (ctx), "stack"))
    return FALSE;
  if (cargo == NULL || (text = podlift_scan_context_read (ctx, cargo)) == NULL)
    return FALSE;
  anchor = podlift_scan_line_of (text, "[package]") > 0 ? "[package]" : "[workspace]";
  dir = podlift_scan_dir_of (cargo);

  podlift_scan_set_at (ctx, "stack", "rust", cargo, text, anchor);
  podlift_scan_set_at (ctx, "package_manager", "cargo", cargo, text, anchor);
  detect_version (ctx, cargo, text);
  if (strcmp (anchor, "[package]") == 0)
    {
      detect_commands (ctx, cargo, text, dir);
      detect_port (ctx, dir);
    }
  detect_database (ctx, cargo, text);
  detect_migrations (ctx, cargo, text, dir);

  return TRUE;
}
