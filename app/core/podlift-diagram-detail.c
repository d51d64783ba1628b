/* podlift-diagram-detail.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-diagram"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "podlift-diagram-private.h"
#include "podlift-yaml.h"

/* What each box of the diagram says: read from the documents as they are
 * written, so a hand-edited resource shows its own host, replicas or
 * schedule. */

/* The document written for @manifest: the customisation when it parses
 * into an object, else the generated one. */
static JsonNode *
written_document (PodliftManifest *manifest)
{
  g_autoptr(GPtrArray) documents = NULL;

  if (podlift_manifest_get_customised (manifest))
    documents = podlift_yaml_parse (podlift_manifest_get_text (manifest), -1, NULL, NULL);
  if (documents != NULL && documents->len > 0)
    {
      JsonNode *root = podlift_yaml_document_get_root (g_ptr_array_index (documents, 0));

      if (root != NULL && JSON_NODE_HOLDS_OBJECT (root))
        return json_node_ref (root);
    }
  return json_node_ref (podlift_manifest_get_document (manifest));
}

/* The node at @path ("spec.rules.0.host"), or NULL. */
static JsonNode *
at (JsonNode   *node,
    const char *path)
{
  g_auto(GStrv) parts = g_strsplit (path, ".", -1);

  for (guint k = 0; node != NULL && parts[k] != NULL; k++)
    {
      if (JSON_NODE_HOLDS_OBJECT (node))
        node = json_object_get_member (json_node_get_object (node), parts[k]);
      else if (JSON_NODE_HOLDS_ARRAY (node))
        {
          JsonArray *array = json_node_get_array (node);
          guint64 index = g_ascii_strtoull (parts[k], NULL, 10);

          node = index < json_array_get_length (array) ? json_array_get_element (array, index) : NULL;
        }
      else
        node = NULL;
    }
  return node;
}

static const char *
at_string (JsonNode   *node,
           const char *path)
{
  node = at (node, path);
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

/* An integer, or a string as written ("50%"); NULL when absent. */
static char *
at_scalar (JsonNode   *node,
           const char *path)
{
  node = at (node, path);
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return NULL;
  if (json_node_get_value_type (node) == G_TYPE_INT64)
    return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
  if (json_node_get_value_type (node) == G_TYPE_STRING)
    return g_strdup (json_node_get_string (node));
  return NULL;
}

static guint
at_uint (JsonNode   *node,
         const char *path,
         guint       fallback)
{
  node = at (node, path);
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_INT64 || json_node_get_int (node) < 0)
    return fallback;
  return (guint) MIN (json_node_get_int (node), G_MAXUINT);
}

static gboolean
at_bool (JsonNode   *node,
         const char *path,
         gboolean    fallback)
{
  node = at (node, path);
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return fallback;
  return json_node_get_boolean (node);
}

static guint
n_members (JsonNode   *node,
           const char *path)
{
  node = at (node, path);
  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_object_get_size (json_node_get_object (node)) : 0;
}

/* The keys of data and stringData: "logging.ini, app.ini". */
static char *
data_keys (JsonNode *root)
{
  const char *members[] = { "data", "stringData" };
  g_autoptr(GString) keys = g_string_new (NULL);

  for (guint k = 0; k < G_N_ELEMENTS (members); k++)
    {
      JsonNode *data = at (root, members[k]);
      g_autoptr(GList) names = NULL;

      if (data == NULL || !JSON_NODE_HOLDS_OBJECT (data))
        continue;
      names = json_object_get_members (json_node_get_object (data));
      for (GList *l = names; l != NULL; l = l->next)
        g_string_append_printf (keys, "%s%s", keys->len > 0 ? ", " : "", (const char *) l->data);
    }
  return keys->len > 0 ? g_strdup (keys->str) : NULL;
}

static char *
count_keys (JsonNode *root)
{
  guint n = n_members (root, "data") + n_members (root, "stringData");

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u key", "%u keys", n), n);
}

/* "38Gi · ReadWriteMany" of a claim's spec. */
static char *
claim_detail (JsonNode *spec)
{
  const char *size = at_string (spec, "resources.requests.storage");
  const char *mode = at_string (spec, "accessModes.0");

  if (size != NULL && mode != NULL)
    return g_strdup_printf ("%s · %s", size, mode);
  return g_strdup (size != NULL ? size : mode);
}

