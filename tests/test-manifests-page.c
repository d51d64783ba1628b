/* test-manifests-page.c
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
#include "podlift-diagnostic.h"
#include "podlift-diagram.h"
#include "podlift-manifest-generator.h"
#include "podlift-manifests-page.h"
#include "podlift-test-util.h"

/* The Manifests step on the example project: the resources list with
 * its switches, the forms changing the YAML, hand edits kept as
 * customisations through save and reopen, Regenerate, the findings and
 * the diagram. The page's debounce is 0, so one iteration of the main
 * loop regenerates. */

static PodliftProject *
load_example (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("PODLIFT_EXAMPLES_DIR"), "shopfront", NULL);
  g_autoptr(GFile) dir = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  PodliftProject *project;

  project = podlift_bundle_load (dir, NULL, &error);
  g_assert_no_error (error);
  podlift_project_set_dirty (project, FALSE);

  return project;
}

static PodliftProject *
create_billing (void)
{
  PodliftProject *project = podlift_project_new ();

  g_object_set (podlift_project_get_profile (project), "name", "Billing", "port", 9000, NULL);
  g_object_set (podlift_project_get_manifests (project),
                "format", PODLIFT_OUTPUT_FORMAT_HELM,
                "namespace", "billing",
                "ingress-enabled", FALSE,
                "ingress-host", "billing.internal.example.com",
                "ingress-controller", PODLIFT_INGRESS_CONTROLLER_AWS_ALB,
                "replicas", 4,
                "hpa-enabled", FALSE,
                "pdb-enabled", FALSE,
                NULL);
  podlift_project_set_dirty (project, FALSE);

  return project;
}

static GtkWidget *
create_page (PodliftProject *project)
{
  return g_object_new (PODLIFT_TYPE_MANIFESTS_PAGE,
                       "debounce-ms", 0,
                       "project", project,
                       NULL);
}

static GtkTextBuffer *
get_buffer (GtkWidget *page)
{
  return gtk_text_view_get_buffer (GTK_TEXT_VIEW (podlift_test_get_widget (page, "preview-view")));
}

static int
spin_value (GtkWidget  *page,
            const char *name)
{
  return gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (podlift_test_get_widget (page, name)));
}

static const char *
visible_view (GtkWidget *page)
{
  return adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (podlift_test_get_widget (page, "view-stack")));
}

static char *
dup_preview (GtkWidget *page)
{
  GtkTextBuffer *buffer = get_buffer (page);
  GtkTextIter begin, end;

  gtk_text_buffer_get_bounds (buffer, &begin, &end);

  return gtk_text_buffer_get_text (buffer, &begin, &end, TRUE);
}

static gboolean
preview_contains (GtkWidget  *page,
                  const char *text)
{
  g_autofree char *preview = dup_preview (page);

  return strstr (preview, text) != NULL;
}

/* Types @text at the start of line @line (from 0) of the preview. */
static void
type_at_line (GtkWidget  *page,
              int         line,
              const char *text)
{
  GtkTextBuffer *buffer = get_buffer (page);
  GtkTextIter where;

  gtk_text_buffer_get_iter_at_line (buffer, &where, line);
  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_insert (buffer, &where, text, -1);
  gtk_text_buffer_end_user_action (buffer);
}

static void
set_preview (GtkWidget  *page,
             const char *text)
{
  GtkTextBuffer *buffer = get_buffer (page);
  GtkTextIter begin, end;

  /* As a paste over the whole text would. */
  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_get_bounds (buffer, &begin, &end);
  gtk_text_buffer_delete (buffer, &begin, &end);
  gtk_text_buffer_insert (buffer, &begin, text, -1);
  gtk_text_buffer_end_user_action (buffer);
}

static GtkWidget *
get_row (GtkWidget  *page,
         const char *id)
{
  return podlift_test_get_widget (podlift_test_get_widget (page, "resources"), id);
}

static void
select_resource (GtkWidget  *page,
                 const char *id)
{
  gtk_list_box_select_row (GTK_LIST_BOX (podlift_test_get_widget (page, "resources")),
                           GTK_LIST_BOX_ROW (get_row (page, id)));
  podlift_test_iterate ();
}

