/* podlift-scan-php.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-scan"

#include "config.h"

#include <string.h>

#include "podlift-scan-match.h"

/* PHP: composer.json gives the PHP version and the framework; Laravel's
 * .env.example and Symfony's .env give the database, the disk and the
 * session store; artisan and bin/console give the migration command. */

static const PodliftScanDriver php_env_drivers[] = {
  { "DB_CONNECTION=pgsql", "postgresql" },
  { "DB_CONNECTION=mysql", "mysql" },
  { "DB_CONNECTION=mariadb", "mariadb" },
  { "DB_CONNECTION=mongodb", "mongodb" },
  { "DATABASE_URL=\"postgresql://", "postgresql" },
  { "DATABASE_URL=\"postgres://", "postgresql" },
  { "DATABASE_URL=postgresql://", "postgresql" },
  { "DATABASE_URL=\"mysql://", "mysql" },
  { "DATABASE_URL=mysql://", "mysql" },
  { "DATABASE_URL=\"mariadb://", "mariadb" },
  { NULL, NULL }
};

static const PodliftScanDriver php_composer_drivers[] = {
  { "\"ext-pdo_pgsql\"", "postgresql" },
  { "\"ext-pgsql\"", "postgresql" },
  { "\"ext-pdo_mysql\"", "mysql" },
  { "\"ext-mysqli\"", "mysql" },
  { "\"mongodb/mongodb\"", "mongodb" },
  { "\"predis/predis\"", "redis" },
  { NULL, NULL }
};

/* Laravel's .env.example, or a framework's .env: the committed one. */
static const char *
find_env (PodliftScanContext *ctx)
{
  const char *env = podlift_scan_context_find (ctx, ".env.example");

  return env != NULL ? env : podlift_scan_context_find (ctx, ".env");
}

static void
detect_build (PodliftScanContext *ctx,
              const char         *composer,
              const char         *text)
{
  const char *composer_install = "composer install --no-dev --optimize-autoloader";
  const char *package = podlift_scan_context_find (ctx, "package.json");
  const char *package_text = package != NULL ? podlift_scan_context_read (ctx, package) : NULL;
  g_autofree char *script = NULL;
  g_autofree char *build = NULL;
  guint line = 0;

  /* Laravel builds its front end with Vite (or Mix) from package.json. */
  if (package_text != NULL
      && podlift_scan_match (package_text, "\"build\"\\s*:\\s*\"((?:vite|mix|npm run)[^\"]*)\"",
                             &script, &line))
    {
      const char *install = podlift_scan_context_find (ctx, "package-lock.json") != NULL
        ? "npm ci" : "npm install";

      build = g_strdup_printf ("%s && %s && npm run build", composer_install, install);
      podlift_scan_report_set_string (podlift_scan_context_get_report (ctx),
                                      "build_command", build, package, line);
      return;
    }

  podlift_scan_set_at (ctx, "build_command", composer_install, composer, text, "\"require\"");
}

static void
detect_migrations (PodliftScanContext *ctx,
                   const char         *composer,
                   const char         *text,
                   gboolean            laravel)
{
  const char *migration;
  const char *needle = "\"doctrine/doctrine-migrations-bundle\"";

  if (laravel
      && (migration = podlift_scan_find_under (ctx, "database/migrations/", ".php")) != NULL)
    {
      const char *migration_text = podlift_scan_context_read (ctx, migration);

      podlift_scan_set_at (ctx, "migration_tool", "laravel", migration, migration_text,
                           "extends Migration");
      podlift_scan_set_at (ctx, "migration_command", "php artisan migrate --force",
                           migration, migration_text, "extends Migration");
    }
  else if (podlift_scan_line_of (text, needle) > 0
           && podlift_scan_context_read (ctx, "bin/console") != NULL)
    {
      podlift_scan_set_at (ctx, "migration_tool", "doctrine-migrations", composer, text, needle);
      podlift_scan_set_at (ctx, "migration_command",
                           "php bin/console doctrine:migrations:migrate --no-interaction",
                           composer, text, needle);
    }
}

