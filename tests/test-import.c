/* test-import.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib.h>
#include <json-glib/json-glib.h>

#include "podlift-error.h"
#include "podlift-scan-private.h"
#include "podlift-scan-report.h"

/* The importers on fixtures in tests/fixtures/import/: every answer
 * with its file:line, and malformed files give "FILE:LINE: …" while
 * keeping what was read before the error. */

typedef gboolean (*ImportFunc) (PodliftScanReport *, const char *, const char *, GError **);

typedef struct
{
  PodliftScanReport *report;
  JsonNode          *json;
  GError            *error;
  gboolean           ok;
} Import;

static void
import_clear (Import *imp)
{
  g_clear_pointer (&imp->json, json_node_unref);
  g_clear_error (&imp->error);
  g_assert_finalize_object (imp->report);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Import, import_clear)

/* Imports fixtures/import/@path with @name as its name in sources. */
static void
import_fixture (Import     *imp,
                ImportFunc  func,
                const char *path,
                const char *name)
{
  g_autofree char *file = g_test_build_filename (G_TEST_DIST, "fixtures", "import", path, NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (file, &text, NULL, &error);
  g_assert_no_error (error);

  imp->report = podlift_scan_report_new ();
  imp->ok = func (imp->report, name, text, &imp->error);
  imp->json = podlift_scan_report_to_json (imp->report);
  g_assert_true (imp->ok == (imp->error == NULL));
}

static JsonObject *
root (Import *imp)
{
  return json_node_get_object (imp->json);
}

static void
assert_string (Import     *imp,
               const char *key,
               const char *value,
               const char *source)
{
  g_assert_cmpstr (podlift_scan_report_get_string (imp->report, key), ==, value);
  g_assert_cmpstr (podlift_scan_report_get_source (imp->report, key), ==, source);
}

static void
assert_int (Import     *imp,
            const char *key,
            gint64      value,
            const char *source)
{
  g_assert_cmpint (podlift_scan_report_get_int (imp->report, key), ==, value);
  g_assert_cmpstr (podlift_scan_report_get_source (imp->report, key), ==, source);
}

static void
assert_unset (Import     *imp,
              const char *key)
{
  g_assert_false (podlift_scan_report_has (imp->report, key));
}

static void
assert_boolean (Import     *imp,
                const char *key,
                gboolean    value,
                const char *source)
{
  JsonObject *o = json_object_get_object_member (root (imp), key);

  g_assert_nonnull (o);
  g_assert_cmpint (json_object_get_boolean_member (o, "value"), ==, value);
  g_assert_cmpstr (json_object_get_string_member (o, "source"), ==, source);
}

static guint
list_length (Import     *imp,
             const char *list)
{
  return json_array_get_length (json_object_get_array_member (root (imp), list));
}

/* The item of @list whose @member is @value; fails when absent. */
static JsonObject *
find_item (Import     *imp,
           const char *list,
           const char *member,
           const char *value)
{
  JsonArray *array = json_object_get_array_member (root (imp), list);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *item = json_array_get_object_element (array, i);

      if (g_strcmp0 (json_object_get_string_member_with_default (item, member, NULL), value) == 0)
        return item;
    }

  g_error ("%s has no item with %s “%s”", list, member, value);
  return NULL;
}

static gboolean
has_item (Import     *imp,
          const char *list,
          const char *member,
          const char *value)
{
  JsonArray *array = json_object_get_array_member (root (imp), list);

  for (guint i = 0; i < json_array_get_length (array); i++)
    if (g_strcmp0 (json_object_get_string_member_with_default (json_array_get_object_element (array, i),
                                                               member, NULL), value) == 0)
      return TRUE;
  return FALSE;
}

static void
assert_env (Import     *imp,
            const char *name,
            gboolean    secret,
            const char *source)
{
  JsonObject *item = find_item (imp, "env_vars", "name", name);

  g_assert_cmpint (json_object_get_boolean_member (item, "secret"), ==, secret);
  g_assert_cmpstr (json_object_get_string_member (item, "source"), ==, source);
}

/* A not-carried-over item: its source, and a word of its why. */
static void
assert_not_carried (Import     *imp,
                    const char *what,
                    const char *source,
                    const char *why_part)
{
  JsonObject *item = find_item (imp, "not_carried_over", "what", what);

  g_assert_cmpstr (json_object_get_string_member (item, "source"), ==, source);
  g_assert_nonnull (strstr (json_object_get_string_member (item, "why"), why_part));
}