static const char *
selected_id (GtkWidget *page)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (GTK_LIST_BOX (podlift_test_get_widget (page, "resources")));

  return row != NULL ? gtk_widget_get_name (GTK_WIDGET (row)) : NULL;
}

static gboolean
is_visible (GtkWidget  *root,
            const char *name)
{
  return gtk_widget_get_visible (podlift_test_get_widget (root, name));
}

static const char *
form_shown (GtkWidget *page)
{
  return gtk_stack_get_visible_child_name (GTK_STACK (podlift_test_get_widget (page, "form-stack")));
}

static void
test_lists_resources (void)
{
  PodliftProject *project = load_example ();
  g_autoptr(GPtrArray) manifests = podlift_manifests_generate (project);
  GtkWidget *page = create_page (project);
  GtkWindow *window = podlift_test_show (page, 1100, 800);
  GtkWidget *list = podlift_test_get_widget (page, "resources");
  PodliftManifest *deployment = podlift_manifests_find (manifests, "deployment");
  g_autofree char *preview = NULL;

  g_assert_cmpuint (podlift_test_count_rows (list), ==, manifests->len);
  g_assert_cmpuint (manifests->len, >=, 10);

  for (guint i = 0; i < manifests->len; i++)
    {
      PodliftManifest *manifest = g_ptr_array_index (manifests, i);
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), i);
      GtkWidget *toggle = podlift_test_find_widget (GTK_WIDGET (row), "enabled");

      g_assert_cmpstr (gtk_widget_get_name (GTK_WIDGET (row)), ==, podlift_manifest_get_id (manifest));
      /* A switch on the optional resources only, showing whether they are written. */
      g_assert_cmpint (toggle != NULL, ==, podlift_manifest_get_optional (manifest));
      if (toggle != NULL)
        g_assert_cmpint (gtk_switch_get_active (GTK_SWITCH (toggle)), ==, podlift_manifest_get_enabled (manifest));
    }
  g_assert_null (podlift_test_find_widget (get_row (page, "deployment"), "enabled"));
  g_assert_nonnull (podlift_test_find_widget (get_row (page, "horizontalpodautoscaler"), "enabled"));

  /* The workload is shown first, with its YAML. */
  g_assert_cmpstr (selected_id (page), ==, "deployment");
  g_assert_cmpstr (form_shown (page), ==, "workload");
  preview = dup_preview (page);
  g_assert_cmpstr (preview, ==, podlift_manifest_get_text (deployment));
  /* Where it goes in the chosen layout, here Kustomize's. */
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (podlift_test_get_widget (page, "preview-title"))),
                   ==, "base/deployment.yaml");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (podlift_test_get_widget (page, "output-format")),
                              PODLIFT_OUTPUT_FORMAT_HELM);
  g_assert_cmpint (podlift_manifest_set_get_format (podlift_project_get_manifests (project)),
                   ==, PODLIFT_OUTPUT_FORMAT_HELM);
  podlift_test_iterate ();
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (podlift_test_get_widget (page, "preview-title"))),
                   ==, "templates/deployment.yaml");
  podlift_manifest_set_set_format (podlift_project_get_manifests (project), PODLIFT_OUTPUT_FORMAT_KUSTOMIZE);
  podlift_project_set_dirty (project, FALSE);
  podlift_test_iterate ();
  g_assert_false (is_visible (page, "customised-label"));

  /* Opening the step changes nothing. */
  g_assert_false (podlift_project_get_dirty (project));

  gtk_window_destroy (window);
  g_assert_finalize_object (project);
}

