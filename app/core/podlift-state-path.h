/* podlift-state-path.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "podlift-types.h"

G_BEGIN_DECLS

#define PODLIFT_TYPE_STATE_PATH (podlift_state_path_get_type ())

G_DECLARE_FINAL_TYPE (PodliftStatePath, podlift_state_path, PODLIFT, STATE_PATH, GObject)

PodliftStatePath *podlift_state_path_new         (void);
const char       *podlift_state_path_get_path    (PodliftStatePath *self);
void              podlift_state_path_set_path    (PodliftStatePath *self,
                                                   const char       *path);
const char       *podlift_state_path_get_holds   (PodliftStatePath *self);
void              podlift_state_path_set_holds   (PodliftStatePath *self,
                                                   const char       *holds);
double            podlift_state_path_get_size_gb (PodliftStatePath *self);
void              podlift_state_path_set_size_gb (PodliftStatePath *self,
                                                   double            size_gb);
const char       *podlift_state_path_get_source  (PodliftStatePath *self);
void              podlift_state_path_set_source  (PodliftStatePath *self,
                                                   const char       *source);

G_END_DECLS