static void
assert_cron (Import     *imp,
             guint       index,
             const char *schedule,
             const char *command,
             const char *source)
{
  JsonArray *jobs = json_object_get_array_member (root (imp), "cron_jobs");
  JsonObject *job;

  g_assert_cmpuint (index, <, json_array_get_length (jobs));
  job = json_array_get_object_element (jobs, index);
  g_assert_cmpstr (json_object_get_string_member (job, "schedule"), ==, schedule);
  g_assert_cmpstr (json_object_get_string_member (job, "command"), ==, command);
  g_assert_cmpstr (json_object_get_string_member (job, "source"), ==, source);
}

static void
assert_ingress (Import      *imp,
                const char **hosts,
                gboolean     tls,
                const char  *max_body_size,
                const char  *source)
{
  JsonObject *ingress = json_object_get_object_member (root (imp), "ingress");
  JsonArray *array;
  guint n = g_strv_length ((char **) hosts);

  g_assert_nonnull (ingress);
  array = json_object_get_array_member (ingress, "hosts");
  g_assert_cmpuint (json_array_get_length (array), ==, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpstr (json_array_get_string_element (array, i), ==, hosts[i]);
  g_assert_cmpint (json_object_get_boolean_member (ingress, "tls"), ==, tls);
  g_assert_cmpstr (json_object_get_string_member_with_default (ingress, "max_body_size", NULL),
                   ==, max_body_size);
  g_assert_cmpstr (json_object_get_string_member (ingress, "source"), ==, source);
}

static void
assert_dependency (Import     *imp,
                   const char *host,
                   gint64      port,
                   const char *source)
{
  JsonObject *item = find_item (imp, "dependencies", "host", host);

  g_assert_cmpint (json_object_get_int_member (item, "port"), ==, port);
  g_assert_cmpstr (json_object_get_string_member (item, "source"), ==, source);
}

static void
assert_error (Import     *imp,
              const char *message_start)
{
  g_assert_false (imp->ok);
  g_assert_error (imp->error, PODLIFT_ERROR, PODLIFT_ERROR_FAILED);
  if (!g_str_has_prefix (imp->error->message, message_start))
    g_error ("“%s” does not start with “%s”", imp->error->message, message_start);
}

/* systemd */

static void
test_systemd_unit (void)
{
  g_auto(Import) imp = { 0 };

  import_fixture (&imp, podlift_import_systemd, "shopfront.service", "shopfront.service");
  g_assert_no_error (imp.error);

  assert_string (&imp, "start_command",
                 "/srv/shopfront/venv/bin/gunicorn shopfront.wsgi:application "
                 "--bind 127.0.0.1:8000 --workers 4 --timeout 60",
                 "shopfront.service:20");
  assert_string (&imp, "migration_command",
                 "/srv/shopfront/venv/bin/python manage.py migrate --noinput",
                 "shopfront.service:19");
  assert_string (&imp, "working_dir", "/srv/shopfront/current", "shopfront.service:13");
  assert_string (&imp, "user", "shopfront", "shopfront.service:11");

  g_assert_cmpuint (list_length (&imp, "env_vars"), ==, 5);
  assert_env (&imp, "DJANGO_SETTINGS_MODULE", FALSE, "shopfront.service:14");
  assert_env (&imp, "PYTHONUNBUFFERED", FALSE, "shopfront.service:14");
  assert_env (&imp, "DATABASE_URL", TRUE, "shopfront.service:15");
  assert_env (&imp, "SECRET_KEY", TRUE, "shopfront.service:15");
  assert_env (&imp, "SENTRY_DSN", TRUE, "shopfront.service:16");

  assert_not_carried (&imp, "EnvironmentFile=-/etc/default/shopfront", "shopfront.service:17",
                      "values are in /etc/default/shopfront: import that file or type them");
  assert_not_carried (&imp, "ExecStartPre=/srv/shopfront/venv/bin/python manage.py collectstatic --noinput",
                      "shopfront.service:18", "init container");
  assert_not_carried (&imp, "Restart=on-failure", "shopfront.service:25",
                      "Kubernetes restarts pods itself");
  assert_not_carried (&imp, "RestartSec=5", "shopfront.service:26", "restarts");
  assert_not_carried (&imp, "LimitNOFILE=65536", "shopfront.service:27", "container runtime");
  assert_not_carried (&imp, "TimeoutStopSec=30", "shopfront.service:28", "terminationGracePeriodSeconds");
  assert_not_carried (&imp, "PrivateTmp=true", "shopfront.service:29", "/tmp");
  assert_not_carried (&imp, "Type=notify", "shopfront.service:10", "foreground");
  assert_not_carried (&imp, "Group=shopfront", "shopfront.service:12", "runAsGroup");
  assert_not_carried (&imp, "ExecReload=/bin/kill -s HUP $MAINPID", "shopfront.service:24", "roll out");
  assert_not_carried (&imp, "After=network-online.target postgresql.service", "shopfront.service:6",
                      "retry its connections");
  assert_not_carried (&imp, "Wants=network-online.target", "shopfront.service:7", "start order");
  g_assert_false (has_item (&imp, "not_carried_over", "what", "WantedBy=multi-user.target"));
  g_assert_cmpuint (list_length (&imp, "not_carried_over"), ==, 12);
}

static void
test_systemd_prefixes (void)
{
  g_auto(Import) imp = { 0 };

  import_fixture (&imp, podlift_import_systemd, "worker-at.service", "worker-at.service");
  g_assert_no_error (imp.error);

  /* '@': the second word is argv[0], not an argument. */
  assert_string (&imp, "start_command",
                 "/usr/local/bin/rq --url redis://localhost:6379 default", "worker-at.service:2");
  assert_string (&imp, "working_dir", "/opt/worker", "worker-at.service:3");
  assert_unset (&imp, "user");
  assert_unset (&imp, "migration_command");
}

static void
test_systemd_malformed (void)
{
  g_auto(Import) imp = { 0 };

  import_fixture (&imp, podlift_import_systemd, "broken.service", "broken.service");
  assert_error (&imp, "broken.service:4: expected KEY=VALUE");

  /* What came before the error is kept, nothing after it. */
  assert_string (&imp, "user", "app", "broken.service:2");
  assert_env (&imp, "PORT", FALSE, "broken.service:3");
  assert_unset (&imp, "working_dir");
  assert_unset (&imp, "start_command");
}

static void
test_systemd_unterminated_quote (void)
{
  g_autoptr(PodliftScanReport) report = podlift_scan_report_new ();
  g_autoptr(GError) error = NULL;

  g_assert_false (podlift_import_systemd (report, "q.service",
                                          "[Service]\nUser=web\n\nEnvironment=\"A=1 B=2\n", &error));
  g_assert_error (error, PODLIFT_ERROR, PODLIFT_ERROR_FAILED);
  g_assert_cmpstr (error->message, ==, "q.service:4: Environment= has an unterminated quote");
  g_assert_cmpstr (podlift_scan_report_get_string (report, "user"), ==, "web");
}

static void
add_systemd_tests (void)
{
  g_test_add_func ("/podlift/import/systemd/unit", test_systemd_unit);
  g_test_add_func ("/podlift/import/systemd/prefixes", test_systemd_prefixes);
  g_test_add_func ("/podlift/import/systemd/malformed", test_systemd_malformed);
  g_test_add_func ("/podlift/import/systemd/unterminated-quote", test_systemd_unterminated_quote);
}

/* crontab */

static void
test_crontab_user (void)
{
  g_auto(Import) imp = { 0 };

  import_fixture (&imp, podlift_import_crontab, "crontab", "crontab");
  g_assert_no_error (imp.error);

  g_assert_cmpuint (list_length (&imp, "cron_jobs"), ==, 12);
  assert_cron (&imp, 0, "*/15 * * * *",
               "cd /srv/shopfront/current && venv/bin/python manage.py send_queued_mail", "crontab:9");
  assert_cron (&imp, 1, "30 2 * * 1-5",
               "/srv/shopfront/venv/bin/python manage.py clearsessions", "crontab:10");
  assert_cron (&imp, 2, "0 3 1 jan,jul *",
               "/srv/shopfront/bin/archive-orders --before \"$(date +%Y-%m-01)\"", "crontab:11");
  /* Kubernetes knows days of week 0-6: 7 is Sunday, 0. */
  assert_cron (&imp, 3, "0 4 * * 5-6,0", "/srv/shopfront/bin/weekend-report", "crontab:12");
  assert_cron (&imp, 4, "@daily", "/srv/shopfront/bin/rotate-exports", "crontab:13");
  assert_cron (&imp, 5, "@daily", "/srv/shopfront/bin/refresh-sitemap", "crontab:14");
  assert_cron (&imp, 6, "@hourly", "/srv/shopfront/bin/ping-healthchecks", "crontab:15");
  assert_cron (&imp, 7, "@weekly", "/srv/shopfront/bin/vacuum-search-index", "crontab:16");
  assert_cron (&imp, 8, "@monthly", "/srv/shopfront/bin/invoice-run", "crontab:17");
  assert_cron (&imp, 9, "@yearly", "/srv/shopfront/bin/close-fiscal-year", "crontab:18");
  assert_cron (&imp, 10, "@yearly", "/srv/shopfront/bin/archive-year", "crontab:19");
  assert_cron (&imp, 11, "0 0 * * 0", "/srv/shopfront/bin/sunday-digest", "crontab:21");

  assert_not_carried (&imp, "@reboot /srv/shopfront/bin/warm-cache", "crontab:20",
                      "runs at boot: use an init container or a Job");
  assert_not_carried (&imp, "SHELL=/bin/bash", "crontab:2", "sh -c");
  assert_not_carried (&imp, "PATH=/usr/local/bin:/usr/bin:/bin", "crontab:3", "image sets PATH");
  assert_not_carried (&imp, "MAILTO=ops@example.com", "crontab:4", "does not mail");
  g_assert_cmpuint (list_length (&imp, "not_carried_over"), ==, 4);

  g_assert_cmpuint (list_length (&imp, "env_vars"), ==, 2);
  assert_env (&imp, "DJANGO_SETTINGS_MODULE", FALSE, "crontab:5");
  assert_env (&imp, "API_TOKEN", TRUE, "crontab:6");
}

static void
test_crontab_cron_d (void)
{
  g_auto(Import) imp = { 0 };

  /* A path under cron.d/: the sixth field is always the user. */
  import_fixture (&imp, podlift_import_crontab, "cron.d/shopfront", "cron.d/shopfront");
  g_assert_no_error (imp.error);

  g_assert_cmpuint (list_length (&imp, "cron_jobs"), ==, 3);
  assert_cron (&imp, 0, "5 * * * *",
               "php /var/www/shopfront/artisan schedule:run >> /dev/null 2>&1", "cron.d/shopfront:6");
  assert_cron (&imp, 1, "0 6 * * MON-FRI",
               "/usr/local/bin/backup-uploads /var/www/shopfront/storage", "cron.d/shopfront:7");
  assert_cron (&imp, 2, "@weekly", "php /var/www/shopfront/artisan telescope:prune",
               "cron.d/shopfront:8");

  assert_not_carried (&imp, "jobs run as www-data", "cron.d/shopfront:6", "runAsUser");
  assert_not_carried (&imp, "jobs run as root", "cron.d/shopfront:7", "runAsUser");
  assert_not_carried (&imp, "SHELL=/bin/sh", "cron.d/shopfront:2", "shell");
  assert_not_carried (&imp, "PATH=/usr/local/sbin:/usr/local/bin:/sbin:/bin:/usr/sbin:/usr/bin",
                      "cron.d/shopfront:3", "PATH");
  assert_not_carried (&imp, "CRON_TZ=Europe/Paris", "cron.d/shopfront:4", "timeZone");
  g_assert_cmpuint (list_length (&imp, "not_carried_over"), ==, 5);
  g_assert_cmpuint (list_length (&imp, "env_vars"), ==, 0);
}

static void
test_crontab_user_column (void)
{
  g_auto(Import) imp = { 0 };

  /* Not under cron.d: a sixth field naming a system user is the user. */
  import_fixture (&imp, podlift_import_crontab, "user-column.crontab", "user-column.crontab");
  g_assert_no_error (imp.error);

  assert_cron (&imp, 0, "17 * * * *", "cd / && run-parts --report /etc/cron.hourly",
               "user-column.crontab:2");
  assert_cron (&imp, 1, "*/5 * * * *", "php /var/www/app/artisan queue:work --stop-when-empty",
               "user-column.crontab:3");
  assert_cron (&imp, 2, "0 1 * * *", "php /var/www/app/artisan backup:run",
               "user-column.crontab:4");
  assert_not_carried (&imp, "jobs run as root", "user-column.crontab:2", "runAsUser");
  assert_not_carried (&imp, "jobs run as www-data", "user-column.crontab:3", "runAsUser");
}

static void
test_crontab_out_of_range (void)
{
  g_auto(Import) imp = { 0 };

  import_fixture (&imp, podlift_import_crontab, "broken-range.crontab", "broken-range.crontab");
  assert_error (&imp, "broken-range.crontab:4: hour 25 is out of range (0-23)");

  g_assert_cmpuint (list_length (&imp, "cron_jobs"), ==, 1);
  assert_cron (&imp, 0, "0 2 * * *", "/usr/local/bin/nightly-export", "broken-range.crontab:3");
  assert_not_carried (&imp, "MAILTO=\"\"", "broken-range.crontab:2", "mail");
}

static void
test_crontab_too_few_fields (void)
{
  g_auto(Import) imp = { 0 };

  import_fixture (&imp, podlift_import_crontab, "broken-fields.crontab", "broken-fields.crontab");
  assert_error (&imp, "broken-fields.crontab:2: expected five time fields and a command, found 3 fields");
  g_assert_cmpuint (list_length (&imp, "cron_jobs"), ==, 1);
  assert_cron (&imp, 0, "*/10 * * * *", "/usr/local/bin/poll-feeds", "broken-fields.crontab:1");
}

static void
test_crontab_errors (void)
{
  static const struct { const char *text; const char *message; } cases[] = {
    { "60 * * * * job\n", "c:1: minute 60 is out of range (0-59)" },
    { "\n* * 0 * * job\n", "c:2: day of month 0 is out of range (1-31)" },
    { "* * * 13 * job\n", "c:1: month 13 is out of range (1-12)" },
    { "* * * * 8 job\n", "c:1: day of week 8 is out of range (0-7)" },
    { "* * * foo * job\n", "c:1: “foo” is not a valid month" },
    { "5-1 * * * * job\n", "c:1: minute range 5-1 goes backwards" },
    { "*/0 * * * * job\n", "c:1: step 0 is out of range (1-59)" },
    { "* * *\n", "c:1: expected five time fields and a command, found 3 fields" },
    { "* * * * *\n", "c:1: expected five time fields and a command, found no command" },
    { "@every 5m job\n", "c:1: unknown schedule “@every”" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PodliftScanReport) report = podlift_scan_report_new ();
      g_autoptr(GError) error = NULL;

      g_assert_false (podlift_import_crontab (report, "c", cases[i].text, &error));
      g_assert_error (error, PODLIFT_ERROR, PODLIFT_ERROR_FAILED);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

static void
add_crontab_tests (void)
{
  g_test_add_func ("/podlift/import/crontab/user", test_crontab_user);
  g_test_add_func ("/podlift/import/crontab/cron-d", test_crontab_cron_d);
  g_test_add_func ("/podlift/import/crontab/user-column", test_crontab_user_column);
  g_test_add_func ("/podlift/import/crontab/out-of-range", test_crontab_out_of_range);
  g_test_add_func ("/podlift/import/crontab/too-few-fields", test_crontab_too_few_fields);
  g_test_add_func ("/podlift/import/crontab/errors", test_crontab_errors);
}

/* nginx */

static void
test_nginx_site (void)
{
  g_auto(Import) imp = { 0 };
  const char *hosts[] = { "shop.example.com", "www.shop.example.com", NULL };

  import_fixture (&imp, podlift_import_nginx, "shopfront.nginx.conf", "shopfront.nginx.conf");
  g_assert_no_error (imp.error);

  /* The upstream's servers are the application's instances. */
  assert_int (&imp, "port", 8000, "shopfront.nginx.conf:6");
  assert_boolean (&imp, "session_stickiness", TRUE, "shopfront.nginx.conf:5");
  assert_string (&imp, "session_cookie", "srv_id", "shopfront.nginx.conf:5");
  assert_ingress (&imp, hosts, TRUE, "25m", "shopfront.nginx.conf:14");

  assert_not_carried (&imp, "ssl_certificate /etc/letsencrypt/live/shop.example.com/fullchain.pem",
                      "shopfront.nginx.conf:23",
                      "put it in a Kubernetes TLS Secret or use cert-manager");
  assert_not_carried (&imp, "ssl_certificate_key /etc/letsencrypt/live/shop.example.com/privkey.pem",
                      "shopfront.nginx.conf:24", "cert-manager");
  assert_not_carried (&imp, "location /static/ (alias /srv/shopfront/static/)",
                      "shopfront.nginx.conf:30", "copy them into the image");
  assert_not_carried (&imp, "location /media/ (root /srv/shopfront)",
                      "shopfront.nginx.conf:35", "copy them into the image");
  assert_not_carried (&imp, "redirect to HTTPS", "shopfront.nginx.conf:15", "ingress controller");
  g_assert_cmpuint (list_length (&imp, "not_carried_over"), ==, 5);
}

static void
test_nginx_loopback (void)
{
  g_auto(Import) imp = { 0 };
  const char *hosts[] = { "api.example.org", NULL };

  import_fixture (&imp, podlift_import_nginx, "api.nginx.conf", "api.nginx.conf");
  g_assert_no_error (imp.error);

  /* The first proxy_pass to localhost gives the port. */
  assert_int (&imp, "port", 3001, "api.nginx.conf:12");
  assert_boolean (&imp, "session_stickiness", TRUE, "api.nginx.conf:2");
  assert_unset (&imp, "session_cookie");
  assert_ingress (&imp, hosts, FALSE, "5m", "api.nginx.conf:8");
  /* Braces and semicolons inside quotes are not syntax. */
  assert_not_carried (&imp, "proxy_pass http://unix:/run/api/ws.sock", "api.nginx.conf:20",
                      "TCP port");
  g_assert_cmpuint (list_length (&imp, "not_carried_over"), ==, 1);
}

static void
test_nginx_unclosed (void)
{
  g_auto(Import) imp = { 0 };
  const char *hosts[] = { "legacy.example.net", NULL };

  import_fixture (&imp, podlift_import_nginx, "broken.nginx.conf", "broken.nginx.conf");
  assert_error (&imp, "broken.nginx.conf:5: this block has no closing “}”");

  /* What was read before the error is kept. */
  assert_int (&imp, "port", 9000, "broken.nginx.conf:6");
  assert_ingress (&imp, hosts, FALSE, NULL, "broken.nginx.conf:3");
}

static void
test_nginx_extra_brace (void)
{
  g_auto(Import) imp = { 0 };
  const char *hosts[] = { "extra.example.net", NULL };

  import_fixture (&imp, podlift_import_nginx, "extra-brace.nginx.conf", "extra-brace.nginx.conf");
  assert_error (&imp, "extra-brace.nginx.conf:8: “}” closes no block");
  assert_int (&imp, "port", 5000, "extra-brace.nginx.conf:5");
  assert_ingress (&imp, hosts, FALSE, NULL, "extra-brace.nginx.conf:3");
}

static void
test_nginx_errors (void)
{
  static const struct { const char *text; const char *message; } cases[] = {
    { "server {\n  listen 80\n}\n", "n:2: this directive has no “;” at its end" },
    { "server {\n  return 200 \"ok;\n}\n", "n:2: this quoted string is not closed" },
    { "# only a comment\nlisten 80", "n:2: this directive has no “;” at its end" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PodliftScanReport) report = podlift_scan_report_new ();
      g_autoptr(GError) error = NULL;

      g_assert_false (podlift_import_nginx (report, "n", cases[i].text, &error));
      g_assert_error (error, PODLIFT_ERROR, PODLIFT_ERROR_FAILED);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

static void
add_nginx_tests (void)
{
  g_test_add_func ("/podlift/import/nginx/site", test_nginx_site);
  g_test_add_func ("/podlift/import/nginx/loopback", test_nginx_loopback);
  g_test_add_func ("/podlift/import/nginx/unclosed", test_nginx_unclosed);
  g_test_add_func ("/podlift/import/nginx/extra-brace", test_nginx_extra_brace);
  g_test_add_func ("/podlift/import/nginx/errors", test_nginx_errors);
}

/* Apache */

static void
test_apache_vhost (void)
{
  g_auto(Import) imp = { 0 };
  const char *hosts[] = { "shop.example.com", "www.shop.example.com", "shop.example.net", NULL };

  import_fixture (&imp, podlift_import_apache, "shopfront.apache.conf", "shopfront.apache.conf");
  g_assert_no_error (imp.error);

  /* ProxyPass to a balancer: its first member gives the port. */
  assert_int (&imp, "port", 8001, "shopfront.apache.conf:22");
  assert_boolean (&imp, "session_stickiness", TRUE, "shopfront.apache.conf:24");
  assert_string (&imp, "session_cookie", "ROUTEID", "shopfront.apache.conf:24");
  assert_ingress (&imp, hosts, TRUE, "10m", "shopfront.apache.conf:3");

  assert_not_carried (&imp, "SSLCertificateFile /etc/ssl/certs/shop.example.com.crt",
                      "shopfront.apache.conf:14",
                      "put it in a Kubernetes TLS Secret or use cert-manager");
  assert_not_carried (&imp, "SSLCertificateKeyFile /etc/ssl/private/shop.example.com.key",
                      "shopfront.apache.conf:15", "cert-manager");
  assert_not_carried (&imp, "Alias /static/ /srv/shopfront/static/", "shopfront.apache.conf:19",
                      "copy them into the image");
  assert_not_carried (&imp, "redirect to HTTPS", "shopfront.apache.conf:4", "ingress controller");
  g_assert_cmpuint (list_length (&imp, "not_carried_over"), ==, 4);
}

static void
test_apache_proxy_pass (void)
{
  g_auto(Import) imp = { 0 };
  const char *hosts[] = { "intranet.example.org", NULL };

  import_fixture (&imp, podlift_import_apache, "java.apache.conf", "java.apache.conf");
  g_assert_no_error (imp.error);

  /* A continued line keeps the line of its first part. */
  assert_int (&imp, "port", 8080, "java.apache.conf:4");
  assert_boolean (&imp, "session_stickiness", TRUE, "java.apache.conf:4");
  assert_string (&imp, "session_cookie", "JSESSIONID", "java.apache.conf:4");
  assert_ingress (&imp, hosts, FALSE, "1m", "java.apache.conf:2");
}

static void
test_apache_unclosed (void)
{
  g_auto(Import) imp = { 0 };
  const char *hosts[] = { "old.example.org", NULL };

  import_fixture (&imp, podlift_import_apache, "broken.apache.conf", "broken.apache.conf");
  assert_error (&imp, "broken.apache.conf:1: <VirtualHost> is not closed");
  assert_int (&imp, "port", 5000, "broken.apache.conf:3");
  assert_ingress (&imp, hosts, FALSE, NULL, "broken.apache.conf:2");
}

static void
test_apache_mismatched (void)
{
  g_auto(Import) imp = { 0 };
  const char *hosts[] = { "mis.example.org", NULL };

  import_fixture (&imp, podlift_import_apache, "mismatched.apache.conf", "mismatched.apache.conf");
  assert_error (&imp, "mismatched.apache.conf:5: </VirtualHost> closes no open section");
  assert_ingress (&imp, hosts, FALSE, NULL, "mismatched.apache.conf:2");
}

static void
add_apache_tests (void)
{
  g_test_add_func ("/podlift/import/apache/vhost", test_apache_vhost);
  g_test_add_func ("/podlift/import/apache/proxy-pass", test_apache_proxy_pass);
  g_test_add_func ("/podlift/import/apache/unclosed", test_apache_unclosed);
  g_test_add_func ("/podlift/import/apache/mismatched", test_apache_mismatched);
}

/* docker-compose */

static void
test_compose_web (void)
{
  g_auto(Import) imp = { 0 };
  JsonObject *health;

  import_fixture (&imp, podlift_import_compose, "docker-compose.yml", "docker-compose.yml");
  g_assert_no_error (imp.error);

  /* The main service is the one built from ".": web, not worker. */
  assert_string (&imp, "start_command",
                 "gunicorn shopfront.wsgi:application --bind 0.0.0.0:8000 --workers 3",
                 "docker-compose.yml:21");
  assert_string (&imp, "working_dir", "/app", "docker-compose.yml:22");
  assert_string (&imp, "user", "1000:1000", "docker-compose.yml:23");
  assert_int (&imp, "port", 8000, "docker-compose.yml:32");

  g_assert_cmpuint (list_length (&imp, "env_vars"), ==, 5);
  assert_env (&imp, "TZ", FALSE, "docker-compose.yml:3");
  assert_env (&imp, "LOG_LEVEL", FALSE, "docker-compose.yml:4");
  assert_env (&imp, "DATABASE_URL", TRUE, "docker-compose.yml:28");
  assert_env (&imp, "REDIS_URL", TRUE, "docker-compose.yml:29");
  assert_env (&imp, "STRIPE_SECRET_KEY", TRUE, "docker-compose.yml:30");

  g_assert_cmpuint (list_length (&imp, "stateful_paths"), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (find_item (&imp, "stateful_paths", "path", "/app/media"),
                                                  "source"), ==, "docker-compose.yml:35");
  g_assert_cmpstr (json_object_get_string_member (find_item (&imp, "stateful_paths", "path", "/app/uploads"),
                                                  "source"), ==, "docker-compose.yml:36");

  g_assert_cmpuint (list_length (&imp, "dependencies"), ==, 2);
  assert_dependency (&imp, "db", 5432, "docker-compose.yml:39");
  assert_dependency (&imp, "cache", 6379, "docker-compose.yml:40");

  health = json_object_get_object_member (root (&imp), "health_paths");
  g_assert_cmpstr (podlift_scan_report_get_source (imp.report, "health_paths.liveness"), ==,
                   "docker-compose.yml:42");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (health, "liveness"),
                                                  "value"), ==, "/healthz");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (health, "readiness"),
                                                  "value"), ==, "/healthz");
  g_assert_true (json_object_get_null_member (health, "startup"));

  /* Postgres is the database; Redis only a cache beside it. */
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (root (&imp), "database"),
                                                  "engine"), ==, "postgresql");
  g_assert_cmpstr (podlift_scan_report_get_source (imp.report, "database"), ==, "docker-compose.yml:8");

  assert_not_carried (&imp, "env_file .env", "docker-compose.yml:25",
                      "values are in .env, next to the compose file on the VM");
  assert_not_carried (&imp, ".:/app", "docker-compose.yml:34", "copied into the image");
  assert_not_carried (&imp, "./config/settings.ini:/app/settings.ini:ro", "docker-compose.yml:37",
                      "ConfigMap");
  assert_not_carried (&imp, "container_name", "docker-compose.yml:20", "names pods");
  assert_not_carried (&imp, "restart", "docker-compose.yml:45", "Kubernetes restarts pods itself");
  assert_not_carried (&imp, "networks", "docker-compose.yml:46", "Services");
  assert_not_carried (&imp, "service worker", "docker-compose.yml:49", "its own Deployment");
  g_assert_cmpuint (list_length (&imp, "not_carried_over"), ==, 7);
}

