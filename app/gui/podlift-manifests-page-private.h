/* podlift-manifests-page-private.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtksourceview/gtksource.h>

#include "podlift-lint-adapter.h"
#include "podlift-manifest-generator.h"
#include "podlift-manifests-page.h"

G_BEGIN_DECLS

struct _PodliftManifestsPage
{
  PodliftPage          parent_instance;

  /* Template widgets: the page */
  AdwViewStack        *view_stack;
  GtkToggleButton     *resources_toggle;
  GtkDropDown         *format_dropdown;
  AdwFlap             *flap;
  GtkListBox          *resource_list;

  /* Template widgets: the form */
  GtkImage            *form_icon;
  GtkLabel            *form_title;
  GtkLabel            *form_subtitle;
  GtkLabel            *form_description;
  GtkStack            *form_stack;
  AdwEntryRow         *namespace_row;
  AdwActionRow        *replicas_row;
  GtkSpinButton       *replicas_spin;
  AdwActionRow        *cpu_request_row;
  GtkSpinButton       *cpu_request_spin;
  AdwActionRow        *cpu_limit_row;
  GtkSpinButton       *cpu_limit_spin;
  AdwActionRow        *memory_request_row;
  GtkSpinButton       *memory_request_spin;
  AdwActionRow        *memory_limit_row;
  GtkSpinButton       *memory_limit_spin;
  GtkLabel            *port_label;
  GtkLabel            *liveness_label;
  GtkLabel            *readiness_label;
  GtkLabel            *startup_label;
  GtkLabel            *startup_time_label;
  GtkLabel            *service_address_label;
  GtkLabel            *service_port_label;
  GtkLabel            *service_type_label;
  AdwComboRow         *controller_row;
  AdwEntryRow         *ingress_class_row;
  AdwEntryRow         *host_row;
  AdwEntryRow         *tls_secret_row;
  GtkSpinButton       *min_replicas_spin;
  GtkSpinButton       *max_replicas_spin;
  GtkSpinButton       *cpu_target_spin;
  GtkSpinButton       *memory_target_spin;
  GtkSpinButton       *pdb_min_available_spin;
  AdwComboRow         *storage_provider_row;
  AdwEntryRow         *storage_class_row;
  GtkLabel            *claim_path_label;
  GtkLabel            *claim_size_label;
  AdwActionRow        *job_schedule_row;
  GtkLabel            *job_command_label;
  GtkLabel            *job_schedule_label;
  AdwPreferencesGroup *keys_group;
  GtkListBox          *keys_list;
  AdwPreferencesGroup *notes_group;
  GtkLabel            *notes_label;

  /* Template widgets: the preview */
  GtkLabel            *preview_title;
  GtkLabel            *customised_label;
  GtkLabel            *switched_off_label;
  GtkRevealer         *changed_revealer;
  GtkSourceView       *preview_view;
  GtkSourceBuffer     *preview_buffer;
  GtkLabel            *findings_title;
  GtkListBox          *findings_list;

  /* Template widgets: the diagram */
  GtkDrawingArea      *diagram_area;

  /* Owned */
  GBindingGroup       *manifests_bindings;
  GSignalGroup        *project_signals;
  PodliftLintAdapter  *lint;
  GPtrArray           *manifests;    /* PodliftManifest, as generated last */
  GPtrArray           *findings;     /* GListModel per manifest, or NULL */
  GHashTable          *rows;         /* id → GtkListBoxRow of the resource list */
  GHashTable          *baselines;    /* id → generated text the customisation was made against */
  char                *selected_id;
  gpointer             diagram;      /* PodliftDiagram, or NULL */

  guint                regenerate_source;
  guint                apply_source;

  /* Set while the page writes to the model or the buffer, so that the
   * change does not bounce back. */
  guint                syncing : 1;
};

/* podlift-manifests-page.c */
PodliftManifest *podlift_manifests_page_get_selected       (PodliftManifestsPage *self);
GListModel      *podlift_manifests_page_get_selected_findings (PodliftManifestsPage *self);
void             podlift_manifests_page_select             (PodliftManifestsPage *self,
                                                            const char           *id);
void             podlift_manifests_page_regenerate_now     (PodliftManifestsPage *self);

/* podlift-manifests-page-forms.c */
const char      *podlift_resource_kind_get_title           (PodliftResourceKind   kind);
const char      *podlift_resource_kind_get_icon_name       (PodliftResourceKind   kind);
void             podlift_manifests_page_init_forms         (PodliftManifestsPage *self);
void             podlift_manifests_page_show_form          (PodliftManifestsPage *self);

/* podlift-manifests-page-preview.c */
void             podlift_manifests_page_init_preview       (PodliftManifestsPage *self);
void             podlift_manifests_page_show_preview       (PodliftManifestsPage *self,
                                                            gboolean              force);
void             podlift_manifests_page_flush_edit         (PodliftManifestsPage *self);
void             podlift_manifests_page_regenerate_resource (GtkWidget           *widget,
                                                            const char           *action_name,
                                                            GVariant             *param);
void             podlift_manifests_page_findings_activated (PodliftManifestsPage *self,
                                                            GtkListBoxRow        *row);

/* podlift-manifests-page-diagram.c */
void             podlift_manifests_page_init_diagram       (PodliftManifestsPage *self);
void             podlift_manifests_page_update_diagram     (PodliftManifestsPage *self);
void             podlift_manifests_page_clear_diagram      (PodliftManifestsPage *self);
void             podlift_manifests_page_export_diagram     (GtkWidget            *widget,
                                                            const char           *action_name,
                                                            GVariant             *param);

G_END_DECLS
