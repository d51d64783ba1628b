/* test-container-page.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <gtksourceview/gtksource.h>

#include "podlift-bundle.h"
#include "podlift-compose-generator.h"
#include "podlift-container-page.h"
#include "podlift-dockerfile-generator.h"
#include "podlift-env-file.h"
#include "podlift-env-var.h"
#include "podlift-lint-adapter.h"
#include "podlift-test-util.h"

#define STOREFRONT_DOCKERFILE \
  "FROM node:20.11-alpine AS build\n" \
  "WORKDIR /src\n" \
  "COPY package.json package-lock.json ./\n" \
  "RUN npm ci\n" \
  "COPY . .\n" \
  "RUN npm run build\n" \
  "\n" \
  "FROM gcr.io/distroless/nodejs20-debian12:nonroot\n" \
  "WORKDIR /app\n" \
  "COPY --from=build --chown=10001:10001 /src/dist ./dist\n" \
  "USER 10001\n" \
  "CMD [\"dist/server.js\"]\n"

#define STOREFRONT_DOCKERIGNORE "node_modules\n.git\n*.log\n"

#define STOREFRONT_COMPOSE \
  "services:\n" \
  "  storefront:\n" \
  "    build: .\n" \
  "    ports:\n" \
  "      - \"8080:8080\"\n" \
  "    env_file:\n" \
  "      - configuration.env\n" \
  "      - secrets.env\n"

#define BILLING_DOCKERFILE \
  "FROM python:3.12-slim\n" \
  "WORKDIR /app\n" \
  "COPY --chown=10002:10002 . .\n" \
  "USER 10002\n" \
  "CMD [\"gunicorn\", \"billing.wsgi\"]\n"

static PodliftProject *
create_storefront (void)
{
  PodliftProject *project = podlift_project_new ();

  g_object_set (podlift_project_get_dockerfile (project),
                "text", STOREFRONT_DOCKERFILE,
                "dockerignore", STOREFRONT_DOCKERIGNORE,
                "compose", STOREFRONT_COMPOSE,
                "image", "registry.example.com/shop/storefront",
                "tag", "1.8.2",
                "base-size", PODLIFT_BASE_SIZE_DISTROLESS,
                "user-id", 10001,
                NULL);
  podlift_project_set_dirty (project, FALSE);

  return project;
}

static PodliftProject *
create_billing (void)
{
  PodliftProject *project = podlift_project_new ();

  g_object_set (podlift_project_get_dockerfile (project),
                "text", BILLING_DOCKERFILE,
                "image", "registry.example.com/shop/billing",
                "tag", "2024.03.1",
                "base-size", PODLIFT_BASE_SIZE_SLIM,
                "user-id", 10002,
                "customised", TRUE,
                NULL);
  podlift_project_set_dirty (project, FALSE);

  return project;
}

static GtkTextBuffer *
get_buffer (GtkWidget  *root,
            const char *name)
{
  return gtk_text_view_get_buffer (GTK_TEXT_VIEW (podlift_test_get_widget (root, name)));
}

static char *
dup_buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter begin, end;

  gtk_text_buffer_get_bounds (buffer, &begin, &end);

  return gtk_text_buffer_get_text (buffer, &begin, &end, TRUE);
}

static void
assert_buffer_text (GtkWidget  *root,
                    const char *name,
                    const char *expected)
{
  g_autofree char *text = dup_buffer_text (get_buffer (root, name));

  g_assert_cmpstr (text, ==, expected);
}


/* A Dockerfile with two findings the user can act on: DL3020 (ADD for a
 * local copy, fixed mechanically by COPY) on line 3, and DL4000
 * (MAINTAINER) on line 7. */
#define FIXABLE_DOCKERFILE \
  "FROM node:20.11-alpine AS build\n" \
  "WORKDIR /src\n" \
  "ADD . .\n" \
  "RUN npm ci && npm run build\n" \
  "\n" \
  "FROM gcr.io/distroless/nodejs20-debian12:nonroot\n" \
  "MAINTAINER Shop Team <shop@example.com>\n" \
  "WORKDIR /app\n" \
  "COPY --from=build --chown=10001:10001 /src/dist ./dist\n" \
  "USER 10001\n" \
  "CMD [\"dist/server.js\"]\n"

static PodliftProject *
create_project_with (const char *dockerfile_text)
{
  PodliftProject *project = create_storefront ();

  podlift_dockerfile_set_text (podlift_project_get_dockerfile (project), dockerfile_text);
  podlift_project_set_dirty (project, FALSE);

  return project;
}

/* A Node.js application with every answer the Dockerfile draft needs. */
static void
answer_node_app (PodliftProject *project)
{
  PodliftAppProfile *profile = podlift_project_get_profile (project);
  const char * const image_files[] = { "package.json", "package-lock.json", "server.js", NULL };
  g_autoptr(PodliftEnvVar) level = podlift_env_var_new ();
  g_autoptr(PodliftEnvVar) database = podlift_env_var_new ();

  g_object_set (profile,
                "name", "storefront",
                "stack", PODLIFT_STACK_NODE,
                "stack-version", "20.11",
                "package-manager", "npm",
                "launch-command", "node server.js",
                "port", 8080,
                NULL);
  podlift_app_profile_set_image_files (profile, image_files);

  g_object_set (level, "name", "LOG_LEVEL", "value", "info", NULL);
  g_object_set (database, "name", "DATABASE_URL", "value", "postgres://shop@db/shop", "secret", TRUE, NULL);
  g_list_store_append (podlift_app_profile_get_env_vars (profile), level);
  g_list_store_append (podlift_app_profile_get_env_vars (profile), database);

  podlift_project_set_dirty (project, FALSE);
}

static GtkWidget *
create_page (PodliftProject *project)
{
  /* No debounce: the lint runs at the next main loop iteration. */
  return g_object_new (PODLIFT_TYPE_CONTAINER_PAGE,
                       "debounce-ms", 0,
                       "project", project,
                       NULL);
}

/* The row of the finding with @code, or NULL. */
static GtkWidget *
find_finding_row (GtkWidget  *page,
                  const char *code)
{
  return podlift_test_find_widget (podlift_test_get_widget (page, "findings"), code);
}

