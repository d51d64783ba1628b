/* podlift-cutover-page.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podlift-page.h"

G_BEGIN_DECLS

#define PODLIFT_TYPE_CUTOVER_PAGE (podlift_cutover_page_get_type ())

G_DECLARE_FINAL_TYPE (PodliftCutoverPage, podlift_cutover_page, PODLIFT, CUTOVER_PAGE, PodliftPage)

G_END_DECLS
