/* podlift-application.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PODLIFT_TYPE_APPLICATION (podlift_application_get_type ())

G_DECLARE_FINAL_TYPE (PodliftApplication, podlift_application, PODLIFT, APPLICATION, AdwApplication)

PodliftApplication *podlift_application_new (void);

G_END_DECLS
