/* podlift-app-profile.h
  *
  * Copyright 2026 The Podlift developers
  *
  * SPDX-License-Identifier: GPL-3.0-or-later
  */

#pragma once

#include <gio/gio.h>

#include "podlift-types.h"

G_BEGIN_DECLS

#define PODLIFT_TYPE_APP_PROFILE (podlift_app_profile_get_type ())

G_DECLARE_FINAL_TYPE (PodliftAppProfile, podlift_app_profile, PODLIFT, APP_PROFILE, GObject)

PodliftAppProfile    *podlift_app_profile_new                     (void);
const char           *podlift_app_profile_get_name                (PodliftAppProfile *self);
void                  podlift_app_profile_set_name                (PodliftAppProfile *self,
                                                                    const char        *name);
const char           *podlift_app_profile_get_description         (PodliftAppProfile *self);
void                  podlift_app_profile_set_description         (PodliftAppProfile *self,
                                                                    const char        *description);
PodliftStack          podlift_app_profile_get_stack               (PodliftAppProfile *self);
void                  podlift_app_profile_set_stack               (PodliftAppProfile *self,
                                                                    PodliftStack       stack);
const char           *podlift_app_profile_get_stack_version       (PodliftAppProfile *self);
void                  podlift_app_profile_set_stack_version       (PodliftAppProfile *self,
                                                                    const char        *stack_version);
gboolean              podlift_app_profile_get_stateful            (PodliftAppProfile *self);
void                  podlift_app_profile_set_stateful            (PodliftAppProfile *self,
                                                                    gboolean           stateful);
PodliftStateHandling podlift_app_profile_get_state_handling      (PodliftAppProfile *self);
void                  podlift_app_profile_set_state_handling      (PodliftAppProfile    *self,
                                                                    PodliftStateHandling  state_handling);
gboolean              podlift_app_profile_get_database_moves      (PodliftAppProfile *self);
void                  podlift_app_profile_set_database_moves      (PodliftAppProfile *self,
                                                                    gboolean           database_moves);
PodliftDatabaseEngine podlift_app_profile_get_database_engine     (PodliftAppProfile *self);
void                  podlift_app_profile_set_database_engine     (PodliftAppProfile     *self,
                                                                    PodliftDatabaseEngine  database_engine);
const char           *podlift_app_profile_get_database_version    (PodliftAppProfile *self);
void                  podlift_app_profile_set_database_version    (PodliftAppProfile *self,
                                                                    const char        *database_version);
double                podlift_app_profile_get_database_size_gb    (PodliftAppProfile *self);
void                  podlift_app_profile_set_database_size_gb    (PodliftAppProfile *self,
                                                                    double             database_size_gb);
gboolean              podlift_app_profile_get_sticky_sessions     (PodliftAppProfile *self);
void                  podlift_app_profile_set_sticky_sessions     (PodliftAppProfile *self,
                                                                    gboolean           sticky_sessions);
const char           *podlift_app_profile_get_session_cookie      (PodliftAppProfile *self);
void                  podlift_app_profile_set_session_cookie      (PodliftAppProfile *self,
                                                                    const char        *session_cookie);
const char           *podlift_app_profile_get_build_command       (PodliftAppProfile *self);
void                  podlift_app_profile_set_build_command       (PodliftAppProfile *self,
                                                                    const char        *build_command);
const char           *podlift_app_profile_get_launch_command      (PodliftAppProfile *self);
void                  podlift_app_profile_set_launch_command      (PodliftAppProfile *self,
                                                                    const char        *launch_command);
const char           *podlift_app_profile_get_migrate_command     (PodliftAppProfile *self);
void                  podlift_app_profile_set_migrate_command     (PodliftAppProfile *self,
                                                                    const char        *migrate_command);
guint                 podlift_app_profile_get_port                (PodliftAppProfile *self);
void                  podlift_app_profile_set_port                (PodliftAppProfile *self,
                                                                    guint              port);
