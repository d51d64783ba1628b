/* podlift-downtime.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podlift-project.h"

G_BEGIN_DECLS

/* The parts of the downtime of a move, in the order they happen. */
typedef enum
{
  PODLIFT_DOWNTIME_DUMP,
  PODLIFT_DOWNTIME_TRANSFER,
  PODLIFT_DOWNTIME_RESTORE,
  PODLIFT_DOWNTIME_VOLUME_COPY,
  PODLIFT_DOWNTIME_DNS,
  PODLIFT_DOWNTIME_CHECKS,
} PodliftDowntimePart;

#define PODLIFT_DOWNTIME_N_PARTS (PODLIFT_DOWNTIME_CHECKS + 1)

/* An estimate of how long users see the maintenance page, and what it is
 * made of. Sizes in GB (1000 MB), throughputs in MB/s, times in seconds.
 * The throughputs are the ones used: the strategy's own, or the
 * defaults of the engine and the copy method where it has none. */
typedef struct
{
  PodliftStrategyKind   kind;          /* the kind estimated */
  PodliftDatabaseEngine engine;
  double                database_gb;   /* 0 when the database stays */
  double                volumes_gb;    /* stateful files copied into volumes */
  double                dump_mb_per_second;
  double                transfer_mb_per_second;
  double                restore_mb_per_second;
  double                volume_mb_per_second;
  guint                 ttl_seconds;   /* the TTL resolvers hold at the switch */
  double                seconds[PODLIFT_DOWNTIME_N_PARTS];
  double                total_seconds;
} PodliftDowntime;

void        podlift_downtime_estimate         (PodliftProject        *project,
                                               PodliftStrategyKind    kind,
                                               PodliftDowntime       *downtime);
double      podlift_downtime_default_throughput (PodliftDatabaseEngine engine,
                                                 PodliftVolumeCopy     copy,
                                                 PodliftDowntimePart   part);
double      podlift_downtime_volumes_gb       (PodliftProject        *project);
/* "Dump", "Transfer", … (not translated: RUNBOOK.md is not) */
const char *podlift_downtime_part_name        (PodliftDowntimePart    part);
/* "1 h 17 min", "45 min", "50 s" */
char       *podlift_format_duration           (double                 seconds);

G_END_DECLS