static void
test_compose_image_service (void)
{
  g_auto(Import) imp = { 0 };

  import_fixture (&imp, podlift_import_compose, "compose-node.yaml", "compose-node.yaml");
  g_assert_no_error (imp.error);

  /* Nothing built from ".": the first service that is not a database
   * or broker. A list command is joined, quoted where needed. */
  assert_string (&imp, "start_command", "node dist/server.js --name 'orders api'", "compose-node.yaml:8");
  assert_int (&imp, "port", 3000, "compose-node.yaml:14");
  assert_env (&imp, "NODE_ENV", FALSE, "compose-node.yaml:10");
  assert_env (&imp, "MONGO_URL", TRUE, "compose-node.yaml:11");
  assert_env (&imp, "JWT_SECRET", TRUE, "compose-node.yaml:12");
  g_assert_cmpstr (json_object_get_string_member (find_item (&imp, "stateful_paths", "path", "/data/exports"),
                                                  "source"), ==, "compose-node.yaml:16");
  g_assert_cmpuint (list_length (&imp, "stateful_paths"), ==, 1);
  assert_dependency (&imp, "mongo", 27017, "compose-node.yaml:21");
  assert_dependency (&imp, "rabbit", 5672, "compose-node.yaml:23");
  g_assert_cmpstr (podlift_scan_report_get_source (imp.report, "health_paths.readiness"), ==,
                   "compose-node.yaml:26");
  g_assert_cmpstr (json_object_get_string_member (find_item (&imp, "not_carried_over", "what",
                                                             "entrypoint"), "source"),
                   ==, "compose-node.yaml:27");
  assert_not_carried (&imp, "/var/run/docker.sock", "compose-node.yaml:19", "socket");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (root (&imp), "database"),
                                                  "engine"), ==, "mongodb");
  g_assert_cmpstr (podlift_scan_report_get_source (imp.report, "database"), ==, "compose-node.yaml:3");
  assert_unset (&imp, "user");
}

