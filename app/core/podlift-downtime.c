/* podlift-downtime.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-downtime"

#include "config.h"

#include <math.h>

#include "podlift-app-profile.h"
#include "podlift-downtime.h"
#include "podlift-state-path.h"
#include "podlift-strategy.h"

/* The downtime of a move, worked out from the data sizes the Knowledge
 * step gives and from throughputs: each part is a size over a rate.
 *
 * The dump is read across the network when it runs from a pod in the
 * cluster, so it goes at the slower of the two rates and there is no
 * separate transfer; made on a host beside the database, it goes at the
 * dump's own rate and the file then crosses the network. Resolvers that
 * asked just before the switch keep the old address for the TTL, so the
 * DNS part is the TTL in force on the day: the lowered one. */

#define MB_PER_GB 1000.0

/* Rates seen on ordinary hardware, in MB/s of data: pg_dump -Fc, and
 * pg_restore with 4 jobs rebuilding indexes; mysqldump and the server
 * replaying its SQL in one thread; mongodump and mongorestore of an
 * archive. The network: about 1 Gbit/s. Volumes: tar streamed through
 * the API server, rsync with its per-file checks. */
double
podlift_downtime_default_throughput (PodliftDatabaseEngine engine,
                                     PodliftVolumeCopy     copy,
                                     PodliftDowntimePart   part)
{
  switch (part)
    {
    case PODLIFT_DOWNTIME_DUMP:
      if (engine == PODLIFT_DATABASE_ENGINE_POSTGRESQL)
        return 60;
      if (engine == PODLIFT_DATABASE_ENGINE_MONGODB)
        return 50;
      return 40;

    case PODLIFT_DOWNTIME_RESTORE:
      if (engine == PODLIFT_DATABASE_ENGINE_POSTGRESQL)
        return 30;
      if (engine == PODLIFT_DATABASE_ENGINE_MONGODB)
        return 25;
      return 15;

    case PODLIFT_DOWNTIME_TRANSFER:
      return 100;

    case PODLIFT_DOWNTIME_VOLUME_COPY:
      return copy == PODLIFT_VOLUME_COPY_RSYNC ? 30 : 40;

    case PODLIFT_DOWNTIME_DNS:
    case PODLIFT_DOWNTIME_CHECKS:
    default:
      return 0;
    }
}

const char *
podlift_downtime_part_name (PodliftDowntimePart part)
{
  static const char * const names[] = {
    "Dump", "Transfer", "Restore", "Volume copy", "DNS propagation", "Checks",
  };

  g_return_val_if_fail (part < PODLIFT_DOWNTIME_N_PARTS, NULL);

  return names[part];
}

/* The stateful files that go into volumes: none when the code is
 * reworked to keep no state. */
double
podlift_downtime_volumes_gb (PodliftProject *project)
{
  PodliftAppProfile *profile;
  GListModel *paths;
  double total = 0;

  g_return_val_if_fail (PODLIFT_IS_PROJECT (project), 0);

  profile = podlift_project_get_profile (project);
  if (!podlift_app_profile_get_stateful (profile) ||
      podlift_app_profile_get_state_handling (profile) == PODLIFT_STATE_HANDLING_REWORK)
    return 0;

  paths = G_LIST_MODEL (podlift_app_profile_get_state_paths (profile));
  for (guint i = 0; i < g_list_model_get_n_items (paths); i++)
    {
      g_autoptr(PodliftStatePath) path = g_list_model_get_item (paths, i);

      total += MAX (0, podlift_state_path_get_size_gb (path));
    }

  return total;
}

static double
rate_or_default (double                rate,
                 PodliftDatabaseEngine engine,
                 PodliftVolumeCopy     copy,
                 PodliftDowntimePart   part)
{
  return rate > 0 ? rate : podlift_downtime_default_throughput (engine, copy, part);
}

