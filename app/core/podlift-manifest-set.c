/* podlift-manifest-set.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-manifest-set"

#include "config.h"

#include "podlift-enum-types.h"
#include "podlift-model-util.h"
#include "podlift-manifest-set-private.h"


G_DEFINE_FINAL_TYPE (PodliftManifestSet, podlift_manifest_set, G_TYPE_OBJECT)


GParamSpec *podlift_manifest_set_properties [N_PROPS];
#define properties podlift_manifest_set_properties

static void
podlift_manifest_set_finalize (GObject *object)
{
  PodliftManifestSet *self = (PodliftManifestSet *)object;

  g_clear_pointer (&self->namespace, g_free);
  g_clear_pointer (&self->ingress_host, g_free);
  g_clear_pointer (&self->tls_secret, g_free);
  g_clear_pointer (&self->ingress_class, g_free);
  g_clear_pointer (&self->storage_class, g_free);
  g_clear_pointer (&self->disabled_resources, g_strfreev);
  g_clear_pointer (&self->customisations, g_hash_table_unref);
  g_clear_pointer (&self->written, g_hash_table_unref);

  G_OBJECT_CLASS (podlift_manifest_set_parent_class)->finalize (object);
}

static void
podlift_manifest_set_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  PodliftManifestSet *self = PODLIFT_MANIFEST_SET (object);

  switch (prop_id)
    {
    case PROP_FORMAT:
      g_value_set_enum (value, self->format);
      break;

    case PROP_NAMESPACE:
      g_value_set_string (value, self->namespace);
      break;

    case PROP_INGRESS_ENABLED:
      g_value_set_boolean (value, self->ingress_enabled);
      break;

    case PROP_INGRESS_HOST:
      g_value_set_string (value, self->ingress_host);
      break;

    case PROP_TLS_SECRET:
      g_value_set_string (value, self->tls_secret);
      break;

    case PROP_INGRESS_CLASS:
      g_value_set_string (value, self->ingress_class);
      break;

    case PROP_INGRESS_CONTROLLER:
      g_value_set_enum (value, self->ingress_controller);
      break;

    case PROP_REPLICAS:
      g_value_set_uint (value, self->replicas);
      break;

    case PROP_HPA_ENABLED:
      g_value_set_boolean (value, self->hpa_enabled);
      break;

    case PROP_MIN_REPLICAS:
      g_value_set_uint (value, self->min_replicas);
      break;

    case PROP_MAX_REPLICAS:
      g_value_set_uint (value, self->max_replicas);
      break;

    case PROP_CPU_TARGET_PERCENT:
      g_value_set_uint (value, self->cpu_target_percent);
      break;

    case PROP_MEMORY_TARGET_PERCENT:
      g_value_set_uint (value, self->memory_target_percent);
      break;

    case PROP_PDB_ENABLED:
      g_value_set_boolean (value, self->pdb_enabled);
      break;

    case PROP_PDB_MIN_AVAILABLE:
      g_value_set_uint (value, self->pdb_min_available);
      break;

    case PROP_STORAGE_CLASS:
      g_value_set_string (value, self->storage_class);
      break;

    case PROP_STORAGE_PROVIDER:
      g_value_set_enum (value, self->storage_provider);
      break;

    case PROP_CPU_REQUEST_MILLICORES:
      g_value_set_uint (value, self->cpu_request_millicores);
      break;

    case PROP_CPU_LIMIT_MILLICORES:
      g_value_set_uint (value, self->cpu_limit_millicores);
      break;

    case PROP_MEMORY_REQUEST_MB:
      g_value_set_uint (value, self->memory_request_mb);
      break;

    case PROP_MEMORY_LIMIT_MB:
      g_value_set_uint (value, self->memory_limit_mb);
      break;

    case PROP_DISABLED_RESOURCES:
      g_value_set_boxed (value, self->disabled_resources);
      break;

    case PROP_CUSTOMISED_IDS:
      g_value_take_boxed (value, podlift_manifest_set_dup_customised_ids (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
podlift_manifest_set_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  PodliftManifestSet *self = PODLIFT_MANIFEST_SET (object);

  switch (prop_id)
    {
    case PROP_FORMAT:
      podlift_manifest_set_set_format (self, g_value_get_enum (value));
      break;

    case PROP_NAMESPACE:
      podlift_manifest_set_set_namespace (self, g_value_get_string (value));
      break;

    case PROP_INGRESS_ENABLED:
      podlift_manifest_set_set_ingress_enabled (self, g_value_get_boolean (value));
      break;

    case PROP_INGRESS_HOST:
      podlift_manifest_set_set_ingress_host (self, g_value_get_string (value));
      break;

    case PROP_TLS_SECRET:
      podlift_manifest_set_set_tls_secret (self, g_value_get_string (value));
      break;

    case PROP_INGRESS_CLASS:
      podlift_manifest_set_set_ingress_class (self, g_value_get_string (value));
      break;

    case PROP_INGRESS_CONTROLLER:
      podlift_manifest_set_set_ingress_controller (self, g_value_get_enum (value));
      break;

    case PROP_REPLICAS:
      podlift_manifest_set_set_replicas (self, g_value_get_uint (value));
      break;

    case PROP_HPA_ENABLED:
      podlift_manifest_set_set_hpa_enabled (self, g_value_get_boolean (value));
      break;

    case PROP_MIN_REPLICAS:
      podlift_manifest_set_set_min_replicas (self, g_value_get_uint (value));
      break;

    case PROP_MAX_REPLICAS:
      podlift_manifest_set_set_max_replicas (self, g_value_get_uint (value));
      break;

    case PROP_CPU_TARGET_PERCENT:
      podlift_manifest_set_set_cpu_target_percent (self, g_value_get_uint (value));
      break;

    case PROP_MEMORY_TARGET_PERCENT:
      podlift_manifest_set_set_memory_target_percent (self, g_value_get_uint (value));
      break;

    case PROP_PDB_ENABLED:
      podlift_manifest_set_set_pdb_enabled (self, g_value_get_boolean (value));
      break;

    case PROP_PDB_MIN_AVAILABLE:
      podlift_manifest_set_set_pdb_min_available (self, g_value_get_uint (value));
      break;

    case PROP_STORAGE_CLASS:
      podlift_manifest_set_set_storage_class (self, g_value_get_string (value));
      break;

    case PROP_STORAGE_PROVIDER:
      podlift_manifest_set_set_storage_provider (self, g_value_get_enum (value));
      break;

    case PROP_CPU_REQUEST_MILLICORES:
      podlift_manifest_set_set_cpu_request_millicores (self, g_value_get_uint (value));
      break;

    case PROP_CPU_LIMIT_MILLICORES:
      podlift_manifest_set_set_cpu_limit_millicores (self, g_value_get_uint (value));
      break;

    case PROP_MEMORY_REQUEST_MB:
      podlift_manifest_set_set_memory_request_mb (self, g_value_get_uint (value));
      break;

    case PROP_MEMORY_LIMIT_MB:
      podlift_manifest_set_set_memory_limit_mb (self, g_value_get_uint (value));
      break;

    case PROP_DISABLED_RESOURCES:
      podlift_manifest_set_set_disabled_resources (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
podlift_manifest_set_class_init (PodliftManifestSetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = podlift_manifest_set_finalize;
  object_class->get_property = podlift_manifest_set_get_property;
  object_class->set_property = podlift_manifest_set_set_property;

  properties [PROP_FORMAT] =
    g_param_spec_enum ("format", NULL, NULL,
                           PODLIFT_TYPE_OUTPUT_FORMAT,
                           PODLIFT_OUTPUT_FORMAT_KUSTOMIZE,
                           (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_NAMESPACE] =
    g_param_spec_string ("namespace", NULL, NULL,
                             NULL,
                             (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_INGRESS_ENABLED] =
    g_param_spec_boolean ("ingress-enabled", NULL, NULL,
                              TRUE,
                              (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_INGRESS_HOST] =
    g_param_spec_string ("ingress-host", NULL, NULL,
                             NULL,
                             (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_TLS_SECRET] =
    g_param_spec_string ("tls-secret", NULL, NULL,
                             NULL,
                             (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_INGRESS_CLASS] =
    g_param_spec_string ("ingress-class", NULL, NULL,
                             NULL,
                             (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_INGRESS_CONTROLLER] =
    g_param_spec_enum ("ingress-controller", NULL, NULL,
                           PODLIFT_TYPE_INGRESS_CONTROLLER,
                           PODLIFT_INGRESS_CONTROLLER_NGINX,
                           (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_REPLICAS] =
    g_param_spec_uint ("replicas", NULL, NULL,
                           0, 1000, 2,
                           (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_HPA_ENABLED] =
    g_param_spec_boolean ("hpa-enabled", NULL, NULL,
                              TRUE,
                              (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_MIN_REPLICAS] =
    g_param_spec_uint ("min-replicas", NULL, NULL,
                           0, 1000, 2,
                           (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_MAX_REPLICAS] =
    g_param_spec_uint ("max-replicas", NULL, NULL,
                           0, 1000, 6,
                           (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_CPU_TARGET_PERCENT] =
    g_param_spec_uint ("cpu-target-percent", NULL, NULL,
                           0, 100, 70,
                           (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_MEMORY_TARGET_PERCENT] =
    g_param_spec_uint ("memory-target-percent", NULL, NULL,
                           0, 100, 80,
                           (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_PDB_ENABLED] =
    g_param_spec_boolean ("pdb-enabled", NULL, NULL,
                              TRUE,
                              (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_PDB_MIN_AVAILABLE] =
    g_param_spec_uint ("pdb-min-available", NULL, NULL,
                           0, 1000, 1,
                           (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_STORAGE_CLASS] =
    g_param_spec_string ("storage-class", NULL, NULL,
                             NULL,
                             (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_STORAGE_PROVIDER] =
    g_param_spec_enum ("storage-provider", NULL, NULL,
                       PODLIFT_TYPE_STORAGE_PROVIDER,
                       PODLIFT_STORAGE_PROVIDER_GENERIC,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* 0: from the sizing answers */
  properties [PROP_CPU_REQUEST_MILLICORES] =
    g_param_spec_uint ("cpu-request-millicores", NULL, NULL,
                       0, 256000, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* 0: from the sizing answers (the peak, at least twice the request) */
  properties [PROP_CPU_LIMIT_MILLICORES] =
    g_param_spec_uint ("cpu-limit-millicores", NULL, NULL,
                       0, 256000, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_MEMORY_REQUEST_MB] =
    g_param_spec_uint ("memory-request-mb", NULL, NULL,
                       0, 1048576, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_MEMORY_LIMIT_MB] =
    g_param_spec_uint ("memory-limit-mb", NULL, NULL,
                       0, 1048576, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_DISABLED_RESOURCES] =
    g_param_spec_boxed ("disabled-resources", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Notified when a customisation is set or dropped. */
  properties [PROP_CUSTOMISED_IDS] =
    g_param_spec_boxed ("customised-ids", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
podlift_manifest_set_init (PodliftManifestSet *self)
{
  self->format = PODLIFT_OUTPUT_FORMAT_KUSTOMIZE;
  self->ingress_enabled = TRUE;
  self->ingress_controller = PODLIFT_INGRESS_CONTROLLER_NGINX;
  self->replicas = 2;
  self->hpa_enabled = TRUE;
  self->min_replicas = 2;
  self->max_replicas = 6;
  self->cpu_target_percent = 70;
  self->memory_target_percent = 80;
  self->pdb_enabled = TRUE;
  self->pdb_min_available = 1;
  self->customisations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->written = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

PodliftManifestSet *
podlift_manifest_set_new (void)
{
  return g_object_new (PODLIFT_TYPE_MANIFEST_SET, NULL);
}

PodliftOutputFormat
podlift_manifest_set_get_format (PodliftManifestSet *self)
{
  g_return_val_if_fail (PODLIFT_IS_MANIFEST_SET (self), 0);

  return self->format;
}

void
podlift_manifest_set_set_format (PodliftManifestSet  *self,
                                 PodliftOutputFormat  format)
{
  g_return_if_fail (PODLIFT_IS_MANIFEST_SET (self));

  if (self->format == format)
    return;

  self->format = format;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_FORMAT]);
}

const char *
podlift_manifest_set_get_namespace (PodliftManifestSet *self)
{
  g_return_val_if_fail (PODLIFT_IS_MANIFEST_SET (self), NULL);

  return self->namespace;
}

void
podlift_manifest_set_set_namespace (PodliftManifestSet *self,
                                    const char         *namespace)
{
  g_return_if_fail (PODLIFT_IS_MANIFEST_SET (self));

  if (podlift_set_string (&self->namespace, namespace))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NAMESPACE]);
}

