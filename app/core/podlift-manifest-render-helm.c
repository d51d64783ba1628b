/* podlift-manifest-render-helm.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-manifest-render"

#include "config.h"

#include <string.h>

#include "podlift-manifest-generator-private.h"
#include "podlift-manifest-render-private.h"
#include "podlift-yaml.h"

/* A Helm chart: Chart.yaml (v2), values.yaml with every choice, and a
 * template per resource. Each template is the generated resource written
 * by libyaml with some values replaced by "holes" (plain tokens), which
 * become template actions once the YAML is written: a scalar hole turns
 * into {{ EXPR }}, a block hole into a toYaml of a value. */

typedef enum
{
  HOLE_SCALAR,       /* key: {{ EXPR }} */
  HOLE_BLOCK,        /* key: + {{- toYaml EXPR | nindent N }} */
  HOLE_UNLESS_HPA,   /* the whole line only without autoscaling */
} HoleKind;

typedef struct
{
  HoleKind  kind;
  char     *token;
  char     *expr;
} Hole;

typedef struct
{
  PodliftRenderContext *ctx;
  GPtrArray            *holes;   /* Hole* */
  JsonObject           *values;  /* values.yaml */
} Chart;

static void
hole_free (Hole *hole)
{
  g_free (hole->token);
  g_free (hole->expr);
  g_free (hole);
}

/* The member at a path of segments (array indexes as numbers), or NULL. */
static JsonObject *
walk (JsonObject  *root,
      const char **segments,
      guint        n)
{
  JsonNode *node = NULL;
  JsonObject *object = root;

  for (guint k = 0; k < n; k++)
    {
      if (object == NULL)
        return NULL;
      node = json_object_get_member (object, segments[k]);
      if (node != NULL && JSON_NODE_HOLDS_ARRAY (node) && k + 1 < n)
        {
          JsonArray *array = json_node_get_array (node);
          guint index = (guint) g_ascii_strtoull (segments[++k], NULL, 10);

          if (index >= json_array_get_length (array))
            return NULL;
          node = json_array_get_element (array, index);
        }
      object = node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
    }

  return object;
}

/* Puts a hole at the path (the last segment is the member, created when
 * @create). */
static void
hole (Chart      *chart,
      JsonObject *root,
      HoleKind    kind,
      gboolean    create,
      const char *expr,
      ...)
{
  const char *segments[16];
  guint n = 0;
  JsonObject *parent;
  Hole *h;
  va_list args;

  va_start (args, expr);
  for (const char *s = va_arg (args, const char *); s != NULL && n < G_N_ELEMENTS (segments);
       s = va_arg (args, const char *))
    segments[n++] = s;
  va_end (args);

  h = g_new0 (Hole, 1);
  h->kind = kind;
  h->token = g_strdup_printf ("podlift-hole-%u", chart->holes->len);
  h->expr = g_strdup (expr);

  /* The last segment may be an index into a list of scalars. */
  parent = n >= 2 ? walk (root, segments, n - 2) : NULL;
  if (parent != NULL && g_ascii_isdigit (segments[n - 1][0]) &&
      json_object_has_member (parent, segments[n - 2]) &&
      JSON_NODE_HOLDS_ARRAY (json_object_get_member (parent, segments[n - 2])))
    {
      JsonArray *array = json_object_get_array_member (parent, segments[n - 2]);
      guint index = (guint) g_ascii_strtoull (segments[n - 1], NULL, 10);

      if (index < json_array_get_length (array))
        {
          json_node_set_string (json_array_get_element (array, index), h->token);
          g_ptr_array_add (chart->holes, h);
          return;
        }
    }

  parent = walk (root, segments, n - 1);
  if (parent == NULL || (!create && !json_object_has_member (parent, segments[n - 1])))
    {
      hole_free (h);
      return;
    }

  g_ptr_array_add (chart->holes, h);
  json_object_set_string_member (parent, segments[n - 1], h->token);
}

static guint
leading_spaces (const char *line)
{
  guint n = 0;

  while (line[n] == ' ' || line[n] == '-')
    n++;
  return n;
}

