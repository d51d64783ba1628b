/* podlift-diagnostic.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "podlift-lint-types.h"

G_BEGIN_DECLS

#define PODLIFT_TYPE_DIAGNOSTIC (podlift_diagnostic_get_type ())

G_DECLARE_FINAL_TYPE (PodliftDiagnostic, podlift_diagnostic, PODLIFT, DIAGNOSTIC, GObject)

/* One finding of a linter: a rule code (DL3008, PL001, DL1000), a level,
 * a message, and where. line/column are what hadolint reports (the first
 * line of the instruction, column 1); range is the exact place for an
 * editor to underline. A fix, when the change is mechanical, replaces
 * fix_range with fix_text. A finding about a Kubernetes manifest also
 * names its object ("Deployment/shopfront") and the same check's names
 * in other tools (refs: "kube-linter:latest-tag"). */

PodliftDiagnostic  *podlift_diagnostic_new             (const char         *code,
                                                        PodliftSeverity     severity,
                                                        const char         *message,
                                                        guint               line,
                                                        guint               column);
const char         *podlift_diagnostic_get_code        (PodliftDiagnostic  *self);
PodliftSeverity     podlift_diagnostic_get_severity    (PodliftDiagnostic  *self);
void                podlift_diagnostic_set_severity    (PodliftDiagnostic  *self,
                                                        PodliftSeverity     severity);
const char         *podlift_diagnostic_get_message     (PodliftDiagnostic  *self);
guint               podlift_diagnostic_get_line        (PodliftDiagnostic  *self);
guint               podlift_diagnostic_get_column      (PodliftDiagnostic  *self);
const char         *podlift_diagnostic_get_file        (PodliftDiagnostic  *self);
void                podlift_diagnostic_set_file        (PodliftDiagnostic  *self,
                                                        const char         *file);
const PodliftRange *podlift_diagnostic_get_range       (PodliftDiagnostic  *self);
void                podlift_diagnostic_set_range       (PodliftDiagnostic  *self,
                                                        const PodliftRange *range);
const char         *podlift_diagnostic_get_explanation (PodliftDiagnostic  *self);
void                podlift_diagnostic_set_explanation (PodliftDiagnostic  *self,
                                                        const char         *explanation);
gboolean            podlift_diagnostic_has_fix         (PodliftDiagnostic  *self);
const PodliftRange *podlift_diagnostic_get_fix_range   (PodliftDiagnostic  *self);
const char         *podlift_diagnostic_get_fix_text    (PodliftDiagnostic  *self);
const char         *podlift_diagnostic_get_fix_title   (PodliftDiagnostic  *self);
void                podlift_diagnostic_set_fix         (PodliftDiagnostic  *self,
                                                        const PodliftRange *range,
                                                        const char         *text,
                                                        const char         *title);
const char         *podlift_diagnostic_get_object      (PodliftDiagnostic  *self);
void                podlift_diagnostic_set_object      (PodliftDiagnostic  *self,
                                                        const char         *object);
const char * const *podlift_diagnostic_get_refs        (PodliftDiagnostic  *self);
void                podlift_diagnostic_set_refs        (PodliftDiagnostic  *self,
                                                        const char * const *refs);
const char         *podlift_severity_to_string         (PodliftSeverity     severity);
gboolean            podlift_severity_from_string       (const char         *text,
                                                        PodliftSeverity    *severity);

G_END_DECLS
