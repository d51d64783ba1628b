/* podlift-state-path.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-state-path"

#include "config.h"

#include "podlift-enum-types.h"
#include "podlift-model-util.h"
#include "podlift-state-path.h"

/* A path where the application keeps state between requests. */
struct _PodliftStatePath
{
  GObject parent_instance;

  char *path;
  char *holds;
  double size_gb;
  char *source;
};

G_DEFINE_FINAL_TYPE (PodliftStatePath, podlift_state_path, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PATH,
  PROP_HOLDS,
  PROP_SIZE_GB,
  PROP_SOURCE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
podlift_state_path_finalize (GObject *object)
{
  PodliftStatePath *self = (PodliftStatePath *)object;

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->holds, g_free);
  g_clear_pointer (&self->source, g_free);

  G_OBJECT_CLASS (podlift_state_path_parent_class)->finalize (object);
}

static void
podlift_state_path_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PodliftStatePath *self = PODLIFT_STATE_PATH (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;

    case PROP_HOLDS:
      g_value_set_string (value, self->holds);
      break;

    case PROP_SIZE_GB:
      g_value_set_double (value, self->size_gb);
      break;

    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
podlift_state_path_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PodliftStatePath *self = PODLIFT_STATE_PATH (object);

  switch (prop_id)
    {
    case PROP_PATH:
      podlift_state_path_set_path (self, g_value_get_string (value));
      break;

    case PROP_HOLDS:
      podlift_state_path_set_holds (self, g_value_get_string (value));
      break;

    case PROP_SIZE_GB:
      podlift_state_path_set_size_gb (self, g_value_get_double (value));
      break;

    case PROP_SOURCE:
      podlift_state_path_set_source (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
podlift_state_path_class_init (PodliftStatePathClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = podlift_state_path_finalize;
  object_class->get_property = podlift_state_path_get_property;
  object_class->set_property = podlift_state_path_set_property;

  properties [PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL,
                             NULL,
                             (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_HOLDS] =
    g_param_spec_string ("holds", NULL, NULL,
                             NULL,
                             (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_SIZE_GB] =
    g_param_spec_double ("size-gb", NULL, NULL,
                             0.0, G_MAXDOUBLE, 0.0,
                             (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL,
                             NULL,
                             (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
podlift_state_path_init (PodliftStatePath *self)
{
}

PodliftStatePath *
podlift_state_path_new (void)
{
  return g_object_new (PODLIFT_TYPE_STATE_PATH, NULL);
}

const char *
podlift_state_path_get_path (PodliftStatePath *self)
{
  g_return_val_if_fail (PODLIFT_IS_STATE_PATH (self), NULL);

  return self->path;
}

void
podlift_state_path_set_path (PodliftStatePath *self,
                             const char       *path)
{
  g_return_if_fail (PODLIFT_IS_STATE_PATH (self));

  if (podlift_set_string (&self->path, path))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PATH]);
}

const char *
podlift_state_path_get_holds (PodliftStatePath *self)
{
  g_return_val_if_fail (PODLIFT_IS_STATE_PATH (self), NULL);

  return self->holds;
}

void
podlift_state_path_set_holds (PodliftStatePath *self,
                              const char       *holds)
{
  g_return_if_fail (PODLIFT_IS_STATE_PATH (self));

  if (podlift_set_string (&self->holds, holds))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_HOLDS]);
}

double
podlift_state_path_get_size_gb (PodliftStatePath *self)
{
  g_return_val_if_fail (PODLIFT_IS_STATE_PATH (self), 0);

  return self->size_gb;
}

void
podlift_state_path_set_size_gb (PodliftStatePath *self,
                                double            size_gb)
{
  g_return_if_fail (PODLIFT_IS_STATE_PATH (self));

  if (self->size_gb == size_gb)
    return;

  self->size_gb = size_gb;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SIZE_GB]);
}

const char *
podlift_state_path_get_source (PodliftStatePath *self)
{
  g_return_val_if_fail (PODLIFT_IS_STATE_PATH (self), NULL);

  return self->source;
}

void
podlift_state_path_set_source (PodliftStatePath *self,
                               const char       *source)
{
  g_return_if_fail (PODLIFT_IS_STATE_PATH (self));

  if (podlift_set_string (&self->source, source))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SOURCE]);
}
