/* test-live-check.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <libsoup/soup.h>

#include "podlift-checklist.h"
#include "podlift-live-check.h"
#include "podlift-project.h"
#include "podlift-timeline-entry.h"

/* The live checks against servers this test starts on loopback: an
 * HTTP server (statuses, a slow answer, a redirect, an answer that never
 * comes), the same over TLS with a self-signed certificate made here
 * with openssl, a registry with Bearer-token authentication, a closed
 * port, and the names of this machine. No other address is tried. */

typedef struct
{
  SoupServer *http;
  SoupServer *https;
  char       *base;         /* http://127.0.0.1:PORT */
  char       *tls_base;     /* https://127.0.0.1:PORT */
  guint       port;
  char       *tmp;
} Servers;

static Servers servers;

typedef struct
{
  PodliftCheckResult *result;
  GPtrArray          *results;
  GError             *error;
  gboolean            done;
} Outcome;

static void
outcome_clear (Outcome *outcome)
{
  g_clear_pointer (&outcome->result, podlift_check_result_free);
  g_clear_pointer (&outcome->results, g_ptr_array_unref);
  g_clear_error (&outcome->error);
  outcome->done = FALSE;
}

static void
run_cb (GObject      *object,
        GAsyncResult *result,
        gpointer      user_data)
{
  Outcome *outcome = user_data;

  outcome->result = podlift_live_check_run_finish (result, &outcome->error);
  outcome->done = TRUE;
}

static void
run_all_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  Outcome *outcome = user_data;

  outcome->results = podlift_live_checks_run_finish (result, &outcome->error);
  outcome->done = TRUE;
}

static void
wait_for (Outcome *outcome)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!outcome->done && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (outcome->done);
}

/* Runs @check and returns its result (owned by @outcome). */
static PodliftCheckResult *
run (PodliftLiveCheck *check,
     Outcome          *outcome)
{
  outcome_clear (outcome);
  podlift_live_check_run_async (check, NULL, run_cb, outcome);
  wait_for (outcome);
  g_assert_no_error (outcome->error);
  g_assert_nonnull (outcome->result);

  return outcome->result;
}

static PodliftLiveCheck *
http_check (const char *base,
            const char *path)
{
  g_autofree char *url = g_strconcat (base, path, NULL);

  return podlift_live_check_new (PODLIFT_CHECK_KIND_HTTP, url);
}

static gboolean
unpause_cb (gpointer user_data)
{
  SoupServerMessage *message = user_data;

  soup_server_message_set_status (message, 200, NULL);
  soup_server_message_set_response (message, "text/plain", SOUP_MEMORY_STATIC, "slow\n", 5);
  soup_server_message_unpause (message);

  return G_SOURCE_REMOVE;
}

static void
server_cb (SoupServer        *server,
           SoupServerMessage *message,
           const char        *path,
           GHashTable        *query,
           gpointer           user_data)
{
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (message);

  if (g_str_equal (path, "/ok") || g_str_equal (path, "/healthz") || g_str_equal (path, "/readyz"))
    {
      soup_server_message_set_status (message, 200, NULL);
      soup_server_message_set_response (message, "text/plain", SOUP_MEMORY_STATIC, "ok\n", 3);
    }
  else if (g_str_equal (path, "/slow"))
    {
      soup_server_message_pause (message);
      g_timeout_add (300, unpause_cb, message);
    }
  else if (g_str_equal (path, "/hang"))
    soup_server_message_pause (message);   /* never answered */
  else if (g_str_equal (path, "/redirect"))
    {
      soup_server_message_set_status (message, 302, NULL);
      soup_message_headers_replace (headers, "Location", "/ok");
    }
  else if (g_str_equal (path, "/startupz"))
    soup_server_message_set_status (message, 503, NULL);
  else
    soup_server_message_set_status (message, 404, NULL);
}

static char *
server_base (SoupServer *server,
             const char *scheme)
{
  GSList *uris = soup_server_get_uris (server);
  GUri *uri = uris->data;
  char *base = g_strdup_printf ("%s://127.0.0.1:%d", scheme, g_uri_get_port (uri));

  servers.port = servers.port ? servers.port : (guint)g_uri_get_port (uri);
  g_slist_free_full (uris, (GDestroyNotify)g_uri_unref);

  return base;
}