const char           *podlift_app_profile_get_liveness_path       (PodliftAppProfile *self);
void                  podlift_app_profile_set_liveness_path       (PodliftAppProfile *self,
                                                                    const char        *liveness_path);
const char           *podlift_app_profile_get_readiness_path      (PodliftAppProfile *self);
void                  podlift_app_profile_set_readiness_path      (PodliftAppProfile *self,
                                                                    const char        *readiness_path);
const char           *podlift_app_profile_get_startup_path        (PodliftAppProfile *self);
void                  podlift_app_profile_set_startup_path        (PodliftAppProfile *self,
                                                                    const char        *startup_path);
guint                 podlift_app_profile_get_startup_seconds     (PodliftAppProfile *self);
void                  podlift_app_profile_set_startup_seconds     (PodliftAppProfile *self,
                                                                    guint              startup_seconds);
double                podlift_app_profile_get_vm_vcpu             (PodliftAppProfile *self);
void                  podlift_app_profile_set_vm_vcpu             (PodliftAppProfile *self,
                                                                    double             vm_vcpu);
guint                 podlift_app_profile_get_vm_memory_mb        (PodliftAppProfile *self);
void                  podlift_app_profile_set_vm_memory_mb        (PodliftAppProfile *self,
                                                                    guint              vm_memory_mb);
guint                 podlift_app_profile_get_vm_instances        (PodliftAppProfile *self);
void                  podlift_app_profile_set_vm_instances        (PodliftAppProfile *self,
                                                                    guint              vm_instances);
double                podlift_app_profile_get_cpu_average_percent (PodliftAppProfile *self);
void                  podlift_app_profile_set_cpu_average_percent (PodliftAppProfile *self,
                                                                    double             cpu_average_percent);
double                podlift_app_profile_get_cpu_peak_percent    (PodliftAppProfile *self);
void                  podlift_app_profile_set_cpu_peak_percent    (PodliftAppProfile *self,
                                                                    double             cpu_peak_percent);
guint                 podlift_app_profile_get_memory_average_mb   (PodliftAppProfile *self);
void                  podlift_app_profile_set_memory_average_mb   (PodliftAppProfile *self,
                                                                    guint              memory_average_mb);
guint                 podlift_app_profile_get_memory_peak_mb      (PodliftAppProfile *self);
void                  podlift_app_profile_set_memory_peak_mb      (PodliftAppProfile *self,
                                                                    guint              memory_peak_mb);
double                podlift_app_profile_get_requests_average    (PodliftAppProfile *self);
void                  podlift_app_profile_set_requests_average    (PodliftAppProfile *self,
                                                                    double             requests_average);
double                podlift_app_profile_get_requests_peak       (PodliftAppProfile *self);
void                  podlift_app_profile_set_requests_peak       (PodliftAppProfile *self,
                                                                    double             requests_peak);

const char          *podlift_app_profile_get_package_manager (PodliftAppProfile   *self);
void                 podlift_app_profile_set_package_manager (PodliftAppProfile   *self,
                                                              const char          *package_manager);
const char * const  *podlift_app_profile_get_image_files     (PodliftAppProfile   *self);
void                 podlift_app_profile_set_image_files     (PodliftAppProfile   *self,
                                                              const char * const  *image_files);

GListStore *podlift_app_profile_get_state_paths       (PodliftAppProfile *self);
GListStore *podlift_app_profile_get_dependencies      (PodliftAppProfile *self);
GListStore *podlift_app_profile_get_env_vars          (PodliftAppProfile *self);
GListStore *podlift_app_profile_get_config_files      (PodliftAppProfile *self);
GListStore *podlift_app_profile_get_cron_jobs         (PodliftAppProfile *self);
GListStore *podlift_app_profile_get_stateful_services (PodliftAppProfile *self);
const char *podlift_app_profile_get_source            (PodliftAppProfile *self,
                                                       const char        *key);
void        podlift_app_profile_set_source            (PodliftAppProfile *self,
                                                       const char        *key,
                                                       const char        *source);
GPtrArray  *podlift_app_profile_list_sources          (PodliftAppProfile *self);

G_END_DECLS
