/* test-window.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <gtksourceview/gtksource.h>

#include "podlift-application.h"
#include "podlift-bundle.h"
#include "podlift-test-util.h"
#include "podlift-window.h"

/* The whole window on the example project, as a user goes through it:
 * every step shows the example's answers, an edit marks the project
 * unsaved, Save writes the bundle, and reopening shows the edit. */

static char *
copy_example (void)
{
  g_autofree char *src = g_build_filename (g_getenv ("PODLIFT_EXAMPLES_DIR"), "shopfront", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *tmp = g_dir_make_tmp ("podlift-window-XXXXXX", &error);
  g_autofree char *command = NULL;
  char *dst;

  g_assert_no_error (error);
  dst = g_build_filename (tmp, "shopfront", NULL);
  command = g_strdup_printf ("cp -r '%s' '%s'", src, dst);
  g_assert_cmpint (system (command), ==, 0);

  return dst;
}

static PodliftWindow *
open_window (const char *path)
{
  g_autoptr(GFile) dir = g_file_new_for_path (path);
  g_autoptr(PodliftProject) project = NULL;
  g_autoptr(GError) error = NULL;
  PodliftWindow *window;

  project = podlift_bundle_load (dir, NULL, &error);
  g_assert_no_error (error);

  window = g_object_new (PODLIFT_TYPE_WINDOW, NULL);
  podlift_window_set_project (window, project);
  gtk_window_present (GTK_WINDOW (window));
  podlift_test_iterate ();

  return window;
}

static void
show_step (PodliftWindow *window,
           const char    *step)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-step", "s", step));
  podlift_test_iterate ();
}

static const char *
text_of (PodliftWindow *window,
         const char    *name)
{
  return gtk_editable_get_text (GTK_EDITABLE (podlift_test_get_widget (window, name)));
}

static void
test_example_shows_every_step (void)
{
  g_autofree char *path = copy_example ();
  PodliftWindow *window = open_window (path);
  GtkWidget *stack = podlift_test_get_widget (window, "page-stack");
  GtkWidget *steps = podlift_test_get_widget (window, "step-list");
  g_autofree char *dockerfile = NULL;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Shopfront");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "knowledge");
  g_assert_cmpstr (text_of (window, "app-name"), ==, "Shopfront");
  g_assert_cmpstr (text_of (window, "launch-command"), !=, "");

  /* The sidebar shows how far each step is. */
  g_assert_true (podlift_test_has_label (podlift_test_get_widget (steps, "knowledge"), "Complete"));
  g_assert_true (podlift_test_has_label (podlift_test_get_widget (steps, "cutover"), "6 of 22 done"));

  show_step (window, "container");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "container");
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (podlift_test_get_widget (window, "dockerfile-view")));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  dockerfile = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_true (g_str_has_prefix (dockerfile, "# syntax=") || strstr (dockerfile, "FROM ") != NULL);
  g_assert_cmpstr (text_of (window, "image"), ==, "registry.shopfront.example/shopfront/web");

  show_step (window, "manifests");
  g_assert_cmpstr (text_of (window, "namespace"), ==, "shopfront");
  g_assert_cmpstr (text_of (window, "ingress-host"), ==, "shop.example.com");

  show_step (window, "strategy");
  g_assert_cmpstr (text_of (window, "public-hostname"), ==, "shop.example.com");

  show_step (window, "cutover");
  g_assert_nonnull (gtk_widget_get_first_child (podlift_test_get_widget (window, "prepare-list")));

  show_step (window, "review");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "review");
  g_assert_true (podlift_test_has_label (gtk_stack_get_visible_child (GTK_STACK (stack)), "Shopfront"));

  g_assert_false (podlift_project_get_dirty (podlift_window_get_project (window)));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
wait_until_saved (PodliftProject *project)
{
  for (guint i = 0; i < 500 && podlift_project_get_dirty (project); i++)
    g_main_context_iteration (NULL, TRUE);
}

