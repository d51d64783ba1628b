/* podlift-finding-row.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "podlift-diagnostic.h"
#include "podlift-lint-adapter.h"

G_BEGIN_DECLS

GtkWidget         *podlift_finding_row_new            (PodliftDiagnostic *diagnostic,
                                                       const char        *tooltip);
PodliftDiagnostic *podlift_finding_row_get_diagnostic (GtkWidget         *widget);
void               podlift_finding_row_set_diagnostic (GtkWidget         *widget,
                                                       PodliftDiagnostic *diagnostic);
void               podlift_finding_list_bind          (GtkListBox                 *list,
                                                       GtkLabel                   *title,
                                                       PodliftLintAdapter         *lint,
                                                       GtkListBoxCreateWidgetFunc  create_row,
                                                       gpointer                    user_data);
void               podlift_finding_list_activate      (PodliftLintAdapter *lint,
                                                       GtkListBoxRow     *row);
const char        *podlift_severity_get_label         (PodliftSeverity    severity);
const char        *podlift_severity_get_icon_name     (PodliftSeverity    severity);
const char        *podlift_severity_get_css_class     (PodliftSeverity    severity);

G_END_DECLS