gboolean
podlift_manifest_set_get_ingress_enabled (PodliftManifestSet *self)
{
  g_return_val_if_fail (PODLIFT_IS_MANIFEST_SET (self), FALSE);

  return self->ingress_enabled;
}

void
podlift_manifest_set_set_ingress_enabled (PodliftManifestSet *self,
                                          gboolean            ingress_enabled)
{
  g_return_if_fail (PODLIFT_IS_MANIFEST_SET (self));

  ingress_enabled = !!ingress_enabled;

  if (self->ingress_enabled == ingress_enabled)
    return;

  self->ingress_enabled = ingress_enabled;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_INGRESS_ENABLED]);
}

const char *
podlift_manifest_set_get_ingress_host (PodliftManifestSet *self)
{
  g_return_val_if_fail (PODLIFT_IS_MANIFEST_SET (self), NULL);

  return self->ingress_host;
}

void
podlift_manifest_set_set_ingress_host (PodliftManifestSet *self,
                                       const char         *ingress_host)
{
  g_return_if_fail (PODLIFT_IS_MANIFEST_SET (self));

  if (podlift_set_string (&self->ingress_host, ingress_host))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_INGRESS_HOST]);
}

const char *
podlift_manifest_set_get_tls_secret (PodliftManifestSet *self)
{
  g_return_val_if_fail (PODLIFT_IS_MANIFEST_SET (self), NULL);

  return self->tls_secret;
}

