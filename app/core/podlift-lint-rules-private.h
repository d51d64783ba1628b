/* podlift-lint-rules-private.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podlift-dockerfile-ast.h"
#include "podlift-lint-config.h"
#include "podlift-shell.h"

G_BEGIN_DECLS

/* How a rule is written. A rule is a function over the whole parsed
 * file (so it can follow stages), reporting through the context. Rules
 * never look at the config's ignores or overrides: the linter applies
 * them to what the rules report. */

typedef struct _PodliftLintContext PodliftLintContext;

typedef void (*PodliftRuleCheck) (PodliftLintContext *ctx);

typedef struct
{
  const char       *code;          /* "DL3008", "PL001" */
  PodliftSeverity   severity;      /* hadolint's default */
  const char       *message;       /* hadolint's message, untranslated (as hadolint prints it) */
  const char       *explanation;   /* for newcomers, translatable with N_() */
  PodliftRuleCheck  check;
} PodliftRule;

/* The rule tables, each ending with an all-NULL entry. */
extern const PodliftRule podlift_rules_dl3000[];   /* DL3000 – DL3029 */
extern const PodliftRule podlift_rules_dl3030[];   /* DL3030 – DL3067 */
extern const PodliftRule podlift_rules_dl4000[];   /* DL4000 – DL4006, DL1001 */
extern const PodliftRule podlift_rules_podlift[];  /* PL001 … */

const PodliftDockerfileAst *podlift_lint_context_get_ast     (PodliftLintContext        *ctx);
PodliftLintConfig          *podlift_lint_context_get_config  (PodliftLintContext        *ctx);

/* The commands of a RUN (shell form, exec form joined with spaces, and
 * heredoc bodies), parsed once and cached. NULL for other instructions. */
const PodliftShellScript   *podlift_lint_context_get_script  (PodliftLintContext        *ctx,
                                                              const PodliftInstruction  *instruction);

/* Reports @code at @instruction (line = its first line, as hadolint;
 * range = the whole instruction). */
void                        podlift_lint_report              (PodliftLintContext        *ctx,
                                                              const char                *code,
                                                              const PodliftInstruction  *instruction);

/* The same with a message of its own (NULL: the rule's), a narrower range
 * to underline (NULL: the instruction), and an optional fix. */
void                        podlift_lint_report_full         (PodliftLintContext        *ctx,
                                                              const char                *code,
                                                              const PodliftInstruction  *instruction,
                                                              const char                *message,
                                                              const PodliftRange        *range,
                                                              const PodliftRange        *fix_range,
                                                              const char                *fix_text,
                                                              const char                *fix_title);

/* Tests only: one more rule table (ending with an all-NULL entry) run
 * after the others by podlift_dockerfile_lint(); NULL removes it. */
void                        podlift_dockerfile_lint_set_extra_rules (const PodliftRule *rules);

G_END_DECLS
