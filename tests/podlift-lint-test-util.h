/* podlift-lint-test-util.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podlift-dockerfile-linter.h"
#include "podlift-project.h"

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

/* The first finding @code of @findings, or NULL; podlift_test_get ()
 * fails the test when there is none. */
PodliftDiagnostic *
            podlift_test_find        (GListModel        *findings,
                                      const char        *code);
PodliftDiagnostic *
            podlift_test_get         (GListModel        *findings,
                                      const char        *code);

/* How many @code findings there are on @line (line 0: on any line). */
guint       podlift_test_count       (GListModel        *findings,
                                      const char        *code,
                                      guint              line);

/* @text with the fix of @diagnostic (which must have one) applied. */
char       *podlift_test_apply_fix   (const char        *text,
                                      PodliftDiagnostic *diagnostic);

/* Lints @text and asserts that @code fires there without a fix. */
void        podlift_test_assert_no_fix (const char      *code,
                                        const char      *text);

PodliftProject *
            podlift_test_load_example (void);

G_END_DECLS
