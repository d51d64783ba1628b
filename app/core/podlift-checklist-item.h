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

/* The default time a live check may take, in milliseconds. */
#define PODLIFT_CHECK_DEFAULT_TIMEOUT_MS 10000

G_DECLARE_FINAL_TYPE (PodliftChecklistItem, podlift_checklist_item, PODLIFT, CHECKLIST_ITEM, GObject)

PodliftChecklistItem *podlift_checklist_item_new              (void);
const char           *podlift_checklist_item_get_id           (PodliftChecklistItem *self);
void                  podlift_checklist_item_set_id           (PodliftChecklistItem *self,
                                                                const char           *id);
const char           *podlift_checklist_item_get_title        (PodliftChecklistItem *self);
void                  podlift_checklist_item_set_title        (PodliftChecklistItem *self,
                                                                const char           *title);
const char           *podlift_checklist_item_get_why          (PodliftChecklistItem *self);
void                  podlift_checklist_item_set_why          (PodliftChecklistItem *self,
                                                                const char           *why);
PodliftChecklistPhase podlift_checklist_item_get_phase        (PodliftChecklistItem *self);
void                  podlift_checklist_item_set_phase        (PodliftChecklistItem  *self,
                                                                PodliftChecklistPhase  phase);
PodliftItemState      podlift_checklist_item_get_state        (PodliftChecklistItem *self);
void                  podlift_checklist_item_set_state        (PodliftChecklistItem *self,
                                                                PodliftItemState      state);
gboolean              podlift_checklist_item_get_done         (PodliftChecklistItem *self);
void                  podlift_checklist_item_set_done         (PodliftChecklistItem *self,
                                                                gboolean              done);
gboolean              podlift_checklist_item_get_closed       (PodliftChecklistItem *self);
gint64                podlift_checklist_item_get_done_at      (PodliftChecklistItem *self);
void                  podlift_checklist_item_set_done_at      (PodliftChecklistItem *self,
                                                                gint64                done_at);
gint64                podlift_checklist_item_get_changed_at   (PodliftChecklistItem *self);
void                  podlift_checklist_item_set_changed_at   (PodliftChecklistItem *self,
                                                                gint64                changed_at);
const char           *podlift_checklist_item_get_owner        (PodliftChecklistItem *self);
void                  podlift_checklist_item_set_owner        (PodliftChecklistItem *self,
                                                                const char           *owner);
const char           *podlift_checklist_item_get_note         (PodliftChecklistItem *self);
void                  podlift_checklist_item_set_note         (PodliftChecklistItem *self,
                                                                const char           *note);
gboolean              podlift_checklist_item_get_custom       (PodliftChecklistItem *self);
void                  podlift_checklist_item_set_custom       (PodliftChecklistItem *self,
                                                                gboolean              custom);

/* The live check (podlift-checklist-item-check.c): what it checks and
 * how, and its last result. */
PodliftCheckKind      podlift_checklist_item_get_check_kind   (PodliftChecklistItem *self);
void                  podlift_checklist_item_set_check_kind   (PodliftChecklistItem *self,
                                                                PodliftCheckKind      check_kind);
const char           *podlift_checklist_item_get_check_target (PodliftChecklistItem *self);
void                  podlift_checklist_item_set_check_target (PodliftChecklistItem *self,
                                                                const char           *check_target);
const char           *podlift_checklist_item_get_check_method (PodliftChecklistItem *self);
void                  podlift_checklist_item_set_check_method (PodliftChecklistItem *self,
                                                                const char           *check_method);
guint                 podlift_checklist_item_get_check_status (PodliftChecklistItem *self);
void                  podlift_checklist_item_set_check_status (PodliftChecklistItem *self,
                                                                guint                 check_status);
guint                 podlift_checklist_item_get_check_max_latency_ms (PodliftChecklistItem *self);
void                  podlift_checklist_item_set_check_max_latency_ms (PodliftChecklistItem *self,
                                                                        guint                 ms);
guint                 podlift_checklist_item_get_check_timeout_ms     (PodliftChecklistItem *self);
void                  podlift_checklist_item_set_check_timeout_ms     (PodliftChecklistItem *self,
                                                                        guint                 ms);
gboolean              podlift_checklist_item_get_check_verify_tls     (PodliftChecklistItem *self);
void                  podlift_checklist_item_set_check_verify_tls     (PodliftChecklistItem *self,
                                                                        gboolean              verify);
gboolean              podlift_checklist_item_get_check_follow_redirects (PodliftChecklistItem *self);
void                  podlift_checklist_item_set_check_follow_redirects (PodliftChecklistItem *self,
                                                                          gboolean              follow);
const char           *podlift_checklist_item_get_check_expect (PodliftChecklistItem *self);
void                  podlift_checklist_item_set_check_expect (PodliftChecklistItem *self,
                                                                const char           *check_expect);
gboolean              podlift_checklist_item_get_check_ticks  (PodliftChecklistItem *self);
void                  podlift_checklist_item_set_check_ticks  (PodliftChecklistItem *self,
                                                                gboolean              ticks);
gint64                podlift_checklist_item_get_checked_at   (PodliftChecklistItem *self);
gboolean              podlift_checklist_item_get_check_passed (PodliftChecklistItem *self);
const char           *podlift_checklist_item_get_check_result (PodliftChecklistItem *self);
guint                 podlift_checklist_item_get_check_latency_ms (PodliftChecklistItem *self);
void                  podlift_checklist_item_set_check_outcome    (PodliftChecklistItem *self,
                                                                    gint64                checked_at,
                                                                    gboolean              passed,
                                                                    const char           *result,
                                                                    guint                 latency_ms);

G_END_DECLS
