/* podlift-dependency.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "podlift-types.h"

G_BEGIN_DECLS

#define PODLIFT_TYPE_DEPENDENCY (podlift_dependency_get_type ())

G_DECLARE_FINAL_TYPE (PodliftDependency, podlift_dependency, PODLIFT, DEPENDENCY, GObject)

PodliftDependency *podlift_dependency_new          (void);
const char        *podlift_dependency_get_host     (PodliftDependency *self);
void               podlift_dependency_set_host     (PodliftDependency *self,
                                                     const char        *host);
guint              podlift_dependency_get_port     (PodliftDependency *self);
void               podlift_dependency_set_port     (PodliftDependency *self,
                                                     guint              port);
PodliftProtocol    podlift_dependency_get_protocol (PodliftDependency *self);
void               podlift_dependency_set_protocol (PodliftDependency *self,
                                                     PodliftProtocol    protocol);
const char        *podlift_dependency_get_purpose  (PodliftDependency *self);
void               podlift_dependency_set_purpose  (PodliftDependency *self,
                                                     const char        *purpose);
const char        *podlift_dependency_get_source   (PodliftDependency *self);
void               podlift_dependency_set_source   (PodliftDependency *self,
                                                     const char        *source);

G_END_DECLS
