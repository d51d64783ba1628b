/* podlift-manifest-checks.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-manifest-checks"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "podlift-diagnostic-private.h"
#include "podlift-manifest-checks-private.h"

/* The table of checks, the objects of a bundle, the opt-out annotations
 * and the report of a finding. The checks themselves are in
 * podlift-manifest-checks-containers.c (one container at a time),
 * -links.c (one object against the others) and -secrets.c. */

#define REFS(...) ((const char * const []) { __VA_ARGS__, NULL })

const PodliftManifestCheck podlift_manifest_checks[PODLIFT_N_CHECKS] = {
  [PODLIFT_CHECK_CONTAINER_RESOURCES] = {
    "container-resources", PODLIFT_SEVERITY_ERROR,
    REFS ("kube-linter:unset-cpu-requirements", "kube-linter:unset-memory-requirements",
          "polaris:cpuRequestsMissing", "polaris:cpuLimitsMissing",
          "polaris:memoryRequestsMissing", "polaris:memoryLimitsMissing"),
    /* Translators: explanation of a Kubernetes manifest check */
    N_("Without requests, the scheduler does not know how much CPU and memory the "
       "container needs, and may place it on a node where it cannot run. Without "
       "limits, one container can starve the others on its node. Set "
       "resources.requests and resources.limits for cpu and memory on every container."),
  },
  [PODLIFT_CHECK_CONTAINER_IMAGE_TAG] = {
    "container-image-tag", PODLIFT_SEVERITY_ERROR,
    REFS ("kube-linter:latest-tag", "polaris:tagNotSpecified"),
    /* Translators: explanation of a Kubernetes manifest check */
    N_("An image without a tag, or tagged latest, changes under the pods: two replicas "
       "may run different code, and a restart can pull an untested version. Use a "
       "fixed tag (or a digest) that names one build."),
  },
  [PODLIFT_CHECK_CONTAINER_IMAGE_PULL_POLICY] = {
    "container-image-pull-policy", PODLIFT_SEVERITY_ERROR,
    REFS ("polaris:pullPolicyNotAlways"),
    /* Translators: explanation of a Kubernetes manifest check */
    N_("With imagePullPolicy Always, the kubelet checks the registry on every start, so "
       "the pod runs the image the tag names now and the pull secrets are verified. "
       "With IfNotPresent (the default for a tagged image), a node may run a stale "
       "copy of a retagged image."),
  },
  [PODLIFT_CHECK_CONTAINER_USER_GROUP_ID] = {
    "container-security-context-user-group-id", PODLIFT_SEVERITY_ERROR,
    REFS ("kube-linter:run-as-non-root", "polaris:runAsRootAllowed"),
    /* Translators: explanation of a Kubernetes manifest check */
    N_("A container that runs as root, or as a low user or group id shared with users "
       "of the node, gives a flaw in the application more power. Set "
       "securityContext.runAsUser and runAsGroup to ids of 10000 or more, on the pod "
       "or on each container."),
  },
  [PODLIFT_CHECK_CONTAINER_READ_ONLY_ROOT_FS] = {
    "container-security-context-readonlyrootfilesystem", PODLIFT_SEVERITY_ERROR,
    REFS ("kube-linter:no-read-only-root-fs", "polaris:notReadOnlyRootFilesystem"),
    /* Translators: explanation of a Kubernetes manifest check */
    N_("A writable root filesystem lets an attacker change the application's files, and "
       "hides writes that are lost when the pod restarts. Set "
       "securityContext.readOnlyRootFilesystem to true and mount an emptyDir or a "
       "volume where the application must write (/tmp, caches, uploads)."),
  },
  [PODLIFT_CHECK_POD_PROBES] = {
    "pod-probes", PODLIFT_SEVERITY_ERROR,
    REFS ("kube-linter:no-readiness-probe", "kube-linter:no-liveness-probe",
          "polaris:readinessProbeMissing", "polaris:livenessProbeMissing"),
    /* Translators: explanation of a Kubernetes manifest check */
    N_("A Service sends traffic to these pods. Without a readinessProbe they receive "
       "requests before they have started, and a failing new version takes traffic "
       "during a rollout. A livenessProbe restarts a container that hangs without "
       "exiting."),
  },
  [PODLIFT_CHECK_POD_PROBES_IDENTICAL] = {
    "pod-probes-identical", PODLIFT_SEVERITY_ERROR,
    NULL,
    /* Translators: explanation of a Kubernetes manifest check */
    N_("When readiness and liveness check the same thing, a slow dependency makes the "
       "pods both leave the Service and restart, so an overload turns into an outage. "
       "Readiness should say whether the pod can serve now; liveness only whether the "
       "process is stuck, or be left out."),
  },
  [PODLIFT_CHECK_DEPLOYMENT_HAS_PDB] = {
    "deployment-has-poddisruptionbudget", PODLIFT_SEVERITY_ERROR,
    REFS ("polaris:missingPodDisruptionBudget"),
    /* Translators: explanation of a Kubernetes manifest check */
    N_("Without a PodDisruptionBudget, draining nodes for maintenance or an upgrade may "
       "evict every replica at once. Add a PodDisruptionBudget whose selector matches "
       "the pods, with minAvailable or maxUnavailable."),
  },
  [PODLIFT_CHECK_STATEFULSET_HAS_PDB] = {
    "statefulset-has-poddisruptionbudget", PODLIFT_SEVERITY_ERROR,
    REFS ("polaris:missingPodDisruptionBudget"),
    /* Translators: explanation of a Kubernetes manifest check */
    N_("Without a PodDisruptionBudget, draining nodes for maintenance or an upgrade may "
       "evict every replica at once. Add a PodDisruptionBudget whose selector matches "
       "the pods, with minAvailable or maxUnavailable."),
  },
  [PODLIFT_CHECK_DEPLOYMENT_HAS_ANTI_AFFINITY] = {
    "deployment-has-host-podantiaffinity", PODLIFT_SEVERITY_WARNING,
    REFS ("kube-linter:no-anti-affinity"),
    /* Translators: explanation of a Kubernetes manifest check */
    N_("Nothing stops the scheduler from placing every replica on the same node, which "
       "then takes the whole application down when it fails. Add a podAntiAffinity on "
       "kubernetes.io/hostname whose selector matches the pods' own labels."),
  },
  [PODLIFT_CHECK_STATEFULSET_HAS_ANTI_AFFINITY] = {
    "statefulset-has-host-podantiaffinity", PODLIFT_SEVERITY_WARNING,
    REFS ("kube-linter:no-anti-affinity"),
    /* Translators: explanation of a Kubernetes manifest check */
    N_("Nothing stops the scheduler from placing every replica on the same node, which "
       "then takes the whole application down when it fails. Add a podAntiAffinity on "
       "kubernetes.io/hostname whose selector matches the pods' own labels."),
  },
  [PODLIFT_CHECK_PDB_SELECTOR] = {
    "poddisruptionbudget-selector", PODLIFT_SEVERITY_ERROR,
    NULL,
    /* Translators: explanation of a Kubernetes manifest check */
    N_("A PodDisruptionBudget protects only the pods its selector matches. This one "
       "matches none of the pods of these manifests, so it protects nothing: make its "
       "matchLabels the labels of the pod template."),
  },
  [PODLIFT_CHECK_SERVICE_TARGETS_POD] = {
    "service-targets-pod", PODLIFT_SEVERITY_ERROR,
    REFS ("kube-linter:dangling-service"),
    /* Translators: explanation of a Kubernetes manifest check */
    N_("A Service sends traffic to the pods whose labels match its selector. No pod "
       "template of these manifests has these labels, so the Service has no endpoints "
       "and every request to it fails."),
  },
  [PODLIFT_CHECK_INGRESS_TARGETS_SERVICE] = {
    "ingress-targets-service", PODLIFT_SEVERITY_ERROR,
    REFS ("kube-linter:dangling-ingress"),
    /* Translators: explanation of a Kubernetes manifest check */
    N_("The Ingress sends this path to a Service, or a port of it, that is not in these "
       "manifests: requests to it get 503 errors. Name an existing Service and one of "
       "its ports."),
  },
  [PODLIFT_CHECK_HPA_HAS_TARGET] = {
    "horizontalpodautoscaler-has-target", PODLIFT_SEVERITY_ERROR,
    REFS ("kube-linter:dangling-horizontalpodautoscaler"),
    /* Translators: explanation of a Kubernetes manifest check */
    N_("The HorizontalPodAutoscaler scales the object its scaleTargetRef names "
       "(apiVersion, kind and name). None of these manifests is that object, so "
       "nothing is scaled."),
  },
  [PODLIFT_CHECK_STATEFULSET_HAS_SERVICE_NAME] = {
    "statefulset-has-servicename", PODLIFT_SEVERITY_ERROR,
    NULL,
    /* Translators: explanation of a Kubernetes manifest check */
    N_("A StatefulSet's pods get their stable network names (db-0.db) from the headless "
       "Service its serviceName names. That Service must exist, have clusterIP: None, "
       "and select the StatefulSet's pods."),
  },
  [PODLIFT_CHECK_DEPLOYMENT_HPA_REPLICAS] = {
    "deployment-targeted-by-hpa-does-not-have-replicas-configured", PODLIFT_SEVERITY_ERROR,
    NULL,
    /* Translators: explanation of a Kubernetes manifest check */
    N_("A HorizontalPodAutoscaler sets this Deployment's replicas. A fixed "
       "spec.replicas resets them on every kubectl apply, scaling the application "
       "down under load until the autoscaler reacts. Remove spec.replicas."),
  },
  [PODLIFT_CHECK_SECRET_VALUES] = {
    "podlift-secret-values", PODLIFT_SEVERITY_ERROR,
    NULL,
    /* Translators: explanation of a Kubernetes manifest check */
    N_("Manifests are committed, reviewed and copied; a real password, token or key in "
       "a Secret manifest is readable by everyone who sees them (base64 is not "
       "encryption). Keep a placeholder here and create the Secret from a file that "
       "is not committed, or use a secret manager."),
  },
  [PODLIFT_CHECK_PROBE_PATH] = {
    "podlift-probe-path", PODLIFT_SEVERITY_ERROR,
    NULL,
    /* Translators: explanation of a Kubernetes manifest check */
    N_("The probe asks for a path that the application does not serve, according to "
       "the answers: it gets 404, so the pod never becomes ready, or is restarted "
       "over and over. Point the probe at the application's health endpoint."),
  },
};

