/* podlift-manifest-generator.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-manifest-generator"

#include "config.h"

#include <math.h>
#include <string.h>

#include "podlift-bundle-private.h"
#include "podlift-compose-generator.h"
#include "podlift-config-file.h"
#include "podlift-env-var.h"
#include "podlift-manifest-generator-private.h"
#include "podlift-manifest-render-private.h"
#include "podlift-project.h"
#include "podlift-sizing.h"
#include "podlift-state-path.h"
#include "podlift-yaml.h"

/* The Kubernetes resources of a project, as json-glib objects in the
 * order they are applied: the namespace and what the pods read first,
 * then the workload, its network, and what guards and scales it. The
 * workload and its jobs are in -workload.c, Services and the Ingress in
 * -network.c. */

/* JSON builders */

JsonObject *
podlift_gen_object (JsonObject *parent,
                    const char *member)
{
  JsonObject *child = json_object_new ();

  json_object_set_object_member (parent, member, child);
  return child;
}

JsonArray *
podlift_gen_array (JsonObject *parent,
                   const char *member)
{
  JsonArray *child = json_array_new ();

  json_object_set_array_member (parent, member, child);
  return child;
}

JsonObject *
podlift_gen_array_object (JsonArray *array)
{
  JsonObject *child = json_object_new ();

  json_array_add_object_element (array, child);
  return child;
}

void
podlift_gen_string (JsonObject *object,
                    const char *member,
                    const char *value)
{
  json_object_set_string_member (object, member, value);
}

void
podlift_gen_int (JsonObject *object,
                 const char *member,
                 gint64      value)
{
  json_object_set_int_member (object, member, value);
}

void
podlift_gen_bool (JsonObject *object,
                  const char *member,
                  gboolean    value)
{
  json_object_set_boolean_member (object, member, value);
}

/* A DNS-1123 label: lower case letters, digits and "-", at most 63. */
char *
podlift_gen_slug (const char *text,
                  const char *fallback)
{
  GString *slug = g_string_new (NULL);

  for (const char *c = text ? text : ""; *c && slug->len < 63; c++)
    {
      if (g_ascii_isalnum (*c))
        g_string_append_c (slug, g_ascii_tolower (*c));
      else if (slug->len > 0 && slug->str[slug->len - 1] != '-')
        g_string_append_c (slug, '-');
    }
  while (slug->len > 0 && slug->str[slug->len - 1] == '-')
    g_string_truncate (slug, slug->len - 1);
  if (slug->len == 0 || !g_ascii_isalpha (slug->str[0]))
    {
      g_string_free (slug, TRUE);
      return g_strdup (fallback);
    }
  return g_string_free (slug, FALSE);
}

/* The recommended labels, app.kubernetes.io/name and the others. */
void
podlift_gen_labels (PodliftGenerator *gen,
                    JsonObject       *object,
                    const char       *member,
                    const char       *component)
{
  JsonObject *labels = podlift_gen_object (object, member);

  podlift_gen_string (labels, "app.kubernetes.io/name", gen->app);
  podlift_gen_string (labels, "app.kubernetes.io/instance", gen->app);
  podlift_gen_string (labels, "app.kubernetes.io/version", gen->tag);
  if (component != NULL)
    podlift_gen_string (labels, "app.kubernetes.io/component", component);
  podlift_gen_string (labels, "app.kubernetes.io/part-of", gen->app);
  podlift_gen_string (labels, "app.kubernetes.io/managed-by", "podlift");
}

/* The labels that select the application's pods: never the version, so
 * that a new tag does not orphan the old pods. */
void
podlift_gen_selector (PodliftGenerator *gen,
                      JsonObject       *object,
                      const char       *member)
{
  JsonObject *labels = podlift_gen_object (object, member);

  podlift_gen_string (labels, "app.kubernetes.io/name", gen->app);
  podlift_gen_string (labels, "app.kubernetes.io/instance", gen->app);
  podlift_gen_string (labels, "app.kubernetes.io/component", "web");
}

