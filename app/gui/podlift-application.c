/* podlift-application.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-application"

#include "config.h"

#include <glib/gi18n.h>
#include <gtksourceview/gtksource.h>

#include "podlift-application.h"
#include "podlift-bundle.h"
#include "podlift-scanner.h"
#include "podlift-window-private.h"

#define MAX_RECENT 10

struct _PodliftApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;

  guint           open_example : 1;
};

G_DEFINE_FINAL_TYPE (PodliftApplication, podlift_application, ADW_TYPE_APPLICATION)

typedef struct
{
  PodliftApplication *self;
  gboolean            example;
} OpenData;

/* A window without a project takes the next one; otherwise a new one. */
static PodliftWindow *
window_for_project (PodliftApplication *self)
{
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));
  PodliftWindow *window;

  if (PODLIFT_IS_WINDOW (active) && podlift_window_get_project (PODLIFT_WINDOW (active)) == NULL)
    return PODLIFT_WINDOW (active);

  window = podlift_window_new (ADW_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (window));

  return window;
}

static void
remember (PodliftApplication *self,
          const char         *path)
{
  g_auto(GStrv) recent = g_settings_get_strv (self->settings, "recent-bundles");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) updated = NULL;
  guint n = 1;

  g_strv_builder_add (builder, path);
  for (guint i = 0; recent[i] && n < MAX_RECENT; i++)
    {
      if (g_strcmp0 (recent[i], path) != 0)
        {
          g_strv_builder_add (builder, recent[i]);
          n++;
        }
    }

  updated = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-bundles", (const char * const *)updated);
}

static void
load_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  OpenData *data = user_data;
  g_autoptr(PodliftApplication) self = data->self;
  g_autoptr(PodliftProject) project = NULL;
  g_autoptr(GError) error = NULL;
  gboolean example = data->example;
  PodliftWindow *window;

  g_free (data);

  project = podlift_bundle_load_finish (result, &error);
  window = window_for_project (self);
  /* The window holds the application now. */
  g_application_release (G_APPLICATION (self));

  if (project == NULL)
    {
      podlift_window_show_error (window, _("Could Not Open Bundle"), error);
      return;
    }

  if (example)
    {
      /* The example is a template: saving asks where, and never writes
       * into the installed copy. */
      podlift_project_set_file (project, NULL);
    }
  else
    {
      g_autofree char *path = g_file_get_path (podlift_project_get_file (project));

      if (path != NULL)
        remember (self, path);
    }

  podlift_window_set_project (window, project);
}

