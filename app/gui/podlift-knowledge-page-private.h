/* podlift-knowledge-page-private.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podlift-knowledge-page.h"

G_BEGIN_DECLS

void       podlift_knowledge_page_setup_combo            (AdwComboRow        *row,
                                                          GType               enum_type,
                                                          const char * const *labels);
GtkWidget *podlift_knowledge_page_create_state_path_row  (gpointer            item,
                                                          gpointer            store);
GtkWidget *podlift_knowledge_page_create_dependency_row  (gpointer            item,
                                                          gpointer            store);
GtkWidget *podlift_knowledge_page_create_env_var_row     (gpointer            item,
                                                          gpointer            store);
GtkWidget *podlift_knowledge_page_create_config_file_row (gpointer            item,
                                                          gpointer            store);
GtkWidget *podlift_knowledge_page_create_cron_job_row    (gpointer            item,
                                                          gpointer            store);

G_END_DECLS
