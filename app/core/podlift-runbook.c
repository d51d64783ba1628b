/* podlift-runbook.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-runbook"

#include "config.h"

#include <string.h>

#include "podlift-dependency.h"
#include "podlift-dockerfile.h"
#include "podlift-env-var.h"
#include "podlift-manifest-generator.h"
#include "podlift-manifest-set.h"
#include "podlift-runbook-private.h"
#include "podlift-state-path.h"

/* The migration runbook: ordered steps for the chosen strategy, written
 * from the answers and from the manifests (names, namespace, volumes),
 * so that its commands name what the manifests create. The steps of the
 * database are in -database.c, of the volumes in -volumes.c, of the
 * maintenance page and the switch in -maintenance.c; the Markdown in
 * -markdown.c, the recommendation in -advice.c.
 *
 * Application only: rehearse, lower the TTL, open and check the network
 * paths from the cluster, deploy, copy stateful files, verify, switch
 * DNS, watch. Application and database: rehearse, lower the TTL, check
 * the paths, deploy with no pods, copy the bulk of the files ahead
 * (rsync), put the maintenance page up and stop writes, dump, copy the
 * dump (from a host), copy the files, restore, verify, switch, take the
 * page down, watch. */

void
podlift_runbook_set (char       **field,
                     const char  *format,
                     ...)
{
  va_list args;

  g_free (*field);
  va_start (args, format);
  *field = g_strdup_vprintf (format, args);
  va_end (args);
}

void
podlift_runbook_step_free (PodliftRunbookStep *step)
{
  g_free (step->id);
  g_free (step->title);
  g_free (step->what);
  g_free (step->commands);
  g_free (step->check);
  g_free (step->rollback);
  g_free (step);
}

static void
volume_free (PodliftRunbookVolume *volume)
{
  g_free (volume->path);
  g_free (volume->claim);
  g_free (volume->mount);
  g_free (volume->volume);
  g_free (volume);
}

PodliftRunbookStep *
podlift_runbook_add (PodliftRunbook *rb,
                     const char     *id,
                     gboolean        downtime,
                     const char     *title)
{
  PodliftRunbookStep *step = g_new0 (PodliftRunbookStep, 1);

  step->id = g_strdup (id);
  step->title = g_strdup (title);
  step->downtime = downtime;
  g_ptr_array_add (rb->steps, step);
  return step;
}

const char *
podlift_runbook_variable (PodliftRunbook *rb,
                          const char     *name,
                          const char     *comment)
{
  g_autofree char *line = g_strdup_printf ("%s=CHANGE_ME  # %s", name, comment);
  g_autofree char *variable = g_strconcat ("$", name, NULL);

  if (!g_ptr_array_find_with_equal_func (rb->exports, line, g_str_equal, NULL))
    g_ptr_array_add (rb->exports, g_steal_pointer (&line));

  return g_intern_string (variable);
}

void
podlift_runbook_free (PodliftRunbook *rb)
{
  g_free (rb->app);
  g_free (rb->namespace);
  g_free (rb->workload);
  g_free (rb->host);
  g_free (rb->helper);
  g_free (rb->apply_production);
  g_free (rb->apply_preprod);
  g_free (rb->db_host);
  g_free (rb->db_name);
  g_free (rb->db_user);
  g_clear_pointer (&rb->volumes, g_ptr_array_unref);
  g_clear_pointer (&rb->exports, g_ptr_array_unref);
  g_clear_pointer (&rb->steps, g_ptr_array_unref);
  g_clear_pointer (&rb->ingress, json_node_unref);
  g_free (rb);
}

/* The value of the first of @names the application is configured with. */
static const char *
config_value (PodliftRunbook     *rb,
              const char * const *names)
{
  GListModel *vars = G_LIST_MODEL (podlift_app_profile_get_env_vars (rb->profile));

  for (guint n = 0; names[n]; n++)
    for (guint i = 0; i < g_list_model_get_n_items (vars); i++)
      {
        g_autoptr(PodliftEnvVar) var = g_list_model_get_item (vars, i);
        const char *value = podlift_env_var_get_value (var);

        if (!podlift_env_var_get_secret (var) && value && *value &&
            g_strcmp0 (podlift_env_var_get_name (var), names[n]) == 0)
          return value;
      }

  return NULL;
}

/* Where the database is today: the configured host, else the dependency
 * on the engine's port; its port. */
