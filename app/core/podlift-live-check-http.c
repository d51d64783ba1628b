/* podlift-live-check-http.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-live-check"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "podlift-live-check-private.h"

/* HTTP checks with libsoup: one URL, or the probe paths of the new
 * service under a base URL. Latency is the time to the response's
 * headers; the body is not read. TLS certificates are verified unless
 * the check says not to, and redirects are followed unless it says not
 * to (then a 3xx is the answer). */

typedef struct
{
  PodliftCheckRun   *run;
  PodliftHttpAnswer *answer;
  SoupMessage       *message;
  gint64             started;
} Request;

static void
request_free (gpointer data)
{
  Request *request = data;

  g_clear_pointer (&request->answer, podlift_http_answer_free);
  g_clear_object (&request->message);
  g_free (request);
}

void
podlift_http_answer_free (PodliftHttpAnswer *answer)
{
  if (answer == NULL)
    return;

  g_free (answer->url);
  g_free (answer->location);
  g_clear_error (&answer->error);
  g_free (answer);
}

static gboolean
accept_certificate_cb (SoupMessage          *message,
                       GTlsCertificate      *certificate,
                       GTlsCertificateFlags  errors,
                       gpointer              user_data)
{
  Request *request = user_data;

  request->answer->tls_errors = errors;

  return !request->run->check->verify_tls;
}

static void
answer_return (GTask *task)
{
  Request *request = g_task_get_task_data (task);

  g_task_return_pointer (task, g_steal_pointer (&request->answer),
                         (GDestroyNotify)podlift_http_answer_free);
}

static void
close_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;

  /* The body was not wanted: closing early may fail, and that is fine. */
  g_input_stream_close_finish (G_INPUT_STREAM (object), result, NULL);
  answer_return (task);
}

static void
send_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Request *request = g_task_get_task_data (task);
  PodliftHttpAnswer *answer = request->answer;
  g_autoptr(GInputStream) stream = NULL;

  stream = soup_session_send_finish (SOUP_SESSION (object), result, &answer->error);
  answer->latency_ms = (guint)((g_get_monotonic_time () - request->started) / 1000);
  if (stream == NULL)
    {
      answer_return (task);
      return;
    }

  answer->status = soup_message_get_status (request->message);
  answer->location = g_strdup (soup_message_headers_get_one (soup_message_get_response_headers (request->message),
                                                             "Location"));
  g_input_stream_close_async (stream, G_PRIORITY_DEFAULT, NULL, close_cb, g_steal_pointer (&task));
}

/* Sends @url with @run's method, TLS and redirect settings; the answer
 * holds the error, if any, never the task. */
void
podlift_live_check_request_async (PodliftCheckRun     *run,
                                  const char          *url,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, NULL, callback, user_data);
  Request *request = g_new0 (Request, 1);
  const char *method = run->check->method ? run->check->method : SOUP_METHOD_GET;

  request->run = run;
  request->answer = g_new0 (PodliftHttpAnswer, 1);
  request->answer->url = g_strdup (url);
  g_task_set_task_data (task, request, request_free);

  if (url == NULL || !(g_str_has_prefix (url, "http://") || g_str_has_prefix (url, "https://")) ||
      !(request->message = soup_message_new (method, url)))
    {
      g_set_error (&request->answer->error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("“%s” is not an http or https URL"), url ? url : "");
      answer_return (task);
      return;
    }

  if (!run->check->follow_redirects)
    soup_message_add_flags (request->message, SOUP_MESSAGE_NO_REDIRECT);
  g_signal_connect (request->message, "accept-certificate", G_CALLBACK (accept_certificate_cb), request);

  request->started = g_get_monotonic_time ();
  soup_session_send_async (podlift_check_run_get_session (run), request->message, G_PRIORITY_DEFAULT,
                           run->deadline.inner, send_cb, g_steal_pointer (&task));
}

PodliftHttpAnswer *
podlift_live_check_request_finish (GAsyncResult *result)
{
  return g_task_propagate_pointer (G_TASK (result), NULL);
}

static const char *
describe_tls (GTlsCertificateFlags errors)
{
  if (errors & G_TLS_CERTIFICATE_UNKNOWN_CA)
    return _("signed by an unknown authority");
  if (errors & G_TLS_CERTIFICATE_BAD_IDENTITY)
    return _("made for another host name");
  if (errors & G_TLS_CERTIFICATE_EXPIRED)
    return _("expired");
  if (errors & G_TLS_CERTIFICATE_NOT_ACTIVATED)
    return _("not valid yet");
  if (errors & G_TLS_CERTIFICATE_REVOKED)
    return _("revoked");
  if (errors & G_TLS_CERTIFICATE_INSECURE)
    return _("using an insecure algorithm");
  return _("invalid");
}

