/* podlift-types.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  PODLIFT_STEP_KNOWLEDGE,
  PODLIFT_STEP_CONTAINER,
  PODLIFT_STEP_MANIFESTS,
  PODLIFT_STEP_STRATEGY,
  PODLIFT_STEP_CUTOVER,
  PODLIFT_STEP_REVIEW,
} PodliftStep;

#define PODLIFT_N_STEPS (PODLIFT_STEP_REVIEW + 1)

typedef enum
{
  PODLIFT_STEP_STATE_UNTOUCHED,
  PODLIFT_STEP_STATE_PROBLEMS,
  PODLIFT_STEP_STATE_COMPLETE,
} PodliftStepState;

typedef enum
{
  PODLIFT_STACK_UNKNOWN,
  PODLIFT_STACK_NODE,
  PODLIFT_STACK_PYTHON,
  PODLIFT_STACK_GO,
  PODLIFT_STACK_JAVA,
  PODLIFT_STACK_PHP,
  PODLIFT_STACK_RUBY,
  PODLIFT_STACK_DOTNET,
  PODLIFT_STACK_RUST,
  PODLIFT_STACK_STATIC,
} PodliftStack;

typedef enum
{
  PODLIFT_STATE_HANDLING_REWORK,
  PODLIFT_STATE_HANDLING_SHARED_VOLUME,
  PODLIFT_STATE_HANDLING_STATEFULSET,
} PodliftStateHandling;

typedef enum
{
  PODLIFT_DATABASE_ENGINE_NONE,
  PODLIFT_DATABASE_ENGINE_POSTGRESQL,
  PODLIFT_DATABASE_ENGINE_MYSQL,
  PODLIFT_DATABASE_ENGINE_MARIADB,
  PODLIFT_DATABASE_ENGINE_MONGODB,
  PODLIFT_DATABASE_ENGINE_REDIS,
} PodliftDatabaseEngine;

typedef enum
{
  PODLIFT_PROTOCOL_TCP,
  PODLIFT_PROTOCOL_HTTP,
  PODLIFT_PROTOCOL_HTTPS,
  PODLIFT_PROTOCOL_UDP,
} PodliftProtocol;

typedef enum
{
  PODLIFT_BASE_SIZE_DISTROLESS,
  PODLIFT_BASE_SIZE_ALPINE,
  PODLIFT_BASE_SIZE_SLIM,
  PODLIFT_BASE_SIZE_FULL,
} PodliftBaseSize;

typedef enum
{
  PODLIFT_OUTPUT_FORMAT_YAML,
  PODLIFT_OUTPUT_FORMAT_KUSTOMIZE,
  PODLIFT_OUTPUT_FORMAT_HELM,
} PodliftOutputFormat;

typedef enum
{
  PODLIFT_INGRESS_CONTROLLER_NONE,
  PODLIFT_INGRESS_CONTROLLER_NGINX,
  PODLIFT_INGRESS_CONTROLLER_AWS_ALB,
  PODLIFT_INGRESS_CONTROLLER_GKE,
  PODLIFT_INGRESS_CONTROLLER_TRAEFIK,
} PodliftIngressController;

typedef enum
{
  PODLIFT_STORAGE_PROVIDER_GENERIC,
  PODLIFT_STORAGE_PROVIDER_EKS_EFS,
  PODLIFT_STORAGE_PROVIDER_GKE_FILESTORE,
} PodliftStorageProvider;

/* The resources the Manifests step writes, in the order they are listed
 * and applied. */
typedef enum
{
  PODLIFT_RESOURCE_NAMESPACE,
  PODLIFT_RESOURCE_SERVICE_ACCOUNT,
  PODLIFT_RESOURCE_CONFIG_MAP,
  PODLIFT_RESOURCE_SECRET,
  PODLIFT_RESOURCE_CONFIG_FILES,
  PODLIFT_RESOURCE_PERSISTENT_VOLUME_CLAIM,
  PODLIFT_RESOURCE_DEPLOYMENT,
  PODLIFT_RESOURCE_STATEFUL_SET,
  PODLIFT_RESOURCE_HEADLESS_SERVICE,
  PODLIFT_RESOURCE_SERVICE,
  PODLIFT_RESOURCE_BACKEND_CONFIG,
  PODLIFT_RESOURCE_INGRESS,
  PODLIFT_RESOURCE_POD_DISRUPTION_BUDGET,
  PODLIFT_RESOURCE_HORIZONTAL_POD_AUTOSCALER,
  PODLIFT_RESOURCE_MIGRATION_JOB,
  PODLIFT_RESOURCE_CRON_JOB,
} PodliftResourceKind;

typedef enum
{
  PODLIFT_STRATEGY_KIND_UNDECIDED,
  PODLIFT_STRATEGY_KIND_APP_ONLY,
  PODLIFT_STRATEGY_KIND_APP_AND_DATABASE,
} PodliftStrategyKind;

typedef enum
{
  PODLIFT_SIZING_SOURCE_VM,
  PODLIFT_SIZING_SOURCE_LOAD_TEST,
} PodliftSizingSource;

/* Where users see the maintenance page while the data moves: a static
 * page served by the VMs' own front, or a small Deployment, Service and
 * Ingress in the cluster. */
typedef enum
{
  PODLIFT_MAINTENANCE_KIND_STATIC,
  PODLIFT_MAINTENANCE_KIND_CLUSTER,
} PodliftMaintenanceKind;

/* Where the database dump is made: from a helper pod in the cluster, or
 * on a host beside the database, the file then copied into the cluster. */
typedef enum
{
  PODLIFT_RUN_FROM_POD,
  PODLIFT_RUN_FROM_HOST,
} PodliftRunFrom;

/* How stateful files reach their volumes: tar through `kubectl exec`, or
 * rsync into a helper pod (which can copy the bulk ahead of time). */
typedef enum
{
  PODLIFT_VOLUME_COPY_TAR,
  PODLIFT_VOLUME_COPY_RSYNC,
} PodliftVolumeCopy;

typedef enum
{
  PODLIFT_CHECKLIST_PHASE_PREPARE,
  PODLIFT_CHECKLIST_PHASE_SWITCH,
  PODLIFT_CHECKLIST_PHASE_AFTER,
} PodliftChecklistPhase;

typedef enum
{
  PODLIFT_CHECK_KIND_NONE,
  PODLIFT_CHECK_KIND_HTTP,
  PODLIFT_CHECK_KIND_DNS,
  PODLIFT_CHECK_KIND_TCP,
  PODLIFT_CHECK_KIND_IMAGE,
  PODLIFT_CHECK_KIND_PROBE,
} PodliftCheckKind;

typedef enum
{
  PODLIFT_ITEM_STATE_TODO,
  PODLIFT_ITEM_STATE_DONE,
  PODLIFT_ITEM_STATE_SKIPPED,
  PODLIFT_ITEM_STATE_FAILED,
} PodliftItemState;

typedef enum
{
  PODLIFT_TIMELINE_KIND_STATE,
  PODLIFT_TIMELINE_KIND_CHECK,
  PODLIFT_TIMELINE_KIND_NOTE,
  PODLIFT_TIMELINE_KIND_START,
} PodliftTimelineKind;

const char *podlift_step_get_id    (PodliftStep  step);
gboolean    podlift_step_from_id   (const char  *id,
                                    PodliftStep *step);
const char *podlift_enum_to_nick   (GType        enum_type,
                                    int          value);
gboolean    podlift_enum_from_nick (GType        enum_type,
                                    const char  *nick,
                                    int         *value);

G_END_DECLS