static void
test_compose_malformed (void)
{
  g_auto(Import) imp = { 0 };

  import_fixture (&imp, podlift_import_compose, "broken-compose.yml", "broken-compose.yml");
  assert_error (&imp, "broken-compose.yml:10: ");

  /* What came before the error is kept. */
  assert_string (&imp, "start_command", "python app.py", "broken-compose.yml:4");
  assert_env (&imp, "FLASK_ENV", FALSE, "broken-compose.yml:6");
  assert_env (&imp, "SESSION_SECRET", TRUE, "broken-compose.yml:7");
  assert_int (&imp, "port", 5000, "broken-compose.yml:9");
  g_assert_cmpuint (list_length (&imp, "stateful_paths"), ==, 0);
}

static void
test_compose_not_a_mapping (void)
{
  g_autoptr(PodliftScanReport) report = podlift_scan_report_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (podlift_import_compose (report, "c.yml", "- just\n- a list\n", &error));
  g_assert_no_error (error);
  g_assert_false (podlift_scan_report_has (report, "start_command"));

  g_assert_false (podlift_import_compose (report, "c.yml", "services:\n  app: [1, 2\n", &error));
  g_assert_error (error, PODLIFT_ERROR, PODLIFT_ERROR_FAILED);
  g_assert_true (g_str_has_prefix (error->message, "c.yml:3: "));
}

