/* podlift-cron-job.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-cron-job"

#include "config.h"

#include "podlift-enum-types.h"
#include "podlift-model-util.h"
#include "podlift-cron-job.h"

/* A scheduled task that ran from the VM's crontab. */
struct _PodliftCronJob
{
  GObject parent_instance;

  char *name;
  char *schedule;
  char *command;
  char *source;
};

G_DEFINE_FINAL_TYPE (PodliftCronJob, podlift_cron_job, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_SCHEDULE,
  PROP_COMMAND,
  PROP_SOURCE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
podlift_cron_job_finalize (GObject *object)
{
  PodliftCronJob *self = (PodliftCronJob *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->schedule, g_free);
  g_clear_pointer (&self->command, g_free);
  g_clear_pointer (&self->source, g_free);

  G_OBJECT_CLASS (podlift_cron_job_parent_class)->finalize (object);
}

static void
podlift_cron_job_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PodliftCronJob *self = PODLIFT_CRON_JOB (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_SCHEDULE:
      g_value_set_string (value, self->schedule);
      break;

    case PROP_COMMAND:
      g_value_set_string (value, self->command);
      break;

    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
podlift_cron_job_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PodliftCronJob *self = PODLIFT_CRON_JOB (object);

  switch (prop_id)
    {
    case PROP_NAME:
      podlift_cron_job_set_name (self, g_value_get_string (value));
      break;

    case PROP_SCHEDULE:
      podlift_cron_job_set_schedule (self, g_value_get_string (value));
      break;

    case PROP_COMMAND:
      podlift_cron_job_set_command (self, g_value_get_string (value));
      break;

    case PROP_SOURCE:
      podlift_cron_job_set_source (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
podlift_cron_job_class_init (PodliftCronJobClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = podlift_cron_job_finalize;
  object_class->get_property = podlift_cron_job_get_property;
  object_class->set_property = podlift_cron_job_set_property;

  properties [PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                             NULL,
                             (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_SCHEDULE] =
    g_param_spec_string ("schedule", NULL, NULL,
                             NULL,
                             (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_COMMAND] =
    g_param_spec_string ("command", NULL, NULL,
                             NULL,
                             (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL,
                             NULL,
                             (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
podlift_cron_job_init (PodliftCronJob *self)
{
}

PodliftCronJob *
podlift_cron_job_new (void)
{
  return g_object_new (PODLIFT_TYPE_CRON_JOB, NULL);
}

const char *
podlift_cron_job_get_name (PodliftCronJob *self)
{
  g_return_val_if_fail (PODLIFT_IS_CRON_JOB (self), NULL);

  return self->name;
}

void
podlift_cron_job_set_name (PodliftCronJob *self,
                           const char     *name)
{
  g_return_if_fail (PODLIFT_IS_CRON_JOB (self));

  if (podlift_set_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NAME]);
}

const char *
podlift_cron_job_get_schedule (PodliftCronJob *self)
{
  g_return_val_if_fail (PODLIFT_IS_CRON_JOB (self), NULL);

  return self->schedule;
}

void
podlift_cron_job_set_schedule (PodliftCronJob *self,
                               const char     *schedule)
{
  g_return_if_fail (PODLIFT_IS_CRON_JOB (self));

  if (podlift_set_string (&self->schedule, schedule))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SCHEDULE]);
}

const char *
podlift_cron_job_get_command (PodliftCronJob *self)
{
  g_return_val_if_fail (PODLIFT_IS_CRON_JOB (self), NULL);

  return self->command;
}

void
podlift_cron_job_set_command (PodliftCronJob *self,
                              const char     *command)
{
  g_return_if_fail (PODLIFT_IS_CRON_JOB (self));

  if (podlift_set_string (&self->command, command))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_COMMAND]);
}

const char *
podlift_cron_job_get_source (PodliftCronJob *self)
{
  g_return_val_if_fail (PODLIFT_IS_CRON_JOB (self), NULL);

  return self->source;
}

void
podlift_cron_job_set_source (PodliftCronJob *self,
                             const char     *source)
{
  g_return_if_fail (PODLIFT_IS_CRON_JOB (self));

  if (podlift_set_string (&self->source, source))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SOURCE]);
}
