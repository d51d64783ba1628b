/* test-manifest-generator.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "podlift-app-profile.h"
#include "podlift-bundle.h"
#include "podlift-config-file.h"
#include "podlift-cron-job.h"
#include "podlift-dockerfile.h"
#include "podlift-env-var.h"
#include "podlift-lint-test-util.h"
#include "podlift-manifest-generator.h"
#include "podlift-manifest-render.h"
#include "podlift-state-path.h"
#include "podlift-yaml.h"

/* The choices the generator makes from the answers, branch by branch.
 * That the output deploys is proven by the outside tools in
 * test-manifest-outputs.sh; here, that it says what the answers say. */

#define CANARY "Pr0d-S3cret-Canary-4711"

/* A stateless web application with a few answers. */
static PodliftProject *
small_project (void)
{
  PodliftProject *project = podlift_project_new ();
  PodliftAppProfile *profile = podlift_project_get_profile (project);
  g_autoptr(PodliftEnvVar) var = podlift_env_var_new ();
  g_autoptr(PodliftEnvVar) secret = podlift_env_var_new ();

  podlift_app_profile_set_name (profile, "Catalog API");
  podlift_app_profile_set_port (profile, 8080);
  podlift_app_profile_set_liveness_path (profile, "/livez");
  podlift_app_profile_set_readiness_path (profile, "/readyz");
  podlift_env_var_set_name (var, "LOG_LEVEL");
  podlift_env_var_set_value (var, "info");
  g_list_store_append (podlift_app_profile_get_env_vars (profile), var);
  podlift_env_var_set_name (secret, "API_TOKEN");
  podlift_env_var_set_secret (secret, TRUE);
  podlift_env_var_set_value (secret, CANARY);
  g_list_store_append (podlift_app_profile_get_env_vars (profile), secret);
  podlift_dockerfile_set_image (podlift_project_get_dockerfile (project), "registry.example.com/catalog");
  podlift_dockerfile_set_tag (podlift_project_get_dockerfile (project), "1.4.0");
  return project;
}

/* The node at a dotted path of the resource @id ("spec.replicas",
 * "spec.template.spec.containers.0.image"), or NULL. */
static JsonNode *
at (GPtrArray  *manifests,
    const char *id,
    const char *path)
{
  PodliftManifest *m = podlift_manifests_find (manifests, id);
  g_auto(GStrv) parts = g_strsplit (path, ".", -1);
  JsonNode *node;

  g_assert_nonnull (m);
  node = podlift_manifest_get_document (m);
  for (guint k = 0; parts[k] != NULL && node != NULL; k++)
    {
      if (JSON_NODE_HOLDS_OBJECT (node))
        node = json_object_get_member (json_node_get_object (node), parts[k]);
      else if (JSON_NODE_HOLDS_ARRAY (node) && g_ascii_isdigit (parts[k][0]))
        {
          JsonArray *array = json_node_get_array (node);
          guint index = (guint) g_ascii_strtoull (parts[k], NULL, 10);
          node = index < json_array_get_length (array) ? json_array_get_element (array, index) : NULL;
        }
      else
        node = NULL;
    }
  return node;
}

static const char *
str_at (GPtrArray  *manifests,
        const char *id,
        const char *path)
{
  JsonNode *node = at (manifests, id, path);

  g_assert_nonnull (node);
  return json_node_get_string (node);
}

static gint64
int_at (GPtrArray  *manifests,
        const char *id,
        const char *path)
{
  JsonNode *node = at (manifests, id, path);

  g_assert_nonnull (node);
  return json_node_get_int (node);
}

