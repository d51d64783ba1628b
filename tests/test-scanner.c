/* test-scanner.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "podlift-error.h"
#include "podlift-scanner.h"

/* Helpers. */

static GFile *
fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "scan", name, NULL);

  return g_file_new_for_path (path);
}

static void
count_progress (guint    files_seen,
                gpointer user_data)
{
  guint *last = user_data;

  g_assert_cmpuint (files_seen, >=, *last);
  *last = files_seen;
}

static PodliftScanReport *
scan_fixture (const char *name)
{
  g_autoptr(GFile) dir = fixture (name);
  g_autoptr(GError) error = NULL;
  PodliftScanReport *report;

  report = podlift_scan_directory (dir, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

static JsonObject *
report_json (PodliftScanReport *report,
             JsonNode         **node)
{
  *node = podlift_scan_report_to_json (report);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (*node));
  return json_node_get_object (*node);
}

/* The element of @list whose @member is @value, or NULL. */
static JsonObject *
find_item (JsonObject *root,
           const char *list,
           const char *member,
           const char *value)
{
  JsonArray *array = json_object_get_array_member (root, list);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *item = json_array_get_object_element (array, i);

      if (g_strcmp0 (json_object_get_string_member (item, member), value) == 0)
        return item;
    }
  return NULL;
}

static void
assert_env (JsonObject *root,
            const char *name,
            gboolean    secret,
            const char *source)
{
  JsonObject *item = find_item (root, "env_vars", "name", name);

  if (item == NULL)
    g_error ("env var %s not found", name);
  g_assert_cmpstr (json_object_get_string_member (item, "source"), ==, source);
  g_assert_cmpint (json_object_get_boolean_member (item, "secret"), ==, secret);
}

static void
assert_no_env (JsonObject *root,
               const char *name)
{
  g_assert_null (find_item (root, "env_vars", "name", name));
}

static void
assert_stateful (JsonObject *root,
                 const char *path,
                 const char *source)
{
  JsonObject *item = find_item (root, "stateful_paths", "path", path);

  if (item == NULL)
    g_error ("stateful path %s not found", path);
  g_assert_cmpstr (json_object_get_string_member (item, "source"), ==, source);
}

static void
write_file (const char *dir,
            const char *relative,
            const char *contents)
{
  g_autofree char *path = g_build_filename (dir, relative, NULL);
  g_autofree char *parent = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (parent, 0755), ==, 0);
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

