/* podlift-strategy-plan.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-strategy"

#include "config.h"

#include "podlift-enum-types.h"
#include "podlift-strategy-private.h"

/* The Strategy step's choices of how the data moves (the maintenance
 * page, where the dump runs, how volumes are copied, the throughputs of
 * the downtime estimate) and of the sizing (the objectives of the load
 * test and what it measured). Throughputs of 0 stand for the engine's
 * defaults (podlift-downtime.h). */

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
set_enum (PodliftStrategy *self,
          int             *field,
          int              value,
          guint            prop_id)
{
  if (*field == value)
    return;

  *field = value;
  podlift_strategy_notify (self, prop_id);
}

static void
set_uint (PodliftStrategy *self,
          guint           *field,
          guint            value,
          guint            prop_id)
{
  if (*field == value)
    return;

  *field = value;
  podlift_strategy_notify (self, prop_id);
}

static void
set_double (PodliftStrategy *self,
            double          *field,
            double           value,
            guint            prop_id)
{
  if (*field == value)
    return;

  *field = value;
  podlift_strategy_notify (self, prop_id);
}

void
podlift_strategy_plan_properties (GParamSpec **properties)
{
  properties [PROP_MAINTENANCE_KIND] =
    g_param_spec_enum ("maintenance-kind", NULL, NULL,
                      PODLIFT_TYPE_MAINTENANCE_KIND, PODLIFT_MAINTENANCE_KIND_STATIC, FLAGS);

  properties [PROP_RUN_FROM] =
    g_param_spec_enum ("run-from", NULL, NULL, PODLIFT_TYPE_RUN_FROM, PODLIFT_RUN_FROM_POD, FLAGS);

  properties [PROP_VOLUME_COPY] =
    g_param_spec_enum ("volume-copy", NULL, NULL, PODLIFT_TYPE_VOLUME_COPY, PODLIFT_VOLUME_COPY_TAR, FLAGS);

  properties [PROP_DUMP_MB_PER_SECOND] =
    g_param_spec_double ("dump-mb-per-second", NULL, NULL, 0, 100000, 0, FLAGS);

  properties [PROP_TRANSFER_MB_PER_SECOND] =
    g_param_spec_double ("transfer-mb-per-second", NULL, NULL, 0, 100000, 0, FLAGS);

  properties [PROP_RESTORE_MB_PER_SECOND] =
    g_param_spec_double ("restore-mb-per-second", NULL, NULL, 0, 100000, 0, FLAGS);

  properties [PROP_VOLUME_MB_PER_SECOND] =
    g_param_spec_double ("volume-mb-per-second", NULL, NULL, 0, 100000, 0, FLAGS);

  properties [PROP_CHECKS_MINUTES] =
    g_param_spec_uint ("checks-minutes", NULL, NULL, 0, 1440, 15, FLAGS);

  properties [PROP_LATENCY_OBJECTIVE_MS] =
    g_param_spec_uint ("latency-objective-ms", NULL, NULL, 1, 60000, 500, FLAGS);

  properties [PROP_ERROR_OBJECTIVE_PERCENT] =
    g_param_spec_double ("error-objective-percent", NULL, NULL, 0, 100, 1, FLAGS);

  properties [PROP_CPU_LIMIT] =
    g_param_spec_boolean ("cpu-limit", NULL, NULL, TRUE, FLAGS);

  properties [PROP_LOAD_TEST_PODS] =
    g_param_spec_uint ("load-test-pods", NULL, NULL, 1, 1000, 1, FLAGS);

  properties [PROP_LOAD_TEST_RATE] =
    g_param_spec_double ("load-test-rate", NULL, NULL, 0, G_MAXDOUBLE, 0, FLAGS);

  properties [PROP_LOAD_TEST_P95_MS] =
    g_param_spec_double ("load-test-p95-ms", NULL, NULL, 0, G_MAXDOUBLE, 0, FLAGS);

  properties [PROP_LOAD_TEST_ERROR_PERCENT] =
    g_param_spec_double ("load-test-error-percent", NULL, NULL, 0, 100, 0, FLAGS);
}

void
podlift_strategy_plan_init (PodliftStrategy *self)
{
  self->checks_minutes = 15;
  self->latency_objective_ms = 500;
  self->error_objective_percent = 1.0;
  self->cpu_limit = TRUE;
  self->load_test_pods = 1;
}

