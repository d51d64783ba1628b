/* podlift-knowledge-page-private.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podlift-knowledge-page.h"

G_BEGIN_DECLS

/* The translated label of a value of an enum, such as podlift_stack_get_label(). */
typedef const char *(*PodliftEnumLabelFunc) (int value);

void       podlift_knowledge_page_setup_combo            (AdwComboRow          *row,
                                                          GType                 enum_type,
                                                          PodliftEnumLabelFunc  get_label);
GtkWidget *podlift_knowledge_page_create_state_path_row  (gpointer              item,
                                                          gpointer              store);
GtkWidget *podlift_knowledge_page_create_dependency_row  (gpointer              item,
                                                          gpointer              store);
GtkWidget *podlift_knowledge_page_create_env_var_row     (gpointer              item,
                                                          gpointer              store);
GtkWidget *podlift_knowledge_page_create_config_file_row (gpointer              item,
                                                          gpointer              store);
GtkWidget *podlift_knowledge_page_create_cron_job_row    (gpointer              item,
                                                          gpointer              store);

G_END_DECLS
