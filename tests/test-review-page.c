/* test-review-page.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <gtksourceview/gtksource.h>
#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

#include "podlift-bundle.h"
#include "podlift-checklist-item.h"
#include "podlift-dependency.h"
#include "podlift-diff-dialog.h"
#include "podlift-review-page-private.h"
#include "podlift-test-util.h"
#include "podlift-window.h"

/* The Review step on screen: the counts, the risks first, the strategy,
 * the diagram, the details; it follows the project and never edits it;
 * the export into a repository asks, showing the differences; F11 puts
 * the window on the whole screen. */

static PodliftProject *
load_example (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("PODLIFT_EXAMPLES_DIR"), "shopfront", NULL);
  g_autoptr(GFile) dir = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  PodliftProject *project = podlift_bundle_load (dir, NULL, &error);

  g_assert_no_error (error);
  return project;
}

static PodliftProject *
make_project (const char *name)
{
  PodliftProject *project = podlift_project_new ();
  PodliftAppProfile *profile = podlift_project_get_profile (project);
  PodliftStrategy *strategy = podlift_project_get_strategy (project);

  podlift_app_profile_set_name (profile, name);
  podlift_app_profile_set_description (profile, "The web shop and its back office.");
  podlift_app_profile_set_stack (profile, PODLIFT_STACK_PYTHON);
  podlift_app_profile_set_stack_version (profile, "3.12");
  podlift_app_profile_set_launch_command (profile, "gunicorn shop.wsgi");
  podlift_app_profile_set_port (profile, 8000);
  podlift_app_profile_set_database_moves (profile, TRUE);
  podlift_app_profile_set_database_engine (profile, PODLIFT_DATABASE_ENGINE_POSTGRESQL);
  podlift_app_profile_set_database_version (profile, "15");
  podlift_app_profile_set_database_size_gb (profile, 40);

  podlift_strategy_set_kind (strategy, PODLIFT_STRATEGY_KIND_APP_AND_DATABASE);
  podlift_strategy_set_public_hostname (strategy, "shop.example.com");

  podlift_project_set_dirty (project, FALSE);

  return project;
}

static const char *
label_text (GtkWidget  *page,
            const char *name)
{
  return gtk_label_get_label (GTK_LABEL (podlift_test_get_widget (page, name)));
}

static AdwActionRow *
find_row (GtkWidget  *list,
          const char *title)
{
  GtkListBoxRow *row;

  for (guint i = 0; (row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), i)); i++)
    if (ADW_IS_PREFERENCES_ROW (row) &&
        g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) == 0)
      return ADW_ACTION_ROW (row);

  return NULL;
}

/* The value a fact row shows beside its title. */
static gboolean
row_shows (GtkWidget  *list,
           const char *title,
           const char *value)
{
  AdwActionRow *row = find_row (list, title);

  return row != NULL && podlift_test_has_label (GTK_WIDGET (row), value);
}

