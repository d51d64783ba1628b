/* podlift-cron-job.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "podlift-types.h"

G_BEGIN_DECLS

#define PODLIFT_TYPE_CRON_JOB (podlift_cron_job_get_type ())

G_DECLARE_FINAL_TYPE (PodliftCronJob, podlift_cron_job, PODLIFT, CRON_JOB, GObject)

PodliftCronJob *podlift_cron_job_new          (void);
const char     *podlift_cron_job_get_name     (PodliftCronJob *self);
void            podlift_cron_job_set_name     (PodliftCronJob *self,
                                                const char     *name);
const char     *podlift_cron_job_get_schedule (PodliftCronJob *self);
void            podlift_cron_job_set_schedule (PodliftCronJob *self,
                                                const char     *schedule);
const char     *podlift_cron_job_get_command  (PodliftCronJob *self);
void            podlift_cron_job_set_command  (PodliftCronJob *self,
                                                const char     *command);
const char     *podlift_cron_job_get_source   (PodliftCronJob *self);
void            podlift_cron_job_set_source   (PodliftCronJob *self,
                                                const char     *source);

G_END_DECLS
