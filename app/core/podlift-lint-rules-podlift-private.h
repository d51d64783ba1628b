/* podlift-lint-rules-podlift-private.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>

#include "podlift-lint-rules-private.h"

G_BEGIN_DECLS

/* What the files of podlift_rules_podlift[] share: the ENV/ARG rules
 * (podlift-lint-rules-podlift-env.c) and the tool chain rule
 * (podlift-lint-rules-podlift-toolchain.c) have files of their own. */

#define INSTRUCTION(ast, i) \
  ((const PodliftInstruction *) g_ptr_array_index ((ast)->instructions, (i)))
#define STAGE(ast, i) \
  ((const PodliftStage *) g_ptr_array_index ((ast)->stages, (i)))

static inline const PodliftInstruction *
stage_from (const PodliftDockerfileAst *ast,
            const PodliftStage         *stage)
{
  return INSTRUCTION (ast, stage->from);
}

static inline const PodliftStage *
final_stage (const PodliftDockerfileAst *ast)
{
  if (ast->stages->len == 0)
    return NULL;

  return STAGE (ast, ast->stages->len - 1);
}

/* "python", "docker.io/library/python", "library/python" → "python". */
static inline const char *
image_short_name (const char *name)
{
  static const char * const prefixes[] = {
    "docker.io/", "index.docker.io/", "registry-1.docker.io/", "library/",
  };

  if (name == NULL)
    return "";

  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    if (g_str_has_prefix (name, prefixes[i]))
      name += strlen (prefixes[i]);

  return name;
}

void podlift_rules_check_pl002 (PodliftLintContext *ctx);
void podlift_rules_check_pl004 (PodliftLintContext *ctx);
void podlift_rules_check_pl005 (PodliftLintContext *ctx);

G_END_DECLS