static void
test_stateless_basics (void)
{
  g_autoptr(PodliftProject) project = small_project ();
  g_autoptr(GPtrArray) manifests = podlift_manifests_generate (project);
  const char *container = "spec.template.spec.containers.0";
  g_autofree char *path = NULL;

  g_assert_cmpstr (str_at (manifests, "deployment", "kind"), ==, "Deployment");
  g_assert_cmpstr (str_at (manifests, "deployment", "metadata.name"), ==, "catalog-api");
  g_assert_cmpstr (str_at (manifests, "deployment", "metadata.namespace"), ==, "catalog-api");
  g_assert_null (podlift_manifests_find (manifests, "statefulset"));
  g_assert_null (podlift_manifests_find (manifests, "migration-job"));

  path = g_strdup_printf ("%s.image", container);
  g_assert_cmpstr (str_at (manifests, "deployment", path), ==, "registry.example.com/catalog:1.4.0");
  g_clear_pointer (&path, g_free);
  path = g_strdup_printf ("%s.ports.0.containerPort", container);
  g_assert_cmpint (int_at (manifests, "deployment", path), ==, 8080);
  g_clear_pointer (&path, g_free);

  /* Probes on their own paths */
  path = g_strdup_printf ("%s.readinessProbe.httpGet.path", container);
  g_assert_cmpstr (str_at (manifests, "deployment", path), ==, "/readyz");
  g_clear_pointer (&path, g_free);
  path = g_strdup_printf ("%s.livenessProbe.httpGet.path", container);
  g_assert_cmpstr (str_at (manifests, "deployment", path), ==, "/livez");
  g_clear_pointer (&path, g_free);

  /* Security: non-root with the image's user, nothing to escalate */
  path = g_strdup_printf ("%s.securityContext.readOnlyRootFilesystem", container);
  g_assert_true (json_node_get_boolean (at (manifests, "deployment", path)));
  g_clear_pointer (&path, g_free);
  path = g_strdup_printf ("%s.securityContext.capabilities.drop.0", container);
  g_assert_cmpstr (str_at (manifests, "deployment", path), ==, "ALL");
  g_clear_pointer (&path, g_free);
  g_assert_cmpint (int_at (manifests, "deployment", "spec.template.spec.securityContext.runAsUser"), ==, 10001);
  g_assert_false (json_node_get_boolean (at (manifests, "serviceaccount", "automountServiceAccountToken")));

  /* The HPA owns the replica count */
  g_assert_null (at (manifests, "deployment", "spec.replicas"));
  g_assert_cmpstr (str_at (manifests, "horizontalpodautoscaler", "spec.scaleTargetRef.kind"), ==, "Deployment");
}

static void
test_secret_values_stay_out (void)
{
  g_autoptr(PodliftProject) project = small_project ();
  g_autoptr(GPtrArray) manifests = podlift_manifests_generate (project);

  g_assert_cmpstr (str_at (manifests, "configmap", "data.LOG_LEVEL"), ==, "info");
  g_assert_cmpstr (str_at (manifests, "secret", "stringData.API_TOKEN"), ==, "change-me");
  g_assert_null (at (manifests, "configmap", "data.API_TOKEN"));

  for (PodliftOutputFormat f = PODLIFT_OUTPUT_FORMAT_YAML; f <= PODLIFT_OUTPUT_FORMAT_HELM; f++)
    {
      g_autoptr(GPtrArray) files = podlift_manifests_render (project, f);

      for (guint k = 0; k < files->len; k++)
        {
          PodliftRenderedFile *file = g_ptr_array_index (files, k);
          g_assert_null (strstr (file->text, CANARY));
        }
    }
}

static void
test_probes_without_endpoints (void)
{
  g_autoptr(PodliftProject) project = small_project ();
  PodliftAppProfile *profile = podlift_project_get_profile (project);
  g_autoptr(GPtrArray) manifests = NULL;
  g_autoptr(GPtrArray) same = NULL;
  PodliftManifest *deployment;
  const char * const *notes;
  gboolean noted = FALSE;

  podlift_app_profile_set_liveness_path (profile, NULL);
  podlift_app_profile_set_readiness_path (profile, NULL);
  manifests = podlift_manifests_generate (project);
  g_assert_nonnull (at (manifests, "deployment", "spec.template.spec.containers.0.readinessProbe.tcpSocket"));
  g_assert_nonnull (at (manifests, "deployment", "spec.template.spec.containers.0.livenessProbe.tcpSocket"));
  deployment = podlift_manifests_find (manifests, "deployment");
  notes = podlift_manifest_get_notes (deployment);
  for (guint k = 0; notes[k]; k++)
    noted |= strstr (notes[k], "TCP probes") != NULL;
  g_assert_true (noted);

  /* One path for both: liveness checks the port instead */
  podlift_app_profile_set_liveness_path (profile, "/health");
  podlift_app_profile_set_readiness_path (profile, "/health");
  same = podlift_manifests_generate (project);
  g_assert_cmpstr (str_at (same, "deployment", "spec.template.spec.containers.0.readinessProbe.httpGet.path"),
                   ==, "/health");
  g_assert_nonnull (at (same, "deployment", "spec.template.spec.containers.0.livenessProbe.tcpSocket"));
}

