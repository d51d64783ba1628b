/* podlift-knowledge-page-scan.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-knowledge-page"

#include "config.h"

#include <glib/gi18n.h>

#include "podlift-knowledge-page-private.h"
#include "podlift-scanner.h"

/* Filling the Knowledge page from files: a scan of the source folder in
 * the background (with its progress and a Cancel button), and the import
 * of files the VMs run, chosen in a file chooser or dropped on the page.
 * Each goes into one report that is applied to the project: answers the
 * user typed stay. What the imported files set up that has no answer is
 * listed under "Not Carried Over" until the next scan or import. */

/* A scan in flight. The scanning thread only touches the atomics; the
 * rest is for the main thread. */
typedef struct
{
  gatomicrefcount  ref_count;
  GMainContext    *context;
  GWeakRef         page;
  GCancellable    *cancellable;
  PodliftProject  *project;
  GFile           *folder;
  guint            files_seen;
  gint             progress_pending;
} ScanState;

static ScanState *
scan_state_ref (ScanState *state)
{
  g_atomic_ref_count_inc (&state->ref_count);

  return state;
}

static void
scan_state_unref (gpointer data)
{
  ScanState *state = data;

  if (!g_atomic_ref_count_dec (&state->ref_count))
    return;

  g_main_context_unref (state->context);
  g_weak_ref_clear (&state->page);
  g_clear_object (&state->cancellable);
  g_clear_object (&state->project);
  g_clear_object (&state->folder);
  g_free (state);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScanState, scan_state_unref)

static void
toast (PodliftKnowledgePage *self,
       const char           *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  podlift_page_add_toast (PODLIFT_PAGE (self), escaped);
}

static void
update_actions (PodliftKnowledgePage *self)
{
  gboolean has_project = podlift_page_get_project (PODLIFT_PAGE (self)) != NULL;
  gboolean idle = self->scan_cancellable == NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "knowledge.scan-folder", has_project && idle);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "knowledge.rescan",
                                 has_project && idle && self->scanned_folder != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "knowledge.import", has_project && idle);
  gtk_widget_set_visible (self->rescan_button, self->scanned_folder != NULL);
  gtk_widget_set_visible (self->scan_progress_row, !idle);
}

static GtkWidget *
create_not_carried_row (const char *what,
                        const char *why,
                        const char *source)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  g_autofree char *title = g_markup_escape_text (what != NULL ? what : "", -1);
  g_autofree char *subtitle = NULL;
  g_autofree char *from = NULL;

  if (source != NULL)
    /* Translators: the reason something was not carried over, then where it was,
     * e.g. "@reboot has no Kubernetes schedule · from crontab:3" */
    from = g_strdup_printf (_("%s · from %s"), why != NULL ? why : "", source);
  subtitle = g_markup_escape_text (from != NULL ? from : (why != NULL ? why : ""), -1);

  gtk_widget_set_name (row, "not-carried-over-row");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_add_css_class (icon, "warning");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  return row;
}

static const char *
member_string (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) ? json_node_get_string (node) : NULL;
}