static void
test_hpa_switch (void)
{
  PodliftProject *project = load_example ();
  PodliftManifestSet *set = podlift_project_get_manifests (project);
  GtkWidget *page = create_page (project);
  GtkWindow *window = podlift_test_show (page, 1100, 800);
  GtkWidget *toggle = podlift_test_get_widget (get_row (page, "horizontalpodautoscaler"), "enabled");

  /* While the autoscaler runs, the Deployment leaves the count to it. */
  g_assert_true (podlift_manifest_set_get_hpa_enabled (set));
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (toggle)));
  g_assert_false (preview_contains (page, "\n  replicas:"));
  g_assert_false (gtk_widget_get_sensitive (podlift_test_get_widget (page, "replicas-row")));

  gtk_switch_set_active (GTK_SWITCH (toggle), FALSE);
  g_assert_false (podlift_manifest_set_get_hpa_enabled (set));
  g_assert_true (podlift_project_get_dirty (project));
  podlift_test_iterate ();

  g_assert_true (preview_contains (page, "\n  replicas: 3\n"));
  g_assert_true (gtk_widget_get_sensitive (podlift_test_get_widget (page, "replicas-row")));

  /* The switched-off resource is still listed, its form kept but inactive. */
  select_resource (page, "horizontalpodautoscaler");
  g_assert_cmpstr (form_shown (page), ==, "autoscaler");
  g_assert_false (gtk_widget_get_sensitive (podlift_test_get_widget (page, "form-stack")));
  g_assert_true (is_visible (page, "switched-off-label"));

  /* The model turns it back on too. */
  podlift_manifest_set_set_hpa_enabled (set, TRUE);
  podlift_test_iterate ();
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (toggle)));
  g_assert_true (gtk_widget_get_sensitive (podlift_test_get_widget (page, "form-stack")));
  g_assert_false (is_visible (page, "switched-off-label"));

  gtk_window_destroy (window);
  g_assert_finalize_object (project);
}

static void
test_switch_off_job (void)
{
  PodliftProject *project = load_example ();
  PodliftManifestSet *set = podlift_project_get_manifests (project);
  GtkWidget *page = create_page (project);
  GtkWindow *window = podlift_test_show (page, 1100, 800);
  GtkWidget *toggle = podlift_test_get_widget (get_row (page, "cronjob-nightly-maintenance"), "enabled");

  g_assert_true (podlift_manifest_set_get_resource_enabled (set, "cronjob-nightly-maintenance"));
  gtk_switch_set_active (GTK_SWITCH (toggle), FALSE);
  g_assert_false (podlift_manifest_set_get_resource_enabled (set, "cronjob-nightly-maintenance"));
  g_assert_true (g_strv_contains (podlift_manifest_set_get_disabled_resources (set),
                                  "cronjob-nightly-maintenance"));

  /* Its form shows the command and schedule from the answers. */
  select_resource (page, "cronjob-nightly-maintenance");
  g_assert_cmpstr (form_shown (page), ==, "job");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (podlift_test_get_widget (page, "job-schedule"))),
                   ==, "30 2 * * *");
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (podlift_test_get_widget (page, "job-command"))),
                            "clearsessions"));

  gtk_window_destroy (window);
  g_assert_finalize_object (project);
}

static void
test_replicas_spin (void)
{
  PodliftProject *project = load_example ();
  PodliftManifestSet *set = podlift_project_get_manifests (project);
  GtkWidget *page = NULL;
  GtkWindow *window;

  podlift_manifest_set_set_hpa_enabled (set, FALSE);
  page = create_page (project);
  window = podlift_test_show (page, 1100, 800);

  g_assert_true (preview_contains (page, "\n  replicas: 3\n"));

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (podlift_test_get_widget (page, "replicas")), 5);
  g_assert_cmpuint (podlift_manifest_set_get_replicas (set), ==, 5);
  podlift_test_iterate ();

  g_assert_true (preview_contains (page, "\n  replicas: 5\n"));
  g_assert_false (preview_contains (page, "replicas: 3"));
  /* A new generation is no edit of the user's. */
  g_assert_null (podlift_manifest_set_get_customisation (set, "deployment"));

  gtk_window_destroy (window);
  g_assert_finalize_object (project);
}

