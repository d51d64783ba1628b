/* podlift-checklist.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "podlift-checklist-item.h"
#include "podlift-types.h"

G_BEGIN_DECLS

#define PODLIFT_TYPE_CHECKLIST (podlift_checklist_get_type ())

G_DECLARE_FINAL_TYPE (PodliftChecklist, podlift_checklist, PODLIFT, CHECKLIST, GObject)

PodliftChecklist     *podlift_checklist_new            (void);
GListStore           *podlift_checklist_get_items      (PodliftChecklist *self);
GListStore           *podlift_checklist_get_timeline   (PodliftChecklist *self);
PodliftChecklistItem *podlift_checklist_find_item      (PodliftChecklist *self,
                                                        const char       *id);
void                  podlift_checklist_count          (PodliftChecklist *self,
                                                        int               phase,
                                                        guint            *closed,
                                                        guint            *total);
gboolean              podlift_checklist_start          (PodliftChecklist *self);
gint64                podlift_checklist_get_started_at (PodliftChecklist *self);
void                  podlift_checklist_add_note       (PodliftChecklist *self,
                                                        const char       *item_id,
                                                        const char       *text);
void                  podlift_checklist_record_check   (PodliftChecklist     *self,
                                                        PodliftChecklistItem *item,
                                                        gboolean              passed,
                                                        const char           *detail,
                                                        guint                 latency_ms,
                                                        gboolean              may_tick);

G_END_DECLS