static char *
dup_line (GtkTextBuffer *buffer,
          int            line)
{
  GtkTextIter begin, end;

  gtk_text_buffer_get_iter_at_line (buffer, &begin, line);
  end = begin;
  if (!gtk_text_iter_ends_line (&end))
    gtk_text_iter_forward_to_line_end (&end);

  return gtk_text_buffer_get_text (buffer, &begin, &end, TRUE);
}

static void
type_at (GtkTextBuffer *buffer,
         int            line,
         const char    *text)
{
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_line (buffer, &iter, line);
  gtk_text_buffer_place_cursor (buffer, &iter);
  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_insert_at_cursor (buffer, text, -1);
  gtk_text_buffer_end_user_action (buffer);
}

static gboolean
has_underline_at (GtkTextBuffer *buffer,
                  int            line,
                  int            offset)
{
  g_autoptr(GSList) tags = NULL;
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_line_offset (buffer, &iter, line, offset);
  tags = gtk_text_iter_get_tags (&iter);

  for (GSList *l = tags; l != NULL; l = l->next)
    {
      PangoUnderline underline;
      gboolean set;

      g_object_get (l->data, "underline", &underline, "underline-set", &set, NULL);
      if (set && underline == PANGO_UNDERLINE_ERROR_LINE)
        return TRUE;
    }

  return FALSE;
}

/* The category of the gutter mark on @line, or NULL. */
static const char *
mark_category_at (GtkTextBuffer *buffer,
                  int            line)
{
  g_autoptr(GSList) marks = gtk_source_buffer_get_source_marks_at_line (GTK_SOURCE_BUFFER (buffer), line, NULL);

  if (marks == NULL)
    return NULL;

  g_assert_null (marks->next);

  return gtk_source_mark_get_category (marks->data);
}

static AdwMessageDialog *
find_message_dialog (void)
{
  GtkWindow *dialog = podlift_test_find_dialog ();

  return dialog != NULL ? ADW_MESSAGE_DIALOG (dialog) : NULL;
}

static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  if (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), label) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Answers the dialog as a click on one of its buttons does. */
static void
click_response (AdwMessageDialog *dialog,
                const char       *label)
{
  GtkWidget *button = find_button (GTK_WIDGET (dialog), label);

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  podlift_test_iterate ();
}

static void
add_toast_cb (PodliftPage  *page,
              AdwToast     *toast,
              GPtrArray    *toasts)
{
  g_ptr_array_add (toasts, g_strdup (adw_toast_get_title (toast)));
}

static gboolean
timeout_cb (gpointer data)
{
  gboolean *timed_out = data;

  *timed_out = TRUE;

  return G_SOURCE_REMOVE;
}

static void
test_shows_files (void)
{
  PodliftProject *project = create_storefront ();
  GtkWidget *page = g_object_new (PODLIFT_TYPE_CONTAINER_PAGE, "project", project, NULL);
  GtkWindow *window = podlift_test_show (page, 1000, 700);

  assert_buffer_text (page, "dockerfile-view", STOREFRONT_DOCKERFILE);
  assert_buffer_text (page, "dockerignore-view", STOREFRONT_DOCKERIGNORE);
  assert_buffer_text (page, "compose-view", STOREFRONT_COMPOSE);

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (podlift_test_get_widget (page, "image"))),
                   ==, "registry.example.com/shop/storefront");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (podlift_test_get_widget (page, "tag"))),
                   ==, "1.8.2");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (podlift_test_get_widget (page, "base-size"))),
                    ==, PODLIFT_BASE_SIZE_DISTROLESS);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (podlift_test_get_widget (page, "user-id"))),
                   ==, 10001);
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (podlift_test_get_widget (page, "customised"))));

  /* Showing the files must not count as an edit. */
  g_assert_false (podlift_project_get_dirty (project));
  g_assert_false (podlift_dockerfile_get_customised (podlift_project_get_dockerfile (project)));

  gtk_window_destroy (window);
  g_assert_finalize_object (project);
}

static void
test_typing_updates_model (void)
{
  PodliftProject *project = create_storefront ();
  PodliftDockerfile *dockerfile = podlift_project_get_dockerfile (project);
  GtkWidget *page = g_object_new (PODLIFT_TYPE_CONTAINER_PAGE, "project", project, NULL);
  GtkWindow *window = podlift_test_show (page, 1000, 700);
  GtkTextBuffer *buffer = get_buffer (page, "dockerfile-view");
  GtkTextIter iter;

  /* Type a line after "WORKDIR /app" (line 9) as a user would, at the
   * cursor. */
  gtk_text_buffer_get_iter_at_line (buffer, &iter, 9);
  gtk_text_buffer_place_cursor (buffer, &iter);
  gtk_text_buffer_insert_at_cursor (buffer, "ENV NODE_ENV=production\n", -1);
  podlift_test_iterate ();

  g_assert_true (g_str_has_prefix (podlift_dockerfile_get_text (dockerfile),
                                   "FROM node:20.11-alpine AS build\n"));
  g_assert_nonnull (strstr (podlift_dockerfile_get_text (dockerfile),
                            "WORKDIR /app\nENV NODE_ENV=production\nCOPY --from=build"));
  g_assert_true (podlift_project_get_dirty (project));
  g_assert_true (podlift_dockerfile_get_customised (dockerfile));
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (podlift_test_get_widget (page, "customised"))));

  /* The model's echo must not reset the cursor: it stays after the
   * typed text. */
  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  g_assert_cmpint (gtk_text_iter_get_line (&iter), ==, 10);
  g_assert_cmpint (gtk_text_iter_get_line_offset (&iter), ==, 0);

  /* The other files edit their own property. */
  podlift_project_set_dirty (project, FALSE);
  buffer = get_buffer (page, "dockerignore-view");
  gtk_text_buffer_get_end_iter (buffer, &iter);
  gtk_text_buffer_insert (buffer, &iter, "coverage/\n", -1);
  g_assert_cmpstr (podlift_dockerfile_get_dockerignore (dockerfile),
                   ==, STOREFRONT_DOCKERIGNORE "coverage/\n");
  g_assert_true (podlift_project_get_dirty (project));

  /* Emptying a file stores "unanswered". */
  buffer = get_buffer (page, "compose-view");
  gtk_text_buffer_set_text (buffer, "", -1);
  g_assert_null (podlift_dockerfile_get_compose (dockerfile));
  g_assert_cmpstr (podlift_dockerfile_get_text (dockerfile), !=, NULL);

  gtk_window_destroy (window);
  g_assert_finalize_object (project);
}