/* Typed access */

JsonObject *
podlift_manifest_get_object (JsonObject *object,
                             const char *member)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

JsonArray *
podlift_manifest_get_array (JsonObject *object,
                            const char *member)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

const char *
podlift_manifest_get_string (JsonObject *object,
                             const char *member)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

gboolean
podlift_manifest_get_int (JsonObject *object,
                          const char *member,
                          gint64     *value)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_INT64)
    return FALSE;

  *value = json_node_get_int (node);

  return TRUE;
}

JsonObject *
podlift_manifest_array_object (JsonArray *array,
                               guint      index)
{
  JsonNode *node;

  if (array == NULL || index >= json_array_get_length (array))
    return NULL;

  node = json_array_get_element (array, index);

  return JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

guint
podlift_manifest_key_line (const PodliftManifestObject *self,
                           JsonObject                  *object,
                           const char                  *member,
                           const char                  *fallback)
{
  guint line = 0;

  if (object == NULL)
    return 0;
  if (member != NULL)
    line = podlift_yaml_document_get_key_line (self->document, object, member);
  if (line == 0 && fallback != NULL)
    line = podlift_yaml_document_get_key_line (self->document, object, fallback);

  return line;
}

guint
podlift_manifest_node_line (const PodliftManifestObject *self,
                            JsonNode                    *node)
{
  return node != NULL ? podlift_yaml_document_get_node_line (self->document, node) : 0;
}

/* Matching */

gboolean
podlift_manifest_same_namespace (const PodliftManifestObject *a,
                                 const PodliftManifestObject *b)
{
  return a->namespace == NULL || b->namespace == NULL || g_str_equal (a->namespace, b->namespace);
}

gboolean
podlift_manifest_map_matches (JsonObject *selector,
                              JsonObject *labels)
{
  JsonObjectIter iter;
  const char *key;
  JsonNode *value;

  json_object_iter_init (&iter, selector);
  while (json_object_iter_next (&iter, &key, &value))
    {
      JsonNode *label = labels != NULL ? json_object_get_member (labels, key) : NULL;

      if (label == NULL || !json_node_equal (label, value))
        return FALSE;
    }

  return TRUE;
}

static gboolean
array_has_value (JsonArray *values,
                 JsonNode  *value)
{
  for (guint i = 0; values != NULL && i < json_array_get_length (values); i++)
    if (json_node_equal (json_array_get_element (values, i), value))
      return TRUE;

  return FALSE;
}

/* One of matchExpressions: In, NotIn, Exists, DoesNotExist. */
static gboolean
expression_matches (JsonObject *expression,
                    JsonObject *labels)
{
  const char *key = podlift_manifest_get_string (expression, "key");
  const char *op = podlift_manifest_get_string (expression, "operator");
  JsonArray *values = podlift_manifest_get_array (expression, "values");
  JsonNode *label;

  if (key == NULL || op == NULL)
    return FALSE;

  label = labels != NULL ? json_object_get_member (labels, key) : NULL;
  if (g_str_equal (op, "In"))
    return label != NULL && array_has_value (values, label);
  if (g_str_equal (op, "NotIn"))
    return label == NULL || !array_has_value (values, label);
  if (g_str_equal (op, "Exists"))
    return label != NULL;
  if (g_str_equal (op, "DoesNotExist"))
    return label == NULL;

  return FALSE;
}

gboolean
podlift_manifest_selector_matches (JsonObject *selector,
                                   JsonObject *labels)
{
  JsonObject *match_labels;
  JsonArray *expressions;

  if (selector == NULL)
    return FALSE;

  match_labels = podlift_manifest_get_object (selector, "matchLabels");
  if (match_labels != NULL && !podlift_manifest_map_matches (match_labels, labels))
    return FALSE;

  expressions = podlift_manifest_get_array (selector, "matchExpressions");
  for (guint i = 0; expressions != NULL && i < json_array_get_length (expressions); i++)
    {
      JsonNode *node = json_array_get_element (expressions, i);

      if (!JSON_NODE_HOLDS_OBJECT (node) ||
          !expression_matches (json_node_get_object (node), labels))
        return FALSE;
    }

  return TRUE;
}

/* Opting out */

static gboolean
annotation_is_true (JsonObject *annotations,
                    const char *key)
{
  JsonNode *node = json_object_get_member (annotations, key);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  if (json_node_get_value_type (node) == G_TYPE_BOOLEAN)
    return json_node_get_boolean (node);
  if (json_node_get_value_type (node) == G_TYPE_STRING)
    return g_ascii_strcasecmp (json_node_get_string (node), "true") == 0;

  return FALSE;
}

/* kube-score/ignore: a comma-separated list of check ids, or "*". */
static gboolean
kube_score_ignores (JsonObject *annotations,
                    const char *code)
{
  const char *list;
  g_auto(GStrv) ids = NULL;

  if (annotations == NULL)
    return FALSE;
  if (annotation_is_true (annotations, "kube-score/skip"))
    return TRUE;
  if (!(list = podlift_manifest_get_string (annotations, "kube-score/ignore")))
    return FALSE;

  ids = g_strsplit (list, ",", -1);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_strstrip (ids[i]);
      if (g_str_equal (ids[i], code) || g_str_equal (ids[i], "*"))
        return TRUE;
    }

  return FALSE;
}

