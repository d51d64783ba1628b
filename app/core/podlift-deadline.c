/* podlift-deadline.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-deadline"

#include "config.h"

#include <glib/gi18n.h>

#include "podlift-deadline.h"

static gboolean
timeout_cb (gpointer user_data)
{
  PodliftDeadline *deadline = user_data;

  deadline->timed_out = TRUE;
  g_cancellable_cancel (deadline->inner);
  g_clear_pointer (&deadline->timer, g_source_unref);

  return G_SOURCE_REMOVE;
}

static void
outer_cancelled_cb (GCancellable *outer,
                    GCancellable *inner)
{
  g_cancellable_cancel (inner);
}

/**
 * podlift_deadline_start:
 * @deadline: a zeroed #PodliftDeadline, which must stay where it is
 *   until podlift_deadline_clear()
 * @cancellable: (nullable): the caller's
 *
 * Starts the clock and the timer, on the thread-default main context.
 * An already cancelled @cancellable cancels @inner at once.
 */
void
podlift_deadline_start (PodliftDeadline *deadline,
                        guint            timeout_ms,
                        GCancellable    *cancellable)
{
  g_return_if_fail (deadline != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  deadline->started = g_get_monotonic_time ();
  deadline->inner = g_cancellable_new ();
  if (cancellable != NULL)
    {
      deadline->outer = g_object_ref (cancellable);
      deadline->outer_id = g_cancellable_connect (cancellable, G_CALLBACK (outer_cancelled_cb),
                                                  g_object_ref (deadline->inner), g_object_unref);
    }

  deadline->timer = g_timeout_source_new (timeout_ms);
  g_source_set_callback (deadline->timer, timeout_cb, deadline, NULL);
  g_source_set_static_name (deadline->timer, "[podlift] check timeout");
  g_source_attach (deadline->timer, g_main_context_get_thread_default ());
}

/* Stops the timer and lets go of the cancellables. */
void
podlift_deadline_clear (PodliftDeadline *deadline)
{
  g_return_if_fail (deadline != NULL);

  if (deadline->timer != NULL)
    {
      g_source_destroy (deadline->timer);
      g_clear_pointer (&deadline->timer, g_source_unref);
    }
  if (deadline->outer != NULL)
    g_cancellable_disconnect (deadline->outer, deadline->outer_id);
  deadline->outer_id = 0;
  g_clear_object (&deadline->outer);
  g_clear_object (&deadline->inner);
}

guint
podlift_deadline_elapsed_ms (PodliftDeadline *deadline)
{
  g_return_val_if_fail (deadline != NULL, 0);

  return (guint)((g_get_monotonic_time () - deadline->started) / 1000);
}

/* Returns %TRUE after returning G_IO_ERROR_CANCELLED from @task when the
 * caller cancelled (not when the time ran out). */
gboolean
podlift_deadline_return_if_cancelled (PodliftDeadline *deadline,
                                      GTask           *task)
{
  g_return_val_if_fail (deadline != NULL, FALSE);
  g_return_val_if_fail (G_IS_TASK (task), FALSE);

  if (deadline->outer == NULL || !g_cancellable_is_cancelled (deadline->outer))
    return FALSE;

  g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("The check was cancelled"));
  return TRUE;
}