/* What a job runs: its command, without a shell's "/bin/sh -c". */
static char *
job_command (JsonNode *container)
{
  JsonNode *command = at (container, "command");
  g_autoptr(GString) text = g_string_new (NULL);
  JsonArray *words;
  guint first = 0;

  if (command == NULL || !JSON_NODE_HOLDS_ARRAY (command))
    return NULL;
  words = json_node_get_array (command);
  if (json_array_get_length (words) == 3 && g_strcmp0 (at_string (command, "1"), "-c") == 0)
    first = 2;
  for (guint k = first; k < json_array_get_length (words); k++)
    {
      const char *word = at_string (json_array_get_element (words, k), "");

      if (word != NULL)
        g_string_append_printf (text, "%s%s", text->len > 0 ? " " : "", word);
    }
  return text->len > 0 ? g_strdup (text->str) : NULL;
}

static char *
hpa_detail (JsonNode *root)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint k = 0; k < 4; k++)
    {
      g_autofree char *path = g_strdup_printf ("spec.metrics.%u.resource", k);
      JsonNode *resource = at (root, path);
      const char *name = at_string (resource, "name");
      guint target = at_uint (resource, "target.averageUtilization", 0);

      if (name == NULL || target == 0)
        continue;
      if (text->len > 0)
        g_string_append (text, ", ");
      if (g_str_equal (name, "cpu"))
        g_string_append_printf (text, _("CPU %u%%"), target);
      else if (g_str_equal (name, "memory"))
        g_string_append_printf (text, _("memory %u%%"), target);
      else
        g_string_append_printf (text, "%s %u%%", name, target);
    }
  if (text->len == 0)
    return NULL;
  /* Translators: %s is "CPU 70%, memory 80%" */
  return g_strdup_printf (_("target %s"), text->str);
}

static char *
pdb_detail (JsonNode *root)
{
  g_autofree char *min = at_scalar (root, "spec.minAvailable");
  g_autofree char *max = at_scalar (root, "spec.maxUnavailable");

  if (min != NULL)
    /* Translators: %s is a number of pods or a percentage */
    return g_strdup_printf (_("at least %s up in a drain"), min);
  if (max != NULL)
    /* Translators: %s is a number of pods or a percentage */
    return g_strdup_printf (_("at most %s down in a drain"), max);
  return NULL;
}

static char *
service_detail (JsonNode *root)
{
  guint port = at_uint (root, "spec.ports.0.port", 0);
  gboolean sticky = g_strcmp0 (at_string (root, "spec.sessionAffinity"), "ClientIP") == 0;

  if (g_strcmp0 (at_string (root, "spec.clusterIP"), "None") == 0)
    /* Translators: a headless Service: every pod gets a DNS name */
    return g_strdup_printf (_("port %u · a name per pod"), port);
  if (sticky)
    return g_strdup_printf (_("port %u · sticky by client address"), port);
  return g_strdup_printf (_("%s · port %u"), at_string (root, "spec.type") ? at_string (root, "spec.type") : "ClusterIP",
                          port);
}

static char *
ingress_detail (JsonNode *root)
{
  const char *host = at_string (root, "spec.rules.0.host");

  if (host == NULL)
    return NULL;
  return g_strdup_printf ("%s://%s", at (root, "spec.tls.0") != NULL ? "https" : "http", host);
}

static char *
backend_config_detail (JsonNode *root)
{
  const char *path = at_string (root, "spec.healthCheck.requestPath");
  gboolean sticky = at (root, "spec.sessionAffinity") != NULL;

  if (path == NULL)
    return sticky ? g_strdup (_("sticky sessions")) : NULL;
  return sticky ? g_strdup_printf (_("health check %s · sticky"), path)
                : g_strdup_printf (_("health check %s"), path);
}

/* The image without its registry's host, which the width cannot spare:
 * "shopfront/web:2026.11.1". */
