/* podlift-stateful-service.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "podlift-types.h"

G_BEGIN_DECLS

#define PODLIFT_TYPE_STATEFUL_SERVICE (podlift_stateful_service_get_type ())

G_DECLARE_FINAL_TYPE (PodliftStatefulService, podlift_stateful_service,
                      PODLIFT, STATEFUL_SERVICE, GObject)

PodliftStatefulService *podlift_stateful_service_new         (void);
const char             *podlift_stateful_service_get_name    (PodliftStatefulService *self);
void                    podlift_stateful_service_set_name    (PodliftStatefulService *self,
                                                              const char             *name);
const char             *podlift_stateful_service_get_kind    (PodliftStatefulService *self);
void                    podlift_stateful_service_set_kind    (PodliftStatefulService *self,
                                                              const char             *kind);
const char             *podlift_stateful_service_get_holds   (PodliftStatefulService *self);
void                    podlift_stateful_service_set_holds   (PodliftStatefulService *self,
                                                              const char             *holds);
double                  podlift_stateful_service_get_size_gb (PodliftStatefulService *self);
void                    podlift_stateful_service_set_size_gb (PodliftStatefulService *self,
                                                              double                  size_gb);
gboolean                podlift_stateful_service_get_moves   (PodliftStatefulService *self);
void                    podlift_stateful_service_set_moves   (PodliftStatefulService *self,
                                                              gboolean                moves);
const char             *podlift_stateful_service_get_source  (PodliftStatefulService *self);
void                    podlift_stateful_service_set_source  (PodliftStatefulService *self,
                                                              const char             *source);

G_END_DECLS
