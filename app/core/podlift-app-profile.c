/* podlift-app-profile.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-app-profile"

#include "config.h"

#include "podlift-enum-types.h"
#include "podlift-model-util.h"
#include "podlift-app-profile.h"
#include "podlift-state-path.h"
#include "podlift-dependency.h"
#include "podlift-env-var.h"
#include "podlift-config-file.h"
#include "podlift-cron-job.h"
#include "podlift-stateful-service.h"

/* What the team knows about the application: the Knowledge step. */
struct _PodliftAppProfile
{
  GObject parent_instance;

  char *name;
  char *description;
  PodliftStack stack;
  char *stack_version;
  gboolean stateful;
  PodliftStateHandling state_handling;
  gboolean database_moves;
  PodliftDatabaseEngine database_engine;
  char *database_version;
  double database_size_gb;
  gboolean sticky_sessions;
  char *session_cookie;
  char *build_command;
  char *launch_command;
  char *migrate_command;
  guint port;
  char *liveness_path;
  char *readiness_path;
  char *startup_path;
  guint startup_seconds;
  double vm_vcpu;
  guint vm_memory_mb;
  guint vm_instances;
  double cpu_average_percent;
  double cpu_peak_percent;
  guint memory_average_mb;
  guint memory_peak_mb;
  double requests_average;
  double requests_peak;
  char *package_manager;
  char **image_files;

  GListStore *state_paths;
  GListStore *dependencies;
  GListStore *env_vars;
  GListStore *config_files;
  GListStore *cron_jobs;
  GListStore *stateful_services;
  GHashTable *sources;
};

