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

/* How the data moves and how the pods are sized (podlift-strategy-plan.c). */
PodliftMaintenanceKind podlift_strategy_get_maintenance_kind        (PodliftStrategy *self);
void                   podlift_strategy_set_maintenance_kind        (PodliftStrategy        *self,
                                                                     PodliftMaintenanceKind  maintenance_kind);
PodliftRunFrom         podlift_strategy_get_run_from                (PodliftStrategy *self);
void                   podlift_strategy_set_run_from                (PodliftStrategy *self,
                                                                     PodliftRunFrom   run_from);
PodliftVolumeCopy      podlift_strategy_get_volume_copy             (PodliftStrategy *self);
void                   podlift_strategy_set_volume_copy             (PodliftStrategy   *self,
                                                                     PodliftVolumeCopy  volume_copy);
double                 podlift_strategy_get_dump_mb_per_second      (PodliftStrategy *self);
void                   podlift_strategy_set_dump_mb_per_second      (PodliftStrategy *self,
                                                                     double           dump_mb_per_second);
double                 podlift_strategy_get_transfer_mb_per_second  (PodliftStrategy *self);
void                   podlift_strategy_set_transfer_mb_per_second  (PodliftStrategy *self,
                                                                     double           transfer_mb_per_second);
double                 podlift_strategy_get_restore_mb_per_second   (PodliftStrategy *self);
void                   podlift_strategy_set_restore_mb_per_second   (PodliftStrategy *self,
                                                                     double           restore_mb_per_second);
double                 podlift_strategy_get_volume_mb_per_second    (PodliftStrategy *self);
void                   podlift_strategy_set_volume_mb_per_second    (PodliftStrategy *self,
                                                                     double           volume_mb_per_second);
guint                  podlift_strategy_get_checks_minutes          (PodliftStrategy *self);
void                   podlift_strategy_set_checks_minutes          (PodliftStrategy *self,
                                                                     guint            checks_minutes);
guint                  podlift_strategy_get_latency_objective_ms    (PodliftStrategy *self);
void                   podlift_strategy_set_latency_objective_ms    (PodliftStrategy *self,
                                                                     guint            latency_objective_ms);
double                 podlift_strategy_get_error_objective_percent (PodliftStrategy *self);
void                   podlift_strategy_set_error_objective_percent (PodliftStrategy *self,
                                                                     double           error_objective_percent);
gboolean               podlift_strategy_get_cpu_limit               (PodliftStrategy *self);
void                   podlift_strategy_set_cpu_limit               (PodliftStrategy *self,
                                                                     gboolean         cpu_limit);
guint                  podlift_strategy_get_load_test_pods          (PodliftStrategy *self);
void                   podlift_strategy_set_load_test_pods          (PodliftStrategy *self,
                                                                     guint            load_test_pods);
double                 podlift_strategy_get_load_test_rate          (PodliftStrategy *self);
void                   podlift_strategy_set_load_test_rate          (PodliftStrategy *self,
                                                                     double           load_test_rate);
double                 podlift_strategy_get_load_test_p95_ms        (PodliftStrategy *self);
void                   podlift_strategy_set_load_test_p95_ms        (PodliftStrategy *self,
                                                                     double           load_test_p95_ms);
double                 podlift_strategy_get_load_test_error_percent (PodliftStrategy *self);
void                   podlift_strategy_set_load_test_error_percent (PodliftStrategy *self,
                                                                     double           load_test_error_percent);

G_END_DECLS