static void
test_example (void)
{
  g_autoptr(PodliftProject) project = load_example ();
  g_autoptr(PodliftReview) review = podlift_review_new (project, NULL);
  GtkWidget *page = g_object_new (PODLIFT_TYPE_REVIEW_PAGE, "project", project, NULL);
  GtkWindow *window = podlift_test_show (page, 1280, 720);
  GtkWidget *risks = podlift_test_get_widget (page, "risks-list");
  GtkWidget *application = podlift_test_get_widget (page, "application-list");
  GtkWidget *lint = podlift_test_get_widget (page, "lint-list");
  GtkPicture *diagram = GTK_PICTURE (podlift_test_get_widget (page, "diagram"));
  g_autofree char *risks_count = g_strdup_printf ("%u", review->risks->len);
  g_autofree char *checklist = g_strdup_printf ("%u of %u done", review->checklist_done, review->checklist_total);
  g_autofree char *expected = NULL;

  g_assert_cmpstr (label_text (page, "app-name"), ==, "Shopfront");
  g_assert_true (g_str_has_prefix (label_text (page, "app-description"), "Online shop of Shopfront Ltd"));

  /* The counts at a glance. */
  g_assert_cmpstr (label_text (page, "risks-count"), ==, risks_count);
  g_assert_cmpstr (label_text (page, "findings-count"), ==, "No findings");
  g_assert_cmpstr (label_text (page, "resources-count"), ==, "13");
  g_assert_cmpstr (label_text (page, "checklist-count"), ==, checklist);
  g_assert_cmpfloat_with_epsilon (gtk_progress_bar_get_fraction (GTK_PROGRESS_BAR (podlift_test_get_widget (page, "checklist-progress"))),
                                  (double) review->checklist_done / review->checklist_total, 1e-9);

  /* One row a risk, in the review's order (blockers first). */
  g_assert_cmpuint (review->risks->len, >, 0);
  g_assert_cmpuint (podlift_test_count_rows (risks), ==, review->risks->len);
  for (guint i = 0; i < review->risks->len; i++)
    {
      PodliftReviewRisk *risk = g_ptr_array_index (review->risks, i);
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (risks), i);

      g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, risk->title);
      g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, risk->detail);
    }

  g_free (expected);
  expected = g_strdup_printf ("App and database: %s of downtime", review->downtime);
  g_assert_cmpstr (label_text (page, "strategy-kind"), ==, expected);
  g_assert_true (row_shows (podlift_test_get_widget (page, "strategy-list"), "Downtime estimate", review->downtime));
  g_assert_true (row_shows (podlift_test_get_widget (page, "strategy-list"), "Public host name", "shop.example.com"));
  g_assert_true (g_str_has_prefix (label_text (page, "rollback-plan"), "Roll back if /readyz is not green"));

  /* The diagram, drawn. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (diagram)));
  g_assert_nonnull (gtk_picture_get_paintable (diagram));
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (diagram)), >, 200);

  g_assert_true (row_shows (lint, "Manifests against the Kubernetes schema", "No findings"));
  g_assert_true (row_shows (application, "Stack", "Python 3.11"));
  g_assert_true (row_shows (application, "Database", "PostgreSQL 15, 40 GB, moves with the application"));
  g_assert_true (row_shows (application, "Configuration", "7 variables, 3 secrets, 1 file"));
  g_assert_cmpuint (podlift_test_count_rows (podlift_test_get_widget (page, "phases-list")), ==, 3);
  g_assert_cmpuint (podlift_test_count_rows (podlift_test_get_widget (page, "steps-list")), ==, 5);

  /* The page only reads. */
  g_assert_false (podlift_project_get_dirty (project));

  gtk_window_destroy (window);
  g_assert_finalize_object (g_steal_pointer (&project));
}

static void
test_risks (void)
{
  g_autoptr(PodliftProject) project = make_project ("Shopfront");
  GtkWidget *page = g_object_new (PODLIFT_TYPE_REVIEW_PAGE, "project", project, NULL);
  GtkWindow *window = podlift_test_show (page, 1280, 720);
  GtkWidget *risks = podlift_test_get_widget (page, "risks-list");
  AdwActionRow *row;
  g_autoptr(GVariant) target = NULL;

  /* Answers missing are risks, and a risk leads to its step. */
  row = find_row (risks, "Write the rollback plan");
  g_assert_nonnull (row);
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (row)), ==, "win.show-step");
  g_object_get (row, "action-target", &target, NULL);
  g_assert_cmpstr (g_variant_get_string (target, NULL), ==, "strategy");
  g_assert_nonnull (find_row (risks, "Give the readiness endpoint"));
  g_assert_nonnull (find_row (risks, "No maintenance window for a migration with downtime"));
  g_assert_nonnull (find_row (risks, "The sizing is not backed by a load test"));

  /* Settled in the model, gone from the page. */
  podlift_strategy_set_rollback_plan (podlift_project_get_strategy (project), "Point DNS back at the VMs.");
  podlift_strategy_set_cutover_window (podlift_project_get_strategy (project), "Sunday 01:00-04:00 UTC");
  podlift_test_iterate ();
  g_assert_null (find_row (risks, "Write the rollback plan"));
  g_assert_null (find_row (risks, "No maintenance window for a migration with downtime"));
  g_assert_cmpstr (label_text (page, "rollback-plan"), ==, "Point DNS back at the VMs.");

  gtk_window_destroy (window);
  g_assert_finalize_object (g_steal_pointer (&project));
}