G_DEFINE_FINAL_TYPE (PodliftAppProfile, podlift_app_profile, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_DESCRIPTION,
  PROP_STACK,
  PROP_STACK_VERSION,
  PROP_STATEFUL,
  PROP_STATE_HANDLING,
  PROP_DATABASE_MOVES,
  PROP_DATABASE_ENGINE,
  PROP_DATABASE_VERSION,
  PROP_DATABASE_SIZE_GB,
  PROP_STICKY_SESSIONS,
  PROP_SESSION_COOKIE,
  PROP_BUILD_COMMAND,
  PROP_LAUNCH_COMMAND,
  PROP_MIGRATE_COMMAND,
  PROP_PORT,
  PROP_LIVENESS_PATH,
  PROP_READINESS_PATH,
  PROP_STARTUP_PATH,
  PROP_STARTUP_SECONDS,
  PROP_VM_VCPU,
  PROP_VM_MEMORY_MB,
  PROP_VM_INSTANCES,
  PROP_CPU_AVERAGE_PERCENT,
  PROP_CPU_PEAK_PERCENT,
  PROP_MEMORY_AVERAGE_MB,
  PROP_MEMORY_PEAK_MB,
  PROP_REQUESTS_AVERAGE,
  PROP_REQUESTS_PEAK,
  PROP_PACKAGE_MANAGER,
  PROP_IMAGE_FILES,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

enum {
  SOURCES_CHANGED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

/* An answer changed after it was pre-filled is the user's now: it no
 * longer came from a file, and a re-scan must leave it alone. Whoever
 * fills an answer from a file sets the value first, then its source. */
static void
podlift_app_profile_notify (GObject    *object,
                            GParamSpec *pspec)
{
  PodliftAppProfile *self = PODLIFT_APP_PROFILE (object);

  if (g_hash_table_remove (self->sources, pspec->name))
    g_signal_emit (self, signals [SOURCES_CHANGED], 0);

  if (G_OBJECT_CLASS (podlift_app_profile_parent_class)->notify)
    G_OBJECT_CLASS (podlift_app_profile_parent_class)->notify (object, pspec);
}

static void
podlift_app_profile_finalize (GObject *object)
{
  PodliftAppProfile *self = (PodliftAppProfile *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->stack_version, g_free);
  g_clear_pointer (&self->database_version, g_free);
  g_clear_pointer (&self->session_cookie, g_free);
  g_clear_pointer (&self->build_command, g_free);
  g_clear_pointer (&self->launch_command, g_free);
  g_clear_pointer (&self->migrate_command, g_free);
  g_clear_pointer (&self->liveness_path, g_free);
  g_clear_pointer (&self->readiness_path, g_free);
  g_clear_pointer (&self->startup_path, g_free);
  g_clear_object (&self->state_paths);
  g_clear_object (&self->dependencies);
  g_clear_object (&self->env_vars);
  g_clear_object (&self->config_files);
  g_clear_object (&self->cron_jobs);
  g_clear_object (&self->stateful_services);
  g_clear_pointer (&self->sources, g_hash_table_unref);
  g_clear_pointer (&self->package_manager, g_free);
  g_clear_pointer (&self->image_files, g_strfreev);

  G_OBJECT_CLASS (podlift_app_profile_parent_class)->finalize (object);
}

static void
podlift_app_profile_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PodliftAppProfile *self = PODLIFT_APP_PROFILE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_STACK:
      g_value_set_enum (value, self->stack);
      break;

    case PROP_STACK_VERSION:
      g_value_set_string (value, self->stack_version);
      break;

    case PROP_STATEFUL:
      g_value_set_boolean (value, self->stateful);
      break;

    case PROP_STATE_HANDLING:
      g_value_set_enum (value, self->state_handling);
      break;

    case PROP_DATABASE_MOVES:
      g_value_set_boolean (value, self->database_moves);
      break;

    case PROP_DATABASE_ENGINE:
      g_value_set_enum (value, self->database_engine);
      break;

    case PROP_DATABASE_VERSION:
      g_value_set_string (value, self->database_version);
      break;

    case PROP_DATABASE_SIZE_GB:
      g_value_set_double (value, self->database_size_gb);
      break;

    case PROP_STICKY_SESSIONS:
      g_value_set_boolean (value, self->sticky_sessions);
      break;

    case PROP_SESSION_COOKIE:
      g_value_set_string (value, self->session_cookie);
      break;

    case PROP_BUILD_COMMAND:
      g_value_set_string (value, self->build_command);
      break;

    case PROP_LAUNCH_COMMAND:
      g_value_set_string (value, self->launch_command);
      break;

    case PROP_MIGRATE_COMMAND:
      g_value_set_string (value, self->migrate_command);
      break;

    case PROP_PORT:
      g_value_set_uint (value, self->port);
      break;

    case PROP_LIVENESS_PATH:
      g_value_set_string (value, self->liveness_path);
      break;

    case PROP_READINESS_PATH:
      g_value_set_string (value, self->readiness_path);
      break;

    case PROP_STARTUP_PATH:
      g_value_set_string (value, self->startup_path);
      break;

    case PROP_STARTUP_SECONDS:
      g_value_set_uint (value, self->startup_seconds);
      break;

    case PROP_VM_VCPU:
      g_value_set_double (value, self->vm_vcpu);
      break;

    case PROP_VM_MEMORY_MB:
      g_value_set_uint (value, self->vm_memory_mb);
      break;

    case PROP_VM_INSTANCES:
      g_value_set_uint (value, self->vm_instances);
      break;

    case PROP_CPU_AVERAGE_PERCENT:
      g_value_set_double (value, self->cpu_average_percent);
      break;

    case PROP_CPU_PEAK_PERCENT:
      g_value_set_double (value, self->cpu_peak_percent);
      break;

    case PROP_MEMORY_AVERAGE_MB:
      g_value_set_uint (value, self->memory_average_mb);
      break;

    case PROP_MEMORY_PEAK_MB:
      g_value_set_uint (value, self->memory_peak_mb);
      break;

    case PROP_REQUESTS_AVERAGE:
      g_value_set_double (value, self->requests_average);
      break;

    case PROP_REQUESTS_PEAK:
      g_value_set_double (value, self->requests_peak);
      break;

    case PROP_PACKAGE_MANAGER:
      g_value_set_string (value, self->package_manager);
      break;

    case PROP_IMAGE_FILES:
      g_value_set_boxed (value, self->image_files);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
podlift_app_profile_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  PodliftAppProfile *self = PODLIFT_APP_PROFILE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      podlift_app_profile_set_name (self, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      podlift_app_profile_set_description (self, g_value_get_string (value));
      break;

    case PROP_STACK:
      podlift_app_profile_set_stack (self, g_value_get_enum (value));
      break;

    case PROP_STACK_VERSION:
      podlift_app_profile_set_stack_version (self, g_value_get_string (value));
      break;

    case PROP_STATEFUL:
      podlift_app_profile_set_stateful (self, g_value_get_boolean (value));
      break;

    case PROP_STATE_HANDLING:
      podlift_app_profile_set_state_handling (self, g_value_get_enum (value));
      break;

    case PROP_DATABASE_MOVES:
      podlift_app_profile_set_database_moves (self, g_value_get_boolean (value));
      break;

    case PROP_DATABASE_ENGINE:
      podlift_app_profile_set_database_engine (self, g_value_get_enum (value));
      break;

    case PROP_DATABASE_VERSION:
      podlift_app_profile_set_database_version (self, g_value_get_string (value));
      break;

    case PROP_DATABASE_SIZE_GB:
      podlift_app_profile_set_database_size_gb (self, g_value_get_double (value));
      break;

    case PROP_STICKY_SESSIONS:
      podlift_app_profile_set_sticky_sessions (self, g_value_get_boolean (value));
      break;

    case PROP_SESSION_COOKIE:
      podlift_app_profile_set_session_cookie (self, g_value_get_string (value));
      break;

    case PROP_BUILD_COMMAND:
      podlift_app_profile_set_build_command (self, g_value_get_string (value));
      break;

    case PROP_LAUNCH_COMMAND:
      podlift_app_profile_set_launch_command (self, g_value_get_string (value));
      break;

    case PROP_MIGRATE_COMMAND:
      podlift_app_profile_set_migrate_command (self, g_value_get_string (value));
      break;

    case PROP_PORT:
      podlift_app_profile_set_port (self, g_value_get_uint (value));
      break;

    case PROP_LIVENESS_PATH:
      podlift_app_profile_set_liveness_path (self, g_value_get_string (value));
      break;

    case PROP_READINESS_PATH:
      podlift_app_profile_set_readiness_path (self, g_value_get_string (value));
      break;

    case PROP_STARTUP_PATH:
      podlift_app_profile_set_startup_path (self, g_value_get_string (value));
      break;

    case PROP_STARTUP_SECONDS:
      podlift_app_profile_set_startup_seconds (self, g_value_get_uint (value));
      break;

    case PROP_VM_VCPU:
      podlift_app_profile_set_vm_vcpu (self, g_value_get_double (value));
      break;

    case PROP_VM_MEMORY_MB:
      podlift_app_profile_set_vm_memory_mb (self, g_value_get_uint (value));
      break;

    case PROP_VM_INSTANCES:
      podlift_app_profile_set_vm_instances (self, g_value_get_uint (value));
      break;

    case PROP_CPU_AVERAGE_PERCENT:
      podlift_app_profile_set_cpu_average_percent (self, g_value_get_double (value));
      break;

    case PROP_CPU_PEAK_PERCENT:
      podlift_app_profile_set_cpu_peak_percent (self, g_value_get_double (value));
      break;

    case PROP_MEMORY_AVERAGE_MB:
      podlift_app_profile_set_memory_average_mb (self, g_value_get_uint (value));
      break;

    case PROP_MEMORY_PEAK_MB:
      podlift_app_profile_set_memory_peak_mb (self, g_value_get_uint (value));
      break;

    case PROP_REQUESTS_AVERAGE:
      podlift_app_profile_set_requests_average (self, g_value_get_double (value));
      break;

    case PROP_REQUESTS_PEAK:
      podlift_app_profile_set_requests_peak (self, g_value_get_double (value));
      break;

    case PROP_PACKAGE_MANAGER:
      podlift_app_profile_set_package_manager (self, g_value_get_string (value));
      break;

    case PROP_IMAGE_FILES:
      podlift_app_profile_set_image_files (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
podlift_app_profile_class_init (PodliftAppProfileClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = podlift_app_profile_finalize;
  object_class->notify = podlift_app_profile_notify;
  object_class->get_property = podlift_app_profile_get_property;
  object_class->set_property = podlift_app_profile_set_property;

  properties [PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                             NULL,
                             (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                             NULL,
                             (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_STACK] =
    g_param_spec_enum ("stack", NULL, NULL,
                           PODLIFT_TYPE_STACK,
                           PODLIFT_STACK_UNKNOWN,
                           (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_STACK_VERSION] =
    g_param_spec_string ("stack-version", NULL, NULL,
                             NULL,
                             (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_STATEFUL] =
    g_param_spec_boolean ("stateful", NULL, NULL,
                              FALSE,
                              (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_STATE_HANDLING] =
    g_param_spec_enum ("state-handling", NULL, NULL,
                           PODLIFT_TYPE_STATE_HANDLING,
                           PODLIFT_STATE_HANDLING_REWORK,
                           (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_DATABASE_MOVES] =
    g_param_spec_boolean ("database-moves", NULL, NULL,
                              FALSE,
                              (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_DATABASE_ENGINE] =
    g_param_spec_enum ("database-engine", NULL, NULL,
                           PODLIFT_TYPE_DATABASE_ENGINE,
                           PODLIFT_DATABASE_ENGINE_NONE,
                           (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_DATABASE_VERSION] =
    g_param_spec_string ("database-version", NULL, NULL,
                             NULL,
                             (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_DATABASE_SIZE_GB] =
    g_param_spec_double ("database-size-gb", NULL, NULL,
                             0.0, G_MAXDOUBLE, 0.0,
                             (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_STICKY_SESSIONS] =
    g_param_spec_boolean ("sticky-sessions", NULL, NULL,
                              FALSE,
                              (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_SESSION_COOKIE] =
    g_param_spec_string ("session-cookie", NULL, NULL,
                             NULL,
                             (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_BUILD_COMMAND] =
    g_param_spec_string ("build-command", NULL, NULL,
                             NULL,
                             (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_LAUNCH_COMMAND] =
    g_param_spec_string ("launch-command", NULL, NULL,
                             NULL,
                             (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_MIGRATE_COMMAND] =
    g_param_spec_string ("migrate-command", NULL, NULL,
                             NULL,
                             (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_PORT] =
    g_param_spec_uint ("port", NULL, NULL,
                           0, 65535, 0,
                           (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_LIVENESS_PATH] =
    g_param_spec_string ("liveness-path", NULL, NULL,
                             NULL,
                             (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_READINESS_PATH] =
    g_param_spec_string ("readiness-path", NULL, NULL,
                             NULL,
                             (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_STARTUP_PATH] =
    g_param_spec_string ("startup-path", NULL, NULL,
                             NULL,
                             (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_STARTUP_SECONDS] =
    g_param_spec_uint ("startup-seconds", NULL, NULL,
                           0, 3600, 0,
                           (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_VM_VCPU] =
    g_param_spec_double ("vm-vcpu", NULL, NULL,
                             0.0, 1024.0, 0.0,
                             (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_VM_MEMORY_MB] =
    g_param_spec_uint ("vm-memory-mb", NULL, NULL,
                           0, G_MAXUINT, 0,
                           (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_VM_INSTANCES] =
    g_param_spec_uint ("vm-instances", NULL, NULL,
                           0, 1000, 0,
                           (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_CPU_AVERAGE_PERCENT] =
    g_param_spec_double ("cpu-average-percent", NULL, NULL,
                             0.0, 100.0, 0.0,
                             (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_CPU_PEAK_PERCENT] =
    g_param_spec_double ("cpu-peak-percent", NULL, NULL,
                             0.0, 100.0, 0.0,
                             (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_MEMORY_AVERAGE_MB] =
    g_param_spec_uint ("memory-average-mb", NULL, NULL,
                           0, G_MAXUINT, 0,
                           (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_MEMORY_PEAK_MB] =
    g_param_spec_uint ("memory-peak-mb", NULL, NULL,
                           0, G_MAXUINT, 0,
                           (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_REQUESTS_AVERAGE] =
    g_param_spec_double ("requests-average", NULL, NULL,
                             0.0, G_MAXDOUBLE, 0.0,
                             (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_REQUESTS_PEAK] =
    g_param_spec_double ("requests-peak", NULL, NULL,
                             0.0, G_MAXDOUBLE, 0.0,
                             (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* "npm", "yarn", "pnpm", "pip", "poetry", "maven", "gradle", "composer",
   * "bundler", "cargo", "go", "dotnet": how the build installs packages. */
  properties [PROP_PACKAGE_MANAGER] =
    g_param_spec_string ("package-manager", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Paths, relative to the source folder, that the image must contain
   * besides the build output (templates, static files, migrations). */
  properties [PROP_IMAGE_FILES] =
    g_param_spec_boxed ("image-files", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Emitted when the provenance of an answer changes. */
  signals [SOURCES_CHANGED] =
    g_signal_new ("sources-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 0);
}

static void
podlift_app_profile_init (PodliftAppProfile *self)
{
  self->stack = PODLIFT_STACK_UNKNOWN;
  self->state_handling = PODLIFT_STATE_HANDLING_REWORK;
  self->database_engine = PODLIFT_DATABASE_ENGINE_NONE;

  self->state_paths = g_list_store_new (PODLIFT_TYPE_STATE_PATH);
  self->dependencies = g_list_store_new (PODLIFT_TYPE_DEPENDENCY);
  self->env_vars = g_list_store_new (PODLIFT_TYPE_ENV_VAR);
  self->config_files = g_list_store_new (PODLIFT_TYPE_CONFIG_FILE);
  self->cron_jobs = g_list_store_new (PODLIFT_TYPE_CRON_JOB);
  self->stateful_services = g_list_store_new (PODLIFT_TYPE_STATEFUL_SERVICE);
  self->sources = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

PodliftAppProfile *
podlift_app_profile_new (void)
{
  return g_object_new (PODLIFT_TYPE_APP_PROFILE, NULL);
}

const char *
podlift_app_profile_get_name (PodliftAppProfile *self)
{
  g_return_val_if_fail (PODLIFT_IS_APP_PROFILE (self), NULL);

  return self->name;
}

void
podlift_app_profile_set_name (PodliftAppProfile *self,
                              const char        *name)
{
  g_return_if_fail (PODLIFT_IS_APP_PROFILE (self));

  if (podlift_set_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NAME]);
}

const char *
podlift_app_profile_get_description (PodliftAppProfile *self)
{
  g_return_val_if_fail (PODLIFT_IS_APP_PROFILE (self), NULL);

  return self->description;
}

void
podlift_app_profile_set_description (PodliftAppProfile *self,
                                     const char        *description)
{
  g_return_if_fail (PODLIFT_IS_APP_PROFILE (self));

  if (podlift_set_string (&self->description, description))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DESCRIPTION]);
}

PodliftStack
podlift_app_profile_get_stack (PodliftAppProfile *self)
{
  g_return_val_if_fail (PODLIFT_IS_APP_PROFILE (self), 0);

  return self->stack;
}

void
podlift_app_profile_set_stack (PodliftAppProfile *self,
                               PodliftStack       stack)
{
  g_return_if_fail (PODLIFT_IS_APP_PROFILE (self));

  if (self->stack == stack)
    return;

  self->stack = stack;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STACK]);
}

const char *
podlift_app_profile_get_stack_version (PodliftAppProfile *self)
{
  g_return_val_if_fail (PODLIFT_IS_APP_PROFILE (self), NULL);

  return self->stack_version;
}

void
podlift_app_profile_set_stack_version (PodliftAppProfile *self,
                                       const char        *stack_version)
{
  g_return_if_fail (PODLIFT_IS_APP_PROFILE (self));

  if (podlift_set_string (&self->stack_version, stack_version))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STACK_VERSION]);
}

gboolean
podlift_app_profile_get_stateful (PodliftAppProfile *self)
{
  g_return_val_if_fail (PODLIFT_IS_APP_PROFILE (self), FALSE);

  return self->stateful;
}

void
podlift_app_profile_set_stateful (PodliftAppProfile *self,
                                  gboolean           stateful)
{
  g_return_if_fail (PODLIFT_IS_APP_PROFILE (self));

  stateful = !!stateful;

  if (self->stateful == stateful)
    return;

  self->stateful = stateful;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STATEFUL]);
}

PodliftStateHandling
podlift_app_profile_get_state_handling (PodliftAppProfile *self)
{
  g_return_val_if_fail (PODLIFT_IS_APP_PROFILE (self), 0);

  return self->state_handling;
}

void
podlift_app_profile_set_state_handling (PodliftAppProfile    *self,
                                        PodliftStateHandling  state_handling)
{
  g_return_if_fail (PODLIFT_IS_APP_PROFILE (self));

  if (self->state_handling == state_handling)
    return;

  self->state_handling = state_handling;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STATE_HANDLING]);
}

gboolean
podlift_app_profile_get_database_moves (PodliftAppProfile *self)
{
  g_return_val_if_fail (PODLIFT_IS_APP_PROFILE (self), FALSE);

  return self->database_moves;
}

void
podlift_app_profile_set_database_moves (PodliftAppProfile *self,
                                        gboolean           database_moves)
{
  g_return_if_fail (PODLIFT_IS_APP_PROFILE (self));

  database_moves = !!database_moves;

  if (self->database_moves == database_moves)
    return;

  self->database_moves = database_moves;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DATABASE_MOVES]);
}

PodliftDatabaseEngine
podlift_app_profile_get_database_engine (PodliftAppProfile *self)
{
  g_return_val_if_fail (PODLIFT_IS_APP_PROFILE (self), 0);

  return self->database_engine;
}

void
podlift_app_profile_set_database_engine (PodliftAppProfile     *self,
                                         PodliftDatabaseEngine  database_engine)
{
  g_return_if_fail (PODLIFT_IS_APP_PROFILE (self));

  if (self->database_engine == database_engine)
    return;

  self->database_engine = database_engine;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DATABASE_ENGINE]);
}

const char *
podlift_app_profile_get_database_version (PodliftAppProfile *self)
{
  g_return_val_if_fail (PODLIFT_IS_APP_PROFILE (self), NULL);

  return self->database_version;
}

void
podlift_app_profile_set_database_version (PodliftAppProfile *self,
                                          const char        *database_version)
{
  g_return_if_fail (PODLIFT_IS_APP_PROFILE (self));

  if (podlift_set_string (&self->database_version, database_version))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DATABASE_VERSION]);
}

double
podlift_app_profile_get_database_size_gb (PodliftAppProfile *self)
{
  g_return_val_if_fail (PODLIFT_IS_APP_PROFILE (self), 0);

  return self->database_size_gb;
}

void
podlift_app_profile_set_database_size_gb (PodliftAppProfile *self,
                                          double             database_size_gb)
{
  g_return_if_fail (PODLIFT_IS_APP_PROFILE (self));

  if (self->database_size_gb == database_size_gb)
    return;

  self->database_size_gb = database_size_gb;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DATABASE_SIZE_GB]);
}

gboolean
podlift_app_profile_get_sticky_sessions (PodliftAppProfile *self)
{
  g_return_val_if_fail (PODLIFT_IS_APP_PROFILE (self), FALSE);

  return self->sticky_sessions;
}

void
podlift_app_profile_set_sticky_sessions (PodliftAppProfile *self,
                                         gboolean           sticky_sessions)
{
  g_return_if_fail (PODLIFT_IS_APP_PROFILE (self));

  sticky_sessions = !!sticky_sessions;

  if (self->sticky_sessions == sticky_sessions)
    return;

  self->sticky_sessions = sticky_sessions;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STICKY_SESSIONS]);
}

const char *
podlift_app_profile_get_session_cookie (PodliftAppProfile *self)
{
  g_return_val_if_fail (PODLIFT_IS_APP_PROFILE (self), NULL);

  return self->session_cookie;
}

void
podlift_app_profile_set_session_cookie (PodliftAppProfile *self,
                                        const char        *session_cookie)
{
  g_return_if_fail (PODLIFT_IS_APP_PROFILE (self));

  if (podlift_set_string (&self->session_cookie, session_cookie))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SESSION_COOKIE]);
}

const char *
podlift_app_profile_get_build_command (PodliftAppProfile *self)
{
  g_return_val_if_fail (PODLIFT_IS_APP_PROFILE (self), NULL);

  return self->build_command;
}

void
podlift_app_profile_set_build_command (PodliftAppProfile *self,
                                       const char        *build_command)
{
  g_return_if_fail (PODLIFT_IS_APP_PROFILE (self));

  if (podlift_set_string (&self->build_command, build_command))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BUILD_COMMAND]);
}

const char *
podlift_app_profile_get_launch_command (PodliftAppProfile *self)
{
  g_return_val_if_fail (PODLIFT_IS_APP_PROFILE (self), NULL);

  return self->launch_command;
}

void
podlift_app_profile_set_launch_command (PodliftAppProfile *self,
                                        const char        *launch_command)
{
  g_return_if_fail (PODLIFT_IS_APP_PROFILE (self));

  if (podlift_set_string (&self->launch_command, launch_command))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LAUNCH_COMMAND]);
}

const char *
podlift_app_profile_get_migrate_command (PodliftAppProfile *self)
{
  g_return_val_if_fail (PODLIFT_IS_APP_PROFILE (self), NULL);

  return self->migrate_command;
}

void
podlift_app_profile_set_migrate_command (PodliftAppProfile *self,
                                         const char        *migrate_command)
{
  g_return_if_fail (PODLIFT_IS_APP_PROFILE (self));

  if (podlift_set_string (&self->migrate_command, migrate_command))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MIGRATE_COMMAND]);
}

guint
podlift_app_profile_get_port (PodliftAppProfile *self)
{
  g_return_val_if_fail (PODLIFT_IS_APP_PROFILE (self), 0);

  return self->port;
}

void
podlift_app_profile_set_port (PodliftAppProfile *self,
                              guint              port)
{
  g_return_if_fail (PODLIFT_IS_APP_PROFILE (self));

  if (self->port == port)
    return;

  self->port = port;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PORT]);
}

const char *
podlift_app_profile_get_liveness_path (PodliftAppProfile *self)
{
  g_return_val_if_fail (PODLIFT_IS_APP_PROFILE (self), NULL);

  return self->liveness_path;
}

void
podlift_app_profile_set_liveness_path (PodliftAppProfile *self,
                                       const char        *liveness_path)
{
  g_return_if_fail (PODLIFT_IS_APP_PROFILE (self));

  if (podlift_set_string (&self->liveness_path, liveness_path))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LIVENESS_PATH]);
}

const char *
podlift_app_profile_get_readiness_path (PodliftAppProfile *self)
{
  g_return_val_if_fail (PODLIFT_IS_APP_PROFILE (self), NULL);

  return self->readiness_path;
}

void
podlift_app_profile_set_readiness_path (PodliftAppProfile *self,
                                        const char        *readiness_path)
{
  g_return_if_fail (PODLIFT_IS_APP_PROFILE (self));

  if (podlift_set_string (&self->readiness_path, readiness_path))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_READINESS_PATH]);
}

const char *
podlift_app_profile_get_startup_path (PodliftAppProfile *self)
{
  g_return_val_if_fail (PODLIFT_IS_APP_PROFILE (self), NULL);

  return self->startup_path;
}

void
podlift_app_profile_set_startup_path (PodliftAppProfile *self,
                                      const char        *startup_path)
{
  g_return_if_fail (PODLIFT_IS_APP_PROFILE (self));

  if (podlift_set_string (&self->startup_path, startup_path))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STARTUP_PATH]);
}

guint
podlift_app_profile_get_startup_seconds (PodliftAppProfile *self)
{
  g_return_val_if_fail (PODLIFT_IS_APP_PROFILE (self), 0);

  return self->startup_seconds;
}

void
podlift_app_profile_set_startup_seconds (PodliftAppProfile *self,
                                         guint              startup_seconds)
{
  g_return_if_fail (PODLIFT_IS_APP_PROFILE (self));

  if (self->startup_seconds == startup_seconds)
    return;

  self->startup_seconds = startup_seconds;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STARTUP_SECONDS]);
}

