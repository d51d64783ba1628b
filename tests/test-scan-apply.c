/* test-scan-apply.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>

#include "podlift-app-profile.h"
#include "podlift-cron-job.h"
#include "podlift-dependency.h"
#include "podlift-env-var.h"
#include "podlift-scanner.h"
#include "podlift-state-path.h"

/* Reports are built by hand with the report's setters, so these tests
 * check the apply rule alone, whatever the detectors find. */

static PodliftScanReport *
full_report (void)
{
  PodliftScanReport *report = podlift_scan_report_new ();

  podlift_scan_report_set_string (report, "stack", "python", "manage.py", 1);
  podlift_scan_report_set_string (report, "stack_version", "3.11", ".python-version", 1);
  podlift_scan_report_set_string (report, "package_manager", "pip", "requirements.txt", 0);
  podlift_scan_report_set_string (report, "build_command", "python manage.py collectstatic --noinput",
                                  "Makefile", 4);
  podlift_scan_report_set_string (report, "start_command", "gunicorn shop.wsgi", "Procfile", 1);
  podlift_scan_report_set_string (report, "migration_command", "python manage.py migrate",
                                  "Procfile", 2);
  podlift_scan_report_set_int (report, "port", 8000, "gunicorn.conf.py", 3);
  podlift_scan_report_set_boolean (report, "session_stickiness", TRUE, "shop/settings.py", 40);
  podlift_scan_report_set_string (report, "session_cookie", "sessionid", "shop/settings.py", 41);
  podlift_scan_report_set_database (report, "postgresql", "requirements.txt", 3);
  podlift_scan_report_set_health_path (report, "liveness", "/healthz", "shop/urls.py", 9);
  podlift_scan_report_set_health_path (report, "readiness", "/ready", "shop/urls.py", 10);
  podlift_scan_report_set_health_path (report, "startup", "/started", "shop/urls.py", 11);
  podlift_scan_report_add_env_var (report, "DATABASE_URL", TRUE, "shop/settings.py", 20);
  podlift_scan_report_add_env_var (report, "DEBUG", FALSE, "shop/settings.py", 21);
  podlift_scan_report_add_stateful_path (report, "media/uploads", "shop/settings.py", 30);
  podlift_scan_report_add_dependency (report, "db.internal", 5432, "shop/settings.py", 22);
  podlift_scan_report_add_cron_job (report, "0 3 * * *", "python manage.py clearsessions",
                                    "crontab", 2);
  /* No home in the model: ignored by apply. */
  podlift_scan_report_set_string (report, "user", "www-data", "shop.service", 7);
  podlift_scan_report_add_not_carried_over (report, "ExecReload", "Kubernetes restarts pods instead",
                                            "shop.service", 9);

  return report;
}

static void
assert_answer (PodliftAppProfile *profile,
               const char        *property,
               const char        *source)
{
  g_assert_cmpstr (podlift_app_profile_get_source (profile, property), ==, source);
}