static void
test_model_updates_buffer (void)
{
  PodliftProject *project = create_storefront ();
  PodliftDockerfile *dockerfile = podlift_project_get_dockerfile (project);
  GtkWidget *page = g_object_new (PODLIFT_TYPE_CONTAINER_PAGE, "project", project, NULL);
  GtkWindow *window = podlift_test_show (page, 1000, 700);

  podlift_dockerfile_set_text (dockerfile, BILLING_DOCKERFILE);
  podlift_dockerfile_set_compose (dockerfile, NULL);
  podlift_test_iterate ();

  assert_buffer_text (page, "dockerfile-view", BILLING_DOCKERFILE);
  assert_buffer_text (page, "compose-view", "");
  assert_buffer_text (page, "dockerignore-view", STOREFRONT_DOCKERIGNORE);

  /* A change that comes from the model is not a hand edit. */
  g_assert_false (podlift_dockerfile_get_customised (dockerfile));
  g_assert_cmpstr (podlift_dockerfile_get_text (dockerfile), ==, BILLING_DOCKERFILE);

  gtk_window_destroy (window);
  g_assert_finalize_object (project);
}

static void
test_edits_options (void)
{
  PodliftProject *project = create_storefront ();
  PodliftDockerfile *dockerfile = podlift_project_get_dockerfile (project);
  GtkWidget *page = g_object_new (PODLIFT_TYPE_CONTAINER_PAGE, "project", project, NULL);
  GtkWindow *window = podlift_test_show (page, 1000, 700);

  gtk_editable_set_text (GTK_EDITABLE (podlift_test_get_widget (page, "tag")), "1.9.0");
  g_assert_cmpstr (podlift_dockerfile_get_tag (dockerfile), ==, "1.9.0");
  g_assert_true (podlift_project_get_dirty (project));

  adw_combo_row_set_selected (ADW_COMBO_ROW (podlift_test_get_widget (page, "base-size")),
                              PODLIFT_BASE_SIZE_ALPINE);
  g_assert_cmpint (podlift_dockerfile_get_base_size (dockerfile), ==, PODLIFT_BASE_SIZE_ALPINE);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (podlift_test_get_widget (page, "user-id")), 65532);
  g_assert_cmpuint (podlift_dockerfile_get_user_id (dockerfile), ==, 65532);

  gtk_editable_set_text (GTK_EDITABLE (podlift_test_get_widget (page, "image")), "");
  g_assert_null (podlift_dockerfile_get_image (dockerfile));

  gtk_window_destroy (window);
  g_assert_finalize_object (project);
}

static void
test_rebinds (void)
{
  PodliftProject *storefront = create_storefront ();
  PodliftProject *billing = create_billing ();
  GtkWidget *page = g_object_new (PODLIFT_TYPE_CONTAINER_PAGE, "project", storefront, NULL);
  GtkWindow *window = podlift_test_show (page, 1000, 700);

  podlift_page_set_project (PODLIFT_PAGE (page), billing);
  podlift_test_iterate ();

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (podlift_test_get_widget (page, "image"))),
                   ==, "registry.example.com/shop/billing");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (podlift_test_get_widget (page, "tag"))),
                   ==, "2024.03.1");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (podlift_test_get_widget (page, "base-size"))),
                    ==, PODLIFT_BASE_SIZE_SLIM);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (podlift_test_get_widget (page, "user-id"))),
                   ==, 10002);
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (podlift_test_get_widget (page, "customised"))));
  assert_buffer_text (page, "dockerfile-view", BILLING_DOCKERFILE);
  assert_buffer_text (page, "dockerignore-view", "");
  assert_buffer_text (page, "compose-view", "");

  /* Neither project was touched by the switch, and the first one no
   * longer follows the widgets. */
  g_assert_false (podlift_project_get_dirty (storefront));
  g_assert_false (podlift_project_get_dirty (billing));
  gtk_editable_set_text (GTK_EDITABLE (podlift_test_get_widget (page, "tag")), "2024.04.0");
  g_assert_cmpstr (podlift_dockerfile_get_tag (podlift_project_get_dockerfile (storefront)), ==, "1.8.2");
  g_assert_cmpstr (podlift_dockerfile_get_tag (podlift_project_get_dockerfile (billing)), ==, "2024.04.0");

  podlift_dockerfile_set_text (podlift_project_get_dockerfile (storefront), "FROM scratch\n");
  podlift_test_iterate ();
  assert_buffer_text (page, "dockerfile-view", BILLING_DOCKERFILE);

  /* Without a project the editors are empty. */
  podlift_page_set_project (PODLIFT_PAGE (page), NULL);
  assert_buffer_text (page, "dockerfile-view", "");

  gtk_window_destroy (window);
  g_assert_finalize_object (storefront);
  g_assert_finalize_object (billing);
}

static void
test_languages (void)
{
  PodliftProject *project = create_storefront ();
  GtkWidget *page = g_object_new (PODLIFT_TYPE_CONTAINER_PAGE, "project", project, NULL);
  GtkWindow *window = podlift_test_show (page, 1000, 700);
  GtkSourceBuffer *buffer;
  GtkSourceView *view;

  view = GTK_SOURCE_VIEW (podlift_test_get_widget (page, "dockerfile-view"));
  buffer = GTK_SOURCE_BUFFER (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)));
  g_assert_nonnull (gtk_source_buffer_get_language (buffer));
  g_assert_cmpstr (gtk_source_language_get_id (gtk_source_buffer_get_language (buffer)), ==, "docker");
  g_assert_true (gtk_source_view_get_show_line_numbers (view));
  g_assert_true (gtk_source_view_get_auto_indent (view));
  g_assert_true (gtk_text_view_get_monospace (GTK_TEXT_VIEW (view)));
  g_assert_nonnull (gtk_source_buffer_get_style_scheme (buffer));
  g_assert_cmpstr (gtk_source_style_scheme_get_id (gtk_source_buffer_get_style_scheme (buffer)),
                   ==, adw_style_manager_get_dark (adw_style_manager_get_default ()) ? "Adwaita-dark" : "Adwaita");

  buffer = GTK_SOURCE_BUFFER (get_buffer (page, "compose-view"));
  g_assert_cmpstr (gtk_source_language_get_id (gtk_source_buffer_get_language (buffer)), ==, "yaml");

  buffer = GTK_SOURCE_BUFFER (get_buffer (page, "dockerignore-view"));
  g_assert_null (gtk_source_buffer_get_language (buffer));

  gtk_window_destroy (window);
  g_assert_finalize_object (project);
}

