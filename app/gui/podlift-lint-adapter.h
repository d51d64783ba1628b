/* podlift-lint-adapter.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtksourceview/gtksource.h>

#include "podlift-app-profile.h"
#include "podlift-diagnostic.h"
#include "podlift-dockerfile.h"
#include "podlift-lint-config.h"

G_BEGIN_DECLS

#define PODLIFT_TYPE_LINT_ADAPTER (podlift_lint_adapter_get_type ())

G_DECLARE_FINAL_TYPE (PodliftLintAdapter, podlift_lint_adapter, PODLIFT, LINT_ADAPTER, GObject)

/* The gutter mark categories, one a severity. */
#define PODLIFT_LINT_MARK_ERROR   "podlift-lint-error"
#define PODLIFT_LINT_MARK_WARNING "podlift-lint-warning"
#define PODLIFT_LINT_MARK_INFO    "podlift-lint-info"
#define PODLIFT_LINT_MARK_STYLE   "podlift-lint-style"

PodliftLintAdapter *podlift_lint_adapter_new             (GtkSourceView      *view);
GtkSourceView      *podlift_lint_adapter_get_view        (PodliftLintAdapter *self);
GListModel         *podlift_lint_adapter_get_findings    (PodliftLintAdapter *self);
void                podlift_lint_adapter_set_source      (PodliftLintAdapter *self,
                                                          PodliftDockerfile  *dockerfile,
                                                          PodliftAppProfile  *profile);
PodliftLintConfig  *podlift_lint_adapter_get_config      (PodliftLintAdapter *self);
void                podlift_lint_adapter_set_config      (PodliftLintAdapter *self,
                                                          PodliftLintConfig  *config);
guint               podlift_lint_adapter_get_debounce_ms (PodliftLintAdapter *self);
void                podlift_lint_adapter_set_debounce_ms (PodliftLintAdapter *self,
                                                          guint               debounce_ms);
void                podlift_lint_adapter_queue           (PodliftLintAdapter *self);
void                podlift_lint_adapter_flush           (PodliftLintAdapter *self);
gboolean            podlift_lint_adapter_apply_fix       (PodliftLintAdapter *self,
                                                          PodliftDiagnostic  *diagnostic);
gboolean            podlift_lint_adapter_ignore          (PodliftLintAdapter *self,
                                                          PodliftDiagnostic  *diagnostic);
void                podlift_lint_adapter_reveal          (PodliftLintAdapter *self,
                                                          PodliftDiagnostic  *diagnostic);
void                podlift_lint_adapter_show_findings   (PodliftLintAdapter *self,
                                                          GListModel         *findings);

G_END_DECLS