void
podlift_manifest_set_set_tls_secret (PodliftManifestSet *self,
                                     const char         *tls_secret)
{
  g_return_if_fail (PODLIFT_IS_MANIFEST_SET (self));

  if (podlift_set_string (&self->tls_secret, tls_secret))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TLS_SECRET]);
}

const char *
podlift_manifest_set_get_ingress_class (PodliftManifestSet *self)
{
  g_return_val_if_fail (PODLIFT_IS_MANIFEST_SET (self), NULL);

  return self->ingress_class;
}

void
podlift_manifest_set_set_ingress_class (PodliftManifestSet *self,
                                        const char         *ingress_class)
{
  g_return_if_fail (PODLIFT_IS_MANIFEST_SET (self));

  if (podlift_set_string (&self->ingress_class, ingress_class))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_INGRESS_CLASS]);
}

PodliftIngressController
podlift_manifest_set_get_ingress_controller (PodliftManifestSet *self)
{
  g_return_val_if_fail (PODLIFT_IS_MANIFEST_SET (self), 0);

  return self->ingress_controller;
}

void
podlift_manifest_set_set_ingress_controller (PodliftManifestSet       *self,
                                             PodliftIngressController  ingress_controller)
{
  g_return_if_fail (PODLIFT_IS_MANIFEST_SET (self));

  if (self->ingress_controller == ingress_controller)
    return;

  self->ingress_controller = ingress_controller;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_INGRESS_CONTROLLER]);
}