static void
test_sizing_and_knowledge (void)
{
  PodliftProject *project = load_example ();
  PodliftManifestSet *set = podlift_project_get_manifests (project);
  GtkWidget *page = create_page (project);
  GtkWindow *window = podlift_test_show (page, 1100, 800);
  AdwActionRow *cpu_row = ADW_ACTION_ROW (podlift_test_get_widget (page, "cpu-request-row"));

  /* 0 takes the sizing answers' figure, which the row shows. */
  g_assert_cmpint (spin_value (page, "cpu-request"), ==, 0);
  g_assert_true (preview_contains (page, "cpu: 1200m"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (cpu_row), "1200m"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (cpu_row), "sizing"));

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (podlift_test_get_widget (page, "cpu-request")), 500);
  g_assert_cmpuint (podlift_manifest_set_get_cpu_request_millicores (set), ==, 500);
  podlift_test_iterate ();
  g_assert_true (preview_contains (page, "cpu: 500m"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (cpu_row), "500m"));

  /* What the Knowledge step answered, read-only. */
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (podlift_test_get_widget (page, "port"))), ==, "8000");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (podlift_test_get_widget (page, "liveness-path"))), ==, "/healthz");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (podlift_test_get_widget (page, "readiness-path"))), ==, "/readyz");

  gtk_window_destroy (window);
  g_assert_finalize_object (project);
}

static void
test_ingress_host (void)
{
  PodliftProject *project = load_example ();
  PodliftManifestSet *set = podlift_project_get_manifests (project);
  GtkWidget *page = create_page (project);
  GtkWindow *window = podlift_test_show (page, 1100, 800);

  select_resource (page, "ingress");
  g_assert_cmpstr (form_shown (page), ==, "ingress");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (podlift_test_get_widget (page, "preview-title"))),
                   ==, "base/ingress.yaml");
  g_assert_true (preview_contains (page, "host: shop.example.com"));

  gtk_editable_set_text (GTK_EDITABLE (podlift_test_get_widget (page, "ingress-host")), "www.shop.example.com");
  g_assert_cmpstr (podlift_manifest_set_get_ingress_host (set), ==, "www.shop.example.com");
  podlift_test_iterate ();

  g_assert_true (preview_contains (page, "host: www.shop.example.com"));
  g_assert_false (preview_contains (page, "host: shop.example.com"));

  /* The controller decides the sticky-session annotations. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (podlift_test_get_widget (page, "ingress-controller")),
                              PODLIFT_INGRESS_CONTROLLER_TRAEFIK);
  g_assert_cmpint (podlift_manifest_set_get_ingress_controller (set), ==, PODLIFT_INGRESS_CONTROLLER_TRAEFIK);
  podlift_test_iterate ();
  g_assert_false (preview_contains (page, "nginx.ingress.kubernetes.io"));

  gtk_window_destroy (window);
  g_assert_finalize_object (project);
}

/* Whether the keys list shows each key of the resource's @member, and
 * each value when @values. */
static void
assert_keys (GtkWidget       *page,
             PodliftManifest *manifest,
             const char      *member,
             gboolean         values)
{
  JsonObject *data = json_object_get_object_member (json_node_get_object (podlift_manifest_get_document (manifest)),
                                                    member);
  GtkWidget *keys = podlift_test_get_widget (page, "keys");
  g_autoptr(GList) members = json_object_get_members (data);

  /* A row a key, and one that leads to the Knowledge step. */
  g_assert_cmpuint (podlift_test_count_rows (keys), ==, g_list_length (members) + 1);
  g_assert_nonnull (podlift_test_find_widget (keys, "knowledge-row"));
  g_assert_cmpuint (g_list_length (members), >, 0);

  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *value = json_object_get_string_member (data, l->data);

      g_assert_nonnull (podlift_test_find_widget (keys, l->data));
      if (*value != '\0')
        g_assert_cmpint (podlift_test_has_label (keys, value), ==, values);
    }
}

static void
test_keys (void)
{
  PodliftProject *project = load_example ();
  g_autoptr(GPtrArray) manifests = podlift_manifests_generate (project);
  GtkWidget *page = create_page (project);
  GtkWindow *window = podlift_test_show (page, 1100, 800);

  select_resource (page, "configmap");
  g_assert_cmpstr (form_shown (page), ==, "keys");
  assert_keys (page, podlift_manifests_find (manifests, "configmap"), "data", TRUE);

  /* The values of secrets are never shown, not even the placeholders. */
  select_resource (page, "secret");
  g_assert_cmpstr (form_shown (page), ==, "keys");
  assert_keys (page, podlift_manifests_find (manifests, "secret"), "stringData", FALSE);

  gtk_window_destroy (window);
  g_assert_finalize_object (project);
}

