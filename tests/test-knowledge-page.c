/* test-knowledge-page.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "podlift-env-var.h"
#include "podlift-knowledge-page.h"
#include "podlift-test-util.h"

/* A Node.js shop API as a scan would leave it: everything answered but
 * the readiness endpoint, two answers with their provenance, and two
 * environment variables, one of them secret. */
static PodliftProject *
create_shop_project (void)
{
  PodliftProject *project = podlift_project_new ();
  PodliftAppProfile *profile = podlift_project_get_profile (project);
  g_autoptr(PodliftEnvVar) database_url = podlift_env_var_new ();
  g_autoptr(PodliftEnvVar) session_secret = podlift_env_var_new ();

  podlift_app_profile_set_name (profile, "shop-api");
  podlift_app_profile_set_description (profile, "Orders and payments for the web shop");
  podlift_app_profile_set_stack (profile, PODLIFT_STACK_NODE);
  podlift_app_profile_set_stack_version (profile, "20");
  podlift_app_profile_set_build_command (profile, "npm ci && npm run build");
  podlift_app_profile_set_launch_command (profile, "node server.js");
  podlift_app_profile_set_port (profile, 3000);
  podlift_app_profile_set_liveness_path (profile, "/healthz");
  podlift_app_profile_set_vm_vcpu (profile, 2);
  podlift_app_profile_set_vm_memory_mb (profile, 4096);
  podlift_app_profile_set_vm_instances (profile, 3);
  podlift_app_profile_set_source (profile, "port", "package.json:12");
  podlift_app_profile_set_source (profile, "launch-command", "package.json:8");

  podlift_env_var_set_name (database_url, "DATABASE_URL");
  podlift_env_var_set_value (database_url, "postgres://shop@db.internal:5432/shop");
  podlift_env_var_set_source (database_url, ".env.example:2");
  g_list_store_append (podlift_app_profile_get_env_vars (profile), database_url);

  podlift_env_var_set_name (session_secret, "SESSION_SECRET");
  podlift_env_var_set_value (session_secret, "s3cr3t");
  podlift_env_var_set_secret (session_secret, TRUE);
  g_list_store_append (podlift_app_profile_get_env_vars (profile), session_secret);

  podlift_project_set_dirty (project, FALSE);

  return project;
}

static void
close_page (GtkWindow      *window,
            PodliftProject *project)
{
  gtk_window_destroy (window);
  podlift_test_iterate ();
  g_assert_finalize_object (project);
}

static GtkWidget *
get_list_row (GtkWidget  *page,
              const char *list_name,
              int         index)
{
  GtkWidget *list = podlift_test_get_widget (page, list_name);

  return GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), index));
}

static char *
combo_label (AdwComboRow *row)
{
  GObject *item = adw_combo_row_get_selected_item (row);
  g_auto(GValue) value = G_VALUE_INIT;

  g_assert_nonnull (item);
  g_assert_true (gtk_expression_evaluate (adw_combo_row_get_expression (row), item, &value));

  return g_value_dup_string (&value);
}

