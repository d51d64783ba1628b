/* podlift-manifest-generator-workload.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-manifest-generator"

#include "config.h"

#include <math.h>
#include <string.h>

#include "podlift-config-file.h"
#include "podlift-cron-job.h"
#include "podlift-manifest-generator-private.h"
#include "podlift-shell.h"
#include "podlift-state-path.h"

/* The pods: the Deployment or StatefulSet that serves, the migration
 * Job and the CronJobs, all on the same image, configuration and
 * security settings. */

#define PROBE_PERIOD 10
#define READY_PERIOD 5
#define STARTUP_PERIOD 5

/* Probes: HTTP on the captured paths, each probe on its own path when
 * there is one; TCP on the port when no path was captured. */

static JsonObject *
probe (JsonObject *container,
       const char *member,
       const char *path,
       guint       period,
       guint       failures)
{
  JsonObject *p = podlift_gen_object (container, member);

  if (path != NULL)
    {
      JsonObject *get = podlift_gen_object (p, "httpGet");
      podlift_gen_string (get, "path", path);
      podlift_gen_string (get, "port", "http");
    }
  else
    podlift_gen_string (podlift_gen_object (p, "tcpSocket"), "port", "http");

  podlift_gen_int (p, "periodSeconds", period);
  podlift_gen_int (p, "timeoutSeconds", 3);
  podlift_gen_int (p, "failureThreshold", failures);
  return p;
}

static const char *
non_empty (const char *text)
{
  return text != NULL && *text ? text : NULL;
}

static void
add_probes (PodliftGenerator *gen,
            JsonObject       *container,
            PodliftManifest  *manifest)
{
  const char *live = non_empty (podlift_app_profile_get_liveness_path (gen->profile));
  const char *ready = non_empty (podlift_app_profile_get_readiness_path (gen->profile));
  const char *start = non_empty (podlift_app_profile_get_startup_path (gen->profile));
  guint seconds = podlift_app_profile_get_startup_seconds (gen->profile);
  guint startup_failures;

  if (ready == NULL)
    ready = live;
  /* A liveness probe identical to readiness restarts pods that are only
   * busy: without a path of its own it checks the port. */
  if (live != NULL && g_strcmp0 (live, ready) == 0)
    {
      live = NULL;
      podlift_gen_note (manifest, "Liveness checks the port: the application has no "
                        "liveness path distinct from its readiness path.");
    }
  if (start == NULL)
    start = ready;
  if (ready == NULL)
    podlift_gen_note (manifest, "TCP probes: no health endpoint was captured "
                      "(Knowledge, Health endpoints). A TCP probe cannot tell a hung application.");

  /* Start-up gets the captured time twice over before liveness applies. */
  if (seconds == 0)
    seconds = 30;
  startup_failures = MAX (6, (guint) ceil (seconds * 2.0 / STARTUP_PERIOD));

  probe (container, "startupProbe", start, STARTUP_PERIOD, startup_failures);
  probe (container, "livenessProbe", live, PROBE_PERIOD, 3);
  probe (container, "readinessProbe", ready, READY_PERIOD, 3);
}

static void
add_resources (PodliftGenerator *gen,
               JsonObject       *container)
{
  JsonObject *resources = podlift_gen_object (container, "resources");
  JsonObject *requests = podlift_gen_object (resources, "requests");
  JsonObject *limits = podlift_gen_object (resources, "limits");
  g_autofree char *cpu = g_strdup_printf ("%um", gen->cpu_request);
  g_autofree char *memory = g_strdup_printf ("%uMi", gen->memory_request);
  g_autofree char *memory_limit = g_strdup_printf ("%uMi", gen->memory_limit);

  podlift_gen_string (requests, "cpu", cpu);
  podlift_gen_string (requests, "memory", memory);
  if (gen->cpu_limit > 0)
    {
      g_autofree char *cpu_limit = g_strdup_printf ("%um", gen->cpu_limit);
      podlift_gen_string (limits, "cpu", cpu_limit);
    }
  podlift_gen_string (limits, "memory", memory_limit);
}