static void
remove_tree (GFile *file)
{
  g_autoptr(GFileEnumerator) children = NULL;

  children = g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  if (children != NULL)
    {
      GFile *child;

      while (g_file_enumerator_iterate (children, NULL, &child, NULL, NULL) && child)
        remove_tree (child);
    }
  g_file_delete (file, NULL, NULL);
}

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("podlift-scan-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

/* A temporary folder in memory when there is one (/dev/shm): making
 * 100,000 files there takes seconds, not a minute. */
static char *
make_fast_temp_dir (void)
{
  g_autofree char *template = g_build_filename ("/dev/shm", "podlift-scan-XXXXXX", NULL);

  if (g_file_test ("/dev/shm", G_FILE_TEST_IS_DIR) && g_mkdtemp (template) != NULL)
    return g_steal_pointer (&template);
  return make_temp_dir ();
}

static void
remove_temp_dir (const char *dir)
{
  g_autoptr(GFile) file = g_file_new_for_path (dir);

  remove_tree (file);
}

/* The walk. */

/* A tree with every skipped folder, each holding a manifest a detector
 * would recognise: none of it is seen. Made at run time because git
 * keeps neither .git folders nor, here, node_modules and build. */
static void
test_skip_list (void)
{
  static const char * const skipped[] = {
    ".git", ".hg", ".svn", "node_modules", "vendor", "bower_components",
    "__pycache__", ".venv", "venv", ".tox", "dist", "build", "target", "bin",
    "obj", "out", ".next", ".nuxt", "coverage", ".gradle", ".idea", ".vscode",
  };
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *outside = make_temp_dir ();
  g_autofree char *link = g_build_filename (dir, "linked", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (dir);
  g_autoptr(PodliftScanReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = NULL;
  JsonObject *root;
  guint seen = 0;

  for (guint i = 0; i < G_N_ELEMENTS (skipped); i++)
    {
      g_autofree char *manifest = g_build_filename (skipped[i], "pkg", "package.json", NULL);
      g_autofree char *dockerfile = g_build_filename (skipped[i], "Dockerfile", NULL);

      write_file (dir, manifest, "{ \"name\": \"dep\", \"scripts\": { \"start\": \"node x\" } }\n");
      write_file (dir, dockerfile, "FROM scratch\nEXPOSE 1234\n");
    }
  write_file (dir, "src/lib/node_modules/x/package.json", "{ \"name\": \"x\" }\n");
  write_file (outside, "package.json", "{ \"name\": \"outside\" }\n");
  write_file (outside, "Dockerfile", "FROM scratch\n");
  g_assert_cmpint (symlink (outside, link), ==, 0);
  write_file (dir, "README.md", "# Nothing here\n");
  write_file (dir, "docs/guide.md", "Read process.env.NOT_CODE\n");

  report = podlift_scan_directory (file, NULL, count_progress, &seen, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (seen, ==, 2);

  root = report_json (report, &node);
  g_assert_true (json_object_get_null_member (root, "stack"));
  g_assert_true (json_object_get_null_member (root, "port"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "existing_files")),
                    ==, 0);

  remove_temp_dir (dir);
  remove_temp_dir (outside);
  g_assert_finalize_object (g_steal_pointer (&report));
}

/* Shallowest first, then alphabetical: the root's Dockerfile gives the
 * port and is listed before the service's. */
static void
test_monorepo_order (void)
{
  g_autoptr(PodliftScanReport) report = scan_fixture ("common-monorepo");
  g_autoptr(JsonNode) node = NULL;
  JsonObject *root = report_json (report, &node);
  JsonArray *existing = json_object_get_array_member (root, "existing_files");
  JsonArray *env = json_object_get_array_member (root, "env_vars");
  static const char * const expected[][2] = {
    { "dockerfile", "Dockerfile" },
    { "compose", "docker-compose.yml" },
    { "manifests", "deploy/k8s/api.yaml" },
    { "dockerfile", "services/api/Dockerfile" },
  };

  g_assert_cmpuint (json_array_get_length (existing), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      JsonObject *item = json_array_get_object_element (existing, i);

      g_assert_cmpstr (json_object_get_string_member (item, "kind"), ==, expected[i][0]);
      g_assert_cmpstr (json_object_get_string_member (item, "path"), ==, expected[i][1]);
    }

  g_assert_cmpint (podlift_scan_report_get_int (report, "port"), ==, 80);
  g_assert_cmpstr (podlift_scan_report_get_source (report, "port"), ==, "Dockerfile:3");

  g_assert_cmpuint (json_array_get_length (env), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (env, 0), "name"),
                   ==, "GATEWAY_HOST");
  assert_env (root, "GATEWAY_HOST", FALSE, ".env.example:1");
  assert_env (root, "API_TOKEN", TRUE, "services/api/.env.example:1");

  g_assert_finalize_object (g_steal_pointer (&report));
}

static void
test_progress (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autoptr(GFile) file = g_file_new_for_path (dir);
  g_autoptr(PodliftScanReport) report = NULL;
  g_autoptr(GError) error = NULL;
  guint seen = 0;

  for (guint i = 0; i < 1234; i++)
    {
      g_autofree char *name = g_strdup_printf ("d%u/f%u.txt", i % 7, i);

      write_file (dir, name, "x\n");
    }
  report = podlift_scan_directory (file, NULL, count_progress, &seen, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (seen, ==, 1234);

  remove_temp_dir (dir);
  g_assert_finalize_object (g_steal_pointer (&report));
}

static void
test_not_a_folder (void)
{
  g_autoptr(GFile) file = fixture ("common-express/package.json");
  g_autoptr(GError) error = NULL;
  PodliftScanReport *report;

  report = podlift_scan_directory (file, NULL, NULL, NULL, &error);
  g_assert_null (report);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY);
}

/* Cancelling. */

static void
test_cancel_before (void)
{
  g_autoptr(GFile) dir = fixture ("common-express");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  PodliftScanReport *report;

  g_cancellable_cancel (cancellable);
  report = podlift_scan_directory (dir, cancellable, NULL, NULL, &error);
  g_assert_null (report);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static void
cancel_on_progress (guint    files_seen,
                    gpointer user_data)
{
  g_cancellable_cancel (G_CANCELLABLE (user_data));
}

static void
test_cancel_while (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autoptr(GFile) file = g_file_new_for_path (dir);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  PodliftScanReport *report;

  for (guint i = 0; i < 1500; i++)
    {
      g_autofree char *name = g_strdup_printf ("d%u/f%u.js", i % 10, i);

      write_file (dir, name, "console.log(process.env.X);\n");
    }
  report = podlift_scan_directory (file, cancellable, cancel_on_progress, cancellable, &error);
  g_assert_null (report);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  remove_temp_dir (dir);
}

/* The async API. */

typedef struct
{
  GMainLoop         *loop;
  PodliftScanReport *report;
  GError            *error;
  guint              seen;
} AsyncData;

static void
scan_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  AsyncData *data = user_data;

  data->report = podlift_scan_directory_finish (result, &data->error);
  g_main_loop_quit (data->loop);
}

static void
async_progress (guint    files_seen,
                gpointer user_data)
{
  AsyncData *data = user_data;

  g_atomic_int_set (&data->seen, files_seen);
}

static void
test_async (void)
{
  g_autoptr(GFile) dir = fixture ("common-express");
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  AsyncData data = { loop, NULL, NULL, 0 };

  podlift_scan_directory_async (dir, NULL, async_progress, &data, scan_done_cb, &data);
  g_main_loop_run (loop);
  g_assert_no_error (data.error);
  g_assert_nonnull (data.report);
  g_assert_cmpuint (g_atomic_int_get (&data.seen), ==, 10);
  g_assert_true (podlift_scan_report_has (data.report, "session_stickiness"));
  g_assert_finalize_object (data.report);
}

static void
test_async_cancel (void)
{
  g_autoptr(GFile) dir = fixture ("common-express");
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  AsyncData data = { loop, NULL, NULL, 0 };

  g_cancellable_cancel (cancellable);
  podlift_scan_directory_async (dir, cancellable, NULL, NULL, scan_done_cb, &data);
  g_main_loop_run (loop);
  g_assert_null (data.report);
  g_assert_error (data.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&data.error);
}

/* The report. */

static void
test_report_schema (void)
{
  static const char * const nulls[] = {
    "stack", "stack_version", "package_manager", "build_command", "start_command",
    "port", "migration_command", "session_stickiness", "user", "working_dir",
    "session_cookie", "migration_tool", "database", "ingress",
  };
  static const char * const lists[] = {
    "env_vars", "stateful_paths", "cron_jobs", "dependencies", "existing_files",
    "not_carried_over",
  };
  g_autoptr(PodliftScanReport) report = podlift_scan_report_new ();
  g_autoptr(JsonNode) node = NULL;
  JsonObject *root = report_json (report, &node);
  JsonObject *health;

  g_assert_cmpuint (json_object_get_size (root), ==,
                    G_N_ELEMENTS (nulls) + G_N_ELEMENTS (lists) + 1);
  for (guint i = 0; i < G_N_ELEMENTS (nulls); i++)
    {
      g_assert_true (json_object_has_member (root, nulls[i]));
      g_assert_true (json_object_get_null_member (root, nulls[i]));
    }
  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, lists[i])),
                      ==, 0);
  health = json_object_get_object_member (root, "health_paths");
  g_assert_true (json_object_get_null_member (health, "liveness"));
  g_assert_true (json_object_get_null_member (health, "readiness"));
  g_assert_true (json_object_get_null_member (health, "startup"));
  g_assert_false (podlift_scan_report_has (report, "health_paths"));

  g_assert_finalize_object (g_steal_pointer (&report));
}

