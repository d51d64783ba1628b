/* podlift-model-util.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean podlift_set_string      (char       **field,
                                  const char  *value);
int      podlift_compare_strings (const char **a,
                                  const char **b);

G_END_DECLS