JsonObject *
podlift_gen_header (PodliftGenerator *gen,
                    JsonObject       *root,
                    const char       *api_version,
                    const char       *kind,
                    const char       *name,
                    const char       *component)
{
  JsonObject *metadata;

  podlift_gen_string (root, "apiVersion", api_version);
  podlift_gen_string (root, "kind", kind);
  metadata = podlift_gen_object (root, "metadata");
  podlift_gen_string (metadata, "name", name);
  if (!g_str_equal (kind, "Namespace"))
    podlift_gen_string (metadata, "namespace", gen->namespace);
  podlift_gen_labels (gen, metadata, "labels", component);
  return metadata;
}

PodliftManifest *
podlift_gen_add (PodliftGenerator    *gen,
                 PodliftResourceKind  kind,
                 const char          *id,
                 JsonObject          *root,
                 gboolean             optional)
{
  PodliftManifest *m = podlift_manifest_new ();
  JsonObject *metadata = json_object_get_object_member (root, "metadata");

  m->kind = kind;
  m->id = g_strdup (id);
  m->api_version = g_strdup (json_object_get_string_member (root, "apiVersion"));
  m->k8s_kind = g_strdup (json_object_get_string_member (root, "kind"));
  m->name = g_strdup (json_object_get_string_member (metadata, "name"));
  m->file_name = g_strdup_printf ("%s.yaml", id);
  m->optional = optional;
  m->enabled = !optional || podlift_manifest_set_get_resource_enabled (gen->set, id);
  m->document = json_node_init_object (json_node_alloc (), root);
  json_object_unref (root);
  g_ptr_array_add (gen->manifests, m);
  return m;
}

void
podlift_gen_link (PodliftManifest *manifest,
                  const char      *id)
{
  if (!g_ptr_array_find_with_equal_func (manifest->links, id, g_str_equal, NULL))
    g_ptr_array_add (manifest->links, g_strdup (id));
}

void
podlift_gen_note (PodliftManifest *manifest,
                  const char      *format,
                  ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (manifest->notes, g_strdup_vprintf (format, args));
  va_end (args);
}

/* Sizing (podlift-sizing.h): requests and limits from the VMs' figures,
 * shared between the manifests' replicas; the manifests' own figures
 * win. */
static void
work_out_sizing (PodliftGenerator *gen)
{
  g_autoptr(PodliftSizing) sizing = NULL;
  guint replicas = podlift_manifest_set_get_replicas (gen->set);

  sizing = podlift_sizing_compute (gen->project, replicas);
  gen->replicas = replicas > 0 ? replicas : sizing->replicas;
  gen->cpu_request = sizing->cpu_request;
  gen->cpu_limit = sizing->cpu_limit;
  gen->memory_request = sizing->memory_request;
  gen->memory_limit = sizing->memory_limit;

  if (podlift_manifest_set_get_cpu_request_millicores (gen->set) > 0)
    gen->cpu_request = podlift_manifest_set_get_cpu_request_millicores (gen->set);
  if (podlift_manifest_set_get_memory_request_mb (gen->set) > 0)
    gen->memory_request = podlift_manifest_set_get_memory_request_mb (gen->set);
  if (podlift_manifest_set_get_memory_limit_mb (gen->set) > 0)
    gen->memory_limit = podlift_manifest_set_get_memory_limit_mb (gen->set);
  if (podlift_manifest_set_get_cpu_limit_millicores (gen->set) > 0)
    gen->cpu_limit = podlift_manifest_set_get_cpu_limit_millicores (gen->set);
  gen->memory_limit = MAX (gen->memory_limit, gen->memory_request);
  if (gen->cpu_limit > 0)
    gen->cpu_limit = MAX (gen->cpu_limit, gen->cpu_request);
}

