/* podlift-live-check.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-live-check"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "podlift-app-profile.h"
#include "podlift-live-check-private.h"

/* A check's settings, its run (timer, cancellation, result) and the
 * parallel runner. The kinds themselves are in -http.c, -net.c and
 * -registry.c. */

PodliftLiveCheck *
podlift_live_check_new (PodliftCheckKind  kind,
                        const char       *target)
{
  PodliftLiveCheck *check = g_new0 (PodliftLiveCheck, 1);

  check->kind = kind;
  check->target = g_strdup (target);
  check->timeout_ms = PODLIFT_CHECK_DEFAULT_TIMEOUT_MS;
  check->verify_tls = TRUE;
  check->follow_redirects = TRUE;

  return check;
}

PodliftLiveCheck *
podlift_live_check_copy (const PodliftLiveCheck *check)
{
  PodliftLiveCheck *copy;

  g_return_val_if_fail (check != NULL, NULL);

  copy = g_memdup2 (check, sizeof *check);
  copy->id = g_strdup (check->id);
  copy->target = g_strdup (check->target);
  copy->method = g_strdup (check->method);
  copy->expect = g_strdup (check->expect);
  copy->probe_paths = g_strdupv (check->probe_paths);

  return copy;
}

void
podlift_live_check_free (PodliftLiveCheck *check)
{
  if (check == NULL)
    return;

  g_free (check->id);
  g_free (check->target);
  g_free (check->method);
  g_free (check->expect);
  g_strfreev (check->probe_paths);
  g_free (check);
}

void
podlift_check_result_free (PodliftCheckResult *result)
{
  if (result == NULL)
    return;

  g_free (result->id);
  g_free (result->target);
  g_free (result->detail);
  g_free (result->digest);
  g_free (result->media_type);
  g_free (result);
}

/* The kinds by the names the bundle and `podlift verify` use. */
const char *
podlift_check_kind_to_string (PodliftCheckKind kind)
{
  switch (kind)
    {
    case PODLIFT_CHECK_KIND_HTTP: return "http";
    case PODLIFT_CHECK_KIND_PROBE: return "probe";
    case PODLIFT_CHECK_KIND_DNS: return "dns";
    case PODLIFT_CHECK_KIND_TCP: return "tcp";
    case PODLIFT_CHECK_KIND_IMAGE: return "image";
    case PODLIFT_CHECK_KIND_NONE:
    default: return "none";
    }
}

/**
 * podlift_live_check_rebase_url:
 * @url: an absolute http or https URL
 * @base_url: another environment's URL, such as http://localhost:8080
 *   (a port-forward) or https://preprod.example.com/shop
 *
 * Returns: @url's path and query under @base_url, or %NULL with @error
 */
char *
podlift_live_check_rebase_url (const char  *url,
                               const char  *base_url,
                               GError     **error)
{
  g_autoptr(GUri) uri = NULL;
  g_autoptr(GUri) base = NULL;
  g_autofree char *path = NULL;
  const char *prefix;
  gsize len;

  g_return_val_if_fail (url != NULL && base_url != NULL, NULL);

  if (!(base = g_uri_parse (base_url, G_URI_FLAGS_NONE, NULL)) ||
      g_uri_get_host (base) == NULL ||
      (g_strcmp0 (g_uri_get_scheme (base), "http") != 0 &&
       g_strcmp0 (g_uri_get_scheme (base), "https") != 0))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("“%s” is not an http or https URL"), base_url);
      return NULL;
    }

  if (!(uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL)))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("“%s” is not a URL"), url);
      return NULL;
    }

  prefix = g_uri_get_path (base);
  len = strlen (prefix);
  while (len > 0 && prefix[len - 1] == '/')
    len--;
  path = g_strdup_printf ("%.*s%s", (int)len, prefix,
                          g_uri_get_path (uri)[0] ? g_uri_get_path (uri) : "/");

  return g_uri_join (G_URI_FLAGS_NONE, g_uri_get_scheme (base), NULL,
                     g_uri_get_host (base), g_uri_get_port (base), path,
                     g_uri_get_query (uri), NULL);
}