static void
remove_dir (const char *path)
{
  g_autofree char *command = g_strdup_printf ("rm -rf '%s'", path);

  g_assert_cmpint (system (command), ==, 0);
}

static void
test_hand_edit_survives (void)
{
  PodliftProject *project = load_example ();
  PodliftManifestSet *set = podlift_project_get_manifests (project);
  GtkWidget *page = create_page (project);
  GtkWindow *window = podlift_test_show (page, 1100, 800);
  PodliftProject *reopened;
  GtkWidget *reopened_page;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *edited = NULL;
  g_autofree char *shown = NULL;
  g_autoptr(GFile) dir = NULL;

  select_resource (page, "service");
  type_at_line (page, 1, "# Reached by the Ingress only\n");
  edited = dup_preview (page);
  podlift_test_iterate ();

  /* The edit is the resource's customisation, marked as such. */
  g_assert_cmpstr (podlift_manifest_set_get_customisation (set, "service"), ==, edited);
  g_assert_true (podlift_project_get_dirty (project));
  g_assert_true (is_visible (page, "customised-label"));
  g_assert_true (is_visible (get_row (page, "service"), "customised"));
  g_assert_false (is_visible (get_row (page, "deployment"), "customised"));

  /* A change of the answers never overwrites it, and says so. */
  gtk_editable_set_text (GTK_EDITABLE (podlift_test_get_widget (page, "namespace")), "shop");
  podlift_test_iterate ();
  shown = dup_preview (page);
  g_assert_cmpstr (shown, ==, edited);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (podlift_test_get_widget (page, "generated-changed"))));
  gtk_editable_set_text (GTK_EDITABLE (podlift_test_get_widget (page, "namespace")), "shopfront");
  podlift_test_iterate ();

  path = g_dir_make_tmp ("podlift-manifests-page-XXXXXX", &error);
  g_assert_no_error (error);
  dir = g_file_new_for_path (path);
  g_assert_true (podlift_bundle_save (project, dir, NULL, &error));
  g_assert_no_error (error);
  reopened = podlift_bundle_load (dir, NULL, &error);
  g_assert_no_error (error);

  g_assert_cmpstr (podlift_manifest_set_get_customisation (podlift_project_get_manifests (reopened), "service"),
                   ==, edited);

  /* A new page on the reopened bundle shows the edit, marked. */
  gtk_window_destroy (window);
  reopened_page = create_page (reopened);
  window = podlift_test_show (reopened_page, 1100, 800);
  select_resource (reopened_page, "service");
  g_clear_pointer (&shown, g_free);
  shown = dup_preview (reopened_page);
  g_assert_cmpstr (shown, ==, edited);
  g_assert_true (is_visible (reopened_page, "customised-label"));
  g_assert_true (is_visible (get_row (reopened_page, "service"), "customised"));
  /* Opening is not an edit to undo. */
  g_assert_false (gtk_text_buffer_get_can_undo (get_buffer (reopened_page)));

  gtk_window_destroy (window);
  g_assert_finalize_object (project);
  g_assert_finalize_object (reopened);
  remove_dir (path);
}

static void
test_edit_back_drops (void)
{
  PodliftProject *project = load_example ();
  PodliftManifestSet *set = podlift_project_get_manifests (project);
  GtkWidget *page = create_page (project);
  GtkWindow *window = podlift_test_show (page, 1100, 800);
  g_autofree char *generated = NULL;

  select_resource (page, "poddisruptionbudget");
  generated = dup_preview (page);

  type_at_line (page, 0, "# hand\n");
  podlift_test_iterate ();
  g_assert_nonnull (podlift_manifest_set_get_customisation (set, "poddisruptionbudget"));

  /* Typed back to the generated text, it is no edit any more. */
  set_preview (page, generated);
  podlift_test_iterate ();
  g_assert_null (podlift_manifest_set_get_customisation (set, "poddisruptionbudget"));
  g_assert_false (is_visible (page, "customised-label"));

  gtk_window_destroy (window);
  g_assert_finalize_object (project);
}

static AdwMessageDialog *
find_dialog (void)
{
  GtkWindow *dialog = podlift_test_find_dialog ();

  return dialog != NULL ? ADW_MESSAGE_DIALOG (dialog) : NULL;
}

