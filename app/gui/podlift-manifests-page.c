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
#include "podlift-diagram.h"
#include "podlift-enum-types.h"
#include "podlift-manifests-page-private.h"

/* The Manifests step, in three panes: the resources the project writes
 * (a switch on the optional ones), the form of the selected one, bound to
 * PodliftManifestSet, and its YAML with the findings of the schema and the
 * checks. A view switcher shows a diagram of the resources instead; the
 * output format sits beside it. Every change of the model regenerates the
 * resources a moment later (the debounce), never at each keystroke. The
 * forms are in -forms.c, the preview and its hand edits in -preview.c,
 * the diagram in -diagram.c. */

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
      return g_strdup (_("Kustomize"));

    case PODLIFT_OUTPUT_FORMAT_HELM:
      return g_strdup (_("Helm chart"));

    default:
      return g_strdup (adw_enum_list_item_get_nick (item));
    }
}

/* The resources list {{{ */

static guint
count_shown_findings (GListModel      *findings,
                      PodliftSeverity *worst)
{
  guint n = 0;

  *worst = PODLIFT_SEVERITY_IGNORE;

  for (guint i = 0; findings != NULL && i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(PodliftDiagnostic) diagnostic = g_list_model_get_item (findings, i);
      PodliftSeverity severity = podlift_diagnostic_get_severity (diagnostic);

      if (severity >= PODLIFT_SEVERITY_IGNORE)
        continue;

      *worst = MIN (*worst, severity);
      n++;
    }

  return n;
}

static void
resource_switch_cb (PodliftManifestsPage *self,
                    GParamSpec           *pspec,
                    GtkSwitch            *toggle)
{
  g_autoptr(PodliftProject) project = NULL;

  g_assert (PODLIFT_IS_MANIFESTS_PAGE (self));
  g_assert (GTK_IS_SWITCH (toggle));

  if (self->syncing)
    return;

  project = g_signal_group_dup_target (self->project_signals);
  if (project == NULL)
    return;

  podlift_manifest_set_set_resource_enabled (podlift_project_get_manifests (project),
                                             g_object_get_data (G_OBJECT (toggle), "podlift-id"),
                                             gtk_switch_get_active (toggle));
}

static GtkWidget *
create_row_label (GtkWidget  *box,
                  const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (GTK_BOX (box), label);

  return label;
}

static GtkWidget *
create_resource_row (PodliftManifestsPage *self,
                     PodliftManifest      *manifest)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 9);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  PodliftResourceKind kind;
  GtkWidget *icon;

  g_assert (PODLIFT_IS_MANIFESTS_PAGE (self));

  gtk_widget_set_name (row, podlift_manifest_get_id (manifest));
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  kind = podlift_manifest_get_kind (manifest);
  icon = gtk_image_new_from_icon_name (podlift_resource_kind_get_icon_name (kind));
  gtk_box_append (GTK_BOX (box), icon);

  gtk_widget_set_hexpand (labels, TRUE);
  gtk_widget_set_valign (labels, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), labels);
  g_object_set_data (G_OBJECT (row), "title", create_row_label (labels, NULL));
  g_object_set_data (G_OBJECT (row), "subtitle", create_row_label (labels, "caption"));
  gtk_widget_add_css_class (g_object_get_data (G_OBJECT (row), "subtitle"), "dim-label");

  icon = gtk_image_new_from_icon_name ("document-edit-symbolic");
  gtk_widget_set_name (icon, "customised");
  gtk_widget_set_tooltip_text (icon, _("Edited by hand"));
  gtk_box_append (GTK_BOX (box), icon);
  g_object_set_data (G_OBJECT (row), "customised", icon);

  icon = gtk_image_new ();
  gtk_widget_set_name (icon, "findings");
  gtk_box_append (GTK_BOX (box), icon);
  g_object_set_data (G_OBJECT (row), "findings", icon);

  if (podlift_manifest_get_optional (manifest))
    {
      g_autofree char *label = NULL;
      GtkWidget *toggle = gtk_switch_new ();

      gtk_widget_set_name (toggle, "enabled");
      gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
      /* Translators: the accessible name of a resource's switch; %s is
       * what the list calls the resource, such as "Autoscaler" */
      label = g_strdup_printf (_("Write the %s"), podlift_resource_kind_get_title (kind));
      gtk_accessible_update_property (GTK_ACCESSIBLE (toggle),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      -1);
      gtk_widget_set_tooltip_text (toggle, label);
      g_object_set_data_full (G_OBJECT (toggle), "podlift-id",
                              g_strdup (podlift_manifest_get_id (manifest)), g_free);
      g_signal_connect_object (toggle, "notify::active", G_CALLBACK (resource_switch_cb),
                               self, G_CONNECT_SWAPPED);
      gtk_box_append (GTK_BOX (box), toggle);
      g_object_set_data (G_OBJECT (row), "switch", toggle);
    }

  return row;
}