static gboolean
ref_exempt (JsonObject *annotations,
            const char *ref)
{
  g_autofree char *key = NULL;

  if (g_str_has_prefix (ref, "kube-linter:"))
    {
      if (json_object_has_member (annotations, "kube-linter.io/ignore-all"))
        return TRUE;
      key = g_strconcat ("ignore-check.kube-linter.io/", ref + strlen ("kube-linter:"), NULL);
      return json_object_has_member (annotations, key);
    }

  if (g_str_has_prefix (ref, "polaris:"))
    {
      if (annotation_is_true (annotations, "polaris.fairwinds.com/exempt"))
        return TRUE;
      key = g_strconcat ("polaris.fairwinds.com/", ref + strlen ("polaris:"), "-exempt", NULL);
      return annotation_is_true (annotations, key);
    }

  return FALSE;
}

/* kube-score reads its annotations on the object and on its pod
 * template; kube-linter and Polaris on the object. */
static gboolean
opts_out (const PodliftManifestObject *object,
          const char                  *code,
          const char * const          *refs)
{
  if (kube_score_ignores (object->annotations, code) ||
      kube_score_ignores (object->pod_annotations, code))
    return TRUE;

  for (guint i = 0; object->annotations != NULL && refs != NULL && refs[i] != NULL; i++)
    if (ref_exempt (object->annotations, refs[i]))
      return TRUE;

  return FALSE;
}

