/* podlift-cli.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit statuses, as documented in `podlift --help`. */
#define PODLIFT_EXIT_OK       0
#define PODLIFT_EXIT_FINDINGS 1
#define PODLIFT_EXIT_USAGE    2

int podlift_cli_run (int    argc,
                     char **argv);

G_END_DECLS
