/* podlift-reachability.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "podlift-dependency.h"

G_BEGIN_DECLS

/* Whether a dependency can be reached from this workstation: a TCP
 * connection (GSocketClient), or an HTTP(S) request (libsoup) for http
 * and https dependencies, within @timeout_ms. The result says what
 * happened in one line a user understands ("Connected in 3 ms",
 * "HTTP 200 in 12 ms", "Connection refused", "Timed out after 3 s"). */

typedef struct
{
  gboolean  reachable;
  char     *summary;
  guint     elapsed_ms;
} PodliftReachability;

void                 podlift_reachability_free         (PodliftReachability  *result);
void                 podlift_reachability_check_async  (PodliftDependency    *dependency,
                                                        guint                 timeout_ms,
                                                        GCancellable         *cancellable,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
PodliftReachability *podlift_reachability_check_finish (GAsyncResult         *result,
                                                        GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PodliftReachability, podlift_reachability_free)

G_END_DECLS
