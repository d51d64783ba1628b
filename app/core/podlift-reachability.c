/* podlift-reachability.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-reachability"

#include "config.h"

#include <glib/gi18n.h>
#include <libsoup/soup.h>

#include "podlift-deadline.h"
#include "podlift-reachability.h"

/* A check tries the dependency directly, without the desktop's proxy: the
 * question is whether this network reaches it, as the pods will have to.
 * The timeout and the caller's cancellable are a PodliftDeadline's; when
 * the caller cancels, the task returns G_IO_ERROR_CANCELLED. */

typedef struct
{
  char            *host;
  guint            port;
  gboolean         http;
  gboolean         https;
  guint            timeout_ms;
  PodliftDeadline  deadline;
  SoupSession     *session;
  SoupMessage     *message;
} Check;

static void
check_free (gpointer data)
{
  Check *check = data;

  podlift_deadline_clear (&check->deadline);
  g_clear_object (&check->message);
  g_clear_object (&check->session);
  g_free (check->host);
  g_free (check);
}

void
podlift_reachability_free (PodliftReachability *result)
{
  if (result == NULL)
    return;

  g_free (result->summary);
  g_free (result);
}

static char *
format_timeout (guint timeout_ms)
{
  if (timeout_ms % 1000 == 0)
    /* Translators: a check that got no answer, e.g. "Timed out after 3 s" */
    return g_strdup_printf (_("Timed out after %u s"), timeout_ms / 1000);

  /* Translators: a check that got no answer, e.g. "Timed out after 500 ms" */
  return g_strdup_printf (_("Timed out after %u ms"), timeout_ms);
}

/* What went wrong, in words a user understands. */
static char *
describe_error (Check        *check,
                const GError *error)
{
  if (check->deadline.timed_out || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
    return format_timeout (check->timeout_ms);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CONNECTION_REFUSED))
    return g_strdup (_("Connection refused"));
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_HOST_UNREACHABLE))
    return g_strdup (_("Host unreachable"));
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NETWORK_UNREACHABLE))
    return g_strdup (_("Network unreachable"));
  if (g_error_matches (error, G_RESOLVER_ERROR, G_RESOLVER_ERROR_NOT_FOUND))
    return g_strdup (_("Host name not found"));
  if (error->domain == G_TLS_ERROR)
    /* Translators: %s is the TLS library's message */
    return g_strdup_printf (_("TLS handshake failed: %s"), error->message);

  /* Translators: %s is the system's message */
  return g_strdup_printf (_("Could not connect: %s"), error->message);
}

/* Returns the outcome of @check: reached with @summary, or not reached
 * because of @error. A cancelled caller gets G_IO_ERROR_CANCELLED from
 * GTask itself. */
static void
check_return (GTask        *task,
              gboolean      reachable,
              char         *summary,
              const GError *error)
{
  Check *check = g_task_get_task_data (task);
  PodliftReachability *result = g_new0 (PodliftReachability, 1);

  if (podlift_deadline_return_if_cancelled (&check->deadline, task))
    {
      podlift_reachability_free (result);
      g_free (summary);
      return;
    }

  result->reachable = reachable;
  result->elapsed_ms = podlift_deadline_elapsed_ms (&check->deadline);
  result->summary = summary != NULL ? summary : describe_error (check, error);
  g_task_return_pointer (task, result, (GDestroyNotify)podlift_reachability_free);
}

static void
connect_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Check *check = g_task_get_task_data (task);
  g_autoptr(GSocketConnection) connection = NULL;
  g_autoptr(GError) error = NULL;

  connection = g_socket_client_connect_to_host_finish (G_SOCKET_CLIENT (object), result, &error);
  if (connection == NULL)
    {
      check_return (task, FALSE, NULL, error);
      return;
    }

  g_io_stream_close (G_IO_STREAM (connection), NULL, NULL);
  /* Translators: a TCP check that worked, e.g. "Connected in 3 ms" */
  check_return (task, TRUE,
                g_strdup_printf (_("Connected in %u ms"),
                                 podlift_deadline_elapsed_ms (&check->deadline)),
                NULL);
}

