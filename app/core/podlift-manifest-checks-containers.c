/* podlift-manifest-checks-containers.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-manifest-checks"

#include "config.h"

#include <string.h>

#include "podlift-manifest-checks-private.h"

/* The checks of one container at a time, over the init containers and
 * the containers of a pod, as kube-score runs them: resources, image
 * tag and pull policy, user and group ids, read-only root filesystem,
 * identical probes; and the probe paths against the answers. */

static const char * const no_refs[] = { NULL };
static const char * const cpu_limit_refs[] = { "polaris:cpuLimitsMissing", NULL };
static const char * const memory_limit_refs[] = {
  "kube-linter:unset-memory-requirements", "polaris:memoryLimitsMissing", NULL
};
static const char * const cpu_request_refs[] = {
  "kube-linter:unset-cpu-requirements", "polaris:cpuRequestsMissing", NULL
};
static const char * const memory_request_refs[] = { "polaris:memoryRequestsMissing", NULL };

/* kube-score's minimum user and group id. */
#define MIN_ID 10000

typedef struct
{
  PodliftManifestChecker      *checker;
  const PodliftManifestObject *object;
  JsonObject                  *container;
  const char                  *name;
  guint                        line;        /* of the container */
} Container;

/* The line of @member of @at, else of @fallback of @fallback_at, else
 * the container's. */
static guint
line_of (const Container *c,
         JsonObject      *at,
         const char      *member,
         JsonObject      *fallback_at,
         const char      *fallback)
{
  guint line = podlift_manifest_key_line (c->object, at, member, NULL);

  if (line == 0)
    line = podlift_manifest_key_line (c->object, fallback_at, fallback, NULL);

  return line != 0 ? line : c->line;
}

/* Resources */

/* A quantity that is missing or zero is not set, as for kube-score. */
static gboolean
quantity_is_set (JsonObject *values,
                 const char *member)
{
  JsonNode *node = values != NULL ? json_object_get_member (values, member) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return g_ascii_strtod (json_node_get_string (node), NULL) != 0.0;
    case G_TYPE_INT64:
      return json_node_get_int (node) != 0;
    case G_TYPE_DOUBLE:
      return json_node_get_double (node) != 0.0;
    default:
      return FALSE;
    }
}

static void
check_resources (const Container *c)
{
  static const struct {
    const char *part;
    const char *member;
    PodliftSeverity severity;
    const char *message;
    const char * const *refs;
  } wanted[] = {
    { "limits", "cpu", PODLIFT_SEVERITY_ERROR, "CPU limit is not set", cpu_limit_refs },
    { "limits", "memory", PODLIFT_SEVERITY_ERROR, "Memory limit is not set", memory_limit_refs },
    { "requests", "cpu", PODLIFT_SEVERITY_WARNING, "CPU request is not set", cpu_request_refs },
    { "requests", "memory", PODLIFT_SEVERITY_WARNING, "Memory request is not set",
      memory_request_refs },
  };
  JsonObject *resources = podlift_manifest_get_object (c->container, "resources");

  for (guint i = 0; i < G_N_ELEMENTS (wanted); i++)
    {
      JsonObject *part = podlift_manifest_get_object (resources, wanted[i].part);
      guint line;

      if (quantity_is_set (part, wanted[i].member))
        continue;

      line = line_of (c, part, wanted[i].member, resources, wanted[i].part);
      if (line == c->line)
        line = line_of (c, c->container, "resources", NULL, NULL);
      podlift_manifest_report (c->checker, c->object, PODLIFT_CHECK_CONTAINER_RESOURCES,
                               wanted[i].severity, wanted[i].refs, line,
                               "Container “%s”: %s (resources.%s.%s)", c->name,
                               wanted[i].message, wanted[i].part, wanted[i].member);
    }
}

/* Image */

/* Whether @image is pinned by a digest; else its tag (NULL: none), in
 * @tag. A port of the registry is not a tag: "registry:5000/app" has none. */
static gboolean
image_reference (const char  *image,
                 const char **tag)
{
  const char *name = strrchr (image, '/');
  const char *colon;

  *tag = NULL;
  if (strchr (image, '@') != NULL)
    return TRUE;

  colon = strchr (name != NULL ? name + 1 : image, ':');
  if (colon != NULL)
    *tag = colon + 1;

  return FALSE;
}

