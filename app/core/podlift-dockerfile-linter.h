/* podlift-dockerfile-linter.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "podlift-diagnostic.h"
#include "podlift-lint-config.h"

G_BEGIN_DECLS

/* Lints a Dockerfile with hadolint's DL rules and Podlift's PL rules.
 * Returns a GListModel of PodliftDiagnostic sorted by line, with the
 * config's ignores, overrides and the inline "# hadolint ignore=" pragmas
 * applied (ignored findings are not in the list). @filename only labels
 * the findings. @config may be NULL for the defaults. */
GListModel *podlift_dockerfile_lint              (const char        *text,
                                                  gssize             length,
                                                  const char        *filename,
                                                  PodliftLintConfig *config);

/* Whether a finding of @severity fails a run with @threshold. */
gboolean    podlift_severity_reaches_threshold   (PodliftSeverity    severity,
                                                  PodliftThreshold   threshold);

G_END_DECLS
