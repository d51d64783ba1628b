/* podlift-window.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "podlift-project.h"

G_BEGIN_DECLS

#define PODLIFT_TYPE_WINDOW (podlift_window_get_type ())

G_DECLARE_FINAL_TYPE (PodliftWindow, podlift_window, PODLIFT, WINDOW, AdwApplicationWindow)

PodliftWindow  *podlift_window_new         (AdwApplication *application);
PodliftProject *podlift_window_get_project (PodliftWindow  *self);
void            podlift_window_set_project (PodliftWindow  *self,
                                            PodliftProject *project);
void            podlift_window_show_step   (PodliftWindow  *self,
                                            PodliftStep     step);
void            podlift_window_save        (PodliftWindow  *self);

G_END_DECLS
