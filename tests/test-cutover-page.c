/* test-cutover-page.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <libsoup/soup.h>

#include "podlift-bundle.h"
#include "podlift-checklist.h"
#include "podlift-checklist-item.h"
#include "podlift-cutover-page.h"
#include "podlift-strategy.h"
#include "podlift-test-util.h"
#include "podlift-timeline-entry.h"

/* The Cutover step driven as a user drives it. The live checks go to a
 * web server this test runs on 127.0.0.1, and to a closed port. */

static SoupServer *server;
static char *server_base;   /* http://127.0.0.1:PORT */

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
  /* A live check not run yet says which it is. */
  g_assert_true (podlift_test_has_label (podlift_test_get_widget (row, "item-result"), "DNS check"));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (podlift_test_get_widget (row, "item-result")), ==,
                   "Not run yet: shop.example.com");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (podlift_test_get_widget (row, "item-target"))),
                   ==, "shop.example.com");
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
  g_assert_true (podlift_checklist_item_get_custom (added));
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

static void
server_cb (SoupServer        *soup_server,
           SoupServerMessage *message,
           const char        *path,
           GHashTable        *query,
           gpointer           user_data)
{
  if (g_str_equal (path, "/readyz"))
    {
      soup_server_message_set_status (message, 200, NULL);
      soup_server_message_set_response (message, "text/plain", SOUP_MEMORY_STATIC, "ok\n", 3);
    }
  else
    soup_server_message_set_status (message, 404, NULL);
}

static void
start_server (void)
{
  g_autoptr(GError) error = NULL;
  GSList *uris;

  server = soup_server_new (NULL, NULL);
  soup_server_add_handler (server, NULL, server_cb, NULL, NULL);
  soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (server);
  server_base = g_strdup_printf ("http://127.0.0.1:%d", g_uri_get_port (uris->data));
  g_slist_free_full (uris, (GDestroyNotify)g_uri_unref);
}

static guint
closed_port (void)
{
  g_autoptr(GSocket) socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM,
                                            G_SOCKET_PROTOCOL_TCP, NULL);
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) any = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) bound = NULL;

  g_assert_true (g_socket_bind (socket, any, TRUE, NULL));
  bound = g_socket_get_local_address (socket, NULL);
  g_socket_close (socket, NULL);

  return g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound));
}

/* Runs the main loop until @item's check has a result. */
static void
wait_for_check (PodliftChecklistItem *item)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (podlift_checklist_item_get_checked_at (item) == 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (podlift_checklist_item_get_checked_at (item), >, 0);
  podlift_test_iterate ();
}

static PodliftChecklistItem *
add_check_item (PodliftProject   *project,
                const char       *id,
                PodliftCheckKind  kind,
                const char       *target)
{
  GListStore *items = podlift_checklist_get_items (podlift_project_get_checklist (project));
  g_autoptr(PodliftChecklistItem) item = podlift_checklist_item_new ();

  podlift_checklist_item_set_id (item, id);
  podlift_checklist_item_set_title (item, id);
  podlift_checklist_item_set_phase (item, PODLIFT_CHECKLIST_PHASE_SWITCH);
  podlift_checklist_item_set_check_kind (item, kind);
  podlift_checklist_item_set_check_target (item, target);
  g_list_store_append (items, item);

  return item;   /* the store's */
}

static const char *
timeline_title (GtkWidget *page,
                int        index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (podlift_test_get_widget (page, "timeline-list")),
                                                      index);

  g_assert_nonnull (row);

  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
}

/* A passing check ticks its item; its result shows on the row and in
 * the timeline. Run from the row's button, in the background. */
