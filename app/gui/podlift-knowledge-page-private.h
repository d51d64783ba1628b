/* podlift-knowledge-page-private.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podlift-knowledge-page.h"

G_BEGIN_DECLS

struct _PodliftKnowledgePage
{
  PodliftPage     parent_instance;

  /* template widgets (not the page's own child: AdwBin unparents that one) */
  GtkWidget      *missing_group;
  GtkWidget      *missing_list;
  GtkWidget      *state_tradeoffs;
  GtkWidget      *state_tradeoffs_row;
  GtkWidget      *state_paths_group;
  GtkWidget      *state_path_list;
  GtkWidget      *state_path_add_button;
  GtkWidget      *dependency_list;
  GtkWidget      *dependency_add_button;
  GtkWidget      *env_list;
  GtkWidget      *env_add_button;
  GtkWidget      *config_file_list;
  GtkWidget      *config_file_add_button;
  GtkWidget      *cron_job_list;
  GtkWidget      *cron_job_add_button;
  GtkWidget      *stateful_service_list;
  GtkWidget      *stateful_service_add_button;
  GtkWidget      *dependency_check_all_button;
  GtkWidget      *scan_row;
  GtkWidget      *rescan_button;
  GtkWidget      *scan_progress_row;
  GtkWidget      *scan_progress_title;
  GtkWidget      *scan_progress_files;
  GtkWidget      *scan_progress_bar;
  GtkWidget      *scan_cancel_button;
  GtkWidget      *not_carried_group;
  GtkWidget      *not_carried_list;

  /* template widgets: the rows of the scalar answers */
  GtkWidget      *name_row;
  GtkWidget      *description_row;
  GtkWidget      *stack_row;
  GtkWidget      *stack_version_row;
  GtkWidget      *stateful_row;
  GtkWidget      *state_handling_row;
  GtkWidget      *database_moves_row;
  GtkWidget      *database_engine_row;
  GtkWidget      *database_version_row;
  GtkWidget      *database_size_row;
  GtkWidget      *sticky_sessions_row;
  GtkWidget      *session_cookie_row;
  GtkWidget      *build_command_row;
  GtkWidget      *launch_command_row;
  GtkWidget      *migrate_command_row;
  GtkWidget      *port_row;
  GtkWidget      *liveness_path_row;
  GtkWidget      *readiness_path_row;
  GtkWidget      *startup_path_row;
  GtkWidget      *startup_seconds_row;
  GtkWidget      *vm_vcpu_row;
  GtkWidget      *vm_memory_row;
  GtkWidget      *vm_instances_row;
  GtkWidget      *cpu_average_row;
  GtkWidget      *cpu_peak_row;
  GtkWidget      *memory_average_row;
  GtkWidget      *memory_peak_row;
  GtkWidget      *requests_average_row;
  GtkWidget      *requests_peak_row;

  /* owned */
  GBindingGroup  *bindings;
  GSignalGroup   *profile_signals;
  GSignalGroup   *project_signals;
  GtkStringList  *missing;

  /* owned, view state: the scan running and the folder last scanned */
  GCancellable   *scan_cancellable;
  GFile          *scanned_folder;
  guint           applying;
};

/* How long a dependency check waits for an answer. */
#define PODLIFT_KNOWLEDGE_CHECK_TIMEOUT_MS 3000

/* The translated label of a value of an enum, such as podlift_stack_get_label(). */
typedef const char *(*PodliftEnumLabelFunc) (int value);

void       podlift_knowledge_page_setup_combo                 (AdwComboRow          *row,
                                                               GType                 enum_type,
                                                               PodliftEnumLabelFunc  get_label);
GtkWidget *podlift_knowledge_page_create_state_path_row       (gpointer              item,
                                                               gpointer              store);
GtkWidget *podlift_knowledge_page_create_dependency_row       (gpointer              item,
                                                               gpointer              store);
GtkWidget *podlift_knowledge_page_create_env_var_row          (gpointer              item,
                                                               gpointer              store);
GtkWidget *podlift_knowledge_page_create_config_file_row      (gpointer              item,
                                                               gpointer              store);
GtkWidget *podlift_knowledge_page_create_cron_job_row         (gpointer              item,
                                                               gpointer              store);
GtkWidget *podlift_knowledge_page_create_stateful_service_row (gpointer              item,
                                                               gpointer              store);


/* podlift-knowledge-page-checks.c: the Check buttons of the dependencies. */
void       podlift_knowledge_page_init_checks            (PodliftKnowledgePage *self);
void       podlift_knowledge_page_add_check              (GtkWidget            *row,
                                                          gpointer              dependency);
void       podlift_knowledge_page_update_check_all       (PodliftKnowledgePage *self);

/* podlift-knowledge-page-scan.c: scanning a folder and importing files. */
void       podlift_knowledge_page_class_init_scan        (GtkWidgetClass       *widget_class);
void       podlift_knowledge_page_init_scan              (PodliftKnowledgePage *self);
void       podlift_knowledge_page_project_set_scan       (PodliftKnowledgePage *self);
void       podlift_knowledge_page_dispose_scan           (PodliftKnowledgePage *self);

G_END_DECLS