static char **
probe_paths (PodliftProject *project)
{
  PodliftAppProfile *profile = podlift_project_get_profile (project);
  const char *paths[] = {
    podlift_app_profile_get_liveness_path (profile),
    podlift_app_profile_get_readiness_path (profile),
    podlift_app_profile_get_startup_path (profile),
  };
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GPtrArray) seen = g_ptr_array_new ();

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      if (paths[i] == NULL || paths[i][0] == '\0' ||
          g_ptr_array_find_with_equal_func (seen, paths[i], g_str_equal, NULL))
        continue;
      g_ptr_array_add (seen, (gpointer)paths[i]);
      g_strv_builder_add (builder, paths[i]);
    }

  return g_strv_builder_end (builder);
}

/* The target, with @base_url for HTTP and probe checks. */
static char *
target_for (PodliftChecklistItem  *item,
            const char            *base_url,
            GError               **error)
{
  const char *target = podlift_checklist_item_get_check_target (item);
  PodliftCheckKind kind = podlift_checklist_item_get_check_kind (item);

  if (base_url != NULL && kind == PODLIFT_CHECK_KIND_PROBE)
    {
      /* Checked as rebase_url checks it. */
      g_autofree char *checked = podlift_live_check_rebase_url ("http://host/", base_url, error);

      return checked ? g_strdup (base_url) : NULL;
    }

  if (target == NULL || target[0] == '\0')
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("“%s” has no target to check"), podlift_checklist_item_get_id (item));
      return NULL;
    }

  if (base_url != NULL && kind == PODLIFT_CHECK_KIND_HTTP)
    return podlift_live_check_rebase_url (target, base_url, error);

  return g_strdup (target);
}

/**
 * podlift_live_check_new_for_item:
 * @base_url: (nullable): where to send HTTP and probe checks instead
 *
 * Returns: the check of @item, or %NULL with @error when it has none or
 *   no target
 */
PodliftLiveCheck *
podlift_live_check_new_for_item (PodliftProject        *project,
                                 PodliftChecklistItem  *item,
                                 const char            *base_url,
                                 GError               **error)
{
  PodliftCheckKind kind;
  PodliftLiveCheck *check;
  g_autofree char *target = NULL;

  g_return_val_if_fail (PODLIFT_IS_PROJECT (project), NULL);
  g_return_val_if_fail (PODLIFT_IS_CHECKLIST_ITEM (item), NULL);

  kind = podlift_checklist_item_get_check_kind (item);
  if (kind == PODLIFT_CHECK_KIND_NONE)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("“%s” has no live check"), podlift_checklist_item_get_id (item));
      return NULL;
    }

  if (!(target = target_for (item, base_url, error)))
    return NULL;

  check = podlift_live_check_new (kind, target);
  check->id = g_strdup (podlift_checklist_item_get_id (item));
  check->method = g_strdup (podlift_checklist_item_get_check_method (item));
  check->expect_status = podlift_checklist_item_get_check_status (item);
  check->max_latency_ms = podlift_checklist_item_get_check_max_latency_ms (item);
  check->timeout_ms = podlift_checklist_item_get_check_timeout_ms (item);
  check->verify_tls = podlift_checklist_item_get_check_verify_tls (item);
  check->follow_redirects = podlift_checklist_item_get_check_follow_redirects (item);
  check->expect = g_strdup (podlift_checklist_item_get_check_expect (item));
  if (kind == PODLIFT_CHECK_KIND_PROBE)
    check->probe_paths = probe_paths (project);

  return check;
}

static void
check_run_free (gpointer data)
{
  PodliftCheckRun *run = data;

  podlift_deadline_clear (&run->deadline);
  g_clear_object (&run->session);
  g_clear_pointer (&run->check, podlift_live_check_free);
  g_clear_pointer (&run->result, podlift_check_result_free);
  g_free (run);
}

