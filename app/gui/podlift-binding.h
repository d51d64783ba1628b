/* podlift-binding.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void podlift_bind_text  (GBindingGroup *group,
                         const char    *source_property,
                         gpointer       target,
                         const char    *target_property);
void podlift_bind_enum  (GBindingGroup *group,
                         const char    *source_property,
                         AdwComboRow   *row);
void podlift_bind_enum_dropdown (GBindingGroup *group,
                                 const char    *source_property,
                                 GtkDropDown   *dropdown);
void podlift_bind_value (GBindingGroup *group,
                         const char    *source_property,
                         GtkSpinButton *spin);

G_END_DECLS
