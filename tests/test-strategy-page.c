/* test-strategy-page.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "podlift-strategy-page.h"
#include "podlift-test-util.h"

static PodliftProject *
make_project (const char *hostname,
              const char *rollback_plan)
{
  PodliftProject *project = podlift_project_new ();
  PodliftStrategy *strategy = podlift_project_get_strategy (project);

  podlift_strategy_set_kind (strategy, PODLIFT_STRATEGY_KIND_APP_ONLY);
  podlift_strategy_set_public_hostname (strategy, hostname);
  podlift_strategy_set_dns_ttl_seconds (strategy, 3600);
  podlift_strategy_set_lowered_ttl_seconds (strategy, 60);
  podlift_strategy_set_maintenance_page (strategy, FALSE);
  podlift_strategy_set_sizing_source (strategy, PODLIFT_SIZING_SOURCE_LOAD_TEST);
  podlift_strategy_set_cutover_window (strategy, "Saturday 02:00–04:00 UTC");
  podlift_strategy_set_rollback_plan (strategy, rollback_plan);
  podlift_project_set_dirty (project, FALSE);

  return project;
}

static char *
buffer_text (GtkWidget *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter begin, end;

  gtk_text_buffer_get_bounds (buffer, &begin, &end);

  return gtk_text_buffer_get_text (buffer, &begin, &end, FALSE);
}

static void
test_shows_answers (void)
{
  g_autoptr(PodliftProject) project = make_project ("shop.example.com",
                                                    "Point shop.example.com back at the VMs.");
  g_autofree char *rollback = NULL;
  GtkWidget *page = g_object_new (PODLIFT_TYPE_STRATEGY_PAGE, "project", project, NULL);
  GtkWindow *window = podlift_test_show (page, 900, 800);

  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (podlift_test_get_widget (page, "app-only-card"))));
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (podlift_test_get_widget (page, "app-and-database-card"))));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (podlift_test_get_widget (page, "public-hostname"))),
                   ==, "shop.example.com");
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (podlift_test_get_widget (page, "dns-ttl"))),
                     ==, 3600);
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (podlift_test_get_widget (page, "lowered-ttl"))),
                     ==, 60);
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (podlift_test_get_widget (page, "maintenance-page"))));
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (podlift_test_get_widget (page, "sizing-source"))),
                    ==, PODLIFT_SIZING_SOURCE_LOAD_TEST);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (podlift_test_get_widget (page, "cutover-window"))),
                   ==, "Saturday 02:00–04:00 UTC");
  rollback = buffer_text (podlift_test_get_widget (page, "rollback-plan"));
  g_assert_cmpstr (rollback, ==, "Point shop.example.com back at the VMs.");

  /* Showing the project is not an edit. */
  g_assert_false (podlift_project_get_dirty (project));

  gtk_window_destroy (window);
  g_assert_finalize_object (g_steal_pointer (&project));
}

static void
test_select_card (void)
{
  g_autoptr(PodliftProject) project = make_project ("shop.example.com", NULL);
  PodliftStrategy *strategy = podlift_project_get_strategy (project);
  GtkToggleButton *app_only, *app_and_database;
  GtkWidget *page = g_object_new (PODLIFT_TYPE_STRATEGY_PAGE, "project", project, NULL);
  GtkWindow *window = podlift_test_show (page, 900, 800);

  app_only = GTK_TOGGLE_BUTTON (podlift_test_get_widget (page, "app-only-card"));
  app_and_database = GTK_TOGGLE_BUTTON (podlift_test_get_widget (page, "app-and-database-card"));

  /* The user picks the other card. */
  g_signal_emit_by_name (app_and_database, "clicked");
  podlift_test_iterate ();
  g_assert_cmpint (podlift_strategy_get_kind (strategy), ==, PODLIFT_STRATEGY_KIND_APP_AND_DATABASE);
  g_assert_true (gtk_toggle_button_get_active (app_and_database));
  g_assert_false (gtk_toggle_button_get_active (app_only));
  g_assert_true (podlift_project_get_dirty (project));

  /* The model picks a card. */
  podlift_strategy_set_kind (strategy, PODLIFT_STRATEGY_KIND_APP_ONLY);
  podlift_test_iterate ();
  g_assert_true (gtk_toggle_button_get_active (app_only));
  g_assert_false (gtk_toggle_button_get_active (app_and_database));

  /* Undecided selects none, and leaves the model undecided. */
  podlift_strategy_set_kind (strategy, PODLIFT_STRATEGY_KIND_UNDECIDED);
  podlift_test_iterate ();
  g_assert_false (gtk_toggle_button_get_active (app_only));
  g_assert_false (gtk_toggle_button_get_active (app_and_database));
  g_assert_cmpint (podlift_strategy_get_kind (strategy), ==, PODLIFT_STRATEGY_KIND_UNDECIDED);

  gtk_window_destroy (window);
  g_assert_finalize_object (g_steal_pointer (&project));
}