/* Reporting */

static guint
object_line (const PodliftManifestObject *object)
{
  JsonObject *metadata = podlift_manifest_get_object (object->object, "metadata");
  guint line = podlift_manifest_key_line (object, metadata, "name", NULL);

  if (line == 0)
    line = podlift_manifest_key_line (object, object->object, "kind", "metadata");
  if (line == 0)
    line = podlift_yaml_document_get_line (object->document);

  return line;
}

void
podlift_manifest_report (PodliftManifestChecker      *checker,
                         const PodliftManifestObject *object,
                         PodliftCheckId               check,
                         PodliftSeverity              severity,
                         const char * const          *refs,
                         guint                        line,
                         const char                  *format,
                         ...)
{
  const PodliftManifestCheck *info = &podlift_manifest_checks[check];
  g_autofree char *message = NULL;
  PodliftDiagnostic *diagnostic;
  PodliftRange range;
  va_list args;

  if (refs == NULL)
    refs = info->refs;
  if (opts_out (object, info->code, refs))
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (line == 0)
    line = object_line (object);
  range.start.line = range.end.line = line;
  range.start.column = range.end.column = 1;

  diagnostic = podlift_diagnostic_new_borrowed (info->code, severity, message, TRUE,
                                                line, 1, &range, object->file,
                                                info->explanation);
  podlift_diagnostic_set_object (diagnostic, object->ref);
  podlift_diagnostic_set_refs (diagnostic, refs);
  g_ptr_array_add (checker->diagnostics, diagnostic);
  if (checker->tags != NULL)
    g_array_append_val (checker->tags, object->tag);
}

