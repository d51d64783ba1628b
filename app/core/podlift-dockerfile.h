/* podlift-dockerfile.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "podlift-types.h"

G_BEGIN_DECLS

#define PODLIFT_TYPE_DOCKERFILE (podlift_dockerfile_get_type ())

G_DECLARE_FINAL_TYPE (PodliftDockerfile, podlift_dockerfile, PODLIFT, DOCKERFILE, GObject)

PodliftDockerfile *podlift_dockerfile_new              (void);
const char        *podlift_dockerfile_get_text         (PodliftDockerfile *self);
void               podlift_dockerfile_set_text         (PodliftDockerfile *self,
                                                         const char        *text);
const char        *podlift_dockerfile_get_dockerignore (PodliftDockerfile *self);
void               podlift_dockerfile_set_dockerignore (PodliftDockerfile *self,
                                                         const char        *dockerignore);
const char        *podlift_dockerfile_get_compose      (PodliftDockerfile *self);
void               podlift_dockerfile_set_compose      (PodliftDockerfile *self,
                                                         const char        *compose);
PodliftBaseSize    podlift_dockerfile_get_base_size    (PodliftDockerfile *self);
void               podlift_dockerfile_set_base_size    (PodliftDockerfile *self,
                                                         PodliftBaseSize    base_size);
const char        *podlift_dockerfile_get_image        (PodliftDockerfile *self);
void               podlift_dockerfile_set_image        (PodliftDockerfile *self,
                                                         const char        *image);
const char        *podlift_dockerfile_get_tag          (PodliftDockerfile *self);
void               podlift_dockerfile_set_tag          (PodliftDockerfile *self,
                                                         const char        *tag);
guint              podlift_dockerfile_get_user_id      (PodliftDockerfile *self);
void               podlift_dockerfile_set_user_id      (PodliftDockerfile *self,
                                                         guint              user_id);
gboolean           podlift_dockerfile_get_customised   (PodliftDockerfile *self);
void               podlift_dockerfile_set_customised   (PodliftDockerfile *self,
                                                         gboolean           customised);
const char        *podlift_dockerfile_get_variant      (PodliftDockerfile *self);
void               podlift_dockerfile_set_variant      (PodliftDockerfile *self,
                                                         const char        *variant);

G_END_DECLS