static void
test_edits (void)
{
  g_autoptr(PodliftProject) project = make_project ("shop.example.com", NULL);
  PodliftStrategy *strategy = podlift_project_get_strategy (project);
  g_autofree char *shown = NULL;
  GtkTextBuffer *buffer;
  GtkWidget *page = g_object_new (PODLIFT_TYPE_STRATEGY_PAGE, "project", project, NULL);
  GtkWindow *window = podlift_test_show (page, 900, 800);

  gtk_editable_set_text (GTK_EDITABLE (podlift_test_get_widget (page, "public-hostname")),
                         "www.example.org");
  g_assert_cmpstr (podlift_strategy_get_public_hostname (strategy), ==, "www.example.org");
  g_assert_true (podlift_project_get_dirty (project));

  podlift_project_set_dirty (project, FALSE);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (podlift_test_get_widget (page, "rollback-plan")));
  gtk_text_buffer_set_text (buffer, "Restore the old A record.", -1);
  g_assert_cmpstr (podlift_strategy_get_rollback_plan (strategy), ==, "Restore the old A record.");
  g_assert_true (podlift_project_get_dirty (project));

  gtk_text_buffer_set_text (buffer, "", -1);
  g_assert_null (podlift_strategy_get_rollback_plan (strategy));

  podlift_strategy_set_notes (strategy, "Freeze deploys the week before.");
  shown = buffer_text (podlift_test_get_widget (page, "notes"));
  g_assert_cmpstr (shown, ==, "Freeze deploys the week before.");

  gtk_switch_set_active (GTK_SWITCH (podlift_test_get_widget (page, "maintenance-page")), TRUE);
  g_assert_true (podlift_strategy_get_maintenance_page (strategy));

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (podlift_test_get_widget (page, "lowered-ttl")), 300);
  g_assert_cmpuint (podlift_strategy_get_lowered_ttl_seconds (strategy), ==, 300);

  adw_combo_row_set_selected (ADW_COMBO_ROW (podlift_test_get_widget (page, "sizing-source")),
                              PODLIFT_SIZING_SOURCE_VM);
  g_assert_cmpint (podlift_strategy_get_sizing_source (strategy), ==, PODLIFT_SIZING_SOURCE_VM);

  gtk_window_destroy (window);
  g_assert_finalize_object (g_steal_pointer (&project));
}

static void
test_rebind (void)
{
  g_autoptr(PodliftProject) first = make_project ("shop.example.com", "Plan A");
  g_autoptr(PodliftProject) second = make_project ("api.example.net", "Plan B");
  g_autofree char *rollback = NULL;
  GtkWidget *page = g_object_new (PODLIFT_TYPE_STRATEGY_PAGE, "project", first, NULL);
  GtkWindow *window = podlift_test_show (page, 900, 800);

  podlift_strategy_set_kind (podlift_project_get_strategy (second),
                             PODLIFT_STRATEGY_KIND_APP_AND_DATABASE);
  podlift_project_set_dirty (second, FALSE);

  podlift_page_set_project (PODLIFT_PAGE (page), second);
  podlift_test_iterate ();

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (podlift_test_get_widget (page, "public-hostname"))),
                   ==, "api.example.net");
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (podlift_test_get_widget (page, "app-and-database-card"))));
  rollback = buffer_text (podlift_test_get_widget (page, "rollback-plan"));
  g_assert_cmpstr (rollback, ==, "Plan B");

  /* Neither project was edited by the switch. */
  g_assert_false (podlift_project_get_dirty (first));
  g_assert_false (podlift_project_get_dirty (second));
  g_assert_cmpint (podlift_strategy_get_kind (podlift_project_get_strategy (first)),
                   ==, PODLIFT_STRATEGY_KIND_APP_ONLY);
  g_assert_cmpstr (podlift_strategy_get_rollback_plan (podlift_project_get_strategy (first)),
                   ==, "Plan A");

  /* Edits now go to the second project only. */
  gtk_editable_set_text (GTK_EDITABLE (podlift_test_get_widget (page, "public-hostname")),
                         "api2.example.net");
  g_assert_cmpstr (podlift_strategy_get_public_hostname (podlift_project_get_strategy (second)),
                   ==, "api2.example.net");
  g_assert_cmpstr (podlift_strategy_get_public_hostname (podlift_project_get_strategy (first)),
                   ==, "shop.example.com");

  gtk_window_destroy (window);
  g_assert_finalize_object (g_steal_pointer (&first));
  g_assert_finalize_object (g_steal_pointer (&second));
}

static void
test_complete (void)
{
  g_autoptr(PodliftProject) project = podlift_project_new ();
  GtkWidget *page = g_object_new (PODLIFT_TYPE_STRATEGY_PAGE, "project", project, NULL);
  GtkWindow *window = podlift_test_show (page, 900, 800);

  g_assert_false (podlift_page_get_complete (PODLIFT_PAGE (page)));

  g_signal_emit_by_name (podlift_test_get_widget (page, "app-only-card"), "clicked");
  gtk_editable_set_text (GTK_EDITABLE (podlift_test_get_widget (page, "public-hostname")),
                         "shop.example.com");
  g_assert_false (podlift_page_get_complete (PODLIFT_PAGE (page)));

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (podlift_test_get_widget (page, "rollback-plan"))),
                            "Point DNS back at the VMs.", -1);
  g_assert_true (podlift_page_get_complete (PODLIFT_PAGE (page)));

  gtk_window_destroy (window);
  g_assert_finalize_object (g_steal_pointer (&project));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/podlift/strategy-page/shows-answers", test_shows_answers);
  g_test_add_func ("/podlift/strategy-page/select-card", test_select_card);
  g_test_add_func ("/podlift/strategy-page/edits", test_edits);
  g_test_add_func ("/podlift/strategy-page/rebind", test_rebind);
  g_test_add_func ("/podlift/strategy-page/complete", test_complete);

  return g_test_run ();
}
