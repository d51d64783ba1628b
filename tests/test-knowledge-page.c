/* test-knowledge-page.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "podlift-dependency.h"
#include "podlift-env-var.h"
#include "podlift-knowledge-page.h"
#include "podlift-stateful-service.h"
#include "podlift-test-util.h"

/* What the Node.js detector makes of the start script. */
#define LAUNCH_COMMAND "node server.js"

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

/* Scanning, importing and checking. Everything runs on this machine: a
 * source folder and VM files written to a temporary folder, and
 * dependencies on 127.0.0.1 only. */

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

/* A small Express API: the start script and the engine in package.json,
 * the port in server.js (line 7). */
static char *
write_node_source (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("podlift-knowledge-XXXXXX", &error);

  g_assert_no_error (error);
  write_file (dir, "package.json",
              "{\n"
              "  \"name\": \"orders-api\",\n"
              "  \"version\": \"1.4.0\",\n"
              "  \"private\": true,\n"
              "  \"engines\": {\n"
              "    \"node\": \">=20\"\n"
              "  },\n"
              "  \"scripts\": {\n"
              "    \"start\": \"node server.js\",\n"
              "    \"test\": \"node --test\"\n"
              "  },\n"
              "  \"dependencies\": {\n"
              "    \"express\": \"^4.19.2\"\n"
              "  }\n"
              "}\n");
  write_file (dir, "server.js",
              "const express = require('express');\n"
              "\n"
              "const app = express();\n"
              "\n"
              "app.get('/healthz', (req, res) => res.send('ok'));\n"
              "\n"
              "app.listen(3000, () => {\n"
              "  console.log('orders-api listening on 3000');\n"
              "});\n");

  return dir;
}

static void
remove_tree (const char *dir)
{
  g_autofree char *command = g_strdup_printf ("rm -rf '%s'", dir);

  g_assert_cmpint (system (command), ==, 0);
}

static gboolean
wake_cb (gpointer user_data)
{
  return G_SOURCE_CONTINUE;
}

/* Runs the main loop until @done (a widget property read by @done_func)
 * holds, for ten seconds at most. */
static void
iterate_until (gboolean (*done_func) (GtkWidget *widget),
               GtkWidget *widget)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  guint wake = g_timeout_add (20, wake_cb, NULL);

  while (!done_func (widget) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  g_source_remove (wake);
  g_assert_true (done_func (widget));
  podlift_test_iterate ();
}

static gboolean
scan_finished (GtkWidget *page)
{
  return !gtk_widget_get_visible (podlift_test_get_widget (page, "scan-progress-row"));
}

static void
toast_cb (PodliftPage *page,
          AdwToast    *toast,
          GPtrArray   *toasts)
{
  g_ptr_array_add (toasts, g_strdup (adw_toast_get_title (toast)));
  g_object_ref_sink (toast);
  g_object_unref (toast);
}

static void
scan_and_wait (GtkWidget  *page,
               const char *dir)
{
  g_autoptr(GFile) folder = g_file_new_for_path (dir);

  podlift_knowledge_page_scan_folder (PODLIFT_KNOWLEDGE_PAGE (page), folder);
  g_assert_true (gtk_widget_get_visible (podlift_test_get_widget (page, "scan-progress-row")));
  iterate_until (scan_finished, page);
}

static const char *
source_label (GtkWidget  *page,
              const char *entry_name)
{
  GtkWidget *label = podlift_test_get_widget (podlift_test_get_widget (page, entry_name), "source");

  return gtk_widget_get_visible (label) ? gtk_label_get_text (GTK_LABEL (label)) : NULL;
}

static const char *
port_subtitle (GtkWidget *page)
{
  GtkWidget *port = podlift_test_get_widget (page, "port");

  return adw_action_row_get_subtitle (ADW_ACTION_ROW (gtk_widget_get_ancestor (port, ADW_TYPE_ACTION_ROW)));
}