static void
test_dark_style (void)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  PodliftProject *project = create_storefront ();
  GtkWidget *page = g_object_new (PODLIFT_TYPE_CONTAINER_PAGE, "project", project, NULL);
  GtkWindow *window = podlift_test_show (page, 1000, 700);
  GtkSourceBuffer *buffer = GTK_SOURCE_BUFFER (get_buffer (page, "compose-view"));

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  podlift_test_iterate ();
  g_assert_cmpstr (gtk_source_style_scheme_get_id (gtk_source_buffer_get_style_scheme (buffer)),
                   ==, "Adwaita-dark");

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  podlift_test_iterate ();
  g_assert_cmpstr (gtk_source_style_scheme_get_id (gtk_source_buffer_get_style_scheme (buffer)),
                   ==, "Adwaita");

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);

  gtk_window_destroy (window);
  g_assert_finalize_object (project);
}

static void
test_complete (void)
{
  PodliftProject *project = create_storefront ();
  GtkWidget *page = g_object_new (PODLIFT_TYPE_CONTAINER_PAGE, "project", project, NULL);
  GtkWindow *window = podlift_test_show (page, 1000, 700);

  g_assert_true (podlift_page_get_complete (PODLIFT_PAGE (page)));

  gtk_editable_set_text (GTK_EDITABLE (podlift_test_get_widget (page, "tag")), "");
  g_assert_false (podlift_page_get_complete (PODLIFT_PAGE (page)));

  gtk_editable_set_text (GTK_EDITABLE (podlift_test_get_widget (page, "tag")), "1.8.3");
  g_assert_true (podlift_page_get_complete (PODLIFT_PAGE (page)));

  gtk_text_buffer_set_text (get_buffer (page, "dockerfile-view"), "# to do\n", -1);
  g_assert_false (podlift_page_get_complete (PODLIFT_PAGE (page)));

  gtk_window_destroy (window);
  g_assert_finalize_object (project);
}

static void
test_live_lint (void)
{
  PodliftProject *project = create_storefront ();
  GtkWidget *page = create_page (project);
  GtkWindow *window = podlift_test_show (page, 1000, 700);
  GtkTextBuffer *buffer = get_buffer (page, "dockerfile-view");
  GtkSourceView *view = GTK_SOURCE_VIEW (podlift_test_get_widget (page, "dockerfile-view"));
  GtkSourceMarkAttributes *attributes;
  GtkWidget *row;

  /* A Node.js application, version 20.11. */
  g_object_set (podlift_project_get_profile (project),
                "stack", PODLIFT_STACK_NODE,
                "stack-version", "20.11",
                NULL);

  /* The storefront's Dockerfile pins its tags. */
  g_assert_null (find_finding_row (page, "DL3007"));
  g_assert_true (gtk_source_view_get_show_line_marks (view));

  type_at (buffer, 0, "FROM node:latest\n");

  /* Linting waits for the typing to settle... */
  g_assert_null (find_finding_row (page, "DL3007"));

  /* ...and runs once it has. */
  podlift_test_iterate ();
  row = find_finding_row (page, "DL3007");
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_get_visible (row));
  g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), "DL3007"));
  g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), "latest"));
  /* The plain explanation, with the line. */
  g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "Line 1. "));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "release tag"));
  /* The answers name the release: Fix pins the tag to the captured
   * Node.js version; Ignore is there too. */
  g_assert_nonnull (podlift_test_find_widget (row, "fix"));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (podlift_test_get_widget (row, "fix")), ==, "Pin to node:20.11");
  g_assert_nonnull (podlift_test_find_widget (row, "ignore"));

  /* The image reference is underlined, the keyword is not; the line has
   * a warning mark in the gutter, drawn with the warning icon. */
  g_assert_true (has_underline_at (buffer, 0, 5));
  g_assert_true (has_underline_at (buffer, 0, 15));
  g_assert_false (has_underline_at (buffer, 0, 0));
  g_assert_false (has_underline_at (buffer, 1, 5));
  g_assert_cmpstr (mark_category_at (buffer, 0), ==, PODLIFT_LINT_MARK_WARNING);
  g_assert_null (mark_category_at (buffer, 1));
  attributes = gtk_source_view_get_mark_attributes (view, PODLIFT_LINT_MARK_WARNING, NULL);
  g_assert_cmpstr (gtk_source_mark_attributes_get_icon_name (attributes), ==, "dialog-warning-symbolic");
  attributes = gtk_source_view_get_mark_attributes (view, PODLIFT_LINT_MARK_ERROR, NULL);
  g_assert_cmpstr (gtk_source_mark_attributes_get_icon_name (attributes), ==, "dialog-error-symbolic");

  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (podlift_test_get_widget (page, "findings-title"))),
                   ==, "1 Finding");

  /* Fix removes the finding; one undo brings it back. */
  g_signal_emit_by_name (podlift_test_get_widget (row, "fix"), "clicked");
  {
    g_autofree char *fixed = dup_line (buffer, 0);

    g_assert_cmpstr (fixed, ==, "FROM node:20.11");
  }
  podlift_test_iterate ();
  g_assert_null (find_finding_row (page, "DL3007"));
  gtk_text_buffer_undo (buffer);
  podlift_test_iterate ();
  g_assert_nonnull (find_finding_row (page, "DL3007"));

  /* Pinning the tag by hand clears the finding, its underline and its mark. */
  {
    GtkTextIter begin, end;

    gtk_text_buffer_get_iter_at_line_offset (buffer, &begin, 0, 10);
    gtk_text_buffer_get_iter_at_line_offset (buffer, &end, 0, 16);
    gtk_text_buffer_delete (buffer, &begin, &end);
    gtk_text_buffer_insert (buffer, &begin, "20.11", -1);
  }
  podlift_test_iterate ();
  g_assert_null (find_finding_row (page, "DL3007"));
  g_assert_false (has_underline_at (buffer, 0, 5));
  g_assert_null (mark_category_at (buffer, 0));
  g_assert_true (gtk_widget_get_visible (podlift_test_get_widget (page, "no-findings")));

  /* The view's hover holds the adapter: nothing keeps the page alive. */
  g_object_add_weak_pointer (G_OBJECT (page), (gpointer *)&page);
  gtk_window_destroy (window);
  podlift_test_iterate ();
  g_assert_null (page);
  g_assert_finalize_object (project);
}

