/* podlift-lint-test-util.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podlift-dockerfile-linter.h"

G_BEGIN_DECLS

/* Lints @text with the default config (or @config). */
GListModel *podlift_test_lint        (const char        *text,
                                      PodliftLintConfig *config);

/* Asserts that the findings hold @code on @line (line 0: on any line), or
 * that they do not hold @code at all. Failures print every finding. */
void        podlift_test_assert_has  (GListModel        *findings,
                                      const char        *code,
                                      guint              line);
void        podlift_test_assert_not  (GListModel        *findings,
                                      const char        *code);

/* One line each: lint @text, then assert @code fires on @line / does not
 * fire. */
void        podlift_test_fires       (const char        *code,
                                      guint              line,
                                      const char        *text);
void        podlift_test_passes      (const char        *code,
                                      const char        *text);

G_END_DECLS
