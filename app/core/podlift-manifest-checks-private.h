/* podlift-manifest-checks-private.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "podlift-manifest-checks.h"

G_BEGIN_DECLS

/* The checks, in the order of the table (podlift-manifest-checks.c). */
typedef enum
{
  PODLIFT_CHECK_CONTAINER_RESOURCES,
  PODLIFT_CHECK_CONTAINER_IMAGE_TAG,
  PODLIFT_CHECK_CONTAINER_IMAGE_PULL_POLICY,
  PODLIFT_CHECK_CONTAINER_USER_GROUP_ID,
  PODLIFT_CHECK_CONTAINER_READ_ONLY_ROOT_FS,
  PODLIFT_CHECK_POD_PROBES,
  PODLIFT_CHECK_POD_PROBES_IDENTICAL,
  PODLIFT_CHECK_DEPLOYMENT_HAS_PDB,
  PODLIFT_CHECK_STATEFULSET_HAS_PDB,
  PODLIFT_CHECK_DEPLOYMENT_HAS_ANTI_AFFINITY,
  PODLIFT_CHECK_STATEFULSET_HAS_ANTI_AFFINITY,
  PODLIFT_CHECK_PDB_SELECTOR,
  PODLIFT_CHECK_SERVICE_TARGETS_POD,
  PODLIFT_CHECK_INGRESS_TARGETS_SERVICE,
  PODLIFT_CHECK_HPA_HAS_TARGET,
  PODLIFT_CHECK_STATEFULSET_HAS_SERVICE_NAME,
  PODLIFT_CHECK_DEPLOYMENT_HPA_REPLICAS,
  PODLIFT_CHECK_SECRET_VALUES,
  PODLIFT_CHECK_PROBE_PATH,
  PODLIFT_N_CHECKS
} PodliftCheckId;

typedef struct
{
  const char         *code;
  PodliftSeverity     severity;     /* kube-score's grade: CRITICAL → error */
  const char * const *refs;         /* every name in other tools */
  const char         *explanation;  /* a msgid */
} PodliftManifestCheck;

extern const PodliftManifestCheck podlift_manifest_checks[PODLIFT_N_CHECKS];

/* One Kubernetes object (a document, or an item of a List). */
typedef struct
{
  PodliftYamlDocument *document;
  char                *file;             /* GRefString, or NULL */
  guint                tag;              /* the caller's index of its document */
  JsonObject          *object;
  const char          *api_version;      /* "" when missing */
  const char          *kind;             /* "" when missing */
  const char          *name;             /* "" when missing */
  const char          *namespace;        /* NULL when not set */
  char                *ref;              /* "Kind/name" */
  JsonObject          *annotations;      /* metadata.annotations, or NULL */
  /* Objects that run pods: Pod, Deployment, StatefulSet, DaemonSet,
   * ReplicaSet, ReplicationController, Job, CronJob. */
  JsonObject          *pod_spec;
  JsonObject          *pod_labels;
  JsonObject          *pod_annotations;
} PodliftManifestObject;

typedef struct
{
  GPtrArray                         *objects;       /* PodliftManifestObject */
  const PodliftManifestCheckContext *context;
  GPtrArray                         *diagnostics;
  GArray                            *tags;          /* guint per diagnostic, or NULL */
} PodliftManifestChecker;

/* Appends a finding of @check on @object unless the object opts out of
 * it. @refs: the other tools' names that fit this finding (NULL: the
 * check's); @line 0: the object's line. */
void        podlift_manifest_report               (PodliftManifestChecker      *checker,
                                                   const PodliftManifestObject *object,
                                                   PodliftCheckId               check,
                                                   PodliftSeverity              severity,
                                                   const char * const          *refs,
                                                   guint                        line,
                                                   const char                  *format,
                                                   ...) G_GNUC_PRINTF (7, 8);

/* Runs the checks over the objects of @checker. */
void        podlift_manifest_checks_run_objects   (PodliftManifestChecker      *checker);
/* The checks over @documents; @files and @tags may be NULL. @tags holds
 * a number per document (its source, for podlift_manifest_lint_sources);
 * @finding_tags (may be NULL) gets that of each finding's document. */
void        podlift_manifest_checks_run_tagged    (GPtrArray                         *documents,
                                                   const char * const                *files,
                                                   const guint                       *tags,
                                                   const PodliftManifestCheckContext *context,
                                                   GPtrArray                         *diagnostics,
                                                   GArray                            *finding_tags);

/* Typed access to members: NULL/FALSE when missing or of another type. */
JsonObject *podlift_manifest_get_object           (JsonObject                  *object,
                                                   const char                  *member);
JsonArray  *podlift_manifest_get_array            (JsonObject                  *object,
                                                   const char                  *member);
const char *podlift_manifest_get_string           (JsonObject                  *object,
                                                   const char                  *member);
gboolean    podlift_manifest_get_int              (JsonObject                  *object,
                                                   const char                  *member,
                                                   gint64                      *value);
/* Element @index of @array when it is an object, else NULL. */
JsonObject *podlift_manifest_array_object         (JsonArray                   *array,
                                                   guint                        index);
/* The line of the key @member of @object in @self's document, else of the
 * key @fallback (may be NULL), else 0. */
guint       podlift_manifest_key_line             (const PodliftManifestObject *self,
                                                   JsonObject                  *object,
                                                   const char                  *member,
                                                   const char                  *fallback);
guint       podlift_manifest_node_line            (const PodliftManifestObject *self,
                                                   JsonNode                    *node);

gboolean    podlift_manifest_same_namespace       (const PodliftManifestObject *a,
                                                   const PodliftManifestObject *b);
/* A Service's selector (a map): every pair is among @labels. */
gboolean    podlift_manifest_map_matches          (JsonObject                  *selector,
                                                   JsonObject                  *labels);
/* A LabelSelector (matchLabels, matchExpressions); an empty one matches
 * everything, NULL nothing. */
gboolean    podlift_manifest_selector_matches     (JsonObject                  *selector,
                                                   JsonObject                  *labels);

/* Each file's checks (podlift-manifest-checks-*.c). */
void        podlift_manifest_check_containers     (PodliftManifestChecker      *checker,
                                                   const PodliftManifestObject *object);
void        podlift_manifest_check_pod_links      (PodliftManifestChecker      *checker,
                                                   const PodliftManifestObject *object);
void        podlift_manifest_check_links          (PodliftManifestChecker      *checker,
                                                   const PodliftManifestObject *object);
void        podlift_manifest_check_secret         (PodliftManifestChecker      *checker,
                                                   const PodliftManifestObject *object);

/* Whether a Secret value (decoded) looks like a real secret rather than
 * a placeholder such as "change-me" or "". */
gboolean    podlift_manifest_value_looks_real     (const char                  *value,
                                                   gsize                        length);

G_END_DECLS
