/* test-cutover-page.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "podlift-checklist-item.h"
#include "podlift-cutover-page.h"
#include "podlift-test-util.h"

static void
add_item (PodliftProject        *project,
          const char            *id,
          const char            *title,
          PodliftChecklistPhase  phase,
          const char            *owner)
{
  GListStore *items = podlift_checklist_get_items (podlift_project_get_checklist (project));
  g_autoptr(PodliftChecklistItem) item = podlift_checklist_item_new ();

  podlift_checklist_item_set_id (item, id);
  podlift_checklist_item_set_title (item, title);
  podlift_checklist_item_set_phase (item, phase);
  podlift_checklist_item_set_owner (item, owner);
  g_list_store_append (items, item);
}

static PodliftProject *
make_project (void)
{
  PodliftProject *project = podlift_project_new ();
  GListStore *items = podlift_checklist_get_items (podlift_project_get_checklist (project));
  g_autoptr(PodliftChecklistItem) dns = NULL;

  add_item (project, "rehearse", "Rehearse in pre-production", PODLIFT_CHECKLIST_PHASE_PREPARE, "Alice");
  add_item (project, "push-image", "Push the image", PODLIFT_CHECKLIST_PHASE_PREPARE, "Bob");
  add_item (project, "lower-ttl", "Lower the DNS TTL", PODLIFT_CHECKLIST_PHASE_PREPARE, NULL);
  add_item (project, "switch-dns", "Point shop.example.com at the cluster", PODLIFT_CHECKLIST_PHASE_SWITCH, "Alice");
  add_item (project, "watch-logs", "Watch the application logs", PODLIFT_CHECKLIST_PHASE_AFTER, NULL);

  dns = g_list_model_get_item (G_LIST_MODEL (items), 3);
  podlift_checklist_item_set_check_kind (dns, PODLIFT_CHECK_KIND_DNS);
  podlift_checklist_item_set_check_target (dns, "shop.example.com");

  podlift_project_set_dirty (project, FALSE);

  return project;
}

static AdwExpanderRow *
get_item_row (GtkWidget  *page,
              const char *list,
              int         index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (podlift_test_get_widget (page, list)),
                                                      index);

  g_assert_nonnull (row);
  g_assert_true (ADW_IS_EXPANDER_ROW (row));

  return ADW_EXPANDER_ROW (row);
}

static void
test_groups (void)
{
  g_autoptr(PodliftProject) project = make_project ();
  g_autoptr(PodliftChecklistItem) ttl = NULL;
  AdwExpanderRow *row;
  GtkWidget *page = g_object_new (PODLIFT_TYPE_CUTOVER_PAGE, "project", project, NULL);
  GtkWindow *window = podlift_test_show (page, 900, 800);
  GtkWidget *check;

  g_assert_cmpuint (podlift_test_count_rows (podlift_test_get_widget (page, "prepare-list")),
                    ==, 3);
  g_assert_cmpuint (podlift_test_count_rows (podlift_test_get_widget (page, "switch-list")), ==, 1);
  g_assert_cmpuint (podlift_test_count_rows (podlift_test_get_widget (page, "after-list")), ==, 1);

  row = get_item_row (page, "prepare-list", 1);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Push the image");
  g_assert_cmpstr (adw_expander_row_get_subtitle (row), ==, "Owner: Bob");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (podlift_test_get_widget (row, "item-owner"))),
                   ==, "Bob");

  row = get_item_row (page, "switch-list", 0);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                   ==, "Point shop.example.com at the cluster");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (podlift_test_get_widget (row, "item-check"))),
                   ==, "DNS check: shop.example.com");
  check = podlift_test_get_widget (row, "item-done");
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));

  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (podlift_test_get_widget (page, "prepare-count"))),
                   ==, "0 of 3 done");

  /* An item that changes phase moves to its new group. */
  ttl = g_list_model_get_item (G_LIST_MODEL (podlift_checklist_get_items (podlift_project_get_checklist (project))), 2);
  g_assert_cmpstr (podlift_checklist_item_get_id (ttl), ==, "lower-ttl");
  podlift_checklist_item_set_phase (ttl, PODLIFT_CHECKLIST_PHASE_SWITCH);
  podlift_test_iterate ();
  g_assert_cmpuint (podlift_test_count_rows (podlift_test_get_widget (page, "prepare-list")),
                    ==, 2);
  g_assert_cmpuint (podlift_test_count_rows (podlift_test_get_widget (page, "switch-list")), ==, 2);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (podlift_test_get_widget (page, "switch-count"))),
                   ==, "0 of 2 done");

  gtk_window_destroy (window);
  g_clear_object (&ttl);
  g_assert_finalize_object (g_steal_pointer (&project));
}

