/* test-reachability.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <libsoup/soup.h>

#include "podlift-reachability.h"

/* Checks on loopback only: a listening socket, a closed port, an HTTP
 * server, and a check cancelled in flight. No other address is ever
 * tried. */

typedef struct
{
  PodliftReachability *result;
  GError              *error;
  gboolean             done;
} Outcome;

static void
outcome_clear (Outcome *outcome)
{
  g_clear_pointer (&outcome->result, podlift_reachability_free);
  g_clear_error (&outcome->error);
}

static void
check_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  Outcome *outcome = user_data;

  outcome->result = podlift_reachability_check_finish (result, &outcome->error);
  outcome->done = TRUE;
}

static void
wait_for (Outcome *outcome)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!outcome->done && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (outcome->done);
}

static PodliftDependency *
loopback (guint           port,
          PodliftProtocol protocol)
{
  PodliftDependency *dependency = podlift_dependency_new ();

  podlift_dependency_set_host (dependency, "127.0.0.1");
  podlift_dependency_set_port (dependency, port);
  podlift_dependency_set_protocol (dependency, protocol);

  return dependency;
}

/* A port on 127.0.0.1 that nothing listens on: bound, then closed. */
static guint
closed_port (void)
{
  g_autoptr(GSocketListener) listener = g_socket_listener_new ();
  g_autoptr(GError) error = NULL;
  guint16 port = g_socket_listener_add_any_inet_port (listener, NULL, &error);

  g_assert_no_error (error);
  g_socket_listener_close (listener);

  return port;
}

static guint
listen_on_loopback (GSocketListener *listener)
{
  g_autoptr(GInetAddress) address = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) any_port = g_inet_socket_address_new (address, 0);
  g_autoptr(GSocketAddress) bound = NULL;
  g_autoptr(GError) error = NULL;

  g_socket_listener_add_address (listener, any_port, G_SOCKET_TYPE_STREAM,
                                 G_SOCKET_PROTOCOL_TCP, NULL, &bound, &error);
  g_assert_no_error (error);

  return g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound));
}

static void
test_tcp_reachable (void)
{
  g_autoptr(GSocketListener) listener = g_socket_listener_new ();
  g_autoptr(PodliftDependency) dependency = loopback (listen_on_loopback (listener),
                                                      PODLIFT_PROTOCOL_TCP);
  Outcome outcome = { 0 };

  podlift_reachability_check_async (dependency, 3000, NULL, check_cb, &outcome);
  wait_for (&outcome);

  g_assert_no_error (outcome.error);
  g_assert_true (outcome.result->reachable);
  g_assert_true (g_str_has_prefix (outcome.result->summary, "Connected in "));
  g_assert_true (g_str_has_suffix (outcome.result->summary, " ms"));
  g_assert_cmpuint (outcome.result->elapsed_ms, <, 3000);
  outcome_clear (&outcome);
}

static void
test_tcp_refused (void)
{
  g_autoptr(PodliftDependency) dependency = loopback (closed_port (), PODLIFT_PROTOCOL_TCP);
  Outcome outcome = { 0 };

  podlift_reachability_check_async (dependency, 3000, NULL, check_cb, &outcome);
  wait_for (&outcome);

  g_assert_no_error (outcome.error);
  g_assert_false (outcome.result->reachable);
  g_assert_cmpstr (outcome.result->summary, ==, "Connection refused");
  outcome_clear (&outcome);
}

static void
server_cb (SoupServer        *server,
           SoupServerMessage *message,
           const char        *path,
           GHashTable        *query,
           gpointer           user_data)
{
  guint *requests = user_data;

  (*requests)++;
  soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (message, "text/plain", SOUP_MEMORY_STATIC, "ok\n", 3);
}

static guint
serve_http (SoupServer *server,
            guint      *requests)
{
  g_autoptr(GError) error = NULL;
  g_autoslist(GUri) uris = NULL;

  soup_server_add_handler (server, "/", server_cb, requests, NULL);
  soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (server);
  g_assert_nonnull (uris);
  g_assert_cmpstr (g_uri_get_host (uris->data), ==, "127.0.0.1");

  return g_uri_get_port (uris->data);
}

static void
test_http_status (void)
{
  g_autoptr(SoupServer) server = soup_server_new (NULL, NULL);
  g_autoptr(PodliftDependency) dependency = NULL;
  Outcome outcome = { 0 };
  guint requests = 0;

  dependency = loopback (serve_http (server, &requests), PODLIFT_PROTOCOL_HTTP);
  podlift_reachability_check_async (dependency, 3000, NULL, check_cb, &outcome);
  wait_for (&outcome);

  g_assert_no_error (outcome.error);
  g_assert_true (outcome.result->reachable);
  g_assert_true (g_str_has_prefix (outcome.result->summary, "HTTP 200 in "));
  g_assert_true (g_str_has_suffix (outcome.result->summary, " ms"));
  g_assert_cmpuint (requests, ==, 1);
  outcome_clear (&outcome);
}

