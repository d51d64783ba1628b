/* podlift-container-page.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podlift-page.h"

G_BEGIN_DECLS

#define PODLIFT_TYPE_CONTAINER_PAGE (podlift_container_page_get_type ())

G_DECLARE_FINAL_TYPE (PodliftContainerPage, podlift_container_page, PODLIFT, CONTAINER_PAGE, PodliftPage)

G_END_DECLS
