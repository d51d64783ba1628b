/* podlift-window.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-window"

#include "config.h"

#include <glib/gi18n.h>

#include "podlift-container-page.h"
#include "podlift-cutover-page.h"
#include "podlift-knowledge-page.h"
#include "podlift-labels.h"
#include "podlift-manifests-page.h"
#include "podlift-review-page.h"
#include "podlift-strategy-page.h"
#include "podlift-window-private.h"

G_DEFINE_FINAL_TYPE (PodliftWindow, podlift_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_PROJECT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static const char * const step_icon_names[PODLIFT_N_STEPS] = {
  "dialog-question-symbolic",
  "package-x-generic-symbolic",
  "text-x-generic-symbolic",
  "mark-location-symbolic",
  "emblem-default-symbolic",
  "x-office-presentation-symbolic",
};

static GtkWidget *
create_step_row (PodliftStep step)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *icon = gtk_image_new_from_icon_name (step_icon_names[step]);
  GtkWidget *title = gtk_label_new (podlift_step_get_title (step));
  GtkWidget *summary = gtk_label_new (NULL);
  GtkWidget *state = gtk_image_new ();

  gtk_widget_set_name (row, podlift_step_get_id (step));
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_xalign (GTK_LABEL (summary), 0);
  gtk_label_set_ellipsize (GTK_LABEL (summary), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (summary, "dim-label");
  gtk_widget_add_css_class (summary, "step-summary");
  gtk_widget_set_name (summary, "summary");
  gtk_widget_set_name (state, "state");
  gtk_widget_set_hexpand (labels, TRUE);
  gtk_widget_set_valign (labels, GTK_ALIGN_CENTER);

  gtk_box_append (GTK_BOX (labels), title);
  gtk_box_append (GTK_BOX (labels), summary);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), labels);
  gtk_box_append (GTK_BOX (box), state);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  g_object_set_data (G_OBJECT (row), "summary", summary);
  g_object_set_data (G_OBJECT (row), "state", state);

  return row;
}

/* The sidebar tells, for each step, how far the plan is: core decides
 * the state, the window only shows it. */
void
podlift_window_update_steps (PodliftWindow *self)
{
  g_assert (PODLIFT_IS_WINDOW (self));

  if (self->project == NULL)
    return;

  for (guint i = 0; i < PODLIFT_N_STEPS; i++)
    {
      GtkWidget *row = self->step_rows[i];
      g_autofree char *summary = NULL;
      PodliftStepState state = podlift_project_get_step_state (self->project, i, &summary);

      gtk_label_set_label (g_object_get_data (G_OBJECT (row), "summary"), summary);
      gtk_image_set_from_icon_name (g_object_get_data (G_OBJECT (row), "state"),
                                    podlift_page_get_state_icon_name (state));
    }
}

static void
step_row_activated_cb (PodliftWindow *self,
                       GtkListBoxRow *row,
                       GtkListBox    *list)
{
  PodliftStep step;

  g_assert (PODLIFT_IS_WINDOW (self));

  if (podlift_step_from_id (gtk_widget_get_name (GTK_WIDGET (row)), &step))
    podlift_window_show_step (self, step);
}

static void
back_clicked_cb (PodliftWindow *self)
{
  g_assert (PODLIFT_IS_WINDOW (self));

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
add_toast_cb (PodliftWindow *self,
              AdwToast      *toast)
{
  g_assert (PODLIFT_IS_WINDOW (self));
  g_assert (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (toast));
}

static void
update_subtitle (PodliftWindow *self)
{
  g_autofree char *subtitle = NULL;
  GFile *file;

  g_assert (PODLIFT_IS_WINDOW (self));

  if (self->project == NULL)
    return;

  file = podlift_project_get_file (self->project);
  if (file != NULL)
    {
      g_autofree char *path = g_file_get_path (file);
      const char *home = g_get_home_dir ();

      if (path != NULL && home != NULL && g_str_has_prefix (path, home) && path[strlen (home)] == '/')
        subtitle = g_strconcat ("~", path + strlen (home), NULL);
      else
        subtitle = g_file_get_parse_name (file);
    }
  else
    subtitle = g_strdup (_("Not saved yet"));

  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), podlift_project_get_title (self->project));
}

static void
recent_row_activated_cb (AdwActionRow *row,
                         gpointer      user_data)
{
  const char *path = g_object_get_data (G_OBJECT (row), "path");

  gtk_widget_activate_action (GTK_WIDGET (row), "app.open-bundle", "s", path);
}

static void
update_recent (PodliftWindow *self)
{
  g_auto(GStrv) recent = NULL;
  GtkWidget *child;
  guint shown = 0;

  g_assert (PODLIFT_IS_WINDOW (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recent_list))))
    gtk_list_box_remove (self->recent_list, child);

  recent = g_settings_get_strv (self->settings, "recent-bundles");
  for (guint i = 0; recent[i]; i++)
    {
      g_autofree char *name = g_path_get_basename (recent[i]);
      GtkWidget *row;

      if (!g_file_test (recent[i], G_FILE_TEST_IS_DIR))
        continue;

      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), recent[i]);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "path", g_strdup (recent[i]), g_free);
      g_signal_connect (row, "activated", G_CALLBACK (recent_row_activated_cb), NULL);
      gtk_list_box_append (self->recent_list, row);
      shown++;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->recent_group), shown > 0);
}