/* The objects */

static void
object_free (gpointer data)
{
  PodliftManifestObject *object = data;

  g_clear_pointer (&object->file, g_ref_string_release);
  g_free (object->ref);
  g_free (object);
}

static const char *
string_or_empty (JsonObject *object,
                 const char *member)
{
  const char *value = podlift_manifest_get_string (object, member);

  return value != NULL ? value : "";
}

/* The pod template of the kinds that run pods. */
static void
find_pod (PodliftManifestObject *self)
{
  const char *kind = self->kind;
  JsonObject *spec = podlift_manifest_get_object (self->object, "spec");
  JsonObject *template = NULL;
  JsonObject *metadata;

  if (g_str_equal (kind, "Pod"))
    {
      self->pod_spec = spec;
      metadata = podlift_manifest_get_object (self->object, "metadata");
    }
  else
    {
      if (g_str_equal (kind, "CronJob"))
        spec = podlift_manifest_get_object (podlift_manifest_get_object (spec, "jobTemplate"),
                                            "spec");
      else if (!g_str_equal (kind, "Deployment") && !g_str_equal (kind, "StatefulSet") &&
               !g_str_equal (kind, "DaemonSet") && !g_str_equal (kind, "ReplicaSet") &&
               !g_str_equal (kind, "ReplicationController") && !g_str_equal (kind, "Job"))
        return;

      template = podlift_manifest_get_object (spec, "template");
      self->pod_spec = podlift_manifest_get_object (template, "spec");
      metadata = podlift_manifest_get_object (template, "metadata");
    }

  self->pod_labels = podlift_manifest_get_object (metadata, "labels");
  self->pod_annotations = podlift_manifest_get_object (metadata, "annotations");
}