static void
open_bundle (PodliftApplication *self,
             GFile              *file,
             gboolean            example)
{
  OpenData *data;

  /* Already open? Bring that window forward. */
  for (const GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    {
      PodliftProject *project;
      GFile *open_file;

      if (example || !PODLIFT_IS_WINDOW (l->data))
        continue;

      project = podlift_window_get_project (l->data);
      open_file = project ? podlift_project_get_file (project) : NULL;
      if (open_file != NULL && g_file_equal (open_file, file))
        {
          gtk_window_present (l->data);
          return;
        }
    }

  data = g_new0 (OpenData, 1);
  data->self = g_object_ref (self);
  data->example = example;
  /* Opened from the command line, no window holds the application yet:
   * it must not quit while the bundle loads. */
  g_application_hold (G_APPLICATION (self));
  podlift_bundle_load_async (file, NULL, load_cb, data);
}

static GFile *
example_bundle (void)
{
  const char *dir = g_getenv ("PODLIFT_EXAMPLES_DIR");

  if (dir == NULL || dir[0] == '\0')
    dir = PODLIFT_DATADIR "/examples";

  return g_file_new_build_filename (dir, "shopfront", NULL);
}

static void
new_action (GSimpleAction *action,
            GVariant      *param,
            gpointer       user_data)
{
  PodliftApplication *self = user_data;
  g_autoptr(PodliftProject) project = podlift_project_new ();

  podlift_window_set_project (window_for_project (self), project);
}

/* New from Source Folder: a scan in the background with a dialog that
 * shows how many files it has looked at and can cancel it, then a new,
 * unsaved project with what the scan found. The scanning thread only
 * touches the atomics. */
typedef struct
{
  gatomicrefcount     ref_count;
  GMainContext       *context;
  PodliftApplication *self;
  GFile              *folder;
  GCancellable       *cancellable;
  AdwMessageDialog   *dialog;
  GtkWidget          *files_label;
  GtkWidget          *progress_bar;
  guint               files_seen;
  gint                progress_pending;
} SourceScan;

static SourceScan *
source_scan_ref (SourceScan *scan)
{
  g_atomic_ref_count_inc (&scan->ref_count);

  return scan;
}

static void
source_scan_unref (gpointer data)
{
  SourceScan *scan = data;

  if (!g_atomic_ref_count_dec (&scan->ref_count))
    return;

  if (scan->dialog != NULL)
    g_object_remove_weak_pointer (G_OBJECT (scan->dialog), (gpointer *)&scan->dialog);
  g_main_context_unref (scan->context);
  g_clear_object (&scan->self);
  g_clear_object (&scan->folder);
  g_clear_object (&scan->cancellable);
  g_free (scan);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SourceScan, source_scan_unref)

static gboolean
source_scan_progress_cb (gpointer data)
{
  SourceScan *scan = data;
  g_autofree char *files = NULL;
  guint n;

  g_atomic_int_set (&scan->progress_pending, 0);
  if (scan->dialog == NULL)
    return G_SOURCE_REMOVE;

  n = (guint)g_atomic_int_get (&scan->files_seen);
  /* Translators: how many files a scan has looked at so far, e.g. "1,234 files" */
  files = g_strdup_printf (ngettext ("%'u file", "%'u files", n), n);
  gtk_label_set_text (GTK_LABEL (scan->files_label), files);
  gtk_progress_bar_pulse (GTK_PROGRESS_BAR (scan->progress_bar));

  return G_SOURCE_REMOVE;
}

/* Called in the scanning thread. */
static void
source_scan_progress (guint    files_seen,
                      gpointer user_data)
{
  SourceScan *scan = user_data;

  g_atomic_int_set (&scan->files_seen, (int)files_seen);
  if (g_atomic_int_compare_and_exchange (&scan->progress_pending, 0, 1))
    g_main_context_invoke_full (scan->context, G_PRIORITY_DEFAULT, source_scan_progress_cb,
                                source_scan_ref (scan), source_scan_unref);
}

static PodliftWindow *
error_window (PodliftApplication *self)
{
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (PODLIFT_IS_WINDOW (active))
    return PODLIFT_WINDOW (active);

  return window_for_project (self);
}

static void
open_scanned_project (SourceScan        *scan,
                      PodliftScanReport *report)
{
  g_autoptr(PodliftProject) project = podlift_project_new ();
  PodliftAppProfile *profile = podlift_project_get_profile (project);
  g_autofree char *message = NULL;
  PodliftWindow *window;
  guint filled;

  filled = podlift_scan_report_apply (report, project);

  /* The folder names the application until the user says otherwise. */
  if (podlift_app_profile_get_name (profile) == NULL)
    {
      g_autofree char *name = g_file_get_basename (scan->folder);

      podlift_app_profile_set_name (profile, name);
    }

  /* Not saved anywhere yet. */
  podlift_project_set_file (project, NULL);
  podlift_project_set_dirty (project, TRUE);

  window = window_for_project (scan->self);
  podlift_window_set_project (window, project);

  message = g_strdup_printf (ngettext ("%u answer filled in from the source folder",
                                       "%u answers filled in from the source folder", filled),
                             filled);
  adw_toast_overlay_add_toast (window->toast_overlay, adw_toast_new (message));
}

static void
source_scan_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(SourceScan) scan = user_data;
  g_autoptr(PodliftScanReport) report = NULL;
  g_autoptr(GError) error = NULL;

  report = podlift_scan_directory_finish (result, &error);

  if (scan->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (scan->dialog));

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED)
      || g_cancellable_is_cancelled (scan->cancellable))
    return;

  if (report == NULL)
    {
      podlift_window_show_error (error_window (scan->self), _("Could Not Scan the Folder"), error);
      return;
    }

  open_scanned_project (scan, report);
}

