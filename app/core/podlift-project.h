/* podlift-project.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "podlift-app-profile.h"
#include "podlift-checklist.h"
#include "podlift-dockerfile.h"
#include "podlift-manifest-set.h"
#include "podlift-strategy.h"
#include "podlift-types.h"

G_BEGIN_DECLS

#define PODLIFT_TYPE_PROJECT (podlift_project_get_type ())

G_DECLARE_FINAL_TYPE (PodliftProject, podlift_project, PODLIFT, PROJECT, GObject)

PodliftProject     *podlift_project_new            (void);
const char         *podlift_project_get_title      (PodliftProject  *self);
GFile              *podlift_project_get_file       (PodliftProject  *self);
void                podlift_project_set_file       (PodliftProject  *self,
                                                    GFile           *file);
gboolean            podlift_project_get_dirty      (PodliftProject  *self);
void                podlift_project_set_dirty      (PodliftProject  *self,
                                                    gboolean         dirty);
PodliftAppProfile  *podlift_project_get_profile    (PodliftProject  *self);
PodliftDockerfile  *podlift_project_get_dockerfile (PodliftProject  *self);
PodliftManifestSet *podlift_project_get_manifests  (PodliftProject  *self);
PodliftStrategy    *podlift_project_get_strategy   (PodliftProject  *self);
PodliftChecklist   *podlift_project_get_checklist  (PodliftProject  *self);
JsonObject         *podlift_project_get_unknown    (PodliftProject  *self);
void                podlift_project_set_unknown    (PodliftProject  *self,
                                                    JsonObject      *unknown);
PodliftStepState    podlift_project_get_step_state (PodliftProject  *self,
                                                    PodliftStep      step,
                                                    char           **summary);
guint64             podlift_project_get_serial     (PodliftProject  *self);
GPtrArray          *podlift_project_list_missing   (PodliftProject  *self,
                                                    PodliftStep      step);

G_END_DECLS