static void
generator_init (PodliftGenerator *gen,
                PodliftProject   *project)
{
  const char *image, *tag;
  g_autoptr(GPtrArray) config = NULL;
  g_autoptr(GPtrArray) secrets = NULL;
  PodliftStateHandling handling;

  gen->project = project;
  gen->profile = podlift_project_get_profile (project);
  gen->dockerfile = podlift_project_get_dockerfile (project);
  gen->set = podlift_project_get_manifests (project);
  gen->manifests = g_ptr_array_new_with_free_func ((GDestroyNotify) podlift_manifest_unref);

  gen->app = podlift_gen_slug (podlift_app_profile_get_name (gen->profile), "app");
  gen->namespace = podlift_gen_slug (podlift_manifest_set_get_namespace (gen->set), gen->app);

  image = podlift_dockerfile_get_image (gen->dockerfile);
  tag = podlift_dockerfile_get_tag (gen->dockerfile);
  gen->image = g_strdup (image && *image ? image : gen->app);
  gen->tag = g_strdup (tag && *tag ? tag : "0.1.0");
  gen->uid = podlift_dockerfile_get_user_id (gen->dockerfile);
  if (gen->uid == 0)
    gen->uid = 10001;
  gen->port = podlift_app_profile_get_port (gen->profile);
  if (gen->port == 0)
    gen->port = 8080;

  handling = podlift_app_profile_get_state_handling (gen->profile);
  gen->statefulset = podlift_app_profile_get_stateful (gen->profile) &&
                     handling == PODLIFT_STATE_HANDLING_STATEFULSET;
  gen->shared_volume = podlift_app_profile_get_stateful (gen->profile) &&
                       handling == PODLIFT_STATE_HANDLING_SHARED_VOLUME &&
                       g_list_model_get_n_items (G_LIST_MODEL (podlift_app_profile_get_state_paths (gen->profile))) > 0;
  gen->workload_id = g_strdup (gen->statefulset ? "statefulset" : "deployment");
  gen->sticky = podlift_app_profile_get_sticky_sessions (gen->profile);

  config = podlift_project_list_config_keys (project, FALSE);
  secrets = podlift_project_list_config_keys (project, TRUE);
  gen->has_config = config->len > 0;
  gen->has_secrets = secrets->len > 0;

  work_out_sizing (gen);
}

static void
generator_clear (PodliftGenerator *gen)
{
  g_free (gen->app);
  g_free (gen->namespace);
  g_free (gen->image);
  g_free (gen->tag);
  g_free (gen->workload_id);
  g_clear_pointer (&gen->manifests, g_ptr_array_unref);
}

/* Namespace, ServiceAccount */

static void
gen_namespace (PodliftGenerator *gen)
{
  JsonObject *root = json_object_new ();
  JsonObject *metadata = podlift_gen_header (gen, root, "v1", "Namespace", gen->namespace, NULL);
  JsonObject *labels = json_object_get_object_member (metadata, "labels");
  PodliftManifest *m;

  /* The pods meet the "restricted" Pod Security Standard: say so, and
   * let the cluster refuse anything that does not. */
  podlift_gen_string (labels, "pod-security.kubernetes.io/enforce", "restricted");
  m = podlift_gen_add (gen, PODLIFT_RESOURCE_NAMESPACE, "namespace", root, TRUE);
  podlift_gen_note (m, "Switch it off when the cluster's administrators create the namespace.");
}

static void
gen_service_account (PodliftGenerator *gen)
{
  JsonObject *root = json_object_new ();

  podlift_gen_header (gen, root, "v1", "ServiceAccount", gen->app, "web");
  /* The application does not talk to the Kubernetes API. */
  podlift_gen_bool (root, "automountServiceAccountToken", FALSE);
  podlift_gen_add (gen, PODLIFT_RESOURCE_SERVICE_ACCOUNT, "serviceaccount", root, FALSE);
}

/* ConfigMap and Secret of the environment: the same keys as
 * configuration.env and secrets.env. */