static void
test_check_ticks (void)
{
  g_autoptr(PodliftProject) project = podlift_project_new ();
  g_autofree char *url = g_strconcat (server_base, "/readyz", NULL);
  PodliftChecklistItem *item = add_check_item (project, "readiness", PODLIFT_CHECK_KIND_HTTP, url);
  GtkWidget *page = g_object_new (PODLIFT_TYPE_CUTOVER_PAGE, "project", project, NULL);
  GtkWindow *window = podlift_test_show (page, 1200, 800);
  AdwExpanderRow *row = get_item_row (page, "switch-list", 0);
  GtkWidget *result = podlift_test_get_widget (row, "item-result");
  GtkStack *stack;

  g_assert_false (podlift_checklist_item_get_done (item));
  g_signal_emit_by_name (podlift_test_get_widget (row, "item-run"), "clicked");

  /* Running: the spinner shows, and the window goes on. */
  stack = GTK_STACK (gtk_widget_get_parent (podlift_test_get_widget (row, "item-run")));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "running");

  wait_for_check (item);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "run");
  g_assert_true (podlift_checklist_item_get_check_passed (item));
  g_assert_true (podlift_checklist_item_get_done (item));
  g_assert_cmpint (podlift_checklist_item_get_done_at (item), >, 0);
  g_assert_true (podlift_test_has_label (result, "HTTP 200 in "));
  g_assert_true (gtk_widget_has_css_class (result, "success"));
  g_assert_nonnull (strstr (adw_expander_row_get_subtitle (row), "Done at "));

  /* The check's result, then the tick it made, newest first. */
  g_assert_cmpuint (podlift_test_count_rows (podlift_test_get_widget (page, "timeline-list")), ==, 2);
  g_assert_cmpstr (timeline_title (page, 0), ==, "Done: readiness");
  g_assert_true (g_str_has_prefix (timeline_title (page, 1), "Check passed: readiness — HTTP 200 in "));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (podlift_test_get_widget (page, "switch-count"))),
                   ==, "1 of 1 done");

  gtk_window_destroy (window);
  g_assert_finalize_object (g_steal_pointer (&project));
}

static void
toast_cb (PodliftPage  *page,
          AdwToast     *toast,
          char        **title)
{
  g_free (*title);
  *title = g_strdup (adw_toast_get_title (toast));
}

/* Run All Checks: every check at once; a failure ticks nothing. */
static void
test_run_all (void)
{
  g_autoptr(PodliftProject) project = podlift_project_new ();
  g_autofree char *url = g_strconcat (server_base, "/readyz", NULL);
  g_autofree char *closed = g_strdup_printf ("127.0.0.1:%u", closed_port ());
  PodliftChecklistItem *web = add_check_item (project, "web", PODLIFT_CHECK_KIND_HTTP, url);
  PodliftChecklistItem *db = add_check_item (project, "db", PODLIFT_CHECK_KIND_TCP, closed);
  GtkWidget *page = g_object_new (PODLIFT_TYPE_CUTOVER_PAGE, "project", project, NULL);
  GtkWindow *window = podlift_test_show (page, 1200, 800);
  g_autofree char *toast = NULL;
  AdwExpanderRow *row;

  g_signal_connect (page, "add-toast", G_CALLBACK (toast_cb), &toast);
  g_signal_emit_by_name (podlift_test_get_widget (page, "run-all"), "clicked");
  g_assert_false (gtk_widget_get_sensitive (podlift_test_get_widget (page, "run-all")));
  wait_for_check (web);
  wait_for_check (db);

  g_assert_true (podlift_checklist_item_get_done (web));
  g_assert_false (podlift_checklist_item_get_check_passed (db));
  g_assert_cmpint (podlift_checklist_item_get_state (db), ==, PODLIFT_ITEM_STATE_TODO);
  g_assert_true (g_str_has_suffix (podlift_checklist_item_get_check_result (db), "connection refused"));
  row = get_item_row (page, "switch-list", 1);
  g_assert_true (gtk_widget_has_css_class (podlift_test_get_widget (row, "item-result"), "error"));
  g_assert_cmpstr (toast, ==, "1 passed, 1 failed");
  g_assert_true (gtk_widget_get_sensitive (podlift_test_get_widget (page, "run-all")));

  gtk_window_destroy (window);
  g_assert_finalize_object (g_steal_pointer (&project));
}

/* Start Cutover and a note: both in the timeline, with their time. */
static void
test_start_and_note (void)
{
  g_autoptr(PodliftProject) project = make_project ();
  PodliftChecklist *checklist = podlift_project_get_checklist (project);
  GtkWidget *page = g_object_new (PODLIFT_TYPE_CUTOVER_PAGE, "project", project, NULL);
  GtkWindow *window = podlift_test_show (page, 1200, 800);
  GtkWidget *start = podlift_test_get_widget (page, "start");
  GtkWidget *entry = podlift_test_get_widget (page, "note-entry");
  g_autoptr(PodliftTimelineEntry) note = NULL;

  g_assert_true (gtk_widget_get_visible (start));
  g_signal_emit_by_name (start, "clicked");
  podlift_test_iterate ();
  g_assert_cmpint (podlift_checklist_get_started_at (checklist), >, 1700000000);
  g_assert_false (gtk_widget_get_visible (start));
  g_assert_true (g_str_has_prefix (gtk_label_get_label (GTK_LABEL (podlift_test_get_widget (page, "overall-subtitle"))),
                                   "Started "));
  g_assert_cmpstr (timeline_title (page, 0), ==, "Cutover started");
  g_assert_true (podlift_project_get_dirty (project));

  gtk_editable_set_text (GTK_EDITABLE (entry), "  Go from the incident channel  ");
  g_signal_emit_by_name (entry, "activate");
  podlift_test_iterate ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (podlift_checklist_get_timeline (checklist))), ==, 2);
  note = g_list_model_get_item (G_LIST_MODEL (podlift_checklist_get_timeline (checklist)), 1);
  g_assert_cmpint (podlift_timeline_entry_get_kind (note), ==, PODLIFT_TIMELINE_KIND_NOTE);
  g_assert_cmpstr (timeline_title (page, 0), ==, "Go from the incident channel");

  /* An empty note is none. */
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (podlift_checklist_get_timeline (checklist))), ==, 2);

  gtk_window_destroy (window);
  g_clear_object (&note);
  g_assert_finalize_object (g_steal_pointer (&project));
}

