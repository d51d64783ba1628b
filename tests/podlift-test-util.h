/* podlift-test-util.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkWidget *podlift_test_find_widget (GtkWidget  *root,
                                     const char *name);
GtkWidget *podlift_test_find_type   (GtkWidget  *root,
                                     GType       type);
GtkWidget *podlift_test_get_widget  (gpointer    root,
                                     const char *name);
void       podlift_test_iterate     (void);
/* GTK 4.8 warns now and then that it was asked to draw a widget of a
 * dialog answered and destroyed in the same frame ("Trying to snapshot
 * … without a current allocation"): that one warning is not fatal in
 * the tests that answer dialogs; every other warning still is. */
void       podlift_test_tolerate_snapshot_warning (void);
GtkWindow *podlift_test_show        (GtkWidget  *child,
                                     int         width,
                                     int         height);
guint      podlift_test_count_rows  (GtkWidget  *list_box);
gboolean   podlift_test_has_label   (GtkWidget  *root,
                                     const char *text);
GtkWindow *podlift_test_find_dialog (void);

G_END_DECLS