/* Shows the report's not_carried_over list, replacing the last one. */
static void
show_not_carried_over (PodliftKnowledgePage *self,
                       PodliftScanReport    *report)
{
  g_autoptr(JsonNode) root = report != NULL ? podlift_scan_report_to_json (report) : NULL;
  JsonArray *items = NULL;
  GtkWidget *child;
  guint n = 0;

  while ((child = gtk_widget_get_first_child (self->not_carried_list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->not_carried_list), child);

  if (root != NULL && JSON_NODE_HOLDS_OBJECT (root)
      && json_object_has_member (json_node_get_object (root), "not_carried_over"))
    {
      JsonNode *node = json_object_get_member (json_node_get_object (root), "not_carried_over");

      if (JSON_NODE_HOLDS_ARRAY (node))
        items = json_node_get_array (node);
    }

  for (guint i = 0; items != NULL && i < json_array_get_length (items); i++)
    {
      JsonObject *item = json_array_get_object_element (items, i);

      if (item == NULL)
        continue;

      gtk_list_box_append (GTK_LIST_BOX (self->not_carried_list),
                           create_not_carried_row (member_string (item, "what"),
                                                   member_string (item, "why"),
                                                   member_string (item, "source")));
      n++;
    }

  gtk_widget_set_visible (self->not_carried_group, n > 0);
}

static guint
apply_report (PodliftKnowledgePage *self,
              PodliftScanReport    *report,
              PodliftProject       *project)
{
  guint filled;

  /* What the report fills in keeps its source. */
  self->applying++;
  filled = podlift_scan_report_apply (report, project);
  self->applying--;

  return filled;
}

static void
toast_filled (PodliftKnowledgePage *self,
              guint                 filled)
{
  g_autofree char *message = NULL;

  if (filled == 0)
    message = g_strdup (_("No new answers found"));
  else
    message = g_strdup_printf (ngettext ("%u answer filled in", "%u answers filled in", filled),
                               filled);
  toast (self, message);
}

/**
 * podlift_knowledge_page_import_files:
 * @files: (element-type GFile): files a VM runs
 *
 * Imports @files into one report and applies it to the project. A file
 * that cannot be read shows its error (FILE:LINE: message); what it and
 * the other files gave is applied all the same.
 */
void
podlift_knowledge_page_import_files (PodliftKnowledgePage *self,
                                     GSList               *files)
{
  PodliftProject *project;
  g_autoptr(PodliftScanReport) report = NULL;

  g_return_if_fail (PODLIFT_IS_KNOWLEDGE_PAGE (self));

  project = podlift_page_get_project (PODLIFT_PAGE (self));
  if (project == NULL || files == NULL)
    return;

  report = podlift_scan_report_new ();
  for (const GSList *l = files; l != NULL; l = l->next)
    {
      g_autoptr(GError) error = NULL;

      if (!podlift_scan_import_file (report, l->data, &error))
        toast (self, error->message);
    }

  toast_filled (self, apply_report (self, report, project));
  show_not_carried_over (self, report);
}

static void
show_progress (ScanState *state)
{
  g_autoptr(PodliftKnowledgePage) self = g_weak_ref_get (&state->page);
  g_autofree char *files = NULL;
  guint n;

  g_atomic_int_set (&state->progress_pending, 0);
  if (self == NULL || self->scan_cancellable != state->cancellable)
    return;

  n = (guint)g_atomic_int_get (&state->files_seen);
  /* Translators: how many files a scan has looked at so far, e.g. "1,234 files" */
  files = g_strdup_printf (ngettext ("%'u file", "%'u files", n), n);
  gtk_label_set_text (GTK_LABEL (self->scan_progress_files), files);
  gtk_progress_bar_pulse (GTK_PROGRESS_BAR (self->scan_progress_bar));
}

static gboolean
show_progress_cb (gpointer data)
{
  show_progress (data);

  return G_SOURCE_REMOVE;
}

/* Called in the scanning thread: hands the count to the main thread,
 * at most one update waiting at a time. */
static void
scan_progress_cb (guint    files_seen,
                  gpointer user_data)
{
  ScanState *state = user_data;

  g_atomic_int_set (&state->files_seen, (int)files_seen);
  if (g_atomic_int_compare_and_exchange (&state->progress_pending, 0, 1))
    g_main_context_invoke_full (state->context, G_PRIORITY_DEFAULT, show_progress_cb,
                                scan_state_ref (state), scan_state_unref);
}

static void
scan_done (PodliftKnowledgePage *self,
           ScanState            *state,
           PodliftScanReport    *report,
           const GError         *error)
{
  g_clear_object (&self->scan_cancellable);

  if (error != NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        toast (self, error->message);
    }
  else if (state->project == podlift_page_get_project (PODLIFT_PAGE (self)))
    {
      g_set_object (&self->scanned_folder, state->folder);
      toast_filled (self, apply_report (self, report, state->project));
      show_not_carried_over (self, report);
    }

  update_actions (self);
}

static void
scan_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(ScanState) state = user_data;
  g_autoptr(PodliftKnowledgePage) self = g_weak_ref_get (&state->page);
  g_autoptr(PodliftScanReport) report = NULL;
  g_autoptr(GError) error = NULL;

  report = podlift_scan_directory_finish (result, &error);

  /* A scan that was replaced or whose page went away is dropped. */
  if (self == NULL || self->scan_cancellable != state->cancellable)
    return;

  scan_done (self, state, report, error);
}

/**
 * podlift_knowledge_page_scan_folder:
 * @folder: a source folder
 *
 * Scans @folder in the background, showing progress, and applies what it
 * finds to the project. Answers the user typed stay.
 */
void
podlift_knowledge_page_scan_folder (PodliftKnowledgePage *self,
                                    GFile                *folder)
{
  PodliftProject *project;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  ScanState *state;

  g_return_if_fail (PODLIFT_IS_KNOWLEDGE_PAGE (self));
  g_return_if_fail (G_IS_FILE (folder));

  project = podlift_page_get_project (PODLIFT_PAGE (self));
  if (project == NULL)
    return;

  if (self->scan_cancellable != NULL)
    g_cancellable_cancel (self->scan_cancellable);
  g_clear_object (&self->scan_cancellable);
  self->scan_cancellable = g_cancellable_new ();

  state = g_new0 (ScanState, 1);
  g_atomic_ref_count_init (&state->ref_count);
  state->context = g_main_context_ref_thread_default ();
  g_weak_ref_init (&state->page, self);
  state->cancellable = g_object_ref (self->scan_cancellable);
  state->project = g_object_ref (project);
  state->folder = g_object_ref (folder);

  name = g_file_get_basename (folder);
  /* Translators: %s is a folder name */
  title = g_strdup_printf (_("Scanning %s…"), name);
  gtk_label_set_text (GTK_LABEL (self->scan_progress_title), title);
  gtk_label_set_text (GTK_LABEL (self->scan_progress_files), "");
  gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (self->scan_progress_bar), 0);
  update_actions (self);

  podlift_scan_directory_async (folder, state->cancellable, scan_progress_cb, state,
                                scan_cb, state);
}