gboolean
podlift_strategy_get_plan_property (PodliftStrategy *self,
                                    guint            prop_id,
                                    GValue          *value)
{
  switch (prop_id)
    {
    case PROP_MAINTENANCE_KIND:
      g_value_set_enum (value, self->maintenance_kind);
      return TRUE;

    case PROP_RUN_FROM:
      g_value_set_enum (value, self->run_from);
      return TRUE;

    case PROP_VOLUME_COPY:
      g_value_set_enum (value, self->volume_copy);
      return TRUE;

    case PROP_DUMP_MB_PER_SECOND:
      g_value_set_double (value, self->dump_mb_per_second);
      return TRUE;

    case PROP_TRANSFER_MB_PER_SECOND:
      g_value_set_double (value, self->transfer_mb_per_second);
      return TRUE;

    case PROP_RESTORE_MB_PER_SECOND:
      g_value_set_double (value, self->restore_mb_per_second);
      return TRUE;

    case PROP_VOLUME_MB_PER_SECOND:
      g_value_set_double (value, self->volume_mb_per_second);
      return TRUE;

    case PROP_CHECKS_MINUTES:
      g_value_set_uint (value, self->checks_minutes);
      return TRUE;

    case PROP_LATENCY_OBJECTIVE_MS:
      g_value_set_uint (value, self->latency_objective_ms);
      return TRUE;

    case PROP_ERROR_OBJECTIVE_PERCENT:
      g_value_set_double (value, self->error_objective_percent);
      return TRUE;

    case PROP_CPU_LIMIT:
      g_value_set_boolean (value, self->cpu_limit);
      return TRUE;

    case PROP_LOAD_TEST_PODS:
      g_value_set_uint (value, self->load_test_pods);
      return TRUE;

    case PROP_LOAD_TEST_RATE:
      g_value_set_double (value, self->load_test_rate);
      return TRUE;

    case PROP_LOAD_TEST_P95_MS:
      g_value_set_double (value, self->load_test_p95_ms);
      return TRUE;

    case PROP_LOAD_TEST_ERROR_PERCENT:
      g_value_set_double (value, self->load_test_error_percent);
      return TRUE;

    default:
      return FALSE;
    }
}

gboolean
podlift_strategy_set_plan_property (PodliftStrategy *self,
                                    guint            prop_id,
                                    const GValue    *value)
{
  switch (prop_id)
    {
    case PROP_MAINTENANCE_KIND:
      podlift_strategy_set_maintenance_kind (self, g_value_get_enum (value));
      return TRUE;

    case PROP_RUN_FROM:
      podlift_strategy_set_run_from (self, g_value_get_enum (value));
      return TRUE;

    case PROP_VOLUME_COPY:
      podlift_strategy_set_volume_copy (self, g_value_get_enum (value));
      return TRUE;

    case PROP_DUMP_MB_PER_SECOND:
      podlift_strategy_set_dump_mb_per_second (self, g_value_get_double (value));
      return TRUE;

    case PROP_TRANSFER_MB_PER_SECOND:
      podlift_strategy_set_transfer_mb_per_second (self, g_value_get_double (value));
      return TRUE;

    case PROP_RESTORE_MB_PER_SECOND:
      podlift_strategy_set_restore_mb_per_second (self, g_value_get_double (value));
      return TRUE;

    case PROP_VOLUME_MB_PER_SECOND:
      podlift_strategy_set_volume_mb_per_second (self, g_value_get_double (value));
      return TRUE;

    case PROP_CHECKS_MINUTES:
      podlift_strategy_set_checks_minutes (self, g_value_get_uint (value));
      return TRUE;

    case PROP_LATENCY_OBJECTIVE_MS:
      podlift_strategy_set_latency_objective_ms (self, g_value_get_uint (value));
      return TRUE;

    case PROP_ERROR_OBJECTIVE_PERCENT:
      podlift_strategy_set_error_objective_percent (self, g_value_get_double (value));
      return TRUE;

    case PROP_CPU_LIMIT:
      podlift_strategy_set_cpu_limit (self, g_value_get_boolean (value));
      return TRUE;

    case PROP_LOAD_TEST_PODS:
      podlift_strategy_set_load_test_pods (self, g_value_get_uint (value));
      return TRUE;

    case PROP_LOAD_TEST_RATE:
      podlift_strategy_set_load_test_rate (self, g_value_get_double (value));
      return TRUE;

    case PROP_LOAD_TEST_P95_MS:
      podlift_strategy_set_load_test_p95_ms (self, g_value_get_double (value));
      return TRUE;

    case PROP_LOAD_TEST_ERROR_PERCENT:
      podlift_strategy_set_load_test_error_percent (self, g_value_get_double (value));
      return TRUE;

    default:
      return FALSE;
    }
}

