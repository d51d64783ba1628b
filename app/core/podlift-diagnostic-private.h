/* podlift-diagnostic-private.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podlift-diagnostic.h"

G_BEGIN_DECLS

/* All at once, without notifications: the linter makes thousands. */
PodliftDiagnostic *podlift_diagnostic_new_full (const char         *code,
                                                PodliftSeverity     severity,
                                                const char         *message,
                                                guint               line,
                                                guint               column,
                                                const PodliftRange *range,
                                                const char         *file,
                                                const char         *explanation);

G_END_DECLS