guint
podlift_manifest_set_get_replicas (PodliftManifestSet *self)
{
  g_return_val_if_fail (PODLIFT_IS_MANIFEST_SET (self), 0);

  return self->replicas;
}

void
podlift_manifest_set_set_replicas (PodliftManifestSet *self,
                                   guint               replicas)
{
  g_return_if_fail (PODLIFT_IS_MANIFEST_SET (self));

  if (self->replicas == replicas)
    return;

  self->replicas = replicas;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_REPLICAS]);
}

gboolean
podlift_manifest_set_get_hpa_enabled (PodliftManifestSet *self)
{
  g_return_val_if_fail (PODLIFT_IS_MANIFEST_SET (self), FALSE);

  return self->hpa_enabled;
}

void
podlift_manifest_set_set_hpa_enabled (PodliftManifestSet *self,
                                      gboolean            hpa_enabled)
{
  g_return_if_fail (PODLIFT_IS_MANIFEST_SET (self));

  hpa_enabled = !!hpa_enabled;

  if (self->hpa_enabled == hpa_enabled)
    return;

  self->hpa_enabled = hpa_enabled;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_HPA_ENABLED]);
}

guint
podlift_manifest_set_get_min_replicas (PodliftManifestSet *self)
{
  g_return_val_if_fail (PODLIFT_IS_MANIFEST_SET (self), 0);

  return self->min_replicas;
}

