/* podlift-bundle.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "podlift-project.h"

G_BEGIN_DECLS

/* The bundle format this version writes, and the newest it reads. */
#define PODLIFT_BUNDLE_FORMAT 1

PodliftProject *podlift_bundle_load        (GFile                *dir,
                                            GCancellable         *cancellable,
                                            GError              **error);
void            podlift_bundle_load_async  (GFile                *dir,
                                            GCancellable         *cancellable,
                                            GAsyncReadyCallback   callback,
                                            gpointer              user_data);
PodliftProject *podlift_bundle_load_finish (GAsyncResult         *result,
                                            GError              **error);
gboolean        podlift_bundle_save        (PodliftProject       *project,
                                            GFile                *dir,
                                            GCancellable         *cancellable,
                                            GError              **error);
void            podlift_bundle_save_async  (PodliftProject       *project,
                                            GFile                *dir,
                                            GCancellable         *cancellable,
                                            GAsyncReadyCallback   callback,
                                            gpointer              user_data);
gboolean        podlift_bundle_save_finish (GAsyncResult         *result,
                                            GError              **error);
gboolean        podlift_bundle_create      (GFile                *dir,
                                            GCancellable         *cancellable,
                                            GError              **error);

G_END_DECLS