static void
test_shows_answers (void)
{
  PodliftProject *project = create_shop_project ();
  GtkWidget *page = g_object_new (PODLIFT_TYPE_KNOWLEDGE_PAGE, "project", project, NULL);
  GtkWindow *window = podlift_test_show (page, 900, 800);
  GtkWidget *launch = podlift_test_get_widget (page, "launch-command");
  GtkWidget *port = podlift_test_get_widget (page, "port");
  GtkWidget *port_row = gtk_widget_get_ancestor (port, ADW_TYPE_ACTION_ROW);
  GtkWidget *env_row;
  g_autofree char *stack = NULL;

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (podlift_test_get_widget (page, "app-name"))),
                   ==, "shop-api");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (podlift_test_get_widget (page, "app-stack"))),
                    ==, PODLIFT_STACK_NODE);
  stack = combo_label (ADW_COMBO_ROW (podlift_test_get_widget (page, "app-stack")));
  g_assert_cmpstr (stack, ==, "Node.js");
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (port)), ==, 3000);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (launch)), ==, "node server.js");

  /* Pre-filled answers say where they came from. */
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (port_row)), ==, "from package.json:12");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (launch), ==, "from package.json:8");
  g_assert_true (gtk_widget_get_visible (podlift_test_get_widget (launch, "source")));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (podlift_test_get_widget (launch, "source"))),
                   ==, "from package.json:8");
  g_assert_false (gtk_widget_get_visible (podlift_test_get_widget (podlift_test_get_widget (page, "app-name"),
                                                                   "source")));

  /* The environment variables, with their values and provenance. */
  g_assert_cmpuint (podlift_test_count_rows (podlift_test_get_widget (page, "env-list")), ==, 2);
  env_row = get_list_row (page, "env-list", 0);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (env_row)), ==, "DATABASE_URL");
  g_assert_nonnull (strstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (env_row)),
                            "from .env.example:2"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (podlift_test_get_widget (env_row, "env-value"))),
                   ==, "postgres://shop@db.internal:5432/shop");

  /* Only the readiness endpoint is missing. */
  g_assert_false (podlift_page_get_complete (PODLIFT_PAGE (page)));
  g_assert_false (podlift_project_get_dirty (project));

  close_page (window, project);
}

static void
test_edit_sets_model (void)
{
  PodliftProject *project = create_shop_project ();
  PodliftAppProfile *profile = podlift_project_get_profile (project);
  GtkWidget *page = g_object_new (PODLIFT_TYPE_KNOWLEDGE_PAGE, "project", project, NULL);
  GtkWindow *window = podlift_test_show (page, 900, 800);

  gtk_editable_set_text (GTK_EDITABLE (podlift_test_get_widget (page, "app-name")), "shop-backend");
  g_assert_cmpstr (podlift_app_profile_get_name (profile), ==, "shop-backend");
  g_assert_true (podlift_project_get_dirty (project));

  /* An emptied answer is unanswered again. */
  gtk_editable_set_text (GTK_EDITABLE (podlift_test_get_widget (page, "app-stack-version")), "");
  g_assert_null (podlift_app_profile_get_stack_version (profile));

  adw_combo_row_set_selected (ADW_COMBO_ROW (podlift_test_get_widget (page, "app-stack")),
                              PODLIFT_STACK_PYTHON);
  g_assert_cmpint (podlift_app_profile_get_stack (profile), ==, PODLIFT_STACK_PYTHON);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (podlift_test_get_widget (page, "port")), 8080);
  g_assert_cmpuint (podlift_app_profile_get_port (profile), ==, 8080);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (podlift_test_get_widget (page, "database-size")), 120.5);
  g_assert_cmpfloat (podlift_app_profile_get_database_size_gb (profile), ==, 120.5);

  /* The session cookie only matters with sticky sessions. */
  g_assert_false (gtk_widget_get_sensitive (podlift_test_get_widget (page, "session-cookie")));
  gtk_switch_set_active (GTK_SWITCH (podlift_test_get_widget (page, "sticky-sessions")), TRUE);
  g_assert_true (podlift_app_profile_get_sticky_sessions (profile));
  g_assert_true (gtk_widget_get_sensitive (podlift_test_get_widget (page, "session-cookie")));

  /* The model's edits show too. */
  podlift_app_profile_set_liveness_path (profile, "/livez");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (podlift_test_get_widget (page, "liveness-path"))),
                   ==, "/livez");

  close_page (window, project);
}

