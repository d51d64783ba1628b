/* podlift-manifest-set.h
  *
  * Copyright 2026 The Podlift developers
  *
  * SPDX-License-Identifier: GPL-3.0-or-later
  */

#pragma once

#include <gio/gio.h>

#include "podlift-types.h"

G_BEGIN_DECLS

#define PODLIFT_TYPE_MANIFEST_SET (podlift_manifest_set_get_type ())

G_DECLARE_FINAL_TYPE (PodliftManifestSet, podlift_manifest_set, PODLIFT, MANIFEST_SET, GObject)

PodliftManifestSet      *podlift_manifest_set_new                       (void);
PodliftOutputFormat      podlift_manifest_set_get_format                (PodliftManifestSet *self);
void                     podlift_manifest_set_set_format                (PodliftManifestSet  *self,
                                                                          PodliftOutputFormat  format);
const char              *podlift_manifest_set_get_namespace             (PodliftManifestSet *self);
void                     podlift_manifest_set_set_namespace             (PodliftManifestSet *self,
                                                                          const char         *namespace);
gboolean                 podlift_manifest_set_get_ingress_enabled       (PodliftManifestSet *self);
void                     podlift_manifest_set_set_ingress_enabled       (PodliftManifestSet *self,
                                                                          gboolean            ingress_enabled);
const char              *podlift_manifest_set_get_ingress_host          (PodliftManifestSet *self);
void                     podlift_manifest_set_set_ingress_host          (PodliftManifestSet *self,
                                                                          const char         *ingress_host);
const char              *podlift_manifest_set_get_tls_secret            (PodliftManifestSet *self);
void                     podlift_manifest_set_set_tls_secret            (PodliftManifestSet *self,
                                                                          const char         *tls_secret);
const char              *podlift_manifest_set_get_ingress_class         (PodliftManifestSet *self);
void                     podlift_manifest_set_set_ingress_class         (PodliftManifestSet *self,
                                                                          const char         *ingress_class);
PodliftIngressController podlift_manifest_set_get_ingress_controller    (PodliftManifestSet *self);
void                     podlift_manifest_set_set_ingress_controller    (PodliftManifestSet       *self,
                                                                          PodliftIngressController  ingress_controller);
guint                    podlift_manifest_set_get_replicas              (PodliftManifestSet *self);
void                     podlift_manifest_set_set_replicas              (PodliftManifestSet *self,
                                                                          guint               replicas);
gboolean                 podlift_manifest_set_get_hpa_enabled           (PodliftManifestSet *self);
void                     podlift_manifest_set_set_hpa_enabled           (PodliftManifestSet *self,
                                                                          gboolean            hpa_enabled);
guint                    podlift_manifest_set_get_min_replicas          (PodliftManifestSet *self);
void                     podlift_manifest_set_set_min_replicas          (PodliftManifestSet *self,
                                                                          guint               min_replicas);
guint                    podlift_manifest_set_get_max_replicas          (PodliftManifestSet *self);
void                     podlift_manifest_set_set_max_replicas          (PodliftManifestSet *self,
                                                                          guint               max_replicas);
guint                    podlift_manifest_set_get_cpu_target_percent    (PodliftManifestSet *self);
void                     podlift_manifest_set_set_cpu_target_percent    (PodliftManifestSet *self,
                                                                          guint               cpu_target_percent);
guint                    podlift_manifest_set_get_memory_target_percent (PodliftManifestSet *self);
void                     podlift_manifest_set_set_memory_target_percent (PodliftManifestSet *self,
                                                                          guint               memory_target_percent);
gboolean                 podlift_manifest_set_get_pdb_enabled           (PodliftManifestSet *self);
void                     podlift_manifest_set_set_pdb_enabled           (PodliftManifestSet *self,
                                                                          gboolean            pdb_enabled);
guint                    podlift_manifest_set_get_pdb_min_available     (PodliftManifestSet *self);
void                     podlift_manifest_set_set_pdb_min_available     (PodliftManifestSet *self,
                                                                          guint               pdb_min_available);
const char              *podlift_manifest_set_get_storage_class         (PodliftManifestSet *self);
void                     podlift_manifest_set_set_storage_class         (PodliftManifestSet *self,
                                                                          const char         *storage_class);
PodliftStorageProvider   podlift_manifest_set_get_storage_provider       (PodliftManifestSet *self);
void                     podlift_manifest_set_set_storage_provider       (PodliftManifestSet     *self,
                                                                          PodliftStorageProvider  storage_provider);
/* Requests and limits; 0 means "from the sizing answers". */
guint                    podlift_manifest_set_get_cpu_request_millicores (PodliftManifestSet *self);
void                     podlift_manifest_set_set_cpu_request_millicores (PodliftManifestSet *self,
                                                                          guint               cpu_request_millicores);
guint                    podlift_manifest_set_get_cpu_limit_millicores   (PodliftManifestSet *self);
void                     podlift_manifest_set_set_cpu_limit_millicores   (PodliftManifestSet *self,
                                                                          guint               cpu_limit_millicores);
guint                    podlift_manifest_set_get_memory_request_mb      (PodliftManifestSet *self);
void                     podlift_manifest_set_set_memory_request_mb      (PodliftManifestSet *self,
                                                                          guint               memory_request_mb);
guint                    podlift_manifest_set_get_memory_limit_mb        (PodliftManifestSet *self);
void                     podlift_manifest_set_set_memory_limit_mb        (PodliftManifestSet *self,
                                                                          guint               memory_limit_mb);

/* Optional resources switched off, by resource id ("migration-job",
 * "cronjob-NAME", "namespace"…). Ingress, HPA and PDB have their own
 * *-enabled properties, which these two functions follow as well. */
const char * const      *podlift_manifest_set_get_disabled_resources     (PodliftManifestSet *self);
void                     podlift_manifest_set_set_disabled_resources     (PodliftManifestSet  *self,
                                                                          const char * const  *ids);
gboolean                 podlift_manifest_set_get_resource_enabled       (PodliftManifestSet *self,
                                                                          const char         *id);
void                     podlift_manifest_set_set_resource_enabled       (PodliftManifestSet *self,
                                                                          const char         *id,
                                                                          gboolean            enabled);

/* A resource's YAML as written by hand; it replaces the generated text
 * until it is dropped (NULL). Notifies "customised-ids". */
const char              *podlift_manifest_set_get_customisation          (PodliftManifestSet *self,
                                                                          const char         *id);
void                     podlift_manifest_set_set_customisation          (PodliftManifestSet *self,
                                                                          const char         *id,
                                                                          const char         *text);
/* Returns: (transfer full): the ids with a customisation, sorted */
char                   **podlift_manifest_set_dup_customised_ids         (PodliftManifestSet *self);

/* The checksum of each resource file the bundle's deploy/ got at the last
 * save, to tell a file edited in the repository from one Podlift wrote.
 * Bookkeeping of the bundle: no notification. */
const char              *podlift_manifest_set_get_written_checksum       (PodliftManifestSet *self,
                                                                          const char         *id);
void                     podlift_manifest_set_set_written_checksum       (PodliftManifestSet *self,
                                                                          const char         *id,
                                                                          const char         *checksum);
/* Returns: (transfer full): the ids with a checksum, sorted */
char                   **podlift_manifest_set_dup_written_ids            (PodliftManifestSet *self);

G_END_DECLS
