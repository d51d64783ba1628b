/* podlift-deadline.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The time limit and cancellation of one network check, shared by the
 * reachability checks and the live checks. The timeout is a timer that
 * cancels @inner, so that it is exact to the millisecond; the caller's
 * cancellable (@outer) cancels @inner too. Pass @inner to the I/O. */
typedef struct
{
  GCancellable *inner;
  GCancellable *outer;
  gulong        outer_id;
  GSource      *timer;
  gboolean      timed_out;
  gint64        started;
} PodliftDeadline;

void     podlift_deadline_start                (PodliftDeadline *deadline,
                                                guint            timeout_ms,
                                                GCancellable    *cancellable);
void     podlift_deadline_clear                (PodliftDeadline *deadline);
guint    podlift_deadline_elapsed_ms           (PodliftDeadline *deadline);
gboolean podlift_deadline_return_if_cancelled  (PodliftDeadline *deadline,
                                                GTask           *task);

G_END_DECLS
