/* podlift-window-actions.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-window"

#include "config.h"

#include <glib/gi18n.h>

#include "podlift-bundle.h"
#include "podlift-window-private.h"

/* Saving: the bundle is written on a worker thread; the window stays
 * usable, and edits made meanwhile keep the project dirty. */

static void save_as (PodliftWindow *self);

/**
 * podlift_window_show_error:
 *
 * Shows a failed load or save in a dialog: the user must see it, and a
 * toast could go unnoticed.
 */
void
podlift_window_show_error (PodliftWindow *self,
                           const char    *heading,
                           const GError  *error)
{
  GtkWidget *dialog;

  g_return_if_fail (PODLIFT_IS_WINDOW (self));

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_widget_set_name (dialog, "error-dialog");
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
remember_recent (PodliftWindow *self,
                 GFile         *file)
{
  g_autofree char *path = g_file_get_path (file);

  if (path != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "app.remember-bundle", "s", path);
}

static void save_to (PodliftWindow *self,
                     GFile         *file);

static void
save_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(PodliftWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  g_assert (PODLIFT_IS_WINDOW (self));

  self->saving = FALSE;

  if (!podlift_bundle_save_finish (result, &error))
    {
      self->close_after_save = FALSE;
      g_clear_object (&self->pending_save);
      podlift_window_show_error (self, _("Could Not Save"), error);
      return;
    }

  remember_recent (self, podlift_project_get_file (PODLIFT_PROJECT (object)));

  /* A save asked for while this one ran holds the edits made since: it
   * goes next, and closing waits for it. */
  if (self->pending_save != NULL)
    {
      g_autoptr(GFile) next = g_steal_pointer (&self->pending_save);

      save_to (self, next);
      return;
    }

  if (self->close_after_save)
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Saved")));
}

static void
save_to (PodliftWindow *self,
         GFile         *file)
{
  g_assert (PODLIFT_IS_WINDOW (self));
  g_assert (G_IS_FILE (file));

  /* The running save wrote the project as it was when it started. */
  if (self->saving)
    {
      g_set_object (&self->pending_save, file);
      return;
    }

  self->saving = TRUE;
  podlift_bundle_save_async (self->project, file, self->cancellable,
                             save_cb, g_object_ref (self));
}

static void
save_as_response_cb (PodliftWindow        *self,
                     int                   response,
                     GtkFileChooserNative *native)
{
  g_autoptr(GFile) file = NULL;

  g_assert (PODLIFT_IS_WINDOW (self));

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

  if (file != NULL)
    save_to (self, file);
  else
    self->close_after_save = FALSE;

  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (native));
  g_object_unref (native);
}

static void
save_as (PodliftWindow *self)
{
  GtkFileChooserNative *native;
  g_autofree char *name = NULL;

  g_assert (PODLIFT_IS_WINDOW (self));

  /* A bundle is a folder: the name typed here becomes that folder. */
  native = gtk_file_chooser_native_new (_("Save Bundle"),
                                        GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Save"),
                                        _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);

  name = g_ascii_strdown (podlift_project_get_title (self->project), -1);
  g_strdelimit (name, " /", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);

  g_signal_connect_object (native, "response", G_CALLBACK (save_as_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/**
 * podlift_window_save:
 *
 * Saves to the project's bundle, or asks where when it has none.
 */
void
podlift_window_save (PodliftWindow *self)
{
  GFile *file;

  g_return_if_fail (PODLIFT_IS_WINDOW (self));

  if (self->project == NULL)
    return;

  file = podlift_project_get_file (self->project);
  if (file == NULL)
    save_as (self);
  else
    save_to (self, file);
}

static void
destroy_later (gpointer data)
{
  g_autoptr(GtkWindow) window = data;

  gtk_window_destroy (window);
}

void
podlift_window_close_response_cb (PodliftWindow    *self,
                                  const char       *response,
                                  AdwMessageDialog *dialog)
{
  g_assert (PODLIFT_IS_WINDOW (self));

  if (g_strcmp0 (response, "discard") == 0)
    {
      /* Not while the dialog, our transient child, is still answering. */
      g_idle_add_once (destroy_later, g_object_ref (self));
    }
  else if (g_strcmp0 (response, "save") == 0)
    {
      self->close_after_save = TRUE;
      podlift_window_save (self);
    }
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  podlift_window_save (PODLIFT_WINDOW (widget));
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  PodliftWindow *self = PODLIFT_WINDOW (widget);

  if (self->project != NULL)
    save_as (self);
}

static void
show_step_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  PodliftStep step;

  if (podlift_step_from_id (g_variant_get_string (param, NULL), &step))
    podlift_window_show_step (PODLIFT_WINDOW (widget), step);
}

/* F11: the whole screen, for a projector. */
static void
fullscreen_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  if (gtk_window_is_fullscreen (GTK_WINDOW (widget)))
    gtk_window_unfullscreen (GTK_WINDOW (widget));
  else
    gtk_window_fullscreen (GTK_WINDOW (widget));
}

static void
update_action_state (PodliftWindow *self)
{
  gboolean has_project = self->project != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", has_project);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", has_project);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-step", has_project);
}

void
podlift_window_class_actions_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.show-step", "s", show_step_action);
  gtk_widget_class_install_action (widget_class, "win.fullscreen", NULL, fullscreen_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F11, 0, "win.fullscreen", NULL);
}

void
podlift_window_init_actions (PodliftWindow *self)
{
  g_signal_connect (self, "notify::project", G_CALLBACK (update_action_state), NULL);
  update_action_state (self);
}
