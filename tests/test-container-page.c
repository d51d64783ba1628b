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

#include "podlift-container-page.h"
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

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/podlift/container-page/shows-files", test_shows_files);
  g_test_add_func ("/podlift/container-page/typing-updates-model", test_typing_updates_model);
  g_test_add_func ("/podlift/container-page/model-updates-buffer", test_model_updates_buffer);
  g_test_add_func ("/podlift/container-page/edits-options", test_edits_options);
  g_test_add_func ("/podlift/container-page/rebinds", test_rebinds);
  g_test_add_func ("/podlift/container-page/languages", test_languages);
  g_test_add_func ("/podlift/container-page/dark-style", test_dark_style);
  g_test_add_func ("/podlift/container-page/complete", test_complete);

  return g_test_run ();
}