/* A self-signed certificate for 127.0.0.1, made now. */
static GTlsCertificate *
make_certificate (void)
{
  g_autofree char *cert = g_build_filename (servers.tmp, "cert.pem", NULL);
  g_autofree char *key = g_build_filename (servers.tmp, "key.pem", NULL);
  g_autoptr(GError) error = NULL;
  GTlsCertificate *certificate;
  const char *argv[] = {
    "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
    "-subj", "/CN=127.0.0.1", "-keyout", key, "-out", cert, NULL
  };
  int status = -1;

  if (!g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL |
                     G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status, NULL) ||
      !g_spawn_check_wait_status (status, NULL))
    return NULL;

  certificate = g_tls_certificate_new_from_files (cert, key, &error);
  g_assert_no_error (error);

  return certificate;
}

static void
start_servers (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GTlsCertificate) certificate = NULL;

  servers.tmp = g_dir_make_tmp ("podlift-live-check-XXXXXX", &error);
  g_assert_no_error (error);

  servers.http = soup_server_new (NULL, NULL);
  soup_server_add_handler (servers.http, NULL, server_cb, NULL, NULL);
  soup_server_listen_local (servers.http, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);
  servers.base = server_base (servers.http, "http");

  if ((certificate = make_certificate ()) != NULL)
    {
      servers.https = soup_server_new ("tls-certificate", certificate, NULL);
      soup_server_add_handler (servers.https, NULL, server_cb, NULL, NULL);
      soup_server_listen_local (servers.https, 0, SOUP_SERVER_LISTEN_IPV4_ONLY | SOUP_SERVER_LISTEN_HTTPS,
                                &error);
      g_assert_no_error (error);
      servers.tls_base = server_base (servers.https, "https");
    }
}

/* A port nothing listens on: bound, then closed. */
static guint
closed_port (void)
{
  g_autoptr(GSocket) socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM,
                                            G_SOCKET_PROTOCOL_TCP, NULL);
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) any = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) bound = NULL;

  g_assert_true (g_socket_bind (socket, any, TRUE, NULL));
  bound = g_socket_get_local_address (socket, NULL);
  g_socket_close (socket, NULL);

  return g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound));
}

static void
test_http_status (void)
{
  Outcome outcome = { 0, };
  g_autoptr(PodliftLiveCheck) ok = http_check (servers.base, "/ok");
  g_autoptr(PodliftLiveCheck) missing = http_check (servers.base, "/missing");
  PodliftCheckResult *result;

  result = run (ok, &outcome);
  g_assert_true (result->passed);
  g_assert_cmpuint (result->status, ==, 200);
  g_assert_true (g_str_has_prefix (result->detail, "HTTP 200 in "));
  g_assert_cmpstr (result->target, ==, ok->target);

  result = run (missing, &outcome);
  g_assert_false (result->passed);
  g_assert_cmpuint (result->status, ==, 404);
  g_assert_true (g_str_has_suffix (result->detail, " ms, expected 2xx"));

  /* Expecting the 404 makes it pass; expecting 201 makes a 200 fail. */
  missing->expect_status = 404;
  g_assert_true (run (missing, &outcome)->passed);
  ok->expect_status = 201;
  result = run (ok, &outcome);
  g_assert_false (result->passed);
  g_assert_true (g_str_has_suffix (result->detail, ", expected 201"));

  /* Another method; a target that is no URL is a failed check. */
  ok->expect_status = 0;
  ok->method = g_strdup ("HEAD");
  g_assert_true (run (ok, &outcome)->passed);
  g_free (ok->target);
  ok->target = g_strdup ("shop.example.com/readyz");
  result = run (ok, &outcome);
  g_assert_false (result->passed);
  g_assert_cmpstr (result->detail, ==, "“shop.example.com/readyz” is not an http or https URL");

  outcome_clear (&outcome);
}