static void
update_findings_icon (GtkWidget  *icon,
                      GListModel *findings)
{
  g_autofree char *tooltip = NULL;
  PodliftSeverity worst;
  guint n;

  n = count_shown_findings (findings, &worst);
  gtk_widget_set_visible (icon, n > 0 && worst <= PODLIFT_SEVERITY_WARNING);
  if (!gtk_widget_get_visible (icon))
    return;

  gtk_image_set_from_icon_name (GTK_IMAGE (icon),
                                worst == PODLIFT_SEVERITY_ERROR ? "dialog-error-symbolic"
                                                                : "dialog-warning-symbolic");
  gtk_widget_remove_css_class (icon, worst == PODLIFT_SEVERITY_ERROR ? "warning" : "error");
  gtk_widget_add_css_class (icon, worst == PODLIFT_SEVERITY_ERROR ? "error" : "warning");
  tooltip = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u finding", "%u findings", n), n);
  gtk_widget_set_tooltip_text (icon, tooltip);
}

static void
update_resource_row (PodliftManifestsPage *self,
                     GtkWidget            *row,
                     PodliftManifest      *manifest,
                     GListModel           *findings)
{
  GtkWidget *toggle = g_object_get_data (G_OBJECT (row), "switch");
  gboolean enabled = podlift_manifest_get_enabled (manifest);
  g_autofree char *object_ref = podlift_manifest_dup_object_ref (manifest);

  g_assert (PODLIFT_IS_MANIFESTS_PAGE (self));

  gtk_label_set_label (g_object_get_data (G_OBJECT (row), "title"),
                       podlift_resource_kind_get_title (podlift_manifest_get_kind (manifest)));
  gtk_label_set_label (g_object_get_data (G_OBJECT (row), "subtitle"),
                       podlift_manifest_get_name (manifest));
  gtk_widget_set_tooltip_text (row, object_ref);
  gtk_widget_set_visible (g_object_get_data (G_OBJECT (row), "customised"),
                          podlift_manifest_get_customised (manifest));
  update_findings_icon (g_object_get_data (G_OBJECT (row), "findings"), findings);

  if (toggle != NULL && gtk_switch_get_active (GTK_SWITCH (toggle)) != enabled)
    {
      self->syncing = TRUE;
      gtk_switch_set_active (GTK_SWITCH (toggle), enabled);
      self->syncing = FALSE;
    }

  if (enabled)
    gtk_widget_remove_css_class (row, "switched-off");
  else
    gtk_widget_add_css_class (row, "switched-off");
}

/* Whether the rows name the same resources, in the same order, as
 * self->manifests. */
static gboolean
rows_match (PodliftManifestsPage *self)
{
  guint i = 0;

  g_assert (PODLIFT_IS_MANIFESTS_PAGE (self));

  for (GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->resource_list, 0);
       row != NULL;
       row = gtk_list_box_get_row_at_index (self->resource_list, ++i))
    {
      if (self->manifests == NULL || i >= self->manifests->len ||
          g_strcmp0 (gtk_widget_get_name (GTK_WIDGET (row)),
                     podlift_manifest_get_id (g_ptr_array_index (self->manifests, i))) != 0)
        return FALSE;
    }

  return (self->manifests != NULL ? self->manifests->len : 0) == i;
}

