/* podlift-lint-config.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "podlift-lint-types.h"

G_BEGIN_DECLS

#define PODLIFT_TYPE_LINT_CONFIG (podlift_lint_config_get_type ())

G_DECLARE_FINAL_TYPE (PodliftLintConfig, podlift_lint_config, PODLIFT, LINT_CONFIG, GObject)

/* What hadolint's .hadolint.yaml says, and the command line on top:
 * codes to ignore, level overrides, trusted registries, the failure
 * threshold, label rules. The GUI builds one from its settings; the
 * linter only reads it. */

PodliftLintConfig *podlift_lint_config_new                    (void);
gboolean           podlift_lint_config_load_file              (PodliftLintConfig  *self,
                                                               GFile              *file,
                                                               GError            **error);
GFile             *podlift_lint_config_find                   (GFile              *directory);
void               podlift_lint_config_ignore                 (PodliftLintConfig  *self,
                                                               const char         *code);
gboolean           podlift_lint_config_is_ignored             (PodliftLintConfig  *self,
                                                               const char         *code);
/* Forgets the codes to ignore (hadolint: --ignore replaces the file's list). */
void               podlift_lint_config_clear_ignored          (PodliftLintConfig  *self);
void               podlift_lint_config_override               (PodliftLintConfig  *self,
                                                               const char         *code,
                                                               PodliftSeverity     severity);
gboolean           podlift_lint_config_get_override           (PodliftLintConfig  *self,
                                                               const char         *code,
                                                               PodliftSeverity    *severity);
void               podlift_lint_config_add_trusted_registry   (PodliftLintConfig  *self,
                                                               const char         *registry);
const char * const*podlift_lint_config_get_trusted_registries (PodliftLintConfig  *self);
PodliftThreshold   podlift_lint_config_get_failure_threshold  (PodliftLintConfig  *self);
void               podlift_lint_config_set_failure_threshold  (PodliftLintConfig  *self,
                                                               PodliftThreshold    threshold);
gboolean           podlift_lint_config_get_no_fail            (PodliftLintConfig  *self);
void               podlift_lint_config_set_no_fail            (PodliftLintConfig  *self,
                                                               gboolean            no_fail);
gboolean           podlift_lint_config_get_strict_labels      (PodliftLintConfig  *self);
void               podlift_lint_config_set_strict_labels      (PodliftLintConfig  *self,
                                                               gboolean            strict_labels);
/* disable-ignore-pragma: the "# hadolint ignore=" comments are not honoured. */
gboolean           podlift_lint_config_get_disable_ignore_pragma (PodliftLintConfig *self);
void               podlift_lint_config_set_disable_ignore_pragma (PodliftLintConfig *self,
                                                                  gboolean           disable);
/* label-schema: label name → "text", "url", "semver", "hash", "rfc3339",
 * "spdx", "email". */
GHashTable        *podlift_lint_config_get_label_schema       (PodliftLintConfig  *self);

G_END_DECLS