/* The state drop-down: skipped counts as done, failed is shown. */
static void
test_state (void)
{
  g_autoptr(PodliftProject) project = make_project ();
  GtkWidget *page = g_object_new (PODLIFT_TYPE_CUTOVER_PAGE, "project", project, NULL);
  GtkWindow *window = podlift_test_show (page, 1200, 800);
  PodliftChecklist *checklist = podlift_project_get_checklist (project);
  PodliftChecklistItem *item = podlift_checklist_find_item (checklist, "rehearse");
  AdwExpanderRow *row = get_item_row (page, "prepare-list", 0);

  adw_combo_row_set_selected (ADW_COMBO_ROW (podlift_test_get_widget (row, "item-state")), PODLIFT_ITEM_STATE_SKIPPED);
  podlift_test_iterate ();
  g_assert_cmpint (podlift_checklist_item_get_state (item), ==, PODLIFT_ITEM_STATE_SKIPPED);
  g_assert_cmpint (podlift_checklist_item_get_changed_at (item), >, 1700000000);
  g_assert_cmpstr (adw_expander_row_get_subtitle (row), ==, "Owner: Alice · Skipped");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (podlift_test_get_widget (page, "prepare-count"))),
                   ==, "1 of 3 done");
  g_assert_cmpstr (timeline_title (page, 0), ==, "Skipped: Rehearse in pre-production");

  podlift_checklist_item_set_state (item, PODLIFT_ITEM_STATE_FAILED);
  podlift_test_iterate ();
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (podlift_test_get_widget (row, "item-state"))), ==,
                    PODLIFT_ITEM_STATE_FAILED);
  g_assert_true (g_str_has_prefix (adw_expander_row_get_subtitle (row), "Owner: Alice · Failed at "));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (podlift_test_get_widget (row, "item-done"))));

  gtk_window_destroy (window);
  g_assert_finalize_object (g_steal_pointer (&project));
}

static void
remove_tree (const char *path)
{
  g_autofree char *command = g_strdup_printf ("rm -rf '%s'", path);

  g_assert_cmpint (system (command), ==, 0);
}

/* Ticks, a check result and a note, saved and read back: the reopened
 * bundle's page shows the same timeline. */
