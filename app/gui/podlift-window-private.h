/* podlift-window-private.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podlift-window.h"

G_BEGIN_DECLS

struct _PodliftWindow
{
  AdwApplicationWindow  parent_instance;

  /* template widgets */
  GtkStack             *main_stack;
  AdwLeaflet           *leaflet;
  GtkListBox           *step_list;
  GtkStack             *page_stack;
  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *window_title;
  AdwPreferencesGroup  *recent_group;
  GtkListBox           *recent_list;

  /* owned */
  PodliftProject       *project;
  GSettings            *settings;
  GCancellable         *cancellable;
  GFile                *pending_save;   /* asked for while a save ran */
  GtkWidget            *step_rows[PODLIFT_N_STEPS];

  guint                 close_after_save : 1;
  guint                 saving : 1;
};

void podlift_window_class_actions_init (GtkWidgetClass *widget_class);
void podlift_window_init_actions       (PodliftWindow *self);
void podlift_window_update_steps       (PodliftWindow *self);
void podlift_window_show_error         (PodliftWindow *self,
                                        const char    *heading,
                                        const GError  *error);
void podlift_window_close_response_cb  (PodliftWindow *self,
                                        const char    *response,
                                        AdwMessageDialog *dialog);

G_END_DECLS
