/* podlift-manifests-page.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podlift-page.h"

G_BEGIN_DECLS

#define PODLIFT_TYPE_MANIFESTS_PAGE (podlift_manifests_page_get_type ())

G_DECLARE_FINAL_TYPE (PodliftManifestsPage, podlift_manifests_page, PODLIFT, MANIFESTS_PAGE, PodliftPage)

G_END_DECLS
