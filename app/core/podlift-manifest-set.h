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

G_END_DECLS