static void
check_image (const Container *c)
{
  const char *image = podlift_manifest_get_string (c->container, "image");
  const char *policy = podlift_manifest_get_string (c->container, "imagePullPolicy");
  guint line = line_of (c, c->container, "image", NULL, NULL);
  gboolean pinned, floating;
  const char *tag;

  if (image == NULL)
    return;

  pinned = image_reference (image, &tag);
  floating = !pinned && (tag == NULL || tag[0] == '\0' || g_str_equal (tag, "latest"));
  if (floating)
    podlift_manifest_report (c->checker, c->object, PODLIFT_CHECK_CONTAINER_IMAGE_TAG,
                             PODLIFT_SEVERITY_ERROR, NULL, line,
                             tag != NULL && tag[0] != '\0'
                               ? "Container “%s”: image “%s” uses the latest tag"
                               : "Container “%s”: image “%s” has no tag",
                             c->name, image);

  /* Without a policy, Kubernetes pulls a floating image Always, any
   * other IfNotPresent. */
  if (policy != NULL ? !g_str_equal (policy, "Always") : !floating)
    podlift_manifest_report (c->checker, c->object, PODLIFT_CHECK_CONTAINER_IMAGE_PULL_POLICY,
                             PODLIFT_SEVERITY_ERROR, NULL,
                             line_of (c, c->container, "imagePullPolicy", c->container, "image"),
                             "Container “%s”: imagePullPolicy is %s, not Always", c->name,
                             policy != NULL ? policy : "not set (IfNotPresent)");
}

/* Security context */

static void
check_id (const Container *c,
          JsonObject      *context,
          JsonObject      *pod_context,
          const char      *member,
          const char      *what)
{
  static const char * const user_refs[] = {
    "kube-linter:run-as-non-root", "polaris:runAsRootAllowed", NULL
  };
  const char * const *refs = g_str_equal (member, "runAsUser") ? user_refs : no_refs;
  gint64 id;
  guint line;

  if (podlift_manifest_get_int (context, member, &id))
    line = line_of (c, context, member, NULL, NULL);
  else if (podlift_manifest_get_int (pod_context, member, &id))
    line = line_of (c, pod_context, member, NULL, NULL);
  else
    {
      podlift_manifest_report (c->checker, c->object, PODLIFT_CHECK_CONTAINER_USER_GROUP_ID,
                               PODLIFT_SEVERITY_ERROR, refs,
                               line_of (c, c->container, "securityContext", NULL, NULL),
                               "Container “%s”: %s is not set, so it runs with the image's "
                               "%s id (often root)", c->name, member, what);
      return;
    }

  if (id < MIN_ID)
    podlift_manifest_report (c->checker, c->object, PODLIFT_CHECK_CONTAINER_USER_GROUP_ID,
                             PODLIFT_SEVERITY_ERROR, refs, line,
                             "Container “%s”: %s is %" G_GINT64_FORMAT ", a low %s id "
                             "(use %d or more)", c->name, member, id, what, MIN_ID);
}

static void
check_security_context (const Container *c)
{
  JsonObject *pod_spec = c->object->pod_spec;
  JsonObject *context = podlift_manifest_get_object (c->container, "securityContext");
  JsonObject *pod_context = podlift_manifest_get_object (pod_spec, "securityContext");
  JsonNode *read_only = context != NULL
    ? json_object_get_member (context, "readOnlyRootFilesystem") : NULL;

  check_id (c, context, pod_context, "runAsUser", "user");
  check_id (c, context, pod_context, "runAsGroup", "group");

  if (read_only == NULL || !JSON_NODE_HOLDS_VALUE (read_only) ||
      json_node_get_value_type (read_only) != G_TYPE_BOOLEAN ||
      !json_node_get_boolean (read_only))
    podlift_manifest_report (c->checker, c->object, PODLIFT_CHECK_CONTAINER_READ_ONLY_ROOT_FS,
                             PODLIFT_SEVERITY_ERROR, NULL,
                             line_of (c, context, "readOnlyRootFilesystem",
                                      c->container, "securityContext"),
                             "Container “%s”: the root filesystem is writable "
                             "(securityContext.readOnlyRootFilesystem is not true)", c->name);
}

/* Probes */

static gboolean
members_equal (JsonObject *a,
               JsonObject *b,
               const char *member)
{
  JsonNode *x = json_object_get_member (a, member);
  JsonNode *y = json_object_get_member (b, member);

  if (x == NULL || y == NULL)
    return x == y;

  return json_node_equal (x, y);
}

/* kube-score's test: the same HTTP path and port, the same TCP port, or
 * the same command (and for gRPC, the same port and service). */
