/* podlift-env-var.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-env-var"

#include "config.h"

#include "podlift-enum-types.h"
#include "podlift-model-util.h"
#include "podlift-env-var.h"

/* One environment variable the application reads. A secret one keeps its value in secrets.env only. */
struct _PodliftEnvVar
{
  GObject parent_instance;

  char *name;
  char *value;
  gboolean secret;
  char *source;
};

G_DEFINE_FINAL_TYPE (PodliftEnvVar, podlift_env_var, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_VALUE,
  PROP_SECRET,
  PROP_SOURCE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
podlift_env_var_finalize (GObject *object)
{
  PodliftEnvVar *self = (PodliftEnvVar *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->value, g_free);
  g_clear_pointer (&self->source, g_free);

  G_OBJECT_CLASS (podlift_env_var_parent_class)->finalize (object);
}

static void
podlift_env_var_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PodliftEnvVar *self = PODLIFT_ENV_VAR (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_VALUE:
      g_value_set_string (value, self->value);
      break;

    case PROP_SECRET:
      g_value_set_boolean (value, self->secret);
      break;

    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
podlift_env_var_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PodliftEnvVar *self = PODLIFT_ENV_VAR (object);

  switch (prop_id)
    {
    case PROP_NAME:
      podlift_env_var_set_name (self, g_value_get_string (value));
      break;

    case PROP_VALUE:
      podlift_env_var_set_value (self, g_value_get_string (value));
      break;

    case PROP_SECRET:
      podlift_env_var_set_secret (self, g_value_get_boolean (value));
      break;

    case PROP_SOURCE:
      podlift_env_var_set_source (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
podlift_env_var_class_init (PodliftEnvVarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = podlift_env_var_finalize;
  object_class->get_property = podlift_env_var_get_property;
  object_class->set_property = podlift_env_var_set_property;

  properties [PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                             NULL,
                             (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_VALUE] =
    g_param_spec_string ("value", NULL, NULL,
                             NULL,
                             (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_SECRET] =
    g_param_spec_boolean ("secret", NULL, NULL,
                              FALSE,
                              (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL,
                             NULL,
                             (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
podlift_env_var_init (PodliftEnvVar *self)
{
}

PodliftEnvVar *
podlift_env_var_new (void)
{
  return g_object_new (PODLIFT_TYPE_ENV_VAR, NULL);
}

const char *
podlift_env_var_get_name (PodliftEnvVar *self)
{
  g_return_val_if_fail (PODLIFT_IS_ENV_VAR (self), NULL);

  return self->name;
}

void
podlift_env_var_set_name (PodliftEnvVar *self,
                          const char    *name)
{
  g_return_if_fail (PODLIFT_IS_ENV_VAR (self));

  if (podlift_set_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NAME]);
}

const char *
podlift_env_var_get_value (PodliftEnvVar *self)
{
  g_return_val_if_fail (PODLIFT_IS_ENV_VAR (self), NULL);

  return self->value;
}

void
podlift_env_var_set_value (PodliftEnvVar *self,
                           const char    *value)
{
  g_return_if_fail (PODLIFT_IS_ENV_VAR (self));

  if (podlift_set_string (&self->value, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_VALUE]);
}

gboolean
podlift_env_var_get_secret (PodliftEnvVar *self)
{
  g_return_val_if_fail (PODLIFT_IS_ENV_VAR (self), FALSE);

  return self->secret;
}

void
podlift_env_var_set_secret (PodliftEnvVar *self,
                            gboolean       secret)
{
  g_return_if_fail (PODLIFT_IS_ENV_VAR (self));

  secret = !!secret;

  if (self->secret == secret)
    return;

  self->secret = secret;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SECRET]);
}

const char *
podlift_env_var_get_source (PodliftEnvVar *self)
{
  g_return_val_if_fail (PODLIFT_IS_ENV_VAR (self), NULL);

  return self->source;
}

void
podlift_env_var_set_source (PodliftEnvVar *self,
                            const char    *source)
{
  g_return_if_fail (PODLIFT_IS_ENV_VAR (self));

  if (podlift_set_string (&self->source, source))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SOURCE]);
}