static void
test_stateful_shows_state_handling (void)
{
  PodliftProject *project = create_shop_project ();
  PodliftAppProfile *profile = podlift_project_get_profile (project);
  GtkWidget *page = g_object_new (PODLIFT_TYPE_KNOWLEDGE_PAGE, "project", project, NULL);
  GtkWindow *window = podlift_test_show (page, 900, 800);
  GtkWidget *handling = podlift_test_get_widget (page, "state-handling");
  GtkWidget *tradeoffs = podlift_test_get_widget (page, "state-tradeoffs");

  g_assert_false (gtk_widget_get_visible (handling));
  g_assert_false (gtk_widget_is_visible (podlift_test_get_widget (page, "state-path-list")));

  gtk_switch_set_active (GTK_SWITCH (podlift_test_get_widget (page, "stateful")), TRUE);
  g_assert_true (podlift_app_profile_get_stateful (profile));
  g_assert_true (podlift_project_get_dirty (project));
  g_assert_true (gtk_widget_get_visible (handling));
  g_assert_true (gtk_widget_is_visible (podlift_test_get_widget (page, "state-path-list")));

  /* The trade-offs follow the choice. */
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (tradeoffs)), "object storage"));
  adw_combo_row_set_selected (ADW_COMBO_ROW (handling), PODLIFT_STATE_HANDLING_SHARED_VOLUME);
  g_assert_cmpint (podlift_app_profile_get_state_handling (profile), ==,
                   PODLIFT_STATE_HANDLING_SHARED_VOLUME);
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (tradeoffs)), "ReadWriteMany"));

  /* A stateful application must list its state paths. */
  podlift_test_iterate ();
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (get_list_row (page, "missing-list", 1))),
                   ==, "List the paths that hold state");
  g_signal_emit_by_name (podlift_test_get_widget (page, "state-path-add"), "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (podlift_app_profile_get_state_paths (profile))),
                    ==, 1);
  gtk_editable_set_text (GTK_EDITABLE (podlift_test_get_widget (get_list_row (page, "state-path-list", 0),
                                                                "state-path-path")),
                         "/var/lib/shop/uploads");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (get_list_row (page, "state-path-list", 0))),
                   ==, "/var/lib/shop/uploads");

  close_page (window, project);
}

static void
test_add_and_remove_env_var (void)
{
  PodliftProject *project = create_shop_project ();
  GListModel *env_vars = G_LIST_MODEL (podlift_app_profile_get_env_vars (podlift_project_get_profile (project)));
  GtkWidget *page = g_object_new (PODLIFT_TYPE_KNOWLEDGE_PAGE, "project", project, NULL);
  GtkWindow *window = podlift_test_show (page, 900, 800);
  GtkWidget *row;
  g_autoptr(PodliftEnvVar) added = NULL;

  g_signal_emit_by_name (podlift_test_get_widget (page, "env-add"), "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (env_vars), ==, 3);
  g_assert_true (podlift_project_get_dirty (project));
  g_assert_cmpuint (podlift_test_count_rows (podlift_test_get_widget (page, "env-list")), ==, 3);

  /* The new row opens, and what is typed lands in the new item. */
  row = get_list_row (page, "env-list", 2);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
  gtk_editable_set_text (GTK_EDITABLE (podlift_test_get_widget (row, "env-name")), "PORT");
  added = g_list_model_get_item (env_vars, 2);
  g_assert_cmpstr (podlift_env_var_get_name (added), ==, "PORT");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "PORT");

  /* Its trash button removes the first variable. */
  g_signal_emit_by_name (podlift_test_get_widget (get_list_row (page, "env-list", 0), "remove-button"),
                         "clicked");
  podlift_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (env_vars), ==, 2);
  g_assert_cmpuint (podlift_test_count_rows (podlift_test_get_widget (page, "env-list")), ==, 2);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (get_list_row (page, "env-list", 0))),
                   ==, "SESSION_SECRET");

  g_clear_object (&added);
  close_page (window, project);
}