/* With the real debounce, the main loop runs until the lint timeout
 * fires; no sleeping. */
static void
test_live_lint_debounce (void)
{
  PodliftProject *project = create_storefront ();
  GtkWidget *page = g_object_new (PODLIFT_TYPE_CONTAINER_PAGE, "project", project, NULL);
  GtkWindow *window = podlift_test_show (page, 1000, 700);
  GtkTextBuffer *buffer = get_buffer (page, "dockerfile-view");
  gboolean timed_out = FALSE;
  guint guard;

  g_object_get (page, "debounce-ms", &guard, NULL);
  g_assert_cmpuint (guard, >, 0);

  type_at (buffer, 0, "FROM node:latest\n");
  podlift_test_iterate ();
  g_assert_null (find_finding_row (page, "DL3007"));

  guard = g_timeout_add_seconds (10, timeout_cb, &timed_out);
  while (find_finding_row (page, "DL3007") == NULL && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (timed_out);
  g_source_remove (guard);

  gtk_window_destroy (window);
  g_assert_finalize_object (project);
}

static void
test_fix_and_undo (void)
{
  PodliftProject *project = create_project_with (FIXABLE_DOCKERFILE);
  PodliftDockerfile *dockerfile = podlift_project_get_dockerfile (project);
  GtkWidget *page = create_page (project);
  GtkWindow *window = podlift_test_show (page, 1000, 700);
  GtkTextBuffer *buffer = get_buffer (page, "dockerfile-view");
  g_autofree char *line = NULL;
  g_autofree char *text = NULL;
  GtkWidget *row;
  GtkWidget *fix;

  row = find_finding_row (page, "DL3020");
  g_assert_nonnull (row);
  g_assert_cmpstr (mark_category_at (buffer, 2), ==, PODLIFT_LINT_MARK_ERROR);
  fix = podlift_test_get_widget (row, "fix");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (fix), ==, "Use COPY");

  g_signal_emit_by_name (fix, "clicked");

  /* The keyword is replaced, in the buffer and in the model, as a hand
   * edit. */
  line = dup_line (buffer, 2);
  g_assert_cmpstr (line, ==, "COPY . .");
  g_assert_nonnull (strstr (podlift_dockerfile_get_text (dockerfile), "WORKDIR /src\nCOPY . .\nRUN npm ci"));
  g_assert_true (podlift_dockerfile_get_customised (dockerfile));
  g_assert_true (podlift_project_get_dirty (project));

  podlift_test_iterate ();
  g_assert_null (find_finding_row (page, "DL3020"));
  g_assert_null (mark_category_at (buffer, 2));
  g_assert_nonnull (find_finding_row (page, "DL4000"));

  /* One undo takes the whole fix back, and the finding returns. */
  g_assert_true (gtk_text_buffer_get_can_undo (buffer));
  gtk_text_buffer_undo (buffer);
  text = dup_buffer_text (buffer);
  g_assert_cmpstr (text, ==, FIXABLE_DOCKERFILE);
  g_assert_cmpstr (podlift_dockerfile_get_text (dockerfile), ==, FIXABLE_DOCKERFILE);
  podlift_test_iterate ();
  g_assert_nonnull (find_finding_row (page, "DL3020"));

  /* Loading the project did not enter the history: nothing before the fix. */
  g_assert_false (gtk_text_buffer_get_can_undo (buffer));

  gtk_text_buffer_redo (buffer);
  g_clear_pointer (&line, g_free);
  line = dup_line (buffer, 2);
  g_assert_cmpstr (line, ==, "COPY . .");

  gtk_window_destroy (window);
  g_assert_finalize_object (project);
}

static void
test_fix_after_unlinted_edit (void)
{
  PodliftProject *project = create_project_with (FIXABLE_DOCKERFILE);
  GtkWidget *page = create_page (project);
  GtkWindow *window = podlift_test_show (page, 1000, 700);
  GtkTextBuffer *buffer = get_buffer (page, "dockerfile-view");
  g_autofree char *line = NULL;
  GtkWidget *fix;

  fix = podlift_test_get_widget (find_finding_row (page, "DL3020"), "fix");

  /* Lines typed above the finding, not linted yet, move it down: the fix
   * still lands on the ADD. */
  type_at (buffer, 1, "# Build the bundle\n");
  g_signal_emit_by_name (fix, "clicked");

  line = dup_line (buffer, 3);
  g_assert_cmpstr (line, ==, "COPY . .");
  g_clear_pointer (&line, g_free);
  line = dup_line (buffer, 0);
  g_assert_cmpstr (line, ==, "FROM node:20.11-alpine AS build");

  podlift_test_iterate ();
  gtk_window_destroy (window);
  g_assert_finalize_object (project);
}

static void
test_ignore (void)
{
  PodliftProject *project = create_storefront ();
  GtkWidget *page = create_page (project);
  GtkWindow *window = podlift_test_show (page, 1000, 700);
  GtkTextBuffer *buffer = get_buffer (page, "dockerfile-view");
  g_autofree char *line = NULL;
  g_autofree char *text = NULL;

  type_at (buffer, 7, "FROM node:latest AS assets\n");
  podlift_test_iterate ();
  g_assert_nonnull (find_finding_row (page, "DL3007"));

  g_signal_emit_by_name (podlift_test_get_widget (find_finding_row (page, "DL3007"), "ignore"), "clicked");

  line = dup_line (buffer, 7);
  g_assert_cmpstr (line, ==, "# hadolint ignore=DL3007");
  g_clear_pointer (&line, g_free);
  line = dup_line (buffer, 8);
  g_assert_cmpstr (line, ==, "FROM node:latest AS assets");

  podlift_test_iterate ();
  g_assert_null (find_finding_row (page, "DL3007"));

  /* One undo removes the comment. */
  gtk_text_buffer_undo (buffer);
  g_clear_pointer (&line, g_free);
  line = dup_line (buffer, 7);
  g_assert_cmpstr (line, ==, "FROM node:latest AS assets");

  gtk_window_destroy (window);
  g_assert_finalize_object (project);
}