static void
test_fills_every_answer (void)
{
  g_autoptr(PodliftScanReport) report = full_report ();
  g_autoptr(PodliftProject) project = podlift_project_new ();
  PodliftAppProfile *profile = podlift_project_get_profile (project);
  g_autoptr(PodliftEnvVar) var = NULL;
  g_autoptr(PodliftStatePath) path = NULL;
  g_autoptr(PodliftDependency) dependency = NULL;
  g_autoptr(PodliftCronJob) job = NULL;

  /* 9 scalars, 3 health paths, the engine, stateful; 5 list items. */
  g_assert_cmpuint (podlift_scan_report_apply (report, project), ==, 19);

  g_assert_cmpint (podlift_app_profile_get_stack (profile), ==, PODLIFT_STACK_PYTHON);
  assert_answer (profile, "stack", "manage.py:1");
  g_assert_cmpstr (podlift_app_profile_get_stack_version (profile), ==, "3.11");
  assert_answer (profile, "stack-version", ".python-version:1");
  g_assert_cmpstr (podlift_app_profile_get_package_manager (profile), ==, "pip");
  assert_answer (profile, "package-manager", "requirements.txt");
  g_assert_cmpstr (podlift_app_profile_get_build_command (profile), ==,
                   "python manage.py collectstatic --noinput");
  assert_answer (profile, "build-command", "Makefile:4");
  g_assert_cmpstr (podlift_app_profile_get_launch_command (profile), ==, "gunicorn shop.wsgi");
  assert_answer (profile, "launch-command", "Procfile:1");
  g_assert_cmpstr (podlift_app_profile_get_migrate_command (profile), ==, "python manage.py migrate");
  assert_answer (profile, "migrate-command", "Procfile:2");
  g_assert_cmpuint (podlift_app_profile_get_port (profile), ==, 8000);
  assert_answer (profile, "port", "gunicorn.conf.py:3");
  g_assert_true (podlift_app_profile_get_sticky_sessions (profile));
  assert_answer (profile, "sticky-sessions", "shop/settings.py:40");
  g_assert_cmpstr (podlift_app_profile_get_session_cookie (profile), ==, "sessionid");
  assert_answer (profile, "session-cookie", "shop/settings.py:41");
  g_assert_cmpint (podlift_app_profile_get_database_engine (profile), ==,
                   PODLIFT_DATABASE_ENGINE_POSTGRESQL);
  assert_answer (profile, "database-engine", "requirements.txt:3");
  g_assert_false (podlift_app_profile_get_database_moves (profile));
  assert_answer (profile, "database-moves", NULL);
  g_assert_cmpstr (podlift_app_profile_get_liveness_path (profile), ==, "/healthz");
  assert_answer (profile, "liveness-path", "shop/urls.py:9");
  g_assert_cmpstr (podlift_app_profile_get_readiness_path (profile), ==, "/ready");
  assert_answer (profile, "readiness-path", "shop/urls.py:10");
  g_assert_cmpstr (podlift_app_profile_get_startup_path (profile), ==, "/started");
  assert_answer (profile, "startup-path", "shop/urls.py:11");
  g_assert_true (podlift_app_profile_get_stateful (profile));
  assert_answer (profile, "stateful", "shop/settings.py:30");

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (podlift_app_profile_get_env_vars (profile))), ==, 2);
  var = g_list_model_get_item (G_LIST_MODEL (podlift_app_profile_get_env_vars (profile)), 0);
  g_assert_cmpstr (podlift_env_var_get_name (var), ==, "DATABASE_URL");
  g_assert_true (podlift_env_var_get_secret (var));
  g_assert_cmpstr (podlift_env_var_get_source (var), ==, "shop/settings.py:20");

  path = g_list_model_get_item (G_LIST_MODEL (podlift_app_profile_get_state_paths (profile)), 0);
  g_assert_cmpstr (podlift_state_path_get_path (path), ==, "media/uploads");
  g_assert_cmpstr (podlift_state_path_get_source (path), ==, "shop/settings.py:30");

  dependency = g_list_model_get_item (G_LIST_MODEL (podlift_app_profile_get_dependencies (profile)), 0);
  g_assert_cmpstr (podlift_dependency_get_host (dependency), ==, "db.internal");
  g_assert_cmpuint (podlift_dependency_get_port (dependency), ==, 5432);
  g_assert_cmpstr (podlift_dependency_get_source (dependency), ==, "shop/settings.py:22");

  job = g_list_model_get_item (G_LIST_MODEL (podlift_app_profile_get_cron_jobs (profile)), 0);
  g_assert_cmpstr (podlift_cron_job_get_name (job), ==, "python-manage-py-clearsessions");
  g_assert_cmpstr (podlift_cron_job_get_schedule (job), ==, "0 3 * * *");
  g_assert_cmpstr (podlift_cron_job_get_command (job), ==, "python manage.py clearsessions");
  g_assert_cmpstr (podlift_cron_job_get_source (job), ==, "crontab:2");

  g_clear_object (&report);
  g_assert_finalize_object (g_steal_pointer (&project));
}

static void
test_typed_answer_survives (void)
{
  g_autoptr(PodliftScanReport) report = full_report ();
  g_autoptr(PodliftProject) project = podlift_project_new ();
  PodliftAppProfile *profile = podlift_project_get_profile (project);

  podlift_app_profile_set_port (profile, 3000);
  podlift_app_profile_set_launch_command (profile, "uwsgi --ini shop.ini");
  podlift_app_profile_set_stack (profile, PODLIFT_STACK_NODE);
  podlift_app_profile_set_database_moves (profile, TRUE);

  g_assert_cmpuint (podlift_scan_report_apply (report, project), ==, 16);
  g_assert_cmpuint (podlift_app_profile_get_port (profile), ==, 3000);
  assert_answer (profile, "port", NULL);
  g_assert_cmpstr (podlift_app_profile_get_launch_command (profile), ==, "uwsgi --ini shop.ini");
  assert_answer (profile, "launch-command", NULL);
  g_assert_cmpint (podlift_app_profile_get_stack (profile), ==, PODLIFT_STACK_NODE);
  assert_answer (profile, "stack", NULL);
  /* The database moves or not: the user's call, whatever the engine. */
  g_assert_true (podlift_app_profile_get_database_moves (profile));

  /* A second apply (a re-scan) leaves them alone too. */
  g_assert_cmpuint (podlift_scan_report_apply (report, project), ==, 16);
  g_assert_cmpuint (podlift_app_profile_get_port (profile), ==, 3000);
  assert_answer (profile, "port", NULL);

  g_clear_object (&report);
  g_assert_finalize_object (g_steal_pointer (&project));
}

