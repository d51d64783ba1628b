/* podlift-types.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>

#include "podlift-types.h"

static const char * const step_ids[PODLIFT_N_STEPS] = {
  "knowledge", "container", "manifests", "strategy", "cutover", "review",
};

const char *
podlift_step_get_id (PodliftStep step)
{
  g_return_val_if_fail (step < PODLIFT_N_STEPS, NULL);

  return step_ids[step];
}

gboolean
podlift_step_from_id (const char  *id,
                      PodliftStep *step)
{
  g_return_val_if_fail (step != NULL, FALSE);

  for (guint i = 0; i < PODLIFT_N_STEPS; i++)
    {
      if (g_strcmp0 (id, step_ids[i]) == 0)
        {
          *step = i;
          return TRUE;
        }
    }

  return FALSE;
}

/* The bundle stores enums by their nick ("app-and-database"), so that
 * reordering an enum never changes what a saved bundle means. */
const char *
podlift_enum_to_nick (GType enum_type,
                      int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *ev = g_enum_get_value (klass, value);

  return ev != NULL ? ev->value_nick : NULL;
}

gboolean
podlift_enum_from_nick (GType       enum_type,
                        const char *nick,
                        int        *value)
{
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *ev;

  g_return_val_if_fail (value != NULL, FALSE);

  if (nick == NULL)
    return FALSE;

  klass = g_type_class_ref (enum_type);
  ev = g_enum_get_value_by_nick (klass, nick);
  if (ev == NULL)
    return FALSE;

  *value = ev->value;
  return TRUE;
}