static void
test_follows_changes (void)
{
  g_autoptr(PodliftProject) project = make_project ("Shopfront");
  PodliftStrategy *strategy = podlift_project_get_strategy (project);
  GtkWidget *page = g_object_new (PODLIFT_TYPE_REVIEW_PAGE, "project", project, NULL);
  GtkWindow *window = podlift_test_show (page, 1280, 720);

  podlift_strategy_set_kind (strategy, PODLIFT_STRATEGY_KIND_APP_ONLY);
  podlift_test_iterate ();
  g_assert_cmpstr (label_text (page, "strategy-kind"), ==, "App only");
  /* App only while the database moves: a blocker, counted. */
  g_assert_nonnull (find_row (podlift_test_get_widget (page, "risks-list"),
                              "The database moves, but the strategy moves the application only"));
  g_assert_nonnull (strstr (label_text (page, "risks-count"), " blocker"));
  g_assert_true (gtk_widget_has_css_class (gtk_widget_get_parent (podlift_test_get_widget (page, "risks-count")),
                                           "review-bad"));

  podlift_app_profile_set_name (podlift_project_get_profile (project), "Shopfront 2");
  podlift_test_iterate ();
  g_assert_cmpstr (label_text (page, "app-name"), ==, "Shopfront 2");

  gtk_window_destroy (window);
  g_assert_finalize_object (g_steal_pointer (&project));
}

static void
test_rebind (void)
{
  g_autoptr(PodliftProject) first = make_project ("Shopfront");
  g_autoptr(PodliftProject) second = podlift_project_new ();
  GtkWidget *page = g_object_new (PODLIFT_TYPE_REVIEW_PAGE, "project", first, NULL);
  GtkWindow *window = podlift_test_show (page, 1280, 720);

  podlift_app_profile_set_name (podlift_project_get_profile (second), "Ledger");
  podlift_project_set_dirty (second, FALSE);

  podlift_page_set_project (PODLIFT_PAGE (page), second);
  podlift_test_iterate ();

  g_assert_cmpstr (label_text (page, "app-name"), ==, "Ledger");
  g_assert_false (gtk_widget_get_visible (podlift_test_get_widget (page, "app-description")));
  g_assert_cmpstr (label_text (page, "strategy-kind"), ==, "Not decided");
  g_assert_cmpstr (label_text (page, "checklist-count"), ==, "No checklist yet");
  g_assert_nonnull (find_row (podlift_test_get_widget (page, "risks-list"), "Add the cutover checklist"));

  /* The first project no longer drives the page; the second does. */
  podlift_strategy_set_kind (podlift_project_get_strategy (first), PODLIFT_STRATEGY_KIND_APP_ONLY);
  podlift_test_iterate ();
  g_assert_cmpstr (label_text (page, "strategy-kind"), ==, "Not decided");
  podlift_strategy_set_kind (podlift_project_get_strategy (second), PODLIFT_STRATEGY_KIND_APP_AND_DATABASE);
  podlift_test_iterate ();
  g_assert_true (g_str_has_prefix (label_text (page, "strategy-kind"), "App and database: "));

  gtk_window_destroy (window);
  g_assert_finalize_object (g_steal_pointer (&first));
  g_assert_finalize_object (g_steal_pointer (&second));
}

/* Runs the main loop until @done says so, for at most ten seconds. */
static gboolean
wait_for (gboolean (*done) (gpointer),
          gpointer   data)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!done (data) && g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (2000);

  return done (data);
}

static gboolean
dialog_shown (gpointer data)
{
  return podlift_test_find_dialog () != NULL;
}

static void
remove_tree (const char *path)
{
  g_autofree char *quoted = g_shell_quote (path);
  g_autofree char *command = g_strdup_printf ("rm -rf %s", quoted);

  g_assert_cmpint (system (command), ==, 0);
}

static void
toast_cb (PodliftPage  *page,
          AdwToast     *toast,
          char        **title)
{
  g_free (*title);
  *title = g_strdup (adw_toast_get_title (toast));
}

static gboolean
is_set (gpointer data)
{
  return *(char **) data != NULL;
}

