/* podlift-scan-ruby.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-scan"

#include "config.h"

#include <string.h>

#include "podlift-scan-match.h"

/* Ruby: the Gemfile gives the Ruby version, the framework, the server
 * and the drivers; Rails' config/database.yml, config/puma.rb, db/migrate
 * and the production Active Storage service give the rest. */

static const PodliftScanDriver ruby_adapters[] = {
  { "adapter: postgresql", "postgresql" },
  { "adapter: postgis", "postgresql" },
  { "adapter: mysql2", "mysql" },
  { "adapter: trilogy", "mysql" },
  { NULL, NULL }
};

static const PodliftScanDriver ruby_gems[] = {
  { "gem \"pg\"", "postgresql" },
  { "gem 'pg'", "postgresql" },
  { "gem \"mysql2\"", "mysql" },
  { "gem 'mysql2'", "mysql" },
  { "gem \"trilogy\"", "mysql" },
  { "gem \"mongoid\"", "mongodb" },
  { "gem 'mongoid'", "mongodb" },
  { NULL, NULL }
};

/* The line of a gem in the Gemfile, either quote, comments aside. */
static guint
gem_line (const char *gemfile,
          const char *gem)
{
  g_autofree char *escaped = g_regex_escape_string (gem, -1);
  g_autofree char *pattern = g_strdup_printf ("^[ \\t]*gem\\s+[\"']%s[\"']", escaped);
  guint line = 0;

  return podlift_scan_match (gemfile, pattern, NULL, &line) ? line : 0;
}

static void
detect_version (PodliftScanContext *ctx,
                const char         *gemfile,
                const char         *text)
{
  PodliftScanReport *report = podlift_scan_context_get_report (ctx);
  const char *pattern = "(\\d+\\.\\d+(?:\\.\\d+)?)";
  const char *file = gemfile;
  const char *lock = podlift_scan_context_find (ctx, "Gemfile.lock");
  g_autofree char *version = NULL;
  guint line = 0;

  if (!podlift_scan_match (text, "^ruby\\s+[\"'](\\d+\\.\\d+(?:\\.\\d+)?)[\"']", &version, &line))
    {
      file = podlift_scan_context_find (ctx, ".ruby-version");
      if (file == NULL || !podlift_scan_match (podlift_scan_context_read (ctx, file),
                                               pattern, &version, &line))
        {
          file = lock;
          if (file == NULL
              || !podlift_scan_match (podlift_scan_context_read (ctx, file),
                                      "^RUBY VERSION\\s+ruby " "(\\d+\\.\\d+(?:\\.\\d+)?)",
                                      &version, &line))
            return;
        }
    }

  podlift_scan_report_set_string (report, "stack_version", version, file, line);
}

static void
detect_commands (PodliftScanContext *ctx,
                 const char         *gemfile,
                 const char         *text,
                 gboolean            rails)
{
  PodliftScanReport *report = podlift_scan_context_get_report (ctx);
  const char *application = podlift_scan_context_find (ctx, "application.rb");
  gboolean api_only = application != NULL
    && podlift_scan_line_of (podlift_scan_context_read (ctx, application),
                             "config.api_only = true") > 0;
  guint assets = gem_line (text, "sprockets-rails");

  if (assets == 0)
    assets = gem_line (text, "propshaft");
  if (rails && !api_only && assets > 0)
    podlift_scan_report_set_string (report, "build_command",
                                    "bundle exec rails assets:precompile", gemfile, assets);

  if (gem_line (text, "puma") > 0 && podlift_scan_context_find (ctx, "puma.rb") != NULL)
    podlift_scan_report_set_string (report, "start_command",
                                    "bundle exec puma -C config/puma.rb", gemfile,
                                    gem_line (text, "puma"));
  else if (rails)
    podlift_scan_report_set_string (report, "start_command",
                                    "bundle exec rails server -b 0.0.0.0", gemfile,
                                    gem_line (text, "rails"));
  else if (gem_line (text, "puma") > 0 && podlift_scan_context_find (ctx, "config.ru") != NULL)
    podlift_scan_report_set_string (report, "start_command", "bundle exec puma", gemfile,
                                    gem_line (text, "puma"));
}