static void
test_startup_time (void)
{
  g_autoptr(PodliftProject) project = small_project ();
  g_autoptr(GPtrArray) manifests = NULL;

  /* 90 s to start: the startup probe allows twice that, every 5 s */
  podlift_app_profile_set_startup_seconds (podlift_project_get_profile (project), 90);
  manifests = podlift_manifests_generate (project);
  g_assert_cmpint (int_at (manifests, "deployment", "spec.template.spec.containers.0.startupProbe.failureThreshold")
                   * int_at (manifests, "deployment", "spec.template.spec.containers.0.startupProbe.periodSeconds"),
                   >=, 180);
}

static void
test_sizing (void)
{
  g_autoptr(PodliftProject) project = small_project ();
  PodliftAppProfile *p = podlift_project_get_profile (project);
  PodliftManifestSet *set = podlift_project_get_manifests (project);
  g_autoptr(GPtrArray) manifests = NULL;
  g_autoptr(GPtrArray) chosen = NULL;
  const char *resources = "spec.template.spec.containers.0.resources";
  g_autofree char *path = NULL;

  /* Two VMs of 4 vCPU at 25 % on average → 2 vCPU in all; over 2 pods
   * with a quarter of headroom: 1250m each. Memory 1000 MiB average,
   * 2000 peak: 1280Mi request and 2560Mi limit. */
  podlift_app_profile_set_vm_vcpu (p, 4);
  podlift_app_profile_set_vm_instances (p, 2);
  podlift_app_profile_set_cpu_average_percent (p, 25);
  podlift_app_profile_set_cpu_peak_percent (p, 60);
  podlift_app_profile_set_memory_average_mb (p, 1000);
  podlift_app_profile_set_memory_peak_mb (p, 2000);
  podlift_manifest_set_set_replicas (set, 2);
  manifests = podlift_manifests_generate (project);
  path = g_strdup_printf ("%s.requests.cpu", resources);
  g_assert_cmpstr (str_at (manifests, "deployment", path), ==, "1250m");
  g_clear_pointer (&path, g_free);
  path = g_strdup_printf ("%s.requests.memory", resources);
  g_assert_cmpstr (str_at (manifests, "deployment", path), ==, "1280Mi");
  g_clear_pointer (&path, g_free);
  path = g_strdup_printf ("%s.limits.memory", resources);
  g_assert_cmpstr (str_at (manifests, "deployment", path), ==, "2560Mi");
  g_clear_pointer (&path, g_free);
  /* Peak 60 % of 8 vCPU over 2 pods, plus a quarter: 3000m */
  path = g_strdup_printf ("%s.limits.cpu", resources);
  g_assert_cmpstr (str_at (manifests, "deployment", path), ==, "3000m");

  /* The user's own figures win */
  podlift_manifest_set_set_cpu_request_millicores (set, 300);
  podlift_manifest_set_set_memory_limit_mb (set, 4096);
  chosen = podlift_manifests_generate (project);
  g_assert_cmpstr (str_at (chosen, "deployment", "spec.template.spec.containers.0.resources.requests.cpu"),
                   ==, "300m");
  g_assert_cmpstr (str_at (chosen, "deployment", "spec.template.spec.containers.0.resources.limits.memory"),
                   ==, "4096Mi");
}

