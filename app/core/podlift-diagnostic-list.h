/* podlift-diagnostic-list.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "podlift-diagnostic.h"

G_BEGIN_DECLS

#define PODLIFT_TYPE_DIAGNOSTIC_LIST (podlift_diagnostic_list_get_type ())

G_DECLARE_FINAL_TYPE (PodliftDiagnosticList, podlift_diagnostic_list, PODLIFT, DIAGNOSTIC_LIST, GObject)

/* The findings of a lint: a GListModel of PodliftDiagnostic that never
 * changes, over an array (the linter makes one a keystroke, and a
 * GListStore would insert every finding into a tree). */

PodliftDiagnosticList *podlift_diagnostic_list_new_take (PodliftDiagnostic **diagnostics,
                                                         guint               n_diagnostics);

G_END_DECLS
