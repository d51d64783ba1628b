/* test-scan-stacks-1.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>

#include "podlift-scanner.h"

/* Scans each fixture folder of tests/fixtures/scan/ and checks every
 * answer the Node.js, Python and static detectors give, with its
 * source, and that the answers without evidence stay unset. */

typedef struct
{
  const char *key;
  const char *value;     /* for "port": the number, as text */
  const char *source;
} Expected;

typedef struct
{
  const char     *fixture;
  const Expected *answers;
  const char     *unset[8];
} Case;

static const char * const all_keys[] = {
  "stack", "stack_version", "package_manager", "build_command", "start_command",
  "port", "database", "migration_command", "migration_tool", NULL
};

static const Expected node_express[] = {
  { "stack", "node", "package.json" },
  { "stack_version", "18.17", "package.json:7" },
  { "package_manager", "npm", "package-lock.json" },
  { "start_command", "node server.js", "package.json:10" },
  { "port", "8080", "server.js:13" },
  { "database", "postgresql", "package.json:24" },
  { "migration_command", "npx knex migrate:latest", "package.json:13" },
  { "migration_tool", "knex", "package.json:13" },
  { NULL }
};

static const Expected node_nextjs[] = {
  { "stack", "node", "package.json" },
  { "stack_version", "20.11.1", ".nvmrc:1" },
  { "package_manager", "yarn", "yarn.lock" },
  { "build_command", "yarn build", "package.json:7" },
  { "start_command", "npx next start", "package.json:8" },
  { "port", "3000", "package.json:8" },
  { "database", "postgresql", "prisma/schema.prisma:8" },
  { "migration_command", "npx prisma migrate deploy", "package.json:12" },
  { "migration_tool", "prisma", "package.json:12" },
  { NULL }
};

static const Expected node_monorepo[] = {
  { "stack", "node", "apps/web/package.json" },
  { "stack_version", "20", "package.json:6" },
  { "package_manager", "pnpm", "package.json:4" },
  { "build_command", "pnpm --filter @acme/web run build", "apps/web/package.json:7" },
  { "start_command", "pnpm --filter @acme/web run start", "apps/web/package.json:8" },
  { "port", "4000", "apps/web/package.json:8" },
  { "database", "mongodb", "apps/web/package.json:13" },
  { NULL }
};

/* No lockfile, no engines, no server: only what package.json says. */
static const Expected node_worker[] = {
  { "stack", "node", "package.json" },
  { "start_command", "node worker.js", "package.json:5" },
  { NULL }
};

static const Expected python_django[] = {
  { "stack", "python", "requirements.txt" },
  { "stack_version", "3.11.8", "runtime.txt:1" },
  { "package_manager", "pip", "requirements.txt" },
  { "start_command", "gunicorn mysite.wsgi", "requirements.txt:3" },
  { "port", "8000", "gunicorn.conf.py:4" },
  { "database", "postgresql", "mysite/settings.py:42" },
  { "migration_command", "python manage.py migrate", "manage.py:18" },
  { "migration_tool", "django", "manage.py:18" },
  { NULL }
};

static const Expected python_fastapi[] = {
  { "stack", "python", "pyproject.toml" },
  { "stack_version", "3.11", "pyproject.toml:9" },
  { "package_manager", "poetry", "poetry.lock" },
  { "start_command", "uvicorn app.main:app --host 0.0.0.0 --port 8080", "Dockerfile:11" },
  { "port", "8080", "Dockerfile:11" },
  { "database", "postgresql", "pyproject.toml:13" },
  { "migration_command", "alembic upgrade head", "alembic.ini:4" },
  { "migration_tool", "alembic", "alembic.ini:4" },
  { NULL }
};

