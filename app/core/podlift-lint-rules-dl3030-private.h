/* podlift-lint-rules-dl3030-private.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>

#include "podlift-lint-rules-private.h"

G_BEGIN_DECLS

/* What the files of rules DL3030 – DL3067 share: small helpers over the
 * parsed file and the commands of RUN, and the two ways most RUN rules
 * are written (a bad command; an install without its clean after it). */

/* The parsed file {{{ */

static inline const PodliftInstruction *
instruction_at (const PodliftDockerfileAst *ast,
                guint                       i)
{
  return g_ptr_array_index (ast->instructions, i);
}

/* The instruction itself, or the one an ONBUILD wraps, if of @kind. */
static inline const PodliftInstruction *
as_kind (const PodliftInstruction *inst,
         PodliftInstructionKind    kind)
{
  if (inst->kind == kind)
    return inst;
  if (inst->kind == PODLIFT_INSTRUCTION_ONBUILD && inst->onbuild != NULL &&
      inst->onbuild->kind == kind)
    return inst->onbuild;
  return NULL;
}

/* The RUN of a RUN or of an ONBUILD RUN (hadolint lints both). */
static inline const PodliftInstruction *
as_run (const PodliftInstruction *inst)
{
  return as_kind (inst, PODLIFT_INSTRUCTION_RUN);
}

/* A flag's name without its dashes. */
static inline gboolean
flag_is (const PodliftFlag *flag,
         const char        *name)
{
  const char *n = flag->name;

  while (n != NULL && *n == '-')
    n++;
  return g_strcmp0 (n, name) == 0;
}

static inline const PodliftStage *
stage_at (const PodliftDockerfileAst *ast,
          guint                       stage)
{
  if (ast->stages == NULL || stage >= ast->stages->len)
    return NULL;
  return g_ptr_array_index (ast->stages, stage);
}

static inline guint
n_stages_of (const PodliftDockerfileAst *ast)
{
  return ast->stages != NULL ? ast->stages->len : 0;
}

static inline gboolean
is_var_char (char c)
{
  return g_ascii_isalnum (c) || c == '_';
}

const PodliftFlag  *podlift_dl3030_find_flag         (const PodliftInstruction   *inst,
                                                      const char                 *name);
const guint        *podlift_dl3030_stage_parents     (PodliftLintContext         *ctx);

/* }}} */

/* The commands of RUN {{{ */

static inline const PodliftShellCommand *
command_at (const PodliftShellScript *script,
            guint                     i)
{
  return g_ptr_array_index (script->commands, i);
}

/* The program's base name, cheaply: most commands are written without a
 * path, and every RUN rule asks this of every command. */
static inline const char *
command_program (const PodliftShellCommand *cmd)
{
  return podlift_shell_command_program (cmd);
}

static inline gboolean
command_is_program (const PodliftShellCommand *cmd,
                    const char                *program)
{
  return podlift_shell_command_program_is (cmd, program);
}

/* hadolint's cmdHasArgs: any word of the command is one of @words. */
static inline gboolean
command_has_word (const PodliftShellCommand *cmd,
                  const char * const        *words)
{
  for (guint i = 0; cmd->args != NULL && i < cmd->args->len; i++)
    {
      const char *arg = g_ptr_array_index (cmd->args, i);

      for (guint k = 0; words[k] != NULL; k++)
        if (arg[0] == words[k][0] && strcmp (arg, words[k]) == 0)
          return TRUE;
    }
  return FALSE;
}

static inline gboolean
command_has_any_flag (const PodliftShellCommand *cmd,
                      const char * const        *flags)
{
  for (guint k = 0; flags[k] != NULL; k++)
    if (podlift_shell_command_has_flag (cmd, flags[k]))
      return TRUE;
  return FALSE;
}

/* Index of the first command from @from on that @match accepts, or -1. */
static inline int
find_command (const PodliftShellScript *script,
              gboolean                (*match) (const PodliftShellCommand *),
              int                       from)
{
  for (guint i = MAX (from, 0); i < script->commands->len; i++)
    if (match (command_at (script, i)))
      return i;
  return -1;
}

gboolean podlift_dl3030_run_has_cache_mount (const PodliftInstruction *run,
                                            const char               *target_part);

/* }}} */

/* How RUN rules are written {{{ */

typedef struct
{
  const PodliftDockerfileAst *ast;
  guint                       index;    /* of the instruction in the file */
} RunSite;

/* A rule that a single bad command breaks, with an optional fix that
 * inserts a flag after the program or after one of some words. */
typedef struct
{
  const char          *code;
  gboolean           (*bad) (const RunSite *site, const PodliftShellCommand *cmd);
  const char * const  *fix_after;       /* NULL: after the program */
  const char          *fix_text;        /* NULL: no fix */
  const char          *fix_title;
  guint32              programs;        /* PODLIFT_PROGRAM_LETTER of those it can fail */
} CommandRule;

