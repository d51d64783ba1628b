/* podlift-manifest-generator-private.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podlift-app-profile.h"
#include "podlift-dockerfile.h"
#include "podlift-manifest-generator.h"
#include "podlift-manifest-set.h"
#include "podlift-state-path.h"

G_BEGIN_DECLS

struct _PodliftManifest
{
  grefcount            ref_count;
  PodliftResourceKind  kind;
  char                *id;
  char                *api_version;
  char                *k8s_kind;
  char                *name;
  char                *file_name;
  gboolean             optional;
  gboolean             enabled;
  JsonNode            *document;
  char                *generated_text;
  char                *custom_text;
  GPtrArray           *links;  /* char*, NULL-terminated */
  GPtrArray           *notes;  /* char*, NULL-terminated */
};

/* What every resource is made from, worked out once from the model. */
typedef struct
{
  PodliftProject     *project;
  PodliftAppProfile  *profile;
  PodliftDockerfile  *dockerfile;
  PodliftManifestSet *set;

  char               *app;         /* DNS-1123 name of the application */
  char               *namespace;
  char               *image;       /* repository, without the tag */
  char               *tag;
  guint               port;
  guint               uid;
  gboolean            statefulset;
  gboolean            shared_volume;
  gboolean            sticky;
  char               *workload_id; /* "deployment" or "statefulset" */
  guint               replicas;    /* of the base: at least 1 */
  guint               cpu_request; /* millicores */
  guint               cpu_limit;   /* millicores, 0: none */
  guint               memory_request; /* MiB */
  guint               memory_limit;   /* MiB */
  gboolean            has_config;
  gboolean            has_secrets;
  GPtrArray          *manifests;   /* PodliftManifest* */
} PodliftGenerator;

/* Small JSON builders: members keep the order they are set in. */
JsonObject      *podlift_gen_object        (JsonObject         *parent,
                                            const char         *member);
JsonArray       *podlift_gen_array         (JsonObject         *parent,
                                            const char         *member);
JsonObject      *podlift_gen_array_object  (JsonArray          *array);
void             podlift_gen_string        (JsonObject         *object,
                                            const char         *member,
                                            const char         *value);
void             podlift_gen_int           (JsonObject         *object,
                                            const char         *member,
                                            gint64              value);
void             podlift_gen_bool          (JsonObject         *object,
                                            const char         *member,
                                            gboolean            value);
/* {apiVersion, kind, metadata: {name, namespace, labels}}; returns metadata */
JsonObject      *podlift_gen_header        (PodliftGenerator   *gen,
                                            JsonObject         *root,
                                            const char         *api_version,
                                            const char         *kind,
                                            const char         *name,
                                            const char         *component);
void             podlift_gen_labels        (PodliftGenerator   *gen,
                                            JsonObject         *object,
                                            const char         *member,
                                            const char         *component);
void             podlift_gen_selector      (PodliftGenerator   *gen,
                                            JsonObject         *object,
                                            const char         *member);
char            *podlift_gen_slug          (const char         *text,
                                            const char         *fallback);

PodliftManifest *podlift_gen_add           (PodliftGenerator   *gen,
                                            PodliftResourceKind kind,
                                            const char         *id,
                                            JsonObject         *root,
                                            gboolean            optional);
void             podlift_gen_link          (PodliftManifest    *manifest,
                                            const char         *id);
void             podlift_gen_note          (PodliftManifest    *manifest,
                                            const char         *format,
                                            ...) G_GNUC_PRINTF (2, 3);

char            *podlift_gen_state_volume_name (PodliftGenerator *gen,
                                                guint             index);
void             podlift_gen_claim_spec    (PodliftGenerator   *gen,
                                            JsonObject         *spec,
                                            PodliftStatePath   *state,
                                            gboolean            shared);

/* podlift-manifest-generator-workload.c */
void             podlift_gen_workload      (PodliftGenerator   *gen);
void             podlift_gen_migration_job (PodliftGenerator   *gen);
void             podlift_gen_cron_jobs     (PodliftGenerator   *gen);
/* The pod template's spec: containers, volumes, security, affinity. */
JsonObject      *podlift_gen_pod_spec      (PodliftGenerator   *gen,
                                            JsonObject         *template_spec,
                                            const char         *command,
                                            gboolean            serving,
                                            PodliftManifest    *manifest);

/* podlift-manifest-generator-network.c */
void             podlift_gen_services      (PodliftGenerator   *gen);
void             podlift_gen_ingress       (PodliftGenerator   *gen);

PodliftManifest *podlift_manifest_new      (void);

G_END_DECLS