static char *
dup_diff (AdwMessageDialog *dialog)
{
  GtkWidget *view = podlift_test_get_widget (adw_message_dialog_get_extra_child (dialog), "diff-view");
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter begin, end;

  gtk_text_buffer_get_bounds (buffer, &begin, &end);

  return gtk_text_buffer_get_text (buffer, &begin, &end, TRUE);
}

static void
test_regenerate (void)
{
  PodliftProject *project = load_example ();
  PodliftManifestSet *set = podlift_project_get_manifests (project);
  GtkWidget *page = create_page (project);
  GtkWindow *window = podlift_test_show (page, 1100, 800);
  AdwMessageDialog *dialog;
  g_autofree char *generated = NULL;
  g_autofree char *diff = NULL;
  g_autofree char *shown = NULL;

  select_resource (page, "service");
  generated = dup_preview (page);
  type_at_line (page, 1, "# mine\n");
  podlift_test_iterate ();
  g_assert_nonnull (podlift_manifest_set_get_customisation (set, "service"));

  /* Regenerate asks, showing the difference; Cancel keeps the edit. */
  g_assert_true (gtk_widget_activate_action (page, "manifests.regenerate", NULL));
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  diff = dup_diff (dialog);
  g_assert_nonnull (strstr (diff, "-# mine"));
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  podlift_test_iterate ();
  g_assert_nonnull (podlift_manifest_set_get_customisation (set, "service"));

  g_assert_true (gtk_widget_activate_action (page, "manifests.regenerate", NULL));
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "replace");
  gtk_window_destroy (GTK_WINDOW (dialog));
  podlift_test_iterate ();

  g_assert_null (podlift_manifest_set_get_customisation (set, "service"));
  shown = dup_preview (page);
  g_assert_cmpstr (shown, ==, generated);
  g_assert_false (is_visible (page, "customised-label"));
  g_assert_false (is_visible (get_row (page, "service"), "customised"));

  gtk_window_destroy (window);
  g_assert_finalize_object (project);
}