static const char *
env_value (PodliftGenerator *gen,
           const char       *key)
{
  GListModel *vars = G_LIST_MODEL (podlift_app_profile_get_env_vars (gen->profile));

  for (guint k = 0; k < g_list_model_get_n_items (vars); k++)
    {
      g_autoptr(PodliftEnvVar) var = g_list_model_get_item (vars, k);

      if (g_strcmp0 (podlift_env_var_get_name (var), key) == 0)
        return podlift_env_var_get_value (var);
    }
  return NULL;
}

static void
gen_environment (PodliftGenerator *gen)
{
  g_autoptr(GPtrArray) config = podlift_project_list_config_keys (gen->project, FALSE);
  g_autoptr(GPtrArray) secrets = podlift_project_list_config_keys (gen->project, TRUE);
  g_autofree char *secret_name = g_strdup_printf ("%s-secrets", gen->app);
  g_autofree char *config_name = g_strdup_printf ("%s-config", gen->app);
  JsonObject *root, *data;
  PodliftManifest *m;

  if (config->len > 0)
    {
      root = json_object_new ();
      podlift_gen_header (gen, root, "v1", "ConfigMap", config_name, "web");
      data = podlift_gen_object (root, "data");
      for (guint k = 0; k < config->len; k++)
        {
          const char *value = env_value (gen, g_ptr_array_index (config, k));
          podlift_gen_string (data, g_ptr_array_index (config, k), value ? value : "");
        }
      podlift_gen_add (gen, PODLIFT_RESOURCE_CONFIG_MAP, "configmap", root, FALSE);
    }

  if (secrets->len > 0)
    {
      root = json_object_new ();
      podlift_gen_header (gen, root, "v1", "Secret", secret_name, "web");
      podlift_gen_string (root, "type", "Opaque");
      /* Values never leave secrets.env: the cluster gets placeholders to
       * replace (kubectl create secret, or an external secret store). */
      data = podlift_gen_object (root, "stringData");
      for (guint k = 0; k < secrets->len; k++)
        podlift_gen_string (data, g_ptr_array_index (secrets, k), PODLIFT_SECRET_PLACEHOLDER);
      m = podlift_gen_add (gen, PODLIFT_RESOURCE_SECRET, "secret", root, FALSE);
      podlift_gen_note (m, "The values are placeholders (“%s”): set the real ones in the cluster, "
                        "never in the repository.", PODLIFT_SECRET_PLACEHOLDER);
    }
}

/* Configuration files: a ConfigMap of the plain ones and a Secret of the
 * secret ones; the pod mounts them by folder (see -workload.c). */
static void
gen_config_files (PodliftGenerator *gen)
{
  GListModel *files = G_LIST_MODEL (podlift_app_profile_get_config_files (gen->profile));
  g_autofree char *name = g_strdup_printf ("%s-files", gen->app);
  JsonObject *plain = NULL, *secret = NULL;
  JsonObject *plain_root = NULL, *secret_root = NULL;

  for (guint k = 0; k < g_list_model_get_n_items (files); k++)
    {
      g_autoptr(PodliftConfigFile) file = g_list_model_get_item (files, k);
      const char *path = podlift_config_file_get_path (file);
      const char *from = podlift_config_file_get_content_source (file);
      g_autofree char *base = path ? g_path_get_basename (path) : NULL;
      g_autofree char *content = NULL;

      if (base == NULL || !g_path_is_absolute (path))
        continue;

      content = g_strdup_printf ("# The contents of %s go here (from %s on the VMs).\n",
                                 path, from && *from ? from : path);
      if (podlift_config_file_get_secret (file))
        {
          g_clear_pointer (&content, g_free);
          content = g_strdup (PODLIFT_SECRET_PLACEHOLDER);
          if (secret == NULL)
            {
              secret_root = json_object_new ();
              podlift_gen_header (gen, secret_root, "v1", "Secret", name, "web");
              podlift_gen_string (secret_root, "type", "Opaque");
              secret = podlift_gen_object (secret_root, "stringData");
            }
          podlift_gen_string (secret, base, content);
        }
      else
        {
          if (plain == NULL)
            {
              plain_root = json_object_new ();
              podlift_gen_header (gen, plain_root, "v1", "ConfigMap", name, "web");
              plain = podlift_gen_object (plain_root, "data");
            }
          podlift_gen_string (plain, base, content);
        }
    }

  if (plain_root != NULL)
    podlift_gen_note (podlift_gen_add (gen, PODLIFT_RESOURCE_CONFIG_FILES, "configmap-files",
                                       plain_root, FALSE),
                      "Paste each file's contents in place of its placeholder line.");
  if (secret_root != NULL)
    podlift_gen_note (podlift_gen_add (gen, PODLIFT_RESOURCE_CONFIG_FILES, "secret-files",
                                       secret_root, FALSE),
                      "Secret files: put their contents in the cluster, never in the repository.");
}

