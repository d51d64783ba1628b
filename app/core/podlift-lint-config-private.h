/* podlift-lint-config-private.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podlift-lint-config.h"

G_BEGIN_DECLS

void podlift_lint_config_merge_lists (PodliftLintConfig *self,
                                      PodliftLintConfig *other);

G_END_DECLS