static char *
diff_text (GtkWindow *dialog)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (podlift_test_get_widget (dialog, "diff-view")));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
test_export_repository (void)
{
  g_autoptr(PodliftProject) project = load_example ();
  GtkWidget *page = g_object_new (PODLIFT_TYPE_REVIEW_PAGE, "project", project, NULL);
  GtkWindow *window = podlift_test_show (page, 1280, 720);
  g_autoptr(GError) error = NULL;
  g_autofree char *tmp = g_dir_make_tmp ("podlift-review-page-XXXXXX", &error);
  g_autofree char *json = g_build_filename (tmp, "podlift.json", NULL);
  g_autofree char *dockerfile_path = g_build_filename (tmp, "Dockerfile", NULL);
  g_autofree char *dockerfile = NULL;
  g_autofree char *diff = NULL;
  g_autoptr(GFile) repo = g_file_new_for_path (tmp);
  g_autofree char *toast = NULL;
  GtkWindow *dialog;

  g_signal_connect (page, "add-toast", G_CALLBACK (toast_cb), &toast);
  g_assert_true (g_file_set_contents (dockerfile_path, "FROM python:3.11\n", -1, NULL));

  /* The difference is shown, and nothing is written until asked. */
  podlift_review_page_export_to (PODLIFT_REVIEW_PAGE (page), repo);
  g_assert_true (wait_for (dialog_shown, NULL));
  dialog = podlift_test_find_dialog ();
  g_assert_cmpstr (gtk_widget_get_name (GTK_WIDGET (dialog)), ==, "export-dialog");
  diff = diff_text (dialog);
  g_assert_nonnull (strstr (diff, "-FROM python:3.11\n"));
  g_assert_nonnull (strstr (diff, "Dockerfile"));
  g_assert_false (g_file_test (json, G_FILE_TEST_EXISTS));

  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  gtk_window_destroy (dialog);
  podlift_test_iterate ();
  g_assert_false (g_file_test (json, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_get_contents (dockerfile_path, &dockerfile, NULL, NULL));
  g_assert_cmpstr (dockerfile, ==, "FROM python:3.11\n");
  g_clear_pointer (&dockerfile, g_free);

  /* Asked again and replaced. */
  podlift_review_page_export_to (PODLIFT_REVIEW_PAGE (page), repo);
  g_assert_true (wait_for (dialog_shown, NULL));
  dialog = podlift_test_find_dialog ();
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), PODLIFT_DIFF_DIALOG_RESPONSE);
  gtk_window_destroy (dialog);
  g_assert_true (wait_for (is_set, &toast));
  g_assert_true (g_str_has_prefix (toast, "Exported to podlift-review-page-"));
  g_assert_true (g_file_test (json, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_get_contents (dockerfile_path, &dockerfile, NULL, NULL));
  g_assert_cmpstr (dockerfile, ==, podlift_dockerfile_get_text (podlift_project_get_dockerfile (project)));
  g_assert_false (podlift_project_get_dirty (project));

  gtk_window_destroy (window);
  remove_tree (tmp);
  g_assert_finalize_object (g_steal_pointer (&project));
}

