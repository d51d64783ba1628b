/* podlift-model-util.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "podlift-model-util.h"

/* Stores @value in @field (an empty string is stored as NULL, so that
 * "unanswered" has one representation) and tells whether it changed. */
gboolean
podlift_set_string (char       **field,
                    const char  *value)
{
  g_return_val_if_fail (field != NULL, FALSE);

  if (value != NULL && value[0] == '\0')
    value = NULL;

  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);

  return TRUE;
}

int
podlift_compare_strings (const char **a,
                         const char **b)
{
  return g_strcmp0 (*a, *b);
}
