/* podlift-stateful-service.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-stateful-service"

#include "config.h"

#include "podlift-model-util.h"
#include "podlift-stateful-service.h"

/* A service besides the main database that keeps data of its own (a
 * Redis for sessions or queues, a RabbitMQ, an Elasticsearch, a MinIO, a
 * second database…): each one needs its own migration plan. */
struct _PodliftStatefulService
{
  GObject parent_instance;

  char     *name;
  char     *kind;
  char     *holds;
  double    size_gb;
  gboolean  moves;
  char     *source;
};

G_DEFINE_FINAL_TYPE (PodliftStatefulService, podlift_stateful_service, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_KIND,
  PROP_HOLDS,
  PROP_SIZE_GB,
  PROP_MOVES,
  PROP_SOURCE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
podlift_stateful_service_finalize (GObject *object)
{
  PodliftStatefulService *self = (PodliftStatefulService *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->kind, g_free);
  g_clear_pointer (&self->holds, g_free);
  g_clear_pointer (&self->source, g_free);

  G_OBJECT_CLASS (podlift_stateful_service_parent_class)->finalize (object);
}

static void
podlift_stateful_service_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  PodliftStatefulService *self = PODLIFT_STATEFUL_SERVICE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;

    case PROP_HOLDS:
      g_value_set_string (value, self->holds);
      break;

    case PROP_SIZE_GB:
      g_value_set_double (value, self->size_gb);
      break;

    case PROP_MOVES:
      g_value_set_boolean (value, self->moves);
      break;

    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
podlift_stateful_service_set_property (GObject      *object,
                                       guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  PodliftStatefulService *self = PODLIFT_STATEFUL_SERVICE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      podlift_stateful_service_set_name (self, g_value_get_string (value));
      break;

    case PROP_KIND:
      podlift_stateful_service_set_kind (self, g_value_get_string (value));
      break;

    case PROP_HOLDS:
      podlift_stateful_service_set_holds (self, g_value_get_string (value));
      break;

    case PROP_SIZE_GB:
      podlift_stateful_service_set_size_gb (self, g_value_get_double (value));
      break;

    case PROP_MOVES:
      podlift_stateful_service_set_moves (self, g_value_get_boolean (value));
      break;

    case PROP_SOURCE:
      podlift_stateful_service_set_source (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
podlift_stateful_service_class_init (PodliftStatefulServiceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = podlift_stateful_service_finalize;
  object_class->get_property = podlift_stateful_service_get_property;
  object_class->set_property = podlift_stateful_service_set_property;

  properties [PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL,
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

  properties [PROP_MOVES] =
    g_param_spec_boolean ("moves", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
podlift_stateful_service_init (PodliftStatefulService *self)
{
}

PodliftStatefulService *
podlift_stateful_service_new (void)
{
  return g_object_new (PODLIFT_TYPE_STATEFUL_SERVICE, NULL);
}

const char *
podlift_stateful_service_get_name (PodliftStatefulService *self)
{
  g_return_val_if_fail (PODLIFT_IS_STATEFUL_SERVICE (self), NULL);

  return self->name;
}

void
podlift_stateful_service_set_name (PodliftStatefulService *self,
                                   const char             *name)
{
  g_return_if_fail (PODLIFT_IS_STATEFUL_SERVICE (self));

  if (podlift_set_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NAME]);
}

const char *
podlift_stateful_service_get_kind (PodliftStatefulService *self)
{
  g_return_val_if_fail (PODLIFT_IS_STATEFUL_SERVICE (self), NULL);

  return self->kind;
}

void
podlift_stateful_service_set_kind (PodliftStatefulService *self,
                                   const char             *kind)
{
  g_return_if_fail (PODLIFT_IS_STATEFUL_SERVICE (self));

  if (podlift_set_string (&self->kind, kind))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_KIND]);
}

const char *
podlift_stateful_service_get_holds (PodliftStatefulService *self)
{
  g_return_val_if_fail (PODLIFT_IS_STATEFUL_SERVICE (self), NULL);

  return self->holds;
}

void
podlift_stateful_service_set_holds (PodliftStatefulService *self,
                                    const char             *holds)
{
  g_return_if_fail (PODLIFT_IS_STATEFUL_SERVICE (self));

  if (podlift_set_string (&self->holds, holds))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_HOLDS]);
}

double
podlift_stateful_service_get_size_gb (PodliftStatefulService *self)
{
  g_return_val_if_fail (PODLIFT_IS_STATEFUL_SERVICE (self), 0);

  return self->size_gb;
}

void
podlift_stateful_service_set_size_gb (PodliftStatefulService *self,
                                      double                  size_gb)
{
  g_return_if_fail (PODLIFT_IS_STATEFUL_SERVICE (self));
  g_return_if_fail (size_gb >= 0);

  if (self->size_gb == size_gb)
    return;

  self->size_gb = size_gb;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SIZE_GB]);
}

gboolean
podlift_stateful_service_get_moves (PodliftStatefulService *self)
{
  g_return_val_if_fail (PODLIFT_IS_STATEFUL_SERVICE (self), FALSE);

  return self->moves;
}

void
podlift_stateful_service_set_moves (PodliftStatefulService *self,
                                    gboolean                moves)
{
  g_return_if_fail (PODLIFT_IS_STATEFUL_SERVICE (self));

  moves = !!moves;

  if (self->moves == moves)
    return;

  self->moves = moves;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MOVES]);
}

const char *
podlift_stateful_service_get_source (PodliftStatefulService *self)
{
  g_return_val_if_fail (PODLIFT_IS_STATEFUL_SERVICE (self), NULL);

  return self->source;
}

void
podlift_stateful_service_set_source (PodliftStatefulService *self,
                                     const char             *source)
{
  g_return_if_fail (PODLIFT_IS_STATEFUL_SERVICE (self));

  if (podlift_set_string (&self->source, source))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SOURCE]);
}