static void
test_scan_fills_page (void)
{
  g_autofree char *dir = write_node_source ();
  g_autoptr(GPtrArray) toasts = g_ptr_array_new_with_free_func (g_free);
  PodliftProject *project = podlift_project_new ();
  PodliftAppProfile *profile = podlift_project_get_profile (project);
  GtkWidget *page = g_object_new (PODLIFT_TYPE_KNOWLEDGE_PAGE, "project", project, NULL);
  GtkWindow *window = podlift_test_show (page, 900, 800);
  g_autofree char *stack = NULL;

  g_signal_connect (page, "add-toast", G_CALLBACK (toast_cb), toasts);
  g_assert_false (gtk_widget_get_visible (podlift_test_get_widget (page, "rescan-button")));

  scan_and_wait (page, dir);

  /* The stack, the port and the start command, each with its source. */
  g_assert_cmpint (podlift_app_profile_get_stack (profile), ==, PODLIFT_STACK_NODE);
  stack = combo_label (ADW_COMBO_ROW (podlift_test_get_widget (page, "app-stack")));
  g_assert_cmpstr (stack, ==, "Node.js");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (podlift_test_get_widget (page, "app-stack"))),
                   ==, "from package.json");
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (podlift_test_get_widget (page, "port"))),
                     ==, 3000);
  g_assert_cmpstr (port_subtitle (page), ==, "from server.js:7");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (podlift_test_get_widget (page, "launch-command"))),
                   ==, LAUNCH_COMMAND);
  g_assert_cmpstr (source_label (page, "launch-command"), ==, "from package.json:9");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (podlift_test_get_widget (page, "app-stack-version"))),
                   ==, "20");
  g_assert_cmpstr (source_label (page, "app-stack-version"), ==, "from package.json:6");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (podlift_test_get_widget (page, "liveness-path"))),
                   ==, "/healthz");
  g_assert_cmpstr (source_label (page, "liveness-path"), ==, "from server.js:5");

  /* What was filled in is told; the folder can be scanned again. */
  g_assert_cmpuint (toasts->len, ==, 1);
  g_assert_true (g_str_has_suffix (g_ptr_array_index (toasts, 0), "answers filled in"));
  g_assert_true (gtk_widget_get_visible (podlift_test_get_widget (page, "rescan-button")));
  g_assert_false (gtk_widget_get_visible (podlift_test_get_widget (page, "not-carried-over-group")));
  g_assert_true (podlift_project_get_dirty (project));

  g_signal_handlers_disconnect_by_func (page, toast_cb, toasts);
  close_page (window, project);
  remove_tree (dir);
}

static void
test_typed_answer_survives_rescan (void)
{
  g_autofree char *dir = write_node_source ();
  PodliftProject *project = podlift_project_new ();
  PodliftAppProfile *profile = podlift_project_get_profile (project);
  GtkWidget *page = g_object_new (PODLIFT_TYPE_KNOWLEDGE_PAGE, "project", project, NULL);
  GtkWindow *window = podlift_test_show (page, 900, 800);

  scan_and_wait (page, dir);
  g_assert_cmpuint (podlift_app_profile_get_port (profile), ==, 3000);
  g_assert_cmpstr (podlift_app_profile_get_source (profile, "port"), ==, "server.js:7");

  /* The user knows better: the port is typed, and is no longer the file's. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (podlift_test_get_widget (page, "port")), 8080);
  g_assert_cmpuint (podlift_app_profile_get_port (profile), ==, 8080);
  g_assert_null (podlift_app_profile_get_source (profile, "port"));
  g_assert_cmpstr (port_subtitle (page), !=, "from server.js:7");

  /* A scan again keeps the typed port and refreshes the rest. */
  podlift_app_profile_set_launch_command (profile, NULL);
  podlift_app_profile_set_source (profile, "launch-command", NULL);
  g_assert_true (gtk_widget_activate_action (page, "knowledge.rescan", NULL));
  g_assert_true (gtk_widget_get_visible (podlift_test_get_widget (page, "scan-progress-row")));
  iterate_until (scan_finished, page);

  g_assert_cmpuint (podlift_app_profile_get_port (profile), ==, 8080);
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (podlift_test_get_widget (page, "port"))),
                     ==, 8080);
  g_assert_null (podlift_app_profile_get_source (profile, "port"));
  g_assert_cmpstr (podlift_app_profile_get_launch_command (profile), ==, LAUNCH_COMMAND);
  g_assert_cmpstr (source_label (page, "launch-command"), ==, "from package.json:9");

  close_page (window, project);
  remove_tree (dir);
}