static void
add_security (PodliftGenerator *gen,
              JsonObject       *pod_spec,
              JsonObject       *container)
{
  JsonObject *pod = podlift_gen_object (pod_spec, "securityContext");
  JsonObject *c = podlift_gen_object (container, "securityContext");

  podlift_gen_bool (pod, "runAsNonRoot", TRUE);
  podlift_gen_int (pod, "runAsUser", gen->uid);
  podlift_gen_int (pod, "runAsGroup", gen->uid);
  /* Volumes become writable by the application's group. */
  podlift_gen_int (pod, "fsGroup", gen->uid);
  podlift_gen_string (podlift_gen_object (pod, "seccompProfile"), "type", "RuntimeDefault");

  podlift_gen_bool (c, "allowPrivilegeEscalation", FALSE);
  podlift_gen_bool (c, "readOnlyRootFilesystem", TRUE);
  podlift_gen_bool (c, "runAsNonRoot", TRUE);
  podlift_gen_int (c, "runAsUser", gen->uid);
  podlift_gen_int (c, "runAsGroup", gen->uid);
  json_array_add_string_element (podlift_gen_array (podlift_gen_object (c, "capabilities"), "drop"),
                                 "ALL");
}

static void
add_env_from (PodliftGenerator *gen,
              JsonObject       *container,
              PodliftManifest  *manifest)
{
  JsonArray *from;

  if (!gen->has_config && !gen->has_secrets)
    return;

  from = podlift_gen_array (container, "envFrom");
  if (gen->has_config)
    {
      g_autofree char *name = g_strdup_printf ("%s-config", gen->app);
      podlift_gen_string (podlift_gen_object (podlift_gen_array_object (from), "configMapRef"),
                          "name", name);
      podlift_gen_link (manifest, "configmap");
    }
  if (gen->has_secrets)
    {
      g_autofree char *name = g_strdup_printf ("%s-secrets", gen->app);
      podlift_gen_string (podlift_gen_object (podlift_gen_array_object (from), "secretRef"),
                          "name", name);
      podlift_gen_link (manifest, "secret");
    }
}

/* Volumes */

static void
mount (JsonArray  *mounts,
       const char *name,
       const char *path,
       gboolean    read_only)
{
  JsonObject *m = podlift_gen_array_object (mounts);

  podlift_gen_string (m, "name", name);
  podlift_gen_string (m, "mountPath", path);
  if (read_only)
    podlift_gen_bool (m, "readOnly", TRUE);
}

static void
empty_dir (JsonArray  *volumes,
           const char *name)
{
  JsonObject *v = podlift_gen_array_object (volumes);

  podlift_gen_string (v, "name", name);
  podlift_gen_object (v, "emptyDir");
}

/* The state paths: the shared claims, the StatefulSet's own claims, or
 * scratch space when the state is not kept (reworked to stateless). */
static void
add_state_volumes (PodliftGenerator *gen,
                   JsonArray        *volumes,
                   JsonArray        *mounts,
                   PodliftManifest  *manifest)
{
  GListModel *states = G_LIST_MODEL (podlift_app_profile_get_state_paths (gen->profile));

  /* The migration reads and writes the database only: it runs before
   * the volumes exist when it is a Helm hook. */
  if (manifest->kind == PODLIFT_RESOURCE_MIGRATION_JOB)
    return;

  for (guint k = 0; k < g_list_model_get_n_items (states); k++)
    {
      g_autoptr(PodliftStatePath) state = g_list_model_get_item (states, k);
      g_autofree char *name = podlift_gen_state_volume_name (gen, k);
      const char *volume = name + strlen (gen->app) + 1;
      const char *path = podlift_state_path_get_path (state);

      if (path == NULL || !g_path_is_absolute (path))
        continue;

      mount (mounts, volume, path, FALSE);
      if (gen->statefulset)
        continue;  /* from volumeClaimTemplates */

      if (gen->shared_volume)
        {
          JsonObject *v = podlift_gen_array_object (volumes);
          g_autofree char *id = g_strdup_printf ("pvc-%s", volume);

          podlift_gen_string (v, "name", volume);
          podlift_gen_string (podlift_gen_object (v, "persistentVolumeClaim"), "claimName", name);
          podlift_gen_link (manifest, id);
        }
      else
        empty_dir (volumes, volume);
    }
}

static void
add_file_source (JsonArray  *sources,
                 const char *kind,
                 const char *name,
                 GPtrArray  *keys)
{
  JsonObject *source = podlift_gen_object (podlift_gen_array_object (sources), kind);
  JsonArray *items;

  podlift_gen_string (source, "name", name);
  items = podlift_gen_array (source, "items");
  for (guint k = 0; k < keys->len; k++)
    {
      JsonObject *item = podlift_gen_array_object (items);
      podlift_gen_string (item, "key", g_ptr_array_index (keys, k));
      podlift_gen_string (item, "path", g_ptr_array_index (keys, k));
    }
}

/* Configuration files, mounted by folder: a folder with plain and secret
 * files gets one projected volume holding both. */