static void
check_tcp (GTask *task)
{
  Check *check = g_task_get_task_data (task);
  g_autoptr(GSocketClient) client = g_socket_client_new ();

  g_socket_client_set_enable_proxy (client, FALSE);
  g_socket_client_set_timeout (client, (check->timeout_ms + 999) / 1000);
  g_socket_client_connect_to_host_async (client, check->host, check->port, check->deadline.inner,
                                         connect_cb, g_object_ref (task));
}

static void
send_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Check *check = g_task_get_task_data (task);
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GError) error = NULL;
  guint status;

  stream = soup_session_send_finish (SOUP_SESSION (object), result, &error);
  if (stream == NULL)
    {
      check_return (task, FALSE, NULL, error);
      return;
    }

  g_input_stream_close (stream, NULL, NULL);
  status = soup_message_get_status (check->message);
  /* Translators: an HTTP check that got an answer, e.g. "HTTP 200 in 12 ms" */
  check_return (task, TRUE,
                g_strdup_printf (_("HTTP %u in %u ms"), status,
                                 podlift_deadline_elapsed_ms (&check->deadline)),
                NULL);
}

static void
check_http (GTask *task)
{
  Check *check = g_task_get_task_data (task);
  g_autoptr(GUri) uri = NULL;

  uri = g_uri_build (G_URI_FLAGS_NONE, check->https ? "https" : "http", NULL,
                     check->host, check->port != 0 ? (int)check->port : -1, "/", NULL, NULL);
  check->session = soup_session_new_with_options ("timeout", (check->timeout_ms + 999) / 1000,
                                                  "proxy-resolver", NULL,
                                                  NULL);
  check->message = soup_message_new_from_uri (SOUP_METHOD_HEAD, uri);
  soup_session_send_async (check->session, check->message, G_PRIORITY_DEFAULT,
                           check->deadline.inner, send_cb, g_object_ref (task));
}

static gboolean
validate (PodliftDependency  *dependency,
          GError            **error)
{
  const char *host = podlift_dependency_get_host (dependency);
  PodliftProtocol protocol = podlift_dependency_get_protocol (dependency);

  if (host == NULL || host[0] == '\0')
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, _("No host to check"));
      return FALSE;
    }
  if (protocol == PODLIFT_PROTOCOL_UDP)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("UDP has no connection to try"));
      return FALSE;
    }
  if (podlift_dependency_get_port (dependency) == 0 && protocol == PODLIFT_PROTOCOL_TCP)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, _("No port to check"));
      return FALSE;
    }

  return TRUE;
}

/**
 * podlift_reachability_check_async:
 * @timeout_ms: how long to wait for an answer
 *
 * Tries to reach @dependency from this workstation: a TCP connection, or
 * a HEAD request for an HTTP or HTTPS dependency (any HTTP status means
 * it was reached). A dependency without a host, a TCP one without a port
 * and a UDP one fail with G_IO_ERROR_INVALID_ARGUMENT or _NOT_SUPPORTED.
 */
void
podlift_reachability_check_async (PodliftDependency   *dependency,
                                  guint                timeout_ms,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  PodliftProtocol protocol;
  Check *check;

  g_return_if_fail (PODLIFT_IS_DEPENDENCY (dependency));
  g_return_if_fail (timeout_ms > 0);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, podlift_reachability_check_async);

  if (!validate (dependency, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  protocol = podlift_dependency_get_protocol (dependency);
  check = g_new0 (Check, 1);
  check->host = g_strdup (podlift_dependency_get_host (dependency));
  check->port = podlift_dependency_get_port (dependency);
  check->http = protocol == PODLIFT_PROTOCOL_HTTP || protocol == PODLIFT_PROTOCOL_HTTPS;
  check->https = protocol == PODLIFT_PROTOCOL_HTTPS;
  check->timeout_ms = timeout_ms;
  g_task_set_task_data (task, check, check_free);
  podlift_deadline_start (&check->deadline, timeout_ms, cancellable);

  if (check->http)
    check_http (task);
  else
    check_tcp (task);
}

/**
 * podlift_reachability_check_finish:
 *
 * Returns: (transfer full): whether the dependency was reached and how;
 *   NULL with G_IO_ERROR_CANCELLED when cancelled, or an error when the
 *   dependency cannot be checked
 */
PodliftReachability *
podlift_reachability_check_finish (GAsyncResult  *result,
                                   GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == podlift_reachability_check_async,
                        NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
