/* podlift-shell-private.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podlift-shell.h"

G_BEGIN_DECLS

/* Moves @more's commands to the end of @script (the last command before
 * them gets PODLIFT_SHELL_OP_SEQUENCE) and frees @more: how the linter
 * joins a RUN's command line and its heredoc scripts. */
void podlift_shell_script_append (PodliftShellScript *script,
                                  PodliftShellScript *more);

G_END_DECLS
