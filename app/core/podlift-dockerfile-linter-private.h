/* podlift-dockerfile-linter-private.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podlift-dockerfile-ast.h"

G_BEGIN_DECLS

/* The "# hadolint … ignore=" comments of a file, which the linter
 * (podlift-dockerfile-linter.c) asks about every finding it keeps
 * (podlift-dockerfile-linter-pragmas.c). */

typedef struct
{
  guint   first_line;
  guint   last_line;
  char  **codes;
} StageIgnore;

typedef struct
{
  GHashTable *lines;         /* line → char** codes (for the instruction on that line) */
  GHashTable *global;        /* code */
  GArray     *stages;        /* StageIgnore */
} PodliftPragmas;

void     podlift_pragmas_collect (PodliftPragmas             *pragmas,
                                  const PodliftDockerfileAst *ast);
gboolean podlift_pragmas_ignore  (const PodliftPragmas       *pragmas,
                                  const char                 *code,
                                  guint                       line);
void     podlift_pragmas_clear   (PodliftPragmas             *pragmas);

G_END_DECLS