/* The deployment's text without its resources: block. */
static char *
remove_resources (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autoptr(GString) out = g_string_new (NULL);
  gsize indent = 0;
  gboolean skipping = FALSE;

  for (guint i = 0; lines [i] != NULL; i++)
    {
      gsize spaces = strspn (lines [i], " ");

      if (skipping && spaces > indent)
        continue;
      skipping = g_str_has_prefix (lines [i] + spaces, "resources:");
      indent = spaces;
      if (skipping)
        continue;

      g_string_append (out, lines [i]);
      if (lines [i + 1] != NULL)
        g_string_append_c (out, '\n');
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static GtkWidget *
find_finding_row (GtkWidget  *page,
                  const char *code)
{
  return podlift_test_find_widget (podlift_test_get_widget (page, "findings"), code);
}

static void
test_findings (void)
{
  PodliftProject *project = load_example ();
  PodliftManifestSet *set = podlift_project_get_manifests (project);
  GtkWidget *page = create_page (project);
  GtkWindow *window = podlift_test_show (page, 1100, 800);
  g_autofree char *generated = dup_preview (page);
  g_autofree char *edited = remove_resources (generated);
  g_auto(GStrv) lines = g_strsplit (edited, "\n", -1);
  GtkTextBuffer *buffer = get_buffer (page);
  GtkWidget *row;
  PodliftDiagnostic *diagnostic;
  GtkTextIter cursor;
  guint line;

  g_assert_cmpstr (selected_id (page), ==, "deployment");
  g_assert_null (find_finding_row (page, "container-resources"));
  g_assert_null (strstr (edited, "resources:"));

  set_preview (page, edited);
  podlift_test_iterate ();
  g_assert_cmpstr (podlift_manifest_set_get_customisation (set, "deployment"), ==, edited);

  /* The finding is listed, at the container that lacks them. */
  row = find_finding_row (page, "container-resources");
  g_assert_nonnull (row);
  diagnostic = g_object_get_data (G_OBJECT (row), "podlift-diagnostic");
  line = podlift_diagnostic_get_line (diagnostic);
  g_assert_cmpuint (line, >, 0);
  g_assert_cmpuint (line, <=, g_strv_length (lines));
  g_assert_nonnull (strstr (lines [line - 1], "name: shopfront"));
  g_assert_true (is_visible (get_row (page, "deployment"), "findings"));

  /* Its line is marked in the gutter, and activating the row goes there. */
  {
    GtkTextIter begin, end;
    GSList *marks;

    gtk_text_buffer_get_iter_at_line (buffer, &begin, line - 1);
    end = begin;
    gtk_text_iter_forward_to_line_end (&end);
    marks = gtk_source_buffer_get_source_marks_at_iter (GTK_SOURCE_BUFFER (buffer), &begin, NULL);
    g_assert_nonnull (marks);
    g_slist_free (marks);
  }
  g_signal_emit_by_name (podlift_test_get_widget (page, "findings"), "row-activated", row);
  gtk_text_buffer_get_iter_at_mark (buffer, &cursor, gtk_text_buffer_get_insert (buffer));
  g_assert_cmpint (gtk_text_iter_get_line (&cursor), ==, line - 1);

  gtk_window_destroy (window);
  g_assert_finalize_object (project);
}

/* Clicks the middle of the resource's box: the page draws the diagram
 * scaled to fit, at most 1.5 times, and centred. */
static void
click_resource (GtkWidget  *area,
                const char *id)
{
  GtkWidget *page = gtk_widget_get_ancestor (area, PODLIFT_TYPE_MANIFESTS_PAGE);
  PodliftProject *project = podlift_page_get_project (PODLIFT_PAGE (page));
  g_autoptr(GPtrArray) manifests = podlift_manifests_generate (project);
  g_autoptr(PodliftDiagram) diagram = podlift_diagram_new (manifests);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (area);
  double width, height, scale, sum_x = 0, sum_y = 0;
  guint n = 0;

  podlift_diagram_get_size (diagram, &width, &height);
  for (double y = 0; y < height; y += 4)
    for (double x = 0; x < width; x += 4)
      if (g_strcmp0 (podlift_diagram_hit (diagram, x, y), id) == 0)
        {
          sum_x += x;
          sum_y += y;
          n++;
        }
  g_assert_cmpuint (n, >, 0);

  scale = MIN (1.5, MIN (gtk_widget_get_width (area) / width, gtk_widget_get_height (area) / height));
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_CLICK (controller))
        g_signal_emit_by_name (controller, "pressed", 1,
                               (gtk_widget_get_width (area) - width * scale) / 2 + sum_x / n * scale,
                               (gtk_widget_get_height (area) - height * scale) / 2 + sum_y / n * scale);
    }
  podlift_test_iterate ();
}

static void
test_diagram (void)
{
  PodliftProject *project = load_example ();
  GtkWidget *page = create_page (project);
  GtkWindow *window = podlift_test_show (page, 1100, 800);
  GtkWidget *area = podlift_test_get_widget (page, "diagram");
  g_autoptr(GdkPaintable) paintable = NULL;
  GtkSnapshot *snapshot;
  g_autoptr(GskRenderNode) node = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  guint drawn = 0;
  int width, height;

  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (podlift_test_get_widget (page, "view-stack")), "diagram");
  for (guint i = 0; i < 200 && gtk_widget_get_width (area) == 0; i++)
    {
      podlift_test_iterate ();
      g_usleep (5000);
    }
  width = gtk_widget_get_width (area);
  height = gtk_widget_get_height (area);
  g_assert_cmpint (width, >, 100);
  g_assert_cmpint (height, >, 100);

  /* It draws without a warning, and draws something. */
  paintable = gtk_widget_paintable_new (area);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guchar *line = cairo_image_surface_get_data (surface) + y * cairo_image_surface_get_stride (surface);
        guint32 pixel = ((guint32 *)line) [x];

        drawn += (pixel >> 24) != 0;
      }
  cairo_surface_destroy (surface);
  g_assert_cmpuint (drawn, >, (guint)(width * height / 100));

  /* Clicking a resource opens it in the editor. */
  click_resource (area, "ingress");
  g_assert_cmpstr (visible_view (page), ==, "editor");
  g_assert_cmpstr (selected_id (page), ==, "ingress");
  g_assert_true (preview_contains (page, "kind: Ingress"));

  /* A change of the answers is drawn too. */
  podlift_manifest_set_set_ingress_enabled (podlift_project_get_manifests (project), FALSE);
  podlift_test_iterate ();

  gtk_window_destroy (window);
  g_assert_finalize_object (project);
}