static void
test_edit_save_reopen (void)
{
  g_autofree char *path = copy_example ();
  g_autofree char *json_path = g_build_filename (path, "podlift.json", NULL);
  g_autofree char *json = NULL;
  PodliftWindow *window = open_window (path);
  PodliftProject *project = podlift_window_get_project (window);
  GtkWidget *dot = podlift_test_get_widget (window, "unsaved-dot");

  g_assert_false (gtk_widget_get_visible (dot));

  /* An edit on a page marks the project unsaved. */
  gtk_editable_set_text (GTK_EDITABLE (podlift_test_get_widget (window, "app-name")), "Shopfront EU");
  podlift_test_iterate ();
  g_assert_true (podlift_project_get_dirty (project));
  g_assert_true (gtk_widget_get_visible (dot));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Shopfront EU");

  show_step (window, "strategy");
  gtk_editable_set_text (GTK_EDITABLE (podlift_test_get_widget (window, "public-hostname")), "eu.shop.example.com");

  /* Save writes the bundle. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  wait_until_saved (project);
  g_assert_false (podlift_project_get_dirty (project));
  podlift_test_iterate ();
  g_assert_false (gtk_widget_get_visible (dot));

  g_file_get_contents (json_path, &json, NULL, NULL);
  g_assert_nonnull (strstr (json, "\"name\" : \"Shopfront EU\""));
  g_assert_nonnull (strstr (json, "\"public-hostname\" : \"eu.shop.example.com\""));
  gtk_window_destroy (GTK_WINDOW (window));

  /* Reopening shows the edits. */
  window = open_window (path);
  g_assert_cmpstr (text_of (window, "app-name"), ==, "Shopfront EU");
  show_step (window, "strategy");
  g_assert_cmpstr (text_of (window, "public-hostname"), ==, "eu.shop.example.com");
  gtk_window_destroy (GTK_WINDOW (window));
}

static AdwMessageDialog *
find_dialog (const char *name)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) && g_strcmp0 (gtk_widget_get_name (toplevel), name) == 0)
        return ADW_MESSAGE_DIALOG (toplevel);
    }

  return NULL;
}

static void
test_close_asks_when_unsaved (void)
{
  g_autofree char *path = copy_example ();
  g_autofree char *json_path = g_build_filename (path, "podlift.json", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  PodliftWindow *window = open_window (path);
  AdwMessageDialog *dialog;

  g_file_get_contents (json_path, &before, NULL, NULL);

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *)&window);
  gtk_editable_set_text (GTK_EDITABLE (podlift_test_get_widget (window, "app-name")), "Renamed");
  gtk_window_close (GTK_WINDOW (window));
  podlift_test_iterate ();

  dialog = find_dialog ("save-changes-dialog");
  g_assert_nonnull (dialog);
  g_assert_nonnull (window);

  /* Cancel keeps the window and the edit. */
  adw_message_dialog_response (dialog, "cancel");
  podlift_test_iterate ();
  g_assert_nonnull (window);
  g_assert_true (podlift_project_get_dirty (podlift_window_get_project (window)));

  /* Discard closes without writing. */
  gtk_window_close (GTK_WINDOW (window));
  podlift_test_iterate ();
  dialog = find_dialog ("save-changes-dialog");
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "discard");
  podlift_test_iterate ();
  g_assert_null (window);

  g_file_get_contents (json_path, &after, NULL, NULL);
  g_assert_cmpstr (before, ==, after);
}

static void
test_close_and_save (void)
{
  g_autofree char *path = copy_example ();
  g_autofree char *json_path = g_build_filename (path, "podlift.json", NULL);
  g_autofree char *json = NULL;
  PodliftWindow *window = open_window (path);
  AdwMessageDialog *dialog;

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *)&window);
  gtk_editable_set_text (GTK_EDITABLE (podlift_test_get_widget (window, "app-name")), "Saved On Close");
  gtk_window_close (GTK_WINDOW (window));
  podlift_test_iterate ();

  dialog = find_dialog ("save-changes-dialog");
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "save");

  /* The window goes once the bundle is written. */
  for (guint i = 0; i < 500 && window != NULL; i++)
    g_main_context_iteration (NULL, TRUE);
  g_assert_null (window);

  g_file_get_contents (json_path, &json, NULL, NULL);
  g_assert_nonnull (strstr (json, "\"name\" : \"Saved On Close\""));
}

/* Closing with Save while a save runs waits for a save of the edits made
 * since that save started; the window does not go with them unsaved. */