static void
add_config_volumes (PodliftGenerator *gen,
                    JsonArray        *volumes,
                    JsonArray        *mounts,
                    PodliftManifest  *manifest)
{
  GListModel *files = G_LIST_MODEL (podlift_app_profile_get_config_files (gen->profile));
  g_autoptr(GPtrArray) dirs = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *name = g_strdup_printf ("%s-files", gen->app);

  for (guint k = 0; k < g_list_model_get_n_items (files); k++)
    {
      g_autoptr(PodliftConfigFile) file = g_list_model_get_item (files, k);
      const char *path = podlift_config_file_get_path (file);
      g_autofree char *dir = NULL;

      if (path == NULL || !g_path_is_absolute (path))
        continue;
      dir = g_path_get_dirname (path);
      if (!g_ptr_array_find_with_equal_func (dirs, dir, g_str_equal, NULL))
        g_ptr_array_add (dirs, g_steal_pointer (&dir));
    }

  for (guint d = 0; d < dirs->len; d++)
    {
      const char *dir = g_ptr_array_index (dirs, d);
      g_autoptr(GPtrArray) plain = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GPtrArray) secret = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *volume = g_strdup_printf ("files-%u", d + 1);
      JsonObject *v;
      JsonArray *sources;

      for (guint k = 0; k < g_list_model_get_n_items (files); k++)
        {
          g_autoptr(PodliftConfigFile) file = g_list_model_get_item (files, k);
          const char *path = podlift_config_file_get_path (file);
          g_autofree char *file_dir = path && g_path_is_absolute (path) ? g_path_get_dirname (path) : NULL;

          if (g_strcmp0 (file_dir, dir) == 0)
            g_ptr_array_add (podlift_config_file_get_secret (file) ? secret : plain,
                             g_path_get_basename (path));
        }

      v = podlift_gen_array_object (volumes);
      podlift_gen_string (v, "name", volume);
      sources = podlift_gen_array (podlift_gen_object (v, "projected"), "sources");
      if (plain->len > 0)
        {
          add_file_source (sources, "configMap", name, plain);
          podlift_gen_link (manifest, "configmap-files");
        }
      if (secret->len > 0)
        {
          add_file_source (sources, "secret", name, secret);
          podlift_gen_link (manifest, "secret-files");
        }
      mount (mounts, volume, dir, TRUE);
    }
}

/* The command of a Job: words when it is one simple command, else a
 * shell, which distroless images do not have. */
static void
add_command (PodliftGenerator *gen,
             JsonObject       *container,
             const char       *command,
             PodliftManifest  *manifest)
{
  PodliftShellScript *script = podlift_shell_parse (command);
  JsonArray *words = podlift_gen_array (container, "command");
  PodliftShellCommand *first = script->commands->len > 0 ? g_ptr_array_index (script->commands, 0) : NULL;

  if (script->commands->len == 1 && first->name != NULL && first->assignments->len == 0)
    {
      json_array_add_string_element (words, first->name);
      for (guint k = 0; k < first->args->len; k++)
        json_array_add_string_element (words, g_ptr_array_index (first->args, k));
    }
  else
    {
      json_array_add_string_element (words, "/bin/sh");
      json_array_add_string_element (words, "-c");
      json_array_add_string_element (words, command);
      if (podlift_dockerfile_get_base_size (gen->dockerfile) == PODLIFT_BASE_SIZE_DISTROLESS)
        podlift_gen_note (manifest, "The command needs a shell, which a distroless image "
                          "does not have: make it one program, or choose a base with a shell.");
    }

  podlift_shell_script_free (script);
}

/**
 * podlift_gen_pod_spec:
 * @command: (nullable): what the container runs instead of the image's
 *   command (jobs)
 * @serving: whether the pod serves traffic (ports, probes, spreading)
 *
 * Returns: (transfer none): the container
 */