/* Whether @answer passes @run's check, and in words what it was. */
static gboolean
judge (PodliftCheckRun   *run,
       PodliftHttpAnswer *answer,
       GString           *detail)
{
  const PodliftLiveCheck *check = run->check;
  gboolean status_ok, latency_ok;

  if (answer->error != NULL)
    {
      g_autofree char *described = NULL;

      if (answer->tls_errors != 0 && check->verify_tls && !run->deadline.timed_out)
        /* Translators: %s says why, e.g. "signed by an unknown authority" */
        g_string_append_printf (detail, _("TLS certificate not trusted: %s"),
                                describe_tls (answer->tls_errors));
      else
        g_string_append (detail, (described = podlift_check_describe_error (run, answer->error)));
      return FALSE;
    }

  status_ok = check->expect_status != 0 ? answer->status == check->expect_status
                                         : answer->status >= 200 && answer->status < 300;
  latency_ok = check->max_latency_ms == 0 || answer->latency_ms <= check->max_latency_ms;

  /* Translators: an HTTP answer, e.g. "HTTP 200 in 12 ms" */
  g_string_append_printf (detail, _("HTTP %u in %u ms"), answer->status, answer->latency_ms);
  if (SOUP_STATUS_IS_REDIRECTION (answer->status) && answer->location != NULL)
    g_string_append_printf (detail, " → %s", answer->location);
  if (!status_ok && check->expect_status != 0)
    /* Translators: after "HTTP 404 in 3 ms" */
    g_string_append_printf (detail, _(", expected %u"), check->expect_status);
  else if (!status_ok)
    g_string_append (detail, _(", expected 2xx"));
  if (!latency_ok)
    /* Translators: after "HTTP 200 in 350 ms": the latency bound */
    g_string_append_printf (detail, _(", more than %u ms"), check->max_latency_ms);

  return status_ok && latency_ok;
}

static void
http_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PodliftCheckRun *run = g_task_get_task_data (task);
  g_autoptr(PodliftHttpAnswer) answer = podlift_live_check_request_finish (result);
  g_autoptr(GString) detail = g_string_new (NULL);
  gboolean passed;

  passed = judge (run, answer, detail);
  run->result->status = answer->status;
  run->result->latency_ms = answer->latency_ms;
  if (passed)
    podlift_check_run_pass (task, "%s", detail->str);
  else
    podlift_check_run_fail (task, "%s", detail->str);
}

void
podlift_live_check_http_start (GTask *task)
{
  PodliftCheckRun *run = g_task_get_task_data (task);

  podlift_live_check_request_async (run, run->check->target, http_cb, g_object_ref (task));
}

/* The probe paths, all at once: the check passes when each does. */
typedef struct
{
  GTask     *task;
  GPtrArray *urls;
  GPtrArray *answers;
  guint      pending;
} Probe;

static gboolean
same_error (PodliftCheckRun *run,
            GPtrArray       *answers,
            GString         *detail)
{
  g_autofree char *first = NULL;

  for (guint i = 0; i < answers->len; i++)
    {
      PodliftHttpAnswer *answer = g_ptr_array_index (answers, i);
      g_autofree char *described = NULL;

      if (answer->error == NULL || answer->tls_errors != 0)
        return FALSE;
      described = podlift_check_describe_error (run, answer->error);
      if (first == NULL)
        first = g_steal_pointer (&described);
      else if (!g_str_equal (first, described))
        return FALSE;
    }

  if (first != NULL)
    /* Translators: every probe path failed the same way, "host name not found (every path)" */
    g_string_append_printf (detail, _("%s (every path)"), first);

  return first != NULL;
}

static void
probe_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  Probe *probe = user_data;
  g_autoptr(GString) detail = g_string_new (NULL);
  PodliftCheckRun *run = g_task_get_task_data (probe->task);
  gboolean passed = TRUE;
  gboolean collapsed;

  g_ptr_array_add (probe->answers, podlift_live_check_request_finish (result));
  if (--probe->pending > 0)
    return;

  /* Nothing answered at all: say why once, not once a path. */
  collapsed = same_error (run, probe->answers, detail);
  if (collapsed)
    passed = FALSE;

  /* In the order of the paths, whatever order the answers came in. */
  for (guint i = 0; !collapsed && run->check->probe_paths[i]; i++)
    for (guint j = 0; j < probe->answers->len; j++)
      {
        PodliftHttpAnswer *answer = g_ptr_array_index (probe->answers, j);

        if (!g_str_equal (answer->url, g_ptr_array_index (probe->urls, i)))
          continue;
        if (detail->len > 0)
          g_string_append (detail, "; ");
        g_string_append_printf (detail, "%s: ", run->check->probe_paths[i]);
        passed &= judge (run, answer, detail);
        run->result->latency_ms = MAX (run->result->latency_ms, answer->latency_ms);
        run->result->status = answer->status;
        break;
      }

  if (passed)
    podlift_check_run_pass (probe->task, "%s", detail->str);
  else
    podlift_check_run_fail (probe->task, "%s", detail->str);

  g_ptr_array_unref (probe->answers);
  g_ptr_array_unref (probe->urls);
  g_object_unref (probe->task);
  g_free (probe);
}

void
podlift_live_check_probe_start (GTask *task)
{
  PodliftCheckRun *run = g_task_get_task_data (task);
  const char *base = run->check->target;
  gsize len = base ? strlen (base) : 0;
  Probe *probe;

  if (run->check->probe_paths == NULL || run->check->probe_paths[0] == NULL)
    {
      podlift_check_run_fail (task, _("no probe paths: give the health endpoints in Knowledge"));
      return;
    }

  while (len > 0 && base[len - 1] == '/')
    len--;

  probe = g_new0 (Probe, 1);
  probe->task = g_object_ref (task);
  probe->answers = g_ptr_array_new_with_free_func ((GDestroyNotify)podlift_http_answer_free);
  probe->urls = g_ptr_array_new_with_free_func (g_free);
  probe->pending = g_strv_length (run->check->probe_paths);

  for (guint i = 0; run->check->probe_paths[i]; i++)
    {
      const char *path = run->check->probe_paths[i];

      g_ptr_array_add (probe->urls, g_strdup_printf ("%.*s%s%s", (int)len, base ? base : "",
                                                     path[0] == '/' ? "" : "/", path));
    }

  /* All added first: an answer may come back at once. */
  for (guint i = 0; i < probe->urls->len; i++)
    podlift_live_check_request_async (run, g_ptr_array_index (probe->urls, i), probe_cb, probe);
}
