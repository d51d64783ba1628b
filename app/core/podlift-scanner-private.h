/* podlift-scanner-private.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podlift-scan-private.h"

G_BEGIN_DECLS

/* Like podlift_scan_context_read (), but a file not yet cached is read
 * without being cached: for the common detector, which reads every
 * source file once. Free with g_free (). */
char *podlift_scan_context_load (PodliftScanContext *ctx,
                                 const char         *path);

G_END_DECLS