static char *
short_image (const char *image)
{
  const char *slash = image != NULL ? strchr (image, '/') : NULL;
  g_autofree char *host = slash != NULL ? g_strndup (image, slash - image) : NULL;

  if (host != NULL && (strchr (host, '.') || strchr (host, ':') || g_str_equal (host, "localhost")))
    return g_strdup (slash + 1);
  return g_strdup (image);
}

static char *
detail_of (PodliftManifest *manifest,
           JsonNode        *root)
{
  switch (podlift_manifest_get_kind (manifest))
    {
    case PODLIFT_RESOURCE_INGRESS:
      return ingress_detail (root);
    case PODLIFT_RESOURCE_BACKEND_CONFIG:
      return backend_config_detail (root);
    case PODLIFT_RESOURCE_SERVICE:
    case PODLIFT_RESOURCE_HEADLESS_SERVICE:
      return service_detail (root);
    case PODLIFT_RESOURCE_DEPLOYMENT:
    case PODLIFT_RESOURCE_STATEFUL_SET:
      return short_image (at_string (root, "spec.template.spec.containers.0.image"));
    case PODLIFT_RESOURCE_HORIZONTAL_POD_AUTOSCALER:
      return hpa_detail (root);
    case PODLIFT_RESOURCE_POD_DISRUPTION_BUDGET:
      return pdb_detail (root);
    case PODLIFT_RESOURCE_CONFIG_MAP:
    case PODLIFT_RESOURCE_SECRET:
      return count_keys (root);
    case PODLIFT_RESOURCE_CONFIG_FILES:
      return data_keys (root);
    case PODLIFT_RESOURCE_PERSISTENT_VOLUME_CLAIM:
      return claim_detail (at (root, "spec"));
    case PODLIFT_RESOURCE_SERVICE_ACCOUNT:
      return g_strdup (at_bool (root, "automountServiceAccountToken", TRUE)
                       ? _("API token mounted") : _("no API token mounted"));
    case PODLIFT_RESOURCE_MIGRATION_JOB:
      return job_command (at (root, "spec.template.spec.containers.0"));
    case PODLIFT_RESOURCE_CRON_JOB:
      return at_string (root, "spec.schedule")
             ? g_strdup_printf (_("schedule %s"), at_string (root, "spec.schedule")) : NULL;
    case PODLIFT_RESOURCE_NAMESPACE:
    default:
      return NULL;
    }
}

/* Kinds, columns and colours */

static const char *
kind_label (PodliftManifest *manifest)
{
  switch (podlift_manifest_get_kind (manifest))
    {
    case PODLIFT_RESOURCE_HEADLESS_SERVICE:
      /* Translators: the kind line of a box, shown in capitals */
      return _("Service · headless");
    case PODLIFT_RESOURCE_CONFIG_FILES:
      return g_strcmp0 (podlift_manifest_get_k8s_kind (manifest), "Secret") == 0
             ? _("Secret · files") : _("ConfigMap · files");
    case PODLIFT_RESOURCE_MIGRATION_JOB:
      return _("Job · migration");
    case PODLIFT_RESOURCE_PERSISTENT_VOLUME_CLAIM:
      return "PVC";
    case PODLIFT_RESOURCE_HORIZONTAL_POD_AUTOSCALER:
      return "HPA";
    case PODLIFT_RESOURCE_POD_DISRUPTION_BUDGET:
      return "PDB";
    case PODLIFT_RESOURCE_NAMESPACE:
    case PODLIFT_RESOURCE_SERVICE_ACCOUNT:
    case PODLIFT_RESOURCE_CONFIG_MAP:
    case PODLIFT_RESOURCE_SECRET:
    case PODLIFT_RESOURCE_DEPLOYMENT:
    case PODLIFT_RESOURCE_STATEFUL_SET:
    case PODLIFT_RESOURCE_SERVICE:
    case PODLIFT_RESOURCE_BACKEND_CONFIG:
    case PODLIFT_RESOURCE_INGRESS:
    case PODLIFT_RESOURCE_CRON_JOB:
    default:
      return podlift_manifest_get_k8s_kind (manifest);
    }
}