/* One session a run: the checks run from this machine as a user's
 * browser would, through the desktop's proxy if there is one. */
SoupSession *
podlift_check_run_get_session (PodliftCheckRun *run)
{
  if (run->session == NULL)
    run->session = soup_session_new_with_options ("user-agent", "Podlift/" PACKAGE_VERSION " ",
                                                  "max-conns-per-host", 8,
                                                  NULL);
  return run->session;
}

static char *
format_timeout (guint timeout_ms)
{
  if (timeout_ms % 1000 == 0)
    /* Translators: a check that got no answer, e.g. "timed out after 3 s" */
    return g_strdup_printf (_("timed out after %u s"), timeout_ms / 1000);

  /* Translators: a check that got no answer, e.g. "timed out after 500 ms" */
  return g_strdup_printf (_("timed out after %u ms"), timeout_ms);
}

/* What went wrong, in words a user understands. */
char *
podlift_check_describe_error (PodliftCheckRun *run,
                              const GError    *error)
{
  if (run->deadline.timed_out || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
    return format_timeout (run->check->timeout_ms);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CONNECTION_REFUSED))
    return g_strdup (_("connection refused"));
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_HOST_UNREACHABLE))
    return g_strdup (_("host unreachable"));
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NETWORK_UNREACHABLE))
    return g_strdup (_("network unreachable"));
  if (g_error_matches (error, G_RESOLVER_ERROR, G_RESOLVER_ERROR_NOT_FOUND))
    return g_strdup (_("host name not found"));
  if (error->domain == G_TLS_ERROR)
    /* Translators: %s is the TLS library's message */
    return g_strdup_printf (_("TLS handshake failed: %s"), error->message);

  return g_strdup (error->message);
}

static void
run_return (GTask    *task,
            gboolean  passed,
            char     *detail)
{
  PodliftCheckRun *run = g_task_get_task_data (task);

  if (podlift_deadline_return_if_cancelled (&run->deadline, task))
    {
      g_free (detail);
      return;
    }

  run->result->passed = passed;
  run->result->detail = detail;
  if (run->result->latency_ms == 0)
    run->result->latency_ms = podlift_deadline_elapsed_ms (&run->deadline);
  g_task_return_pointer (task, g_steal_pointer (&run->result), (GDestroyNotify)podlift_check_result_free);
}

void
podlift_check_run_pass (GTask      *task,
                        const char *format,
                        ...)
{
  va_list args;

  va_start (args, format);
  run_return (task, TRUE, g_strdup_vprintf (format, args));
  va_end (args);
}

void
podlift_check_run_fail (GTask      *task,
                        const char *format,
                        ...)
{
  va_list args;

  va_start (args, format);
  run_return (task, FALSE, g_strdup_vprintf (format, args));
  va_end (args);
}

/* @what: (nullable): what failed, such as "registry unreachable" */
void
podlift_check_run_fail_error (GTask        *task,
                              const char   *what,
                              const GError *error)
{
  PodliftCheckRun *run = g_task_get_task_data (task);
  g_autofree char *described = podlift_check_describe_error (run, error);

  if (what != NULL)
    podlift_check_run_fail (task, "%s: %s", what, described);
  else
    podlift_check_run_fail (task, "%s", described);
}

