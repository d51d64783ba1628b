/* test-strategy-page.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "podlift-manifest-set.h"
#include "podlift-strategy-page-private.h"
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

/* A project whose PostgreSQL database (40 GB) moves. */
static PodliftProject *
make_moving_project (void)
{
  PodliftProject *project = make_project ("shop.example.com", "Point DNS back at the VMs.");
  PodliftAppProfile *profile = podlift_project_get_profile (project);

  podlift_app_profile_set_name (profile, "Shop");
  podlift_app_profile_set_database_engine (profile, PODLIFT_DATABASE_ENGINE_POSTGRESQL);
  podlift_app_profile_set_database_moves (profile, TRUE);
  podlift_app_profile_set_database_size_gb (profile, 40);
  podlift_app_profile_set_vm_vcpu (profile, 4);
  podlift_app_profile_set_vm_instances (profile, 3);
  podlift_app_profile_set_cpu_average_percent (profile, 30);
  podlift_app_profile_set_cpu_peak_percent (profile, 70);
  podlift_project_set_dirty (project, FALSE);
  return project;
}

static guint
count_steps (GtkWidget *page)
{
  return podlift_test_count_rows (podlift_test_get_widget (page, "runbook"));
}

/* Choosing the other strategy changes the runbook and the estimate. */
static void
test_runbook_follows_strategy (void)
{
  g_autoptr(PodliftProject) project = make_moving_project ();
  GtkWidget *page = g_object_new (PODLIFT_TYPE_STRATEGY_PAGE, "project", project, NULL);
  GtkWindow *window = podlift_test_show (page, 900, 800);
  guint app_only;
  g_autofree char *total = NULL;

  /* App only: no dump, no downtime */
  g_assert_null (podlift_test_find_widget (page, "runbook-step-dump"));
  g_assert_nonnull (podlift_test_find_widget (page, "runbook-step-network"));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (podlift_test_get_widget (page, "downtime-total"))),
                   ==, "No downtime");
  app_only = count_steps (page);

  g_signal_emit_by_name (podlift_test_get_widget (page, "app-and-database-card"), "clicked");
  podlift_test_iterate ();

  g_assert_nonnull (podlift_test_find_widget (page, "runbook-step-dump"));
  g_assert_nonnull (podlift_test_find_widget (page, "runbook-step-restore"));
  g_assert_nonnull (podlift_test_find_widget (page, "runbook-step-stop-writes"));
  g_assert_cmpuint (count_steps (page), >, app_only);
  /* 40 GB: dump 11 min 7 s, restore 22 min 13 s, DNS 60 s, checks 15 min */
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (podlift_test_get_widget (page, "downtime-total"))),
                   ==, "50 min");

  /* The way the data moves changes the steps too. */
  podlift_strategy_set_run_from (podlift_project_get_strategy (project), PODLIFT_RUN_FROM_HOST);
  podlift_test_iterate ();
  g_assert_nonnull (podlift_test_find_widget (page, "runbook-step-copy-dump"));

  gtk_window_destroy (window);
  g_assert_finalize_object (g_steal_pointer (&project));
}

/* The recommended card says so; the reasons are listed. */
static void
test_recommendation (void)
{
  g_autoptr(PodliftProject) project = make_moving_project ();
  GtkWidget *page = g_object_new (PODLIFT_TYPE_STRATEGY_PAGE, "project", project, NULL);
  GtkWindow *window = podlift_test_show (page, 900, 800);
  GtkWidget *reasons = podlift_test_get_widget (page, "reasons");

  g_assert_true (gtk_widget_get_visible (podlift_test_get_widget (page, "app-and-database-badge")));
  g_assert_false (gtk_widget_get_visible (podlift_test_get_widget (page, "app-only-badge")));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (podlift_test_get_widget (page, "recommendation-title"))),
                   ==, "Recommended: App and database (you chose App only)");
  g_assert_nonnull (gtk_widget_get_first_child (reasons));

  podlift_app_profile_set_database_moves (podlift_project_get_profile (project), FALSE);
  podlift_test_iterate ();
  g_assert_true (gtk_widget_get_visible (podlift_test_get_widget (page, "app-only-badge")));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (podlift_test_get_widget (page, "recommendation-title"))),
                   ==, "Recommended: App only");

  gtk_window_destroy (window);
  g_assert_finalize_object (g_steal_pointer (&project));
}

