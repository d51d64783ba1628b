/* test-manifests-page.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "podlift-manifests-page.h"
#include "podlift-test-util.h"

static PodliftProject *
create_storefront (void)
{
  PodliftProject *project = podlift_project_new ();

  g_object_set (podlift_project_get_manifests (project),
                "format", PODLIFT_OUTPUT_FORMAT_HELM,
                "namespace", "shop",
                "ingress-enabled", TRUE,
                "ingress-host", "shop.example.com",
                "tls-secret", "shop-example-com-tls",
                "ingress-class", "nginx",
                "ingress-controller", PODLIFT_INGRESS_CONTROLLER_TRAEFIK,
                "replicas", 3,
                "hpa-enabled", TRUE,
                "min-replicas", 3,
                "max-replicas", 12,
                "cpu-target-percent", 65,
                "memory-target-percent", 75,
                "pdb-enabled", TRUE,
                "pdb-min-available", 2,
                "storage-class", "gp3",
                NULL);
  podlift_project_set_dirty (project, FALSE);

  return project;
}

static PodliftProject *
create_billing (void)
{
  PodliftProject *project = podlift_project_new ();

  g_object_set (podlift_project_get_manifests (project),
                "format", PODLIFT_OUTPUT_FORMAT_YAML,
                "namespace", "billing",
                "ingress-enabled", FALSE,
                "ingress-host", "billing.internal.example.com",
                "ingress-controller", PODLIFT_INGRESS_CONTROLLER_AWS_ALB,
                "replicas", 4,
                "hpa-enabled", FALSE,
                "min-replicas", 4,
                "max-replicas", 8,
                "pdb-enabled", FALSE,
                NULL);
  podlift_project_set_dirty (project, FALSE);

  return project;
}

#define TEXT(page, name) \
  gtk_editable_get_text (GTK_EDITABLE (podlift_test_get_widget (page, name)))
#define SELECTED(page, name) \
  adw_combo_row_get_selected (ADW_COMBO_ROW (podlift_test_get_widget (page, name)))
#define ACTIVE(page, name) \
  gtk_switch_get_active (GTK_SWITCH (podlift_test_get_widget (page, name)))
#define VALUE(page, name) \
  gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (podlift_test_get_widget (page, name)))
#define SENSITIVE(page, name) \
  gtk_widget_get_sensitive (podlift_test_get_widget (page, name))

static void
test_shows_answers (void)
{
  PodliftProject *project = create_storefront ();
  GtkWidget *page = g_object_new (PODLIFT_TYPE_MANIFESTS_PAGE, "project", project, NULL);
  GtkWindow *window = podlift_test_show (page, 900, 800);

  g_assert_cmpuint (SELECTED (page, "output-format"), ==, PODLIFT_OUTPUT_FORMAT_HELM);
  g_assert_cmpstr (TEXT (page, "namespace"), ==, "shop");
  g_assert_true (ACTIVE (page, "ingress-enabled"));
  g_assert_cmpstr (TEXT (page, "ingress-host"), ==, "shop.example.com");
  g_assert_cmpstr (TEXT (page, "tls-secret"), ==, "shop-example-com-tls");
  g_assert_cmpstr (TEXT (page, "ingress-class"), ==, "nginx");
  g_assert_cmpuint (SELECTED (page, "ingress-controller"), ==, PODLIFT_INGRESS_CONTROLLER_TRAEFIK);
  g_assert_cmpint (VALUE (page, "replicas"), ==, 3);
  g_assert_true (ACTIVE (page, "hpa-enabled"));
  g_assert_cmpint (VALUE (page, "min-replicas"), ==, 3);
  g_assert_cmpint (VALUE (page, "max-replicas"), ==, 12);
  g_assert_cmpint (VALUE (page, "cpu-target"), ==, 65);
  g_assert_cmpint (VALUE (page, "memory-target"), ==, 75);
  g_assert_true (ACTIVE (page, "pdb-enabled"));
  g_assert_cmpint (VALUE (page, "pdb-min-available"), ==, 2);
  g_assert_cmpstr (TEXT (page, "storage-class"), ==, "gp3");

  /* The rows show translated labels, not the enum nicks. */
  {
    AdwComboRow *row = ADW_COMBO_ROW (podlift_test_get_widget (page, "ingress-controller"));
    GtkExpression *expression = adw_combo_row_get_expression (row);
    gpointer item = adw_combo_row_get_selected_item (row);
    g_auto(GValue) value = G_VALUE_INIT;

    g_assert_nonnull (expression);
    g_assert_nonnull (item);
    g_assert_true (gtk_expression_evaluate (expression, item, &value));
    g_assert_cmpstr (g_value_get_string (&value), ==, "Traefik");
  }

  g_assert_false (podlift_project_get_dirty (project));

  gtk_window_destroy (window);
  g_assert_finalize_object (project);
}

