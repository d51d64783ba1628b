/* podlift-manifests-page.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-manifests-page"

#include "config.h"

#include <glib/gi18n.h>

#include "podlift-binding.h"
#include "podlift-enum-types.h"
#include "podlift-manifests-page.h"

/* The Manifests step: forms over PodliftManifestSet, one group per
 * resource family (output, Ingress, scaling, disruption budget, storage),
 * each saying why it matters. */

struct _PodliftManifestsPage
{
  PodliftPage    parent_instance;

  /* Template widgets */
  AdwComboRow   *format_row;
  AdwEntryRow   *namespace_row;
  GtkSwitch     *ingress_switch;
  AdwEntryRow   *host_row;
  AdwEntryRow   *tls_secret_row;
  AdwEntryRow   *ingress_class_row;
  AdwComboRow   *controller_row;
  GtkSpinButton *replicas_spin;
  GtkSwitch     *hpa_switch;
  GtkSpinButton *min_replicas_spin;
  GtkSpinButton *max_replicas_spin;
  GtkSpinButton *cpu_target_spin;
  GtkSpinButton *memory_target_spin;
  GtkSwitch     *pdb_switch;
  GtkSpinButton *pdb_min_available_spin;
  AdwEntryRow   *storage_class_row;

  /* Owned */
  GBindingGroup *manifests_bindings;
};

G_DEFINE_FINAL_TYPE (PodliftManifestsPage, podlift_manifests_page, PODLIFT_TYPE_PAGE)

static char *
output_format_label (AdwEnumListItem *item,
                     gpointer         user_data)
{
  g_assert (ADW_IS_ENUM_LIST_ITEM (item));

  switch ((PodliftOutputFormat)adw_enum_list_item_get_value (item))
    {
    case PODLIFT_OUTPUT_FORMAT_YAML:
      return g_strdup (_("Plain YAML"));

    case PODLIFT_OUTPUT_FORMAT_KUSTOMIZE:
      /* Translators: a Kustomize base directory and one overlay per environment */
      return g_strdup (_("Kustomize (base and overlays)"));

    case PODLIFT_OUTPUT_FORMAT_HELM:
      return g_strdup (_("Helm chart"));

    default:
      return g_strdup (adw_enum_list_item_get_nick (item));
    }
}

static char *
ingress_controller_label (AdwEnumListItem *item,
                          gpointer         user_data)
{
  g_assert (ADW_IS_ENUM_LIST_ITEM (item));

  /* Product names stay as their makers write them. */
  switch ((PodliftIngressController)adw_enum_list_item_get_value (item))
    {
    case PODLIFT_INGRESS_CONTROLLER_NONE:
      /* Translators: no controller; "ClientIP affinity" is a Kubernetes setting */
      return g_strdup (_("None (Service ClientIP affinity)"));

    case PODLIFT_INGRESS_CONTROLLER_NGINX:
      return g_strdup ("ingress-nginx");

    case PODLIFT_INGRESS_CONTROLLER_AWS_ALB:
      return g_strdup ("AWS Load Balancer Controller");

    case PODLIFT_INGRESS_CONTROLLER_GKE:
      return g_strdup ("GKE Ingress");

    case PODLIFT_INGRESS_CONTROLLER_TRAEFIK:
      return g_strdup ("Traefik");

    default:
      return g_strdup (adw_enum_list_item_get_nick (item));
    }
}

/* The popover of an AdwComboRow cuts its labels at 20 characters, too
 * short for "AWS Load Balancer Controller": this list factory shows them
 * whole, with the check mark on the selected one. */
static void
list_item_update_check (GtkListItem *list_item,
                        GParamSpec  *pspec,
                        AdwComboRow *row)
{
  GtkWidget *check;

  g_assert (GTK_IS_LIST_ITEM (list_item));
  g_assert (ADW_IS_COMBO_ROW (row));

  check = gtk_widget_get_last_child (gtk_list_item_get_child (list_item));
  gtk_widget_set_opacity (check,
                          adw_combo_row_get_selected_item (row) == gtk_list_item_get_item (list_item));
}

static void
list_item_setup_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    AdwComboRow              *row)
{
  GtkWidget *box;
  GtkWidget *label;

  g_assert (GTK_IS_LIST_ITEM (list_item));

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name ("object-select-symbolic"));
  gtk_list_item_set_child (list_item, box);
}

static void
list_item_bind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   AdwComboRow              *row)
{
  g_auto(GValue) value = G_VALUE_INIT;
  GtkWidget *label;
  gulong handler;

  g_assert (GTK_IS_LIST_ITEM (list_item));
  g_assert (ADW_IS_COMBO_ROW (row));

  label = gtk_widget_get_first_child (gtk_list_item_get_child (list_item));
  if (gtk_expression_evaluate (adw_combo_row_get_expression (row),
                               gtk_list_item_get_item (list_item),
                               &value))
    gtk_label_set_label (GTK_LABEL (label), g_value_get_string (&value));

  handler = g_signal_connect_object (row,
                                     "notify::selected-item",
                                     G_CALLBACK (list_item_update_check),
                                     list_item,
                                     G_CONNECT_SWAPPED);
  g_object_set_data (G_OBJECT (list_item), "podlift-check-handler", GSIZE_TO_POINTER (handler));
  list_item_update_check (list_item, NULL, row);
}