static gboolean
probes_identical (JsonObject *readiness,
                  JsonObject *liveness)
{
  static const char * const handlers[] = { "httpGet", "tcpSocket", "exec", "grpc" };

  for (guint i = 0; i < G_N_ELEMENTS (handlers); i++)
    {
      JsonObject *r = podlift_manifest_get_object (readiness, handlers[i]);
      JsonObject *l = podlift_manifest_get_object (liveness, handlers[i]);

      if (r == NULL || l == NULL)
        continue;
      if (i == 0 && members_equal (r, l, "path") && members_equal (r, l, "port"))
        return TRUE;
      if (i == 1 && members_equal (r, l, "port"))
        return TRUE;
      if (i == 2 && members_equal (r, l, "command"))
        return TRUE;
      if (i == 3 && members_equal (r, l, "port") && members_equal (r, l, "service"))
        return TRUE;
    }

  return FALSE;
}

static void
check_identical_probes (const Container *c)
{
  JsonObject *readiness = podlift_manifest_get_object (c->container, "readinessProbe");
  JsonObject *liveness = podlift_manifest_get_object (c->container, "livenessProbe");

  /* kube-score leaves Jobs and CronJobs alone. */
  if (g_str_equal (c->object->kind, "Job") || g_str_equal (c->object->kind, "CronJob"))
    return;

  if (readiness != NULL && liveness != NULL && probes_identical (readiness, liveness))
    podlift_manifest_report (c->checker, c->object, PODLIFT_CHECK_POD_PROBES_IDENTICAL,
                             PODLIFT_SEVERITY_ERROR, NULL,
                             line_of (c, c->container, "readinessProbe", NULL, NULL),
                             "Container “%s”: the readinessProbe and the livenessProbe are "
                             "identical", c->name);
}

/* "/healthz?full=1" and "/healthz/" are "/healthz". */
static char *
normalize_path (const char *path)
{
  gsize len = strcspn (path, "?#");

  while (len > 1 && path[len - 1] == '/')
    len--;

  return g_strndup (path, len);
}

static gboolean
path_is_served (const char         *path,
                const char * const *served)
{
  g_autofree char *wanted = normalize_path (path);

  for (guint i = 0; served[i] != NULL; i++)
    {
      g_autofree char *known = NULL;

      if (g_str_has_suffix (served[i], "*"))
        {
          if (strncmp (path, served[i], strlen (served[i]) - 1) == 0)
            return TRUE;
          continue;
        }

      known = normalize_path (served[i]);
      if (g_str_equal (known, wanted))
        return TRUE;
    }

  return FALSE;
}

static void
check_probe_paths (const Container *c)
{
  static const char * const probes[] = { "livenessProbe", "readinessProbe", "startupProbe" };
  const PodliftManifestCheckContext *context = c->checker->context;

  if (context == NULL || context->served_paths == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (probes); i++)
    {
      JsonObject *probe = podlift_manifest_get_object (c->container, probes[i]);
      JsonObject *http = podlift_manifest_get_object (probe, "httpGet");
      const char *path = podlift_manifest_get_string (http, "path");

      if (http == NULL)
        continue;
      if (path == NULL)
        path = "/";
      if (path_is_served (path, context->served_paths))
        continue;

      podlift_manifest_report (c->checker, c->object, PODLIFT_CHECK_PROBE_PATH,
                               PODLIFT_SEVERITY_ERROR, NULL,
                               line_of (c, http, "path", probe, "httpGet"),
                               "Container “%s”: the %s asks for %s, which the application "
                               "does not serve according to the answers",
                               c->name, probes[i], path);
    }
}

static void
check_container_list (PodliftManifestChecker      *checker,
                      const PodliftManifestObject *object,
                      JsonArray                   *containers)
{
  for (guint i = 0; containers != NULL && i < json_array_get_length (containers); i++)
    {
      JsonNode *node = json_array_get_element (containers, i);
      Container c = { checker, object, NULL, NULL, 0 };

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;

      c.container = json_node_get_object (node);
      c.name = podlift_manifest_get_string (c.container, "name");
      if (c.name == NULL)
        c.name = "";
      c.line = podlift_manifest_node_line (object, node);

      check_resources (&c);
      check_image (&c);
      check_security_context (&c);
      check_identical_probes (&c);
      check_probe_paths (&c);
    }
}

void
podlift_manifest_check_containers (PodliftManifestChecker      *checker,
                                   const PodliftManifestObject *object)
{
  check_container_list (checker, object,
                        podlift_manifest_get_array (object->pod_spec, "initContainers"));
  check_container_list (checker, object,
                        podlift_manifest_get_array (object->pod_spec, "containers"));
}