static void
test_edits_model (void)
{
  PodliftProject *project = create_storefront ();
  PodliftManifestSet *manifests = podlift_project_get_manifests (project);
  GtkWidget *page = g_object_new (PODLIFT_TYPE_MANIFESTS_PAGE, "project", project, NULL);
  GtkWindow *window = podlift_test_show (page, 900, 800);

  gtk_editable_set_text (GTK_EDITABLE (podlift_test_get_widget (page, "ingress-host")),
                         "www.shop.example.com");
  g_assert_cmpstr (podlift_manifest_set_get_ingress_host (manifests), ==, "www.shop.example.com");
  g_assert_true (podlift_project_get_dirty (project));

  podlift_project_set_dirty (project, FALSE);
  adw_combo_row_set_selected (ADW_COMBO_ROW (podlift_test_get_widget (page, "ingress-controller")),
                              PODLIFT_INGRESS_CONTROLLER_NGINX);
  g_assert_cmpint (podlift_manifest_set_get_ingress_controller (manifests), ==,
                   PODLIFT_INGRESS_CONTROLLER_NGINX);
  g_assert_true (podlift_project_get_dirty (project));

  adw_combo_row_set_selected (ADW_COMBO_ROW (podlift_test_get_widget (page, "output-format")),
                              PODLIFT_OUTPUT_FORMAT_KUSTOMIZE);
  g_assert_cmpint (podlift_manifest_set_get_format (manifests), ==, PODLIFT_OUTPUT_FORMAT_KUSTOMIZE);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (podlift_test_get_widget (page, "max-replicas")), 20);
  g_assert_cmpuint (podlift_manifest_set_get_max_replicas (manifests), ==, 20);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (podlift_test_get_widget (page, "pdb-min-available")), 1);
  g_assert_cmpuint (podlift_manifest_set_get_pdb_min_available (manifests), ==, 1);

  gtk_editable_set_text (GTK_EDITABLE (podlift_test_get_widget (page, "storage-class")), "");
  g_assert_null (podlift_manifest_set_get_storage_class (manifests));

  gtk_editable_set_text (GTK_EDITABLE (podlift_test_get_widget (page, "namespace")), "shop-prod");
  g_assert_cmpstr (podlift_manifest_set_get_namespace (manifests), ==, "shop-prod");

  gtk_window_destroy (window);
  g_assert_finalize_object (project);
}

static void
test_hpa_off_disables_bounds (void)
{
  PodliftProject *project = create_storefront ();
  PodliftManifestSet *manifests = podlift_project_get_manifests (project);
  GtkWidget *page = g_object_new (PODLIFT_TYPE_MANIFESTS_PAGE, "project", project, NULL);
  GtkWindow *window = podlift_test_show (page, 900, 800);

  g_assert_true (SENSITIVE (page, "min-replicas-row"));
  g_assert_true (SENSITIVE (page, "max-replicas-row"));

  gtk_switch_set_active (GTK_SWITCH (podlift_test_get_widget (page, "hpa-enabled")), FALSE);
  g_assert_false (podlift_manifest_set_get_hpa_enabled (manifests));
  g_assert_true (podlift_project_get_dirty (project));

  g_assert_false (SENSITIVE (page, "min-replicas-row"));
  g_assert_false (SENSITIVE (page, "max-replicas-row"));
  g_assert_false (SENSITIVE (page, "cpu-target-row"));
  g_assert_false (SENSITIVE (page, "memory-target-row"));
  g_assert_false (gtk_widget_is_sensitive (podlift_test_get_widget (page, "min-replicas")));
  g_assert_true (SENSITIVE (page, "replicas"));

  /* The model can turn it back on too. */
  podlift_manifest_set_set_hpa_enabled (manifests, TRUE);
  g_assert_true (SENSITIVE (page, "min-replicas-row"));

  /* The same holds for the Ingress and the disruption budget. */
  gtk_switch_set_active (GTK_SWITCH (podlift_test_get_widget (page, "ingress-enabled")), FALSE);
  g_assert_false (podlift_manifest_set_get_ingress_enabled (manifests));
  g_assert_false (SENSITIVE (page, "ingress-host"));
  gtk_switch_set_active (GTK_SWITCH (podlift_test_get_widget (page, "pdb-enabled")), FALSE);
  g_assert_false (podlift_manifest_set_get_pdb_enabled (manifests));
  g_assert_false (SENSITIVE (page, "pdb-min-available-row"));

  gtk_window_destroy (window);
  g_assert_finalize_object (project);
}