static void
test_replicas_and_budget (void)
{
  g_autoptr(PodliftProject) project = small_project ();
  PodliftManifestSet *set = podlift_project_get_manifests (project);
  g_autoptr(GPtrArray) fixed = NULL;
  g_autoptr(GPtrArray) single = NULL;

  podlift_manifest_set_set_hpa_enabled (set, FALSE);
  podlift_manifest_set_set_replicas (set, 3);
  podlift_manifest_set_set_pdb_min_available (set, 5);
  fixed = podlift_manifests_generate (project);
  g_assert_cmpint (int_at (fixed, "deployment", "spec.replicas"), ==, 3);
  g_assert_false (podlift_manifest_get_enabled (podlift_manifests_find (fixed, "horizontalpodautoscaler")));
  /* A budget of 5 out of 3 would block every drain: 2 */
  g_assert_cmpint (int_at (fixed, "poddisruptionbudget", "spec.minAvailable"), ==, 2);

  podlift_manifest_set_set_replicas (set, 1);
  single = podlift_manifests_generate (project);
  g_assert_cmpint (int_at (single, "poddisruptionbudget", "spec.maxUnavailable"), ==, 1);
  g_assert_null (at (single, "poddisruptionbudget", "spec.minAvailable"));
}

static void
test_statefulset (void)
{
  g_autoptr(PodliftProject) project = small_project ();
  PodliftAppProfile *profile = podlift_project_get_profile (project);
  g_autoptr(PodliftStatePath) state = podlift_state_path_new ();
  g_autoptr(GPtrArray) manifests = NULL;

  podlift_state_path_set_path (state, "/var/lib/catalog/index");
  podlift_state_path_set_size_gb (state, 10);
  g_list_store_append (podlift_app_profile_get_state_paths (profile), state);
  podlift_app_profile_set_stateful (profile, TRUE);
  podlift_app_profile_set_state_handling (profile, PODLIFT_STATE_HANDLING_STATEFULSET);
  manifests = podlift_manifests_generate (project);

  g_assert_null (podlift_manifests_find (manifests, "deployment"));
  g_assert_cmpstr (str_at (manifests, "statefulset", "spec.serviceName"), ==, "catalog-api-headless");
  g_assert_cmpstr (str_at (manifests, "service-headless", "spec.clusterIP"), ==, "None");
  g_assert_cmpstr (str_at (manifests, "statefulset", "spec.volumeClaimTemplates.0.metadata.name"), ==, "index");
  g_assert_cmpstr (str_at (manifests, "statefulset", "spec.volumeClaimTemplates.0.spec.accessModes.0"),
                   ==, "ReadWriteOnce");
  /* 10 GB and half as much again */
  g_assert_cmpstr (str_at (manifests, "statefulset", "spec.volumeClaimTemplates.0.spec.resources.requests.storage"),
                   ==, "15Gi");
  g_assert_cmpstr (str_at (manifests, "statefulset", "spec.template.spec.containers.0.volumeMounts.1.mountPath"),
                   ==, "/var/lib/catalog/index");
  g_assert_cmpstr (str_at (manifests, "horizontalpodautoscaler", "spec.scaleTargetRef.kind"), ==, "StatefulSet");
}

static void
test_shared_volume_providers (void)
{
  g_autoptr(PodliftProject) project = podlift_test_load_example ();
  PodliftManifestSet *set = podlift_project_get_manifests (project);
  g_autoptr(GPtrArray) efs = podlift_manifests_generate (project);
  g_autoptr(GPtrArray) gke = NULL;
  g_autoptr(GPtrArray) generic = NULL;

  g_assert_cmpstr (str_at (efs, "pvc-media", "spec.accessModes.0"), ==, "ReadWriteMany");
  g_assert_cmpstr (str_at (efs, "pvc-media", "spec.storageClassName"), ==, "efs-sc");
  g_assert_cmpstr (str_at (efs, "deployment", "spec.template.spec.volumes.1.persistentVolumeClaim.claimName"),
                   ==, "shopfront-media");

  podlift_manifest_set_set_storage_class (set, NULL);
  podlift_manifest_set_set_storage_provider (set, PODLIFT_STORAGE_PROVIDER_GKE_FILESTORE);
  gke = podlift_manifests_generate (project);
  g_assert_cmpstr (str_at (gke, "pvc-media", "spec.storageClassName"), ==, "standard-rwx");

  podlift_manifest_set_set_storage_provider (set, PODLIFT_STORAGE_PROVIDER_GENERIC);
  generic = podlift_manifests_generate (project);
  g_assert_null (at (generic, "pvc-media", "spec.storageClassName"));
}