PodliftMaintenanceKind
podlift_strategy_get_maintenance_kind (PodliftStrategy *self)
{
  g_return_val_if_fail (PODLIFT_IS_STRATEGY (self), 0);

  return self->maintenance_kind;
}

void
podlift_strategy_set_maintenance_kind (PodliftStrategy        *self,
                                       PodliftMaintenanceKind  maintenance_kind)
{
  g_return_if_fail (PODLIFT_IS_STRATEGY (self));

  set_enum (self, (int *) &self->maintenance_kind, maintenance_kind, PROP_MAINTENANCE_KIND);
}

PodliftRunFrom
podlift_strategy_get_run_from (PodliftStrategy *self)
{
  g_return_val_if_fail (PODLIFT_IS_STRATEGY (self), 0);

  return self->run_from;
}

void
podlift_strategy_set_run_from (PodliftStrategy *self,
                               PodliftRunFrom   run_from)
{
  g_return_if_fail (PODLIFT_IS_STRATEGY (self));

  set_enum (self, (int *) &self->run_from, run_from, PROP_RUN_FROM);
}

PodliftVolumeCopy
podlift_strategy_get_volume_copy (PodliftStrategy *self)
{
  g_return_val_if_fail (PODLIFT_IS_STRATEGY (self), 0);

  return self->volume_copy;
}

void
podlift_strategy_set_volume_copy (PodliftStrategy   *self,
                                  PodliftVolumeCopy  volume_copy)
{
  g_return_if_fail (PODLIFT_IS_STRATEGY (self));

  set_enum (self, (int *) &self->volume_copy, volume_copy, PROP_VOLUME_COPY);
}

double
podlift_strategy_get_dump_mb_per_second (PodliftStrategy *self)
{
  g_return_val_if_fail (PODLIFT_IS_STRATEGY (self), 0);

  return self->dump_mb_per_second;
}

void
podlift_strategy_set_dump_mb_per_second (PodliftStrategy *self,
                                         double           dump_mb_per_second)
{
  g_return_if_fail (PODLIFT_IS_STRATEGY (self));

  set_double (self, &self->dump_mb_per_second, dump_mb_per_second, PROP_DUMP_MB_PER_SECOND);
}

double
podlift_strategy_get_transfer_mb_per_second (PodliftStrategy *self)
{
  g_return_val_if_fail (PODLIFT_IS_STRATEGY (self), 0);

  return self->transfer_mb_per_second;
}

void
podlift_strategy_set_transfer_mb_per_second (PodliftStrategy *self,
                                             double           transfer_mb_per_second)
{
  g_return_if_fail (PODLIFT_IS_STRATEGY (self));

  set_double (self, &self->transfer_mb_per_second, transfer_mb_per_second, PROP_TRANSFER_MB_PER_SECOND);
}

double
podlift_strategy_get_restore_mb_per_second (PodliftStrategy *self)
{
  g_return_val_if_fail (PODLIFT_IS_STRATEGY (self), 0);

  return self->restore_mb_per_second;
}

void
podlift_strategy_set_restore_mb_per_second (PodliftStrategy *self,
                                            double           restore_mb_per_second)
{
  g_return_if_fail (PODLIFT_IS_STRATEGY (self));

  set_double (self, &self->restore_mb_per_second, restore_mb_per_second, PROP_RESTORE_MB_PER_SECOND);
}

double
podlift_strategy_get_volume_mb_per_second (PodliftStrategy *self)
{
  g_return_val_if_fail (PODLIFT_IS_STRATEGY (self), 0);

  return self->volume_mb_per_second;
}

void
podlift_strategy_set_volume_mb_per_second (PodliftStrategy *self,
                                           double           volume_mb_per_second)
{
  g_return_if_fail (PODLIFT_IS_STRATEGY (self));

  set_double (self, &self->volume_mb_per_second, volume_mb_per_second, PROP_VOLUME_MB_PER_SECOND);
}