static void
source_scan_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         SourceScan       *scan)
{
  if (g_strcmp0 (response, "cancel") == 0)
    g_cancellable_cancel (scan->cancellable);
}

static AdwMessageDialog *
create_scan_dialog (PodliftApplication *self,
                    SourceScan         *scan)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autofree char *name = g_file_get_basename (scan->folder);
  GtkWidget *dialog;
  GtkWidget *box;

  /* Translators: %s is the name of the folder being scanned */
  dialog = adw_message_dialog_new (parent, _("Scanning Source Folder"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog), _("Looking for the answers in “%s”…"),
                                  name);
  gtk_widget_set_name (dialog, "scan-dialog");
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"));
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  scan->progress_bar = gtk_progress_bar_new ();
  gtk_progress_bar_set_pulse_step (GTK_PROGRESS_BAR (scan->progress_bar), 0.1);
  scan->files_label = gtk_label_new (NULL);
  gtk_widget_set_name (scan->files_label, "scan-dialog-files");
  gtk_widget_add_css_class (scan->files_label, "dim-label");
  gtk_widget_add_css_class (scan->files_label, "numeric");
  gtk_box_append (GTK_BOX (box), scan->progress_bar);
  gtk_box_append (GTK_BOX (box), scan->files_label);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);

  g_signal_connect_data (dialog, "response", G_CALLBACK (source_scan_response_cb),
                         source_scan_ref (scan), (GClosureNotify)source_scan_unref, 0);

  return ADW_MESSAGE_DIALOG (dialog);
}

static void
new_from_source (PodliftApplication *self,
                 GFile              *folder)
{
  SourceScan *scan = g_new0 (SourceScan, 1);

  g_atomic_ref_count_init (&scan->ref_count);
  scan->context = g_main_context_ref_thread_default ();
  scan->self = g_object_ref (self);
  scan->folder = g_object_ref (folder);
  scan->cancellable = g_cancellable_new ();
  scan->dialog = create_scan_dialog (self, scan);
  g_object_add_weak_pointer (G_OBJECT (scan->dialog), (gpointer *)&scan->dialog);
  gtk_window_present (GTK_WINDOW (scan->dialog));

  podlift_scan_directory_async (folder, scan->cancellable, source_scan_progress, scan,
                                source_scan_cb, scan);
}

static void
source_response_cb (GtkFileChooserNative *native,
                    int                   response,
                    PodliftApplication   *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

      new_from_source (self, folder);
    }

  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (native));
  g_object_unref (native);
}

static void
new_from_source_action (GSimpleAction *action,
                        GVariant      *param,
                        gpointer       user_data)
{
  PodliftApplication *self = user_data;
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (_("New from Source Folder"),
                                        gtk_application_get_active_window (GTK_APPLICATION (self)),
                                        GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                        _("_Scan"),
                                        _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  g_signal_connect (native, "response", G_CALLBACK (source_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
new_from_source_folder_action (GSimpleAction *action,
                               GVariant      *param,
                               gpointer       user_data)
{
  g_autoptr(GFile) folder = g_file_new_for_path (g_variant_get_string (param, NULL));

  new_from_source (user_data, folder);
}

static void
open_response_cb (GtkFileChooserNative *native,
                  int                   response,
                  PodliftApplication   *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

      open_bundle (self, file, FALSE);
    }

  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (native));
  g_object_unref (native);
}

static void
open_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  PodliftApplication *self = user_data;
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (_("Open Bundle"),
                                        gtk_application_get_active_window (GTK_APPLICATION (self)),
                                        GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                        _("_Open"),
                                        _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  g_signal_connect (native, "response", G_CALLBACK (open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
open_example_action (GSimpleAction *action,
                     GVariant      *param,
                     gpointer       user_data)
{
  g_autoptr(GFile) file = example_bundle ();

  open_bundle (user_data, file, TRUE);
}

static void
open_bundle_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_variant_get_string (param, NULL));

  open_bundle (user_data, file, FALSE);
}

static void
remember_bundle_action (GSimpleAction *action,
                        GVariant      *param,
                        gpointer       user_data)
{
  remember (user_data, g_variant_get_string (param, NULL));
}

static void
about_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  PodliftApplication *self = user_data;
  static const char *developers[] = { "The Podlift developers", NULL };

  adw_show_about_window (gtk_application_get_active_window (GTK_APPLICATION (self)),
                         "application-name", _("Podlift"),
                         "application-icon", APP_ID,
                         "developer-name", _("The Podlift developers"),
                         "version", PACKAGE_VERSION,
                         "comments", _("Move an application from virtual machines to Kubernetes"),
                         "website", "https://podlift.app",
                         "issue-url", "https://podlift.app/issues",
                         "developers", developers,
                         "copyright", "© 2026 The Podlift developers",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         NULL);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  PodliftApplication *self = user_data;
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));

  /* Each window asks about its own unsaved changes. */
  for (const GList *l = windows; l; l = l->next)
    gtk_window_close (l->data);
}

