/* podlift-test-util.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "podlift-test-util.h"

/* Widgets that tests need carry a "name" in their .ui file; this finds
 * them depth first, also inside composite children. */
GtkWidget *
podlift_test_find_widget (GtkWidget  *root,
                          const char *name)
{
  g_return_val_if_fail (GTK_IS_WIDGET (root), NULL);

  if (g_strcmp0 (gtk_widget_get_name (root), name) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = podlift_test_find_widget (child, name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Like podlift_test_find_widget(), for widgets that must be there. */
GtkWidget *
podlift_test_get_widget (gpointer    root,
                         const char *name)
{
  GtkWidget *widget = podlift_test_find_widget (GTK_WIDGET (root), name);

  if (widget == NULL)
    g_error ("no widget named “%s”", name);

  return widget;
}

GtkWidget *
podlift_test_find_type (GtkWidget *root,
                        GType      type)
{
  g_return_val_if_fail (GTK_IS_WIDGET (root), NULL);

  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = podlift_test_find_type (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Lets pending idles, bindings and list model updates run. */
/* GTK logs through the structured writer, which aborts on fatal levels
 * itself: this writer lets the one warning through as a note. */
static GLogWriterOutput
tolerant_writer (GLogLevelFlags   level,
                 const GLogField *fields,
                 gsize            n_fields,
                 gpointer         data)
{
  const char *domain = NULL;
  const char *message = NULL;

  for (gsize i = 0; i < n_fields; i++)
    {
      if (g_str_equal (fields[i].key, "GLIB_DOMAIN"))
        domain = fields[i].value;
      else if (g_str_equal (fields[i].key, "MESSAGE"))
        message = fields[i].value;
    }

  if ((level & G_LOG_LEVEL_WARNING) && g_strcmp0 (domain, "Gtk") == 0 &&
      message != NULL && strstr (message, "without a current allocation") != NULL)
    {
      g_printerr ("# tolerated: %s\n", message);
      return G_LOG_WRITER_HANDLED;
    }

  return g_log_writer_default (level, fields, n_fields, data);
}

void
podlift_test_tolerate_snapshot_warning (void)
{
  g_log_set_writer_func (tolerant_writer, NULL, NULL);
}

void
podlift_test_iterate (void)
{
  for (guint i = 0; i < 50 && g_main_context_iteration (NULL, FALSE); i++)
    ;
}

/**
 * podlift_test_show:
 * @child: (transfer floating): the widget under test, such as a page
 *
 * Puts @child in a new window of @width × @height, presents it and lets
 * it settle.
 *
 * Returns: (transfer none): the window; destroy it at the end of the test
 */
GtkWindow *
podlift_test_show (GtkWidget *child,
                   int        width,
                   int        height)
{
  GtkWindow *window;

  g_return_val_if_fail (GTK_IS_WIDGET (child), NULL);

  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, width, height);
  gtk_window_set_child (window, child);
  gtk_window_present (window);
  podlift_test_iterate ();

  return window;
}

guint
podlift_test_count_rows (GtkWidget *list_box)
{
  guint n = 0;

  g_return_val_if_fail (GTK_IS_LIST_BOX (list_box), 0);

  while (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list_box), n) != NULL)
    n++;

  return n;
}

/* Whether a label under @root shows @text, in part. */
gboolean
podlift_test_has_label (GtkWidget  *root,
                        const char *text)
{
  g_return_val_if_fail (GTK_IS_WIDGET (root), FALSE);

  if (GTK_IS_LABEL (root) && strstr (gtk_label_get_label (GTK_LABEL (root)), text) != NULL)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    if (podlift_test_has_label (child, text))
      return TRUE;

  return FALSE;
}

/* The dialog shown now (such as an AdwMessageDialog), or NULL. */
GtkWindow *
podlift_test_find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (gtk_window_get_modal (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        {
          /* Let it be mapped and laid out first: destroyed before its
           * first allocation, GTK 4.8 may try to draw it anyway. */
          for (guint k = 0; k < 200 && gtk_widget_get_width (GTK_WIDGET (window)) == 0; k++)
            {
              g_usleep (1000);
              podlift_test_iterate ();
            }
          return window;
        }
    }

  return NULL;
}