/* An install with no clean of the same program after it. */
typedef struct
{
  gboolean   (*installs) (const PodliftShellCommand *);
  gboolean   (*cleans) (const PodliftShellCommand *);
  const char  *fix_text;
  guint32      programs;                /* PODLIFT_PROGRAM_LETTER of the installs */
} CleanPair;

void             podlift_dl3030_check_command_rule (PodliftLintContext       *ctx,
                                                    const CommandRule        *rule);
void             podlift_dl3030_report_command     (PodliftLintContext       *ctx,
                                                    const char               *code,
                                                    const PodliftInstruction *inst,
                                                    const PodliftShellScript *script,
                                                    guint                     index,
                                                    const char * const       *after,
                                                    const char               *fix_text,
                                                    const char               *fix_title);
const CleanPair *podlift_dl3030_find_missing_clean (const PodliftRunSite     *run,
                                                    const CleanPair          *pairs,
                                                    guint                     n_pairs);
void             podlift_dl3030_report_clean       (PodliftLintContext       *ctx,
                                                    const char               *code,
                                                    const PodliftInstruction *inst,
                                                    const char               *fix_text,
                                                    const char               *fix_title);
void             podlift_dl3030_check_clean_rule   (PodliftLintContext       *ctx,
                                                    const char               *code,
                                                    const CleanPair          *pairs,
                                                    guint                     n_pairs);

/* }}} */

/* The checks {{{ */

/* podlift-lint-rules-dl3030-packages.c: yum, zypper, dnf */
void podlift_rules_check_dl3030 (PodliftLintContext *ctx);
void podlift_rules_check_dl3032 (PodliftLintContext *ctx);
void podlift_rules_check_dl3033 (PodliftLintContext *ctx);
void podlift_rules_check_dl3034 (PodliftLintContext *ctx);
void podlift_rules_check_dl3035 (PodliftLintContext *ctx);
void podlift_rules_check_dl3036 (PodliftLintContext *ctx);
void podlift_rules_check_dl3037 (PodliftLintContext *ctx);
void podlift_rules_check_dl3038 (PodliftLintContext *ctx);
void podlift_rules_check_dl3040 (PodliftLintContext *ctx);
void podlift_rules_check_dl3041 (PodliftLintContext *ctx);

/* podlift-lint-rules-dl3030-run.c: pip, useradd, wget, RUN sequences, yarn, go */
void podlift_rules_check_dl3042 (PodliftLintContext *ctx);
void podlift_rules_check_dl3046 (PodliftLintContext *ctx);
void podlift_rules_check_dl3047 (PodliftLintContext *ctx);
void podlift_rules_check_dl3059 (PodliftLintContext *ctx);
void podlift_rules_check_dl3060 (PodliftLintContext *ctx);
void podlift_rules_check_dl3062 (PodliftLintContext *ctx);

/* podlift-lint-rules-dl3030-labels.c: label keys and the label schema */
void podlift_rules_check_dl3048 (PodliftLintContext *ctx);
void podlift_rules_check_dl3049 (PodliftLintContext *ctx);
void podlift_rules_check_dl3050 (PodliftLintContext *ctx);
void podlift_rules_check_dl3051 (PodliftLintContext *ctx);
void podlift_rules_check_dl3052 (PodliftLintContext *ctx);
void podlift_rules_check_dl3053 (PodliftLintContext *ctx);
void podlift_rules_check_dl3054 (PodliftLintContext *ctx);
void podlift_rules_check_dl3055 (PodliftLintContext *ctx);
void podlift_rules_check_dl3056 (PodliftLintContext *ctx);
void podlift_rules_check_dl3058 (PodliftLintContext *ctx);

/* podlift-lint-rules-dl3030-instructions.c: ONBUILD, ENV, COPY, stages, USER */
void podlift_rules_check_dl3043 (PodliftLintContext *ctx);
void podlift_rules_check_dl3044 (PodliftLintContext *ctx);
void podlift_rules_check_dl3045 (PodliftLintContext *ctx);
void podlift_rules_check_dl3057 (PodliftLintContext *ctx);
void podlift_rules_check_dl3061 (PodliftLintContext *ctx);
void podlift_rules_check_dl3063 (PodliftLintContext *ctx);
void podlift_rules_check_dl3064 (PodliftLintContext *ctx);
void podlift_rules_check_dl3065 (PodliftLintContext *ctx);
void podlift_rules_check_dl3066 (PodliftLintContext *ctx);
void podlift_rules_check_dl3067 (PodliftLintContext *ctx);

/* }}} */

G_END_DECLS
