/* podlift-config-file.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "podlift-types.h"

G_BEGIN_DECLS

#define PODLIFT_TYPE_CONFIG_FILE (podlift_config_file_get_type ())

G_DECLARE_FINAL_TYPE (PodliftConfigFile, podlift_config_file, PODLIFT, CONFIG_FILE, GObject)

PodliftConfigFile *podlift_config_file_new                (void);
const char        *podlift_config_file_get_path           (PodliftConfigFile *self);
void               podlift_config_file_set_path           (PodliftConfigFile *self,
                                                            const char        *path);
const char        *podlift_config_file_get_content_source (PodliftConfigFile *self);
void               podlift_config_file_set_content_source (PodliftConfigFile *self,
                                                            const char        *content_source);
gboolean           podlift_config_file_get_secret         (PodliftConfigFile *self);
void               podlift_config_file_set_secret         (PodliftConfigFile *self,
                                                            gboolean           secret);
const char        *podlift_config_file_get_source         (PodliftConfigFile *self);
void               podlift_config_file_set_source         (PodliftConfigFile *self,
                                                            const char        *source);

G_END_DECLS