/* The YAML with its holes made template actions. */
static char *
fill_holes (Chart      *chart,
            const char *yaml)
{
  g_auto(GStrv) lines = g_strsplit (yaml, "\n", -1);
  GString *out = g_string_new (NULL);

  for (guint l = 0; lines[l] != NULL; l++)
    {
      char *line = lines[l];
      const Hole *found = NULL;
      char *at = NULL;

      for (guint k = chart->holes->len; found == NULL && k > 0; k--)
        {
          const Hole *h = g_ptr_array_index (chart->holes, k - 1);
          char *pos = strstr (line, h->token);

          /* "podlift-hole-1" is also the start of "podlift-hole-12" */
          if (pos != NULL && !g_ascii_isdigit (pos[strlen (h->token)]))
            found = h, at = pos;
        }

      if (lines[l + 1] == NULL && line[0] == '\0')
        break;

      if (found == NULL)
        {
          g_string_append_printf (out, "%s\n", line);
          continue;
        }

      *at = '\0';
      if (found->kind == HOLE_BLOCK)
        {
          guint indent = leading_spaces (line);
          g_strchomp (line);
          g_string_append_printf (out, "%s\n%*s{{- toYaml %s | nindent %u }}\n",
                                  line, indent + 2, "", found->expr, indent + 2);
        }
      else if (found->kind == HOLE_UNLESS_HPA)
        g_string_append_printf (out, "{{- if not .Values.autoscaling.enabled }}\n%s{{ %s }}%s\n{{- end }}\n",
                                line, found->expr, at + strlen (found->token));
      else
        g_string_append_printf (out, "%s{{ %s }}%s\n", line, found->expr, at + strlen (found->token));
    }

  return g_string_free (out, FALSE);
}

/* Holes every resource has: its namespace and the labels that change. */
static void
common_holes (Chart      *chart,
              JsonObject *root)
{
  g_autofree char *chart_label = g_strdup_printf ("include \"%s.chart\" .", chart->ctx->app);

  hole (chart, root, HOLE_SCALAR, FALSE, ".Release.Namespace", "metadata", "namespace", NULL);
  hole (chart, root, HOLE_SCALAR, FALSE, ".Values.image.tag | quote",
        "metadata", "labels", "app.kubernetes.io/version", NULL);
  hole (chart, root, HOLE_SCALAR, FALSE, ".Release.Service",
        "metadata", "labels", "app.kubernetes.io/managed-by", NULL);
  hole (chart, root, HOLE_SCALAR, TRUE, chart_label, "metadata", "labels", "helm.sh/chart", NULL);
}

/* Holes of a pod template under @prefix ("spec", "template"…). */
static void
pod_holes (Chart       *chart,
           JsonObject  *root,
           const char  *a,
           const char  *b,
           const char  *c)
{
  const char *p[8] = { a, b, c, NULL };
  guint n = c ? 3 : b ? 2 : 1;
  JsonObject *template = walk (root, p, n);
  JsonObject *metadata = template ? json_object_get_object_member (template, "metadata") : NULL;
  JsonObject *labels = metadata ? json_object_get_object_member (metadata, "labels") : NULL;
  JsonObject *spec = template ? json_object_get_object_member (template, "spec") : NULL;
  g_autofree char *checksum = g_strdup ("include (print $.Template.BasePath \"/configmap.yaml\") . | sha256sum");

  if (template == NULL || spec == NULL)
    return;

  if (labels != NULL)
    {
      hole (chart, labels, HOLE_SCALAR, FALSE, ".Values.image.tag | quote", "app.kubernetes.io/version", NULL);
      hole (chart, labels, HOLE_SCALAR, FALSE, ".Release.Service", "app.kubernetes.io/managed-by", NULL);
    }
  /* A change of configuration rolls the pods. */
  if (metadata != NULL && podlift_manifests_find (chart->ctx->manifests, "configmap") != NULL)
    hole (chart, podlift_gen_object (metadata, "annotations"), HOLE_SCALAR, TRUE, checksum,
          "checksum/config", NULL);

  hole (chart, spec, HOLE_BLOCK, FALSE, ".Values.podSecurityContext", "securityContext", NULL);
  hole (chart, spec, HOLE_SCALAR, FALSE,
        "printf \"%s:%s\" .Values.image.repository .Values.image.tag | quote",
        "containers", "0", "image", NULL);
  hole (chart, spec, HOLE_SCALAR, FALSE, ".Values.image.pullPolicy", "containers", "0", "imagePullPolicy", NULL);
  hole (chart, spec, HOLE_BLOCK, FALSE, ".Values.resources", "containers", "0", "resources", NULL);
  hole (chart, spec, HOLE_BLOCK, FALSE, ".Values.securityContext", "containers", "0", "securityContext", NULL);
  hole (chart, spec, HOLE_BLOCK, FALSE, ".Values.probes.startup", "containers", "0", "startupProbe", NULL);
  hole (chart, spec, HOLE_BLOCK, FALSE, ".Values.probes.liveness", "containers", "0", "livenessProbe", NULL);
  hole (chart, spec, HOLE_BLOCK, FALSE, ".Values.probes.readiness", "containers", "0", "readinessProbe", NULL);
}