static void
test_scan_can_be_cancelled (void)
{
  g_autofree char *dir = write_node_source ();
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  PodliftProject *project = podlift_project_new ();
  GtkWidget *page = g_object_new (PODLIFT_TYPE_KNOWLEDGE_PAGE, "project", project, NULL);
  GtkWindow *window = podlift_test_show (page, 900, 800);

  podlift_project_set_dirty (project, FALSE);
  podlift_knowledge_page_scan_folder (PODLIFT_KNOWLEDGE_PAGE (page), folder);
  g_assert_true (gtk_widget_get_visible (podlift_test_get_widget (page, "scan-progress-row")));
  g_assert_false (gtk_widget_get_sensitive (podlift_test_get_widget (page, "scan-button")));

  g_signal_emit_by_name (podlift_test_get_widget (page, "scan-cancel"), "clicked");
  g_assert_false (gtk_widget_get_visible (podlift_test_get_widget (page, "scan-progress-row")));
  podlift_test_iterate ();

  /* Nothing was applied, and the page takes another scan. */
  g_assert_false (podlift_project_get_dirty (project));
  g_assert_cmpuint (podlift_app_profile_get_port (podlift_project_get_profile (project)), ==, 0);
  g_assert_true (gtk_widget_get_sensitive (podlift_test_get_widget (page, "scan-button")));

  close_page (window, project);
  remove_tree (dir);
}

static guint
listen_on_loopback (GSocketListener *listener)
{
  g_autoptr(GInetAddress) address = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) any_port = g_inet_socket_address_new (address, 0);
  g_autoptr(GSocketAddress) bound = NULL;
  g_autoptr(GError) error = NULL;

  g_socket_listener_add_address (listener, any_port, G_SOCKET_TYPE_STREAM,
                                 G_SOCKET_PROTOCOL_TCP, NULL, &bound, &error);
  g_assert_no_error (error);

  return g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound));
}

/* A port on 127.0.0.1 that nothing listens on: bound, then closed. */
static guint
closed_port (void)
{
  g_autoptr(GSocketListener) listener = g_socket_listener_new ();
  guint port = listen_on_loopback (listener);

  g_socket_listener_close (listener);

  return port;
}

static void
add_dependency (PodliftProject  *project,
                guint            port,
                PodliftProtocol  protocol,
                const char      *purpose)
{
  g_autoptr(PodliftDependency) dependency = podlift_dependency_new ();

  podlift_dependency_set_host (dependency, "127.0.0.1");
  podlift_dependency_set_port (dependency, port);
  podlift_dependency_set_protocol (dependency, protocol);
  podlift_dependency_set_purpose (dependency, purpose);
  g_list_store_append (podlift_app_profile_get_dependencies (podlift_project_get_profile (project)),
                       dependency);
}

static gboolean
checks_finished (GtkWidget *page)
{
  GtkWidget *button = podlift_test_get_widget (page, "dependency-check-all");

  return g_strcmp0 (gtk_button_get_label (GTK_BUTTON (button)), "Check All") == 0;
}

