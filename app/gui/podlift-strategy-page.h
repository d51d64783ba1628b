/* podlift-strategy-page.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podlift-page.h"

G_BEGIN_DECLS

#define PODLIFT_TYPE_STRATEGY_PAGE (podlift_strategy_page_get_type ())

G_DECLARE_FINAL_TYPE (PodliftStrategyPage, podlift_strategy_page, PODLIFT, STRATEGY_PAGE, PodliftPage)

G_END_DECLS