static void
test_save_and_reopen (void)
{
  g_autoptr(PodliftProject) project = make_project ();
  g_autoptr(PodliftProject) reopened = NULL;
  g_autofree char *url = g_strconcat (server_base, "/readyz", NULL);
  PodliftChecklistItem *check = add_check_item (project, "readiness", PODLIFT_CHECK_KIND_HTTP, url);
  GtkWidget *page = g_object_new (PODLIFT_TYPE_CUTOVER_PAGE, "project", project, NULL);
  GtkWindow *window = podlift_test_show (page, 1200, 800);
  g_autofree char *tmp = g_dir_make_tmp ("podlift-cutover-XXXXXX", NULL);
  g_autoptr(GFile) dir = g_file_new_for_path (tmp);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);
  AdwExpanderRow *row = get_item_row (page, "prepare-list", 1);
  guint n;

  gtk_check_button_set_active (GTK_CHECK_BUTTON (podlift_test_get_widget (row, "item-done")), TRUE);
  g_signal_emit_by_name (podlift_test_get_widget (page, "start"), "clicked");
  g_signal_emit_by_name (podlift_test_get_widget (get_item_row (page, "switch-list", 1), "item-run"), "clicked");
  wait_for_check (check);
  gtk_editable_set_text (GTK_EDITABLE (podlift_test_get_widget (page, "note-entry")), "All green");
  g_signal_emit_by_name (podlift_test_get_widget (page, "note-entry"), "activate");
  podlift_test_iterate ();

  n = podlift_test_count_rows (podlift_test_get_widget (page, "timeline-list"));
  g_assert_cmpuint (n, ==, 5);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (titles, g_strdup (timeline_title (page, i)));

  g_assert_true (podlift_bundle_save (project, dir, NULL, &error));
  g_assert_no_error (error);
  reopened = podlift_bundle_load (dir, NULL, &error);
  g_assert_no_error (error);

  podlift_page_set_project (PODLIFT_PAGE (page), reopened);
  podlift_test_iterate ();
  g_assert_cmpuint (podlift_test_count_rows (podlift_test_get_widget (page, "timeline-list")), ==, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpstr (timeline_title (page, i), ==, g_ptr_array_index (titles, i));

  /* The items too: the tick with its time, the check's last result. */
  row = get_item_row (page, "prepare-list", 1);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (podlift_test_get_widget (row, "item-done"))));
  g_assert_nonnull (strstr (adw_expander_row_get_subtitle (row), "Done at "));
  row = get_item_row (page, "switch-list", 1);
  g_assert_true (podlift_test_has_label (podlift_test_get_widget (row, "item-result"), "HTTP 200 in "));
  g_assert_false (gtk_widget_get_visible (podlift_test_get_widget (page, "start")));
  g_assert_false (podlift_project_get_dirty (reopened));

  gtk_window_destroy (window);
  remove_tree (tmp);
  g_assert_finalize_object (g_steal_pointer (&project));
  g_assert_finalize_object (g_steal_pointer (&reopened));
}

static gboolean
wait_revealed (GtkWidget *revealer,
               gboolean   revealed)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)) != revealed &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  return gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)) == revealed;
}

/* No checklist: the card offers to draw one. The plan changes: it
 * offers to update it, keeping the ticks. */
static void
test_plan (void)
{
  g_autoptr(PodliftProject) project = podlift_project_new ();
  PodliftChecklist *checklist = podlift_project_get_checklist (project);
  GtkWidget *page = g_object_new (PODLIFT_TYPE_CUTOVER_PAGE, "project", project, NULL);
  GtkWindow *window = podlift_test_show (page, 1200, 800);
  GtkWidget *revealer = podlift_test_get_widget (page, "plan-revealer");
  GtkWidget *button = podlift_test_get_widget (page, "plan-update");
  PodliftChecklistItem *ttl;

  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "Draw the Checklist");
  g_signal_emit_by_name (button, "clicked");
  podlift_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (podlift_checklist_get_items (checklist))), >, 10);
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  g_assert_cmpuint (podlift_test_count_rows (podlift_test_get_widget (page, "switch-list")), >, 2);

  ttl = podlift_checklist_find_item (checklist, "ttl-lowered");
  podlift_checklist_item_set_done (ttl, TRUE);
  podlift_strategy_set_public_hostname (podlift_project_get_strategy (project), "shop.example.com");
  g_assert_true (wait_revealed (revealer, TRUE));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "Update Checklist");
  g_signal_emit_by_name (button, "clicked");
  podlift_test_iterate ();
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  g_assert_true (podlift_checklist_find_item (checklist, "ttl-lowered") == ttl);
  g_assert_cmpstr (podlift_checklist_item_get_title (ttl), ==, "DNS TTL of shop.example.com lowered to 60 s");
  g_assert_true (podlift_checklist_item_get_done (ttl));

  gtk_window_destroy (window);
  g_assert_finalize_object (g_steal_pointer (&project));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/podlift/cutover-page/groups", test_groups);
  g_test_add_func ("/podlift/cutover-page/tick", test_tick);
  g_test_add_func ("/podlift/cutover-page/add-and-remove", test_add_and_remove);
  g_test_add_func ("/podlift/cutover-page/rebind", test_rebind);
  g_test_add_func ("/podlift/cutover-page/complete", test_complete);
  g_test_add_func ("/podlift/cutover-page/state", test_state);
  g_test_add_func ("/podlift/cutover-page/check-ticks", test_check_ticks);
  g_test_add_func ("/podlift/cutover-page/run-all", test_run_all);
  g_test_add_func ("/podlift/cutover-page/start-and-note", test_start_and_note);
  g_test_add_func ("/podlift/cutover-page/save-and-reopen", test_save_and_reopen);
  g_test_add_func ("/podlift/cutover-page/plan", test_plan);

  start_server ();
  status = g_test_run ();
  g_clear_object (&server);
  g_free (server_base);

  return status;
}