guint
podlift_strategy_get_checks_minutes (PodliftStrategy *self)
{
  g_return_val_if_fail (PODLIFT_IS_STRATEGY (self), 0);

  return self->checks_minutes;
}

void
podlift_strategy_set_checks_minutes (PodliftStrategy *self,
                                     guint            checks_minutes)
{
  g_return_if_fail (PODLIFT_IS_STRATEGY (self));

  set_uint (self, &self->checks_minutes, checks_minutes, PROP_CHECKS_MINUTES);
}

guint
podlift_strategy_get_latency_objective_ms (PodliftStrategy *self)
{
  g_return_val_if_fail (PODLIFT_IS_STRATEGY (self), 0);

  return self->latency_objective_ms;
}

void
podlift_strategy_set_latency_objective_ms (PodliftStrategy *self,
                                           guint            latency_objective_ms)
{
  g_return_if_fail (PODLIFT_IS_STRATEGY (self));

  set_uint (self, &self->latency_objective_ms, latency_objective_ms, PROP_LATENCY_OBJECTIVE_MS);
}

double
podlift_strategy_get_error_objective_percent (PodliftStrategy *self)
{
  g_return_val_if_fail (PODLIFT_IS_STRATEGY (self), 0);

  return self->error_objective_percent;
}

void
podlift_strategy_set_error_objective_percent (PodliftStrategy *self,
                                              double           error_objective_percent)
{
  g_return_if_fail (PODLIFT_IS_STRATEGY (self));

  set_double (self, &self->error_objective_percent, error_objective_percent, PROP_ERROR_OBJECTIVE_PERCENT);
}

gboolean
podlift_strategy_get_cpu_limit (PodliftStrategy *self)
{
  g_return_val_if_fail (PODLIFT_IS_STRATEGY (self), FALSE);

  return self->cpu_limit;
}

void
podlift_strategy_set_cpu_limit (PodliftStrategy *self,
                                gboolean         cpu_limit)
{
  g_return_if_fail (PODLIFT_IS_STRATEGY (self));

  cpu_limit = !!cpu_limit;
  if (self->cpu_limit == cpu_limit)
    return;

  self->cpu_limit = cpu_limit;
  podlift_strategy_notify (self, PROP_CPU_LIMIT);
}

guint
podlift_strategy_get_load_test_pods (PodliftStrategy *self)
{
  g_return_val_if_fail (PODLIFT_IS_STRATEGY (self), 0);

  return self->load_test_pods;
}

void
podlift_strategy_set_load_test_pods (PodliftStrategy *self,
                                     guint            load_test_pods)
{
  g_return_if_fail (PODLIFT_IS_STRATEGY (self));

  set_uint (self, &self->load_test_pods, load_test_pods, PROP_LOAD_TEST_PODS);
}

double
podlift_strategy_get_load_test_rate (PodliftStrategy *self)
{
  g_return_val_if_fail (PODLIFT_IS_STRATEGY (self), 0);

  return self->load_test_rate;
}

void
podlift_strategy_set_load_test_rate (PodliftStrategy *self,
                                     double           load_test_rate)
{
  g_return_if_fail (PODLIFT_IS_STRATEGY (self));

  set_double (self, &self->load_test_rate, load_test_rate, PROP_LOAD_TEST_RATE);
}

double
podlift_strategy_get_load_test_p95_ms (PodliftStrategy *self)
{
  g_return_val_if_fail (PODLIFT_IS_STRATEGY (self), 0);

  return self->load_test_p95_ms;
}

void
podlift_strategy_set_load_test_p95_ms (PodliftStrategy *self,
                                       double           load_test_p95_ms)
{
  g_return_if_fail (PODLIFT_IS_STRATEGY (self));

  set_double (self, &self->load_test_p95_ms, load_test_p95_ms, PROP_LOAD_TEST_P95_MS);
}

double
podlift_strategy_get_load_test_error_percent (PodliftStrategy *self)
{
  g_return_val_if_fail (PODLIFT_IS_STRATEGY (self), 0);

  return self->load_test_error_percent;
}

void
podlift_strategy_set_load_test_error_percent (PodliftStrategy *self,
                                              double           load_test_error_percent)
{
  g_return_if_fail (PODLIFT_IS_STRATEGY (self));

  set_double (self, &self->load_test_error_percent, load_test_error_percent, PROP_LOAD_TEST_ERROR_PERCENT);
}