JsonObject *
podlift_gen_pod_spec (PodliftGenerator *gen,
                      JsonObject       *spec,
                      const char       *command,
                      gboolean          serving,
                      PodliftManifest  *manifest)
{
  g_autofree char *image = g_strdup_printf ("%s:%s", gen->image, gen->tag);
  JsonObject *container;
  JsonArray *volumes, *mounts;

  podlift_gen_string (spec, "serviceAccountName", gen->app);
  podlift_gen_bool (spec, "automountServiceAccountToken", FALSE);
  podlift_gen_link (manifest, "serviceaccount");

  container = podlift_gen_array_object (podlift_gen_array (spec, "containers"));
  podlift_gen_string (container, "name", gen->app);
  podlift_gen_string (container, "image", image);
  /* Always: the registry checks the pod's right to the image at every
   * start (kube-score's rule); with a pinned tag it costs one request. */
  podlift_gen_string (container, "imagePullPolicy", "Always");
  if (command != NULL)
    add_command (gen, container, command, manifest);
  if (serving)
    {
      JsonObject *port = podlift_gen_array_object (podlift_gen_array (container, "ports"));
      podlift_gen_string (port, "name", "http");
      podlift_gen_int (port, "containerPort", gen->port);
      podlift_gen_string (port, "protocol", "TCP");
    }
  add_env_from (gen, container, manifest);
  add_resources (gen, container);
  if (serving)
    add_probes (gen, container, manifest);
  add_security (gen, spec, container);

  /* The root filesystem is read-only: /tmp is scratch space. */
  mounts = podlift_gen_array (container, "volumeMounts");
  volumes = json_array_new ();
  mount (mounts, "tmp", "/tmp", FALSE);
  empty_dir (volumes, "tmp");
  add_state_volumes (gen, volumes, mounts, manifest);
  add_config_volumes (gen, volumes, mounts, manifest);
  json_object_set_array_member (spec, "volumes", volumes);

  return container;
}

/* Pods of one application on different nodes when the scheduler can. */
static void
add_anti_affinity (PodliftGenerator *gen,
                   JsonObject       *spec)
{
  JsonObject *anti = podlift_gen_object (podlift_gen_object (spec, "affinity"), "podAntiAffinity");
  JsonObject *term = podlift_gen_array_object (podlift_gen_array (anti, "preferredDuringSchedulingIgnoredDuringExecution"));
  JsonObject *pod_term;

  podlift_gen_int (term, "weight", 100);
  pod_term = podlift_gen_object (term, "podAffinityTerm");
  podlift_gen_string (pod_term, "topologyKey", "kubernetes.io/hostname");
  podlift_gen_selector (gen, podlift_gen_object (pod_term, "labelSelector"), "matchLabels");
}

static void
add_claim_templates (PodliftGenerator *gen,
                     JsonObject       *spec)
{
  GListModel *states = G_LIST_MODEL (podlift_app_profile_get_state_paths (gen->profile));
  JsonArray *templates = podlift_gen_array (spec, "volumeClaimTemplates");

  for (guint k = 0; k < g_list_model_get_n_items (states); k++)
    {
      g_autoptr(PodliftStatePath) state = g_list_model_get_item (states, k);
      g_autofree char *name = podlift_gen_state_volume_name (gen, k);
      JsonObject *claim = podlift_gen_array_object (templates);
      JsonObject *metadata = podlift_gen_object (claim, "metadata");

      podlift_gen_string (metadata, "name", name + strlen (gen->app) + 1);
      podlift_gen_labels (gen, metadata, "labels", "web");
      podlift_gen_claim_spec (gen, podlift_gen_object (claim, "spec"), state, FALSE);
    }
}

void
podlift_gen_workload (PodliftGenerator *gen)
{
  JsonObject *root = json_object_new ();
  JsonObject *spec, *template, *metadata;
  PodliftManifest *m;

  podlift_gen_header (gen, root, "apps/v1", gen->statefulset ? "StatefulSet" : "Deployment",
                      gen->app, "web");
  m = podlift_gen_add (gen, gen->statefulset ? PODLIFT_RESOURCE_STATEFUL_SET : PODLIFT_RESOURCE_DEPLOYMENT,
                       gen->workload_id, root, FALSE);

  spec = podlift_gen_object (root, "spec");
  if (gen->statefulset)
    {
      g_autofree char *headless = g_strdup_printf ("%s-headless", gen->app);
      podlift_gen_string (spec, "serviceName", headless);
    }
  /* The autoscaler owns the count when there is one. */
  if (!podlift_manifest_set_get_hpa_enabled (gen->set))
    podlift_gen_int (spec, "replicas", gen->replicas);
  podlift_gen_int (spec, "revisionHistoryLimit", 5);
  podlift_gen_selector (gen, podlift_gen_object (spec, "selector"), "matchLabels");
  if (!gen->statefulset)
    {
      JsonObject *strategy = podlift_gen_object (spec, "strategy");
      JsonObject *rolling;

      podlift_gen_string (strategy, "type", "RollingUpdate");
      rolling = podlift_gen_object (strategy, "rollingUpdate");
      podlift_gen_int (rolling, "maxSurge", 1);
      podlift_gen_int (rolling, "maxUnavailable", 0);
    }

  template = podlift_gen_object (spec, "template");
  metadata = podlift_gen_object (template, "metadata");
  podlift_gen_labels (gen, metadata, "labels", "web");
  podlift_gen_pod_spec (gen, podlift_gen_object (template, "spec"), NULL, TRUE, m);
  add_anti_affinity (gen, json_object_get_object_member (template, "spec"));
  if (gen->statefulset)
    add_claim_templates (gen, spec);

  if (gen->statefulset)
    podlift_gen_note (m, "Each pod keeps its own volumes; pods are replaced one by one.");
  else if (gen->shared_volume)
    podlift_gen_note (m, "The state lives on shared volumes: every pod mounts the same claim.");
}