static void
scan_cancel_clicked_cb (GtkButton            *button,
                        PodliftKnowledgePage *self)
{
  g_assert (PODLIFT_IS_KNOWLEDGE_PAGE (self));

  /* The page lets go of the scan at once; whatever it returns is dropped. */
  if (self->scan_cancellable != NULL)
    g_cancellable_cancel (self->scan_cancellable);
  g_clear_object (&self->scan_cancellable);
  update_actions (self);
}

static GtkWindow *
parent_window (PodliftKnowledgePage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
chooser_response_cb (GtkFileChooserNative *native,
                     int                   response,
                     PodliftKnowledgePage *self)
{
  g_assert (PODLIFT_IS_KNOWLEDGE_PAGE (self));

  if (response == GTK_RESPONSE_ACCEPT)
    {
      GtkFileChooser *chooser = GTK_FILE_CHOOSER (native);

      if (gtk_file_chooser_get_action (chooser) == GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER)
        {
          g_autoptr(GFile) folder = gtk_file_chooser_get_file (chooser);

          podlift_knowledge_page_scan_folder (self, folder);
        }
      else
        {
          g_autoptr(GListModel) model = gtk_file_chooser_get_files (chooser);
          g_autoslist(GFile) files = NULL;

          for (guint i = g_list_model_get_n_items (model); i > 0; i--)
            files = g_slist_prepend (files, g_list_model_get_item (model, i - 1));
          podlift_knowledge_page_import_files (self, files);
        }
    }

  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (native));
  g_object_unref (native);
  g_object_unref (self);
}

static void
show_chooser (PodliftKnowledgePage *self,
              const char           *title,
              GtkFileChooserAction  action,
              const char           *accept)
{
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (title, parent_window (self), action, accept, _("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (native),
                                        action == GTK_FILE_CHOOSER_ACTION_OPEN);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  g_signal_connect (native, "response", G_CALLBACK (chooser_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
scan_folder_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  show_chooser (PODLIFT_KNOWLEDGE_PAGE (widget), _("Scan Source Folder"),
                GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, _("_Scan"));
}

static void
rescan_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  PodliftKnowledgePage *self = PODLIFT_KNOWLEDGE_PAGE (widget);
  g_autoptr(GFile) folder = self->scanned_folder ? g_object_ref (self->scanned_folder) : NULL;

  if (folder != NULL)
    podlift_knowledge_page_scan_folder (self, folder);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  show_chooser (PODLIFT_KNOWLEDGE_PAGE (widget), _("Import Files from the VMs"),
                GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"));
}

static gboolean
drop_cb (GtkDropTarget        *target,
         const GValue         *value,
         double                x,
         double                y,
         PodliftKnowledgePage *self)
{
  g_assert (PODLIFT_IS_KNOWLEDGE_PAGE (self));

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST)
      || podlift_page_get_project (PODLIFT_PAGE (self)) == NULL)
    return FALSE;

  podlift_knowledge_page_import_files (self, gdk_file_list_get_files (g_value_get_boxed (value)));

  return TRUE;
}

void
podlift_knowledge_page_class_init_scan (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "knowledge.scan-folder", NULL, scan_folder_action);
  gtk_widget_class_install_action (widget_class, "knowledge.rescan", NULL, rescan_action);
  gtk_widget_class_install_action (widget_class, "knowledge.import", NULL, import_action);
}

void
podlift_knowledge_page_init_scan (PodliftKnowledgePage *self)
{
  GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));

  g_signal_connect (self->scan_cancel_button, "clicked", G_CALLBACK (scan_cancel_clicked_cb), self);
  update_actions (self);
}

/* Another project: the running scan stops, and what was shown about the
 * last scan or import goes. */
void
podlift_knowledge_page_project_set_scan (PodliftKnowledgePage *self)
{
  if (self->scan_cancellable != NULL)
    g_cancellable_cancel (self->scan_cancellable);
  g_clear_object (&self->scan_cancellable);
  g_clear_object (&self->scanned_folder);
  show_not_carried_over (self, NULL);
  update_actions (self);
}

void
podlift_knowledge_page_dispose_scan (PodliftKnowledgePage *self)
{
  if (self->scan_cancellable != NULL)
    g_cancellable_cancel (self->scan_cancellable);
  g_clear_object (&self->scan_cancellable);
  g_clear_object (&self->scanned_folder);
}