static void
test_report_answers (void)
{
  g_autoptr(PodliftScanReport) report = podlift_scan_report_new ();
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *json = NULL;
  JsonObject *root;

  podlift_scan_report_set_int (report, "port", 8000, "gunicorn.conf.py", 3);
  podlift_scan_report_set_int (report, "port", 9000, "Dockerfile", 7);
  podlift_scan_report_set_string (report, "stack", "python", "requirements.txt", 0);
  podlift_scan_report_set_boolean (report, "session_stickiness", FALSE, NULL, 0);
  podlift_scan_report_set_database (report, "postgresql", "requirements.txt", 2);
  podlift_scan_report_set_database (report, "mysql", "x", 1);
  podlift_scan_report_set_health_path (report, "readiness", "/ready", "app.py", 12);
  podlift_scan_report_add_ingress_host (report, "shop.example.com", FALSE, NULL, "site.conf", 4);
  podlift_scan_report_add_ingress_host (report, "www.shop.example.com", TRUE, "20m", "site.conf", 9);
  podlift_scan_report_add_ingress_host (report, "shop.example.com", FALSE, "1m", "site.conf", 12);
  podlift_scan_report_add_env_var (report, "DB_PASSWORD", FALSE, "settings.py", 5);
  podlift_scan_report_add_env_var (report, "DB_PASSWORD", TRUE, ".env.example", 2);
  podlift_scan_report_add_stateful_path (report, "media", "settings.py", 40);
  podlift_scan_report_add_stateful_path (report, "media", "other.py", 1);
  podlift_scan_report_add_cron_job (report, "0 3 * * *", "backup.sh", "crontab", 2);
  podlift_scan_report_add_cron_job (report, "0 3 * * *", "backup.sh", "crontab", 5);
  podlift_scan_report_add_dependency (report, "db", 5432, "compose.yaml", 8);
  podlift_scan_report_add_dependency (report, "db", 5432, "compose.yaml", 9);
  podlift_scan_report_add_existing_file (report, PODLIFT_SCAN_FILE_COMPOSE, "compose.yaml");
  podlift_scan_report_add_not_carried_over (report, "ExecStartPre", "runs on the VM only",
                                            "app.service", 6);

  g_assert_cmpint (podlift_scan_report_get_int (report, "port"), ==, 8000);
  g_assert_cmpstr (podlift_scan_report_get_source (report, "port"), ==, "gunicorn.conf.py:3");
  g_assert_cmpstr (podlift_scan_report_get_string (report, "stack"), ==, "python");
  g_assert_cmpstr (podlift_scan_report_get_source (report, "stack"), ==, "requirements.txt");
  g_assert_true (podlift_scan_report_has (report, "session_stickiness"));
  g_assert_null (podlift_scan_report_get_source (report, "session_stickiness"));
  g_assert_cmpstr (podlift_scan_report_get_string (report, "database"), ==, "postgresql");
  g_assert_cmpstr (podlift_scan_report_get_source (report, "database"), ==, "requirements.txt:2");
  g_assert_cmpstr (podlift_scan_report_get_string (report, "health_paths.readiness"), ==, "/ready");
  g_assert_true (podlift_scan_report_has (report, "health_paths"));
  g_assert_false (podlift_scan_report_has (report, "health_paths.liveness"));
  g_assert_false (podlift_scan_report_has (report, "user"));

  root = report_json (report, &node);
  json = json_to_string (node, FALSE);
  g_assert_nonnull (strstr (json, "\"port\":{\"value\":8000,\"source\":\"gunicorn.conf.py:3\"}"));
  g_assert_nonnull (strstr (json, "\"session_stickiness\":{\"value\":false,\"source\":null}"));
  g_assert_nonnull (strstr (json, "\"ingress\":{\"hosts\":[\"shop.example.com\","
                                  "\"www.shop.example.com\"],\"tls\":true,"
                                  "\"max_body_size\":\"20m\",\"source\":\"site.conf:4\"}"));
  g_assert_nonnull (strstr (json, "\"readiness\":{\"value\":\"/ready\",\"source\":\"app.py:12\"}"));
  g_assert_nonnull (strstr (json, "\"env_vars\":[{\"name\":\"DB_PASSWORD\",\"secret\":true,"
                                  "\"source\":\"settings.py:5\"}]"));
  g_assert_nonnull (strstr (json, "\"stateful_paths\":[{\"path\":\"media\","
                                  "\"source\":\"settings.py:40\"}]"));
  g_assert_nonnull (strstr (json, "\"cron_jobs\":[{\"schedule\":\"0 3 * * *\","
                                  "\"command\":\"backup.sh\",\"source\":\"crontab:2\"}]"));
  g_assert_nonnull (strstr (json, "\"dependencies\":[{\"host\":\"db\",\"port\":5432,"
                                  "\"source\":\"compose.yaml:8\"}]"));
  g_assert_nonnull (strstr (json, "\"existing_files\":[{\"kind\":\"compose\","
                                  "\"path\":\"compose.yaml\"}]"));
  g_assert_nonnull (strstr (json, "\"not_carried_over\":[{\"what\":\"ExecStartPre\","
                                  "\"why\":\"runs on the VM only\",\"source\":\"app.service:6\"}]"));

  /* The JSON is a copy: changing it leaves the report alone. */
  json_object_set_null_member (root, "port");
  g_assert_cmpint (podlift_scan_report_get_int (report, "port"), ==, 8000);
  json_array_remove_element (json_object_get_array_member (root, "env_vars"), 0);
  g_clear_pointer (&node, json_node_unref);
  root = report_json (report, &node);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "env_vars")), ==, 1);

  g_assert_finalize_object (g_steal_pointer (&report));
}