static void
podlift_manifests_page_update_rows (PodliftManifestsPage *self)
{
  g_assert (PODLIFT_IS_MANIFESTS_PAGE (self));

  if (!rows_match (self))
    {
      GtkWidget *child;

      self->syncing = TRUE;
      while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->resource_list))) != NULL)
        gtk_list_box_remove (self->resource_list, child);
      g_hash_table_remove_all (self->rows);

      for (guint i = 0; self->manifests != NULL && i < self->manifests->len; i++)
        {
          PodliftManifest *manifest = g_ptr_array_index (self->manifests, i);
          GtkWidget *row = create_resource_row (self, manifest);

          gtk_list_box_append (self->resource_list, row);
          g_hash_table_insert (self->rows, g_strdup (podlift_manifest_get_id (manifest)), row);
        }
      self->syncing = FALSE;
    }

  for (guint i = 0; self->manifests != NULL && i < self->manifests->len; i++)
    {
      PodliftManifest *manifest = g_ptr_array_index (self->manifests, i);

      update_resource_row (self, g_hash_table_lookup (self->rows, podlift_manifest_get_id (manifest)),
                           manifest, g_ptr_array_index (self->findings, i));
    }
}

/* }}} */

/* The resource to show first: the workload, which most settings are of. */
static const char *
default_id (PodliftManifestsPage *self)
{
  g_assert (PODLIFT_IS_MANIFESTS_PAGE (self));

  if (self->manifests == NULL || self->manifests->len == 0)
    return NULL;

  for (guint i = 0; i < self->manifests->len; i++)
    {
      PodliftManifest *manifest = g_ptr_array_index (self->manifests, i);
      PodliftResourceKind kind = podlift_manifest_get_kind (manifest);

      if (kind == PODLIFT_RESOURCE_DEPLOYMENT || kind == PODLIFT_RESOURCE_STATEFUL_SET)
        return podlift_manifest_get_id (manifest);
    }

  return podlift_manifest_get_id (g_ptr_array_index (self->manifests, 0));
}

/* Generates and checks the resources now, and shows them. */
void
podlift_manifests_page_regenerate_now (PodliftManifestsPage *self)
{
  g_autoptr(PodliftProject) project = NULL;

  g_return_if_fail (PODLIFT_IS_MANIFESTS_PAGE (self));

  g_clear_handle_id (&self->regenerate_source, g_source_remove);
  g_clear_pointer (&self->manifests, g_ptr_array_unref);
  g_clear_pointer (&self->findings, g_ptr_array_unref);

  project = g_signal_group_dup_target (self->project_signals);
  if (project != NULL)
    {
      self->manifests = podlift_manifests_generate (project);
      self->findings = podlift_manifests_validate (project, self->manifests);
    }

  podlift_manifests_page_update_rows (self);

  /* Rows made anew lost the selection; selecting the same resource
   * again is no change. */
  if (self->selected_id != NULL && g_hash_table_contains (self->rows, self->selected_id))
    gtk_list_box_select_row (self->resource_list, g_hash_table_lookup (self->rows, self->selected_id));

  if (podlift_manifests_page_get_selected (self) == NULL)
    podlift_manifests_page_select (self, default_id (self));
  else
    {
      podlift_manifests_page_show_form (self);
      podlift_manifests_page_show_preview (self, FALSE);
    }

  podlift_manifests_page_update_diagram (self);
}

static gboolean
regenerate_timeout_cb (gpointer data)
{
  PodliftManifestsPage *self = data;

  g_assert (PODLIFT_IS_MANIFESTS_PAGE (self));

  self->regenerate_source = 0;
  podlift_manifests_page_regenerate_now (self);

  return G_SOURCE_REMOVE;
}

static void
project_changed_cb (PodliftManifestsPage *self,
                    PodliftProject       *project)
{
  g_assert (PODLIFT_IS_MANIFESTS_PAGE (self));
  g_assert (PODLIFT_IS_PROJECT (project));

  g_clear_handle_id (&self->regenerate_source, g_source_remove);
  self->regenerate_source = g_timeout_add (podlift_page_get_debounce_ms (PODLIFT_PAGE (self)),
                                           regenerate_timeout_cb, self);
  g_source_set_name_by_id (self->regenerate_source, "[podlift] regenerate the manifests");
}

