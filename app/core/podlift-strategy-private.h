/* podlift-strategy-private.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podlift-strategy.h"

G_BEGIN_DECLS

/* How the move happens: the Strategy step. The choices of the way the
 * data moves and of the sizing are in podlift-strategy-plan.c. */
struct _PodliftStrategy
{
  GObject parent_instance;

  PodliftStrategyKind kind;
  char *public_hostname;
  guint dns_ttl_seconds;
  guint lowered_ttl_seconds;
  gboolean maintenance_page;
  PodliftSizingSource sizing_source;
  char *cutover_window;
  char *rollback_plan;
  char *notes;

  /* podlift-strategy-plan.c */
  PodliftMaintenanceKind maintenance_kind;
  PodliftRunFrom run_from;
  PodliftVolumeCopy volume_copy;
  double dump_mb_per_second;      /* 0: the engine's default */
  double transfer_mb_per_second;
  double restore_mb_per_second;
  double volume_mb_per_second;
  guint checks_minutes;
  guint latency_objective_ms;
  double error_objective_percent;
  gboolean cpu_limit;
  guint load_test_pods;
  double load_test_rate;          /* req/s the pods held at the objective; 0: none */
  double load_test_p95_ms;
  double load_test_error_percent;
};

enum {
  PROP_0,
  PROP_KIND,
  PROP_PUBLIC_HOSTNAME,
  PROP_DNS_TTL_SECONDS,
  PROP_LOWERED_TTL_SECONDS,
  PROP_MAINTENANCE_PAGE,
  PROP_SIZING_SOURCE,
  PROP_CUTOVER_WINDOW,
  PROP_ROLLBACK_PLAN,
  PROP_NOTES,
  /* podlift-strategy-plan.c */
  PROP_MAINTENANCE_KIND,
  PROP_RUN_FROM,
  PROP_VOLUME_COPY,
  PROP_DUMP_MB_PER_SECOND,
  PROP_TRANSFER_MB_PER_SECOND,
  PROP_RESTORE_MB_PER_SECOND,
  PROP_VOLUME_MB_PER_SECOND,
  PROP_CHECKS_MINUTES,
  PROP_LATENCY_OBJECTIVE_MS,
  PROP_ERROR_OBJECTIVE_PERCENT,
  PROP_CPU_LIMIT,
  PROP_LOAD_TEST_PODS,
  PROP_LOAD_TEST_RATE,
  PROP_LOAD_TEST_P95_MS,
  PROP_LOAD_TEST_ERROR_PERCENT,
  N_PROPS
};

void     podlift_strategy_notify             (PodliftStrategy *self,
                                              guint            prop_id);
void     podlift_strategy_plan_properties    (GParamSpec      **properties);
void     podlift_strategy_plan_init          (PodliftStrategy *self);
gboolean podlift_strategy_get_plan_property  (PodliftStrategy *self,
                                              guint            prop_id,
                                              GValue          *value);
gboolean podlift_strategy_set_plan_property  (PodliftStrategy *self,
                                              guint            prop_id,
                                              const GValue    *value);

G_END_DECLS
