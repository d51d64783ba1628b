/* podlift-shell-private.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>

#include "podlift-shell.h"

G_BEGIN_DECLS

/* Moves @more's commands to the end of @script (the last command before
 * them gets PODLIFT_SHELL_OP_SEQUENCE) and frees @more: how the linter
 * joins a RUN's command line and its heredoc scripts. */
void podlift_shell_script_append (PodliftShellScript *script,
                                  PodliftShellScript *more);

/* The linter's way, for the many scripts of a file: they are kept in
 * the memory of one store (made by podlift_shell_store_new()), which is
 * freed with podlift_shell_script_free() after them. */
PodliftShellScript *podlift_shell_store_new  (void);
PodliftShellScript *podlift_shell_parse_in   (PodliftShellScript *store,
                                              const char         *text);

/* A command as the parser makes it: with its program's base name
 * worked out once, since every rule on RUN commands asks for it. */
typedef struct
{
  PodliftShellCommand  command;
  const char          *program;
} RealCommand;

/* podlift_shell_command_get_program() of a command of a parsed script,
 * inline: the rules ask it of every command. */
static inline const char *
podlift_shell_command_program (const PodliftShellCommand *command)
{
  return ((const RealCommand *) command)->program;
}

/* Whether the program of @command is @program. */
static inline gboolean
podlift_shell_command_program_is (const PodliftShellCommand *command,
                                  const char                *program)
{
  const char *name = podlift_shell_command_program (command);

  return name[0] == program[0] && strcmp (name, program) == 0;
}

/* The words of podlift_shell_command_get_args_no_flags(), one at a time,
 * without making the array: start from a zeroed iterator; NULL at the
 * end. */
typedef struct
{
  guint    i;
  gboolean ended;
} PodliftShellArgIter;

const char *podlift_shell_command_next_arg (const PodliftShellCommand *command,
                                            const char * const        *flags_with_values,
                                            PodliftShellArgIter       *iter);

G_END_DECLS