static void
test_scanned_answer_replaced (void)
{
  g_autoptr(PodliftScanReport) first = podlift_scan_report_new ();
  g_autoptr(PodliftScanReport) second = podlift_scan_report_new ();
  g_autoptr(PodliftProject) project = podlift_project_new ();
  PodliftAppProfile *profile = podlift_project_get_profile (project);

  podlift_scan_report_set_int (first, "port", 8000, "gunicorn.conf.py", 3);
  podlift_scan_report_set_string (first, "start_command", "gunicorn shop.wsgi", "Procfile", 1);
  g_assert_cmpuint (podlift_scan_report_apply (first, project), ==, 2);

  podlift_scan_report_set_int (second, "port", 9000, ".env", 2);
  g_assert_cmpuint (podlift_scan_report_apply (second, project), ==, 1);

  g_assert_cmpuint (podlift_app_profile_get_port (profile), ==, 9000);
  assert_answer (profile, "port", ".env:2");
  /* What the newer scan does not mention stays as the older found it. */
  g_assert_cmpstr (podlift_app_profile_get_launch_command (profile), ==, "gunicorn shop.wsgi");
  assert_answer (profile, "launch-command", "Procfile:1");

  g_clear_object (&first);
  g_clear_object (&second);
  g_assert_finalize_object (g_steal_pointer (&project));
}

static void
test_unknown_values_ignored (void)
{
  g_autoptr(PodliftScanReport) report = podlift_scan_report_new ();
  g_autoptr(PodliftProject) project = podlift_project_new ();
  PodliftAppProfile *profile = podlift_project_get_profile (project);

  podlift_scan_report_set_string (report, "stack", "cobol", "main.cbl", 1);
  podlift_scan_report_set_database (report, "sqlite", "db.py", 2);
  podlift_scan_report_set_int (report, "port", 700000, "server.js", 3);
  podlift_scan_report_set_string (report, "stack_version", "20", ".nvmrc", 1);

  g_assert_cmpuint (podlift_scan_report_apply (report, project), ==, 1);
  g_assert_cmpint (podlift_app_profile_get_stack (profile), ==, PODLIFT_STACK_UNKNOWN);
  assert_answer (profile, "stack", NULL);
  g_assert_cmpint (podlift_app_profile_get_database_engine (profile), ==, PODLIFT_DATABASE_ENGINE_NONE);
  g_assert_cmpuint (podlift_app_profile_get_port (profile), ==, 0);
  assert_answer (profile, "port", NULL);

  g_clear_object (&report);
  g_assert_finalize_object (g_steal_pointer (&project));
}

static void
test_stack_aliases (void)
{
  g_autoptr(PodliftScanReport) report = podlift_scan_report_new ();
  g_autoptr(PodliftProject) project = podlift_project_new ();
  PodliftAppProfile *profile = podlift_project_get_profile (project);

  podlift_scan_report_set_string (report, "stack", "Node", "package.json", 0);
  podlift_scan_report_set_database (report, "postgres", "package.json", 12);

  g_assert_cmpuint (podlift_scan_report_apply (report, project), ==, 2);
  g_assert_cmpint (podlift_app_profile_get_stack (profile), ==, PODLIFT_STACK_NODE);
  g_assert_cmpint (podlift_app_profile_get_database_engine (profile), ==,
                   PODLIFT_DATABASE_ENGINE_POSTGRESQL);

  g_clear_object (&report);
  g_assert_finalize_object (g_steal_pointer (&project));
}