static void
test_close_and_save_while_saving (void)
{
  g_autofree char *path = copy_example ();
  g_autofree char *json_path = g_build_filename (path, "podlift.json", NULL);
  g_autofree char *json = NULL;
  PodliftWindow *window = open_window (path);
  AdwMessageDialog *dialog;

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *)&window);
  gtk_editable_set_text (GTK_EDITABLE (podlift_test_get_widget (window, "app-name")), "First Edit");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));

  /* No main loop iteration: the first save has not reported back. */
  gtk_editable_set_text (GTK_EDITABLE (podlift_test_get_widget (window, "app-name")), "Second Edit");
  gtk_window_close (GTK_WINDOW (window));
  dialog = find_dialog ("save-changes-dialog");
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "save");

  for (guint i = 0; i < 500 && window != NULL; i++)
    g_main_context_iteration (NULL, TRUE);
  g_assert_null (window);

  g_file_get_contents (json_path, &json, NULL, NULL);
  g_assert_nonnull (strstr (json, "\"name\" : \"Second Edit\""));
}

/* Save twice in a row, with an edit between: the second save is not
 * dropped. */
static void
test_save_while_saving (void)
{
  g_autofree char *path = copy_example ();
  g_autofree char *json_path = g_build_filename (path, "podlift.json", NULL);
  g_autofree char *json = NULL;
  PodliftWindow *window = open_window (path);
  PodliftProject *project = podlift_window_get_project (window);
  gint64 deadline;

  gtk_editable_set_text (GTK_EDITABLE (podlift_test_get_widget (window, "app-name")), "First Edit");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  gtk_editable_set_text (GTK_EDITABLE (podlift_test_get_widget (window, "app-name")), "Second Edit");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));

  /* Not blocking: without a second save nothing more would happen. */
  deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  while (podlift_project_get_dirty (project) && g_get_monotonic_time () < deadline)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
  g_assert_false (podlift_project_get_dirty (project));

  g_file_get_contents (json_path, &json, NULL, NULL);
  g_assert_nonnull (strstr (json, "\"name\" : \"Second Edit\""));

  podlift_test_iterate ();
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_save_error_is_shown (void)
{
  g_autofree char *path = copy_example ();
  g_autofree char *blocked = g_build_filename (path, "podlift.json", "inside-a-file", NULL);
  g_autoptr(GFile) target = g_file_new_for_path (blocked);
  PodliftWindow *window = open_window (path);
  PodliftProject *project = podlift_window_get_project (window);
  AdwMessageDialog *dialog = NULL;

  /* A bundle folder that cannot be created: its parent is a file. */
  podlift_project_set_file (project, target);
  podlift_strategy_set_notes (podlift_project_get_strategy (project), "edited");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));

  for (guint i = 0; i < 500 && dialog == NULL; i++)
    {
      g_main_context_iteration (NULL, TRUE);
      dialog = find_dialog ("error-dialog");
    }

  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Save");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Could not save"));
  g_assert_true (podlift_project_get_dirty (project));

  gtk_window_destroy (GTK_WINDOW (dialog));
  podlift_project_set_dirty (project, FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_close_without_changes (void)
{
  g_autofree char *path = copy_example ();
  PodliftWindow *window = open_window (path);

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *)&window);
  gtk_window_close (GTK_WINDOW (window));
  podlift_test_iterate ();

  g_assert_null (window);
  g_assert_null (find_dialog ("save-changes-dialog"));
}

static void
test_welcome_without_project (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *example = g_build_filename (g_getenv ("PODLIFT_EXAMPLES_DIR"), "shopfront", NULL);
  const char *recent[] = { example, "/no/longer/there", NULL };
  PodliftWindow *window;
  GtkWidget *welcome;
  GtkWidget *list;
  GtkWidget *row;

  /* Recent bundles that still exist are offered; the others are not. */
  g_settings_set_strv (settings, "recent-bundles", recent);
  window = g_object_new (PODLIFT_TYPE_WINDOW, NULL);

  gtk_window_present (GTK_WINDOW (window));
  podlift_test_iterate ();

  welcome = podlift_test_get_widget (window, "welcome");
  g_assert_true (gtk_widget_get_mapped (welcome));
  g_assert_true (gtk_widget_get_mapped (podlift_test_get_widget (window, "welcome-new")));
  g_assert_true (gtk_widget_get_mapped (podlift_test_get_widget (window, "welcome-new-from-source")));
  g_assert_true (gtk_widget_get_mapped (podlift_test_get_widget (window, "welcome-open")));
  g_assert_true (gtk_widget_get_mapped (podlift_test_get_widget (window, "welcome-example")));
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL) &&
                  podlift_window_get_project (window) != NULL);

  list = podlift_test_get_widget (window, "recent-list");
  g_assert_true (gtk_widget_get_mapped (list));
  row = gtk_widget_get_first_child (list);
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "shopfront");
  g_assert_null (gtk_widget_get_next_sibling (row));

  g_settings_set_strv (settings, "recent-bundles", NULL);
  podlift_test_iterate ();
  g_assert_false (gtk_widget_get_mapped (list));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