static void
test_tick (void)
{
  g_autoptr(PodliftProject) project = make_project ();
  PodliftChecklist *checklist = podlift_project_get_checklist (project);
  g_autoptr(PodliftChecklistItem) item = NULL;
  GtkListBoxRow *timeline_row;
  GtkProgressBar *progress;
  AdwExpanderRow *row;
  GtkWidget *page = g_object_new (PODLIFT_TYPE_CUTOVER_PAGE, "project", project, NULL);
  GtkWindow *window = podlift_test_show (page, 900, 800);

  g_assert_cmpuint (podlift_test_count_rows (podlift_test_get_widget (page, "timeline-list")),
                    ==, 0);
  progress = GTK_PROGRESS_BAR (podlift_test_get_widget (page, "prepare-progress"));
  g_assert_cmpfloat (gtk_progress_bar_get_fraction (progress), ==, 0.0);

  row = get_item_row (page, "prepare-list", 1);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (podlift_test_get_widget (row, "item-done")), TRUE);
  podlift_test_iterate ();

  item = g_list_model_get_item (G_LIST_MODEL (podlift_checklist_get_items (checklist)), 1);
  g_assert_cmpstr (podlift_checklist_item_get_id (item), ==, "push-image");
  g_assert_true (podlift_checklist_item_get_done (item));
  g_assert_cmpint (podlift_checklist_item_get_done_at (item), >, 0);
  g_assert_true (podlift_project_get_dirty (project));
  g_assert_nonnull (strstr (adw_expander_row_get_subtitle (row), "Done at "));

  /* The core records the tick; the page shows it. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (podlift_checklist_get_timeline (checklist))), ==, 1);
  g_assert_cmpuint (podlift_test_count_rows (podlift_test_get_widget (page, "timeline-list")),
                    ==, 1);
  timeline_row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (podlift_test_get_widget (page, "timeline-list")), 0);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (timeline_row)),
                   ==, "Done: Push the image");

  /* The group's progress follows. */
  g_assert_cmpfloat_with_epsilon (gtk_progress_bar_get_fraction (progress), 1.0 / 3.0, 1e-9);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (podlift_test_get_widget (page, "prepare-count"))),
                   ==, "1 of 3 done");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (podlift_test_get_widget (page, "switch-count"))),
                   ==, "0 of 1 done");

  /* A tick from elsewhere shows too, and the newest entry comes first. */
  podlift_checklist_item_set_done (item, FALSE);
  podlift_test_iterate ();
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (podlift_test_get_widget (row, "item-done"))));
  g_assert_cmpfloat (gtk_progress_bar_get_fraction (progress), ==, 0.0);
  g_assert_cmpuint (podlift_test_count_rows (podlift_test_get_widget (page, "timeline-list")),
                    ==, 2);
  timeline_row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (podlift_test_get_widget (page, "timeline-list")), 0);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (timeline_row)),
                   ==, "Reopened: Push the image");
  timeline_row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (podlift_test_get_widget (page, "timeline-list")), 1);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (timeline_row)),
                   ==, "Done: Push the image");

  gtk_window_destroy (window);
  g_clear_object (&item);
  g_assert_finalize_object (g_steal_pointer (&project));
}

static void
test_add_and_remove (void)
{
  g_autoptr(PodliftProject) project = make_project ();
  GListStore *items = podlift_checklist_get_items (podlift_project_get_checklist (project));
  g_autoptr(PodliftChecklistItem) added = NULL;
  AdwExpanderRow *row;
  GtkWidget *page = g_object_new (PODLIFT_TYPE_CUTOVER_PAGE, "project", project, NULL);
  GtkWindow *window = podlift_test_show (page, 900, 800);

  g_signal_emit_by_name (podlift_test_get_widget (page, "after-add"), "clicked");
  podlift_test_iterate ();

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (items)), ==, 6);
  added = g_list_model_get_item (G_LIST_MODEL (items), 5);
  g_assert_cmpstr (podlift_checklist_item_get_id (added), ==, "item-6");
  g_assert_cmpstr (podlift_checklist_item_get_title (added), ==, "New item");
  g_assert_cmpint (podlift_checklist_item_get_phase (added), ==, PODLIFT_CHECKLIST_PHASE_AFTER);
  g_assert_true (podlift_project_get_dirty (project));

  g_assert_cmpuint (podlift_test_count_rows (podlift_test_get_widget (page, "after-list")), ==, 2);
  g_assert_cmpuint (podlift_test_count_rows (podlift_test_get_widget (page, "prepare-list")),
                    ==, 3);
  row = get_item_row (page, "after-list", 1);
  g_assert_true (adw_expander_row_get_expanded (row));

  /* The title entry edits the item. */
  gtk_editable_set_text (GTK_EDITABLE (podlift_test_get_widget (row, "item-title")),
                         "Check the autoscaler");
  g_assert_cmpstr (podlift_checklist_item_get_title (added), ==, "Check the autoscaler");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Check the autoscaler");

  /* Ids stay unique: the next one skips any taken id. */
  podlift_checklist_item_set_id (added, "item-7");
  g_signal_emit_by_name (podlift_test_get_widget (page, "prepare-add"), "clicked");
  podlift_test_iterate ();
  g_clear_object (&added);
  added = g_list_model_get_item (G_LIST_MODEL (items), 6);
  g_assert_cmpstr (podlift_checklist_item_get_id (added), ==, "item-8");
  g_assert_cmpint (podlift_checklist_item_get_phase (added), ==, PODLIFT_CHECKLIST_PHASE_PREPARE);
  g_assert_cmpuint (podlift_test_count_rows (podlift_test_get_widget (page, "prepare-list")),
                    ==, 4);

  /* Remove the first prepare item. */
  row = get_item_row (page, "prepare-list", 0);
  g_signal_emit_by_name (podlift_test_get_widget (row, "item-remove"), "clicked");
  podlift_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (items)), ==, 6);
  g_assert_cmpuint (podlift_test_count_rows (podlift_test_get_widget (page, "prepare-list")),
                    ==, 3);
  row = get_item_row (page, "prepare-list", 0);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Push the image");

  gtk_window_destroy (window);
  g_clear_object (&added);
  g_assert_finalize_object (g_steal_pointer (&project));
}