static void
test_secret_names (void)
{
  static const char * const secret[] = {
    "DB_PASSWORD", "MYSQL_ROOT_PASSWORD", "PASSWD", "SECRET_KEY", "API_KEY", "apiKey",
    "STRIPE_SECRET", "GITHUB_TOKEN", "accessToken", "PRIVATE_KEY", "AWS_SECRET_ACCESS_KEY",
    "GOOGLE_APPLICATION_CREDENTIALS", "BASIC_AUTH", "SENTRY_DSN", "DATABASE_URL",
    "REDIS_URL", "MONGODB_URI", "SMTP_PASS", "DB_PWD", "APIKEY", "JWT_SECRET",
    "ENCRYPTION_KEYS", "SESSION_SECRET", "HASH_SALT",
  };
  static const char * const not_secret[] = {
    "PORT", "NODE_ENV", "KEYBOARD_LAYOUT", "MONKEY_COUNT", "PWD", "LOG_LEVEL",
    "DATABASE_HOST", "AUTH_URL", "SECRET_KEY_FILE", "TOKEN_TTL", "HOSTNAME",
    "DJANGO_ALLOWED_HOSTS", "AUTHOR", "KEYCLOAK_REALM", "SMTP_HOST", "TURNKEY",
  };

  for (guint i = 0; i < G_N_ELEMENTS (secret); i++)
    if (!podlift_scan_name_looks_secret (secret[i]))
      g_error ("%s should look secret", secret[i]);
  for (guint i = 0; i < G_N_ELEMENTS (not_secret); i++)
    if (podlift_scan_name_looks_secret (not_secret[i]))
      g_error ("%s should not look secret", not_secret[i]);
}

