/* podlift-dockerfile-checks-private.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podlift-dockerfile-ast.h"
#include "podlift-dockerfile-checks.h"

G_BEGIN_DECLS

/* The checks that compare a Dockerfile with the Knowledge answers, split
 * by what they look at: the EXPOSE and the command (-rules.c), the files
 * copied into the image (-copy.c). Each reports through the same
 * context; the driver (podlift-dockerfile-checks.c) applies the config
 * and the "# hadolint ignore=" pragmas. */

typedef struct
{
  const PodliftDockerfileAst *ast;
  GPtrArray                  *findings;   /* PodliftDiagnostic* */
} PodliftAnswerCheck;

#define PODLIFT_AST_INSTRUCTION(ast, i) \
  ((const PodliftInstruction *) g_ptr_array_index ((ast)->instructions, (i)))
#define PODLIFT_AST_STAGE(ast, i) \
  ((const PodliftStage *) g_ptr_array_index ((ast)->stages, (i)))

/* A finding of @code (PL101 …) at @instruction: its line, @range to
 * underline (NULL: the whole instruction), and an optional fix that
 * replaces @fix_range by @fix_text. */
void                podlift_answer_check_report       (PodliftAnswerCheck        *check,
                                                       const char                *code,
                                                       const PodliftInstruction  *instruction,
                                                       const char                *message,
                                                       const PodliftRange        *range,
                                                       const PodliftRange        *fix_range,
                                                       const char                *fix_text,
                                                       const char                *fix_title);

/* The stage a stage's FROM names ("FROM builder"), or NULL. */
const PodliftStage *podlift_answer_check_parent_stage (const PodliftDockerfileAst *ast,
                                                       const PodliftStage         *stage);

/* PL101, PL102, PL103. */
void                podlift_answer_check_port         (PodliftAnswerCheck        *check,
                                                       guint                      port);
void                podlift_answer_check_command      (PodliftAnswerCheck        *check,
                                                       const char                *launch_command);
void                podlift_answer_check_files        (PodliftAnswerCheck        *check,
                                                       const char * const        *image_files);

/* The answer checks with @config's ignores and overrides applied too
 * (NULL: none), and the pragmas unless the config disables them. */
GListModel         *podlift_dockerfile_check_answers_full (const char        *text,
                                                           PodliftAppProfile *profile,
                                                           PodliftLintConfig *config);

void podlift_dockerfile_pin_latest (const PodliftDockerfileAst *ast,
                                   GListModel                 *findings,
                                   const char                 *text,
                                   PodliftAppProfile          *profile);

G_END_DECLS