static void
resource_selected_cb (PodliftManifestsPage *self,
                      GtkListBoxRow        *row,
                      GtkListBox           *list)
{
  g_assert (PODLIFT_IS_MANIFESTS_PAGE (self));

  if (self->syncing || row == NULL)
    return;

  if (g_strcmp0 (self->selected_id, gtk_widget_get_name (GTK_WIDGET (row))) == 0)
    return;

  /* An edit still to be kept belongs to the resource it was made in. */
  podlift_manifests_page_flush_edit (self);

  g_free (self->selected_id);
  self->selected_id = g_strdup (gtk_widget_get_name (GTK_WIDGET (row)));

  podlift_manifests_page_show_form (self);
  podlift_manifests_page_show_preview (self, TRUE);

  /* On a narrow window the list covers the form: choosing closes it. */
  if (adw_flap_get_folded (self->flap))
    adw_flap_set_reveal_flap (self->flap, FALSE);
}

/* The resources list belongs to the Editor view. */
static void
view_changed_cb (PodliftManifestsPage *self,
                 GParamSpec           *pspec,
                 AdwViewStack         *stack)
{
  g_assert (PODLIFT_IS_MANIFESTS_PAGE (self));
  g_assert (ADW_IS_VIEW_STACK (stack));

  gtk_widget_set_visible (GTK_WIDGET (self->resources_toggle),
                          g_strcmp0 (adw_view_stack_get_visible_child_name (stack), "editor") == 0);
}

static void
podlift_manifests_page_project_set (PodliftPage    *page,
                                    PodliftProject *project)
{
  PodliftManifestsPage *self = PODLIFT_MANIFESTS_PAGE (page);
  g_autofree char *selected = NULL;

  g_assert (PODLIFT_IS_MANIFESTS_PAGE (self));
  g_assert (!project || PODLIFT_IS_PROJECT (project));

  podlift_manifests_page_flush_edit (self);

  g_signal_group_set_target (self->project_signals, project);
  g_binding_group_set_source (self->manifests_bindings,
                              project ? podlift_project_get_manifests (project) : NULL);

  /* Another project: what its hand edits were made against is unknown,
   * so the first generation stands for it. */
  g_hash_table_remove_all (self->baselines);

  /* The same resource stays selected when the other project has it. */
  selected = g_steal_pointer (&self->selected_id);
  podlift_manifests_page_regenerate_now (self);
  if (selected != NULL && self->manifests != NULL &&
      podlift_manifests_find (self->manifests, selected) != NULL)
    podlift_manifests_page_select (self, selected);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "manifests.export-diagram", project != NULL);
}

