/* podlift-config-file.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-config-file"

#include "config.h"

#include "podlift-enum-types.h"
#include "podlift-model-util.h"
#include "podlift-config-file.h"

/* A configuration file the application reads, with where its content comes from. */
struct _PodliftConfigFile
{
  GObject parent_instance;

  char *path;
  char *content_source;
  gboolean secret;
  char *source;
};

G_DEFINE_FINAL_TYPE (PodliftConfigFile, podlift_config_file, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PATH,
  PROP_CONTENT_SOURCE,
  PROP_SECRET,
  PROP_SOURCE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
podlift_config_file_finalize (GObject *object)
{
  PodliftConfigFile *self = (PodliftConfigFile *)object;

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->content_source, g_free);
  g_clear_pointer (&self->source, g_free);

  G_OBJECT_CLASS (podlift_config_file_parent_class)->finalize (object);
}

static void
podlift_config_file_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PodliftConfigFile *self = PODLIFT_CONFIG_FILE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;

    case PROP_CONTENT_SOURCE:
      g_value_set_string (value, self->content_source);
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
podlift_config_file_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  PodliftConfigFile *self = PODLIFT_CONFIG_FILE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      podlift_config_file_set_path (self, g_value_get_string (value));
      break;

    case PROP_CONTENT_SOURCE:
      podlift_config_file_set_content_source (self, g_value_get_string (value));
      break;

    case PROP_SECRET:
      podlift_config_file_set_secret (self, g_value_get_boolean (value));
      break;

    case PROP_SOURCE:
      podlift_config_file_set_source (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
podlift_config_file_class_init (PodliftConfigFileClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = podlift_config_file_finalize;
  object_class->get_property = podlift_config_file_get_property;
  object_class->set_property = podlift_config_file_set_property;

  properties [PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL,
                             NULL,
                             (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_CONTENT_SOURCE] =
    g_param_spec_string ("content-source", NULL, NULL,
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
podlift_config_file_init (PodliftConfigFile *self)
{
}

PodliftConfigFile *
podlift_config_file_new (void)
{
  return g_object_new (PODLIFT_TYPE_CONFIG_FILE, NULL);
}

const char *
podlift_config_file_get_path (PodliftConfigFile *self)
{
  g_return_val_if_fail (PODLIFT_IS_CONFIG_FILE (self), NULL);

  return self->path;
}

void
podlift_config_file_set_path (PodliftConfigFile *self,
                              const char        *path)
{
  g_return_if_fail (PODLIFT_IS_CONFIG_FILE (self));

  if (podlift_set_string (&self->path, path))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PATH]);
}

const char *
podlift_config_file_get_content_source (PodliftConfigFile *self)
{
  g_return_val_if_fail (PODLIFT_IS_CONFIG_FILE (self), NULL);

  return self->content_source;
}

void
podlift_config_file_set_content_source (PodliftConfigFile *self,
                                        const char        *content_source)
{
  g_return_if_fail (PODLIFT_IS_CONFIG_FILE (self));

  if (podlift_set_string (&self->content_source, content_source))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CONTENT_SOURCE]);
}

gboolean
podlift_config_file_get_secret (PodliftConfigFile *self)
{
  g_return_val_if_fail (PODLIFT_IS_CONFIG_FILE (self), FALSE);

  return self->secret;
}

void
podlift_config_file_set_secret (PodliftConfigFile *self,
                                gboolean           secret)
{
  g_return_if_fail (PODLIFT_IS_CONFIG_FILE (self));

  secret = !!secret;

  if (self->secret == secret)
    return;

  self->secret = secret;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SECRET]);
}

const char *
podlift_config_file_get_source (PodliftConfigFile *self)
{
  g_return_val_if_fail (PODLIFT_IS_CONFIG_FILE (self), NULL);

  return self->source;
}

void
podlift_config_file_set_source (PodliftConfigFile *self,
                                const char        *source)
{
  g_return_if_fail (PODLIFT_IS_CONFIG_FILE (self));

  if (podlift_set_string (&self->source, source))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SOURCE]);
}
