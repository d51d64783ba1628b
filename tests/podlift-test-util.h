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
void       podlift_test_iterate     (void);

#define podlift_test_get_widget(root, name) \
  ({ GtkWidget *_w = podlift_test_find_widget (GTK_WIDGET (root), name); \
     if (_w == NULL) g_error ("no widget named “%s”", name); \
     _w; })

G_END_DECLS