static void
add_typed_items (PodliftAppProfile *profile)
{
  g_autoptr(PodliftEnvVar) var = podlift_env_var_new ();
  g_autoptr(PodliftStatePath) path = podlift_state_path_new ();
  g_autoptr(PodliftDependency) dependency = podlift_dependency_new ();
  g_autoptr(PodliftCronJob) job = podlift_cron_job_new ();

  podlift_env_var_set_name (var, "DATABASE_URL");
  podlift_env_var_set_value (var, "postgres://shop@db/shop");
  g_list_store_append (podlift_app_profile_get_env_vars (profile), var);

  podlift_state_path_set_path (path, "media/uploads");
  podlift_state_path_set_holds (path, "Product photos");
  g_list_store_append (podlift_app_profile_get_state_paths (profile), path);

  podlift_dependency_set_host (dependency, "db.internal");
  podlift_dependency_set_port (dependency, 6432);
  g_list_store_append (podlift_app_profile_get_dependencies (profile), dependency);

  podlift_cron_job_set_name (job, "sessions");
  podlift_cron_job_set_schedule (job, "30 4 * * *");
  podlift_cron_job_set_command (job, "python manage.py clearsessions");
  g_list_store_append (podlift_app_profile_get_cron_jobs (profile), job);
}

static gpointer
item_at (GListStore *store,
         guint       position)
{
  gpointer item = g_list_model_get_item (G_LIST_MODEL (store), position);

  g_object_unref (item);  /* the store keeps it alive */
  return item;
}

static void
test_lists_keep_typed_items (void)
{
  g_autoptr(PodliftScanReport) report = full_report ();
  g_autoptr(PodliftProject) project = podlift_project_new ();
  PodliftAppProfile *profile = podlift_project_get_profile (project);
  PodliftEnvVar *var;
  PodliftStatePath *path;
  PodliftDependency *dependency;
  PodliftCronJob *job;

  add_typed_items (profile);

  /* 19 less the four typed items. */
  g_assert_cmpuint (podlift_scan_report_apply (report, project), ==, 15);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (podlift_app_profile_get_env_vars (profile))), ==, 2);
  var = item_at (podlift_app_profile_get_env_vars (profile), 0);
  g_assert_cmpstr (podlift_env_var_get_value (var), ==, "postgres://shop@db/shop");
  g_assert_false (podlift_env_var_get_secret (var));
  g_assert_null (podlift_env_var_get_source (var));
  var = item_at (podlift_app_profile_get_env_vars (profile), 1);
  g_assert_cmpstr (podlift_env_var_get_name (var), ==, "DEBUG");
  g_assert_cmpstr (podlift_env_var_get_source (var), ==, "shop/settings.py:21");

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (podlift_app_profile_get_state_paths (profile))), ==, 1);
  path = item_at (podlift_app_profile_get_state_paths (profile), 0);
  g_assert_cmpstr (podlift_state_path_get_holds (path), ==, "Product photos");
  g_assert_null (podlift_state_path_get_source (path));

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (podlift_app_profile_get_dependencies (profile))), ==, 1);
  dependency = item_at (podlift_app_profile_get_dependencies (profile), 0);
  g_assert_cmpuint (podlift_dependency_get_port (dependency), ==, 6432);
  g_assert_null (podlift_dependency_get_source (dependency));

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (podlift_app_profile_get_cron_jobs (profile))), ==, 1);
  job = item_at (podlift_app_profile_get_cron_jobs (profile), 0);
  g_assert_cmpstr (podlift_cron_job_get_name (job), ==, "sessions");
  g_assert_cmpstr (podlift_cron_job_get_schedule (job), ==, "30 4 * * *");
  g_assert_null (podlift_cron_job_get_source (job));

  g_clear_object (&report);
  g_assert_finalize_object (g_steal_pointer (&project));
}