static void
find_database (PodliftRunbook *rb)
{
  static const char * const hosts[] = { "DATABASE_HOST", "DB_HOST", "PGHOST", "MYSQL_HOST", "MONGO_HOST", NULL };
  static const char * const names[] = { "DATABASE_NAME", "DB_NAME", "PGDATABASE", "POSTGRES_DB",
                                        "MYSQL_DATABASE", "MONGO_DB", "MONGODB_DATABASE", NULL };
  static const char * const users[] = { "DATABASE_USER", "DB_USER", "PGUSER", "POSTGRES_USER",
                                        "MYSQL_USER", "MONGO_USER", NULL };
  GListModel *deps = G_LIST_MODEL (podlift_app_profile_get_dependencies (rb->profile));
  const char *host = config_value (rb, hosts);

  rb->db_port = podlift_runbook_default_port (rb->engine);
  for (guint i = 0; i < g_list_model_get_n_items (deps); i++)
    {
      g_autoptr(PodliftDependency) dep = g_list_model_get_item (deps, i);
      gboolean same_host = host && g_strcmp0 (podlift_dependency_get_host (dep), host) == 0;

      if (same_host || (host == NULL && podlift_dependency_get_port (dep) == rb->db_port))
        {
          host = podlift_dependency_get_host (dep);
          rb->db_port = podlift_dependency_get_port (dep) ? podlift_dependency_get_port (dep) : rb->db_port;
          break;
        }
    }

  rb->db_host = g_strdup (host ? host : podlift_runbook_variable (rb, "OLD_DB_HOST", "the database's address today"));
  rb->db_name = g_strdup (config_value (rb, names) ? config_value (rb, names) : rb->app);
  rb->db_user = g_strdup (config_value (rb, users) ? config_value (rb, users) : rb->app);
}

static const char *
member_string (JsonObject *object,
               const char *member)
{
  JsonNode *node = object ? json_object_get_member (object, member) : NULL;

  return node && JSON_NODE_HOLDS_VALUE (node) ? json_node_get_string (node) : NULL;
}

/* The claim of the pod volume @name: a claim of its own, or the first
 * pod's claim of a StatefulSet's template. */
static char *
claim_of (PodliftRunbook *rb,
          JsonObject     *spec,
          JsonObject     *pod,
          const char     *name)
{
  JsonArray *volumes = json_object_has_member (pod, "volumes") ? json_object_get_array_member (pod, "volumes") : NULL;
  JsonArray *templates = json_object_has_member (spec, "volumeClaimTemplates") ?
                         json_object_get_array_member (spec, "volumeClaimTemplates") : NULL;

  for (guint i = 0; volumes && i < json_array_get_length (volumes); i++)
    {
      JsonObject *v = json_array_get_object_element (volumes, i);

      if (g_strcmp0 (member_string (v, "name"), name) == 0 && json_object_has_member (v, "persistentVolumeClaim"))
        return g_strdup (member_string (json_object_get_object_member (v, "persistentVolumeClaim"), "claimName"));
    }
  for (guint i = 0; templates && i < json_array_get_length (templates); i++)
    {
      JsonObject *t = json_array_get_object_element (templates, i);

      if (g_strcmp0 (member_string (json_object_get_object_member (t, "metadata"), "name"), name) == 0)
        return g_strdup_printf ("%s-%s-0", name, rb->app);
    }

  return NULL;
}

static void
add_volume (PodliftRunbook *rb,
            JsonObject     *spec,
            JsonObject     *pod,
            JsonObject     *mount)
{
  const char *path = member_string (mount, "mountPath");
  const char *name = member_string (mount, "name");
  GListModel *states = G_LIST_MODEL (podlift_app_profile_get_state_paths (rb->profile));
  g_autofree char *claim = claim_of (rb, spec, pod, name);
  PodliftRunbookVolume *volume;

  if (claim == NULL)
    return;

  volume = g_new0 (PodliftRunbookVolume, 1);
  volume->path = g_strdup (path);
  volume->claim = g_steal_pointer (&claim);
  volume->volume = g_strdup (name);
  volume->mount = g_strdup_printf ("/volumes/%s", name);
  for (guint i = 0; i < g_list_model_get_n_items (states); i++)
    {
      g_autoptr(PodliftStatePath) state = g_list_model_get_item (states, i);

      if (g_strcmp0 (podlift_state_path_get_path (state), path) == 0)
        volume->size_gb = podlift_state_path_get_size_gb (state);
    }
  g_ptr_array_add (rb->volumes, volume);
}