static void
place (PodliftDiagramBox *box,
       PodliftManifest   *manifest)
{
  gboolean secret = g_strcmp0 (podlift_manifest_get_k8s_kind (manifest), "Secret") == 0;

  switch (box->kind)
    {
    case PODLIFT_RESOURCE_INGRESS:
    case PODLIFT_RESOURCE_BACKEND_CONFIG:
      box->column = PODLIFT_DIAGRAM_COLUMN_ENTRY;
      box->hue = PODLIFT_DIAGRAM_HUE_BLUE;
      break;
    case PODLIFT_RESOURCE_SERVICE:
    case PODLIFT_RESOURCE_HEADLESS_SERVICE:
      box->column = PODLIFT_DIAGRAM_COLUMN_SERVICES;
      box->hue = PODLIFT_DIAGRAM_HUE_BLUE;
      break;
    case PODLIFT_RESOURCE_DEPLOYMENT:
    case PODLIFT_RESOURCE_STATEFUL_SET:
      box->column = PODLIFT_DIAGRAM_COLUMN_WORKLOAD;
      box->hue = PODLIFT_DIAGRAM_HUE_GREEN;
      break;
    case PODLIFT_RESOURCE_HORIZONTAL_POD_AUTOSCALER:
    case PODLIFT_RESOURCE_POD_DISRUPTION_BUDGET:
      box->column = PODLIFT_DIAGRAM_COLUMN_WORKLOAD;
      box->hue = PODLIFT_DIAGRAM_HUE_PURPLE;
      break;
    case PODLIFT_RESOURCE_MIGRATION_JOB:
    case PODLIFT_RESOURCE_CRON_JOB:
      box->column = PODLIFT_DIAGRAM_COLUMN_JOBS;
      box->hue = PODLIFT_DIAGRAM_HUE_ORANGE;
      break;
    case PODLIFT_RESOURCE_PERSISTENT_VOLUME_CLAIM:
      box->column = PODLIFT_DIAGRAM_COLUMN_READS;
      box->hue = PODLIFT_DIAGRAM_HUE_BROWN;
      break;
    case PODLIFT_RESOURCE_SERVICE_ACCOUNT:
    case PODLIFT_RESOURCE_NAMESPACE:
      box->column = box->kind == PODLIFT_RESOURCE_NAMESPACE ? PODLIFT_DIAGRAM_COLUMN_TITLE
                                                           : PODLIFT_DIAGRAM_COLUMN_READS;
      box->hue = PODLIFT_DIAGRAM_HUE_SLATE;
      break;
    case PODLIFT_RESOURCE_CONFIG_MAP:
    case PODLIFT_RESOURCE_SECRET:
    case PODLIFT_RESOURCE_CONFIG_FILES:
    default:
      box->column = PODLIFT_DIAGRAM_COLUMN_READS;
      box->hue = secret ? PODLIFT_DIAGRAM_HUE_RED : PODLIFT_DIAGRAM_HUE_YELLOW;
      break;
    }
}

/* Pods: the workload's replicas, or its autoscaler's bounds. */

static PodliftManifest *
autoscaler_of (GPtrArray       *manifests,
               PodliftManifest *workload)
{
  for (guint k = 0; k < manifests->len; k++)
    {
      PodliftManifest *m = g_ptr_array_index (manifests, k);
      const char * const *links = podlift_manifest_get_links (m);

      if (podlift_manifest_get_enabled (m) &&
          podlift_manifest_get_kind (m) == PODLIFT_RESOURCE_HORIZONTAL_POD_AUTOSCALER &&
          links != NULL && g_strv_contains (links, podlift_manifest_get_id (workload)))
        return m;
    }
  return NULL;
}

static void
count_pods (PodliftDiagramBox *box,
            PodliftManifest   *workload,
            JsonNode          *root,
            GPtrArray         *manifests)
{
  PodliftManifest *hpa = autoscaler_of (manifests, workload);

  box->pods = at_uint (root, "spec.replicas", 1);
  box->pods_max = box->pods;
  if (at (root, "spec.replicas") == NULL && hpa != NULL)
    {
      g_autoptr(JsonNode) hpa_root = written_document (hpa);

      box->pods = at_uint (hpa_root, "spec.minReplicas", 1);
      box->pods_max = MAX (box->pods, at_uint (hpa_root, "spec.maxReplicas", box->pods));
    }

  if (box->pods_max > box->pods)
    /* Translators: a range of pods, "2–8 pods (autoscaled)" */
    box->pods_text = g_strdup_printf (_("%u–%u pods (autoscaled)"), box->pods, box->pods_max);
  else
    box->pods_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u pod", "%u pods", box->pods),
                                      box->pods);
}