/* PersistentVolumeClaims of the shared state: ReadWriteMany, on the
 * provider's file service. */

static const char *
provider_storage_class (PodliftGenerator *gen)
{
  const char *chosen = podlift_manifest_set_get_storage_class (gen->set);

  if (chosen != NULL && *chosen)
    return chosen;

  switch (podlift_manifest_set_get_storage_provider (gen->set))
    {
    case PODLIFT_STORAGE_PROVIDER_EKS_EFS:
      return "efs-sc";
    case PODLIFT_STORAGE_PROVIDER_GKE_FILESTORE:
      return "standard-rwx";
    case PODLIFT_STORAGE_PROVIDER_GENERIC:
    default:
      return NULL;
    }
}

static char *
state_slug (PodliftStatePath *state)
{
  g_autofree char *base = g_path_get_basename (podlift_state_path_get_path (state));

  return podlift_gen_slug (base, "data");
}

/* "APP-media" for the k-th state path; a second "media" is "media-2". */
char *
podlift_gen_state_volume_name (PodliftGenerator *gen,
                               guint             index)
{
  GListModel *states = G_LIST_MODEL (podlift_app_profile_get_state_paths (gen->profile));
  g_autoptr(PodliftStatePath) state = g_list_model_get_item (states, index);
  g_autofree char *slug = state_slug (state);
  guint same = 0;

  for (guint k = 0; k < index; k++)
    {
      g_autoptr(PodliftStatePath) other = g_list_model_get_item (states, k);
      g_autofree char *other_slug = state_slug (other);

      same += g_str_equal (slug, other_slug);
    }

  if (same > 0)
    return g_strdup_printf ("%s-%.20s-%u", gen->app, slug, same + 1);
  return g_strdup_printf ("%s-%.20s", gen->app, slug);
}

static guint
claim_size_gi (PodliftStatePath *state)
{
  /* Half as much again as today, for growth. */
  return MAX (1, (guint) ceil (podlift_state_path_get_size_gb (state) * 1.5));
}

void
podlift_gen_claim_spec (PodliftGenerator *gen,
                        JsonObject       *spec,
                        PodliftStatePath *state,
                        gboolean          shared)
{
  const char *storage_class = provider_storage_class (gen);
  g_autofree char *size = g_strdup_printf ("%uGi", claim_size_gi (state));
  JsonArray *modes = podlift_gen_array (spec, "accessModes");

  json_array_add_string_element (modes, shared ? "ReadWriteMany" : "ReadWriteOnce");
  if (storage_class != NULL)
    podlift_gen_string (spec, "storageClassName", storage_class);
  podlift_gen_string (podlift_gen_object (podlift_gen_object (spec, "resources"), "requests"),
                      "storage", size);
}