write_file (const char *dir,
            const char *name,
            const char *contents)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

static PodliftWindow *
find_project_window (GApplication *app)
{
  for (const GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l; l = l->next)
    if (PODLIFT_IS_WINDOW (l->data) && podlift_window_get_project (l->data) != NULL)
      return l->data;

  return NULL;
}

static gboolean
wake_cb (gpointer user_data)
{
  return G_SOURCE_CONTINUE;
}

/* New from Source Folder scans the folder, with a dialog that can cancel
 * the scan, and opens an unsaved project named after the folder. */
static void
test_new_from_source (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *tmp = g_dir_make_tmp ("podlift-window-XXXXXX", &error);
  g_autofree char *dir = g_build_filename (tmp, "orders-api", NULL);
  g_autoptr(PodliftApplication) app = podlift_application_new ();
  g_autofree char *command = NULL;
  PodliftWindow *window = NULL;
  PodliftProject *project;
  PodliftAppProfile *profile;
  gint64 deadline;
  guint wake;

  g_assert_no_error (error);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  write_file (dir, "package.json",
              "{\n"
              "  \"name\": \"orders-api\",\n"
              "  \"engines\": { \"node\": \">=20\" },\n"
              "  \"scripts\": {\n"
              "    \"start\": \"node server.js\"\n"
              "  }\n"
              "}\n");
  write_file (dir, "server.js",
              "const express = require('express');\n"
              "const app = express();\n"
              "app.listen(3000);\n");

  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "new-from-source"));

  g_action_group_activate_action (G_ACTION_GROUP (app), "new-from-source-folder",
                                  g_variant_new_string (dir));
  g_assert_nonnull (find_dialog ("scan-dialog"));

  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  wake = g_timeout_add (20, wake_cb, NULL);
  while ((window = find_project_window (G_APPLICATION (app))) == NULL
         && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (wake);
  g_assert_nonnull (window);
  podlift_test_iterate ();

  /* The scan's answers, in a new project that is not saved anywhere. */
  project = podlift_window_get_project (window);
  profile = podlift_project_get_profile (project);
  g_assert_null (find_dialog ("scan-dialog"));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "orders-api");
  g_assert_cmpint (podlift_app_profile_get_stack (profile), ==, PODLIFT_STACK_NODE);
  g_assert_cmpuint (podlift_app_profile_get_port (profile), ==, 3000);
  g_assert_cmpstr (podlift_app_profile_get_source (profile, "port"), ==, "server.js:3");
  g_assert_cmpstr (text_of (window, "launch-command"), ==, "node server.js");
  g_assert_null (podlift_project_get_file (project));
  g_assert_true (podlift_project_get_dirty (project));

  /* A cancelled scan opens nothing. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "new-from-source-folder",
                                  g_variant_new_string (dir));
  adw_message_dialog_response (find_dialog ("scan-dialog"), "cancel");
  podlift_test_iterate ();
  for (guint i = 0; i < 50 && find_dialog ("scan-dialog") != NULL; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_null (find_dialog ("scan-dialog"));
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);

  podlift_project_set_dirty (project, FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
  command = g_strdup_printf ("rm -rf '%s'", tmp);
  g_assert_cmpint (system (command), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  /* No session bus: the application of /podlift/window/new-from-source
   * stays a local one. */
  g_setenv ("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  gtk_source_init ();

  g_test_add_func ("/podlift/window/welcome-without-project", test_welcome_without_project);
  g_test_add_func ("/podlift/window/example-shows-every-step", test_example_shows_every_step);
  g_test_add_func ("/podlift/window/edit-save-reopen", test_edit_save_reopen);
  g_test_add_func ("/podlift/window/close-asks-when-unsaved", test_close_asks_when_unsaved);
  g_test_add_func ("/podlift/window/close-and-save", test_close_and_save);
  g_test_add_func ("/podlift/window/close-and-save-while-saving", test_close_and_save_while_saving);
  g_test_add_func ("/podlift/window/save-while-saving", test_save_while_saving);
  g_test_add_func ("/podlift/window/save-error-is-shown", test_save_error_is_shown);
  g_test_add_func ("/podlift/window/close-without-changes", test_close_without_changes);
  g_test_add_func ("/podlift/window/new-from-source", test_new_from_source);

  return g_test_run ();
}
