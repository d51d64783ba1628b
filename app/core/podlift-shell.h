/* podlift-shell.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The shell text of a RUN, split into simple commands well enough for
 * the lint rules: what runs, with which words, joined by which operator.
 * Not a shell: no expansion, no functions; subshells and `sh -c '…'`
 * are opened up and their commands listed too. */

typedef enum
{
  PODLIFT_SHELL_OP_NONE,        /* last command */
  PODLIFT_SHELL_OP_AND,         /* && */
  PODLIFT_SHELL_OP_OR,          /* || */
  PODLIFT_SHELL_OP_SEQUENCE,    /* ; or a newline */
  PODLIFT_SHELL_OP_PIPE,        /* | */
  PODLIFT_SHELL_OP_BACKGROUND,  /* & */
} PodliftShellOperator;

typedef struct
{
  char                 *name;   /* the program as written: "apt-get", "/usr/bin/pip" */
  GPtrArray            *args;   /* char*, the words after the name, quotes removed */
  GPtrArray            *assignments; /* char*, "FOO=bar" words before the name */
  PodliftShellOperator  next;   /* what joins it to the following command */
} PodliftShellCommand;

typedef struct
{
  GPtrArray *commands;          /* PodliftShellCommand*, in order */
  guint      has_pipe : 1;
} PodliftShellScript;

PodliftShellScript *podlift_shell_parse                   (const char                *text);
void                podlift_shell_script_free             (PodliftShellScript        *script);

/* The program's base name: "/usr/bin/pip3" → "pip3". */
const char         *podlift_shell_command_get_program     (const PodliftShellCommand *command);

/* Whether a flag is given. A one-letter flag ("y") matches -y and
 * bundles such as -qy; a longer one ("yes") matches --yes and --yes=…. */
gboolean            podlift_shell_command_has_flag        (const PodliftShellCommand *command,
                                                           const char                *flag);

/* The value of a flag: "-u 1000", "-u1000", "--uid=1000", "--uid 1000". */
const char         *podlift_shell_command_get_flag_value  (const PodliftShellCommand *command,
                                                           const char                *flag);

/* The words that are not flags, nor the values of the flags listed in
 * @flags_with_values (NULL-terminated, same spelling as has_flag). */
GPtrArray          *podlift_shell_command_get_args_no_flags (const PodliftShellCommand *command,
                                                             const char * const        *flags_with_values);

/* Whether the command is @program with @subcommand as its first word
 * that is not a flag ("apt-get", "install"). */
gboolean            podlift_shell_command_is              (const PodliftShellCommand *command,
                                                           const char                *program,
                                                           const char                *subcommand);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PodliftShellScript, podlift_shell_script_free)

G_END_DECLS