/* What every stack shows. */

static void
test_express (void)
{
  g_autoptr(PodliftScanReport) report = scan_fixture ("common-express");
  g_autoptr(JsonNode) node = NULL;
  JsonObject *root = report_json (report, &node);
  JsonArray *existing = json_object_get_array_member (root, "existing_files");

  assert_env (root, "PORT", FALSE, ".env.example:2");
  assert_env (root, "DATABASE_URL", TRUE, ".env.example:3");
  assert_env (root, "SESSION_SECRET", TRUE, ".env.example:4");
  assert_env (root, "STRIPE_API_KEY", TRUE, ".env.example:5");
  assert_env (root, "LOG_LEVEL", FALSE, ".env.example:6");
  assert_env (root, "DB_POOL_SIZE", FALSE, "src/db.js:5");
  assert_no_env (root, "TEST_ONLY_TOKEN");
  assert_no_env (root, "NOT_CODE");

  g_assert_cmpstr (podlift_scan_report_get_string (report, "health_paths.liveness"), ==, "/healthz");
  g_assert_cmpstr (podlift_scan_report_get_source (report, "health_paths.liveness"), ==,
                   "src/server.js:19");
  g_assert_cmpstr (podlift_scan_report_get_string (report, "health_paths.readiness"), ==, "/readyz");
  g_assert_cmpstr (podlift_scan_report_get_source (report, "health_paths.readiness"), ==,
                   "src/server.js:20");
  g_assert_false (podlift_scan_report_has (report, "health_paths.startup"));

  /* express-session without a store keeps sessions in memory. */
  g_assert_cmpint (podlift_scan_report_get_int (report, "session_stickiness"), ==, TRUE);
  g_assert_cmpstr (podlift_scan_report_get_source (report, "session_stickiness"), ==,
                   "src/server.js:4");

  assert_stateful (root, "uploads", "src/server.js:8");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "stateful_paths")),
                    ==, 1);

  g_assert_cmpuint (json_array_get_length (existing), ==, 3);
  g_assert_cmpstr (json_object_get_string_member (find_item (root, "existing_files", "path",
                                                             "Dockerfile"), "kind"),
                   ==, "dockerfile");
  g_assert_cmpstr (json_object_get_string_member (find_item (root, "existing_files", "path",
                                                             "docker-compose.yml"), "kind"),
                   ==, "compose");
  g_assert_cmpstr (json_object_get_string_member (find_item (root, "existing_files", "path",
                                                             "k8s/deployment.yaml"), "kind"),
                   ==, "manifests");

  g_assert_finalize_object (g_steal_pointer (&report));
}

static void
test_django (void)
{
  g_autoptr(PodliftScanReport) report = scan_fixture ("common-django");
  g_autoptr(JsonNode) node = NULL;
  JsonObject *root = report_json (report, &node);

  assert_env (root, "DJANGO_SECRET_KEY", TRUE, "mysite/settings.py:6");
  assert_env (root, "DJANGO_DEBUG", FALSE, "mysite/settings.py:7");
  assert_env (root, "DJANGO_ALLOWED_HOSTS", FALSE, "mysite/settings.py:8");
  assert_env (root, "POSTGRES_PASSWORD", TRUE, "mysite/settings.py:35");
  assert_env (root, "POSTGRES_HOST", FALSE, "mysite/settings.py:36");
  assert_no_env (root, "DJANGO_SETTINGS_MODULE");

  g_assert_cmpstr (podlift_scan_report_get_string (report, "health_paths.liveness"), ==,
                   "/healthz/");
  g_assert_cmpstr (podlift_scan_report_get_source (report, "health_paths.liveness"), ==,
                   "mysite/urls.py:8");
  g_assert_cmpstr (podlift_scan_report_get_string (report, "health_paths.readiness"), ==,
                   "/readyz/");
  g_assert_cmpstr (podlift_scan_report_get_source (report, "health_paths.readiness"), ==,
                   "mysite/urls.py:9");

  /* File sessions are local to the pod: sticky, whatever the default. */
  g_assert_cmpint (podlift_scan_report_get_int (report, "session_stickiness"), ==, TRUE);
  g_assert_cmpstr (podlift_scan_report_get_source (report, "session_stickiness"), ==,
                   "mysite/settings.py:40");

  assert_stateful (root, "media", "mysite/settings.py:46");
  assert_stateful (root, "exports/daily", "shop/views.py:18");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "stateful_paths")),
                    ==, 2);

  g_assert_finalize_object (g_steal_pointer (&report));
}

