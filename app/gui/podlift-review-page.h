/* podlift-review-page.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podlift-page.h"

G_BEGIN_DECLS

#define PODLIFT_TYPE_REVIEW_PAGE (podlift_review_page_get_type ())

G_DECLARE_FINAL_TYPE (PodliftReviewPage, podlift_review_page, PODLIFT, REVIEW_PAGE, PodliftPage)

G_END_DECLS