static void
test_secret_value_is_masked (void)
{
  PodliftProject *project = create_shop_project ();
  GListModel *env_vars = G_LIST_MODEL (podlift_app_profile_get_env_vars (podlift_project_get_profile (project)));
  GtkWidget *page = g_object_new (PODLIFT_TYPE_KNOWLEDGE_PAGE, "project", project, NULL);
  GtkWindow *window = podlift_test_show (page, 900, 800);
  GtkWidget *plain_row = get_list_row (page, "env-list", 0);
  GtkWidget *secret_row = get_list_row (page, "env-list", 1);
  GtkWidget *secret_value = podlift_test_get_widget (secret_row, "env-secret-value");
  GtkWidget *text = podlift_test_find_type (secret_value, GTK_TYPE_TEXT);
  g_autoptr(PodliftEnvVar) plain = g_list_model_get_item (env_vars, 0);

  g_assert_true (ADW_IS_PASSWORD_ENTRY_ROW (secret_value));
  g_assert_true (gtk_widget_get_visible (secret_value));
  g_assert_false (gtk_widget_get_visible (podlift_test_get_widget (secret_row, "env-value")));
  g_assert_nonnull (text);
  g_assert_false (gtk_text_get_visibility (GTK_TEXT (text)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (secret_value)), ==, "s3cr3t");
  g_assert_null (strstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (secret_row)), "s3cr3t"));

  /* Marking the plain variable secret masks its value. */
  g_assert_true (gtk_widget_get_visible (podlift_test_get_widget (plain_row, "env-value")));
  gtk_switch_set_active (GTK_SWITCH (podlift_test_get_widget (plain_row, "env-secret")), TRUE);
  g_assert_true (podlift_env_var_get_secret (plain));
  g_assert_false (gtk_widget_get_visible (podlift_test_get_widget (plain_row, "env-value")));
  g_assert_true (gtk_widget_get_visible (podlift_test_get_widget (plain_row, "env-secret-value")));

  g_clear_object (&plain);
  close_page (window, project);
}

static void
test_missing_answers (void)
{
  PodliftProject *project = create_shop_project ();
  GtkWidget *page = g_object_new (PODLIFT_TYPE_KNOWLEDGE_PAGE, "project", project, NULL);
  GtkWindow *window = podlift_test_show (page, 900, 800);
  GtkWidget *group = podlift_test_get_widget (page, "missing-group");
  GtkWidget *row;

  g_assert_true (gtk_widget_get_visible (group));
  g_assert_cmpuint (podlift_test_count_rows (podlift_test_get_widget (page, "missing-list")),
                    ==, 1);
  row = get_list_row (page, "missing-list", 0);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "Give the readiness endpoint");

  /* Clearing an answer adds a question. */
  gtk_editable_set_text (GTK_EDITABLE (podlift_test_get_widget (page, "liveness-path")), "");
  podlift_test_iterate ();
  g_assert_cmpuint (podlift_test_count_rows (podlift_test_get_widget (page, "missing-list")),
                    ==, 2);

  gtk_editable_set_text (GTK_EDITABLE (podlift_test_get_widget (page, "liveness-path")), "/healthz");
  gtk_editable_set_text (GTK_EDITABLE (podlift_test_get_widget (page, "readiness-path")), "/ready");
  podlift_test_iterate ();
  g_assert_false (gtk_widget_get_visible (group));
  g_assert_cmpuint (podlift_test_count_rows (podlift_test_get_widget (page, "missing-list")),
                    ==, 0);
  g_assert_true (podlift_page_get_complete (PODLIFT_PAGE (page)));

  close_page (window, project);
}

static void
test_sources_follow_profile (void)
{
  PodliftProject *project = create_shop_project ();
  PodliftAppProfile *profile = podlift_project_get_profile (project);
  GtkWidget *page = g_object_new (PODLIFT_TYPE_KNOWLEDGE_PAGE, "project", project, NULL);
  GtkWindow *window = podlift_test_show (page, 900, 800);
  GtkWidget *stateful_row;

  podlift_app_profile_set_source (profile, "name", "package.json:2");
  podlift_app_profile_set_source (profile, "stateful", "docker-compose.yml:14");
  podlift_app_profile_set_source (profile, "state-handling", "interview");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (podlift_test_get_widget (page, "app-name")),
                   ==, "from package.json:2");
  stateful_row = gtk_widget_get_ancestor (podlift_test_get_widget (page, "stateful"), ADW_TYPE_ACTION_ROW);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (stateful_row)), ==,
                   "from docker-compose.yml:14");

  /* The state-handling row shows its choice as its subtitle, so its
   * provenance goes to the tooltip. */
  g_assert_cmpstr (gtk_widget_get_tooltip_text (podlift_test_get_widget (page, "state-handling")),
                   ==, "from interview");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (podlift_test_get_widget (page, "state-handling"))),
                   ==, "Rework the code to be stateless");

  /* Without a source, the row explains itself again. */
  podlift_app_profile_set_source (profile, "stateful", NULL);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (stateful_row)), !=,
                   "from docker-compose.yml:14");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (stateful_row)), !=, "");

  close_page (window, project);
}