static void
fill_rates (PodliftDowntime *d,
            PodliftStrategy *s)
{
  PodliftVolumeCopy copy = podlift_strategy_get_volume_copy (s);

  d->dump_mb_per_second = rate_or_default (podlift_strategy_get_dump_mb_per_second (s),
                                           d->engine, copy, PODLIFT_DOWNTIME_DUMP);
  d->transfer_mb_per_second = rate_or_default (podlift_strategy_get_transfer_mb_per_second (s),
                                               d->engine, copy, PODLIFT_DOWNTIME_TRANSFER);
  d->restore_mb_per_second = rate_or_default (podlift_strategy_get_restore_mb_per_second (s),
                                              d->engine, copy, PODLIFT_DOWNTIME_RESTORE);
  d->volume_mb_per_second = rate_or_default (podlift_strategy_get_volume_mb_per_second (s),
                                             d->engine, copy, PODLIFT_DOWNTIME_VOLUME_COPY);
}

static guint
ttl_at_switch (PodliftStrategy *s)
{
  guint ttl = podlift_strategy_get_dns_ttl_seconds (s);
  guint lowered = podlift_strategy_get_lowered_ttl_seconds (s);

  return lowered > 0 && lowered < ttl ? lowered : ttl;
}

static void
estimate_database (PodliftDowntime *d,
                   PodliftStrategy *s)
{
  double mb = d->database_gb * MB_PER_GB;

  if (mb <= 0)
    return;

  if (podlift_strategy_get_run_from (s) == PODLIFT_RUN_FROM_POD)
    {
      d->seconds[PODLIFT_DOWNTIME_DUMP] = mb / MIN (d->dump_mb_per_second, d->transfer_mb_per_second);
    }
  else
    {
      d->seconds[PODLIFT_DOWNTIME_DUMP] = mb / d->dump_mb_per_second;
      d->seconds[PODLIFT_DOWNTIME_TRANSFER] = mb / d->transfer_mb_per_second;
    }
  d->seconds[PODLIFT_DOWNTIME_RESTORE] = mb / d->restore_mb_per_second;
}

/**
 * podlift_downtime_estimate:
 * @kind: the strategy to estimate
 *
 * Moving the application and its database: users wait for the dump, its
 * transfer, the restore, the copy of the volumes, the DNS change and the
 * checks. Moving the application only: both sides serve while DNS
 * changes, so the only wait is the last copy of stateful files, if any.
 */
void
podlift_downtime_estimate (PodliftProject      *project,
                           PodliftStrategyKind  kind,
                           PodliftDowntime     *downtime)
{
  PodliftAppProfile *profile;
  PodliftStrategy *strategy;

  g_return_if_fail (PODLIFT_IS_PROJECT (project));
  g_return_if_fail (downtime != NULL);

  profile = podlift_project_get_profile (project);
  strategy = podlift_project_get_strategy (project);

  *downtime = (PodliftDowntime) { 0 };
  downtime->kind = kind;
  downtime->engine = podlift_app_profile_get_database_engine (profile);
  downtime->volumes_gb = podlift_downtime_volumes_gb (project);
  downtime->ttl_seconds = ttl_at_switch (strategy);
  fill_rates (downtime, strategy);

  if (downtime->volumes_gb > 0)
    downtime->seconds[PODLIFT_DOWNTIME_VOLUME_COPY] = downtime->volumes_gb * MB_PER_GB /
                                                      downtime->volume_mb_per_second;

  if (kind == PODLIFT_STRATEGY_KIND_APP_AND_DATABASE)
    {
      if (downtime->engine != PODLIFT_DATABASE_ENGINE_NONE)
        downtime->database_gb = MAX (0, podlift_app_profile_get_database_size_gb (profile));
      estimate_database (downtime, strategy);
      downtime->seconds[PODLIFT_DOWNTIME_DNS] = downtime->ttl_seconds;
      downtime->seconds[PODLIFT_DOWNTIME_CHECKS] = 60.0 * podlift_strategy_get_checks_minutes (strategy);
    }

  for (guint i = 0; i < PODLIFT_DOWNTIME_N_PARTS; i++)
    downtime->total_seconds += downtime->seconds[i];
}

char *
podlift_format_duration (double seconds)
{
  guint total = (guint) ceil (MAX (0, seconds));
  guint minutes;

  if (total < 60)
    return g_strdup_printf ("%u s", total);

  minutes = (guint) ceil (seconds / 60.0);
  if (minutes < 60)
    return g_strdup_printf ("%u min", minutes);
  if (minutes % 60 == 0)
    return g_strdup_printf ("%u h", minutes / 60);

  return g_strdup_printf ("%u h %u min", minutes / 60, minutes % 60);
}