static void
add_object (GPtrArray           *objects,
            PodliftYamlDocument *document,
            JsonNode            *node,
            const char          *file,
            guint                tag)
{
  PodliftManifestObject *self;
  JsonObject *metadata;
  JsonArray *items;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return;

  self = g_new0 (PodliftManifestObject, 1);
  self->document = document;
  self->file = file != NULL && file[0] != '\0' ? g_ref_string_new (file) : NULL;
  self->tag = tag;
  self->object = json_node_get_object (node);
  self->api_version = string_or_empty (self->object, "apiVersion");
  self->kind = string_or_empty (self->object, "kind");
  metadata = podlift_manifest_get_object (self->object, "metadata");
  self->name = string_or_empty (metadata, "name");
  self->namespace = podlift_manifest_get_string (metadata, "namespace");
  self->annotations = podlift_manifest_get_object (metadata, "annotations");
  self->ref = g_strconcat (self->kind, "/", self->name, NULL);
  find_pod (self);
  g_ptr_array_add (objects, self);

  /* kubectl reads the items of a List as objects of their own. */
  if (g_str_has_suffix (self->kind, "List") &&
      (items = podlift_manifest_get_array (self->object, "items")) != NULL)
    {
      for (guint i = 0; i < json_array_get_length (items); i++)
        add_object (objects, document, json_array_get_element (items, i), file, tag);
    }
}

void
podlift_manifest_checks_run_objects (PodliftManifestChecker *checker)
{
  for (guint i = 0; i < checker->objects->len; i++)
    {
      const PodliftManifestObject *object = g_ptr_array_index (checker->objects, i);

      if (object->kind[0] == '\0')
        continue;

      if (object->pod_spec != NULL)
        {
          podlift_manifest_check_containers (checker, object);
          podlift_manifest_check_pod_links (checker, object);
        }
      podlift_manifest_check_links (checker, object);
      podlift_manifest_check_secret (checker, object);
    }
}

void
podlift_manifest_checks_run_tagged (GPtrArray                         *documents,
                                    const char * const                *files,
                                    const guint                       *tags,
                                    const PodliftManifestCheckContext *context,
                                    GPtrArray                         *diagnostics,
                                    GArray                            *finding_tags)
{
  g_autoptr(GPtrArray) objects = g_ptr_array_new_with_free_func (object_free);
  PodliftManifestChecker checker = { objects, context, diagnostics, finding_tags };

  for (guint i = 0; i < documents->len; i++)
    {
      PodliftYamlDocument *document = g_ptr_array_index (documents, i);

      add_object (objects, document, podlift_yaml_document_get_root (document),
                  files != NULL ? files[i] : NULL, tags != NULL ? tags[i] : i);
    }

  podlift_manifest_checks_run_objects (&checker);
}

void
podlift_manifest_checks_run_files (GPtrArray                         *documents,
                                   const char * const                *files,
                                   const PodliftManifestCheckContext *context,
                                   GPtrArray                         *diagnostics)
{
  g_return_if_fail (documents != NULL);
  g_return_if_fail (diagnostics != NULL);

  podlift_manifest_checks_run_tagged (documents, files, NULL, context, diagnostics, NULL);
}

void
podlift_manifest_checks_run (GPtrArray                         *documents,
                             const char                        *file,
                             const PodliftManifestCheckContext *context,
                             GPtrArray                         *diagnostics)
{
  g_autofree const char **files = NULL;

  g_return_if_fail (documents != NULL);
  g_return_if_fail (diagnostics != NULL);

  files = g_new0 (const char *, documents->len + 1);
  for (guint i = 0; i < documents->len; i++)
    files[i] = file;

  podlift_manifest_checks_run_tagged (documents, files, NULL, context, diagnostics, NULL);
}

const char * const *
podlift_manifest_check_get_refs (const char *code)
{
  g_return_val_if_fail (code != NULL, NULL);

  for (guint i = 0; i < PODLIFT_N_CHECKS; i++)
    if (g_str_equal (podlift_manifest_checks[i].code, code))
      return podlift_manifest_checks[i].refs;

  return NULL;
}