/**
 * podlift_diagram_box_new:
 *
 * The box of @manifest, placed in its column, not yet positioned.
 */
PodliftDiagramBox *
podlift_diagram_box_new (PodliftManifest *manifest,
                         GPtrArray       *manifests)
{
  PodliftDiagramBox *box = g_new0 (PodliftDiagramBox, 1);
  g_autoptr(JsonNode) root = written_document (manifest);
  const char *name = at_string (root, "metadata.name");

  box->id = g_strdup (podlift_manifest_get_id (manifest));
  box->kind = podlift_manifest_get_kind (manifest);
  box->kind_label = g_strdup (kind_label (manifest));
  box->name = g_strdup (name != NULL ? name : podlift_manifest_get_name (manifest));
  box->detail = detail_of (manifest, root);
  box->width = PODLIFT_DIAGRAM_BOX_WIDTH;
  box->height = PODLIFT_DIAGRAM_BOX_HEIGHT;
  place (box, manifest);

  if (box->kind == PODLIFT_RESOURCE_DEPLOYMENT || box->kind == PODLIFT_RESOURCE_STATEFUL_SET)
    {
      box->image = g_steal_pointer (&box->detail);
      count_pods (box, manifest, root, manifests);
      box->height = PODLIFT_DIAGRAM_WORKLOAD_HEIGHT;
    }
  return box;
}

/**
 * podlift_diagram_box_new_title:
 *
 * The namespace, over the frame: the Namespace resource's box when it is
 * switched on, else only a title (no id).
 */
PodliftDiagramBox *
podlift_diagram_box_new_title (GPtrArray *manifests)
{
  PodliftDiagramBox *box = g_new0 (PodliftDiagramBox, 1);
  const char *name = NULL;

  for (guint k = 0; k < manifests->len; k++)
    {
      PodliftManifest *m = g_ptr_array_index (manifests, k);
      g_autoptr(JsonNode) root = NULL;

      if (podlift_manifest_get_kind (m) == PODLIFT_RESOURCE_NAMESPACE)
        {
          if (podlift_manifest_get_enabled (m))
            box->id = g_strdup (podlift_manifest_get_id (m));
          continue;
        }
      root = written_document (m);
      if (name == NULL && (name = at_string (root, "metadata.namespace")) != NULL)
        box->name = g_strdup (name);
    }

  box->kind = PODLIFT_RESOURCE_NAMESPACE;
  box->kind_label = g_strdup ("Namespace");
  if (box->name == NULL)
    box->name = g_strdup ("default");
  box->detail = box->id != NULL ? NULL : g_strdup (_("created by the cluster’s administrators"));
  box->dashed = box->id == NULL;
  box->column = PODLIFT_DIAGRAM_COLUMN_TITLE;
  box->hue = PODLIFT_DIAGRAM_HUE_SLATE;
  return box;
}

/**
 * podlift_diagram_claim_templates:
 *
 * Returns: (transfer full) (element-type PodliftDiagramBox): a box for
 * each volume claim template of the StatefulSet @workload
 */
GPtrArray *
podlift_diagram_claim_templates (PodliftManifest *workload)
{
  GPtrArray *boxes = g_ptr_array_new ();
  g_autoptr(JsonNode) root = written_document (workload);
  JsonNode *templates = at (root, "spec.volumeClaimTemplates");

  if (templates == NULL || !JSON_NODE_HOLDS_ARRAY (templates))
    return boxes;

  for (guint k = 0; k < json_array_get_length (json_node_get_array (templates)); k++)
    {
      JsonNode *claim = json_array_get_element (json_node_get_array (templates), k);
      PodliftDiagramBox *box = g_new0 (PodliftDiagramBox, 1);
      g_autofree char *detail = claim_detail (at (claim, "spec"));

      box->id = g_strdup (podlift_manifest_get_id (workload));
      box->kind = PODLIFT_RESOURCE_PERSISTENT_VOLUME_CLAIM;
      box->kind_label = g_strdup (_("PVC · one per pod"));
      box->name = g_strdup (at_string (claim, "metadata.name") ? at_string (claim, "metadata.name") : "data");
      box->detail = g_strdup (detail);
      box->dashed = TRUE;
      box->template = TRUE;
      box->column = PODLIFT_DIAGRAM_COLUMN_READS;
      box->hue = PODLIFT_DIAGRAM_HUE_BROWN;
      box->width = PODLIFT_DIAGRAM_BOX_WIDTH;
      box->height = PODLIFT_DIAGRAM_BOX_HEIGHT;
      g_ptr_array_add (boxes, box);
    }
  return boxes;
}