static void
test_export_commit (void)
{
  g_autoptr(PodliftProject) project = load_example ();
  GtkWidget *page = g_object_new (PODLIFT_TYPE_REVIEW_PAGE, "project", project, NULL);
  GtkWindow *window = podlift_test_show (page, 1280, 720);
  g_autoptr(GError) error = NULL;
  g_autofree char *tmp = g_dir_make_tmp ("podlift-review-page-XXXXXX", &error);
  g_autofree char *git = g_find_program_in_path ("git");
  g_autofree char *ref = g_build_filename (tmp, ".git", "refs", "heads", "podlift", "shopfront", NULL);
  g_autofree char *quoted = g_shell_quote (tmp);
  g_autofree char *command = NULL;
  g_autofree char *files = NULL;
  g_autoptr(GFile) repo = g_file_new_for_path (tmp);
  g_autofree char *toast = NULL;
  GtkWindow *dialog;

  g_signal_connect (page, "add-toast", G_CALLBACK (toast_cb), &toast);
  if (git == NULL)
    {
      if (g_getenv ("PODLIFT_REQUIRE_VALIDATORS") != NULL)
        g_error ("git is not installed");
      g_test_skip ("git is not installed");
      return;
    }
  command = g_strdup_printf ("sh -c 'cd %s && git init -q && git config user.name T && git config user.email t@example.com'",
                             quoted);
  g_assert_cmpint (system (command), ==, 0);

  /* Nothing differs: Export, and commit on the branch offered. */
  podlift_review_page_export_to (PODLIFT_REVIEW_PAGE (page), repo);
  g_assert_true (wait_for (dialog_shown, NULL));
  dialog = podlift_test_find_dialog ();
  g_assert_null (podlift_test_find_widget (GTK_WIDGET (dialog), "diff-view"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (podlift_test_get_widget (dialog, "branch-entry"))), ==,
                   "podlift/shopfront");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (podlift_test_get_widget (dialog, "commit-check")), TRUE);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "export");
  gtk_window_destroy (dialog);

  g_assert_true (wait_for (is_set, &toast));
  g_assert_true (g_str_has_suffix (toast, " and committed on podlift/shopfront"));
  g_assert_true (g_file_test (ref, G_FILE_TEST_EXISTS));
  g_free (command);
  command = g_strdup_printf ("git -C %s show --name-only --format= podlift/shopfront", quoted);
  g_assert_true (g_spawn_command_line_sync (command, &files, NULL, NULL, NULL));
  g_assert_nonnull (strstr (files, "podlift.json\n"));
  g_assert_null (strstr (files, "secrets.env\n"));

  gtk_window_destroy (window);
  remove_tree (tmp);
  g_assert_finalize_object (g_steal_pointer (&project));
}

static gboolean
has_unreachable_row (gpointer page)
{
  return find_row (podlift_test_get_widget (page, "risks-list"), "127.0.0.1:1 is unreachable") != NULL;
}

static void
test_check_dependencies (void)
{
  g_autoptr(PodliftProject) project = make_project ("Shopfront");
  g_autoptr(PodliftDependency) dep = podlift_dependency_new ();
  GtkWidget *page = g_object_new (PODLIFT_TYPE_REVIEW_PAGE, "project", project, NULL);
  GtkWindow *window = podlift_test_show (page, 1280, 720);
  AdwActionRow *row;

  /* Nothing listens on port 1: the connection is refused at once. */
  podlift_dependency_set_host (dep, "127.0.0.1");
  podlift_dependency_set_port (dep, 1);
  g_list_store_append (podlift_app_profile_get_dependencies (podlift_project_get_profile (project)), dep);
  podlift_test_iterate ();
  g_assert_false (has_unreachable_row (page));

  g_assert_true (gtk_widget_activate_action (page, "review.check-dependencies", NULL));
  g_assert_true (wait_for (has_unreachable_row, page));
  row = find_row (podlift_test_get_widget (page, "risks-list"), "127.0.0.1:1 is unreachable");
  g_assert_true (g_str_has_suffix (adw_action_row_get_subtitle (row),
                                   "from this machine. Check it from inside the cluster before the switch."));

  /* A result stays while the project does. */
  podlift_app_profile_set_port (podlift_project_get_profile (project), 8080);
  podlift_test_iterate ();
  g_assert_true (has_unreachable_row (page));

  gtk_window_destroy (window);
  g_assert_finalize_object (g_steal_pointer (&project));
}

/* F11 {{{ */

/* A screen of its own with a window manager, which full screen needs:
 * the tests' shared Xvfb has none, and other tests' windows are left
 * alone. */
typedef struct
{
  GSubprocess *xvfb;
  GSubprocess *wm;
  GdkDisplay  *display;
} Screen;

static void
die_with_parent (gpointer data)
{
  prctl (PR_SET_PDEATHSIG, SIGKILL);
}

