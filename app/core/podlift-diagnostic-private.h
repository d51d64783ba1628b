/* podlift-diagnostic-private.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podlift-diagnostic.h"

G_BEGIN_DECLS

/* All at once, without notifications, every string copied. */
PodliftDiagnostic *podlift_diagnostic_new_full (const char         *code,
                                                PodliftSeverity     severity,
                                                const char         *message,
                                                guint               line,
                                                guint               column,
                                                const PodliftRange *range,
                                                const char         *file,
                                                const char         *explanation);

/* The linter's way, borrowing: @code and @explanation (a msgid,
 * translated when read) are static strings, and so is @message unless
 * @copy_message; @file is a GRefString (or NULL), acquired. */
PodliftDiagnostic *podlift_diagnostic_new_borrowed (const char         *code,
                                                    PodliftSeverity     severity,
                                                    const char         *message,
                                                    gboolean            copy_message,
                                                    guint               line,
                                                    guint               column,
                                                    const PodliftRange *range,
                                                    char               *file,
                                                    const char         *explanation);

/* The fix of a new diagnostic, without notification: @text and @title
 * are copied, @title is translated when read. */
void               podlift_diagnostic_init_fix     (PodliftDiagnostic  *self,
                                                    const PodliftRange *range,
                                                    const char         *text,
                                                    const char         *title);

G_END_DECLS
