/* podlift-manifest-generator.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "podlift-project.h"
#include "podlift-types.h"

G_BEGIN_DECLS

/* The Kubernetes resources of a project: a pure function of the model.
 * Every resource the project could have is listed, the optional ones
 * switched off too (enabled FALSE), so that a page can show a switch. */

#define PODLIFT_TYPE_MANIFEST (podlift_manifest_get_type ())

typedef struct _PodliftManifest PodliftManifest;

GType                podlift_manifest_get_type        (void) G_GNUC_CONST;
PodliftManifest     *podlift_manifest_ref             (PodliftManifest *self);
void                 podlift_manifest_unref           (PodliftManifest *self);
PodliftResourceKind  podlift_manifest_get_kind        (PodliftManifest *self);
/* Stable across regenerations: "deployment", "cronjob-nightly-maintenance".
 * The key of the resource's switch and of its customisation. */
const char          *podlift_manifest_get_id          (PodliftManifest *self);
/* "apps/v1", "Deployment", the object's metadata.name */
const char          *podlift_manifest_get_api_version (PodliftManifest *self);
const char          *podlift_manifest_get_k8s_kind    (PodliftManifest *self);
const char          *podlift_manifest_get_name        (PodliftManifest *self);
/* "Deployment/shopfront" */
char                *podlift_manifest_dup_object_ref  (PodliftManifest *self);
/* The file of the plain output: "deployment.yaml" */
const char          *podlift_manifest_get_file_name   (PodliftManifest *self);
gboolean             podlift_manifest_get_optional    (PodliftManifest *self);
gboolean             podlift_manifest_get_enabled     (PodliftManifest *self);
/* The object as generated from the model. */
JsonNode            *podlift_manifest_get_document    (PodliftManifest *self);
/* What is written: the customisation when there is one, else the
 * generated document as YAML (one document, starting with "---"). */
const char          *podlift_manifest_get_text        (PodliftManifest *self);
/* The generated YAML, whatever the customisation. */
const char          *podlift_manifest_get_generated_text (PodliftManifest *self);
gboolean             podlift_manifest_get_customised  (PodliftManifest *self);
/* Ids of the resources this one points at (Ingress → service; Service →
 * deployment; Deployment → config-map, secret, pvc-…; HPA, PDB →
 * deployment), for the diagram. NULL-terminated. */
const char * const  *podlift_manifest_get_links       (PodliftManifest *self);
/* A line per choice worth knowing ("TCP probes: no health endpoint was
 * captured"); NULL-terminated, may be empty. */
const char * const  *podlift_manifest_get_notes       (PodliftManifest *self);

/* Returns: (transfer full) (element-type PodliftManifest): every resource */
GPtrArray           *podlift_manifests_generate       (PodliftProject  *project);
/* The resource @id, or NULL. (transfer none) */
PodliftManifest     *podlift_manifests_find           (GPtrArray       *manifests,
                                                       const char      *id);

/* The schema and the checks over the enabled resources' texts (each
 * customised one as written), all together so that the cross-object
 * checks see every resource, with the paths the answers say the
 * application serves.
 *
 * Returns: (transfer full) (element-type GListModel): for each manifest
 * of @manifests, in order, its findings (PodliftDiagnostic, lines of its
 * own text, file its file name); empty for a switched-off one */
GPtrArray           *podlift_manifests_validate       (PodliftProject  *project,
                                                       GPtrArray       *manifests);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PodliftManifest, podlift_manifest_unref)

G_END_DECLS