static gboolean
podlift_window_close_request (GtkWindow *window)
{
  PodliftWindow *self = (PodliftWindow *)window;
  AdwMessageDialog *dialog;

  g_assert (PODLIFT_IS_WINDOW (self));

  if (self->project == NULL || !podlift_project_get_dirty (self->project))
    return GTK_WINDOW_CLASS (podlift_window_parent_class)->close_request (window);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (window,
                                                       _("Save Changes?"),
                                                       NULL));
  adw_message_dialog_format_body (dialog,
                                  _("“%s” has changes that are not saved. Changes that are not saved are lost."),
                                  podlift_project_get_title (self->project));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  gtk_widget_set_name (GTK_WIDGET (dialog), "save-changes-dialog");
  g_signal_connect_object (dialog, "response", G_CALLBACK (podlift_window_close_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}

static void
podlift_window_dispose (GObject *object)
{
  PodliftWindow *self = (PodliftWindow *)object;

  g_cancellable_cancel (self->cancellable);

  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);

  /* The content belongs to AdwApplicationWindow, which releases it. */

  g_clear_object (&self->project);
  g_clear_object (&self->settings);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->pending_save);

  G_OBJECT_CLASS (podlift_window_parent_class)->dispose (object);
}

static void
podlift_window_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PodliftWindow *self = PODLIFT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
podlift_window_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  PodliftWindow *self = PODLIFT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      podlift_window_set_project (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
podlift_window_class_init (PodliftWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = podlift_window_dispose;
  object_class->get_property = podlift_window_get_property;
  object_class->set_property = podlift_window_set_property;

  window_class->close_request = podlift_window_close_request;

  properties [PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         PODLIFT_TYPE_PROJECT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PODLIFT_TYPE_CONTAINER_PAGE);
  g_type_ensure (PODLIFT_TYPE_CUTOVER_PAGE);
  g_type_ensure (PODLIFT_TYPE_KNOWLEDGE_PAGE);
  g_type_ensure (PODLIFT_TYPE_MANIFESTS_PAGE);
  g_type_ensure (PODLIFT_TYPE_REVIEW_PAGE);
  g_type_ensure (PODLIFT_TYPE_STRATEGY_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, "/app/podlift/Podlift/ui/podlift-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PodliftWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, PodliftWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, PodliftWindow, page_stack);
  gtk_widget_class_bind_template_child (widget_class, PodliftWindow, recent_group);
  gtk_widget_class_bind_template_child (widget_class, PodliftWindow, recent_list);
  gtk_widget_class_bind_template_child (widget_class, PodliftWindow, step_list);
  gtk_widget_class_bind_template_child (widget_class, PodliftWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PodliftWindow, window_title);
  gtk_widget_class_bind_template_callback (widget_class, add_toast_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, step_row_activated_cb);

  podlift_window_class_actions_init (widget_class);
}

static void
podlift_window_init (PodliftWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->settings = g_settings_new (APP_ID);

  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);

  g_signal_connect_object (self->settings, "changed::recent-bundles",
                           G_CALLBACK (update_recent), self, G_CONNECT_SWAPPED);
  update_recent (self);

  for (guint i = 0; i < PODLIFT_N_STEPS; i++)
    {
      self->step_rows[i] = create_step_row (i);
      gtk_list_box_append (self->step_list, self->step_rows[i]);
    }

  podlift_window_init_actions (self);
}

PodliftWindow *
podlift_window_new (AdwApplication *application)
{
  g_return_val_if_fail (ADW_IS_APPLICATION (application), NULL);

  return g_object_new (PODLIFT_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

/**
 * podlift_window_get_project:
 *
 * Returns: (nullable) (transfer none): the project shown, or %NULL on the
 *   welcome screen
 */
PodliftProject *
podlift_window_get_project (PodliftWindow *self)
{
  g_return_val_if_fail (PODLIFT_IS_WINDOW (self), NULL);

  return self->project;
}

void
podlift_window_set_project (PodliftWindow  *self,
                            PodliftProject *project)
{
  g_return_if_fail (PODLIFT_IS_WINDOW (self));
  g_return_if_fail (!project || PODLIFT_IS_PROJECT (project));

  if (self->project == project)
    return;

  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);

  /* A save waiting for the running one was of the project shown. */
  g_clear_object (&self->pending_save);
  g_set_object (&self->project, project);

  if (project != NULL)
    {
      g_signal_connect_object (project, "changed",
                               G_CALLBACK (podlift_window_update_steps), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (project, "notify::file",
                               G_CALLBACK (update_subtitle), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (project, "notify::title",
                               G_CALLBACK (update_subtitle), self, G_CONNECT_SWAPPED);
      update_subtitle (self);
      podlift_window_update_steps (self);
      gtk_stack_set_visible_child_name (self->main_stack, "project");
      podlift_window_show_step (self, PODLIFT_STEP_KNOWLEDGE);
    }
  else
    {
      gtk_stack_set_visible_child_name (self->main_stack, "welcome");
      gtk_window_set_title (GTK_WINDOW (self), _("Podlift"));
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PROJECT]);
}

void
podlift_window_show_step (PodliftWindow *self,
                          PodliftStep    step)
{
  g_return_if_fail (PODLIFT_IS_WINDOW (self));
  g_return_if_fail (step < PODLIFT_N_STEPS);

  gtk_stack_set_visible_child_name (self->page_stack, podlift_step_get_id (step));
  gtk_list_box_select_row (self->step_list, GTK_LIST_BOX_ROW (self->step_rows[step]));
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}