static void
test_ignore_merges (void)
{
  PodliftProject *project = create_project_with ("FROM node:20.11-alpine\n"
                                                 "WORKDIR /src\n"
                                                 "  # hadolint ignore=DL3008 # apt pins come later\n"
                                                 "  ADD . .\n"
                                                 "USER 10001\n"
                                                 "CMD [\"node\", \"server.js\"]\n");
  GtkWidget *page = create_page (project);
  GtkWindow *window = podlift_test_show (page, 1000, 700);
  GtkTextBuffer *buffer = get_buffer (page, "dockerfile-view");
  g_autofree char *line = NULL;

  g_assert_nonnull (find_finding_row (page, "DL3020"));
  g_signal_emit_by_name (podlift_test_get_widget (find_finding_row (page, "DL3020"), "ignore"), "clicked");

  /* The code joins the pragma already above the instruction. */
  line = dup_line (buffer, 2);
  g_assert_cmpstr (line, ==, "  # hadolint ignore=DL3008,DL3020 # apt pins come later");
  g_assert_cmpint (gtk_text_buffer_get_line_count (buffer), ==, 7);

  podlift_test_iterate ();
  g_assert_null (find_finding_row (page, "DL3020"));

  gtk_window_destroy (window);
  g_assert_finalize_object (project);
}

static void
test_reveal (void)
{
  PodliftProject *project = create_project_with (FIXABLE_DOCKERFILE);
  GtkWidget *page = create_page (project);
  GtkWindow *window = podlift_test_show (page, 1000, 700);
  GtkTextBuffer *buffer = get_buffer (page, "dockerfile-view");
  GtkWidget *list = podlift_test_get_widget (page, "findings");
  GtkWidget *row;
  GtkTextIter cursor;

  gtk_text_buffer_get_iter_at_mark (buffer, &cursor, gtk_text_buffer_get_insert (buffer));
  g_assert_cmpint (gtk_text_iter_get_line (&cursor), ==, 0);

  row = find_finding_row (page, "DL4000");
  g_assert_nonnull (row);
  g_signal_emit_by_name (list, "row-activated", row);

  gtk_text_buffer_get_iter_at_mark (buffer, &cursor, gtk_text_buffer_get_insert (buffer));
  g_assert_cmpint (gtk_text_iter_get_line (&cursor), ==, 6);
  g_assert_true (gtk_widget_has_focus (podlift_test_get_widget (page, "dockerfile-view")));

  row = find_finding_row (page, "DL3020");
  g_signal_emit_by_name (list, "row-activated", row);
  gtk_text_buffer_get_iter_at_mark (buffer, &cursor, gtk_text_buffer_get_insert (buffer));
  g_assert_cmpint (gtk_text_iter_get_line (&cursor), ==, 2);
  g_assert_cmpint (gtk_text_iter_get_line_offset (&cursor), ==, 0);

  /* Revealing is not an edit. */
  g_assert_false (podlift_project_get_dirty (project));

  gtk_window_destroy (window);
  g_assert_finalize_object (project);
}

static void
test_env_files (void)
{
  PodliftProject *project = create_storefront ();
  PodliftAppProfile *profile = podlift_project_get_profile (project);
  GtkWidget *page;
  GtkWindow *window;
  GtkTextBuffer *buffer;
  g_autofree char *configuration = NULL;
  g_autofree char *secrets = NULL;
  g_autofree char *text = NULL;
  g_autoptr(PodliftEnvVar) region = podlift_env_var_new ();
  PodliftEnvVar *var;
  GListModel *vars;

  answer_node_app (project);
  page = create_page (project);
  window = podlift_test_show (page, 1000, 700);

  /* The tabs show the files as the bundle writes them. */
  configuration = podlift_env_file_write (project, FALSE);
  secrets = podlift_env_file_write (project, TRUE);
  assert_buffer_text (page, "configuration-view", configuration);
  assert_buffer_text (page, "secrets-view", secrets);
  g_assert_nonnull (strstr (configuration, "\nLOG_LEVEL=info\n"));
  g_assert_null (strstr (configuration, "DATABASE_URL"));
  g_assert_nonnull (strstr (secrets, "\nDATABASE_URL=postgres://shop@db/shop\n"));
  g_assert_true (gtk_widget_get_visible (podlift_test_get_widget (page, "secrets-warning")));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (podlift_test_get_widget (page, "secrets-warning-label"))),
                            "never committed"));
  g_assert_false (podlift_project_get_dirty (project));

  /* A line typed into configuration.env becomes a variable. */
  buffer = get_buffer (page, "configuration-view");
  type_at (buffer, gtk_text_buffer_get_line_count (buffer) - 1, "CACHE_TTL=300\n");
  podlift_test_iterate ();

  vars = G_LIST_MODEL (podlift_app_profile_get_env_vars (profile));
  g_assert_cmpuint (g_list_model_get_n_items (vars), ==, 3);
  var = g_list_model_get_item (vars, 2);
  g_assert_cmpstr (podlift_env_var_get_name (var), ==, "CACHE_TTL");
  g_assert_cmpstr (podlift_env_var_get_value (var), ==, "300");
  g_assert_false (podlift_env_var_get_secret (var));
  g_object_unref (var);
  g_assert_true (podlift_project_get_dirty (project));
  /* The Dockerfile is not touched. */
  g_assert_false (podlift_dockerfile_get_customised (podlift_project_get_dockerfile (project)));

  /* A variable removed from secrets.env leaves the model. */
  buffer = get_buffer (page, "secrets-view");
  text = dup_buffer_text (buffer);
  gtk_text_buffer_set_text (buffer, "# none\n", -1);
  podlift_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (vars), ==, 2);

  /* An answer given elsewhere shows up in the tab. */
  g_object_set (region, "name", "REGION", "value", "eu-west-1", NULL);
  g_list_store_append (podlift_app_profile_get_env_vars (profile), region);
  podlift_test_iterate ();
  g_clear_pointer (&text, g_free);
  text = dup_buffer_text (get_buffer (page, "configuration-view"));
  g_assert_nonnull (strstr (text, "\nREGION=eu-west-1\n"));
  g_assert_nonnull (strstr (text, "\nCACHE_TTL=300\n"));

  gtk_window_destroy (window);
  g_assert_finalize_object (project);
}