static void
add_compose_tests (void)
{
  g_test_add_func ("/podlift/import/compose/web", test_compose_web);
  g_test_add_func ("/podlift/import/compose/image-service", test_compose_image_service);
  g_test_add_func ("/podlift/import/compose/malformed", test_compose_malformed);
  g_test_add_func ("/podlift/import/compose/not-a-mapping", test_compose_not_a_mapping);
}

/* Odd inputs never crash, and FALSE comes with an error. */
static void
test_odd_inputs (void)
{
  static const ImportFunc funcs[] = {
    podlift_import_systemd, podlift_import_crontab, podlift_import_nginx,
    podlift_import_apache, podlift_import_compose,
  };
  static const char *inputs[] = {
    "", "\n", "{", "}", "\"", "'", "\\", "[Service]\nExecStart=\nEnvironment=\n", "@",
    "* * * * * \n", "services:\n  a:\n    ports: [{}]\n    volumes: [\":\", \"\"]\n"
    "    healthcheck: {test: []}\n    command: []\n    environment: [\"=\"]\n",
    "services: &a\n  x: *a\n", "x: &a [*a]\n", "<VirtualHost\n", "</X>", "ProxyPass\n",
    "upstream {\n}\n", "proxy_pass;\nserver { server_name; location { root; } }\n",
  };

  for (guint f = 0; f < G_N_ELEMENTS (funcs); f++)
    for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
      {
        g_autoptr(PodliftScanReport) report = podlift_scan_report_new ();
        g_autoptr(GError) error = NULL;
        gboolean ok = funcs[f] (report, "odd", inputs[i], &error);

        g_assert_true (ok == (error == NULL));
        g_assert_true (error == NULL || g_str_has_prefix (error->message, "odd:"));
      }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  add_systemd_tests ();
  add_crontab_tests ();
  add_nginx_tests ();
  add_apache_tests ();
  add_compose_tests ();
  g_test_add_func ("/podlift/import/odd-inputs", test_odd_inputs);

  return g_test_run ();
}
