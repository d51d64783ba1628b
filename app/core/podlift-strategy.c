/* podlift-strategy.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-strategy"

#include "config.h"

#include "podlift-enum-types.h"
#include "podlift-model-util.h"
#include "podlift-strategy-private.h"

G_DEFINE_FINAL_TYPE (PodliftStrategy, podlift_strategy, G_TYPE_OBJECT)

static GParamSpec *properties [N_PROPS];

/* The choices of -plan.c notify through here. */
void
podlift_strategy_notify (PodliftStrategy *self,
                         guint            prop_id)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties [prop_id]);
}

static void
podlift_strategy_finalize (GObject *object)
{
  PodliftStrategy *self = (PodliftStrategy *)object;

  g_clear_pointer (&self->public_hostname, g_free);
  g_clear_pointer (&self->cutover_window, g_free);
  g_clear_pointer (&self->rollback_plan, g_free);
  g_clear_pointer (&self->notes, g_free);

  G_OBJECT_CLASS (podlift_strategy_parent_class)->finalize (object);
}

static void
podlift_strategy_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PodliftStrategy *self = PODLIFT_STRATEGY (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_PUBLIC_HOSTNAME:
      g_value_set_string (value, self->public_hostname);
      break;

    case PROP_DNS_TTL_SECONDS:
      g_value_set_uint (value, self->dns_ttl_seconds);
      break;

    case PROP_LOWERED_TTL_SECONDS:
      g_value_set_uint (value, self->lowered_ttl_seconds);
      break;

    case PROP_MAINTENANCE_PAGE:
      g_value_set_boolean (value, self->maintenance_page);
      break;

    case PROP_SIZING_SOURCE:
      g_value_set_enum (value, self->sizing_source);
      break;

    case PROP_CUTOVER_WINDOW:
      g_value_set_string (value, self->cutover_window);
      break;

    case PROP_ROLLBACK_PLAN:
      g_value_set_string (value, self->rollback_plan);
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    default:
      if (!podlift_strategy_get_plan_property (self, prop_id, value))
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
podlift_strategy_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PodliftStrategy *self = PODLIFT_STRATEGY (object);

  switch (prop_id)
    {
    case PROP_KIND:
      podlift_strategy_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_PUBLIC_HOSTNAME:
      podlift_strategy_set_public_hostname (self, g_value_get_string (value));
      break;

    case PROP_DNS_TTL_SECONDS:
      podlift_strategy_set_dns_ttl_seconds (self, g_value_get_uint (value));
      break;

    case PROP_LOWERED_TTL_SECONDS:
      podlift_strategy_set_lowered_ttl_seconds (self, g_value_get_uint (value));
      break;

    case PROP_MAINTENANCE_PAGE:
      podlift_strategy_set_maintenance_page (self, g_value_get_boolean (value));
      break;

    case PROP_SIZING_SOURCE:
      podlift_strategy_set_sizing_source (self, g_value_get_enum (value));
      break;

    case PROP_CUTOVER_WINDOW:
      podlift_strategy_set_cutover_window (self, g_value_get_string (value));
      break;

    case PROP_ROLLBACK_PLAN:
      podlift_strategy_set_rollback_plan (self, g_value_get_string (value));
      break;

    case PROP_NOTES:
      podlift_strategy_set_notes (self, g_value_get_string (value));
      break;

    default:
      if (!podlift_strategy_set_plan_property (self, prop_id, value))
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
podlift_strategy_class_init (PodliftStrategyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = podlift_strategy_finalize;
  object_class->get_property = podlift_strategy_get_property;
  object_class->set_property = podlift_strategy_set_property;

  properties [PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                           PODLIFT_TYPE_STRATEGY_KIND,
                           PODLIFT_STRATEGY_KIND_UNDECIDED,
                           (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_PUBLIC_HOSTNAME] =
    g_param_spec_string ("public-hostname", NULL, NULL,
                             NULL,
                             (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_DNS_TTL_SECONDS] =
    g_param_spec_uint ("dns-ttl-seconds", NULL, NULL,
                           0, G_MAXUINT, 3600,
                           (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_LOWERED_TTL_SECONDS] =
    g_param_spec_uint ("lowered-ttl-seconds", NULL, NULL,
                           0, G_MAXUINT, 60,
                           (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_MAINTENANCE_PAGE] =
    g_param_spec_boolean ("maintenance-page", NULL, NULL,
                              FALSE,
                              (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_SIZING_SOURCE] =
    g_param_spec_enum ("sizing-source", NULL, NULL,
                           PODLIFT_TYPE_SIZING_SOURCE,
                           PODLIFT_SIZING_SOURCE_VM,
                           (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_CUTOVER_WINDOW] =
    g_param_spec_string ("cutover-window", NULL, NULL,
                             NULL,
                             (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_ROLLBACK_PLAN] =
    g_param_spec_string ("rollback-plan", NULL, NULL,
                             NULL,
                             (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL,
                             NULL,
                             (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  podlift_strategy_plan_properties (properties);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
podlift_strategy_init (PodliftStrategy *self)
{
  self->kind = PODLIFT_STRATEGY_KIND_UNDECIDED;
  self->dns_ttl_seconds = 3600;
  self->lowered_ttl_seconds = 60;
  self->sizing_source = PODLIFT_SIZING_SOURCE_VM;
  podlift_strategy_plan_init (self);
}

PodliftStrategy *
podlift_strategy_new (void)
{
  return g_object_new (PODLIFT_TYPE_STRATEGY, NULL);
}

PodliftStrategyKind
podlift_strategy_get_kind (PodliftStrategy *self)
{
  g_return_val_if_fail (PODLIFT_IS_STRATEGY (self), 0);

  return self->kind;
}

void
podlift_strategy_set_kind (PodliftStrategy     *self,
                           PodliftStrategyKind  kind)
{
  g_return_if_fail (PODLIFT_IS_STRATEGY (self));

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_KIND]);
}

const char *
podlift_strategy_get_public_hostname (PodliftStrategy *self)
{
  g_return_val_if_fail (PODLIFT_IS_STRATEGY (self), NULL);

  return self->public_hostname;
}

void
podlift_strategy_set_public_hostname (PodliftStrategy *self,
                                      const char      *public_hostname)
{
  g_return_if_fail (PODLIFT_IS_STRATEGY (self));

  if (podlift_set_string (&self->public_hostname, public_hostname))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PUBLIC_HOSTNAME]);
}

guint
podlift_strategy_get_dns_ttl_seconds (PodliftStrategy *self)
{
  g_return_val_if_fail (PODLIFT_IS_STRATEGY (self), 0);

  return self->dns_ttl_seconds;
}

void
podlift_strategy_set_dns_ttl_seconds (PodliftStrategy *self,
                                      guint            dns_ttl_seconds)
{
  g_return_if_fail (PODLIFT_IS_STRATEGY (self));

  if (self->dns_ttl_seconds == dns_ttl_seconds)
    return;

  self->dns_ttl_seconds = dns_ttl_seconds;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DNS_TTL_SECONDS]);
}

guint
podlift_strategy_get_lowered_ttl_seconds (PodliftStrategy *self)
{
  g_return_val_if_fail (PODLIFT_IS_STRATEGY (self), 0);

  return self->lowered_ttl_seconds;
}

void
podlift_strategy_set_lowered_ttl_seconds (PodliftStrategy *self,
                                          guint            lowered_ttl_seconds)
{
  g_return_if_fail (PODLIFT_IS_STRATEGY (self));

  if (self->lowered_ttl_seconds == lowered_ttl_seconds)
    return;

  self->lowered_ttl_seconds = lowered_ttl_seconds;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LOWERED_TTL_SECONDS]);
}

gboolean
podlift_strategy_get_maintenance_page (PodliftStrategy *self)
{
  g_return_val_if_fail (PODLIFT_IS_STRATEGY (self), FALSE);

  return self->maintenance_page;
}

void
podlift_strategy_set_maintenance_page (PodliftStrategy *self,
                                       gboolean         maintenance_page)
{
  g_return_if_fail (PODLIFT_IS_STRATEGY (self));

  maintenance_page = !!maintenance_page;

  if (self->maintenance_page == maintenance_page)
    return;

  self->maintenance_page = maintenance_page;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MAINTENANCE_PAGE]);
}

PodliftSizingSource
podlift_strategy_get_sizing_source (PodliftStrategy *self)
{
  g_return_val_if_fail (PODLIFT_IS_STRATEGY (self), 0);

  return self->sizing_source;
}

void
podlift_strategy_set_sizing_source (PodliftStrategy     *self,
                                    PodliftSizingSource  sizing_source)
{
  g_return_if_fail (PODLIFT_IS_STRATEGY (self));

  if (self->sizing_source == sizing_source)
    return;

  self->sizing_source = sizing_source;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SIZING_SOURCE]);
}

const char *
podlift_strategy_get_cutover_window (PodliftStrategy *self)
{
  g_return_val_if_fail (PODLIFT_IS_STRATEGY (self), NULL);

  return self->cutover_window;
}

void
podlift_strategy_set_cutover_window (PodliftStrategy *self,
                                     const char      *cutover_window)
{
  g_return_if_fail (PODLIFT_IS_STRATEGY (self));

  if (podlift_set_string (&self->cutover_window, cutover_window))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CUTOVER_WINDOW]);
}

const char *
podlift_strategy_get_rollback_plan (PodliftStrategy *self)
{
  g_return_val_if_fail (PODLIFT_IS_STRATEGY (self), NULL);

  return self->rollback_plan;
}

void
podlift_strategy_set_rollback_plan (PodliftStrategy *self,
                                    const char      *rollback_plan)
{
  g_return_if_fail (PODLIFT_IS_STRATEGY (self));

  if (podlift_set_string (&self->rollback_plan, rollback_plan))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ROLLBACK_PLAN]);
}

const char *
podlift_strategy_get_notes (PodliftStrategy *self)
{
  g_return_val_if_fail (PODLIFT_IS_STRATEGY (self), NULL);

  return self->notes;
}

void
podlift_strategy_set_notes (PodliftStrategy *self,
                            const char      *notes)
{
  g_return_if_fail (PODLIFT_IS_STRATEGY (self));

  if (podlift_set_string (&self->notes, notes))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NOTES]);
}