static void
test_env_languages (void)
{
  g_autoptr(PodliftScanReport) report = scan_fixture ("common-env-languages");
  g_autoptr(JsonNode) node = NULL;
  JsonObject *root = report_json (report, &node);

  assert_env (root, "QUEUE_URL", FALSE, "cmd/worker/main.go:9");
  assert_env (root, "WORKER_TOKEN", TRUE, "cmd/worker/main.go:10");
  assert_env (root, "SMTP_HOST", FALSE, "src/main/java/com/acme/billing/MailConfig.java:4");
  assert_env (root, "SMTP_PASSWORD", TRUE, "src/main/java/com/acme/billing/MailConfig.java:5");
  assert_env (root, "AZURE_STORAGE_KEY", TRUE, "Billing.Api/Program.cs:4");
  assert_env (root, "RUST_LOG", FALSE, "ledger/src/main.rs:4");
  assert_env (root, "JWT_SECRET", TRUE, "ledger/src/main.rs:5");
  assert_env (root, "APP_ENV", FALSE, "portal/public/index.php:5");
  assert_env (root, "DB_PASSWORD", TRUE, "portal/public/index.php:6");
  assert_env (root, "DB_CONNECTION", FALSE, "portal/config/database.php:4");
  assert_env (root, "DB_HOST", FALSE, "portal/config/database.php:5");
  assert_env (root, "REDIS_URL", TRUE, "notifier/config/initializers/redis.rb:3");
  assert_env (root, "RAILS_MAX_THREADS", FALSE, "notifier/config/initializers/redis.rb:4");
  assert_env (root, "HOOK_DIR", FALSE, "native/hook.c:6");
  assert_env (root, "HOOK_USER", FALSE, "native/hook.c:12");
  assert_env (root, "API_BASE", FALSE, "web/app.mjs:1");
  assert_env (root, "KEYBOARD_LAYOUT", FALSE, "web/app.mjs:2");
  assert_env (root, "MONKEY_COUNT", FALSE, "web/app.mjs:3");
  assert_no_env (root, "NOT_CODE");
  assert_no_env (root, "SPEC_ONLY");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "env_vars")),
                    ==, 18);

  g_assert_finalize_object (g_steal_pointer (&report));
}

/* A session store outside the process: no stickiness needed. Health
 * routes under a prefix; the listening port from app.listen (). */
static void
test_redis_session (void)
{
  g_autoptr(PodliftScanReport) report = scan_fixture ("common-redis-session");

  g_assert_true (podlift_scan_report_has (report, "session_stickiness"));
  g_assert_cmpint (podlift_scan_report_get_int (report, "session_stickiness"), ==, FALSE);
  g_assert_cmpstr (podlift_scan_report_get_source (report, "session_stickiness"), ==,
                   "index.js:3");

  g_assert_cmpstr (podlift_scan_report_get_string (report, "health_paths.liveness"), ==,
                   "/api/health/live");
  g_assert_cmpstr (podlift_scan_report_get_source (report, "health_paths.liveness"), ==,
                   "index.js:17");
  g_assert_cmpstr (podlift_scan_report_get_string (report, "health_paths.readiness"), ==,
                   "/api/health/ready");
  g_assert_cmpstr (podlift_scan_report_get_string (report, "health_paths.startup"), ==,
                   "/api/health/startup");
  g_assert_cmpstr (podlift_scan_report_get_source (report, "health_paths.startup"), ==,
                   "index.js:19");

  g_assert_cmpint (podlift_scan_report_get_int (report, "port"), ==, 8081);

  g_assert_finalize_object (g_steal_pointer (&report));
}

static void
test_port_from_dockerfile (void)
{
  g_autoptr(PodliftScanReport) report = scan_fixture ("common-port-dockerfile");

  g_assert_cmpint (podlift_scan_report_get_int (report, "port"), ==, 8080);
  g_assert_cmpstr (podlift_scan_report_get_source (report, "port"), ==, "Dockerfile:6");
  g_assert_false (podlift_scan_report_has (report, "stack"));

  g_assert_finalize_object (g_steal_pointer (&report));
}

