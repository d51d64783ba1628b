/* podlift-dependency.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-dependency"

#include "config.h"

#include "podlift-enum-types.h"
#include "podlift-model-util.h"
#include "podlift-dependency.h"

/* Something the application talks to over the network. */
struct _PodliftDependency
{
  GObject parent_instance;

  char *host;
  guint port;
  PodliftProtocol protocol;
  char *purpose;
  char *source;
};

G_DEFINE_FINAL_TYPE (PodliftDependency, podlift_dependency, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_HOST,
  PROP_PORT,
  PROP_PROTOCOL,
  PROP_PURPOSE,
  PROP_SOURCE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
podlift_dependency_finalize (GObject *object)
{
  PodliftDependency *self = (PodliftDependency *)object;

  g_clear_pointer (&self->host, g_free);
  g_clear_pointer (&self->purpose, g_free);
  g_clear_pointer (&self->source, g_free);

  G_OBJECT_CLASS (podlift_dependency_parent_class)->finalize (object);
}

static void
podlift_dependency_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PodliftDependency *self = PODLIFT_DEPENDENCY (object);

  switch (prop_id)
    {
    case PROP_HOST:
      g_value_set_string (value, self->host);
      break;

    case PROP_PORT:
      g_value_set_uint (value, self->port);
      break;

    case PROP_PROTOCOL:
      g_value_set_enum (value, self->protocol);
      break;

    case PROP_PURPOSE:
      g_value_set_string (value, self->purpose);
      break;

    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
podlift_dependency_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PodliftDependency *self = PODLIFT_DEPENDENCY (object);

  switch (prop_id)
    {
    case PROP_HOST:
      podlift_dependency_set_host (self, g_value_get_string (value));
      break;

    case PROP_PORT:
      podlift_dependency_set_port (self, g_value_get_uint (value));
      break;

    case PROP_PROTOCOL:
      podlift_dependency_set_protocol (self, g_value_get_enum (value));
      break;

    case PROP_PURPOSE:
      podlift_dependency_set_purpose (self, g_value_get_string (value));
      break;

    case PROP_SOURCE:
      podlift_dependency_set_source (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
podlift_dependency_class_init (PodliftDependencyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = podlift_dependency_finalize;
  object_class->get_property = podlift_dependency_get_property;
  object_class->set_property = podlift_dependency_set_property;

  properties [PROP_HOST] =
    g_param_spec_string ("host", NULL, NULL,
                             NULL,
                             (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_PORT] =
    g_param_spec_uint ("port", NULL, NULL,
                           0, 65535, 0,
                           (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_PROTOCOL] =
    g_param_spec_enum ("protocol", NULL, NULL,
                           PODLIFT_TYPE_PROTOCOL,
                           PODLIFT_PROTOCOL_TCP,
                           (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_PURPOSE] =
    g_param_spec_string ("purpose", NULL, NULL,
                             NULL,
                             (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL,
                             NULL,
                             (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
podlift_dependency_init (PodliftDependency *self)
{
  self->protocol = PODLIFT_PROTOCOL_TCP;
}

PodliftDependency *
podlift_dependency_new (void)
{
  return g_object_new (PODLIFT_TYPE_DEPENDENCY, NULL);
}

const char *
podlift_dependency_get_host (PodliftDependency *self)
{
  g_return_val_if_fail (PODLIFT_IS_DEPENDENCY (self), NULL);

  return self->host;
}

void
podlift_dependency_set_host (PodliftDependency *self,
                             const char        *host)
{
  g_return_if_fail (PODLIFT_IS_DEPENDENCY (self));

  if (podlift_set_string (&self->host, host))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_HOST]);
}

guint
podlift_dependency_get_port (PodliftDependency *self)
{
  g_return_val_if_fail (PODLIFT_IS_DEPENDENCY (self), 0);

  return self->port;
}

void
podlift_dependency_set_port (PodliftDependency *self,
                             guint              port)
{
  g_return_if_fail (PODLIFT_IS_DEPENDENCY (self));

  if (self->port == port)
    return;

  self->port = port;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PORT]);
}

PodliftProtocol
podlift_dependency_get_protocol (PodliftDependency *self)
{
  g_return_val_if_fail (PODLIFT_IS_DEPENDENCY (self), 0);

  return self->protocol;
}

void
podlift_dependency_set_protocol (PodliftDependency *self,
                                 PodliftProtocol    protocol)
{
  g_return_if_fail (PODLIFT_IS_DEPENDENCY (self));

  if (self->protocol == protocol)
    return;

  self->protocol = protocol;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PROTOCOL]);
}

const char *
podlift_dependency_get_purpose (PodliftDependency *self)
{
  g_return_val_if_fail (PODLIFT_IS_DEPENDENCY (self), NULL);

  return self->purpose;
}

void
podlift_dependency_set_purpose (PodliftDependency *self,
                                const char        *purpose)
{
  g_return_if_fail (PODLIFT_IS_DEPENDENCY (self));

  if (podlift_set_string (&self->purpose, purpose))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PURPOSE]);
}

const char *
podlift_dependency_get_source (PodliftDependency *self)
{
  g_return_val_if_fail (PODLIFT_IS_DEPENDENCY (self), NULL);

  return self->source;
}

void
podlift_dependency_set_source (PodliftDependency *self,
                               const char        *source)
{
  g_return_if_fail (PODLIFT_IS_DEPENDENCY (self));

  if (podlift_set_string (&self->source, source))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SOURCE]);
}