static void
test_rebinds (void)
{
  PodliftProject *storefront = create_storefront ();
  PodliftProject *billing = create_billing ();
  GtkWidget *page = g_object_new (PODLIFT_TYPE_MANIFESTS_PAGE, "project", storefront, NULL);
  GtkWindow *window = podlift_test_show (page, 900, 800);

  podlift_page_set_project (PODLIFT_PAGE (page), billing);
  podlift_test_iterate ();

  g_assert_cmpuint (SELECTED (page, "output-format"), ==, PODLIFT_OUTPUT_FORMAT_YAML);
  g_assert_cmpstr (TEXT (page, "namespace"), ==, "billing");
  g_assert_false (ACTIVE (page, "ingress-enabled"));
  g_assert_cmpstr (TEXT (page, "ingress-host"), ==, "billing.internal.example.com");
  g_assert_cmpstr (TEXT (page, "tls-secret"), ==, "");
  g_assert_cmpuint (SELECTED (page, "ingress-controller"), ==, PODLIFT_INGRESS_CONTROLLER_AWS_ALB);
  g_assert_cmpint (VALUE (page, "replicas"), ==, 4);
  g_assert_false (ACTIVE (page, "hpa-enabled"));
  g_assert_false (SENSITIVE (page, "max-replicas-row"));
  g_assert_cmpint (VALUE (page, "max-replicas"), ==, 8);
  g_assert_false (ACTIVE (page, "pdb-enabled"));
  g_assert_cmpstr (TEXT (page, "storage-class"), ==, "");

  g_assert_false (podlift_project_get_dirty (storefront));
  g_assert_false (podlift_project_get_dirty (billing));

  /* Edits go to the new project only. */
  gtk_editable_set_text (GTK_EDITABLE (podlift_test_get_widget (page, "namespace")), "payments");
  g_assert_cmpstr (podlift_manifest_set_get_namespace (podlift_project_get_manifests (billing)),
                   ==, "payments");
  g_assert_cmpstr (podlift_manifest_set_get_namespace (podlift_project_get_manifests (storefront)),
                   ==, "shop");
  g_assert_false (podlift_project_get_dirty (storefront));

  gtk_window_destroy (window);
  g_assert_finalize_object (storefront);
  g_assert_finalize_object (billing);
}

static void
test_complete (void)
{
  PodliftProject *project = create_storefront ();
  GtkWidget *page = g_object_new (PODLIFT_TYPE_MANIFESTS_PAGE, "project", project, NULL);
  GtkWindow *window = podlift_test_show (page, 900, 800);

  g_assert_true (podlift_page_get_complete (PODLIFT_PAGE (page)));

  gtk_editable_set_text (GTK_EDITABLE (podlift_test_get_widget (page, "namespace")), "");
  g_assert_false (podlift_page_get_complete (PODLIFT_PAGE (page)));

  gtk_editable_set_text (GTK_EDITABLE (podlift_test_get_widget (page, "namespace")), "shop");
  g_assert_true (podlift_page_get_complete (PODLIFT_PAGE (page)));

  /* A budget that needs every replica would stall every drain. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (podlift_test_get_widget (page, "pdb-min-available")), 3);
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

  g_test_add_func ("/podlift/manifests-page/shows-answers", test_shows_answers);
  g_test_add_func ("/podlift/manifests-page/edits-model", test_edits_model);
  g_test_add_func ("/podlift/manifests-page/hpa-off-disables-bounds", test_hpa_off_disables_bounds);
  g_test_add_func ("/podlift/manifests-page/rebinds", test_rebinds);
  g_test_add_func ("/podlift/manifests-page/complete", test_complete);

  return g_test_run ();
}