/* The database migration: a Job named after the image tag, so that each
 * release runs it once. */
void
podlift_gen_migration_job (PodliftGenerator *gen)
{
  const char *command = non_empty (podlift_app_profile_get_migrate_command (gen->profile));
  g_autofree char *tag = NULL;
  g_autofree char *name = NULL;
  JsonObject *root, *spec, *template;
  PodliftManifest *m;

  if (command == NULL)
    return;

  tag = g_strdup_printf ("%s-migrate-%s", gen->app, gen->tag);
  name = podlift_gen_slug (tag, "migrate");

  root = json_object_new ();
  podlift_gen_header (gen, root, "batch/v1", "Job", name, "migration");
  m = podlift_gen_add (gen, PODLIFT_RESOURCE_MIGRATION_JOB, "migration-job", root, TRUE);
  spec = podlift_gen_object (root, "spec");
  podlift_gen_int (spec, "backoffLimit", 1);
  podlift_gen_int (spec, "activeDeadlineSeconds", 1800);
  template = podlift_gen_object (spec, "template");
  podlift_gen_labels (gen, podlift_gen_object (template, "metadata"), "labels", "migration");
  podlift_gen_string (podlift_gen_object (template, "spec"), "restartPolicy", "Never");
  podlift_gen_pod_spec (gen, json_object_get_object_member (template, "spec"), command, FALSE, m);
  podlift_gen_note (m, "Runs %s once per image tag, before the new pods serve.", command);
}

void
podlift_gen_cron_jobs (PodliftGenerator *gen)
{
  GListModel *jobs = G_LIST_MODEL (podlift_app_profile_get_cron_jobs (gen->profile));

  for (guint k = 0; k < g_list_model_get_n_items (jobs); k++)
    {
      g_autoptr(PodliftCronJob) job = g_list_model_get_item (jobs, k);
      const char *command = non_empty (podlift_cron_job_get_command (job));
      const char *schedule = non_empty (podlift_cron_job_get_schedule (job));
      g_autofree char *slug = podlift_gen_slug (podlift_cron_job_get_name (job), NULL);
      g_autofree char *name = NULL;
      g_autofree char *id = NULL;
      JsonObject *root, *spec, *job_spec, *template;
      PodliftManifest *m;

      if (command == NULL || schedule == NULL)
        continue;
      if (slug == NULL)
        slug = g_strdup_printf ("job-%u", k + 1);
      /* CronJob names leave room for the Job suffix: 52 characters. */
      name = g_strdup_printf ("%.*s-%s", 30, gen->app, slug);
      if (strlen (name) > 52)
        name[52] = '\0';
      id = g_strdup_printf ("cronjob-%s", slug);

      root = json_object_new ();
      podlift_gen_header (gen, root, "batch/v1", "CronJob", name, "cron");
      m = podlift_gen_add (gen, PODLIFT_RESOURCE_CRON_JOB, id, root, TRUE);
      spec = podlift_gen_object (root, "spec");
      podlift_gen_string (spec, "schedule", schedule);
      /* A run still going when the next is due is not doubled. */
      podlift_gen_string (spec, "concurrencyPolicy", "Forbid");
      podlift_gen_int (spec, "startingDeadlineSeconds", 300);
      podlift_gen_int (spec, "successfulJobsHistoryLimit", 3);
      podlift_gen_int (spec, "failedJobsHistoryLimit", 3);
      job_spec = podlift_gen_object (podlift_gen_object (spec, "jobTemplate"), "spec");
      podlift_gen_int (job_spec, "backoffLimit", 1);
      template = podlift_gen_object (job_spec, "template");
      podlift_gen_labels (gen, podlift_gen_object (template, "metadata"), "labels", "cron");
      podlift_gen_string (podlift_gen_object (template, "spec"), "restartPolicy", "Never");
      podlift_gen_pod_spec (gen, json_object_get_object_member (template, "spec"), command, FALSE, m);
      podlift_gen_note (m, "The schedule is in the cluster's time zone (UTC on most clusters); "
                        "the VM's crontab ran in the VM's.");
    }
}
