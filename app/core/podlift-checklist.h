/* podlift-checklist.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "podlift-types.h"

G_BEGIN_DECLS

#define PODLIFT_TYPE_CHECKLIST (podlift_checklist_get_type ())

G_DECLARE_FINAL_TYPE (PodliftChecklist, podlift_checklist, PODLIFT, CHECKLIST, GObject)

PodliftChecklist *podlift_checklist_new (void);
GListStore       *podlift_checklist_get_items    (PodliftChecklist *self);
GListStore       *podlift_checklist_get_timeline (PodliftChecklist *self);

G_END_DECLS
