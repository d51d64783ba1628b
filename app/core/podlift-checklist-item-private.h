/* podlift-checklist-item-private.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podlift-checklist-item.h"

G_BEGIN_DECLS

/* Shared by podlift-checklist-item.c (the item, its state and times)
 * and podlift-checklist-item-check.c (its live check's settings and
 * last result). */
struct _PodliftChecklistItem
{
  GObject parent_instance;

  char *id;
  char *title;
  char *why;
  PodliftChecklistPhase phase;
  PodliftItemState state;
  gint64 done_at;
  gint64 changed_at;
  char *owner;
  char *note;
  gboolean custom;

  PodliftCheckKind check_kind;
  char *check_target;
  char *check_method;
  guint check_status;
  guint check_max_latency_ms;
  guint check_timeout_ms;
  gboolean check_verify_tls;
  gboolean check_follow_redirects;
  char *check_expect;
  gboolean check_ticks;

  gint64 checked_at;
  gboolean check_passed;
  char *check_result;
  guint check_latency_ms;
};

enum {
  PODLIFT_CHECKLIST_ITEM_PROP_0,
  PODLIFT_CHECKLIST_ITEM_PROP_ID,
  PODLIFT_CHECKLIST_ITEM_PROP_TITLE,
  PODLIFT_CHECKLIST_ITEM_PROP_WHY,
  PODLIFT_CHECKLIST_ITEM_PROP_PHASE,
  PODLIFT_CHECKLIST_ITEM_PROP_STATE,
  PODLIFT_CHECKLIST_ITEM_PROP_DONE,
  PODLIFT_CHECKLIST_ITEM_PROP_DONE_AT,
  PODLIFT_CHECKLIST_ITEM_PROP_CHANGED_AT,
  PODLIFT_CHECKLIST_ITEM_PROP_OWNER,
  PODLIFT_CHECKLIST_ITEM_PROP_NOTE,
  PODLIFT_CHECKLIST_ITEM_PROP_CUSTOM,
  /* podlift-checklist-item-check.c from here on */
  PODLIFT_CHECKLIST_ITEM_PROP_CHECK_KIND,
  PODLIFT_CHECKLIST_ITEM_PROP_CHECK_TARGET,
  PODLIFT_CHECKLIST_ITEM_PROP_CHECK_METHOD,
  PODLIFT_CHECKLIST_ITEM_PROP_CHECK_STATUS,
  PODLIFT_CHECKLIST_ITEM_PROP_CHECK_MAX_LATENCY_MS,
  PODLIFT_CHECKLIST_ITEM_PROP_CHECK_TIMEOUT_MS,
  PODLIFT_CHECKLIST_ITEM_PROP_CHECK_VERIFY_TLS,
  PODLIFT_CHECKLIST_ITEM_PROP_CHECK_FOLLOW_REDIRECTS,
  PODLIFT_CHECKLIST_ITEM_PROP_CHECK_EXPECT,
  PODLIFT_CHECKLIST_ITEM_PROP_CHECK_TICKS,
  PODLIFT_CHECKLIST_ITEM_PROP_CHECKED_AT,
  PODLIFT_CHECKLIST_ITEM_PROP_CHECK_PASSED,
  PODLIFT_CHECKLIST_ITEM_PROP_CHECK_RESULT,
  PODLIFT_CHECKLIST_ITEM_PROP_CHECK_LATENCY_MS,
  PODLIFT_CHECKLIST_ITEM_N_PROPS
};

extern GParamSpec *podlift_checklist_item_properties [PODLIFT_CHECKLIST_ITEM_N_PROPS];

void     podlift_checklist_item_install_check_properties (GObjectClass         *klass);
void     podlift_checklist_item_init_check               (PodliftChecklistItem *self);
void     podlift_checklist_item_finalize_check           (PodliftChecklistItem *self);
gboolean podlift_checklist_item_get_check_property       (PodliftChecklistItem *self,
                                                          guint                 prop_id,
                                                          GValue               *value);
gboolean podlift_checklist_item_set_check_property       (PodliftChecklistItem *self,
                                                          guint                 prop_id,
                                                          const GValue         *value);

G_END_DECLS
