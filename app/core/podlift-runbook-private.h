/* podlift-runbook-private.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "podlift-app-profile.h"
#include "podlift-runbook.h"
#include "podlift-strategy.h"

G_BEGIN_DECLS

/* A stateful path and the volume it goes to. */
typedef struct
{
  char   *path;   /* on the VMs: "/srv/shopfront/media" */
  char   *claim;  /* the PersistentVolumeClaim: "shopfront-media" */
  char   *mount;  /* in the helper pod: "/volumes/media" */
  char   *volume; /* the helper pod's volume name: "media" */
  double  size_gb;
} PodliftRunbookVolume;

/* What every step is written from, worked out once. */
typedef struct
{
  PodliftProject        *project;
  PodliftAppProfile     *profile;
  PodliftStrategy       *strategy;
  PodliftStrategyKind    kind;
  PodliftDatabaseEngine  engine;
  gboolean               database_moves; /* a dump and a restore */
  gboolean               maintenance;    /* a page while data moves */
  PodliftMaintenanceKind maintenance_kind;
  char                  *app;            /* the workload's name */
  char                  *namespace;
  char                  *workload;       /* "deployment/shopfront" */
  char                  *host;           /* the public host name */
  char                  *helper;         /* the helper pod's name */
  guint                  replicas;       /* when scaled back up */
  guint                  uid;
  char                  *apply_production;
  char                  *apply_preprod;
  char                  *db_host;        /* the database today */
  guint                  db_port;
  char                  *db_name;
  char                  *db_user;
  GPtrArray             *volumes;        /* PodliftRunbookVolume* */
  GPtrArray             *exports;        /* "NAME=value  # what it is" */
  JsonNode              *ingress;        /* the application's Ingress, if enabled */
  GPtrArray             *steps;          /* PodliftRunbookStep* */
} PodliftRunbook;

PodliftRunbook     *podlift_runbook_new          (PodliftProject      *project,
                                                  PodliftStrategyKind  kind);
void                podlift_runbook_free         (PodliftRunbook      *rb);
void                podlift_runbook_add_steps    (PodliftRunbook      *rb);
PodliftRunbookStep *podlift_runbook_add          (PodliftRunbook      *rb,
                                                  const char          *id,
                                                  gboolean             downtime,
                                                  const char          *title);
void                podlift_runbook_set          (char               **field,
                                                  const char          *format,
                                                  ...) G_GNUC_PRINTF (2, 3);
void                podlift_runbook_step_free    (PodliftRunbookStep  *step);
/* A shell variable the user sets before starting: "$NAME" */
const char         *podlift_runbook_variable     (PodliftRunbook      *rb,
                                                  const char          *name,
                                                  const char          *comment);

/* podlift-runbook-steps.c */
void                podlift_runbook_add_rehearse (PodliftRunbook      *rb);
void                podlift_runbook_add_lower_ttl (PodliftRunbook     *rb);
void                podlift_runbook_add_network  (PodliftRunbook      *rb);
void                podlift_runbook_add_deploy   (PodliftRunbook      *rb);
void                podlift_runbook_add_verify   (PodliftRunbook      *rb);
void                podlift_runbook_add_watch    (PodliftRunbook      *rb);
/* "kubectl -n NS port-forward … ; curl … PATH" */
char               *podlift_runbook_probe        (PodliftRunbook      *rb);
char               *podlift_runbook_unapply      (PodliftRunbook      *rb);

/* podlift-runbook-database.c */
void                podlift_runbook_add_dump     (PodliftRunbook      *rb);
void                podlift_runbook_add_restore  (PodliftRunbook      *rb);
char               *podlift_runbook_count_rows   (PodliftRunbook      *rb);
const char         *podlift_runbook_engine_name  (PodliftDatabaseEngine engine);
char               *podlift_runbook_client_image (PodliftRunbook      *rb);
guint               podlift_runbook_default_port (PodliftDatabaseEngine engine);

/* podlift-runbook-volumes.c */
void                podlift_runbook_add_volume_copy (PodliftRunbook   *rb,
                                                     gboolean          final);
gboolean            podlift_runbook_needs_helper (PodliftRunbook      *rb);
char               *podlift_runbook_helper_yaml  (PodliftRunbook      *rb);

/* podlift-runbook-maintenance.c */
void                podlift_runbook_add_maintenance_on  (PodliftRunbook *rb);
void                podlift_runbook_add_switch          (PodliftRunbook *rb);
void                podlift_runbook_add_maintenance_off (PodliftRunbook *rb);
char               *podlift_runbook_maintenance_html    (PodliftRunbook *rb);
char               *podlift_runbook_maintenance_objects (PodliftRunbook *rb);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PodliftRunbook, podlift_runbook_free)

G_END_DECLS