static void
test_lists_update_scanned_items (void)
{
  g_autoptr(PodliftScanReport) first = full_report ();
  g_autoptr(PodliftScanReport) second = podlift_scan_report_new ();
  g_autoptr(PodliftProject) project = podlift_project_new ();
  PodliftAppProfile *profile = podlift_project_get_profile (project);
  PodliftEnvVar *var;
  PodliftCronJob *job;

  podlift_scan_report_apply (first, project);

  podlift_scan_report_add_env_var (second, "DEBUG", FALSE, "shop/settings/base.py", 5);
  podlift_scan_report_add_env_var (second, "SENTRY_DSN", TRUE, "shop/settings/base.py", 6);
  podlift_scan_report_add_cron_job (second, "*/5 * * * *", "python manage.py clearsessions",
                                    "cron.d/shop", 3);
  podlift_scan_report_add_cron_job (second, "@daily", "python manage.py backup >/dev/null 2>&1",
                                    "cron.d/shop", 4);
  g_assert_cmpuint (podlift_scan_report_apply (second, project), ==, 4);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (podlift_app_profile_get_env_vars (profile))), ==, 3);
  var = item_at (podlift_app_profile_get_env_vars (profile), 1);
  g_assert_cmpstr (podlift_env_var_get_name (var), ==, "DEBUG");
  g_assert_cmpstr (podlift_env_var_get_source (var), ==, "shop/settings/base.py:5");

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (podlift_app_profile_get_cron_jobs (profile))), ==, 2);
  job = item_at (podlift_app_profile_get_cron_jobs (profile), 0);
  g_assert_cmpstr (podlift_cron_job_get_schedule (job), ==, "*/5 * * * *");
  g_assert_cmpstr (podlift_cron_job_get_source (job), ==, "cron.d/shop:3");
  job = item_at (podlift_app_profile_get_cron_jobs (profile), 1);
  g_assert_cmpstr (podlift_cron_job_get_name (job), ==, "python-manage-py-backup");

  g_clear_object (&first);
  g_clear_object (&second);
  g_assert_finalize_object (g_steal_pointer (&project));
}

static void
test_cron_job_names (void)
{
  g_autoptr(PodliftScanReport) report = podlift_scan_report_new ();
  g_autoptr(PodliftProject) project = podlift_project_new ();
  GListStore *jobs = podlift_app_profile_get_cron_jobs (podlift_project_get_profile (project));

  podlift_scan_report_add_cron_job (report, "* * * * *",
                                    "/usr/bin/php /var/www/shop/artisan schedule:run >> /dev/null 2>&1",
                                    "crontab", 1);
  podlift_scan_report_add_cron_job (report, "@hourly", "cd /srv/shop && ./bin/Backup_DB.sh --full",
                                    "crontab", 2);
  podlift_scan_report_add_cron_job (report, "@daily", "/usr/bin/php /var/www/shop/artisan schedule:run",
                                    "crontab", 3);
  podlift_scan_report_add_cron_job (report, "@weekly", "RAILS_ENV=production ; >/dev/null", "crontab", 4);

  g_assert_cmpuint (podlift_scan_report_apply (report, project), ==, 4);
  g_assert_cmpstr (podlift_cron_job_get_name (item_at (jobs, 0)), ==, "php-artisan-schedule-run");
  g_assert_cmpstr (podlift_cron_job_get_name (item_at (jobs, 1)), ==, "backup-db-sh");
  /* Another command, the same name: a name of its own. */
  g_assert_cmpstr (podlift_cron_job_get_name (item_at (jobs, 2)), ==, "php-artisan-schedule-run-2");
  g_assert_cmpstr (podlift_cron_job_get_name (item_at (jobs, 3)), ==, "job");

  g_clear_object (&report);
  g_assert_finalize_object (g_steal_pointer (&project));
}

static void
test_empty_report (void)
{
  g_autoptr(PodliftScanReport) report = podlift_scan_report_new ();
  g_autoptr(PodliftProject) project = podlift_project_new ();
  PodliftAppProfile *profile = podlift_project_get_profile (project);
  g_autoptr(GPtrArray) sources = NULL;

  g_assert_cmpuint (podlift_scan_report_apply (report, project), ==, 0);
  sources = podlift_app_profile_list_sources (profile);
  g_assert_cmpuint (sources->len, ==, 0);
  g_assert_false (podlift_app_profile_get_stateful (profile));

  g_clear_pointer (&sources, g_ptr_array_unref);
  g_clear_object (&report);
  g_assert_finalize_object (g_steal_pointer (&project));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/podlift/scan-apply/fills-every-answer", test_fills_every_answer);
  g_test_add_func ("/podlift/scan-apply/typed-answer-survives", test_typed_answer_survives);
  g_test_add_func ("/podlift/scan-apply/scanned-answer-replaced", test_scanned_answer_replaced);
  g_test_add_func ("/podlift/scan-apply/unknown-values-ignored", test_unknown_values_ignored);
  g_test_add_func ("/podlift/scan-apply/stack-aliases", test_stack_aliases);
  g_test_add_func ("/podlift/scan-apply/lists-keep-typed-items", test_lists_keep_typed_items);
  g_test_add_func ("/podlift/scan-apply/lists-update-scanned-items", test_lists_update_scanned_items);
  g_test_add_func ("/podlift/scan-apply/cron-job-names", test_cron_job_names);
  g_test_add_func ("/podlift/scan-apply/empty-report", test_empty_report);

  return g_test_run ();
}