static const Expected python_flask[] = {
  { "stack", "python", "Pipfile" },
  { "stack_version", "3.10", "Pipfile:17" },
  { "package_manager", "pipenv", "Pipfile.lock" },
  { "start_command", "gunicorn \"shop:create_app()\" --workers 3 --bind 0.0.0.0:5000", "Procfile:1" },
  { "port", "5000", "Procfile:1" },
  { "database", "mysql", "Pipfile:10" },
  { "migration_command", "flask --app shop db upgrade", "Procfile:2" },
  { "migration_tool", "flask-migrate", "Procfile:2" },
  { NULL }
};

static const Expected static_plain[] = {
  { "stack", "static", "index.html" },
  { NULL }
};

static const Expected static_vite[] = {
  { "stack", "static", "package.json:8" },
  { "package_manager", "npm", "package-lock.json" },
  { "build_command", "npm run build", "package.json:8" },
  { NULL }
};

static const Case cases[] = {
  { "node-express-npm", node_express, { "build_command" } },
  { "node-nextjs-yarn", node_nextjs, { NULL } },
  { "node-monorepo-pnpm", node_monorepo, { "migration_command", "migration_tool" } },
  { "node-worker-minimal", node_worker,
    { "stack_version", "package_manager", "build_command", "port", "database",
      "migration_command", "migration_tool" } },
  { "python-django-pip", python_django, { "build_command" } },
  { "python-fastapi-poetry", python_fastapi, { "build_command" } },
  { "python-flask-pipenv", python_flask, { "build_command" } },
  { "static-plain", static_plain,
    { "stack_version", "package_manager", "build_command", "start_command", "port",
      "database", "migration_command", "migration_tool" } },
  { "static-vite", static_vite,
    { "stack_version", "start_command", "port", "database", "migration_command",
      "migration_tool" } },
};

static PodliftScanReport *
scan_fixture (const char *fixture)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "scan", fixture, NULL);
  g_autoptr(GFile) directory = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  PodliftScanReport *report;

  report = podlift_scan_directory (directory, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

static void
assert_answer (PodliftScanReport *report,
               const Expected    *expected)
{
  g_test_message ("%s = %s (%s)", expected->key, expected->value, expected->source);
  g_assert_true (podlift_scan_report_has (report, expected->key));
  if (g_str_equal (expected->key, "port"))
    {
      g_autofree char *port = g_strdup_printf ("%" G_GINT64_FORMAT,
                                               podlift_scan_report_get_int (report, "port"));

      g_assert_cmpstr (port, ==, expected->value);
    }
  else
    g_assert_cmpstr (podlift_scan_report_get_string (report, expected->key), ==, expected->value);
  g_assert_cmpstr (podlift_scan_report_get_source (report, expected->key), ==, expected->source);
}

static gboolean
is_expected (const Case *test,
             const char *key)
{
  for (guint i = 0; test->answers[i].key != NULL; i++)
    if (g_str_equal (test->answers[i].key, key))
      return TRUE;
  return FALSE;
}

static void
test_fixture (gconstpointer data)
{
  const Case *test = data;
  g_autoptr(PodliftScanReport) report = scan_fixture (test->fixture);

  for (guint i = 0; test->answers[i].key != NULL; i++)
    assert_answer (report, &test->answers[i]);
  for (guint i = 0; i < G_N_ELEMENTS (test->unset) && test->unset[i] != NULL; i++)
    {
      g_test_message ("%s unset", test->unset[i]);
      g_assert_false (podlift_scan_report_has (report, test->unset[i]));
    }
  /* Every key of ours is either checked or checked unset. */
  for (guint i = 0; all_keys[i] != NULL; i++)
    {
      gboolean unset = FALSE;

      for (guint j = 0; j < G_N_ELEMENTS (test->unset) && test->unset[j] != NULL; j++)
        unset |= g_str_equal (test->unset[j], all_keys[i]);
      g_assert_true (unset || is_expected (test, all_keys[i]));
    }
  g_assert_finalize_object (g_steal_pointer (&report));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/Podlift/ScanStacks1/%s", cases[i].fixture);

      g_test_add_data_func (path, &cases[i], test_fixture);
    }

  return g_test_run ();
}