/* A rate shows the engine's default until the user sets one. */
static void
test_rates (void)
{
  g_autoptr(PodliftProject) project = make_moving_project ();
  PodliftStrategy *strategy = podlift_project_get_strategy (project);
  GtkWidget *page = g_object_new (PODLIFT_TYPE_STRATEGY_PAGE, "project", project, NULL);
  GtkWindow *window = podlift_test_show (page, 900, 800);
  GtkSpinButton *dump = GTK_SPIN_BUTTON (podlift_test_get_widget (page, "dump-rate"));

  g_assert_cmpfloat (gtk_spin_button_get_value (dump), ==, 60);
  g_assert_cmpfloat (podlift_strategy_get_dump_mb_per_second (strategy), ==, 0);
  g_assert_false (podlift_project_get_dirty (project));

  gtk_spin_button_set_value (dump, 120);
  g_assert_cmpfloat (podlift_strategy_get_dump_mb_per_second (strategy), ==, 120);

  gtk_window_destroy (window);
  g_assert_finalize_object (g_steal_pointer (&project));
}

/* The sizing goes into the manifests when the user says so. */
static void
test_apply_sizing (void)
{
  g_autoptr(PodliftProject) project = make_moving_project ();
  PodliftManifestSet *set = podlift_project_get_manifests (project);
  GtkWidget *page = g_object_new (PODLIFT_TYPE_STRATEGY_PAGE, "project", project, NULL);
  GtkWindow *window = podlift_test_show (page, 900, 800);
  GtkWidget *apply = podlift_test_get_widget (page, "apply-sizing");

  g_assert_true (gtk_widget_get_sensitive (apply));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (podlift_test_get_widget (page, "sizing-summary"))),
                            "3 replicas"));
  g_signal_emit_by_name (apply, "clicked");
  podlift_test_iterate ();
  g_assert_cmpuint (podlift_manifest_set_get_replicas (set), ==, 3);
  g_assert_cmpuint (podlift_manifest_set_get_min_replicas (set), ==, 3);
  g_assert_false (gtk_widget_get_sensitive (apply));

  gtk_window_destroy (window);
  g_assert_finalize_object (g_steal_pointer (&project));
}

static void
read_k6 (GtkWidget  *page,
         const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "k6", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  podlift_strategy_page_read_k6_file (PODLIFT_STRATEGY_PAGE (page), file);
  for (guint i = 0; i < 200; i++)
    {
      podlift_test_iterate ();
      g_usleep (5000);
    }
}

/* k6's summary read back; another tool's output changes nothing. */
static void
test_read_k6 (void)
{
  g_autoptr(PodliftProject) project = make_moving_project ();
  PodliftStrategy *strategy = podlift_project_get_strategy (project);
  GtkWidget *page = g_object_new (PODLIFT_TYPE_STRATEGY_PAGE, "project", project, NULL);
  GtkWindow *window = podlift_test_show (page, 900, 800);

  read_k6 (page, "other-tool.json");
  g_assert_cmpfloat (podlift_strategy_get_load_test_rate (strategy), ==, 0);
  g_assert_cmpint (podlift_strategy_get_sizing_source (strategy), ==, PODLIFT_SIZING_SOURCE_LOAD_TEST);
  g_assert_false (podlift_project_get_dirty (project));

  read_k6 (page, "summary-steps.json");
  g_assert_cmpfloat (podlift_strategy_get_load_test_rate (strategy), ==, 206);
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (podlift_test_get_widget (page, "sizing-summary"))),
                            "2 replicas"));

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
  g_test_add_func ("/podlift/strategy-page/runbook-follows-strategy", test_runbook_follows_strategy);
  g_test_add_func ("/podlift/strategy-page/recommendation", test_recommendation);
  g_test_add_func ("/podlift/strategy-page/rates", test_rates);
  g_test_add_func ("/podlift/strategy-page/apply-sizing", test_apply_sizing);
  g_test_add_func ("/podlift/strategy-page/read-k6", test_read_k6);

  return g_test_run ();
}