double
podlift_app_profile_get_vm_vcpu (PodliftAppProfile *self)
{
  g_return_val_if_fail (PODLIFT_IS_APP_PROFILE (self), 0);

  return self->vm_vcpu;
}

void
podlift_app_profile_set_vm_vcpu (PodliftAppProfile *self,
                                 double             vm_vcpu)
{
  g_return_if_fail (PODLIFT_IS_APP_PROFILE (self));

  if (self->vm_vcpu == vm_vcpu)
    return;

  self->vm_vcpu = vm_vcpu;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_VM_VCPU]);
}

guint
podlift_app_profile_get_vm_memory_mb (PodliftAppProfile *self)
{
  g_return_val_if_fail (PODLIFT_IS_APP_PROFILE (self), 0);

  return self->vm_memory_mb;
}

void
podlift_app_profile_set_vm_memory_mb (PodliftAppProfile *self,
                                      guint              vm_memory_mb)
{
  g_return_if_fail (PODLIFT_IS_APP_PROFILE (self));

  if (self->vm_memory_mb == vm_memory_mb)
    return;

  self->vm_memory_mb = vm_memory_mb;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_VM_MEMORY_MB]);
}

guint
podlift_app_profile_get_vm_instances (PodliftAppProfile *self)
{
  g_return_val_if_fail (PODLIFT_IS_APP_PROFILE (self), 0);

  return self->vm_instances;
}

