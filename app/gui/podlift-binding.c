/* podlift-binding.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "podlift-binding.h"

/* Bindings between the core model and the widgets of a page. The model
 * says "unanswered" with NULL, enums and counts; widgets want "",
 * positions and doubles. All bindings are two-way and start from the
 * model. */

#define FLAGS (G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE)

static gboolean
null_to_empty (GBinding     *binding,
               const GValue *from,
               GValue       *to,
               gpointer      user_data)
{
  const char *text = g_value_get_string (from);

  g_value_set_string (to, text ? text : "");

  return TRUE;
}

/**
 * podlift_bind_text:
 * @target_property: "text" for entries, "label" for labels
 *
 * Binds a string of the model to a text property that does not accept
 * %NULL (GtkEditable's "text" among others).
 */
void
podlift_bind_text (GBindingGroup *group,
                   const char    *source_property,
                   gpointer       target,
                   const char    *target_property)
{
  g_return_if_fail (G_IS_BINDING_GROUP (group));
  g_return_if_fail (G_IS_OBJECT (target));

  g_binding_group_bind_full (group, source_property, target, target_property,
                             FLAGS, null_to_empty, NULL, NULL, NULL);
}

static gboolean
enum_to_position (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  g_value_set_uint (to, (guint)g_value_get_enum (from));

  return TRUE;
}

static gboolean
position_to_enum (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  guint position = g_value_get_uint (from);

  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;

  g_value_set_enum (to, (int)position);

  return TRUE;
}

/**
 * podlift_bind_enum:
 * @row: a row whose model is an #AdwEnumListModel of the property's type
 *
 * Podlift's enums run from 0 without gaps, so a value is its position.
 */
void
podlift_bind_enum (GBindingGroup *group,
                   const char    *source_property,
                   AdwComboRow   *row)
{
  g_return_if_fail (G_IS_BINDING_GROUP (group));
  g_return_if_fail (ADW_IS_COMBO_ROW (row));

  g_binding_group_bind_full (group, source_property, row, "selected",
                             FLAGS, enum_to_position, position_to_enum, NULL, NULL);
}

/**
 * podlift_bind_enum_dropdown:
 * @dropdown: a drop-down whose model is an #AdwEnumListModel of the
 *   property's type
 *
 * podlift_bind_enum() for a #GtkDropDown.
 */
void
podlift_bind_enum_dropdown (GBindingGroup *group,
                            const char    *source_property,
                            GtkDropDown   *dropdown)
{
  g_return_if_fail (G_IS_BINDING_GROUP (group));
  g_return_if_fail (GTK_IS_DROP_DOWN (dropdown));

  g_binding_group_bind_full (group, source_property, dropdown, "selected",
                             FLAGS, enum_to_position, position_to_enum, NULL, NULL);
}

/**
 * podlift_bind_value:
 *
 * Binds a number of the model (guint or double) to a spin button, whose
 * adjustment sets the range.
 */
void
podlift_bind_value (GBindingGroup *group,
                    const char    *source_property,
                    GtkSpinButton *spin)
{
  g_return_if_fail (G_IS_BINDING_GROUP (group));
  g_return_if_fail (GTK_IS_SPIN_BUTTON (spin));

  g_binding_group_bind (group, source_property, spin, "value", FLAGS);
}