static void
test_regenerate_asks (void)
{
  PodliftProject *project = create_project_with (FIXABLE_DOCKERFILE);
  PodliftDockerfile *dockerfile = podlift_project_get_dockerfile (project);
  GtkWidget *page;
  GtkWindow *window;
  GtkTextBuffer *buffer;
  AdwMessageDialog *dialog;
  g_autoptr(GError) error = NULL;
  g_autofree char *draft = NULL;
  g_autofree char *diff = NULL;
  g_autofree char *text = NULL;

  answer_node_app (project);
  podlift_dockerfile_set_customised (dockerfile, TRUE);
  podlift_project_set_dirty (project, FALSE);
  draft = podlift_dockerfile_generate (podlift_project_get_profile (project), dockerfile, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (draft, !=, FIXABLE_DOCKERFILE);

  page = create_page (project);
  window = podlift_test_show (page, 1000, 700);
  buffer = get_buffer (page, "dockerfile-view");

  g_signal_emit_by_name (podlift_test_get_widget (page, "regenerate-dockerfile"), "clicked");
  podlift_test_iterate ();

  /* An edited file is not replaced before the user has seen the diff. */
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  assert_buffer_text (page, "dockerfile-view", FIXABLE_DOCKERFILE);
  g_assert_true (adw_message_dialog_has_response (dialog, "replace"));
  g_assert_true (adw_message_dialog_has_response (dialog, "cancel"));

  diff = dup_buffer_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (podlift_test_get_widget (GTK_WIDGET (dialog), "diff-view"))));
  g_assert_true (gtk_text_view_get_monospace (GTK_TEXT_VIEW (podlift_test_get_widget (GTK_WIDGET (dialog), "diff-view"))));
  g_assert_true (g_str_has_prefix (diff, "--- "));
  g_assert_nonnull (strstr (diff, "\n+++ "));
  g_assert_nonnull (strstr (diff, "\n@@ "));
  g_assert_nonnull (strstr (diff, "\n-ADD . .\n"));

  click_response (dialog, "_Replace");
  g_assert_null (find_message_dialog ());

  assert_buffer_text (page, "dockerfile-view", draft);
  g_assert_cmpstr (podlift_dockerfile_get_text (dockerfile), ==, draft);
  g_assert_false (podlift_dockerfile_get_customised (dockerfile));
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (podlift_test_get_widget (page, "customised"))));
  g_assert_true (podlift_project_get_dirty (project));

  /* The draft lints clean. */
  g_assert_cmpuint (podlift_test_count_rows (podlift_test_get_widget (page, "findings")), ==, 0);

  /* One undo brings the hand edits back. */
  gtk_text_buffer_undo (buffer);
  text = dup_buffer_text (buffer);
  g_assert_cmpstr (text, ==, FIXABLE_DOCKERFILE);
  g_assert_true (podlift_dockerfile_get_customised (dockerfile));

  gtk_window_destroy (window);
  g_assert_finalize_object (project);
}

static void
test_regenerate_cancel (void)
{
  PodliftProject *project = create_project_with (FIXABLE_DOCKERFILE);
  PodliftDockerfile *dockerfile = podlift_project_get_dockerfile (project);
  GtkWidget *page;
  GtkWindow *window;
  AdwMessageDialog *dialog;

  answer_node_app (project);
  podlift_dockerfile_set_customised (dockerfile, TRUE);
  podlift_project_set_dirty (project, FALSE);
  page = create_page (project);
  window = podlift_test_show (page, 1000, 700);

  g_signal_emit_by_name (podlift_test_get_widget (page, "regenerate-dockerfile"), "clicked");
  podlift_test_iterate ();
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  click_response (dialog, "_Cancel");

  g_assert_null (find_message_dialog ());
  assert_buffer_text (page, "dockerfile-view", FIXABLE_DOCKERFILE);
  g_assert_true (podlift_dockerfile_get_customised (dockerfile));
  g_assert_false (podlift_project_get_dirty (project));

  gtk_window_destroy (window);
  g_assert_finalize_object (project);
}

static void
test_regenerate_without_asking (void)
{
  PodliftProject *project = create_storefront ();
  PodliftDockerfile *dockerfile = podlift_project_get_dockerfile (project);
  g_autoptr(GPtrArray) toasts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *compose = NULL;
  g_autofree char *dockerignore = NULL;
  GtkWidget *page;
  GtkWindow *window;

  answer_node_app (project);
  page = create_page (project);
  window = podlift_test_show (page, 1000, 700);
  g_signal_connect (page, "add-toast", G_CALLBACK (add_toast_cb), toasts);

  /* Files not edited by hand are drafted again at once. */
  compose = podlift_compose_generate (project);
  g_assert_nonnull (compose);
  g_signal_emit_by_name (podlift_test_get_widget (page, "regenerate-compose"), "clicked");
  podlift_test_iterate ();
  g_assert_null (find_message_dialog ());
  assert_buffer_text (page, "compose-view", compose);
  g_assert_cmpstr (podlift_dockerfile_get_compose (dockerfile), ==, compose);
  g_assert_nonnull (strstr (compose, "configuration.env"));

  dockerignore = podlift_dockerignore_generate (podlift_project_get_profile (project));
  g_signal_emit_by_name (podlift_test_get_widget (page, "regenerate-dockerignore"), "clicked");
  assert_buffer_text (page, "dockerignore-view", dockerignore);
  g_assert_false (podlift_dockerfile_get_customised (dockerfile));

  /* Again: nothing to change, and the page says so. */
  g_signal_emit_by_name (podlift_test_get_widget (page, "regenerate-dockerignore"), "clicked");
  g_assert_cmpuint (toasts->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (toasts, 2), ==, ".dockerignore already matches the answers");

  /* Without a stack there is no draft: a toast says why. */
  podlift_app_profile_set_stack (podlift_project_get_profile (project), PODLIFT_STACK_UNKNOWN);
  g_signal_emit_by_name (podlift_test_get_widget (page, "regenerate-dockerfile"), "clicked");
  g_assert_cmpuint (toasts->len, ==, 4);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (toasts, 3), "Cannot draft Dockerfile: "));
  assert_buffer_text (page, "dockerfile-view", STOREFRONT_DOCKERFILE);

  gtk_window_destroy (window);
  g_assert_finalize_object (project);
}