static void
list_item_unbind_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item,
                     AdwComboRow              *row)
{
  gulong handler;

  g_assert (GTK_IS_LIST_ITEM (list_item));
  g_assert (ADW_IS_COMBO_ROW (row));

  handler = GPOINTER_TO_SIZE (g_object_steal_data (G_OBJECT (list_item), "podlift-check-handler"));
  g_clear_signal_handler (&handler, row);
}

static void
setup_enum_row (AdwComboRow *row,
                GType        enum_type,
                GCallback    label_func)
{
  g_autoptr(AdwEnumListModel) model = adw_enum_list_model_new (enum_type);
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_assert (ADW_IS_COMBO_ROW (row));

  adw_combo_row_set_model (row, G_LIST_MODEL (model));
  adw_combo_row_set_expression (row,
                                gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                             label_func, NULL, NULL));

  g_signal_connect (factory, "setup", G_CALLBACK (list_item_setup_cb), row);
  g_signal_connect (factory, "bind", G_CALLBACK (list_item_bind_cb), row);
  g_signal_connect (factory, "unbind", G_CALLBACK (list_item_unbind_cb), row);
  adw_combo_row_set_list_factory (row, factory);
}

static void
podlift_manifests_page_project_set (PodliftPage    *page,
                                    PodliftProject *project)
{
  PodliftManifestsPage *self = PODLIFT_MANIFESTS_PAGE (page);

  g_assert (PODLIFT_IS_MANIFESTS_PAGE (self));
  g_assert (!project || PODLIFT_IS_PROJECT (project));

  g_binding_group_set_source (self->manifests_bindings,
                              project ? podlift_project_get_manifests (project) : NULL);
}

static void
podlift_manifests_page_dispose (GObject *object)
{
  PodliftManifestsPage *self = (PodliftManifestsPage *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PODLIFT_TYPE_MANIFESTS_PAGE);

  g_clear_object (&self->manifests_bindings);

  G_OBJECT_CLASS (podlift_manifests_page_parent_class)->dispose (object);
}

static void
podlift_manifests_page_class_init (PodliftManifestsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PodliftPageClass *page_class = PODLIFT_PAGE_CLASS (klass);

  object_class->dispose = podlift_manifests_page_dispose;

  page_class->project_set = podlift_manifests_page_project_set;

  gtk_widget_class_set_template_from_resource (widget_class, "/app/podlift/Podlift/ui/podlift-manifests-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, format_row);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, namespace_row);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, ingress_switch);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, host_row);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, tls_secret_row);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, ingress_class_row);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, controller_row);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, replicas_spin);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, hpa_switch);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, min_replicas_spin);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, max_replicas_spin);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, cpu_target_spin);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, memory_target_spin);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, pdb_switch);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, pdb_min_available_spin);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, storage_class_row);
}

static void
podlift_manifests_page_init (PodliftManifestsPage *self)
{
  GBindingGroup *group;

  gtk_widget_init_template (GTK_WIDGET (self));

  setup_enum_row (self->format_row, PODLIFT_TYPE_OUTPUT_FORMAT,
                  G_CALLBACK (output_format_label));
  setup_enum_row (self->controller_row, PODLIFT_TYPE_INGRESS_CONTROLLER,
                  G_CALLBACK (ingress_controller_label));

  group = self->manifests_bindings = g_binding_group_new ();

  podlift_bind_enum (group, "format", self->format_row);
  podlift_bind_text (group, "namespace", self->namespace_row, "text");

  g_binding_group_bind (group, "ingress-enabled", self->ingress_switch, "active",
                        G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  podlift_bind_text (group, "ingress-host", self->host_row, "text");
  podlift_bind_text (group, "tls-secret", self->tls_secret_row, "text");
  podlift_bind_text (group, "ingress-class", self->ingress_class_row, "text");
  podlift_bind_enum (group, "ingress-controller", self->controller_row);

  podlift_bind_value (group, "replicas", self->replicas_spin);
  g_binding_group_bind (group, "hpa-enabled", self->hpa_switch, "active",
                        G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  podlift_bind_value (group, "min-replicas", self->min_replicas_spin);
  podlift_bind_value (group, "max-replicas", self->max_replicas_spin);
  podlift_bind_value (group, "cpu-target-percent", self->cpu_target_spin);
  podlift_bind_value (group, "memory-target-percent", self->memory_target_spin);

  g_binding_group_bind (group, "pdb-enabled", self->pdb_switch, "active",
                        G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  podlift_bind_value (group, "pdb-min-available", self->pdb_min_available_spin);

  podlift_bind_text (group, "storage-class", self->storage_class_row, "text");
}
