/* podlift-k6.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podlift-project.h"

G_BEGIN_DECLS

/* loadtest/k6.js: a k6 script that ramps the arrival rate in steps to
 * above the captured peak, over the captured endpoints. */
char   *podlift_k6_script      (PodliftProject *project);
/* The steps' rates, req/s, lowest first: (element-type guint) */
GArray *podlift_k6_step_rates  (PodliftProject *project);

G_END_DECLS