static void
gen_claims (PodliftGenerator *gen)
{
  GListModel *states = G_LIST_MODEL (podlift_app_profile_get_state_paths (gen->profile));

  if (!gen->shared_volume)
    return;

  for (guint k = 0; k < g_list_model_get_n_items (states); k++)
    {
      g_autoptr(PodliftStatePath) state = g_list_model_get_item (states, k);
      g_autofree char *name = podlift_gen_state_volume_name (gen, k);
      g_autofree char *id = g_strdup_printf ("pvc-%s", name + strlen (gen->app) + 1);
      JsonObject *root = json_object_new ();
      PodliftManifest *m;

      podlift_gen_header (gen, root, "v1", "PersistentVolumeClaim", name, "web");
      podlift_gen_claim_spec (gen, podlift_gen_object (root, "spec"), state, TRUE);
      m = podlift_gen_add (gen, PODLIFT_RESOURCE_PERSISTENT_VOLUME_CLAIM, id, root, FALSE);
      podlift_gen_note (m, "Shared by every pod: %s", podlift_state_path_get_path (state));
      if (provider_storage_class (gen) == NULL)
        podlift_gen_note (m, "No storage class chosen: the cluster's default must offer "
                          "ReadWriteMany volumes (NFS, CephFS, a cloud file service).");
    }
}

/* PodDisruptionBudget and HorizontalPodAutoscaler */

static guint
least_replicas (PodliftGenerator *gen)
{
  if (podlift_manifest_set_get_hpa_enabled (gen->set))
    return MAX (1, podlift_manifest_set_get_min_replicas (gen->set));
  return gen->replicas;
}

static void
gen_pdb (PodliftGenerator *gen)
{
  JsonObject *root = json_object_new ();
  JsonObject *spec;
  guint least = least_replicas (gen);
  guint min_available = podlift_manifest_set_get_pdb_min_available (gen->set);
  PodliftManifest *m;

  podlift_gen_header (gen, root, "policy/v1", "PodDisruptionBudget", gen->app, "web");
  spec = podlift_gen_object (root, "spec");
  /* One pod must always be allowed to go, or node drains block. */
  if (least <= 1)
    podlift_gen_int (spec, "maxUnavailable", 1);
  else
    podlift_gen_int (spec, "minAvailable", CLAMP (min_available, 1, least - 1));
  podlift_gen_selector (gen, podlift_gen_object (spec, "selector"), "matchLabels");
  m = podlift_gen_add (gen, PODLIFT_RESOURCE_POD_DISRUPTION_BUDGET, "poddisruptionbudget", root, TRUE);
  podlift_gen_link (m, gen->workload_id);
  if (least > 1 && min_available >= least)
    podlift_gen_note (m, "minAvailable lowered to %u: with %u pods, %u would block every node drain.",
                      least - 1, least, min_available);
}

static void
add_metric (JsonArray  *metrics,
            const char *resource,
            guint       percent)
{
  JsonObject *metric = podlift_gen_array_object (metrics);
  JsonObject *res;
  JsonObject *target;

  podlift_gen_string (metric, "type", "Resource");
  res = podlift_gen_object (metric, "resource");
  podlift_gen_string (res, "name", resource);
  target = podlift_gen_object (res, "target");
  podlift_gen_string (target, "type", "Utilization");
  podlift_gen_int (target, "averageUtilization", percent);
}