void
podlift_manifest_set_set_min_replicas (PodliftManifestSet *self,
                                       guint               min_replicas)
{
  g_return_if_fail (PODLIFT_IS_MANIFEST_SET (self));

  if (self->min_replicas == min_replicas)
    return;

  self->min_replicas = min_replicas;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MIN_REPLICAS]);
}

guint
podlift_manifest_set_get_max_replicas (PodliftManifestSet *self)
{
  g_return_val_if_fail (PODLIFT_IS_MANIFEST_SET (self), 0);

  return self->max_replicas;
}

void
podlift_manifest_set_set_max_replicas (PodliftManifestSet *self,
                                       guint               max_replicas)
{
  g_return_if_fail (PODLIFT_IS_MANIFEST_SET (self));

  if (self->max_replicas == max_replicas)
    return;

  self->max_replicas = max_replicas;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MAX_REPLICAS]);
}

guint
podlift_manifest_set_get_cpu_target_percent (PodliftManifestSet *self)
{
  g_return_val_if_fail (PODLIFT_IS_MANIFEST_SET (self), 0);

  return self->cpu_target_percent;
}

void
podlift_manifest_set_set_cpu_target_percent (PodliftManifestSet *self,
                                             guint               cpu_target_percent)
{
  g_return_if_fail (PODLIFT_IS_MANIFEST_SET (self));

  if (self->cpu_target_percent == cpu_target_percent)
    return;

  self->cpu_target_percent = cpu_target_percent;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CPU_TARGET_PERCENT]);
}

guint
podlift_manifest_set_get_memory_target_percent (PodliftManifestSet *self)
{
  g_return_val_if_fail (PODLIFT_IS_MANIFEST_SET (self), 0);

  return self->memory_target_percent;
}

void
podlift_manifest_set_set_memory_target_percent (PodliftManifestSet *self,
                                                guint               memory_target_percent)
{
  g_return_if_fail (PODLIFT_IS_MANIFEST_SET (self));

  if (self->memory_target_percent == memory_target_percent)
    return;

  self->memory_target_percent = memory_target_percent;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MEMORY_TARGET_PERCENT]);
}

gboolean
podlift_manifest_set_get_pdb_enabled (PodliftManifestSet *self)
{
  g_return_val_if_fail (PODLIFT_IS_MANIFEST_SET (self), FALSE);

  return self->pdb_enabled;
}

void
podlift_manifest_set_set_pdb_enabled (PodliftManifestSet *self,
                                      gboolean            pdb_enabled)
{
  g_return_if_fail (PODLIFT_IS_MANIFEST_SET (self));

  pdb_enabled = !!pdb_enabled;

  if (self->pdb_enabled == pdb_enabled)
    return;

  self->pdb_enabled = pdb_enabled;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PDB_ENABLED]);
}

guint
podlift_manifest_set_get_pdb_min_available (PodliftManifestSet *self)
{
  g_return_val_if_fail (PODLIFT_IS_MANIFEST_SET (self), 0);

  return self->pdb_min_available;
}

