/* podlift-manifests-page-diagram.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-manifests-page"

#include "config.h"

#include <glib/gi18n.h>

#include "podlift-diagram.h"
#include "podlift-manifests-page-private.h"

/* The Diagram view: core lays out how the resources connect, from the
 * manifests of the last generation, and draws it; the page scales it to
 * fit. Clicking a resource opens it in the Editor view. The drawing
 * exports as SVG or PNG. */

/* Past its natural size the drawing only gets blurred labels. */
#define MAX_SCALE 1.5

/* Where the drawing goes in the area: its scale and offset. */
static gboolean
get_transform (PodliftManifestsPage *self,
               double               *scale,
               double               *x,
               double               *y)
{
  int area_width = gtk_widget_get_width (GTK_WIDGET (self->diagram_area));
  int area_height = gtk_widget_get_height (GTK_WIDGET (self->diagram_area));
  double width, height;

  g_assert (PODLIFT_IS_MANIFESTS_PAGE (self));

  if (self->diagram == NULL)
    return FALSE;

  podlift_diagram_get_size (self->diagram, &width, &height);
  if (width <= 0 || height <= 0 || area_width <= 0 || area_height <= 0)
    return FALSE;

  *scale = MIN (MAX_SCALE, MIN (area_width / width, area_height / height));
  *x = (area_width - width * *scale) / 2;
  *y = (area_height - height * *scale) / 2;

  return TRUE;
}

static void
draw_cb (GtkDrawingArea *area,
         cairo_t        *cr,
         int             width,
         int             height,
         gpointer        user_data)
{
  PodliftManifestsPage *self = user_data;
  double scale, x, y;

  g_assert (PODLIFT_IS_MANIFESTS_PAGE (self));

  if (!get_transform (self, &scale, &x, &y))
    return;

  cairo_translate (cr, x, y);
  cairo_scale (cr, scale, scale);
  podlift_diagram_draw (self->diagram, cr,
                        adw_style_manager_get_dark (adw_style_manager_get_default ()));
}

/* The resource under the pointer at (@x, @y) of the area, or NULL. */
static const char *
hit (PodliftManifestsPage *self,
     double                x,
     double                y)
{
  double scale, offset_x, offset_y;

  g_assert (PODLIFT_IS_MANIFESTS_PAGE (self));

  if (!get_transform (self, &scale, &offset_x, &offset_y))
    return NULL;

  return podlift_diagram_hit (self->diagram, (x - offset_x) / scale, (y - offset_y) / scale);
}

static void
pressed_cb (PodliftManifestsPage *self,
            int                   n_press,
            double                x,
            double                y,
            GtkGestureClick      *gesture)
{
  g_autofree char *id = NULL;

  g_assert (PODLIFT_IS_MANIFESTS_PAGE (self));

  id = g_strdup (hit (self, x, y));
  if (id == NULL)
    return;

  podlift_manifests_page_select (self, id);
  adw_view_stack_set_visible_child_name (self->view_stack, "editor");
}

static void
motion_cb (PodliftManifestsPage     *self,
           double                    x,
           double                    y,
           GtkEventControllerMotion *motion)
{
  g_assert (PODLIFT_IS_MANIFESTS_PAGE (self));

  gtk_widget_set_cursor_from_name (GTK_WIDGET (self->diagram_area),
                                   hit (self, x, y) != NULL ? "pointer" : NULL);
}

void
podlift_manifests_page_init_diagram (PodliftManifestsPage *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();

  g_return_if_fail (PODLIFT_IS_MANIFESTS_PAGE (self));

  gtk_drawing_area_set_draw_func (self->diagram_area, draw_cb, self, NULL);

  g_signal_connect_object (click, "pressed", G_CALLBACK (pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->diagram_area), GTK_EVENT_CONTROLLER (click));

  g_signal_connect_object (motion, "motion", G_CALLBACK (motion_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->diagram_area), motion);
}

/* Lays the diagram out again from the manifests of the last generation. */
void
podlift_manifests_page_update_diagram (PodliftManifestsPage *self)
{
  g_return_if_fail (PODLIFT_IS_MANIFESTS_PAGE (self));

  podlift_manifests_page_clear_diagram (self);
  if (self->manifests != NULL)
    self->diagram = podlift_diagram_new (self->manifests);

  gtk_widget_queue_draw (GTK_WIDGET (self->diagram_area));
}

void
podlift_manifests_page_clear_diagram (PodliftManifestsPage *self)
{
  g_return_if_fail (PODLIFT_IS_MANIFESTS_PAGE (self));

  g_clear_pointer ((PodliftDiagram **)&self->diagram, podlift_diagram_free);
}

/* Export {{{ */

static void
export_response_cb (PodliftManifestsPage *self,
                    int                   response,
                    GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *toast = NULL;

  g_assert (PODLIFT_IS_MANIFESTS_PAGE (self));

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);

  if (file == NULL || self->diagram == NULL)
    return;

  path = g_file_get_path (file);
  if (path == NULL || !podlift_diagram_write (self->diagram, path, &error))
    /* Translators: %s says why the file could not be written */
    toast = g_strdup_printf (_("Cannot export the diagram: %s"),
                             error != NULL ? error->message : _("not a local file"));
  else
    {
      g_autofree char *name = g_file_get_basename (file);

      /* Translators: %s is a file name */
      toast = g_strdup_printf (_("Exported the diagram as %s"), name);
    }

  podlift_page_add_toast (PODLIFT_PAGE (self), toast);
}

/* The "manifests.export-diagram" action; its parameter is "svg" or "png". */
void
podlift_manifests_page_export_diagram (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *param)
{
  PodliftManifestsPage *self = PODLIFT_MANIFESTS_PAGE (widget);
  PodliftProject *project = podlift_page_get_project (PODLIFT_PAGE (self));
  const char *format = g_variant_get_string (param, NULL);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;
  GtkRoot *root;

  g_return_if_fail (PODLIFT_IS_MANIFESTS_PAGE (self));

  if (project == NULL || self->diagram == NULL)
    return;

  gtk_file_filter_add_suffix (filter, format);
  gtk_file_filter_set_name (filter, g_str_equal (format, "png") ? _("PNG images") : _("SVG drawings"));

  root = gtk_widget_get_root (widget);
  chooser = gtk_file_chooser_native_new (g_str_equal (format, "png") ? _("Export the Diagram as PNG")
                                                                      : _("Export the Diagram as SVG"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);

  /* Translators: the file name offered for the exported diagram; %s is the project's title */
  base = g_strdup_printf (_("%s resources"), podlift_project_get_title (project));
  name = g_strconcat (base, ".", format, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  g_signal_connect_object (chooser, "response", G_CALLBACK (export_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* }}} */