/* The workload's names and the volumes its stateful paths go to. */
static void
read_workload (PodliftRunbook *rb,
               GPtrArray      *manifests)
{
  PodliftManifest *m = podlift_manifests_find (manifests, "statefulset");
  g_autofree char *kind = NULL;
  JsonObject *root, *spec, *pod, *container;
  JsonArray *mounts;

  if (m == NULL || !podlift_manifest_get_enabled (m))
    m = podlift_manifests_find (manifests, "deployment");

  root = json_node_get_object (podlift_manifest_get_document (m));
  rb->app = g_strdup (podlift_manifest_get_name (m));
  rb->namespace = g_strdup (member_string (json_object_get_object_member (root, "metadata"), "namespace"));
  kind = g_ascii_strdown (podlift_manifest_get_k8s_kind (m), -1);
  rb->workload = g_strdup_printf ("%s/%s", kind, rb->app);
  rb->helper = g_strdup_printf ("%s-migration-helper", rb->app);

  spec = json_object_get_object_member (root, "spec");
  pod = json_object_get_object_member (json_object_get_object_member (spec, "template"), "spec");
  container = json_array_get_object_element (json_object_get_array_member (pod, "containers"), 0);
  mounts = json_object_has_member (container, "volumeMounts") ?
           json_object_get_array_member (container, "volumeMounts") : NULL;
  for (guint i = 0; mounts && i < json_array_get_length (mounts); i++)
    add_volume (rb, spec, pod, json_array_get_object_element (mounts, i));
}

static void
work_out_apply (PodliftRunbook     *rb,
                PodliftManifestSet *set)
{
  switch (podlift_manifest_set_get_format (set))
    {
    case PODLIFT_OUTPUT_FORMAT_KUSTOMIZE:
      rb->apply_production = g_strdup ("kubectl apply -k deploy/overlays/production");
      rb->apply_preprod = g_strdup ("kubectl apply -k deploy/overlays/preprod");
      break;

    case PODLIFT_OUTPUT_FORMAT_HELM:
      rb->apply_production = g_strdup_printf ("helm upgrade --install %s deploy/chart/%s --namespace %s --create-namespace",
                                              rb->app, rb->app, rb->namespace);
      rb->apply_preprod = g_strdup (rb->apply_production);
      break;

    case PODLIFT_OUTPUT_FORMAT_YAML:
    default:
      rb->apply_production = g_strdup ("kubectl apply -f deploy/manifests/");
      rb->apply_preprod = g_strdup (rb->apply_production);
      break;
    }
}

PodliftRunbook *
podlift_runbook_new (PodliftProject      *project,
                     PodliftStrategyKind  kind)
{
  g_autoptr(GPtrArray) manifests = podlift_manifests_generate (project);
  PodliftRunbook *rb = g_new0 (PodliftRunbook, 1);
  PodliftManifestSet *set = podlift_project_get_manifests (project);
  PodliftManifest *ingress;
  const char *host;

  rb->project = project;
  rb->profile = podlift_project_get_profile (project);
  rb->strategy = podlift_project_get_strategy (project);
  rb->kind = kind;
  rb->engine = podlift_app_profile_get_database_engine (rb->profile);
  rb->database_moves = kind == PODLIFT_STRATEGY_KIND_APP_AND_DATABASE &&
                       rb->engine != PODLIFT_DATABASE_ENGINE_NONE;
  rb->maintenance = kind == PODLIFT_STRATEGY_KIND_APP_AND_DATABASE &&
                    podlift_strategy_get_maintenance_page (rb->strategy);
  rb->maintenance_kind = podlift_strategy_get_maintenance_kind (rb->strategy);
  rb->volumes = g_ptr_array_new_with_free_func ((GDestroyNotify) volume_free);
  rb->exports = g_ptr_array_new_with_free_func (g_free);
  rb->steps = g_ptr_array_new_with_free_func ((GDestroyNotify) podlift_runbook_step_free);

  read_workload (rb, manifests);
  ingress = podlift_manifests_find (manifests, "ingress");
  if (ingress != NULL && podlift_manifest_get_enabled (ingress))
    rb->ingress = json_node_copy (podlift_manifest_get_document (ingress));
  work_out_apply (rb, set);
  rb->replicas = podlift_manifest_set_get_hpa_enabled (set) ?
                 podlift_manifest_set_get_min_replicas (set) : podlift_manifest_set_get_replicas (set);
  rb->replicas = MAX (1, rb->replicas);
  rb->uid = podlift_dockerfile_get_user_id (podlift_project_get_dockerfile (project));
  rb->uid = rb->uid ? rb->uid : 10001;

  host = podlift_strategy_get_public_hostname (rb->strategy);
  if (host == NULL || *host == '\0')
    host = podlift_manifest_set_get_ingress_host (set);
  rb->host = g_strdup (host && *host ? host :
                       podlift_runbook_variable (rb, "PUBLIC_HOST", "the name users type"));

  if (rb->engine != PODLIFT_DATABASE_ENGINE_NONE)
    find_database (rb);

  return rb;
}

