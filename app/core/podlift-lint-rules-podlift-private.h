/* podlift-lint-rules-podlift-private.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podlift-lint-rules-private.h"

G_BEGIN_DECLS

/* The ENV/ARG rules of podlift_rules_podlift[], in their own file. */
void podlift_rules_check_pl004 (PodliftLintContext *ctx);
void podlift_rules_check_pl005 (PodliftLintContext *ctx);

G_END_DECLS
