/* test-review-page.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "podlift-checklist-item.h"
#include "podlift-review-page.h"
#include "podlift-test-util.h"

static void
add_item (PodliftProject *project,
          const char     *id,
          gboolean        done)
{
  GListStore *items = podlift_checklist_get_items (podlift_project_get_checklist (project));
  g_autoptr(PodliftChecklistItem) item = podlift_checklist_item_new ();

  podlift_checklist_item_set_id (item, id);
  podlift_checklist_item_set_title (item, id);
  g_list_store_append (items, item);
  podlift_checklist_item_set_done (item, done);
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
  podlift_app_profile_set_stateful (profile, TRUE);
  podlift_app_profile_set_state_handling (profile, PODLIFT_STATE_HANDLING_SHARED_VOLUME);
  podlift_app_profile_set_database_moves (profile, TRUE);
  podlift_app_profile_set_database_engine (profile, PODLIFT_DATABASE_ENGINE_POSTGRESQL);
  podlift_app_profile_set_database_version (profile, "15");
  podlift_app_profile_set_database_size_gb (profile, 40);

  podlift_strategy_set_kind (strategy, PODLIFT_STRATEGY_KIND_APP_AND_DATABASE);
  podlift_strategy_set_public_hostname (strategy, "shop.example.com");

  add_item (project, "rehearse", TRUE);
  add_item (project, "push-image", FALSE);
  add_item (project, "switch-dns", FALSE);

  podlift_project_set_dirty (project, FALSE);

  return project;
}

static const char *
label_text (GtkWidget  *page,
            const char *name)
{
  return gtk_label_get_label (GTK_LABEL (podlift_test_get_widget (page, name)));
}

/* Whether a row of @list has @title. */
static gboolean
list_has_title (GtkWidget  *list,
                const char *title)
{
  GtkListBoxRow *row;

  for (guint i = 0; (row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), i)); i++)
    if (ADW_IS_PREFERENCES_ROW (row) &&
        g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) == 0)
      return TRUE;

  return FALSE;
}

static void
test_shows_project (void)
{
  g_autoptr(PodliftProject) project = make_project ("Shopfront");
  GtkListBoxRow *row;
  GtkWidget *page = g_object_new (PODLIFT_TYPE_REVIEW_PAGE, "project", project, NULL);
  GtkWindow *window = podlift_test_show (page, 900, 800);
  GtkWidget *steps;

  g_assert_cmpstr (label_text (page, "app-name"), ==, "Shopfront");
  g_assert_cmpstr (label_text (page, "app-description"), ==, "The web shop and its back office.");
  g_assert_cmpstr (label_text (page, "stack"), ==, "Python 3.12");
  g_assert_cmpstr (label_text (page, "state"), ==, "Stateful, state kept on a shared volume");
  g_assert_cmpstr (label_text (page, "database"), ==, "PostgreSQL 15, 40 GB, moves with the application");
  g_assert_cmpstr (label_text (page, "strategy-kind"), ==, "App and database");
  g_assert_cmpstr (label_text (page, "public-hostname"), ==, "shop.example.com");
  g_assert_cmpstr (label_text (page, "checklist-count"), ==, "1 of 3 done");
  g_assert_cmpfloat_with_epsilon (gtk_progress_bar_get_fraction (GTK_PROGRESS_BAR (podlift_test_get_widget (page, "checklist-progress"))),
                                  1.0 / 3.0, 1e-9);

  /* One row per step before Review, with its state. */
  steps = podlift_test_get_widget (page, "steps-list");
  g_assert_cmpuint (podlift_test_count_rows (steps), ==, 5);
  row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (steps), 3);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Strategy");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "1 answer missing");
  row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (steps), 1);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Container");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Not started");

  /* The page only reads. */
  g_assert_false (podlift_project_get_dirty (project));

  gtk_window_destroy (window);
  g_assert_finalize_object (g_steal_pointer (&project));
}

static void
test_follows_changes (void)
{
  g_autoptr(PodliftProject) project = make_project ("Shopfront");
  PodliftStrategy *strategy = podlift_project_get_strategy (project);
  GtkWidget *page = g_object_new (PODLIFT_TYPE_REVIEW_PAGE, "project", project, NULL);
  GtkWindow *window = podlift_test_show (page, 900, 800);
  GtkWidget *missing = podlift_test_get_widget (page, "missing-list");

  podlift_strategy_set_kind (strategy, PODLIFT_STRATEGY_KIND_APP_ONLY);
  podlift_test_iterate ();
  g_assert_cmpstr (label_text (page, "strategy-kind"), ==, "App only");

  podlift_strategy_set_kind (strategy, PODLIFT_STRATEGY_KIND_UNDECIDED);
  podlift_test_iterate ();
  g_assert_cmpstr (label_text (page, "strategy-kind"), ==, "Not decided");

  /* An unanswered question is an open risk, and goes once answered. */
  g_assert_true (list_has_title (missing, "Write the rollback plan"));
  g_assert_true (list_has_title (missing, "Choose how to migrate"));
  podlift_strategy_set_rollback_plan (strategy, "Point DNS back at the VMs.");
  podlift_test_iterate ();
  g_assert_false (list_has_title (missing, "Write the rollback plan"));
  g_assert_true (list_has_title (missing, "Choose how to migrate"));

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
  GtkWindow *window = podlift_test_show (page, 900, 800);

  podlift_app_profile_set_name (podlift_project_get_profile (second), "Ledger");
  podlift_project_set_dirty (second, FALSE);

  podlift_page_set_project (PODLIFT_PAGE (page), second);
  podlift_test_iterate ();

  g_assert_cmpstr (label_text (page, "app-name"), ==, "Ledger");
  g_assert_false (gtk_widget_get_visible (podlift_test_get_widget (page, "app-description")));
  g_assert_cmpstr (label_text (page, "stack"), ==, "Not given");
  g_assert_cmpstr (label_text (page, "database"), ==, "Stays where it is");
  g_assert_cmpstr (label_text (page, "strategy-kind"), ==, "Not decided");
  g_assert_cmpstr (label_text (page, "public-hostname"), ==, "Not given");
  g_assert_cmpstr (label_text (page, "checklist-count"), ==, "No checklist yet");
  g_assert_true (list_has_title (podlift_test_get_widget (page, "missing-list"), "Add the cutover checklist"));

  /* The first project no longer drives the page. */
  podlift_strategy_set_kind (podlift_project_get_strategy (first), PODLIFT_STRATEGY_KIND_APP_ONLY);
  podlift_test_iterate ();
  g_assert_cmpstr (label_text (page, "strategy-kind"), ==, "Not decided");

  /* The second does. */
  podlift_strategy_set_kind (podlift_project_get_strategy (second), PODLIFT_STRATEGY_KIND_APP_AND_DATABASE);
  podlift_test_iterate ();
  g_assert_cmpstr (label_text (page, "strategy-kind"), ==, "App and database");

  gtk_window_destroy (window);
  g_assert_finalize_object (g_steal_pointer (&first));
  g_assert_finalize_object (g_steal_pointer (&second));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/podlift/review-page/shows-project", test_shows_project);
  g_test_add_func ("/podlift/review-page/follows-changes", test_follows_changes);
  g_test_add_func ("/podlift/review-page/rebind", test_rebind);

  return g_test_run ();
}
