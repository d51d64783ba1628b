/* podlift-compose-generator-private.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <yaml.h>

#include "podlift-env-var.h"
#include "podlift-project.h"

G_BEGIN_DECLS

typedef struct _PodliftComposeDatabase PodliftComposeDatabase;

/* One compose.yaml being written. */
typedef struct
{
  PodliftProject         *project;
  yaml_emitter_t         *emitter;
  PodliftComposeDatabase *database;       /* NULL when no database moves */
  GPtrArray              *state_volumes;  /* volume name, path, name, path… */
  gboolean                has_secrets;
  gboolean                failed;
} PodliftComposeWriter;

PodliftEnvVar *podlift_compose_find_env_var    (PodliftProject       *project,
                                                const char           *name);

void           podlift_compose_write_scalar    (PodliftComposeWriter *w,
                                                const char           *value);
void           podlift_compose_write_styled    (PodliftComposeWriter *w,
                                                const char           *value,
                                                yaml_scalar_style_t   style);
void           podlift_compose_write_pair      (PodliftComposeWriter *w,
                                                const char           *key,
                                                const char           *value);
void           podlift_compose_write_number    (PodliftComposeWriter *w,
                                                const char           *key,
                                                guint                 number);
void           podlift_compose_begin_map       (PodliftComposeWriter *w,
                                                const char           *key);
void           podlift_compose_end_map         (PodliftComposeWriter *w);
void           podlift_compose_begin_seq       (PodliftComposeWriter *w,
                                                const char           *key);
void           podlift_compose_end_seq         (PodliftComposeWriter *w);
void           podlift_compose_write_env_files (PodliftComposeWriter *w);

/* podlift-compose-database.c */
PodliftComposeDatabase *podlift_compose_database_new     (PodliftProject         *project);
void                    podlift_compose_database_free    (PodliftComposeDatabase *database);
void                    podlift_compose_database_app_env (PodliftComposeWriter   *w);
void                    podlift_compose_database_service (PodliftComposeWriter   *w,
                                                          const char             *volume);

G_END_DECLS