static const char *
check_icon (GtkWidget *row)
{
  GtkWidget *icon = podlift_test_get_widget (row, "dependency-check-icon");

  return gtk_widget_get_visible (icon) ? gtk_image_get_icon_name (GTK_IMAGE (icon)) : NULL;
}

static const char *
check_result (GtkWidget *row)
{
  GtkWidget *label = podlift_test_get_widget (row, "dependency-check-result");

  return gtk_widget_get_visible (label) ? gtk_label_get_text (GTK_LABEL (label)) : NULL;
}

static void
test_dependency_checks (void)
{
  g_autoptr(GSocketListener) listener = g_socket_listener_new ();
  PodliftProject *project = podlift_project_new ();
  GtkWidget *page;
  GtkWindow *window;
  GtkWidget *check_all;
  GtkWidget *reachable;
  GtkWidget *refused;

  add_dependency (project, listen_on_loopback (listener), PODLIFT_PROTOCOL_TCP, "Orders database");
  add_dependency (project, closed_port (), PODLIFT_PROTOCOL_TCP, "Session cache");
  podlift_project_set_dirty (project, FALSE);
  page = g_object_new (PODLIFT_TYPE_KNOWLEDGE_PAGE, "project", project, NULL);
  window = podlift_test_show (page, 900, 800);
  check_all = podlift_test_get_widget (page, "dependency-check-all");
  reachable = get_list_row (page, "dependency-list", 0);
  refused = get_list_row (page, "dependency-list", 1);

  g_assert_null (check_icon (reachable));
  g_assert_null (check_result (reachable));

  /* Check All checks every row, in the background; it cancels meanwhile. */
  g_signal_emit_by_name (check_all, "clicked");
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (check_all)), ==, "Cancel");
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (podlift_test_get_widget (reachable, "dependency-check"))),
                   ==, "Cancel");
  g_assert_true (gtk_widget_get_visible (podlift_test_get_widget (reachable, "dependency-check-spinner")));
  g_assert_cmpstr (check_result (reachable), ==, "Checking…");

  iterate_until (checks_finished, page);

  g_assert_cmpstr (check_icon (reachable), ==, "emblem-ok-symbolic");
  g_assert_true (g_str_has_prefix (check_result (reachable), "Connected in "));
  g_assert_false (gtk_widget_get_visible (podlift_test_get_widget (reachable, "dependency-check-spinner")));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (podlift_test_get_widget (reachable, "dependency-check"))),
                   ==, "Check");
  g_assert_cmpstr (check_icon (refused), ==, "dialog-error-symbolic");
  g_assert_cmpstr (check_result (refused), ==, "Connection refused");

  /* Results are what this computer saw, not answers: nothing to save. */
  g_assert_false (podlift_project_get_dirty (project));

  close_page (window, project);
}

static void
test_dependency_check_cancel (void)
{
  g_autoptr(GSocketListener) silent = g_socket_listener_new ();
  PodliftProject *project = podlift_project_new ();
  GtkWidget *page;
  GtkWindow *window;
  GtkWidget *row;
  GtkWidget *check;

  /* It accepts the connection and never answers the HTTP request. */
  add_dependency (project, listen_on_loopback (silent), PODLIFT_PROTOCOL_HTTP, "Payments API");
  page = g_object_new (PODLIFT_TYPE_KNOWLEDGE_PAGE, "project", project, NULL);
  window = podlift_test_show (page, 900, 800);
  row = get_list_row (page, "dependency-list", 0);
  check = podlift_test_get_widget (row, "dependency-check");

  g_signal_emit_by_name (check, "clicked");
  podlift_test_iterate ();
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (check)), ==, "Cancel");
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (podlift_test_get_widget (page, "dependency-check-all"))),
                   ==, "Cancel");

  g_signal_emit_by_name (check, "clicked");
  iterate_until (checks_finished, page);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (check)), ==, "Check");
  g_assert_null (check_icon (row));
  g_assert_null (check_result (row));

  close_page (window, project);
}