static void
test_options (void)
{
  PodliftProject *project = create_storefront ();
  PodliftAppProfile *profile = podlift_project_get_profile (project);
  PodliftDockerfile *dockerfile = podlift_project_get_dockerfile (project);
  GtkWidget *page;
  GtkWindow *window;
  GtkWidget *variant;

  answer_node_app (project);
  page = create_page (project);
  window = podlift_test_show (page, 1000, 700);
  variant = podlift_test_get_widget (page, "variant");

  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (podlift_test_get_widget (page, "stack"))),
                   ==, "Node.js 20.11");
  g_assert_false (gtk_widget_get_visible (variant));

  podlift_app_profile_set_stack (profile, PODLIFT_STACK_PHP);
  podlift_app_profile_set_stack_version (profile, "8.3");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (podlift_test_get_widget (page, "stack"))),
                   ==, "PHP 8.3");
  g_assert_true (gtk_widget_get_visible (variant));
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (variant)), ==, 0);
  g_assert_null (podlift_dockerfile_get_variant (dockerfile));

  adw_combo_row_set_selected (ADW_COMBO_ROW (variant), 1);
  g_assert_cmpstr (podlift_dockerfile_get_variant (dockerfile), ==, "apache");
  podlift_dockerfile_set_variant (dockerfile, "fpm");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (variant)), ==, 0);

  podlift_app_profile_set_stack (profile, PODLIFT_STACK_UNKNOWN);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (podlift_test_get_widget (page, "stack"))),
                   ==, "Not answered yet");

  gtk_window_destroy (window);
  g_assert_finalize_object (project);
}

static void
test_save_and_reopen (void)
{
  PodliftProject *project = create_storefront ();
  PodliftProject *reopened;
  GtkWidget *page = create_page (project);
  GtkWindow *window = podlift_test_show (page, 1000, 700);
  GtkTextBuffer *buffer = get_buffer (page, "dockerfile-view");
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *edited = NULL;

  path = g_dir_make_tmp ("podlift-container-page-XXXXXX", &error);
  g_assert_no_error (error);
  dir = g_file_new_for_path (path);

  type_at (buffer, 0, "FROM node:latest\n");
  type_at (get_buffer (page, "dockerignore-view"), 0, "coverage/\n");
  podlift_test_iterate ();
  g_assert_nonnull (find_finding_row (page, "DL3007"));
  edited = dup_buffer_text (buffer);

  g_assert_true (podlift_bundle_save (project, dir, NULL, &error));
  g_assert_no_error (error);
  reopened = podlift_bundle_load (dir, NULL, &error);
  g_assert_no_error (error);

  podlift_page_set_project (PODLIFT_PAGE (page), reopened);
  podlift_test_iterate ();
  assert_buffer_text (page, "dockerfile-view", edited);
  assert_buffer_text (page, "dockerignore-view", "coverage/\n" STOREFRONT_DOCKERIGNORE);
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (podlift_test_get_widget (page, "customised"))));
  /* The reopened file is linted too. */
  g_assert_nonnull (find_finding_row (page, "DL3007"));
  /* Opening is not an edit to undo. */
  g_assert_false (gtk_text_buffer_get_can_undo (buffer));

  gtk_window_destroy (window);
  g_assert_finalize_object (project);
  g_assert_finalize_object (reopened);

  {
    g_autoptr(GFileEnumerator) children = g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                                                     G_FILE_QUERY_INFO_NONE, NULL, NULL);
    GFileInfo *info;

    while (children != NULL && (info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
      {
        g_autoptr(GFile) child = g_file_get_child (dir, g_file_info_get_name (info));

        g_file_delete (child, NULL, NULL);
        g_object_unref (info);
      }
    g_file_delete (dir, NULL, NULL);
  }
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  podlift_test_tolerate_snapshot_warning ();

  g_test_add_func ("/podlift/container-page/shows-files", test_shows_files);
  g_test_add_func ("/podlift/container-page/typing-updates-model", test_typing_updates_model);
  g_test_add_func ("/podlift/container-page/model-updates-buffer", test_model_updates_buffer);
  g_test_add_func ("/podlift/container-page/edits-options", test_edits_options);
  g_test_add_func ("/podlift/container-page/rebinds", test_rebinds);
  g_test_add_func ("/podlift/container-page/languages", test_languages);
  g_test_add_func ("/podlift/container-page/dark-style", test_dark_style);
  g_test_add_func ("/podlift/container-page/complete", test_complete);
  g_test_add_func ("/podlift/container-page/live-lint", test_live_lint);
  g_test_add_func ("/podlift/container-page/live-lint-debounce", test_live_lint_debounce);
  g_test_add_func ("/podlift/container-page/fix-and-undo", test_fix_and_undo);
  g_test_add_func ("/podlift/container-page/fix-after-unlinted-edit", test_fix_after_unlinted_edit);
  g_test_add_func ("/podlift/container-page/ignore", test_ignore);
  g_test_add_func ("/podlift/container-page/ignore-merges", test_ignore_merges);
  g_test_add_func ("/podlift/container-page/reveal", test_reveal);
  g_test_add_func ("/podlift/container-page/env-files", test_env_files);
  g_test_add_func ("/podlift/container-page/regenerate-asks", test_regenerate_asks);
  g_test_add_func ("/podlift/container-page/regenerate-cancel", test_regenerate_cancel);
  g_test_add_func ("/podlift/container-page/regenerate-without-asking", test_regenerate_without_asking);
  g_test_add_func ("/podlift/container-page/options", test_options);
  g_test_add_func ("/podlift/container-page/save-and-reopen", test_save_and_reopen);

  return g_test_run ();
}