static void
test_rebinds (void)
{
  PodliftProject *example = load_example ();
  PodliftProject *billing = create_billing ();
  GtkWidget *page = create_page (example);
  GtkWindow *window = podlift_test_show (page, 1100, 800);

  select_resource (page, "ingress");
  podlift_page_set_project (PODLIFT_PAGE (page), billing);
  podlift_test_iterate ();

  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (podlift_test_get_widget (page, "output-format"))),
                    ==, PODLIFT_OUTPUT_FORMAT_HELM);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (podlift_test_get_widget (page, "namespace"))), ==, "billing");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (podlift_test_get_widget (page, "ingress-host"))),
                   ==, "billing.internal.example.com");
  /* The same resource stays selected, with the other project's YAML. */
  g_assert_cmpstr (selected_id (page), ==, "ingress");
  g_assert_true (preview_contains (page, "billing.internal.example.com"));
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (podlift_test_get_widget (get_row (page, "ingress"), "enabled"))));
  g_assert_false (podlift_project_get_dirty (example));
  g_assert_false (podlift_project_get_dirty (billing));

  /* Edits go to the new project only. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (podlift_test_get_widget (page, "output-format")),
                              PODLIFT_OUTPUT_FORMAT_KUSTOMIZE);
  g_assert_cmpint (podlift_manifest_set_get_format (podlift_project_get_manifests (billing)), ==,
                   PODLIFT_OUTPUT_FORMAT_KUSTOMIZE);
  g_assert_false (podlift_project_get_dirty (example));

  gtk_window_destroy (window);
  g_assert_finalize_object (example);
  g_assert_finalize_object (billing);
}

static void
test_complete (void)
{
  PodliftProject *project = load_example ();
  GtkWidget *page = create_page (project);
  GtkWindow *window = podlift_test_show (page, 1100, 800);

  g_assert_true (podlift_page_get_complete (PODLIFT_PAGE (page)));

  select_resource (page, "namespace");
  g_assert_cmpstr (form_shown (page), ==, "namespace");
  gtk_editable_set_text (GTK_EDITABLE (podlift_test_get_widget (page, "namespace")), "");
  g_assert_false (podlift_page_get_complete (PODLIFT_PAGE (page)));

  gtk_editable_set_text (GTK_EDITABLE (podlift_test_get_widget (page, "namespace")), "shopfront");
  g_assert_true (podlift_page_get_complete (PODLIFT_PAGE (page)));

  gtk_window_destroy (window);
  g_assert_finalize_object (project);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  podlift_test_tolerate_snapshot_warning ();

  g_test_add_func ("/podlift/manifests-page/lists-resources", test_lists_resources);
  g_test_add_func ("/podlift/manifests-page/hpa-switch", test_hpa_switch);
  g_test_add_func ("/podlift/manifests-page/switch-off-job", test_switch_off_job);
  g_test_add_func ("/podlift/manifests-page/replicas-spin", test_replicas_spin);
  g_test_add_func ("/podlift/manifests-page/sizing-and-knowledge", test_sizing_and_knowledge);
  g_test_add_func ("/podlift/manifests-page/ingress-host", test_ingress_host);
  g_test_add_func ("/podlift/manifests-page/keys", test_keys);
  g_test_add_func ("/podlift/manifests-page/hand-edit-survives", test_hand_edit_survives);
  g_test_add_func ("/podlift/manifests-page/edit-back-drops", test_edit_back_drops);
  g_test_add_func ("/podlift/manifests-page/regenerate", test_regenerate);
  g_test_add_func ("/podlift/manifests-page/findings", test_findings);
  g_test_add_func ("/podlift/manifests-page/diagram", test_diagram);
  g_test_add_func ("/podlift/manifests-page/rebinds", test_rebinds);
  g_test_add_func ("/podlift/manifests-page/complete", test_complete);

  return g_test_run ();
}