/* Configuration the migration hook reads must exist before it runs:
 * those resources are hooks too, created first. */
static void
make_early_hook (JsonObject *root)
{
  JsonObject *metadata = json_object_get_object_member (root, "metadata");
  JsonObject *annotations = podlift_gen_object (metadata, "annotations");

  podlift_gen_string (annotations, "helm.sh/hook", "pre-install,pre-upgrade");
  podlift_gen_string (annotations, "helm.sh/hook-weight", "-10");
  podlift_gen_string (annotations, "helm.sh/hook-delete-policy", "before-hook-creation");
}

static void
migration_hook (Chart      *chart,
                JsonObject *root)
{
  JsonObject *metadata = json_object_get_object_member (root, "metadata");
  JsonObject *annotations = podlift_gen_object (metadata, "annotations");
  g_autofree char *name = g_strdup_printf ("%s-migrate", chart->ctx->app);

  /* One name for every release: the hook replaces the last run. */
  podlift_gen_string (metadata, "name", name);
  podlift_gen_string (annotations, "helm.sh/hook", "pre-install,pre-upgrade");
  podlift_gen_string (annotations, "helm.sh/hook-weight", "0");
  podlift_gen_string (annotations, "helm.sh/hook-delete-policy", "before-hook-creation,hook-succeeded");
}

/* values.yaml: the sub-object at @member of the document, copied. */
static void
copy_value (JsonObject *values,
            const char *key,
            JsonObject *from,
            const char *member)
{
  JsonNode *node = from ? json_object_get_member (from, member) : NULL;

  if (node != NULL)
    json_object_set_member (values, key, json_node_copy (node));
}