static void
test_sticky_sessions (void)
{
  g_autoptr(PodliftProject) project = small_project ();
  PodliftManifestSet *set = podlift_project_get_manifests (project);
  struct {
    PodliftIngressController controller;
    const char *id;
    const char *path;
    const char *value;
  } cases[] = {
    { PODLIFT_INGRESS_CONTROLLER_NGINX, "ingress",
      "metadata.annotations.nginx.ingress.kubernetes.io/affinity", "cookie" },
    { PODLIFT_INGRESS_CONTROLLER_AWS_ALB, "ingress",
      "metadata.annotations.alb.ingress.kubernetes.io/target-group-attributes",
      "stickiness.enabled=true,stickiness.lb_cookie.duration_seconds=10800" },
    { PODLIFT_INGRESS_CONTROLLER_GKE, "backendconfig", "spec.sessionAffinity.affinityType", "GENERATED_COOKIE" },
    { PODLIFT_INGRESS_CONTROLLER_TRAEFIK, "service",
      "metadata.annotations.traefik.ingress.kubernetes.io/service.sticky.cookie", "true" },
    { PODLIFT_INGRESS_CONTROLLER_NONE, "service", "spec.sessionAffinity", "ClientIP" },
  };

  podlift_app_profile_set_sticky_sessions (podlift_project_get_profile (project), TRUE);
  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      g_autoptr(GPtrArray) manifests = NULL;
      PodliftManifest *m;
      JsonObject *annotations = NULL;
      g_auto(GStrv) parts = g_strsplit (cases[k].path, ".", 3);

      podlift_manifest_set_set_ingress_controller (set, cases[k].controller);
      manifests = podlift_manifests_generate (project);
      m = podlift_manifests_find (manifests, cases[k].id);
      g_assert_nonnull (m);
      /* annotation names have dots: look them up whole */
      if (g_str_equal (parts[1], "annotations"))
        {
          annotations = json_object_get_object_member (
            json_object_get_object_member (json_node_get_object (podlift_manifest_get_document (m)), "metadata"),
            "annotations");
          g_assert_cmpstr (json_object_get_string_member (annotations, parts[2]), ==, cases[k].value);
        }
      else
        g_assert_cmpstr (str_at (manifests, cases[k].id, cases[k].path), ==, cases[k].value);
    }

  /* GKE: the Service names its BackendConfig */
  {
    g_autoptr(GPtrArray) manifests = NULL;
    JsonObject *annotations;

    podlift_manifest_set_set_ingress_controller (set, PODLIFT_INGRESS_CONTROLLER_GKE);
    manifests = podlift_manifests_generate (project);
    annotations = json_node_get_object (at (manifests, "service", "metadata.annotations"));
    g_assert_cmpstr (json_object_get_string_member (annotations, "cloud.google.com/backend-config"),
                     ==, "{\"default\": \"catalog-api\"}");
  }
}