static const GActionEntry actions[] = {
  { "new", new_action },
  { "new-from-source", new_from_source_action },
  { "new-from-source-folder", new_from_source_folder_action, "s" },
  { "open", open_action },
  { "open-example", open_example_action },
  { "open-bundle", open_bundle_action, "s" },
  { "remember-bundle", remember_bundle_action, "s" },
  { "about", about_action },
  { "quit", quit_action },
};

static int
podlift_application_handle_local_options (GApplication *app,
                                          GVariantDict *options)
{
  PodliftApplication *self = PODLIFT_APPLICATION (app);

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("podlift-gui %s\n", PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  self->open_example = g_variant_dict_contains (options, "example");

  return G_APPLICATION_CLASS (podlift_application_parent_class)->handle_local_options (app, options);
}

static void
podlift_application_startup (GApplication *app)
{
  PodliftApplication *self = PODLIFT_APPLICATION (app);
  static const struct {
    const char *action;
    const char *accels[2];
  } accels[] = {
    { "app.new", { "<Control>n", NULL } },
    { "app.open", { "<Control>o", NULL } },
    { "app.quit", { "<Control>q", NULL } },
    { "win.save", { "<Control>s", NULL } },
    { "win.save-as", { "<Control><Shift>s", NULL } },
    { "window.close", { "<Control>w", NULL } },
  };

  G_APPLICATION_CLASS (podlift_application_parent_class)->startup (app);

  gtk_source_init ();

  self->settings = g_settings_new (APP_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (self), actions, G_N_ELEMENTS (actions), self);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), accels[i].action, accels[i].accels);
}

static void
podlift_application_activate (GApplication *app)
{
  PodliftApplication *self = PODLIFT_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    {
      window = GTK_WINDOW (podlift_window_new (ADW_APPLICATION (app)));
      gtk_window_present (window);
    }
  else
    gtk_window_present (window);

  if (self->open_example)
    {
      self->open_example = FALSE;
      g_action_group_activate_action (G_ACTION_GROUP (self), "open-example", NULL);
    }
}

static void
podlift_application_open (GApplication  *app,
                          GFile        **files,
                          int            n_files,
                          const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    open_bundle (PODLIFT_APPLICATION (app), files[i], FALSE);
}

static void
podlift_application_dispose (GObject *object)
{
  PodliftApplication *self = (PodliftApplication *)object;

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (podlift_application_parent_class)->dispose (object);
}

static void
podlift_application_class_init (PodliftApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = podlift_application_dispose;

  app_class->handle_local_options = podlift_application_handle_local_options;
  app_class->startup = podlift_application_startup;
  app_class->activate = podlift_application_activate;
  app_class->open = podlift_application_open;
}

static void
podlift_application_init (PodliftApplication *self)
{
  static const GOptionEntry entries[] = {
    { "example", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Open the example project"), NULL },
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version"), NULL },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[BUNDLE…]"));
}

PodliftApplication *
podlift_application_new (void)
{
  return g_object_new (PODLIFT_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}
