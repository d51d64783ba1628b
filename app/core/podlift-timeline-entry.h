/* podlift-timeline-entry.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "podlift-types.h"

G_BEGIN_DECLS

#define PODLIFT_TYPE_TIMELINE_ENTRY (podlift_timeline_entry_get_type ())

G_DECLARE_FINAL_TYPE (PodliftTimelineEntry, podlift_timeline_entry, PODLIFT, TIMELINE_ENTRY, GObject)

PodliftTimelineEntry *podlift_timeline_entry_new         (void);
gint64                podlift_timeline_entry_get_time    (PodliftTimelineEntry *self);
void                  podlift_timeline_entry_set_time    (PodliftTimelineEntry *self,
                                                           gint64                time);
const char           *podlift_timeline_entry_get_item_id (PodliftTimelineEntry *self);
void                  podlift_timeline_entry_set_item_id (PodliftTimelineEntry *self,
                                                           const char           *item_id);
const char           *podlift_timeline_entry_get_text    (PodliftTimelineEntry *self);
void                  podlift_timeline_entry_set_text    (PodliftTimelineEntry *self,
                                                           const char           *text);
PodliftTimelineKind   podlift_timeline_entry_get_kind    (PodliftTimelineEntry *self);
void                  podlift_timeline_entry_set_kind    (PodliftTimelineEntry *self,
                                                           PodliftTimelineKind   kind);
gboolean              podlift_timeline_entry_get_passed  (PodliftTimelineEntry *self);
void                  podlift_timeline_entry_set_passed  (PodliftTimelineEntry *self,
                                                           gboolean              passed);
guint                 podlift_timeline_entry_get_latency_ms (PodliftTimelineEntry *self);
void                  podlift_timeline_entry_set_latency_ms (PodliftTimelineEntry *self,
                                                              guint                 latency_ms);

G_END_DECLS