static gboolean
drop_files (GtkWidget  *page,
            const char *dir,
            const char *first_name,
            ...)
{
  g_autoslist(GFile) files = NULL;
  GdkFileList *list;
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (page);
  gboolean dropped = FALSE;
  va_list args;

  va_start (args, first_name);
  for (const char *name = first_name; name != NULL; name = va_arg (args, const char *))
    files = g_slist_append (files, g_file_new_build_filename (dir, name, NULL));
  va_end (args);

  list = gdk_file_list_new_from_list (files);
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, list);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        g_signal_emit_by_name (controller, "drop", &value, 10.0, 10.0, &dropped);
    }

  return dropped;
}

static void
test_import_crontab (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("podlift-import-XXXXXX", &error);
  g_autoptr(GPtrArray) toasts = g_ptr_array_new_with_free_func (g_free);
  PodliftProject *project = podlift_project_new ();
  PodliftAppProfile *profile = podlift_project_get_profile (project);
  GtkWidget *page = g_object_new (PODLIFT_TYPE_KNOWLEDGE_PAGE, "project", project, NULL);
  GtkWindow *window = podlift_test_show (page, 900, 800);
  GtkWidget *group = podlift_test_get_widget (page, "not-carried-over-group");
  GtkWidget *row;

  g_assert_no_error (error);
  write_file (dir, "crontab",
              "# m h dom mon dow command\n"
              "MAILTO=ops@example.com\n"
              "@reboot /opt/orders/bin/warm-cache\n"
              "*/15 * * * * /opt/orders/bin/send-reminders --batch 500\n");
  write_file (dir, "cron.bad",
              "# m h dom mon dow command\n"
              "@nightly /opt/orders/bin/purge-carts\n");
  g_signal_connect (page, "add-toast", G_CALLBACK (toast_cb), toasts);
  g_assert_false (gtk_widget_get_visible (group));

  g_assert_true (drop_files (page, dir, "crontab", NULL));
  podlift_test_iterate ();

  /* The job is carried over; MAILTO and @reboot are not, and the page
   * says why. */
  g_assert_cmpuint (podlift_test_count_rows (podlift_test_get_widget (page, "cron-job-list")), ==, 1);
  g_assert_true (gtk_widget_get_visible (group));
  g_assert_cmpuint (podlift_test_count_rows (podlift_test_get_widget (page, "not-carried-over-list")), ==, 2);
  row = get_list_row (page, "not-carried-over-list", 0);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "MAILTO=ops@example.com");
  g_assert_true (g_str_has_suffix (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), " · from crontab:2"));
  row = get_list_row (page, "not-carried-over-list", 1);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                   ==, "@reboot /opt/orders/bin/warm-cache");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                   ==, "runs at boot: use an init container or a Job · from crontab:3");
  g_assert_cmpuint (toasts->len, ==, 1);

  /* A malformed file says where; the list is the last import's. */
  g_assert_true (drop_files (page, dir, "cron.bad", NULL));
  podlift_test_iterate ();
  g_assert_cmpuint (toasts->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (toasts, 1), ==, "cron.bad:2: unknown schedule “@nightly”");
  g_assert_false (gtk_widget_get_visible (group));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (podlift_app_profile_get_cron_jobs (profile))),
                    ==, 1);

  g_signal_handlers_disconnect_by_func (page, toast_cb, toasts);
  close_page (window, project);
  remove_tree (dir);
}