void
podlift_app_profile_set_vm_instances (PodliftAppProfile *self,
                                      guint              vm_instances)
{
  g_return_if_fail (PODLIFT_IS_APP_PROFILE (self));

  if (self->vm_instances == vm_instances)
    return;

  self->vm_instances = vm_instances;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_VM_INSTANCES]);
}

double
podlift_app_profile_get_cpu_average_percent (PodliftAppProfile *self)
{
  g_return_val_if_fail (PODLIFT_IS_APP_PROFILE (self), 0);

  return self->cpu_average_percent;
}

void
podlift_app_profile_set_cpu_average_percent (PodliftAppProfile *self,
                                             double             cpu_average_percent)
{
  g_return_if_fail (PODLIFT_IS_APP_PROFILE (self));

  if (self->cpu_average_percent == cpu_average_percent)
    return;

  self->cpu_average_percent = cpu_average_percent;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CPU_AVERAGE_PERCENT]);
}

double
podlift_app_profile_get_cpu_peak_percent (PodliftAppProfile *self)
{
  g_return_val_if_fail (PODLIFT_IS_APP_PROFILE (self), 0);

  return self->cpu_peak_percent;
}

void
podlift_app_profile_set_cpu_peak_percent (PodliftAppProfile *self,
                                          double             cpu_peak_percent)
{
  g_return_if_fail (PODLIFT_IS_APP_PROFILE (self));

  if (self->cpu_peak_percent == cpu_peak_percent)
    return;

  self->cpu_peak_percent = cpu_peak_percent;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CPU_PEAK_PERCENT]);
}

