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
#include "podlift-shell-private.h"

G_BEGIN_DECLS

/* How a rule is written. A rule is a function over the whole parsed
 * file (so it can follow stages), reporting through the context. Rules
 * never look at the config's ignores or overrides: the linter applies
 * them to what the rules report. */

typedef struct _PodliftLintContext PodliftLintContext;

typedef void (*PodliftRuleCheck) (PodliftLintContext *ctx);

/* The strings of a rule are borrowed by its findings: they must be
 * static. */
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

/* What a rule works out once a lint for others to share (such as the
 * stages a stage is built on), under the address of a static @key;
 * freed with @destroy when the lint ends. */
gpointer                    podlift_lint_context_get_data    (PodliftLintContext        *ctx,
                                                              gconstpointer              key);
void                        podlift_lint_context_set_data    (PodliftLintContext        *ctx,
                                                              gconstpointer              key,
                                                              gpointer                   data,
                                                              GDestroyNotify             destroy);

/* The instructions of @kind (not those ONBUILD wraps), as their indices
 * in the file, in order: what a rule on a few kinds walks, since the
 * order of the findings of different instructions does not matter (they
 * are sorted by line). */
const guint                *podlift_lint_context_get_kind    (PodliftLintContext        *ctx,
                                                              PodliftInstructionKind     kind,
                                                              guint                     *n_instructions);

/* The programs of a RUN, by the first letter of their names: a rule on
 * some programs passes over the RUNs without them. */
#define PODLIFT_PROGRAM_LETTER(c) (1u << ((c) - 'a'))
#define PODLIFT_PROGRAM_OTHER     (1u << 26)   /* not a lower case letter */
#define PODLIFT_PROGRAM_ANY       G_MAXUINT32

/* A RUN of the file, or an ONBUILD RUN, with its commands. */
typedef struct
{
  const PodliftInstruction *instruction;   /* the RUN, or the ONBUILD around it */
  const PodliftInstruction *run;
  const PodliftShellScript *script;
  guint                     index;         /* of @instruction in the file */
  guint32                   programs;      /* PODLIFT_PROGRAM_LETTER of each command */
} PodliftRunSite;

/* Every RUN of the file (ONBUILD RUNs included), in order, parsed once:
 * what most rules on RUN commands walk. */
const PodliftRunSite       *podlift_lint_context_get_runs    (PodliftLintContext        *ctx,
                                                              guint                     *n_runs);

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
