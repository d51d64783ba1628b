/* podlift-strategy.h
  *
  * Copyright 2026 The Podlift developers
  *
  * SPDX-License-Identifier: GPL-3.0-or-later
  */

#pragma once

#include <gio/gio.h>

#include "podlift-types.h"

G_BEGIN_DECLS

#define PODLIFT_TYPE_STRATEGY (podlift_strategy_get_type ())

G_DECLARE_FINAL_TYPE (PodliftStrategy, podlift_strategy, PODLIFT, STRATEGY, GObject)

PodliftStrategy    *podlift_strategy_new                     (void);
PodliftStrategyKind podlift_strategy_get_kind                (PodliftStrategy *self);
void                podlift_strategy_set_kind                (PodliftStrategy     *self,
                                                               PodliftStrategyKind  kind);
const char         *podlift_strategy_get_public_hostname     (PodliftStrategy *self);
void                podlift_strategy_set_public_hostname     (PodliftStrategy *self,
                                                               const char      *public_hostname);
guint               podlift_strategy_get_dns_ttl_seconds     (PodliftStrategy *self);
void                podlift_strategy_set_dns_ttl_seconds     (PodliftStrategy *self,
                                                               guint            dns_ttl_seconds);
guint               podlift_strategy_get_lowered_ttl_seconds (PodliftStrategy *self);
void                podlift_strategy_set_lowered_ttl_seconds (PodliftStrategy *self,
                                                               guint            lowered_ttl_seconds);
gboolean            podlift_strategy_get_maintenance_page    (PodliftStrategy *self);
void                podlift_strategy_set_maintenance_page    (PodliftStrategy *self,
                                                               gboolean         maintenance_page);
PodliftSizingSource podlift_strategy_get_sizing_source       (PodliftStrategy *self);
void                podlift_strategy_set_sizing_source       (PodliftStrategy     *self,
                                                               PodliftSizingSource  sizing_source);
const char         *podlift_strategy_get_cutover_window      (PodliftStrategy *self);
void                podlift_strategy_set_cutover_window      (PodliftStrategy *self,
                                                               const char      *cutover_window);
const char         *podlift_strategy_get_rollback_plan       (PodliftStrategy *self);
void                podlift_strategy_set_rollback_plan       (PodliftStrategy *self,
                                                               const char      *rollback_plan);
const char         *podlift_strategy_get_notes               (PodliftStrategy *self);
void                podlift_strategy_set_notes               (PodliftStrategy *self,
                                                               const char      *notes);

G_END_DECLS
