/* podlift-diff-dialog.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* The response of the confirming button. */
#define PODLIFT_DIFF_DIALOG_RESPONSE "replace"

GtkWidget *podlift_diff_dialog_new (GtkWidget  *parent,
                                    const char *heading,
                                    const char *body,
                                    const char *diff,
                                    const char *confirm_label);

G_END_DECLS