guint
podlift_app_profile_get_memory_average_mb (PodliftAppProfile *self)
{
  g_return_val_if_fail (PODLIFT_IS_APP_PROFILE (self), 0);

  return self->memory_average_mb;
}

void
podlift_app_profile_set_memory_average_mb (PodliftAppProfile *self,
                                           guint              memory_average_mb)
{
  g_return_if_fail (PODLIFT_IS_APP_PROFILE (self));

  if (self->memory_average_mb == memory_average_mb)
    return;

  self->memory_average_mb = memory_average_mb;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MEMORY_AVERAGE_MB]);
}

guint
podlift_app_profile_get_memory_peak_mb (PodliftAppProfile *self)
{
  g_return_val_if_fail (PODLIFT_IS_APP_PROFILE (self), 0);

  return self->memory_peak_mb;
}

void
podlift_app_profile_set_memory_peak_mb (PodliftAppProfile *self,
                                        guint              memory_peak_mb)
{
  g_return_if_fail (PODLIFT_IS_APP_PROFILE (self));

  if (self->memory_peak_mb == memory_peak_mb)
    return;

  self->memory_peak_mb = memory_peak_mb;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MEMORY_PEAK_MB]);
}

double
podlift_app_profile_get_requests_average (PodliftAppProfile *self)
{
  g_return_val_if_fail (PODLIFT_IS_APP_PROFILE (self), 0);

  return self->requests_average;
}