static void
test_second_project_rebinds (void)
{
  PodliftProject *project = create_shop_project ();
  PodliftProject *second = podlift_project_new ();
  PodliftAppProfile *profile = podlift_project_get_profile (second);
  g_autoptr(PodliftEnvVar) workers = podlift_env_var_new ();
  GtkWidget *page = g_object_new (PODLIFT_TYPE_KNOWLEDGE_PAGE, "project", project, NULL);
  GtkWindow *window = podlift_test_show (page, 900, 800);

  podlift_app_profile_set_name (profile, "billing");
  podlift_app_profile_set_stack (profile, PODLIFT_STACK_PYTHON);
  podlift_app_profile_set_port (profile, 8000);
  podlift_env_var_set_name (workers, "GUNICORN_WORKERS");
  podlift_env_var_set_value (workers, "4");
  g_list_store_append (podlift_app_profile_get_env_vars (profile), workers);
  g_clear_object (&workers);
  podlift_project_set_dirty (second, FALSE);

  podlift_page_set_project (PODLIFT_PAGE (page), second);
  podlift_test_iterate ();

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (podlift_test_get_widget (page, "app-name"))),
                   ==, "billing");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (podlift_test_get_widget (page, "app-stack"))),
                    ==, PODLIFT_STACK_PYTHON);
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (podlift_test_get_widget (page, "port"))),
                     ==, 8000);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (podlift_test_get_widget (page, "launch-command"))),
                   ==, "");
  g_assert_null (gtk_widget_get_tooltip_text (podlift_test_get_widget (page, "launch-command")));
  g_assert_cmpuint (podlift_test_count_rows (podlift_test_get_widget (page, "env-list")), ==, 1);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (get_list_row (page, "env-list", 0))),
                   ==, "GUNICORN_WORKERS");
  g_assert_false (podlift_project_get_dirty (second));

  /* Edits now go to the second project only. */
  gtk_editable_set_text (GTK_EDITABLE (podlift_test_get_widget (page, "app-name")), "billing-api");
  g_assert_cmpstr (podlift_app_profile_get_name (profile), ==, "billing-api");
  g_assert_cmpstr (podlift_app_profile_get_name (podlift_project_get_profile (project)), ==, "shop-api");
  g_assert_false (podlift_project_get_dirty (project));

  g_assert_finalize_object (project);
  close_page (window, second);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/podlift/knowledge-page/shows-answers", test_shows_answers);
  g_test_add_func ("/podlift/knowledge-page/edit-sets-model", test_edit_sets_model);
  g_test_add_func ("/podlift/knowledge-page/stateful-shows-state-handling",
                   test_stateful_shows_state_handling);
  g_test_add_func ("/podlift/knowledge-page/add-and-remove-env-var", test_add_and_remove_env_var);
  g_test_add_func ("/podlift/knowledge-page/secret-value-is-masked", test_secret_value_is_masked);
  g_test_add_func ("/podlift/knowledge-page/missing-answers", test_missing_answers);
  g_test_add_func ("/podlift/knowledge-page/sources-follow-profile", test_sources_follow_profile);
  g_test_add_func ("/podlift/knowledge-page/second-project-rebinds", test_second_project_rebinds);

  return g_test_run ();
}