static void
test_jobs (void)
{
  g_autoptr(PodliftProject) project = podlift_test_load_example ();
  PodliftAppProfile *profile = podlift_project_get_profile (project);
  g_autoptr(PodliftCronJob) cron = podlift_cron_job_new ();
  g_autoptr(GPtrArray) manifests = NULL;

  podlift_cron_job_set_name (cron, "Report");
  podlift_cron_job_set_schedule (cron, "0 6 * * 1");
  podlift_cron_job_set_command (cron, "python manage.py weekly_report");
  g_list_store_append (podlift_app_profile_get_cron_jobs (profile), cron);
  manifests = podlift_manifests_generate (project);

  /* The migration: named after the tag, the captured command as words */
  g_assert_cmpstr (str_at (manifests, "migration-job", "metadata.name"), ==, "shopfront-migrate-2026-11-1");
  g_assert_cmpstr (str_at (manifests, "migration-job", "spec.template.spec.containers.0.command.2"), ==, "migrate");
  g_assert_cmpstr (str_at (manifests, "migration-job", "spec.template.spec.restartPolicy"), ==, "Never");

  g_assert_cmpstr (str_at (manifests, "cronjob-report", "spec.schedule"), ==, "0 6 * * 1");
  g_assert_cmpstr (str_at (manifests, "cronjob-report", "spec.concurrencyPolicy"), ==, "Forbid");
  g_assert_cmpstr (str_at (manifests, "cronjob-report", "metadata.name"), ==, "shopfront-report");
  /* The crontab line with && runs in a shell */
  g_assert_cmpstr (str_at (manifests, "cronjob-nightly-maintenance",
                           "spec.jobTemplate.spec.template.spec.containers.0.command.0"), ==, "/bin/sh");
  /* Same image and configuration as the application */
  g_assert_cmpstr (str_at (manifests, "cronjob-report", "spec.jobTemplate.spec.template.spec.containers.0.image"),
                   ==, str_at (manifests, "deployment", "spec.template.spec.containers.0.image"));
  g_assert_cmpstr (str_at (manifests, "cronjob-report",
                           "spec.jobTemplate.spec.template.spec.containers.0.envFrom.0.configMapRef.name"),
                   ==, "shopfront-config");
}

static void
test_config_files_projected (void)
{
  g_autoptr(PodliftProject) project = small_project ();
  PodliftAppProfile *profile = podlift_project_get_profile (project);
  g_autoptr(PodliftConfigFile) plain = podlift_config_file_new ();
  g_autoptr(PodliftConfigFile) secret = podlift_config_file_new ();
  g_autoptr(GPtrArray) manifests = NULL;
  const char *volume = "spec.template.spec.volumes.1.projected.sources";

  podlift_config_file_set_path (plain, "/etc/catalog/app.ini");
  podlift_config_file_set_path (secret, "/etc/catalog/credentials.ini");
  podlift_config_file_set_secret (secret, TRUE);
  g_list_store_append (podlift_app_profile_get_config_files (profile), plain);
  g_list_store_append (podlift_app_profile_get_config_files (profile), secret);
  manifests = podlift_manifests_generate (project);

  g_assert_true (json_object_has_member (json_node_get_object (at (manifests, "configmap-files", "data")),
                                         "app.ini"));
  g_assert_cmpstr (str_at (manifests, "secret-files", "kind"), ==, "Secret");
  /* One folder, one projected volume holding both */
  {
    g_autofree char *config = g_strdup_printf ("%s.0.configMap.items.0.key", volume);
    g_autofree char *secrets = g_strdup_printf ("%s.1.secret.items.0.key", volume);

    g_assert_cmpstr (str_at (manifests, "deployment", config), ==, "app.ini");
    g_assert_cmpstr (str_at (manifests, "deployment", secrets), ==, "credentials.ini");
  }
  g_assert_cmpstr (str_at (manifests, "deployment", "spec.template.spec.containers.0.volumeMounts.1.mountPath"),
                   ==, "/etc/catalog");
}