void
podlift_live_check_run_async (const PodliftLiveCheck *check,
                              GCancellable           *cancellable,
                              GAsyncReadyCallback     callback,
                              gpointer                user_data)
{
  g_autoptr(GTask) task = NULL;
  PodliftCheckRun *run;

  g_return_if_fail (check != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, podlift_live_check_run_async);

  run = g_new0 (PodliftCheckRun, 1);
  run->check = podlift_live_check_copy (check);
  run->result = g_new0 (PodliftCheckResult, 1);
  run->result->id = g_strdup (check->id);
  run->result->kind = check->kind;
  run->result->target = g_strdup (check->target);
  run->result->size = -1;
  g_task_set_task_data (task, run, check_run_free);
  podlift_deadline_start (&run->deadline, MAX (check->timeout_ms, 1), cancellable);

  if (cancellable != NULL && g_cancellable_is_cancelled (cancellable))
    {
      run_return (task, FALSE, NULL);
      return;
    }

  switch (check->kind)
    {
    case PODLIFT_CHECK_KIND_HTTP:
      podlift_live_check_http_start (task);
      break;
    case PODLIFT_CHECK_KIND_PROBE:
      podlift_live_check_probe_start (task);
      break;
    case PODLIFT_CHECK_KIND_DNS:
      podlift_live_check_dns_start (task);
      break;
    case PODLIFT_CHECK_KIND_TCP:
      podlift_live_check_tcp_start (task);
      break;
    case PODLIFT_CHECK_KIND_IMAGE:
      podlift_live_check_image_start (task);
      break;
    case PODLIFT_CHECK_KIND_NONE:
    default:
      podlift_check_run_fail (task, _("no check to run"));
      break;
    }
}

/**
 * podlift_live_check_run_finish:
 *
 * Returns: (transfer full): the result, passed or not; %NULL only when
 *   cancelled
 */
PodliftCheckResult *
podlift_live_check_run_finish (GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == podlift_live_check_run_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

typedef struct
{
  GPtrArray *results;
  guint      pending;
  GError    *error;
} Batch;

typedef struct
{
  GTask *task;
  guint  index;
} BatchSlot;

static void
batch_free (gpointer data)
{
  Batch *batch = data;

  g_clear_pointer (&batch->results, g_ptr_array_unref);
  g_clear_error (&batch->error);
  g_free (batch);
}

static void
batch_run_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  BatchSlot *slot = user_data;
  g_autoptr(GTask) task = slot->task;
  Batch *batch = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  PodliftCheckResult *check_result;

  check_result = podlift_live_check_run_finish (result, &error);
  if (check_result != NULL)
    g_ptr_array_index (batch->results, slot->index) = check_result;
  else if (batch->error == NULL)
    batch->error = g_steal_pointer (&error);
  g_free (slot);

  if (--batch->pending > 0)
    return;

  if (batch->error != NULL)
    g_task_return_error (task, g_steal_pointer (&batch->error));
  else
    g_task_return_pointer (task, g_steal_pointer (&batch->results), (GDestroyNotify)g_ptr_array_unref);
}

/**
 * podlift_live_checks_run_async:
 * @checks: (element-type PodliftLiveCheck): the checks, all run at once
 */
void
podlift_live_checks_run_async (GPtrArray           *checks,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Batch *batch;

  g_return_if_fail (checks != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, podlift_live_checks_run_async);

  batch = g_new0 (Batch, 1);
  batch->results = g_ptr_array_new_full (checks->len, (GDestroyNotify)podlift_check_result_free);
  g_ptr_array_set_size (batch->results, checks->len);
  batch->pending = checks->len;
  g_task_set_task_data (task, batch, batch_free);

  if (checks->len == 0)
    {
      g_task_return_pointer (task, g_steal_pointer (&batch->results), (GDestroyNotify)g_ptr_array_unref);
      return;
    }

  for (guint i = 0; i < checks->len; i++)
    {
      BatchSlot *slot = g_new0 (BatchSlot, 1);

      slot->task = g_object_ref (task);
      slot->index = i;
      podlift_live_check_run_async (g_ptr_array_index (checks, i), cancellable, batch_run_cb, slot);
    }
}

/**
 * podlift_live_checks_run_finish:
 *
 * Returns: (transfer full) (element-type PodliftCheckResult): a result
 *   for each check, in the same order
 */
GPtrArray *
podlift_live_checks_run_finish (GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == podlift_live_checks_run_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