static void
test_http_refused (void)
{
  g_autoptr(PodliftDependency) dependency = loopback (closed_port (), PODLIFT_PROTOCOL_HTTP);
  Outcome outcome = { 0 };

  podlift_reachability_check_async (dependency, 3000, NULL, check_cb, &outcome);
  wait_for (&outcome);

  g_assert_no_error (outcome.error);
  g_assert_false (outcome.result->reachable);
  g_assert_cmpstr (outcome.result->summary, ==, "Connection refused");
  outcome_clear (&outcome);
}

/* A listener that accepts connections (the kernel does) and never
 * answers: an HTTP check to it waits for a status line. */
static void
test_http_times_out (void)
{
  g_autoptr(GSocketListener) listener = g_socket_listener_new ();
  g_autoptr(PodliftDependency) dependency = loopback (listen_on_loopback (listener),
                                                      PODLIFT_PROTOCOL_HTTP);
  Outcome outcome = { 0 };

  podlift_reachability_check_async (dependency, 300, NULL, check_cb, &outcome);
  wait_for (&outcome);

  g_assert_no_error (outcome.error);
  g_assert_false (outcome.result->reachable);
  g_assert_cmpstr (outcome.result->summary, ==, "Timed out after 300 ms");
  g_assert_cmpuint (outcome.result->elapsed_ms, >=, 300);
  g_assert_cmpuint (outcome.result->elapsed_ms, <, 3000);
  outcome_clear (&outcome);
}

static gboolean
cancel_cb (gpointer user_data)
{
  g_cancellable_cancel (user_data);

  return G_SOURCE_REMOVE;
}

static void
test_cancel_in_flight (void)
{
  g_autoptr(GSocketListener) listener = g_socket_listener_new ();
  g_autoptr(PodliftDependency) dependency = loopback (listen_on_loopback (listener),
                                                      PODLIFT_PROTOCOL_HTTP);
  g_autoptr(PodliftDependency) closed = loopback (closed_port (), PODLIFT_PROTOCOL_TCP);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  gint64 started = g_get_monotonic_time ();
  Outcome outcome = { 0 };

  podlift_reachability_check_async (dependency, 5000, cancellable, check_cb, &outcome);
  g_timeout_add (50, cancel_cb, cancellable);
  wait_for (&outcome);

  g_assert_error (outcome.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (outcome.result);
  g_assert_cmpint (g_get_monotonic_time () - started, <, 2 * G_USEC_PER_SEC);
  outcome_clear (&outcome);

  /* Cancelled before it starts: the same. */
  outcome.done = FALSE;
  podlift_reachability_check_async (closed, 3000, cancellable, check_cb, &outcome);
  wait_for (&outcome);
  g_assert_error (outcome.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  outcome_clear (&outcome);
}

static void
test_cannot_check (void)
{
  g_autoptr(PodliftDependency) no_host = podlift_dependency_new ();
  g_autoptr(PodliftDependency) udp = loopback (5353, PODLIFT_PROTOCOL_UDP);
  g_autoptr(PodliftDependency) no_port = loopback (0, PODLIFT_PROTOCOL_TCP);
  Outcome outcome = { 0 };

  podlift_reachability_check_async (no_host, 3000, NULL, check_cb, &outcome);
  wait_for (&outcome);
  g_assert_error (outcome.error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (outcome.error->message, ==, "No host to check");
  outcome_clear (&outcome);

  outcome.done = FALSE;
  podlift_reachability_check_async (udp, 3000, NULL, check_cb, &outcome);
  wait_for (&outcome);
  g_assert_error (outcome.error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
  outcome_clear (&outcome);

  outcome.done = FALSE;
  podlift_reachability_check_async (no_port, 3000, NULL, check_cb, &outcome);
  wait_for (&outcome);
  g_assert_error (outcome.error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  outcome_clear (&outcome);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/podlift/reachability/tcp-reachable", test_tcp_reachable);
  g_test_add_func ("/podlift/reachability/tcp-refused", test_tcp_refused);
  g_test_add_func ("/podlift/reachability/http-status", test_http_status);
  g_test_add_func ("/podlift/reachability/http-refused", test_http_refused);
  g_test_add_func ("/podlift/reachability/http-times-out", test_http_times_out);
  g_test_add_func ("/podlift/reachability/cancel-in-flight", test_cancel_in_flight);
  g_test_add_func ("/podlift/reachability/cannot-check", test_cannot_check);

  return g_test_run ();
}