static void
test_http_latency (void)
{
  Outcome outcome = { 0, };
  g_autoptr(PodliftLiveCheck) slow = http_check (servers.base, "/slow");
  PodliftCheckResult *result;

  slow->max_latency_ms = 100;
  result = run (slow, &outcome);
  g_assert_false (result->passed);
  g_assert_cmpuint (result->status, ==, 200);
  g_assert_cmpuint (result->latency_ms, >=, 290);
  g_assert_true (g_str_has_suffix (result->detail, " ms, more than 100 ms"));

  slow->max_latency_ms = 5000;
  result = run (slow, &outcome);
  g_assert_true (result->passed);
  g_assert_cmpuint (result->latency_ms, >=, 290);
  g_assert_cmpuint (result->latency_ms, <, 5000);

  outcome_clear (&outcome);
}

static void
test_http_redirect (void)
{
  Outcome outcome = { 0, };
  g_autoptr(PodliftLiveCheck) check = http_check (servers.base, "/redirect");
  PodliftCheckResult *result;

  result = run (check, &outcome);
  g_assert_true (result->passed);
  g_assert_cmpuint (result->status, ==, 200);

  check->follow_redirects = FALSE;
  result = run (check, &outcome);
  g_assert_false (result->passed);
  g_assert_cmpuint (result->status, ==, 302);
  g_assert_nonnull (strstr (result->detail, "HTTP 302 in "));
  g_assert_nonnull (strstr (result->detail, " → /ok, expected 2xx"));

  check->expect_status = 302;
  g_assert_true (run (check, &outcome)->passed);

  outcome_clear (&outcome);
}

static gboolean
require_tool (const char *what)
{
  if (g_getenv ("PODLIFT_REQUIRE_VALIDATORS") != NULL)
    g_test_fail_printf ("%s is not installed (make test installs it)", what);
  else
    g_test_skip_printf ("%s is not installed (make test installs it)", what);

  return FALSE;
}

static void
test_http_tls (void)
{
  Outcome outcome = { 0, };
  g_autoptr(PodliftLiveCheck) check = NULL;
  PodliftCheckResult *result;

  if (servers.https == NULL)
    {
      require_tool ("openssl");
      return;
    }

  /* Verified by default: a self-signed certificate is not trusted. */
  check = http_check (servers.tls_base, "/ok");
  result = run (check, &outcome);
  g_assert_false (result->passed);
  g_assert_cmpstr (result->detail, ==, "TLS certificate not trusted: signed by an unknown authority");

  check->verify_tls = FALSE;
  result = run (check, &outcome);
  g_assert_true (result->passed);
  g_assert_cmpuint (result->status, ==, 200);

  outcome_clear (&outcome);
}

static void
test_probe (void)
{
  Outcome outcome = { 0, };
  g_autoptr(PodliftLiveCheck) check = podlift_live_check_new (PODLIFT_CHECK_KIND_PROBE, servers.base);
  const char *good[] = { "/healthz", "/readyz", NULL };
  const char *bad[] = { "/healthz", "/readyz", "/startupz", NULL };
  PodliftCheckResult *result;

  check->probe_paths = g_strdupv ((char **)good);
  result = run (check, &outcome);
  g_assert_true (result->passed);
  g_assert_true (g_str_has_prefix (result->detail, "/healthz: HTTP 200 in "));
  g_assert_nonnull (strstr (result->detail, "; /readyz: HTTP 200 in "));

  g_strfreev (check->probe_paths);
  check->probe_paths = g_strdupv ((char **)bad);
  result = run (check, &outcome);
  g_assert_false (result->passed);
  g_assert_nonnull (strstr (result->detail, "; /startupz: HTTP 503 in "));

  /* Nothing listening: one reason, not one a path. */
  g_free (check->target);
  check->target = g_strdup_printf ("http://127.0.0.1:%u", closed_port ());
  result = run (check, &outcome);
  g_assert_false (result->passed);
  g_assert_cmpstr (result->detail, ==, "connection refused (every path)");

  g_strfreev (check->probe_paths);
  check->probe_paths = NULL;
  result = run (check, &outcome);
  g_assert_false (result->passed);
  g_assert_cmpstr (result->detail, ==, "no probe paths: give the health endpoints in Knowledge");

  outcome_clear (&outcome);
}

/* An item's check from the plan: the probe paths are the answers', and
 * a base URL sends HTTP and probe checks to another environment. */