static void
test_switches_and_customisation (void)
{
  g_autoptr(PodliftProject) project = small_project ();
  PodliftManifestSet *set = podlift_project_get_manifests (project);
  g_autoptr(GPtrArray) before = podlift_manifests_generate (project);
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) files = NULL;
  const char *custom = "---\napiVersion: v1\nkind: Service\nmetadata:\n  name: by-hand\n";
  PodliftManifest *service;
  gboolean found = FALSE;

  g_assert_true (podlift_manifest_get_optional (podlift_manifests_find (before, "namespace")));
  g_assert_false (podlift_manifest_get_optional (podlift_manifests_find (before, "deployment")));

  podlift_manifest_set_set_resource_enabled (set, "namespace", FALSE);
  podlift_manifest_set_set_customisation (set, "service", custom);
  after = podlift_manifests_generate (project);
  g_assert_false (podlift_manifest_get_enabled (podlift_manifests_find (after, "namespace")));
  service = podlift_manifests_find (after, "service");
  g_assert_true (podlift_manifest_get_customised (service));
  g_assert_cmpstr (podlift_manifest_get_text (service), ==, custom);
  g_assert_cmpstr (podlift_manifest_get_generated_text (service), !=, custom);

  files = podlift_manifests_render (project, PODLIFT_OUTPUT_FORMAT_YAML);
  for (guint k = 0; k < files->len; k++)
    {
      PodliftRenderedFile *file = g_ptr_array_index (files, k);

      g_assert_null (strstr (file->path, "namespace"));
      found |= g_str_equal (file->text, custom);
    }
  g_assert_true (found);
}

static void
test_kustomize_overlays (void)
{
  g_autoptr(PodliftProject) project = podlift_test_load_example ();
  g_autoptr(GPtrArray) files = podlift_manifests_render (project, PODLIFT_OUTPUT_FORMAT_KUSTOMIZE);
  const char *production = NULL, *preprod_host = NULL;

  for (guint k = 0; k < files->len; k++)
    {
      PodliftRenderedFile *file = g_ptr_array_index (files, k);

      if (g_str_equal (file->path, "overlays/production/kustomization.yaml"))
        production = file->text;
      if (g_str_equal (file->path, "overlays/preprod/host.yaml"))
        preprod_host = file->text;
    }
  g_assert_nonnull (production);
  g_assert_nonnull (strstr (production, "namespace: shopfront\n"));
  g_assert_nonnull (strstr (production, "newTag: 2026.11.1\n"));
  g_assert_nonnull (preprod_host);
  g_assert_nonnull (strstr (preprod_host, "value: preprod.shop.example.com"));
}

static void
test_yaml_text_reads_back (void)
{
  g_autoptr(PodliftProject) project = podlift_test_load_example ();
  g_autoptr(GPtrArray) manifests = podlift_manifests_generate (project);

  for (guint k = 0; k < manifests->len; k++)
    {
      PodliftManifest *m = g_ptr_array_index (manifests, k);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) docs = podlift_yaml_parse (podlift_manifest_get_text (m), -1, "m", &error);

      g_assert_no_error (error);
      g_assert_cmpuint (docs->len, ==, 1);
      g_assert_true (json_node_equal (podlift_yaml_document_get_root (g_ptr_array_index (docs, 0)),
                                      podlift_manifest_get_document (m)));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/manifests/stateless-basics", test_stateless_basics);
  g_test_add_func ("/manifests/secret-values-stay-out", test_secret_values_stay_out);
  g_test_add_func ("/manifests/probes-without-endpoints", test_probes_without_endpoints);
  g_test_add_func ("/manifests/startup-time", test_startup_time);
  g_test_add_func ("/manifests/sizing", test_sizing);
  g_test_add_func ("/manifests/replicas-and-budget", test_replicas_and_budget);
  g_test_add_func ("/manifests/statefulset", test_statefulset);
  g_test_add_func ("/manifests/shared-volume-providers", test_shared_volume_providers);
  g_test_add_func ("/manifests/sticky-sessions", test_sticky_sessions);
  g_test_add_func ("/manifests/jobs", test_jobs);
  g_test_add_func ("/manifests/config-files-projected", test_config_files_projected);
  g_test_add_func ("/manifests/switches-and-customisation", test_switches_and_customisation);
  g_test_add_func ("/manifests/kustomize-overlays", test_kustomize_overlays);
  g_test_add_func ("/manifests/yaml-text-reads-back", test_yaml_text_reads_back);

  return g_test_run ();
}
