/* podlift-labels.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "podlift-types.h"

G_BEGIN_DECLS

const char *podlift_step_get_title            (PodliftStep           step);
const char *podlift_stack_get_label           (PodliftStack          stack);
const char *podlift_database_engine_get_label (PodliftDatabaseEngine engine);
const char *podlift_state_handling_get_label  (PodliftStateHandling  handling);
const char *podlift_strategy_kind_get_label   (PodliftStrategyKind   kind);

G_END_DECLS
