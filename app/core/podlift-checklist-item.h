/* podlift-checklist-item.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "podlift-types.h"

G_BEGIN_DECLS

#define PODLIFT_TYPE_CHECKLIST_ITEM (podlift_checklist_item_get_type ())

G_DECLARE_FINAL_TYPE (PodliftChecklistItem, podlift_checklist_item, PODLIFT, CHECKLIST_ITEM, GObject)

PodliftChecklistItem *podlift_checklist_item_new              (void);
const char           *podlift_checklist_item_get_id           (PodliftChecklistItem *self);
void                  podlift_checklist_item_set_id           (PodliftChecklistItem *self,
                                                                const char           *id);
const char           *podlift_checklist_item_get_title        (PodliftChecklistItem *self);
void                  podlift_checklist_item_set_title        (PodliftChecklistItem *self,
                                                                const char           *title);
PodliftChecklistPhase podlift_checklist_item_get_phase        (PodliftChecklistItem *self);
void                  podlift_checklist_item_set_phase        (PodliftChecklistItem  *self,
                                                                PodliftChecklistPhase  phase);
gboolean              podlift_checklist_item_get_done         (PodliftChecklistItem *self);
void                  podlift_checklist_item_set_done         (PodliftChecklistItem *self,
                                                                gboolean              done);
gint64                podlift_checklist_item_get_done_at      (PodliftChecklistItem *self);
void                  podlift_checklist_item_set_done_at      (PodliftChecklistItem *self,
                                                                gint64                done_at);
const char           *podlift_checklist_item_get_owner        (PodliftChecklistItem *self);
void                  podlift_checklist_item_set_owner        (PodliftChecklistItem *self,
                                                                const char           *owner);
const char           *podlift_checklist_item_get_note         (PodliftChecklistItem *self);
void                  podlift_checklist_item_set_note         (PodliftChecklistItem *self,
                                                                const char           *note);
PodliftCheckKind      podlift_checklist_item_get_check_kind   (PodliftChecklistItem *self);
void                  podlift_checklist_item_set_check_kind   (PodliftChecklistItem *self,
                                                                PodliftCheckKind      check_kind);
const char           *podlift_checklist_item_get_check_target (PodliftChecklistItem *self);
void                  podlift_checklist_item_set_check_target (PodliftChecklistItem *self,
                                                                const char           *check_target);

G_END_DECLS