void
podlift_manifest_set_set_pdb_min_available (PodliftManifestSet *self,
                                            guint               pdb_min_available)
{
  g_return_if_fail (PODLIFT_IS_MANIFEST_SET (self));

  if (self->pdb_min_available == pdb_min_available)
    return;

  self->pdb_min_available = pdb_min_available;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PDB_MIN_AVAILABLE]);
}

const char *
podlift_manifest_set_get_storage_class (PodliftManifestSet *self)
{
  g_return_val_if_fail (PODLIFT_IS_MANIFEST_SET (self), NULL);

  return self->storage_class;
}

void
podlift_manifest_set_set_storage_class (PodliftManifestSet *self,
                                        const char         *storage_class)
{
  g_return_if_fail (PODLIFT_IS_MANIFEST_SET (self));

  if (podlift_set_string (&self->storage_class, storage_class))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STORAGE_CLASS]);
}

PodliftStorageProvider
podlift_manifest_set_get_storage_provider (PodliftManifestSet *self)
{
  g_return_val_if_fail (PODLIFT_IS_MANIFEST_SET (self), 0);

  return self->storage_provider;
}

void
podlift_manifest_set_set_storage_provider (PodliftManifestSet     *self,
                                           PodliftStorageProvider  storage_provider)
{
  g_return_if_fail (PODLIFT_IS_MANIFEST_SET (self));

  if (self->storage_provider == storage_provider)
    return;

  self->storage_provider = storage_provider;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STORAGE_PROVIDER]);
}

guint
podlift_manifest_set_get_cpu_request_millicores (PodliftManifestSet *self)
{
  g_return_val_if_fail (PODLIFT_IS_MANIFEST_SET (self), 0);

  return self->cpu_request_millicores;
}

void
podlift_manifest_set_set_cpu_request_millicores (PodliftManifestSet *self,
                                                guint               cpu_request_millicores)
{
  g_return_if_fail (PODLIFT_IS_MANIFEST_SET (self));

  if (self->cpu_request_millicores == cpu_request_millicores)
    return;

  self->cpu_request_millicores = cpu_request_millicores;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CPU_REQUEST_MILLICORES]);
}

guint
podlift_manifest_set_get_cpu_limit_millicores (PodliftManifestSet *self)
{
  g_return_val_if_fail (PODLIFT_IS_MANIFEST_SET (self), 0);

  return self->cpu_limit_millicores;
}

void
podlift_manifest_set_set_cpu_limit_millicores (PodliftManifestSet *self,
                                              guint               cpu_limit_millicores)
{
  g_return_if_fail (PODLIFT_IS_MANIFEST_SET (self));

  if (self->cpu_limit_millicores == cpu_limit_millicores)
    return;

  self->cpu_limit_millicores = cpu_limit_millicores;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CPU_LIMIT_MILLICORES]);
}

guint
podlift_manifest_set_get_memory_request_mb (PodliftManifestSet *self)
{
  g_return_val_if_fail (PODLIFT_IS_MANIFEST_SET (self), 0);

  return self->memory_request_mb;
}

void
podlift_manifest_set_set_memory_request_mb (PodliftManifestSet *self,
                                           guint               memory_request_mb)
{
  g_return_if_fail (PODLIFT_IS_MANIFEST_SET (self));

  if (self->memory_request_mb == memory_request_mb)
    return;

  self->memory_request_mb = memory_request_mb;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MEMORY_REQUEST_MB]);
}

guint
podlift_manifest_set_get_memory_limit_mb (PodliftManifestSet *self)
{
  g_return_val_if_fail (PODLIFT_IS_MANIFEST_SET (self), 0);

  return self->memory_limit_mb;
}

void
podlift_manifest_set_set_memory_limit_mb (PodliftManifestSet *self,
                                         guint               memory_limit_mb)
{
  g_return_if_fail (PODLIFT_IS_MANIFEST_SET (self));

  if (self->memory_limit_mb == memory_limit_mb)
    return;

  self->memory_limit_mb = memory_limit_mb;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MEMORY_LIMIT_MB]);
}
