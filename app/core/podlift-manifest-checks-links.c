/* podlift-manifest-checks-links.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-manifest-checks"

#include "config.h"

#include "podlift-manifest-checks-private.h"

/* The checks of one object against the others of the bundle, with
 * kube-score's model: probes only for pods a Service targets, PDB and
 * anti-affinity skipped below 2 replicas (when replicas is set: unset
 * may mean an autoscaler), references matched within the namespace. */

#define REFS(...) ((const char * const []) { __VA_ARGS__, NULL })

#define OBJECT(checker, i) \
  ((const PodliftManifestObject *) g_ptr_array_index ((checker)->objects, (i)))

static gboolean
is_kind (const PodliftManifestObject *object,
         const char                  *kind)
{
  return g_str_equal (object->kind, kind);
}

static JsonObject *
spec_of (const PodliftManifestObject *object)
{
  return podlift_manifest_get_object (object->object, "spec");
}

/* "app=web, tier=front" */
static char *
describe_map (JsonObject *map)
{
  g_autoptr(GString) text = g_string_new (NULL);
  JsonObjectIter iter;
  const char *key;
  JsonNode *value;

  json_object_iter_init (&iter, map);
  while (json_object_iter_next (&iter, &key, &value))
    {
      g_autofree char *scalar = NULL;

      if (JSON_NODE_HOLDS_VALUE (value) && json_node_get_value_type (value) == G_TYPE_STRING)
        scalar = g_strdup (json_node_get_string (value));
      else
        scalar = json_to_string (value, FALSE);
      g_string_append_printf (text, "%s%s=%s", text->len > 0 ? ", " : "", key, scalar);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* A Service that sends traffic to @pod's pods. */
static gboolean
service_selects (const PodliftManifestObject *service,
                 const PodliftManifestObject *pod)
{
  JsonObject *spec = spec_of (service);
  JsonObject *selector = podlift_manifest_get_object (spec, "selector");
  const char *type = podlift_manifest_get_string (spec, "type");

  return is_kind (service, "Service") && podlift_manifest_same_namespace (service, pod) &&
         g_strcmp0 (type, "ExternalName") != 0 &&
         selector != NULL && json_object_get_size (selector) > 0 &&
         podlift_manifest_map_matches (selector, pod->pod_labels);
}

static gboolean
hpa_targets (const PodliftManifestObject *hpa,
             const PodliftManifestObject *object)
{
  JsonObject *ref = podlift_manifest_get_object (spec_of (hpa), "scaleTargetRef");
  const char *api_version = podlift_manifest_get_string (ref, "apiVersion");

  return is_kind (hpa, "HorizontalPodAutoscaler") && ref != NULL &&
         podlift_manifest_same_namespace (hpa, object) &&
         g_strcmp0 (podlift_manifest_get_string (ref, "kind"), object->kind) == 0 &&
         g_strcmp0 (podlift_manifest_get_string (ref, "name"), object->name) == 0 &&
         (api_version == NULL || g_str_equal (api_version, object->api_version));
}

static gboolean
any_container_has (JsonObject *pod_spec,
                   const char *member)
{
  static const char * const lists[] = { "initContainers", "containers" };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      JsonArray *containers = podlift_manifest_get_array (pod_spec, lists[l]);

      for (guint i = 0; containers != NULL && i < json_array_get_length (containers); i++)
        {
          JsonNode *node = json_array_get_element (containers, i);

          if (JSON_NODE_HOLDS_OBJECT (node) &&
              podlift_manifest_get_object (json_node_get_object (node), member) != NULL)
            return TRUE;
        }
    }

  return FALSE;
}

/* pod-probes: one readinessProbe in the pod (then one livenessProbe)
 * when a Service targets it; Jobs and CronJobs exempt. */
static void
check_probes (PodliftManifestChecker      *checker,
              const PodliftManifestObject *object)
{
  gboolean targeted = FALSE;
  guint line;

  if (is_kind (object, "Job") || is_kind (object, "CronJob"))
    return;

  for (guint i = 0; i < checker->objects->len && !targeted; i++)
    targeted = service_selects (OBJECT (checker, i), object);
  if (!targeted)
    return;

  line = podlift_manifest_key_line (object, object->pod_spec, "containers", NULL);
  if (!any_container_has (object->pod_spec, "readinessProbe"))
    podlift_manifest_report (checker, object, PODLIFT_CHECK_POD_PROBES, PODLIFT_SEVERITY_ERROR,
                             REFS ("kube-linter:no-readiness-probe",
                                   "polaris:readinessProbeMissing"),
                             line,
                             "A Service targets these pods, but no container has a "
                             "readinessProbe");
  else if (!any_container_has (object->pod_spec, "livenessProbe"))
    podlift_manifest_report (checker, object, PODLIFT_CHECK_POD_PROBES,
                             PODLIFT_SEVERITY_WARNING,
                             REFS ("kube-linter:no-liveness-probe",
                                   "polaris:livenessProbeMissing"),
                             line, "No container has a livenessProbe");
}

/* Whether kube-score skips the PDB and anti-affinity checks: replicas
 * set below 2. */
static gboolean
few_replicas (const PodliftManifestObject *object)
{
  gint64 replicas;

  return podlift_manifest_get_int (spec_of (object), "replicas", &replicas) && replicas < 2;
}

static void
check_disruption_budget (PodliftManifestChecker      *checker,
                         const PodliftManifestObject *object)
{
  gboolean deployment = is_kind (object, "Deployment");

  if (few_replicas (object))
    return;

  for (guint i = 0; i < checker->objects->len; i++)
    {
      const PodliftManifestObject *pdb = OBJECT (checker, i);

      if (is_kind (pdb, "PodDisruptionBudget") && podlift_manifest_same_namespace (pdb, object) &&
          podlift_manifest_selector_matches (podlift_manifest_get_object (spec_of (pdb),
                                                                          "selector"),
                                             object->pod_labels))
        return;
    }

  podlift_manifest_report (checker, object,
                           deployment ? PODLIFT_CHECK_DEPLOYMENT_HAS_PDB
                                      : PODLIFT_CHECK_STATEFULSET_HAS_PDB,
                           PODLIFT_SEVERITY_ERROR, NULL,
                           podlift_manifest_key_line (object, spec_of (object), "replicas", NULL),
                           "No PodDisruptionBudget matches the pods of this %s", object->kind);
}

static gboolean
spreads_over_hosts (const char *topology_key)
{
  static const char * const keys[] = {
    "kubernetes.io/hostname",
    "topology.kubernetes.io/zone",
    "topology.kubernetes.io/region",
    "failure-domain.beta.kubernetes.io/zone",
    "failure-domain.beta.kubernetes.io/region",
  };

  for (guint i = 0; topology_key != NULL && i < G_N_ELEMENTS (keys); i++)
    if (g_str_equal (topology_key, keys[i]))
      return TRUE;

  return FALSE;
}

/* A term of podAntiAffinity that keeps the pods apart. */
static gboolean
term_keeps_apart (JsonObject *term,
                  JsonObject *labels)
{
  return term != NULL &&
         spreads_over_hosts (podlift_manifest_get_string (term, "topologyKey")) &&
         podlift_manifest_selector_matches (podlift_manifest_get_object (term, "labelSelector"),
                                            labels);
}

static gboolean
has_anti_affinity (const PodliftManifestObject *object)
{
  JsonObject *affinity = podlift_manifest_get_object (object->pod_spec, "affinity");
  JsonObject *anti = podlift_manifest_get_object (affinity, "podAntiAffinity");
  JsonArray *preferred =
    podlift_manifest_get_array (anti, "preferredDuringSchedulingIgnoredDuringExecution");
  JsonArray *required =
    podlift_manifest_get_array (anti, "requiredDuringSchedulingIgnoredDuringExecution");

  for (guint i = 0; preferred != NULL && i < json_array_get_length (preferred); i++)
    {
      JsonObject *weighted = podlift_manifest_array_object (preferred, i);

      if (weighted != NULL &&
          term_keeps_apart (podlift_manifest_get_object (weighted, "podAffinityTerm"),
                            object->pod_labels))
        return TRUE;
    }

  for (guint i = 0; required != NULL && i < json_array_get_length (required); i++)
    if (term_keeps_apart (podlift_manifest_array_object (required, i), object->pod_labels))
      return TRUE;

  return FALSE;
}

static void
check_anti_affinity (PodliftManifestChecker      *checker,
                     const PodliftManifestObject *object)
{
  guint line;

  if (few_replicas (object) || has_anti_affinity (object))
    return;

  line = podlift_manifest_key_line (object, object->pod_spec, "affinity", NULL);
  if (line == 0)
    line = podlift_manifest_key_line (object, spec_of (object), "replicas", NULL);
  podlift_manifest_report (checker, object,
                           is_kind (object, "Deployment")
                             ? PODLIFT_CHECK_DEPLOYMENT_HAS_ANTI_AFFINITY
                             : PODLIFT_CHECK_STATEFULSET_HAS_ANTI_AFFINITY,
                           PODLIFT_SEVERITY_WARNING, NULL, line,
                           "%s does not have a host podAntiAffinity set", object->kind);
}

static void
check_hpa_replicas (PodliftManifestChecker      *checker,
                    const PodliftManifestObject *object)
{
  JsonObject *spec = spec_of (object);

  if (spec == NULL || !json_object_has_member (spec, "replicas"))
    return;

  for (guint i = 0; i < checker->objects->len; i++)
    {
      const PodliftManifestObject *hpa = OBJECT (checker, i);

      if (!hpa_targets (hpa, object))
        continue;

      podlift_manifest_report (checker, object, PODLIFT_CHECK_DEPLOYMENT_HPA_REPLICAS,
                               PODLIFT_SEVERITY_ERROR, NULL,
                               podlift_manifest_key_line (object, spec, "replicas", NULL),
                               "The HorizontalPodAutoscaler %s sets the replicas, but "
                               "spec.replicas is set too", hpa->name);
      return;
    }
}

void
podlift_manifest_check_pod_links (PodliftManifestChecker      *checker,
                                  const PodliftManifestObject *object)
{
  check_probes (checker, object);

  if (is_kind (object, "Deployment") || is_kind (object, "StatefulSet"))
    {
      check_disruption_budget (checker, object);
      check_anti_affinity (checker, object);
    }

  if (is_kind (object, "Deployment"))
    check_hpa_replicas (checker, object);
}

/* Objects that point at others */

static gboolean
selects_any_pod (PodliftManifestChecker      *checker,
                 const PodliftManifestObject *object,
                 JsonObject                  *selector,
                 gboolean                     label_selector)
{
  for (guint i = 0; i < checker->objects->len; i++)
    {
      const PodliftManifestObject *pod = OBJECT (checker, i);

      if (pod->pod_spec == NULL || !podlift_manifest_same_namespace (object, pod))
        continue;
      if (label_selector ? podlift_manifest_selector_matches (selector, pod->pod_labels)
                         : podlift_manifest_map_matches (selector, pod->pod_labels))
        return TRUE;
    }

  return FALSE;
}

static void
check_pdb_selector (PodliftManifestChecker      *checker,
                    const PodliftManifestObject *object)
{
  JsonObject *spec = spec_of (object);
  JsonObject *selector = podlift_manifest_get_object (spec, "selector");

  if (selector == NULL)
    podlift_manifest_report (checker, object, PODLIFT_CHECK_PDB_SELECTOR, PODLIFT_SEVERITY_ERROR,
                             NULL, podlift_manifest_key_line (object, object->object, "spec", NULL),
                             "The PodDisruptionBudget has no selector, so it matches no pods");
  else if (!selects_any_pod (checker, object, selector, TRUE))
    podlift_manifest_report (checker, object, PODLIFT_CHECK_PDB_SELECTOR, PODLIFT_SEVERITY_ERROR,
                             NULL, podlift_manifest_key_line (object, spec, "selector", NULL),
                             "The PodDisruptionBudget's selector matches no pod of these "
                             "manifests");
}

static void
check_service (PodliftManifestChecker      *checker,
               const PodliftManifestObject *object)
{
  JsonObject *spec = spec_of (object);
  JsonObject *selector = podlift_manifest_get_object (spec, "selector");
  g_autofree char *labels = NULL;

  /* Without a selector, the endpoints are managed by hand. */
  if (g_strcmp0 (podlift_manifest_get_string (spec, "type"), "ExternalName") == 0 ||
      selector == NULL || json_object_get_size (selector) == 0 ||
      selects_any_pod (checker, object, selector, FALSE))
    return;

  labels = describe_map (selector);
  podlift_manifest_report (checker, object, PODLIFT_CHECK_SERVICE_TARGETS_POD,
                           PODLIFT_SEVERITY_ERROR, NULL,
                           podlift_manifest_key_line (object, spec, "selector", NULL),
                           "The Service's selector (%s) matches no pod of these manifests",
                           labels);
}

static const PodliftManifestObject *
find_object (PodliftManifestChecker      *checker,
             const PodliftManifestObject *from,
             const char                  *kind,
             const char                  *name)
{
  for (guint i = 0; i < checker->objects->len; i++)
    {
      const PodliftManifestObject *object = OBJECT (checker, i);

      if (is_kind (object, kind) && g_str_equal (object->name, name) &&
          podlift_manifest_same_namespace (from, object))
        return object;
    }

  return NULL;
}

/* Whether @service has the port @port (a number or a port name); NULL
 * @port: any. */
static gboolean
service_has_port (const PodliftManifestObject *service,
                  JsonNode                    *port)
{
  JsonArray *ports = podlift_manifest_get_array (spec_of (service), "ports");

  if (port == NULL)
    return TRUE;

  for (guint i = 0; ports != NULL && i < json_array_get_length (ports); i++)
    {
      JsonObject *entry = podlift_manifest_array_object (ports, i);
      JsonNode *value = entry != NULL ? json_object_get_member (entry, "port") : NULL;
      JsonNode *name = entry != NULL ? json_object_get_member (entry, "name") : NULL;

      if ((value != NULL && json_node_equal (value, port)) ||
          (name != NULL && json_node_equal (name, port)))
        return TRUE;
    }

  return FALSE;
}

/* One backend: networking.k8s.io/v1 (service.name, service.port.number
 * or .name) or v1beta1 (serviceName, servicePort). */
static void
check_backend (PodliftManifestChecker      *checker,
               const PodliftManifestObject *object,
               JsonObject                  *backend)
{
  JsonObject *service_ref = podlift_manifest_get_object (backend, "service");
  JsonObject *at = service_ref != NULL ? service_ref : backend;
  const char *name_key = service_ref != NULL ? "name" : "serviceName";
  const char *name = podlift_manifest_get_string (at, name_key);
  JsonObject *port_ref = podlift_manifest_get_object (service_ref, "port");
  JsonNode *port = NULL;
  const PodliftManifestObject *service;
  g_autofree char *port_text = NULL;

  if (name == NULL)
    return;

  if (port_ref != NULL)
    port = json_object_get_member (port_ref, json_object_has_member (port_ref, "number")
                                               ? "number" : "name");
  else if (service_ref == NULL && backend != NULL)
    port = json_object_get_member (backend, "servicePort");

  service = find_object (checker, object, "Service", name);
  if (service != NULL && service_has_port (service, port))
    return;

  port_text = port != NULL && JSON_NODE_HOLDS_VALUE (port) ? json_to_string (port, FALSE) : NULL;
  podlift_manifest_report (checker, object, PODLIFT_CHECK_INGRESS_TARGETS_SERVICE,
                           PODLIFT_SEVERITY_ERROR, NULL,
                           podlift_manifest_key_line (object, at, name_key, NULL),
                           service == NULL ? "No Service “%s” is in these manifests%s%s"
                                           : "Service “%s” has no port%s%s",
                           name, port_text != NULL ? " " : "",
                           port_text != NULL ? port_text : "");
}

static void
check_ingress (PodliftManifestChecker      *checker,
               const PodliftManifestObject *object)
{
  JsonObject *spec = spec_of (object);
  JsonArray *rules = podlift_manifest_get_array (spec, "rules");

  check_backend (checker, object, podlift_manifest_get_object (spec, "defaultBackend"));
  check_backend (checker, object, podlift_manifest_get_object (spec, "backend"));

  for (guint r = 0; rules != NULL && r < json_array_get_length (rules); r++)
    {
      JsonObject *rule = podlift_manifest_array_object (rules, r);
      JsonArray *paths =
        podlift_manifest_get_array (podlift_manifest_get_object (rule, "http"), "paths");

      for (guint p = 0; paths != NULL && p < json_array_get_length (paths); p++)
        {
          JsonObject *path = podlift_manifest_array_object (paths, p);

          check_backend (checker, object, podlift_manifest_get_object (path, "backend"));
        }
    }
}

static void
check_hpa_target (PodliftManifestChecker      *checker,
                  const PodliftManifestObject *object)
{
  JsonObject *ref = podlift_manifest_get_object (spec_of (object), "scaleTargetRef");
  const char *kind = podlift_manifest_get_string (ref, "kind");
  const char *name = podlift_manifest_get_string (ref, "name");

  if (ref == NULL)
    return;

  for (guint i = 0; i < checker->objects->len; i++)
    if (hpa_targets (object, OBJECT (checker, i)))
      return;

  podlift_manifest_report (checker, object, PODLIFT_CHECK_HPA_HAS_TARGET, PODLIFT_SEVERITY_ERROR,
                           NULL, podlift_manifest_key_line (object, ref, "name", "kind"),
                           "The HorizontalPodAutoscaler's target %s/%s is not in these "
                           "manifests", kind != NULL ? kind : "", name != NULL ? name : "");
}

static void
check_service_name (PodliftManifestChecker      *checker,
                    const PodliftManifestObject *object)
{
  JsonObject *spec = spec_of (object);
  const char *name = podlift_manifest_get_string (spec, "serviceName");
  const PodliftManifestObject *service;
  const char *problem;

  if (name == NULL || name[0] == '\0')
    {
      podlift_manifest_report (checker, object, PODLIFT_CHECK_STATEFULSET_HAS_SERVICE_NAME,
                               PODLIFT_SEVERITY_ERROR, NULL,
                               podlift_manifest_key_line (object, object->object, "spec", NULL),
                               "The StatefulSet has no serviceName");
      return;
    }

  service = find_object (checker, object, "Service", name);
  if (service == NULL)
    problem = "is not in these manifests";
  else if (g_strcmp0 (podlift_manifest_get_string (spec_of (service), "clusterIP"), "None") != 0)
    problem = "is not headless (clusterIP: None)";
  else if (!service_selects (service, object))
    problem = "does not select the StatefulSet's pods";
  else
    return;

  podlift_manifest_report (checker, object, PODLIFT_CHECK_STATEFULSET_HAS_SERVICE_NAME,
                           PODLIFT_SEVERITY_ERROR, NULL,
                           podlift_manifest_key_line (object, spec, "serviceName", NULL),
                           "The serviceName Service “%s” %s", name, problem);
}

void
podlift_manifest_check_links (PodliftManifestChecker      *checker,
                              const PodliftManifestObject *object)
{
  if (is_kind (object, "PodDisruptionBudget"))
    check_pdb_selector (checker, object);
  else if (is_kind (object, "Service"))
    check_service (checker, object);
  else if (is_kind (object, "Ingress"))
    check_ingress (checker, object);
  else if (is_kind (object, "HorizontalPodAutoscaler"))
    check_hpa_target (checker, object);
  else if (is_kind (object, "StatefulSet") && object->pod_spec != NULL)
    check_service_name (checker, object);
}
