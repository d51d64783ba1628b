/* podlift-error.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "podlift-error.h"

G_DEFINE_QUARK (podlift-error-quark, podlift_error)