PodliftStrategyKind
podlift_runbook_kind (PodliftProject *project)
{
  PodliftStrategyKind kind;

  g_return_val_if_fail (PODLIFT_IS_PROJECT (project), PODLIFT_STRATEGY_KIND_APP_ONLY);

  kind = podlift_strategy_get_kind (podlift_project_get_strategy (project));
  if (kind == PODLIFT_STRATEGY_KIND_UNDECIDED)
    kind = podlift_strategy_recommend (project, NULL);

  return kind;
}

void
podlift_runbook_add_steps (PodliftRunbook *rb)
{
  podlift_runbook_add_rehearse (rb);
  podlift_runbook_add_lower_ttl (rb);
  podlift_runbook_add_network (rb);
  podlift_runbook_add_deploy (rb);

  if (rb->kind != PODLIFT_STRATEGY_KIND_APP_AND_DATABASE)
    {
      podlift_runbook_add_volume_copy (rb, FALSE);
      podlift_runbook_add_volume_copy (rb, TRUE);
      podlift_runbook_add_verify (rb);
      podlift_runbook_add_switch (rb);
      podlift_runbook_add_watch (rb);
      return;
    }

  podlift_runbook_add_volume_copy (rb, FALSE);
  podlift_runbook_add_maintenance_on (rb);
  if (rb->database_moves)
    podlift_runbook_add_dump (rb);
  podlift_runbook_add_volume_copy (rb, TRUE);
  if (rb->database_moves)
    podlift_runbook_add_restore (rb);
  podlift_runbook_add_verify (rb);
  podlift_runbook_add_switch (rb);
  podlift_runbook_add_maintenance_off (rb);
  podlift_runbook_add_watch (rb);
}

/* The runbook of @kind, its steps made. */
static PodliftRunbook *
build (PodliftProject      *project,
       PodliftStrategyKind  kind)
{
  PodliftRunbook *rb;

  if (kind == PODLIFT_STRATEGY_KIND_UNDECIDED)
    kind = podlift_runbook_kind (project);

  rb = podlift_runbook_new (project, kind);
  podlift_runbook_add_steps (rb);
  return rb;
}

GPtrArray *
podlift_runbook_steps (PodliftProject      *project,
                       PodliftStrategyKind  kind)
{
  g_autoptr(PodliftRunbook) rb = NULL;

  g_return_val_if_fail (PODLIFT_IS_PROJECT (project), NULL);

  rb = build (project, kind);
  return g_steal_pointer (&rb->steps);
}

char *
podlift_runbook_helper_pod (PodliftProject *project)
{
  g_autoptr(PodliftRunbook) rb = NULL;

  g_return_val_if_fail (PODLIFT_IS_PROJECT (project), NULL);

  rb = podlift_runbook_new (project, podlift_runbook_kind (project));
  return podlift_runbook_helper_yaml (rb);
}

char *
podlift_runbook_maintenance_page (PodliftProject *project)
{
  g_autoptr(PodliftRunbook) rb = NULL;

  g_return_val_if_fail (PODLIFT_IS_PROJECT (project), NULL);

  rb = podlift_runbook_new (project, podlift_runbook_kind (project));
  return podlift_runbook_maintenance_html (rb);
}

char *
podlift_runbook_maintenance_yaml (PodliftProject *project)
{
  g_autoptr(PodliftRunbook) rb = NULL;

  g_return_val_if_fail (PODLIFT_IS_PROJECT (project), NULL);

  rb = podlift_runbook_new (project, podlift_runbook_kind (project));
  if (!rb->maintenance || rb->maintenance_kind != PODLIFT_MAINTENANCE_KIND_CLUSTER)
    return NULL;

  return podlift_runbook_maintenance_objects (rb);
}