static gboolean
start_screen (Screen *screen)
{
  g_autofree char *xvfb = g_find_program_in_path ("Xvfb");
  g_autofree char *wm = g_find_program_in_path ("matchbox-window-manager");
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  char number[16] = { 0 };
  gsize len = 0;
  int fds[2];

  if (xvfb == NULL || wm == NULL)
    {
      if (g_getenv ("PODLIFT_REQUIRE_VALIDATORS") != NULL)
        g_error ("full screen needs Xvfb and a window manager (apt install matchbox-window-manager)");
      g_test_skip ("no Xvfb or no window manager (matchbox-window-manager)");
      return FALSE;
    }

  /* Silenced, so that they never hold the test's output open; and gone
   * with the test, whatever ends it. */
  g_assert_cmpint (pipe (fds), ==, 0);
  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_SILENCE);
  g_subprocess_launcher_set_child_setup (launcher, die_with_parent, NULL, NULL);
  g_subprocess_launcher_take_fd (launcher, fds[1], 3);
  screen->xvfb = g_subprocess_launcher_spawn (launcher, &error, xvfb, "-displayfd", "3", "-screen", "0",
                                              "1280x720x24", "-nolisten", "tcp", NULL);
  g_assert_no_error (error);
  /* Xvfb writes the display it took, then a newline. */
  while (len < sizeof number - 1 && read (fds[0], number + len, 1) == 1 && number[len] != '\n')
    len++;
  number[len] = '\0';
  close (fds[0]);
  g_assert_cmpuint (len, >, 0);
  name = g_strdup_printf (":%s", number);

  screen->wm = g_subprocess_launcher_spawn (launcher, &error, wm, "-display", name, "-use_titlebar", "no", NULL);
  g_assert_no_error (error);
  screen->display = gdk_display_open (name);
  g_assert_nonnull (screen->display);
  g_usleep (300 * 1000);

  return TRUE;
}

static void
stop_screen (Screen *screen)
{
  gdk_display_close (screen->display);
  g_subprocess_force_exit (screen->wm);
  g_subprocess_force_exit (screen->xvfb);
  g_subprocess_wait (screen->wm, NULL, NULL);
  g_subprocess_wait (screen->xvfb, NULL, NULL);
  g_clear_object (&screen->wm);
  g_clear_object (&screen->xvfb);
}

/* What F11 does in @window: its shortcut's action, run as a key press
 * runs it. */
static void
press_f11 (GtkWidget *window)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (window);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          g_autofree char *trigger = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

          if (!g_str_equal (trigger, "F11"))
            continue;
          g_assert_true (GTK_IS_NAMED_ACTION (action));
          g_assert_cmpstr (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)), ==, "win.fullscreen");
          g_assert_true (gtk_shortcut_action_activate (action, 0, window, gtk_shortcut_get_arguments (shortcut)));
          return;
        }
    }
  g_error ("no F11 shortcut");
}

static gboolean
is_fullscreen (gpointer data)
{
  return gtk_window_is_fullscreen (data);
}

static gboolean
is_not_fullscreen (gpointer data)
{
  return !gtk_window_is_fullscreen (data);
}

static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

static void
test_fullscreen (void)
{
  g_autoptr(PodliftProject) project = load_example ();
  Screen screen = { NULL };
  GtkWindow *window;

  if (!start_screen (&screen))
    return;

  window = g_object_new (PODLIFT_TYPE_WINDOW, NULL);
  gtk_window_set_display (window, screen.display);
  podlift_window_set_project (PODLIFT_WINDOW (window), project);
  podlift_window_show_step (PODLIFT_WINDOW (window), PODLIFT_STEP_REVIEW);
  gtk_window_present (window);
  g_assert_true (wait_for (is_mapped, window));
  g_assert_false (gtk_window_is_fullscreen (window));

  press_f11 (GTK_WIDGET (window));
  g_assert_true (wait_for (is_fullscreen, window));
  press_f11 (GTK_WIDGET (window));
  g_assert_true (wait_for (is_not_fullscreen, window));

  gtk_window_destroy (window);
  podlift_test_iterate ();
  stop_screen (&screen);
}

/* }}} */

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  podlift_test_tolerate_snapshot_warning ();
  gtk_source_init ();

  g_test_add_func ("/podlift/review-page/example", test_example);
  g_test_add_func ("/podlift/review-page/risks", test_risks);
  g_test_add_func ("/podlift/review-page/follows-changes", test_follows_changes);
  g_test_add_func ("/podlift/review-page/rebind", test_rebind);
  g_test_add_func ("/podlift/review-page/check-dependencies", test_check_dependencies);
  g_test_add_func ("/podlift/review-page/export-repository", test_export_repository);
  g_test_add_func ("/podlift/review-page/export-commit", test_export_commit);
  g_test_add_func ("/podlift/review-page/fullscreen", test_fullscreen);

  return g_test_run ();
}