static void
detect_port (PodliftScanContext *ctx)
{
  const char *puma = podlift_scan_context_find (ctx, "puma.rb");
  g_autofree char *port = NULL;
  guint line = 0;

  /* port ENV.fetch("PORT") { 3000 }, port 3000, bind "tcp://0.0.0.0:3000". */
  if (puma != NULL
      && (podlift_scan_match (podlift_scan_context_read (ctx, puma),
                              "^\\s*port\\s+(?:ENV\\.fetch\\(\\s*[\"']PORT[\"']\\s*(?:\\)\\s*\\{|,)\\s*)?(\\d+)",
                              &port, &line)
          || podlift_scan_match (podlift_scan_context_read (ctx, puma),
                                 "^\\s*bind\\s+[\"']tcp://[^:\"']+:(\\d+)", &port, &line)))
    podlift_scan_report_set_int (podlift_scan_context_get_report (ctx), "port",
                                 g_ascii_strtoll (port, NULL, 10), puma, line);
}

static void
detect_migrations (PodliftScanContext *ctx)
{
  const char *migration = podlift_scan_find_under (ctx, "db/migrate/", ".rb");
  const char *text;
  gboolean binstub = podlift_scan_context_read (ctx, "bin/rails") != NULL;

  if (migration == NULL)
    return;

  text = podlift_scan_context_read (ctx, migration);
  podlift_scan_set_at (ctx, "migration_tool", "rails", migration, text, "ActiveRecord::Migration");
  podlift_scan_set_at (ctx, "migration_command",
                       binstub ? "bin/rails db:migrate" : "bundle exec rails db:migrate",
                       migration, text, "ActiveRecord::Migration");
}

/* Active Storage on the Disk service in production keeps uploads in the
 * folder config/storage.yml names. */
static void
detect_storage (PodliftScanContext *ctx)
{
  const char *production = podlift_scan_context_find (ctx, "production.rb");
  const char *storage = podlift_scan_context_find (ctx, "storage.yml");
  g_autofree char *service = NULL;
  g_autofree char *block = NULL;
  g_autofree char *root = NULL;
  guint line = 0;

  if (production == NULL || storage == NULL
      || !podlift_scan_match (podlift_scan_context_read (ctx, production),
                              "^\\s*config\\.active_storage\\.service\\s*=\\s*:(\\w+)",
                              &service, &line))
    return;

  block = g_strdup_printf ("^%s:\\s*\\n\\s+service:\\s*Disk\\s*\\n\\s+root:.*join\\([\"']([^\"']+)[\"']\\)",
                           service);
  if (podlift_scan_match (podlift_scan_context_read (ctx, storage), block, &root, NULL))
    podlift_scan_report_add_stateful_path (podlift_scan_context_get_report (ctx),
                                           root, production, line);
}

gboolean
podlift_scan_detect_ruby (PodliftScanContext *ctx)
{
  const char *gemfile = podlift_scan_context_find (ctx, "Gemfile");
  const char *database = podlift_scan_context_find (ctx, "database.yml");
  const char *text;
  gboolean rails;

  /* Another stack has the stronger evidence. */
  if (podlift_scan_report_has (podlift_scan_context_get_report (ctx), "stack"))
    return FALSE;
  if (gemfile == NULL || (text = podlift_scan_context_read (ctx, gemfile)) == NULL)
    return FALSE;
  rails = gem_line (text, "rails") > 0;

  podlift_scan_set_at (ctx, "stack", "ruby", gemfile, text, "source ");
  podlift_scan_set_at (ctx, "package_manager", "bundler", gemfile, text, "source ");
  detect_version (ctx, gemfile, text);
  detect_commands (ctx, gemfile, text, rails);
  detect_port (ctx);
  if (database == NULL
      || !podlift_scan_set_driver (ctx, ruby_adapters, database,
                                   podlift_scan_context_read (ctx, database)))
    podlift_scan_set_driver (ctx, ruby_gems, gemfile, text);
  if (rails)
    {
      detect_migrations (ctx);
      detect_storage (ctx);
    }

  return TRUE;
}