static void
test_port_from_env_example (void)
{
  g_autoptr(PodliftScanReport) report = scan_fixture ("common-port-env");
  g_autoptr(JsonNode) node = NULL;
  JsonObject *root = report_json (report, &node);

  g_assert_cmpint (podlift_scan_report_get_int (report, "port"), ==, 5000);
  g_assert_cmpstr (podlift_scan_report_get_source (report, "port"), ==, ".env.sample:2");
  assert_env (root, "ADMIN_PASSWORD", TRUE, ".env.sample:3");
  g_assert_true (json_object_get_null_member (root, "session_stickiness"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "existing_files")),
                    ==, 0);

  g_assert_finalize_object (g_steal_pointer (&report));
}

/* Importing: the kind from the content, then from the name. */

typedef struct
{
  const char *name;
  const char *contents;
  const char *key;       /* what the importer must have filled */
} ImportCase;

static const ImportCase import_cases[] = {
  /* By content, whatever the name. */
  { "app-unit", "[Unit]\nDescription=Shop\n\n[Service]\nUser=shop\n"
                "ExecStart=/usr/bin/node /srv/shop/server.js\n", "user" },
  { "jobs", "MAILTO=ops@example.com\n# m h dom mon dow command\n"
            "*/15 * * * * /srv/shop/bin/sync\n@daily /srv/shop/bin/cleanup\n", "cron_jobs" },
  { "site", "upstream shop {\n    server 10.0.0.5:3000;\n}\n\nserver {\n    listen 80;\n"
            "    server_name shop.example.com;\n    location / {\n"
            "        proxy_pass http://shop;\n    }\n}\n", "ingress" },
  { "vhost.txt", "<VirtualHost *:80>\n    ServerName shop.example.com\n"
                 "    ProxyPass / http://127.0.0.1:3000/\n</VirtualHost>\n", "ingress" },
  { "stack.yml", "services:\n  web:\n    image: shop:1.0\n    volumes:\n"
                 "      - ./uploads:/srv/uploads\n", "stateful_paths" },
  /* By name, when the content does not tell. */
  { "shop.service", "# Managed by Ansible\nDescription=nothing yet\n", NULL },
  { "crontab", "# no jobs yet\n", NULL },
  { "docker-compose.yml", "version: '3.8'\n", NULL },
};

static gboolean
report_filled (PodliftScanReport *report,
               const char        *key)
{
  g_autoptr(JsonNode) node = podlift_scan_report_to_json (report);
  JsonObject *root = json_node_get_object (node);
  JsonNode *member = json_object_get_member (root, key);

  if (JSON_NODE_HOLDS_ARRAY (member))
    return json_array_get_length (json_node_get_array (member)) > 0;
  return !JSON_NODE_HOLDS_NULL (member);
}

static void
test_import_dispatch (void)
{
  g_autofree char *dir = make_temp_dir ();

  for (guint i = 0; i < G_N_ELEMENTS (import_cases); i++)
    {
      const ImportCase *c = &import_cases[i];
      g_autofree char *path = g_build_filename (dir, c->name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(PodliftScanReport) report = podlift_scan_report_new ();
      g_autoptr(GError) error = NULL;
      gboolean ok;

      write_file (dir, c->name, c->contents);
      ok = podlift_scan_import_file (report, file, &error);
      /* A file told by its name may still be malformed for its importer:
       * what matters is that it is not refused as of unknown kind. */
      if (!ok)
        {
          g_assert_nonnull (error);
          g_assert_null (strstr (error->message, "not a systemd unit"));
          g_assert_null (c->key);
          continue;
        }
      g_assert_no_error (error);
      if (c->key != NULL && !report_filled (report, c->key))
        g_error ("%s: %s not filled", c->name, c->key);
      g_assert_finalize_object (g_steal_pointer (&report));
    }
  remove_temp_dir (dir);
}

static void
test_import_cron_d (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "cron.d", "shop", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PodliftScanReport) report = podlift_scan_report_new ();
  g_autoptr(GError) error = NULL;

  write_file (dir, "cron.d/shop", "# nightly jobs\n");
  if (!podlift_scan_import_file (report, file, &error))
    g_assert_null (strstr (error->message, "not a systemd unit"));

  remove_temp_dir (dir);
}

static void
test_import_unknown (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "notes.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PodliftScanReport) report = podlift_scan_report_new ();
  g_autoptr(GError) error = NULL;

  write_file (dir, "notes.txt", "Remember to renew the certificate.\n");
  g_assert_false (podlift_scan_import_file (report, file, &error));
  g_assert_error (error, PODLIFT_ERROR, PODLIFT_ERROR_UNSUPPORTED_FORMAT);
  g_assert_cmpstr (error->message, ==,
                   "notes.txt: not a systemd unit, crontab, nginx site, Apache virtual host "
                   "or compose file");

  remove_temp_dir (dir);
  g_assert_finalize_object (g_steal_pointer (&report));
}