static void
test_rebind (void)
{
  g_autoptr(PodliftProject) first = make_project ();
  g_autoptr(PodliftProject) second = podlift_project_new ();
  AdwExpanderRow *row;
  GtkWidget *page = g_object_new (PODLIFT_TYPE_CUTOVER_PAGE, "project", first, NULL);
  GtkWindow *window = podlift_test_show (page, 900, 800);

  add_item (second, "backup", "Back up the database", PODLIFT_CHECKLIST_PHASE_PREPARE, "Carol");
  podlift_project_set_dirty (second, FALSE);

  podlift_page_set_project (PODLIFT_PAGE (page), second);
  podlift_test_iterate ();

  g_assert_cmpuint (podlift_test_count_rows (podlift_test_get_widget (page, "prepare-list")),
                    ==, 1);
  g_assert_cmpuint (podlift_test_count_rows (podlift_test_get_widget (page, "switch-list")), ==, 0);
  g_assert_cmpuint (podlift_test_count_rows (podlift_test_get_widget (page, "after-list")), ==, 0);
  row = get_item_row (page, "prepare-list", 0);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Back up the database");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (podlift_test_get_widget (page, "prepare-count"))),
                   ==, "0 of 1 done");

  /* Adding now goes to the second project only. */
  g_signal_emit_by_name (podlift_test_get_widget (page, "switch-add"), "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (podlift_checklist_get_items (podlift_project_get_checklist (second)))),
                    ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (podlift_checklist_get_items (podlift_project_get_checklist (first)))),
                    ==, 5);
  g_assert_false (podlift_project_get_dirty (first));

  /* The first project's items no longer move rows of this page. */
  {
    g_autoptr(PodliftChecklistItem) old = g_list_model_get_item (G_LIST_MODEL (podlift_checklist_get_items (podlift_project_get_checklist (first))), 0);

    podlift_checklist_item_set_phase (old, PODLIFT_CHECKLIST_PHASE_AFTER);
    podlift_test_iterate ();
    g_assert_cmpuint (podlift_test_count_rows (podlift_test_get_widget (page, "after-list")),
                      ==, 0);
  }

  gtk_window_destroy (window);
  g_assert_finalize_object (g_steal_pointer (&first));
  g_assert_finalize_object (g_steal_pointer (&second));
}

static void
test_complete (void)
{
  g_autoptr(PodliftProject) project = podlift_project_new ();
  GtkWidget *page = g_object_new (PODLIFT_TYPE_CUTOVER_PAGE, "project", project, NULL);
  GtkWindow *window = podlift_test_show (page, 900, 800);
  AdwExpanderRow *row;

  g_assert_false (podlift_page_get_complete (PODLIFT_PAGE (page)));

  add_item (project, "rehearse", "Rehearse in pre-production", PODLIFT_CHECKLIST_PHASE_PREPARE, NULL);
  podlift_test_iterate ();
  g_assert_false (podlift_page_get_complete (PODLIFT_PAGE (page)));

  row = get_item_row (page, "prepare-list", 0);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (podlift_test_get_widget (row, "item-done")), TRUE);
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

  g_test_add_func ("/podlift/cutover-page/groups", test_groups);
  g_test_add_func ("/podlift/cutover-page/tick", test_tick);
  g_test_add_func ("/podlift/cutover-page/add-and-remove", test_add_and_remove);
  g_test_add_func ("/podlift/cutover-page/rebind", test_rebind);
  g_test_add_func ("/podlift/cutover-page/complete", test_complete);

  return g_test_run ();
}