static void
test_for_item (void)
{
  g_autoptr(PodliftProject) project = podlift_project_new ();
  g_autoptr(PodliftChecklistItem) item = podlift_checklist_item_new ();
  g_autoptr(PodliftLiveCheck) check = NULL;
  g_autoptr(GError) error = NULL;
  PodliftAppProfile *profile = podlift_project_get_profile (project);

  podlift_checklist_item_set_id (item, "readiness");
  check = podlift_live_check_new_for_item (project, item, NULL, &error);
  g_assert_null (check);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "“readiness” has no live check");
  g_clear_error (&error);

  podlift_checklist_item_set_check_kind (item, PODLIFT_CHECK_KIND_HTTP);
  podlift_checklist_item_set_check_target (item, "https://shop.example.com/readyz?full=1");
  podlift_checklist_item_set_check_max_latency_ms (item, 500);
  podlift_checklist_item_set_check_follow_redirects (item, FALSE);
  check = podlift_live_check_new_for_item (project, item, "http://127.0.0.1:8080/pre/", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (check->id, ==, "readiness");
  g_assert_cmpstr (check->target, ==, "http://127.0.0.1:8080/pre/readyz?full=1");
  g_assert_cmpuint (check->max_latency_ms, ==, 500);
  g_assert_false (check->follow_redirects);
  g_assert_true (check->verify_tls);
  g_clear_pointer (&check, podlift_live_check_free);

  podlift_app_profile_set_liveness_path (profile, "/healthz");
  podlift_app_profile_set_readiness_path (profile, "/readyz");
  podlift_app_profile_set_startup_path (profile, "/healthz");
  podlift_checklist_item_set_check_kind (item, PODLIFT_CHECK_KIND_PROBE);
  podlift_checklist_item_set_check_target (item, "https://shop.example.com");
  check = podlift_live_check_new_for_item (project, item, "http://localhost:9000", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (check->target, ==, "http://localhost:9000");
  g_assert_cmpuint (g_strv_length (check->probe_paths), ==, 2);
  g_assert_cmpstr (check->probe_paths[1], ==, "/readyz");
  g_clear_pointer (&check, podlift_live_check_free);

  /* A base URL that is not one is bad usage, for both kinds. */
  g_assert_null (podlift_live_check_new_for_item (project, item, "ftp://nowhere", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  podlift_checklist_item_set_check_kind (item, PODLIFT_CHECK_KIND_HTTP);
  g_assert_null (podlift_live_check_new_for_item (project, item, "ftp://nowhere", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "“ftp://nowhere” is not an http or https URL");
}

static void
test_dns (void)
{
  Outcome outcome = { 0, };
  g_autoptr(PodliftLiveCheck) check = podlift_live_check_new (PODLIFT_CHECK_KIND_DNS, "localhost");
  PodliftCheckResult *result;

  result = run (check, &outcome);
  g_assert_true (result->passed);
  g_assert_true (g_str_has_prefix (result->detail, "localhost → "));
  g_assert_nonnull (strstr (result->detail, "127.0.0.1"));

  check->expect = g_strdup ("127.0.0.1");
  g_assert_true (run (check, &outcome)->passed);

  /* A name: the same addresses. */
  g_free (check->expect);
  check->expect = g_strdup ("localhost");
  g_assert_true (run (check, &outcome)->passed);

  g_free (check->expect);
  check->expect = g_strdup ("192.0.2.10");
  result = run (check, &outcome);
  g_assert_false (result->passed);
  g_assert_true (g_str_has_suffix (result->detail, ", not 192.0.2.10"));

  /* A URL's host is looked up. */
  g_clear_pointer (&check->expect, g_free);
  g_free (check->target);
  check->target = g_strdup ("http://localhost:8080/readyz");
  result = run (check, &outcome);
  g_assert_true (result->passed);
  g_assert_true (g_str_has_prefix (result->detail, "localhost → "));

  /* .invalid never resolves (RFC 6761). */
  g_free (check->target);
  check->target = g_strdup ("podlift-test.invalid");
  check->timeout_ms = 5000;
  result = run (check, &outcome);
  g_assert_false (result->passed);

  outcome_clear (&outcome);
}

static void
test_tcp (void)
{
  Outcome outcome = { 0, };
  g_autofree char *open = g_strdup_printf ("127.0.0.1:%u", servers.port);
  g_autofree char *closed = g_strdup_printf ("127.0.0.1:%u", closed_port ());
  g_autoptr(PodliftLiveCheck) check = podlift_live_check_new (PODLIFT_CHECK_KIND_TCP, open);
  PodliftCheckResult *result;

  result = run (check, &outcome);
  g_assert_true (result->passed);
  g_assert_true (g_str_has_prefix (result->detail, open));
  g_assert_nonnull (strstr (result->detail, " connected in "));

  g_free (check->target);
  check->target = g_strdup (closed);
  result = run (check, &outcome);
  g_assert_false (result->passed);
  g_assert_true (g_str_has_suffix (result->detail, ": connection refused"));

  g_free (check->target);
  check->target = g_strdup ("db.internal");
  result = run (check, &outcome);
  g_assert_false (result->passed);
  g_assert_cmpstr (result->detail, ==, "“db.internal” is not HOST:PORT");

  outcome_clear (&outcome);
}

/* An answer that never comes: the check ends at its timeout, as a
 * failed check, not an error. */
static void
test_timeout (void)
{
  Outcome outcome = { 0, };
  g_autoptr(PodliftLiveCheck) check = http_check (servers.base, "/hang");
  PodliftCheckResult *result;
  gint64 started = g_get_monotonic_time ();

  check->timeout_ms = 250;
  result = run (check, &outcome);
  g_assert_false (result->passed);
  g_assert_cmpstr (result->detail, ==, "timed out after 250 ms");
  g_assert_cmpint ((g_get_monotonic_time () - started) / 1000, >=, 250);
  g_assert_cmpint ((g_get_monotonic_time () - started) / 1000, <, 2000);

  outcome_clear (&outcome);
}

static gboolean
cancel_cb (gpointer user_data)
{
  g_cancellable_cancel (user_data);

  return G_SOURCE_REMOVE;
}

static void
test_cancel (void)
{
  Outcome outcome = { 0, };
  g_autoptr(PodliftLiveCheck) check = http_check (servers.base, "/hang");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  gint64 started = g_get_monotonic_time ();

  g_timeout_add (50, cancel_cb, cancellable);
  podlift_live_check_run_async (check, cancellable, run_cb, &outcome);
  wait_for (&outcome);
  g_assert_null (outcome.result);
  g_assert_error (outcome.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpint ((g_get_monotonic_time () - started) / 1000, <, 2000);

  outcome_clear (&outcome);
}

/* Three slow answers at once take about as long as one. */
static void
test_parallel (void)
{
  Outcome outcome = { 0, };
  g_autoptr(GPtrArray) checks = g_ptr_array_new_with_free_func ((GDestroyNotify)podlift_live_check_free);
  gint64 started = g_get_monotonic_time ();
  g_autofree char *closed = g_strdup_printf ("127.0.0.1:%u", closed_port ());

  for (guint i = 0; i < 3; i++)
    g_ptr_array_add (checks, http_check (servers.base, "/slow"));
  g_ptr_array_add (checks, podlift_live_check_new (PODLIFT_CHECK_KIND_TCP, closed));

  podlift_live_checks_run_async (checks, NULL, run_all_cb, &outcome);
  wait_for (&outcome);
  g_assert_no_error (outcome.error);
  g_assert_cmpuint (outcome.results->len, ==, 4);
  for (guint i = 0; i < 3; i++)
    g_assert_true (((PodliftCheckResult *)g_ptr_array_index (outcome.results, i))->passed);
  g_assert_false (((PodliftCheckResult *)g_ptr_array_index (outcome.results, 3))->passed);
  g_assert_cmpint ((g_get_monotonic_time () - started) / 1000, <, 800);

  outcome_clear (&outcome);
}

/* A result goes to the timeline, and a pass ticks the item unless the
 * item says not to. */
static void
test_record (void)
{
  g_autoptr(PodliftChecklist) checklist = podlift_checklist_new ();
  g_autoptr(PodliftChecklistItem) item = podlift_checklist_item_new ();
  GListModel *timeline = G_LIST_MODEL (podlift_checklist_get_timeline (checklist));
  g_autoptr(PodliftTimelineEntry) entry = NULL;

  podlift_checklist_item_set_id (item, "readiness");
  podlift_checklist_item_set_title (item, "Readiness answers");
  g_list_store_append (podlift_checklist_get_items (checklist), item);

  podlift_checklist_record_check (checklist, item, FALSE, "HTTP 503 in 4 ms, expected 2xx", 4, TRUE);
  g_assert_cmpint (podlift_checklist_item_get_state (item), ==, PODLIFT_ITEM_STATE_TODO);
  g_assert_cmpuint (g_list_model_get_n_items (timeline), ==, 1);
  entry = g_list_model_get_item (timeline, 0);
  g_assert_cmpint (podlift_timeline_entry_get_kind (entry), ==, PODLIFT_TIMELINE_KIND_CHECK);
  g_assert_false (podlift_timeline_entry_get_passed (entry));
  g_assert_cmpuint (podlift_timeline_entry_get_latency_ms (entry), ==, 4);
  g_assert_cmpstr (podlift_timeline_entry_get_text (entry), ==,
                   "Check failed: Readiness answers — HTTP 503 in 4 ms, expected 2xx");
  g_assert_cmpint (podlift_checklist_item_get_checked_at (item), >, 1700000000);
  g_assert_false (podlift_checklist_item_get_check_passed (item));
  g_clear_object (&entry);

  /* Not ticked when a rehearsal runs elsewhere, nor when the item says so. */
  podlift_checklist_record_check (checklist, item, TRUE, "HTTP 200 in 3 ms", 3, FALSE);
  g_assert_cmpint (podlift_checklist_item_get_state (item), ==, PODLIFT_ITEM_STATE_TODO);
  podlift_checklist_item_set_check_ticks (item, FALSE);
  podlift_checklist_record_check (checklist, item, TRUE, "HTTP 200 in 3 ms", 3, TRUE);
  g_assert_cmpint (podlift_checklist_item_get_state (item), ==, PODLIFT_ITEM_STATE_TODO);

  podlift_checklist_item_set_check_ticks (item, TRUE);
  podlift_checklist_record_check (checklist, item, TRUE, "HTTP 200 in 3 ms", 3, TRUE);
  g_assert_true (podlift_checklist_item_get_done (item));
  g_assert_cmpint (podlift_checklist_item_get_done_at (item), >, 1700000000);
  g_assert_cmpstr (podlift_checklist_item_get_check_result (item), ==, "HTTP 200 in 3 ms");

  /* The check's entry, then the tick's. */
  g_assert_cmpuint (g_list_model_get_n_items (timeline), ==, 5);
  entry = g_list_model_get_item (timeline, 4);
  g_assert_cmpint (podlift_timeline_entry_get_kind (entry), ==, PODLIFT_TIMELINE_KIND_STATE);
  g_assert_cmpstr (podlift_timeline_entry_get_text (entry), ==, "Done: Readiness answers");
}

/* A registry that wants a Bearer token, and its token service: the
 * tag 1.0 is an OCI index of two images, 1.1 a Docker manifest. */
#define TOKEN "tok-4f2a"
#define CHILD_DIGEST "sha256:1111111111111111111111111111111111111111111111111111111111111111"
#define INDEX_DIGEST "sha256:2222222222222222222222222222222222222222222222222222222222222222"

static const char index_json[] =
  "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.index.v1+json\",\"manifests\":["
  "{\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\",\"digest\":\"sha256:3333\",\"size\":400,"
  "\"platform\":{\"os\":\"linux\",\"architecture\":\"arm64\"}},"
  "{\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\",\"digest\":\"" CHILD_DIGEST "\",\"size\":400,"
  "\"platform\":{\"os\":\"linux\",\"architecture\":\"amd64\"}}]}";
static const char manifest_json[] =
  "{\"schemaVersion\":2,\"mediaType\":\"%s\","
  "\"config\":{\"mediaType\":\"application/vnd.oci.image.config.v1+json\",\"digest\":\"sha256:44\",\"size\":1000},"
  "\"layers\":[{\"digest\":\"sha256:55\",\"size\":2000000},{\"digest\":\"sha256:66\",\"size\":500000}]}";

static SoupServer *registry;
static char *registry_host;
static guint token_requests;

static void
token_cb (SoupServer        *server,
          SoupServerMessage *message,
          const char        *path,
          GHashTable        *query,
          gpointer           user_data)
{
  token_requests++;
  if (query == NULL ||
      g_strcmp0 (g_hash_table_lookup (query, "service"), "podlift-test") != 0 ||
      g_strcmp0 (g_hash_table_lookup (query, "scope"), "repository:team/app:pull") != 0)
    {
      soup_server_message_set_status (message, 400, NULL);
      return;
    }

  soup_server_message_set_status (message, 200, NULL);
  soup_server_message_set_response (message, "application/json", SOUP_MEMORY_STATIC,
                                    "{\"token\":\"" TOKEN "\",\"expires_in\":300}",
                                    strlen ("{\"token\":\"" TOKEN "\",\"expires_in\":300}"));
}

static void
respond_json (SoupServerMessage *message,
              const char        *type,
              const char        *digest,
              const char        *json)
{
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (message);

  soup_server_message_set_status (message, 200, NULL);
  if (digest != NULL)
    soup_message_headers_replace (headers, "Docker-Content-Digest", digest);
  soup_server_message_set_response (message, type, SOUP_MEMORY_COPY, json, strlen (json));
}

static void
registry_cb (SoupServer        *server,
             SoupServerMessage *message,
             const char        *path,
             GHashTable        *query,
             gpointer           user_data)
{
  SoupMessageHeaders *request = soup_server_message_get_request_headers (message);
  const char *authorization = soup_message_headers_get_one (request, "Authorization");
  g_autofree char *challenge = NULL;
  g_autofree char *oci = g_strdup_printf (manifest_json, "application/vnd.oci.image.manifest.v1+json");
  g_autofree char *docker = g_strdup_printf (manifest_json, "application/vnd.docker.distribution.manifest.v2+json");

  if (g_strcmp0 (authorization, "Bearer " TOKEN) != 0)
    {
      challenge = g_strdup_printf ("Bearer realm=\"http://%s/token\",service=\"podlift-test\","
                                   "scope=\"repository:team/app:pull\"", registry_host);
      soup_message_headers_replace (soup_server_message_get_response_headers (message),
                                    "WWW-Authenticate", challenge);
      soup_server_message_set_status (message, 401, NULL);
      return;
    }

  if (g_str_equal (path, "/v2/team/app/manifests/1.0"))
    respond_json (message, "application/vnd.oci.image.index.v1+json", INDEX_DIGEST, index_json);
  else if (g_str_equal (path, "/v2/team/app/manifests/" CHILD_DIGEST))
    respond_json (message, "application/vnd.oci.image.manifest.v1+json", CHILD_DIGEST, oci);
  else if (g_str_equal (path, "/v2/team/app/manifests/1.1"))
    respond_json (message, "application/vnd.docker.distribution.manifest.v2+json", NULL, docker);
  else
    {
      const char *error = "{\"errors\":[{\"code\":\"MANIFEST_UNKNOWN\",\"message\":\"manifest unknown\"}]}";

      soup_server_message_set_status (message, 404, NULL);
      soup_server_message_set_response (message, "application/json", SOUP_MEMORY_STATIC, error, strlen (error));
    }
}

static void
start_registry (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *base = NULL;

  registry = soup_server_new (NULL, NULL);
  soup_server_add_handler (registry, "/v2", registry_cb, NULL, NULL);
  soup_server_add_handler (registry, "/token", token_cb, NULL, NULL);
  soup_server_listen_local (registry, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);
  base = server_base (registry, "http");
  registry_host = g_strdup (base + strlen ("http://"));
}

static PodliftLiveCheck *
image_check (const char *tag)
{
  g_autofree char *target = g_strdup_printf ("%s/team/app:%s", registry_host, tag);

  return podlift_live_check_new (PODLIFT_CHECK_KIND_IMAGE, target);
}

static void
test_image_token (void)
{
  Outcome outcome = { 0, };
  g_autoptr(PodliftLiveCheck) index = image_check ("1.0");
  g_autoptr(PodliftLiveCheck) docker = image_check ("1.1");
  PodliftCheckResult *result;

  token_requests = 0;
  result = run (index, &outcome);
  g_assert_true (result->passed);
  g_assert_cmpuint (token_requests, ==, 1);
  g_assert_cmpstr (result->digest, ==, INDEX_DIGEST);
  g_assert_cmpstr (result->media_type, ==, "application/vnd.oci.image.index.v1+json");
  /* the linux/amd64 image: config and layers */
  g_assert_cmpint (result->size, ==, 1000 + 2000000 + 500000);
  g_assert_cmpstr (result->detail, ==,
                   "tag 1.0 found: " INDEX_DIGEST ", OCI index, 2.5\302\240MB compressed (linux/amd64)");

  /* No digest header: the digest of the manifest as sent. */
  result = run (docker, &outcome);
  g_assert_true (result->passed);
  g_assert_cmpstr (result->media_type, ==, "application/vnd.docker.distribution.manifest.v2+json");
  g_assert_cmpint (result->size, ==, 2501000);
  {
    g_autofree char *json = g_strdup_printf (manifest_json, "application/vnd.docker.distribution.manifest.v2+json");
    g_autofree char *sum = g_compute_checksum_for_string (G_CHECKSUM_SHA256, json, -1);
    g_autofree char *digest = g_strconcat ("sha256:", sum, NULL);

    g_assert_cmpstr (result->digest, ==, digest);
  }

  outcome_clear (&outcome);
}

static void
test_image_missing (void)
{
  Outcome outcome = { 0, };
  g_autoptr(PodliftLiveCheck) check = image_check ("9.9");
  g_autofree char *expected = g_strdup_printf ("missing: no tag 9.9 in %s/team/app", registry_host);
  PodliftCheckResult *result;

  result = run (check, &outcome);
  g_assert_false (result->passed);
  g_assert_cmpstr (result->detail, ==, expected);
  g_assert_null (result->digest);

  /* No registry host in the name: nothing to ask. */
  g_free (check->target);
  check->target = g_strdup ("shopfront:1.0");
  result = run (check, &outcome);
  g_assert_false (result->passed);
  g_assert_true (g_str_has_prefix (result->detail, "give the image as REGISTRY/REPOSITORY:TAG"));

  outcome_clear (&outcome);
}

static void
test_image_unreachable (void)
{
  Outcome outcome = { 0, };
  g_autofree char *target = g_strdup_printf ("127.0.0.1:%u/team/app:1.0", closed_port ());
  g_autoptr(PodliftLiveCheck) check = podlift_live_check_new (PODLIFT_CHECK_KIND_IMAGE, target);
  PodliftCheckResult *result;

  result = run (check, &outcome);
  g_assert_false (result->passed);
  g_assert_cmpstr (result->detail, ==, "registry unreachable: connection refused");

  outcome_clear (&outcome);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  start_servers ();
  start_registry ();

  g_test_add_func ("/podlift/live-check/http/status", test_http_status);
  g_test_add_func ("/podlift/live-check/http/latency", test_http_latency);
  g_test_add_func ("/podlift/live-check/http/redirect", test_http_redirect);
  g_test_add_func ("/podlift/live-check/http/tls", test_http_tls);
  g_test_add_func ("/podlift/live-check/probe", test_probe);
  g_test_add_func ("/podlift/live-check/for-item", test_for_item);
  g_test_add_func ("/podlift/live-check/dns", test_dns);
  g_test_add_func ("/podlift/live-check/tcp", test_tcp);
  g_test_add_func ("/podlift/live-check/timeout", test_timeout);
  g_test_add_func ("/podlift/live-check/cancel", test_cancel);
  g_test_add_func ("/podlift/live-check/parallel", test_parallel);
  g_test_add_func ("/podlift/live-check/record", test_record);
  g_test_add_func ("/podlift/live-check/image/token", test_image_token);
  g_test_add_func ("/podlift/live-check/image/missing", test_image_missing);
  g_test_add_func ("/podlift/live-check/image/unreachable", test_image_unreachable);

  status = g_test_run ();

  g_clear_object (&servers.http);
  g_clear_object (&servers.https);
  g_clear_object (&registry);
  g_free (registry_host);
  g_free (servers.base);
  g_free (servers.tls_base);
  if (servers.tmp != NULL)
    {
      g_autofree char *cert = g_build_filename (servers.tmp, "cert.pem", NULL);
      g_autofree char *key = g_build_filename (servers.tmp, "key.pem", NULL);

      g_remove (cert);
      g_remove (key);
      g_rmdir (servers.tmp);
      g_free (servers.tmp);
    }

  return status;
}
