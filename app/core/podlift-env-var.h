/* podlift-env-var.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "podlift-types.h"

G_BEGIN_DECLS

#define PODLIFT_TYPE_ENV_VAR (podlift_env_var_get_type ())

G_DECLARE_FINAL_TYPE (PodliftEnvVar, podlift_env_var, PODLIFT, ENV_VAR, GObject)

PodliftEnvVar *podlift_env_var_new        (void);
const char    *podlift_env_var_get_name   (PodliftEnvVar *self);
void           podlift_env_var_set_name   (PodliftEnvVar *self,
                                            const char    *name);
const char    *podlift_env_var_get_value  (PodliftEnvVar *self);
void           podlift_env_var_set_value  (PodliftEnvVar *self,
                                            const char    *value);
gboolean       podlift_env_var_get_secret (PodliftEnvVar *self);
void           podlift_env_var_set_secret (PodliftEnvVar *self,
                                            gboolean       secret);
const char    *podlift_env_var_get_source (PodliftEnvVar *self);
void           podlift_env_var_set_source (PodliftEnvVar *self,
                                            const char    *source);

G_END_DECLS