static void
test_import_missing (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/podlift/app.service");
  g_autoptr(PodliftScanReport) report = podlift_scan_report_new ();
  g_autoptr(GError) error = NULL;

  g_assert_false (podlift_scan_import_file (report, file, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_finalize_object (g_steal_pointer (&report));
}

/* Writes @n small files quickly: plain stdio, each folder made once. */
static void
write_many (const char *dir,
            guint       n)
{
  static const char * const kinds[] = { "js", "py", "txt", "css", "md" };
  g_autofree char *folder = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *path = NULL;
      FILE *out;

      if (i % 100 == 0)
        {
          g_free (folder);
          folder = g_strdup_printf ("%s/pkg%u/mod%u", dir, i / 5000, (i / 100) % 50);
          g_assert_cmpint (g_mkdir_with_parents (folder, 0755), ==, 0);
        }
      path = g_strdup_printf ("%s/file%u.%s", folder, i, kinds[i % G_N_ELEMENTS (kinds)]);
      out = fopen (path, "w");
      g_assert_nonnull (out);
      fputs (i % 5 == 0 ? "const v = process.env.APP_SETTING;\n" : "print('hello')\n", out);
      fclose (out);
    }
}

/* 100,000 small files, made in a temporary folder: the time is printed,
 * never asserted. */
static void
test_large_tree (void)
{
  g_autofree char *dir = make_fast_temp_dir ();
  g_autoptr(GFile) file = g_file_new_for_path (dir);
  g_autoptr(PodliftScanReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimer) timer = g_timer_new ();
  const char *argv[] = { "rm", "-rf", dir, NULL };
  g_autoptr(JsonNode) node = NULL;
  JsonObject *root;
  guint seen = 0;

  write_many (dir, 100000);
  write_file (dir, "node_modules/dep/index.js", "process.env.NOPE\n");
  g_test_message ("made 100,000 files in %.2f s", g_timer_elapsed (timer, NULL));

  g_timer_start (timer);
  report = podlift_scan_directory (file, NULL, count_progress, &seen, &error);
  g_timer_stop (timer);
  g_assert_no_error (error);
  g_assert_cmpuint (seen, ==, 100000);
  g_test_message ("scanned 100,000 files in %.2f s", g_timer_elapsed (timer, NULL));

  root = report_json (report, &node);
  assert_env (root, "APP_SETTING", FALSE, "pkg0/mod0/file0.js:1");
  assert_no_env (root, "NOPE");

  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_finalize_object (g_steal_pointer (&report));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/podlift/scanner/walk/skip-list", test_skip_list);
  g_test_add_func ("/podlift/scanner/walk/monorepo-order", test_monorepo_order);
  g_test_add_func ("/podlift/scanner/walk/progress", test_progress);
  g_test_add_func ("/podlift/scanner/walk/not-a-folder", test_not_a_folder);
  g_test_add_func ("/podlift/scanner/walk/large-tree", test_large_tree);
  g_test_add_func ("/podlift/scanner/cancel/before", test_cancel_before);
  g_test_add_func ("/podlift/scanner/cancel/while", test_cancel_while);
  g_test_add_func ("/podlift/scanner/async/scan", test_async);
  g_test_add_func ("/podlift/scanner/async/cancel", test_async_cancel);
  g_test_add_func ("/podlift/scanner/report/schema", test_report_schema);
  g_test_add_func ("/podlift/scanner/report/answers", test_report_answers);
  g_test_add_func ("/podlift/scanner/report/secret-names", test_secret_names);
  g_test_add_func ("/podlift/scanner/common/express", test_express);
  g_test_add_func ("/podlift/scanner/common/django", test_django);
  g_test_add_func ("/podlift/scanner/common/env-languages", test_env_languages);
  g_test_add_func ("/podlift/scanner/common/redis-session", test_redis_session);
  g_test_add_func ("/podlift/scanner/common/port-dockerfile", test_port_from_dockerfile);
  g_test_add_func ("/podlift/scanner/common/port-env-example", test_port_from_env_example);
  g_test_add_func ("/podlift/scanner/import/dispatch", test_import_dispatch);
  g_test_add_func ("/podlift/scanner/import/cron-d", test_import_cron_d);
  g_test_add_func ("/podlift/scanner/import/unknown", test_import_unknown);
  g_test_add_func ("/podlift/scanner/import/missing", test_import_missing);

  return g_test_run ();
}