static void
test_stateful_services (void)
{
  PodliftProject *project = create_shop_project ();
  PodliftAppProfile *profile = podlift_project_get_profile (project);
  GListModel *services = G_LIST_MODEL (podlift_app_profile_get_stateful_services (profile));
  g_autoptr(PodliftStatefulService) redis = podlift_stateful_service_new ();
  g_autoptr(PodliftStatefulService) added = NULL;
  GtkWidget *page;
  GtkWindow *window;
  GtkWidget *list;
  GtkWidget *row;
  GtkWidget *holds;
  GtkWidget *size;

  podlift_stateful_service_set_name (redis, "sessions");
  podlift_stateful_service_set_kind (redis, "Redis 7");
  podlift_stateful_service_set_holds (redis, "User sessions and the job queue");
  podlift_stateful_service_set_size_gb (redis, 2.5);
  podlift_stateful_service_set_source (redis, "docker-compose.yml:14");
  g_list_store_append (G_LIST_STORE (services), redis);
  podlift_project_set_dirty (project, FALSE);

  page = g_object_new (PODLIFT_TYPE_KNOWLEDGE_PAGE, "project", project, NULL);
  window = podlift_test_show (page, 900, 800);
  list = podlift_test_get_widget (page, "stateful-service-list");

  /* The fixture's service shows, summed up in its header and its fields. */
  g_assert_cmpuint (podlift_test_count_rows (list), ==, 1);
  row = get_list_row (page, "stateful-service-list", 0);
  g_assert_false (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "sessions");
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)),
                   ==, "Redis 7 · Stays · from docker-compose.yml:14");
  holds = podlift_test_get_widget (row, "stateful-service-holds");
  size = podlift_test_get_widget (row, "stateful-service-size");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (holds)), ==, "User sessions and the job queue");
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (size)), ==, 2.5);

  /* Its switch says whether it moves, in the model and in the header. */
  gtk_switch_set_active (GTK_SWITCH (podlift_test_get_widget (row, "stateful-service-moves")), TRUE);
  g_assert_true (podlift_stateful_service_get_moves (redis));
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)),
                   ==, "Redis 7 · Moves · from docker-compose.yml:14");
  podlift_project_set_dirty (project, FALSE);

  /* Add appends an empty service, whose open row edits it. */
  g_signal_emit_by_name (podlift_test_get_widget (page, "stateful-service-add"), "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (services), ==, 2);
  g_assert_true (podlift_project_get_dirty (project));
  g_assert_cmpuint (podlift_test_count_rows (list), ==, 2);

  row = get_list_row (page, "stateful-service-list", 1);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
  gtk_editable_set_text (GTK_EDITABLE (podlift_test_get_widget (row, "stateful-service-name")),
                         "search");
  gtk_editable_set_text (GTK_EDITABLE (podlift_test_get_widget (row, "stateful-service-kind")),
                         "Elasticsearch 8");
  added = g_list_model_get_item (services, 1);
  g_assert_cmpstr (podlift_stateful_service_get_name (added), ==, "search");
  g_assert_cmpstr (podlift_stateful_service_get_kind (added), ==, "Elasticsearch 8");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "search");

  /* Its trash button removes the first one. */
  row = get_list_row (page, "stateful-service-list", 0);
  g_signal_emit_by_name (podlift_test_get_widget (row, "remove-button"), "clicked");
  podlift_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (services), ==, 1);
  g_assert_cmpuint (podlift_test_count_rows (list), ==, 1);

  g_clear_object (&added);
  close_page (window, project);
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
  g_test_add_func ("/podlift/knowledge-page/scan-fills-page", test_scan_fills_page);
  g_test_add_func ("/podlift/knowledge-page/typed-answer-survives-rescan",
                   test_typed_answer_survives_rescan);
  g_test_add_func ("/podlift/knowledge-page/scan-can-be-cancelled", test_scan_can_be_cancelled);
  g_test_add_func ("/podlift/knowledge-page/dependency-checks", test_dependency_checks);
  g_test_add_func ("/podlift/knowledge-page/dependency-check-cancel", test_dependency_check_cancel);
  g_test_add_func ("/podlift/knowledge-page/import-crontab", test_import_crontab);
  g_test_add_func ("/podlift/knowledge-page/stateful-services", test_stateful_services);

  return g_test_run ();
}
