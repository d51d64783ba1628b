/* podlift-manifest-set-private.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podlift-manifest-set.h"

G_BEGIN_DECLS

/* The Kubernetes resources and their options: the Manifests step. */
struct _PodliftManifestSet
{
  GObject parent_instance;

  PodliftOutputFormat format;
  char *namespace;
  gboolean ingress_enabled;
  char *ingress_host;
  char *tls_secret;
  char *ingress_class;
  PodliftIngressController ingress_controller;
  guint replicas;
  gboolean hpa_enabled;
  guint min_replicas;
  guint max_replicas;
  guint cpu_target_percent;
  guint memory_target_percent;
  gboolean pdb_enabled;
  guint pdb_min_available;
  char *storage_class;
  PodliftStorageProvider storage_provider;
  guint cpu_request_millicores;
  guint cpu_limit_millicores;
  guint memory_request_mb;
  guint memory_limit_mb;
  char **disabled_resources;   /* sorted ids of optional resources switched off */
  GHashTable *customisations;  /* resource id → YAML text written by hand */
  GHashTable *written;         /* resource id → checksum of the file last saved */
};

enum {
  PROP_0,
  PROP_FORMAT,
  PROP_NAMESPACE,
  PROP_INGRESS_ENABLED,
  PROP_INGRESS_HOST,
  PROP_TLS_SECRET,
  PROP_INGRESS_CLASS,
  PROP_INGRESS_CONTROLLER,
  PROP_REPLICAS,
  PROP_HPA_ENABLED,
  PROP_MIN_REPLICAS,
  PROP_MAX_REPLICAS,
  PROP_CPU_TARGET_PERCENT,
  PROP_MEMORY_TARGET_PERCENT,
  PROP_PDB_ENABLED,
  PROP_PDB_MIN_AVAILABLE,
  PROP_STORAGE_CLASS,
  PROP_STORAGE_PROVIDER,
  PROP_CPU_REQUEST_MILLICORES,
  PROP_CPU_LIMIT_MILLICORES,
  PROP_MEMORY_REQUEST_MB,
  PROP_MEMORY_LIMIT_MB,
  PROP_DISABLED_RESOURCES,
  PROP_CUSTOMISED_IDS,
  N_PROPS
};

extern GParamSpec *podlift_manifest_set_properties [N_PROPS];

G_END_DECLS