void
podlift_diagram_box_free (PodliftDiagramBox *box)
{
  g_free (box->id);
  g_free (box->kind_label);
  g_free (box->name);
  g_free (box->detail);
  g_free (box->image);
  g_free (box->pods_text);
  g_free (box);
}

/* What an arrow means, where it helps to say it. */
const char *
podlift_diagram_edge_label (PodliftDiagramBox *from,
                            PodliftDiagramBox *to)
{
  if (from->column == PODLIFT_DIAGRAM_COLUMN_JOBS)
    return NULL;

  switch (to->kind)
    {
    case PODLIFT_RESOURCE_SERVICE:
      /* Translators: the label of an arrow in the diagram */
      return _("routes to");
    case PODLIFT_RESOURCE_DEPLOYMENT:
    case PODLIFT_RESOURCE_STATEFUL_SET:
      if (from->kind == PODLIFT_RESOURCE_HORIZONTAL_POD_AUTOSCALER)
        return _("scales");
      if (from->kind == PODLIFT_RESOURCE_POD_DISRUPTION_BUDGET)
        return _("guards");
      return from->kind == PODLIFT_RESOURCE_HEADLESS_SERVICE ? _("names") : _("balances");
    case PODLIFT_RESOURCE_CONFIG_MAP:
    case PODLIFT_RESOURCE_SECRET:
      return "envFrom";
    case PODLIFT_RESOURCE_CONFIG_FILES:
    case PODLIFT_RESOURCE_PERSISTENT_VOLUME_CLAIM:
      return _("mounts");
    case PODLIFT_RESOURCE_SERVICE_ACCOUNT:
      return _("runs as");
    case PODLIFT_RESOURCE_BACKEND_CONFIG:
      return _("configured by");
    case PODLIFT_RESOURCE_NAMESPACE:
    case PODLIFT_RESOURCE_HEADLESS_SERVICE:
    case PODLIFT_RESOURCE_INGRESS:
    case PODLIFT_RESOURCE_HORIZONTAL_POD_AUTOSCALER:
    case PODLIFT_RESOURCE_POD_DISRUPTION_BUDGET:
    case PODLIFT_RESOURCE_MIGRATION_JOB:
    case PODLIFT_RESOURCE_CRON_JOB:
    default:
      return NULL;
    }
}

static void
describe_box (GString           *text,
              PodliftDiagramBox *box)
{
  g_string_append_printf (text, "%s %s", box->kind_label, box->name);
  if (box->image != NULL)
    g_string_append_printf (text, " (%s, %s)", box->image, box->pods_text);
  else if (box->detail != NULL)
    g_string_append_printf (text, " (%s)", box->detail);
}

/* The diagram in words, for the SVG's description: a line per resource
 * and per arrow. */
char *
podlift_diagram_describe (PodliftDiagram *self)
{
  GString *text = g_string_new (NULL);

  for (guint k = 0; k < self->boxes->len; k++)
    {
      describe_box (text, g_ptr_array_index (self->boxes, k));
      g_string_append_c (text, '\n');
    }
  for (guint k = 0; k < self->edges->len; k++)
    {
      PodliftDiagramEdge *edge = g_ptr_array_index (self->edges, k);

      g_string_append_printf (text, "%s %s → %s%s%s %s\n",
                              edge->from->kind_label, edge->from->name,
                              edge->label ? edge->label : "", edge->label ? " " : "",
                              edge->to->kind_label, edge->to->name);
    }
  return g_string_free (text, FALSE);
}