void
podlift_app_profile_set_requests_average (PodliftAppProfile *self,
                                          double             requests_average)
{
  g_return_if_fail (PODLIFT_IS_APP_PROFILE (self));

  if (self->requests_average == requests_average)
    return;

  self->requests_average = requests_average;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_REQUESTS_AVERAGE]);
}

double
podlift_app_profile_get_requests_peak (PodliftAppProfile *self)
{
  g_return_val_if_fail (PODLIFT_IS_APP_PROFILE (self), 0);

  return self->requests_peak;
}

void
podlift_app_profile_set_requests_peak (PodliftAppProfile *self,
                                       double             requests_peak)
{
  g_return_if_fail (PODLIFT_IS_APP_PROFILE (self));

  if (self->requests_peak == requests_peak)
    return;

  self->requests_peak = requests_peak;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_REQUESTS_PEAK]);
}

/**
 * podlift_app_profile_get_state_paths:
 *
 * Returns: (transfer none): the #GListStore of #PodliftStatePath
 */
GListStore *
podlift_app_profile_get_state_paths (PodliftAppProfile *self)
{
  g_return_val_if_fail (PODLIFT_IS_APP_PROFILE (self), NULL);

  return self->state_paths;
}

/**
 * podlift_app_profile_get_dependencies:
 *
 * Returns: (transfer none): the #GListStore of #PodliftDependency
 */