/* Uploads stored on Laravel's local disk: storage/app. */
static void
detect_uploads (PodliftScanContext *ctx,
                const char         *env_text)
{
  GPtrArray *files = podlift_scan_context_get_files (ctx);
  guint looked = 0;

  if (env_text != NULL && podlift_scan_line_of (env_text, "FILESYSTEM_DISK=") > 0
      && podlift_scan_line_of (env_text, "FILESYSTEM_DISK=local") == 0
      && podlift_scan_line_of (env_text, "FILESYSTEM_DISK=public") == 0)
    return;

  for (guint i = 0; i < files->len && looked < 500; i++)
    {
      const char *path = g_ptr_array_index (files, i);
      const char *text;
      guint line = 0;

      if (!g_str_has_prefix (path, "app/") || !g_str_has_suffix (path, ".php"))
        continue;
      looked++;
      text = podlift_scan_context_read (ctx, path);
      if (podlift_scan_match (text, "->store(?:As|Publicly)?\\(|Storage::(?:disk\\('local'\\)->)?put(?:File)?\\(",
                              NULL, &line))
        {
          podlift_scan_report_add_stateful_path (podlift_scan_context_get_report (ctx),
                                                 "storage/app", path, line);
          return;
        }
    }
}

/* File sessions live on one pod's disk: stickiness (or a shared store). */
static void
detect_sessions (PodliftScanContext *ctx,
                 const char         *env,
                 const char         *env_text)
{
  g_autofree char *driver = NULL;
  guint line = 0;

  if (!podlift_scan_match (env_text, "^SESSION_DRIVER=(\\w+)", &driver, &line))
    return;

  podlift_scan_report_set_boolean (podlift_scan_context_get_report (ctx),
                                   "session_stickiness", strcmp (driver, "file") == 0,
                                   env, line);
}

gboolean
podlift_scan_detect_php (PodliftScanContext *ctx)
{
  PodliftScanReport *report = podlift_scan_context_get_report (ctx);
  const char *composer = podlift_scan_context_find (ctx, "composer.json");
  const char *env = find_env (ctx);
  const char *env_text = env != NULL ? podlift_scan_context_read (ctx, env) : NULL;
  const char *text;
  const char *front;
  g_autofree char *version = NULL;
  gboolean laravel;
  guint line = 0;

  /* Another stack has the stronger evidence. */
  if (podlift_scan_report_has (podlift_scan_context_get_report (ctx), "stack"))
    return FALSE;
  if (composer == NULL || (text = podlift_scan_context_read (ctx, composer)) == NULL)
    return FALSE;
  laravel = podlift_scan_line_of (text, "\"laravel/framework\"") > 0
    && podlift_scan_context_find (ctx, "artisan") != NULL;

  podlift_scan_set_at (ctx, "stack", "php", composer, text, "\"require\"");
  podlift_scan_set_at (ctx, "package_manager", "composer", composer, text, "\"require\"");
  if (podlift_scan_match (text, "\"php\"\\s*:\\s*\"[^\"\\d]*(\\d+\\.\\d+)", &version, &line))
    podlift_scan_report_set_string (report, "stack_version", version, composer, line);
  detect_build (ctx, composer, text);

  /* A front controller served by PHP-FPM behind a web server. */
  front = podlift_scan_context_find (ctx, "index.php");
  if (front != NULL && (strcmp (front, "index.php") == 0 || g_str_has_suffix (front, "public/index.php")))
    podlift_scan_report_set_string (report, "start_command", "php-fpm", front, 0);

  if (!podlift_scan_set_driver (ctx, php_env_drivers, env, env_text))
    podlift_scan_set_driver (ctx, php_composer_drivers, composer, text);
  detect_migrations (ctx, composer, text, laravel);
  if (laravel && env_text != NULL)
    detect_sessions (ctx, env, env_text);
  if (laravel)
    detect_uploads (ctx, env_text);

  return TRUE;
}