static void
podlift_manifests_page_dispose (GObject *object)
{
  PodliftManifestsPage *self = (PodliftManifestsPage *)object;

  /* The last keystrokes still belong to the project. */
  if (self->project_signals != NULL)
    podlift_manifests_page_flush_edit (self);

  g_clear_handle_id (&self->regenerate_source, g_source_remove);
  g_clear_handle_id (&self->apply_source, g_source_remove);

  /* The view's hover holds the adapter until the adapter lets go. */
  if (self->lint != NULL)
    g_object_run_dispose (G_OBJECT (self->lint));
  g_clear_object (&self->lint);

  podlift_manifests_page_clear_diagram (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), PODLIFT_TYPE_MANIFESTS_PAGE);

  g_clear_object (&self->manifests_bindings);
  g_clear_object (&self->project_signals);
  g_clear_pointer (&self->manifests, g_ptr_array_unref);
  g_clear_pointer (&self->findings, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_pointer (&self->baselines, g_hash_table_unref);
  g_clear_pointer (&self->selected_id, g_free);

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

  g_type_ensure (GTK_SOURCE_TYPE_BUFFER);
  g_type_ensure (GTK_SOURCE_TYPE_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, "/app/podlift/Podlift/ui/podlift-manifests-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, resources_toggle);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, format_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, flap);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, resource_list);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, form_icon);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, form_title);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, form_subtitle);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, form_description);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, form_stack);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, namespace_row);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, replicas_row);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, replicas_spin);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, cpu_request_row);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, cpu_request_spin);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, cpu_limit_row);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, cpu_limit_spin);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, memory_request_row);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, memory_request_spin);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, memory_limit_row);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, memory_limit_spin);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, port_label);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, liveness_label);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, readiness_label);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, startup_label);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, startup_time_label);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, service_address_label);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, service_port_label);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, service_type_label);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, controller_row);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, ingress_class_row);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, host_row);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, tls_secret_row);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, min_replicas_spin);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, max_replicas_spin);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, cpu_target_spin);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, memory_target_spin);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, pdb_min_available_spin);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, storage_provider_row);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, storage_class_row);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, claim_path_label);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, claim_size_label);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, job_schedule_row);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, job_command_label);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, job_schedule_label);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, keys_group);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, keys_list);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, notes_group);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, notes_label);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, preview_title);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, customised_label);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, switched_off_label);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, changed_revealer);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, preview_view);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, preview_buffer);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, findings_title);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, findings_list);
  gtk_widget_class_bind_template_child (widget_class, PodliftManifestsPage, diagram_area);
  gtk_widget_class_bind_template_callback (widget_class, resource_selected_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "findings_row_activated_cb",
                                                G_CALLBACK (podlift_manifests_page_findings_activated));

  gtk_widget_class_install_action (widget_class, "manifests.regenerate", NULL,
                                   podlift_manifests_page_regenerate_resource);
  gtk_widget_class_install_action (widget_class, "manifests.export-diagram", "s",
                                   podlift_manifests_page_export_diagram);
}

static void
podlift_manifests_page_init (PodliftManifestsPage *self)
{
  g_autoptr(AdwEnumListModel) formats = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->baselines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  formats = adw_enum_list_model_new (PODLIFT_TYPE_OUTPUT_FORMAT);
  gtk_drop_down_set_model (self->format_dropdown, G_LIST_MODEL (formats));
  gtk_drop_down_set_expression (self->format_dropdown,
                                gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                             G_CALLBACK (output_format_label),
                                                             NULL, NULL));

  g_signal_connect_object (self->view_stack, "notify::visible-child-name",
                           G_CALLBACK (view_changed_cb), self, G_CONNECT_SWAPPED);

  self->project_signals = g_signal_group_new (PODLIFT_TYPE_PROJECT);
  g_signal_group_connect_object (self->project_signals, "changed",
                                 G_CALLBACK (project_changed_cb), self, G_CONNECT_SWAPPED);

  self->manifests_bindings = g_binding_group_new ();
  podlift_bind_enum_dropdown (self->manifests_bindings, "format", self->format_dropdown);

  podlift_manifests_page_init_forms (self);
  podlift_manifests_page_init_preview (self);
  podlift_manifests_page_init_diagram (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "manifests.regenerate", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "manifests.export-diagram", FALSE);
}

/* The manifest of the selected resource, as generated last, or NULL. */
PodliftManifest *
podlift_manifests_page_get_selected (PodliftManifestsPage *self)
{
  g_return_val_if_fail (PODLIFT_IS_MANIFESTS_PAGE (self), NULL);

  if (self->manifests == NULL || self->selected_id == NULL)
    return NULL;

  return podlift_manifests_find (self->manifests, self->selected_id);
}

/* The findings of the selected resource's text, or NULL. */
GListModel *
podlift_manifests_page_get_selected_findings (PodliftManifestsPage *self)
{
  g_return_val_if_fail (PODLIFT_IS_MANIFESTS_PAGE (self), NULL);

  for (guint i = 0; self->manifests != NULL && self->findings != NULL && i < self->manifests->len; i++)
    {
      PodliftManifest *manifest = g_ptr_array_index (self->manifests, i);

      if (g_strcmp0 (podlift_manifest_get_id (manifest), self->selected_id) == 0)
        return g_ptr_array_index (self->findings, i);
    }

  return NULL;
}

/* Selects the resource @id in the list, which shows its form and YAML. */
void
podlift_manifests_page_select (PodliftManifestsPage *self,
                               const char           *id)
{
  GtkWidget *row;

  g_return_if_fail (PODLIFT_IS_MANIFESTS_PAGE (self));

  row = id != NULL ? g_hash_table_lookup (self->rows, id) : NULL;
  if (row == NULL)
    {
      podlift_manifests_page_flush_edit (self);
      g_clear_pointer (&self->selected_id, g_free);
      gtk_list_box_unselect_all (self->resource_list);
      podlift_manifests_page_show_form (self);
      podlift_manifests_page_show_preview (self, TRUE);
      return;
    }

  gtk_list_box_select_row (self->resource_list, GTK_LIST_BOX_ROW (row));
}