GListStore *
podlift_app_profile_get_dependencies (PodliftAppProfile *self)
{
  g_return_val_if_fail (PODLIFT_IS_APP_PROFILE (self), NULL);

  return self->dependencies;
}

/**
 * podlift_app_profile_get_env_vars:
 *
 * Returns: (transfer none): the #GListStore of #PodliftEnvVar
 */
GListStore *
podlift_app_profile_get_env_vars (PodliftAppProfile *self)
{
  g_return_val_if_fail (PODLIFT_IS_APP_PROFILE (self), NULL);

  return self->env_vars;
}

/**
 * podlift_app_profile_get_config_files:
 *
 * Returns: (transfer none): the #GListStore of #PodliftConfigFile
 */
GListStore *
podlift_app_profile_get_config_files (PodliftAppProfile *self)
{
  g_return_val_if_fail (PODLIFT_IS_APP_PROFILE (self), NULL);

  return self->config_files;
}

/**
 * podlift_app_profile_get_cron_jobs:
 *
 * Returns: (transfer none): the #GListStore of #PodliftCronJob
 */
GListStore *
podlift_app_profile_get_cron_jobs (PodliftAppProfile *self)
{
  g_return_val_if_fail (PODLIFT_IS_APP_PROFILE (self), NULL);

  return self->cron_jobs;
}