static void
gen_hpa (PodliftGenerator *gen)
{
  JsonObject *root = json_object_new ();
  JsonObject *spec, *target, *behavior;
  JsonArray *metrics;
  guint min = MAX (1, podlift_manifest_set_get_min_replicas (gen->set));
  guint max = MAX (min, podlift_manifest_set_get_max_replicas (gen->set));
  guint cpu = podlift_manifest_set_get_cpu_target_percent (gen->set);
  guint memory = podlift_manifest_set_get_memory_target_percent (gen->set);
  PodliftManifest *m;

  podlift_gen_header (gen, root, "autoscaling/v2", "HorizontalPodAutoscaler", gen->app, "web");
  spec = podlift_gen_object (root, "spec");
  target = podlift_gen_object (spec, "scaleTargetRef");
  podlift_gen_string (target, "apiVersion", "apps/v1");
  podlift_gen_string (target, "kind", gen->statefulset ? "StatefulSet" : "Deployment");
  podlift_gen_string (target, "name", gen->app);
  podlift_gen_int (spec, "minReplicas", min);
  podlift_gen_int (spec, "maxReplicas", max);
  metrics = podlift_gen_array (spec, "metrics");
  add_metric (metrics, "cpu", cpu > 0 ? cpu : 70);
  if (memory > 0)
    add_metric (metrics, "memory", memory);
  /* Scale down slowly: traffic comes back in waves. */
  behavior = podlift_gen_object (podlift_gen_object (spec, "behavior"), "scaleDown");
  podlift_gen_int (behavior, "stabilizationWindowSeconds", 300);

  m = podlift_gen_add (gen, PODLIFT_RESOURCE_HORIZONTAL_POD_AUTOSCALER, "horizontalpodautoscaler",
                       root, TRUE);
  podlift_gen_link (m, gen->workload_id);
  if (min < 2)
    podlift_gen_note (m, "At least 2 replicas are advised in production.");
  if (memory > 0 && gen->memory_request > 0)
    {
      guint average = podlift_app_profile_get_memory_average_mb (gen->profile) * 100 / gen->memory_request;

      /* Memory that does not follow the load keeps the autoscaler up. */
      if (average + 10 >= memory)
        podlift_gen_note (m, "On average the application uses %u %% of its memory request, close to "
                          "the %u %% target: the autoscaler would rarely scale down. Raise the target "
                          "or scale on CPU only.", average, memory);
    }
}

/* Texts */

static void
render_texts (PodliftGenerator *gen)
{
  for (guint k = 0; k < gen->manifests->len; k++)
    {
      PodliftManifest *m = g_ptr_array_index (gen->manifests, k);
      const char *custom = podlift_manifest_set_get_customisation (gen->set, m->id);

      m->generated_text = podlift_yaml_emit_node (m->document);
      m->custom_text = g_strdup (custom);
    }
}

/* Every resource, into @gen->manifests. */
static void
generate (PodliftGenerator *gen)
{
  gen_namespace (gen);
  gen_service_account (gen);
  gen_environment (gen);
  gen_config_files (gen);
  gen_claims (gen);
  podlift_gen_workload (gen);
  podlift_gen_services (gen);
  podlift_gen_ingress (gen);
  gen_pdb (gen);
  gen_hpa (gen);
  podlift_gen_migration_job (gen);
  podlift_gen_cron_jobs (gen);
  render_texts (gen);
}

/**
 * podlift_manifests_generate:
 *
 * Returns: (transfer full) (element-type PodliftManifest): every resource
 */
GPtrArray *
podlift_manifests_generate (PodliftProject *project)
{
  PodliftGenerator gen = { 0 };
  GPtrArray *manifests;

  g_return_val_if_fail (PODLIFT_IS_PROJECT (project), NULL);

  generator_init (&gen, project);
  generate (&gen);
  manifests = g_steal_pointer (&gen.manifests);
  generator_clear (&gen);
  return manifests;
}

/* The resources of @ctx->project into @ctx->manifests, with the figures
 * the generator worked out for them, for the output layouts. */
void
podlift_render_context_generate (PodliftRenderContext *ctx)
{
  PodliftGenerator gen = { 0 };

  generator_init (&gen, ctx->project);
  generate (&gen);
  ctx->manifests = g_steal_pointer (&gen.manifests);
  ctx->app = g_strdup (gen.app);
  ctx->namespace = g_strdup (gen.namespace);
  ctx->image = g_strdup (gen.image);
  ctx->tag = g_strdup (gen.tag);
  ctx->port = gen.port;
  ctx->replicas = gen.replicas;
  ctx->gen_cpu_request = gen.cpu_request;
  ctx->gen_cpu_limit = gen.cpu_limit;
  ctx->gen_memory_request = gen.memory_request;
  ctx->gen_memory_limit = gen.memory_limit;
  ctx->workload = podlift_manifests_find (ctx->manifests, gen.workload_id);
  generator_clear (&gen);
}