static JsonObject *
member_object (JsonObject *object,
               const char *member)
{
  JsonNode *node = object ? json_object_get_member (object, member) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static JsonObject *
container_of (JsonObject *pod_spec)
{
  return json_array_get_object_element (json_object_get_array_member (pod_spec, "containers"), 0);
}

static char *
condition_of (Chart           *chart,
              PodliftManifest *m)
{
  switch (podlift_manifest_get_kind (m))
    {
    case PODLIFT_RESOURCE_INGRESS:
    case PODLIFT_RESOURCE_BACKEND_CONFIG:
      return g_strdup (".Values.ingress.enabled");
    case PODLIFT_RESOURCE_HORIZONTAL_POD_AUTOSCALER:
      return g_strdup (".Values.autoscaling.enabled");
    case PODLIFT_RESOURCE_POD_DISRUPTION_BUDGET:
      return g_strdup (".Values.podDisruptionBudget.enabled");
    case PODLIFT_RESOURCE_MIGRATION_JOB:
      return g_strdup (".Values.migration.enabled");
    case PODLIFT_RESOURCE_CRON_JOB:
      return g_strdup_printf ("(index .Values.cronJobs \"%s\").enabled",
                              podlift_manifest_get_id (m) + strlen ("cronjob-"));
    case PODLIFT_RESOURCE_NAMESPACE:
    case PODLIFT_RESOURCE_SERVICE_ACCOUNT:
    case PODLIFT_RESOURCE_CONFIG_MAP:
    case PODLIFT_RESOURCE_SECRET:
    case PODLIFT_RESOURCE_CONFIG_FILES:
    case PODLIFT_RESOURCE_PERSISTENT_VOLUME_CLAIM:
    case PODLIFT_RESOURCE_DEPLOYMENT:
    case PODLIFT_RESOURCE_STATEFUL_SET:
    case PODLIFT_RESOURCE_HEADLESS_SERVICE:
    case PODLIFT_RESOURCE_SERVICE:
    default:
      return NULL;
    }
}

/* The holes of one kind of resource, and its choices into values. */
static void
kind_holes (Chart           *chart,
            PodliftManifest *m,
            JsonObject      *root)
{
  JsonObject *spec = member_object (root, "spec");
  JsonObject *v = chart->values;
  g_autofree char *cron = NULL;

  switch (podlift_manifest_get_kind (m))
    {
    case PODLIFT_RESOURCE_DEPLOYMENT:
    case PODLIFT_RESOURCE_STATEFUL_SET:
      {
        JsonObject *pod = walk (root, (const char *[]) { "spec", "template", "spec" }, 3);
        JsonObject *c = container_of (pod);
        JsonObject *probes = podlift_gen_object (v, "probes");

        json_object_set_int_member (spec, "replicas", chart->ctx->replicas);
        hole (chart, spec, HOLE_UNLESS_HPA, FALSE, ".Values.replicaCount", "replicas", NULL);
        copy_value (v, "resources", c, "resources");
        copy_value (v, "podSecurityContext", pod, "securityContext");
        copy_value (v, "securityContext", c, "securityContext");
        copy_value (probes, "startup", c, "startupProbe");
        copy_value (probes, "liveness", c, "livenessProbe");
        copy_value (probes, "readiness", c, "readinessProbe");
        pod_holes (chart, root, "spec", "template", NULL);
      }
      break;

    case PODLIFT_RESOURCE_MIGRATION_JOB:
      migration_hook (chart, root);
      pod_holes (chart, root, "spec", "template", NULL);
      break;

    case PODLIFT_RESOURCE_CRON_JOB:
      cron = g_strdup_printf ("(index .Values.cronJobs \"%s\").schedule | quote",
                              podlift_manifest_get_id (m) + strlen ("cronjob-"));
      hole (chart, spec, HOLE_SCALAR, FALSE, cron, "schedule", NULL);
      pod_holes (chart, walk (root, (const char *[]) { "spec", "jobTemplate", "spec" }, 3),
                 "template", NULL, NULL);
      break;

    case PODLIFT_RESOURCE_CONFIG_MAP:
      copy_value (v, "config", root, "data");
      hole (chart, root, HOLE_BLOCK, FALSE, ".Values.config", "data", NULL);
      make_early_hook (root);
      break;

    case PODLIFT_RESOURCE_SECRET:
      copy_value (v, "secrets", root, "stringData");
      hole (chart, root, HOLE_BLOCK, FALSE, ".Values.secrets", "stringData", NULL);
      make_early_hook (root);
      break;

    case PODLIFT_RESOURCE_CONFIG_FILES:
    case PODLIFT_RESOURCE_SERVICE_ACCOUNT:
      make_early_hook (root);
      break;

    case PODLIFT_RESOURCE_SERVICE:
      hole (chart, spec, HOLE_SCALAR, FALSE, ".Values.service.port", "ports", "0", "port", NULL);
      break;

    case PODLIFT_RESOURCE_INGRESS:
      hole (chart, spec, HOLE_SCALAR, FALSE, ".Values.ingress.className", "ingressClassName", NULL);
      hole (chart, spec, HOLE_SCALAR, FALSE, ".Values.ingress.host | quote", "rules", "0", "host", NULL);
      hole (chart, spec, HOLE_SCALAR, FALSE, ".Values.ingress.host | quote", "tls", "0", "hosts", "0", NULL);
      hole (chart, spec, HOLE_SCALAR, FALSE, ".Values.ingress.tlsSecret", "tls", "0", "secretName", NULL);
      hole (chart, root, HOLE_BLOCK, FALSE, ".Values.ingress.annotations", "metadata", "annotations", NULL);
      break;

    case PODLIFT_RESOURCE_HORIZONTAL_POD_AUTOSCALER:
      hole (chart, spec, HOLE_SCALAR, FALSE, ".Values.autoscaling.minReplicas", "minReplicas", NULL);
      hole (chart, spec, HOLE_SCALAR, FALSE, ".Values.autoscaling.maxReplicas", "maxReplicas", NULL);
      hole (chart, spec, HOLE_SCALAR, FALSE, ".Values.autoscaling.targetCPUUtilizationPercentage",
            "metrics", "0", "resource", "target", "averageUtilization", NULL);
      hole (chart, spec, HOLE_SCALAR, FALSE, ".Values.autoscaling.targetMemoryUtilizationPercentage",
            "metrics", "1", "resource", "target", "averageUtilization", NULL);
      break;

    case PODLIFT_RESOURCE_POD_DISRUPTION_BUDGET:
      hole (chart, spec, HOLE_SCALAR, FALSE, ".Values.podDisruptionBudget.minAvailable", "minAvailable", NULL);
      hole (chart, spec, HOLE_SCALAR, FALSE, ".Values.podDisruptionBudget.maxUnavailable", "maxUnavailable", NULL);
      break;

    case PODLIFT_RESOURCE_PERSISTENT_VOLUME_CLAIM:
      {
        JsonObject *persistence = json_object_get_object_member (v, "persistence");
        g_autofree char *size = g_strdup_printf ("(index .Values.persistence \"%s\").size",
                                                 podlift_manifest_get_id (m) + strlen ("pvc-"));
        JsonObject *claim = podlift_gen_object (persistence, podlift_manifest_get_id (m) + strlen ("pvc-"));

        copy_value (claim, "size", walk (root, (const char *[]) { "spec", "resources", "requests" }, 3),
                    "storage");
        hole (chart, spec, HOLE_SCALAR, FALSE, size, "resources", "requests", "storage", NULL);
      }
      break;

    case PODLIFT_RESOURCE_NAMESPACE:
    case PODLIFT_RESOURCE_HEADLESS_SERVICE:
    case PODLIFT_RESOURCE_BACKEND_CONFIG:
    default:
      break;
    }
}

static char *
template_of (Chart           *chart,
             PodliftManifest *m)
{
  g_autoptr(JsonNode) doc = NULL;
  g_autofree char *yaml = NULL;
  g_autofree char *body = NULL;
  g_autofree char *condition = condition_of (chart, m);
  g_autoptr(GPtrArray) docs = NULL;

  /* A copy of its own to put holes in (json_node_copy would share the
   * objects): read back from the text already written. */
  docs = podlift_yaml_parse (podlift_manifest_get_generated_text (m), -1, "template", NULL);
  doc = json_node_ref (podlift_yaml_document_get_root (g_ptr_array_index (docs, 0)));

  common_holes (chart, json_node_get_object (doc));
  kind_holes (chart, m, json_node_get_object (doc));
  yaml = podlift_yaml_emit_node (doc);
  body = fill_holes (chart, yaml);

  if (condition != NULL)
    return g_strdup_printf ("{{- if %s }}\n%s{{- end }}\n", condition, body);
  return g_steal_pointer (&body);
}

/* values.yaml: what the templates ask for, with the model's choices. */
static void
base_values (Chart *chart)
{
  PodliftRenderContext *ctx = chart->ctx;
  PodliftManifestSet *set = podlift_project_get_manifests (ctx->project);
  PodliftManifest *ingress = podlift_manifests_find (ctx->manifests, "ingress");
  JsonObject *v = chart->values;
  JsonObject *o;

  o = podlift_gen_object (v, "image");
  podlift_gen_string (o, "repository", ctx->image);
  podlift_gen_string (o, "tag", ctx->tag);
  podlift_gen_string (o, "pullPolicy", "IfNotPresent");
  podlift_gen_int (v, "replicaCount", ctx->replicas);
  podlift_gen_int (podlift_gen_object (v, "service"), "port", 80);

  o = podlift_gen_object (v, "ingress");
  podlift_gen_bool (o, "enabled", ingress != NULL && podlift_manifest_get_enabled (ingress));
  if (ingress != NULL)
    {
      JsonObject *doc = json_node_get_object (podlift_manifest_get_document (ingress));
      JsonObject *spec = json_object_get_object_member (doc, "spec");
      JsonObject *tls = json_array_get_object_element (json_object_get_array_member (spec, "tls"), 0);

      if (json_object_has_member (spec, "ingressClassName"))
        podlift_gen_string (o, "className", json_object_get_string_member (spec, "ingressClassName"));
      podlift_gen_string (o, "host", ctx->host);
      podlift_gen_string (o, "tlsSecret", json_object_get_string_member (tls, "secretName"));
      copy_value (o, "annotations", json_object_get_object_member (doc, "metadata"), "annotations");
    }

  o = podlift_gen_object (v, "autoscaling");
  podlift_gen_bool (o, "enabled", podlift_manifest_set_get_hpa_enabled (set));
  podlift_gen_int (o, "minReplicas", MAX (1, ctx->min_replicas));
  podlift_gen_int (o, "maxReplicas", MAX (MAX (1, ctx->min_replicas), ctx->max_replicas));
  podlift_gen_int (o, "targetCPUUtilizationPercentage",
                   MAX (1, podlift_manifest_set_get_cpu_target_percent (set)));
  podlift_gen_int (o, "targetMemoryUtilizationPercentage",
                   MAX (1, podlift_manifest_set_get_memory_target_percent (set)));

  o = podlift_gen_object (v, "podDisruptionBudget");
  podlift_gen_bool (o, "enabled", podlift_manifest_set_get_pdb_enabled (set));
  podlift_gen_object (v, "persistence");
  podlift_gen_bool (podlift_gen_object (v, "migration"), "enabled",
                    podlift_manifest_set_get_resource_enabled (set, "migration-job"));
  podlift_gen_object (v, "cronJobs");
}

static void
resource_values (Chart *chart)
{
  JsonObject *v = chart->values;
  JsonObject *pdb = json_object_get_object_member (v, "podDisruptionBudget");
  JsonObject *crons = json_object_get_object_member (v, "cronJobs");

  for (guint k = 0; k < chart->ctx->manifests->len; k++)
    {
      PodliftManifest *m = g_ptr_array_index (chart->ctx->manifests, k);
      JsonObject *doc = json_node_get_object (podlift_manifest_get_document (m));
      JsonObject *spec = member_object (doc, "spec");

      if (podlift_manifest_get_kind (m) == PODLIFT_RESOURCE_POD_DISRUPTION_BUDGET)
        {
          copy_value (pdb, "minAvailable", spec, "minAvailable");
          copy_value (pdb, "maxUnavailable", spec, "maxUnavailable");
        }
      else if (podlift_manifest_get_kind (m) == PODLIFT_RESOURCE_CRON_JOB)
        {
          JsonObject *cron = podlift_gen_object (crons, podlift_manifest_get_id (m) + strlen ("cronjob-"));
          podlift_gen_bool (cron, "enabled", podlift_manifest_get_enabled (m));
          copy_value (cron, "schedule", spec, "schedule");
        }
    }
}

static char *
helpers (const char *app)
{
  return g_strdup_printf ("{{/*\n"
                          "Chart name and version, for the helm.sh/chart label.\n"
                          "*/}}\n"
                          "{{- define \"%s.chart\" -}}\n"
                          "{{- printf \"%%s-%%s\" .Chart.Name .Chart.Version | replace \"+\" \"_\" | trunc 63 | trimSuffix \"-\" }}\n"
                          "{{- end }}\n",
                          app);
}

static char *
notes (PodliftRenderContext *ctx)
{
  return g_strdup_printf ("%s {{ .Values.image.tag }} is installed in {{ .Release.Namespace }}.\n"
                          "\n"
                          "{{- if .Values.ingress.enabled }}\n"
                          "It answers at https://{{ .Values.ingress.host }}/ once DNS points at the ingress.\n"
                          "{{- else }}\n"
                          "Try it: kubectl -n {{ .Release.Namespace }} port-forward service/%s 8080:{{ .Values.service.port }}\n"
                          "{{- end }}\n"
                          "\n"
                          "The configuration, the secrets and the migration job are install and\n"
                          "upgrade hooks: they exist before the migration runs, and \"helm uninstall\"\n"
                          "leaves the ConfigMap and Secret in place. Secret values in values.yaml are\n"
                          "placeholders: give the real ones with --set-file or a values file kept\n"
                          "out of the repository.\n",
                          ctx->app, ctx->app);
}

static JsonObject *
chart_yaml (PodliftRenderContext *ctx)
{
  JsonObject *c = json_object_new ();
  const char *description = podlift_app_profile_get_description (podlift_project_get_profile (ctx->project));
  g_autofree char *summary = NULL;

  if (description == NULL || *description == '\0')
    description = "Moved to Kubernetes with Podlift";
  summary = g_strndup (description, strcspn (description, "\n"));

  podlift_gen_string (c, "apiVersion", "v2");
  podlift_gen_string (c, "name", ctx->app);
  podlift_gen_string (c, "description", summary);
  podlift_gen_string (c, "type", "application");
  podlift_gen_string (c, "version", "0.1.0");
  podlift_gen_string (c, "appVersion", ctx->tag);
  return c;
}

void
podlift_render_helm (PodliftRenderContext *ctx,
                     GPtrArray            *files)
{
  Chart chart = { .ctx = ctx };
  g_autofree char *dir = g_strdup_printf ("chart/%s", ctx->app);

  chart.holes = g_ptr_array_new_with_free_func ((GDestroyNotify) hole_free);
  chart.values = json_object_new ();
  base_values (&chart);
  resource_values (&chart);

  podlift_render_add_node (files, g_strdup_printf ("%s/Chart.yaml", dir), chart_yaml (ctx));
  podlift_render_add (files, g_strdup_printf ("%s/.helmignore", dir),
                      g_strdup (".git/\n*.swp\n*.bak\n*.orig\n"));
  podlift_render_add (files, g_strdup_printf ("%s/templates/_helpers.tpl", dir), helpers (ctx->app));
  podlift_render_add (files, g_strdup_printf ("%s/templates/NOTES.txt", dir), notes (ctx));

  for (guint k = 0; k < ctx->manifests->len; k++)
    {
      PodliftManifest *m = g_ptr_array_index (ctx->manifests, k);
      g_autofree char *condition = condition_of (&chart, m);
      char *text;

      /* Helm installs into the release's namespace. */
      if (podlift_manifest_get_kind (m) == PODLIFT_RESOURCE_NAMESPACE)
        continue;
      /* Switched off in the model: left out unless values say so. */
      if (!podlift_manifest_get_enabled (m) && condition == NULL)
        continue;

      text = podlift_manifest_get_customised (m) ? g_strdup (podlift_manifest_get_text (m))
                                                 : template_of (&chart, m);
      podlift_render_add (files, g_strdup_printf ("%s/templates/%s", dir, podlift_manifest_get_file_name (m)),
                          text);
    }

  /* values.yaml is complete only now; it goes after Chart.yaml. */
  podlift_render_add_node (files, g_strdup_printf ("%s/values.yaml", dir), chart.values);
  g_ptr_array_insert (files, 1, g_ptr_array_steal_index (files, files->len - 1));

  g_ptr_array_unref (chart.holes);
}