/**
 * podlift_app_profile_get_stateful_services:
 *
 * The services besides the main database that keep data of their own.
 *
 * Returns: (transfer none): the #GListStore of #PodliftStatefulService
 */
GListStore *
podlift_app_profile_get_stateful_services (PodliftAppProfile *self)
{
  g_return_val_if_fail (PODLIFT_IS_APP_PROFILE (self), NULL);

  return self->stateful_services;
}

/**
 * podlift_app_profile_get_source:
 * @key: the answer, named as its property ("port", "launch-command")
 *
 * Returns: (nullable): where the answer came from, such as
 *   "package.json:12", or %NULL when the user typed it
 */
const char *
podlift_app_profile_get_source (PodliftAppProfile *self,
                                const char        *key)
{
  g_return_val_if_fail (PODLIFT_IS_APP_PROFILE (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  return g_hash_table_lookup (self->sources, key);
}

void
podlift_app_profile_set_source (PodliftAppProfile *self,
                                const char        *key,
                                const char        *source)
{
  g_return_if_fail (PODLIFT_IS_APP_PROFILE (self));
  g_return_if_fail (key != NULL);

  if (g_strcmp0 (g_hash_table_lookup (self->sources, key), source) == 0)
    return;

  if (source == NULL || source[0] == '\0')
    g_hash_table_remove (self->sources, key);
  else
    g_hash_table_insert (self->sources, g_strdup (key), g_strdup (source));

  g_signal_emit (self, signals [SOURCES_CHANGED], 0);
}

/**
 * podlift_app_profile_list_sources:
 *
 * Returns: (transfer container): the keys that have a source, sorted
 */
GPtrArray *
podlift_app_profile_list_sources (PodliftAppProfile *self)
{
  GPtrArray *keys;
  GHashTableIter iter;
  gpointer key;

  g_return_val_if_fail (PODLIFT_IS_APP_PROFILE (self), NULL);

  keys = g_ptr_array_new ();
  g_hash_table_iter_init (&iter, self->sources);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (keys, key);
  g_ptr_array_sort (keys, (GCompareFunc)podlift_compare_strings);

  return keys;
}

const char *
podlift_app_profile_get_package_manager (PodliftAppProfile *self)
{
  g_return_val_if_fail (PODLIFT_IS_APP_PROFILE (self), NULL);

  return self->package_manager;
}

void
podlift_app_profile_set_package_manager (PodliftAppProfile *self,
                                         const char        *package_manager)
{
  g_return_if_fail (PODLIFT_IS_APP_PROFILE (self));

  if (podlift_set_string (&self->package_manager, package_manager))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PACKAGE_MANAGER]);
}

/**
 * podlift_app_profile_get_image_files:
 *
 * Returns: (nullable) (transfer none): the files the image needs
 */
const char * const *
podlift_app_profile_get_image_files (PodliftAppProfile *self)
{
  g_return_val_if_fail (PODLIFT_IS_APP_PROFILE (self), NULL);

  return (const char * const *)self->image_files;
}

void
podlift_app_profile_set_image_files (PodliftAppProfile  *self,
                                     const char * const *image_files)
{
  g_return_if_fail (PODLIFT_IS_APP_PROFILE (self));

  /* An empty list is no answer, as an empty string is. */
  if (image_files != NULL && image_files[0] == NULL)
    image_files = NULL;

  if (self->image_files == NULL && image_files == NULL)
    return;

  if (self->image_files != NULL && image_files != NULL &&
      g_strv_equal ((const char * const *)self->image_files, image_files))
    return;

  g_strfreev (self->image_files);
  self->image_files = g_strdupv ((char **)image_files);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_IMAGE_FILES]);
}
