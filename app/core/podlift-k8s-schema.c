/* podlift-k8s-schema.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-k8s-schema"

#include "config.h"

#include <string.h>

#include "podlift-core-kubernetes-resources.h"
#include "podlift-diagnostic.h"
#include "podlift-k8s-schema-private.h"
#include "podlift-k8s-schema.h"

#define DEFINITIONS_PATH "/app/podlift/Podlift/kubernetes/kubernetes-definitions.json"
#define REF_PREFIX       "#/definitions/"
#define QUANTITY         "io.k8s.apimachinery.pkg.api.resource.Quantity"

/* The shipped definitions, read once and never freed. */
typedef struct
{
  JsonNode   *root;
  JsonObject *definitions;  /* name → schema */
  GHashTable *kinds;        /* "apiVersion kind" → schema (JsonObject*) */
  const char *version;
} Schema;

typedef struct
{
  PodliftYamlDocument *document;
  GPtrArray           *diagnostics;
} Validation;

static void validate_node (Validation *validation,
                           JsonObject *schema,
                           const char *type_name,
                           JsonNode   *node,
                           const char *path,
                           guint       line);

static void
index_kinds (Schema *schema)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  schema->kinds = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  json_object_iter_init (&iter, schema->definitions);
  while (json_object_iter_next (&iter, &name, &node))
    {
      JsonObject *definition = json_node_get_object (node);
      JsonArray *gvks;

      if (!json_object_has_member (definition, "x-kubernetes-group-version-kind"))
        continue;
      gvks = json_object_get_array_member (definition, "x-kubernetes-group-version-kind");
      for (guint i = 0; i < json_array_get_length (gvks); i++)
        {
          JsonObject *gvk = json_array_get_object_element (gvks, i);
          const char *group = json_object_get_string_member_with_default (gvk, "group", "");
          const char *version = json_object_get_string_member (gvk, "version");
          const char *kind = json_object_get_string_member (gvk, "kind");

          g_hash_table_insert (schema->kinds,
                               *group != '\0'
                                 ? g_strdup_printf ("%s/%s %s", group, version, kind)
                                 : g_strdup_printf ("%s %s", version, kind),
                               definition);
        }
    }
}

static Schema *
schema_load (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  Schema *schema;
  JsonObject *root;

  bytes = g_resource_lookup_data (podlift_core_kubernetes_get_resource (),
                                  DEFINITIONS_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE,
                                  &error);
  if (bytes == NULL ||
      !json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                                   g_bytes_get_size (bytes), &error))
    {
      g_critical ("The Kubernetes definitions cannot be read: %s", error->message);
      return NULL;
    }

  schema = g_new0 (Schema, 1);
  schema->root = json_parser_steal_root (parser);
  root = json_node_get_object (schema->root);
  schema->definitions = json_object_get_object_member (root, "definitions");
  schema->version = json_object_get_string_member (root, "kubernetesVersion");
  index_kinds (schema);
  return schema;
}

static Schema *
schema_get (void)
{
  static Schema *schema;
  static gsize loaded;

  if (g_once_init_enter (&loaded))
    {
      schema = schema_load ();
      g_once_init_leave (&loaded, 1);
    }
  return schema;
}

/* The definition that @schema names with "$ref", or @schema itself;
 * @type_name is set to the definition's name when there is one. */
static JsonObject *
resolve (JsonObject  *schema,
         const char **type_name)
{
  const char *ref = json_object_get_string_member_with_default (schema, "$ref", NULL);

  if (ref == NULL || !g_str_has_prefix (ref, REF_PREFIX))
    return schema;
  *type_name = ref + strlen (REF_PREFIX);
  return json_object_get_object_member (schema_get ()->definitions, *type_name);
}

static const char *
short_name (const char *type_name)
{
  const char *dot;

  if (type_name == NULL)
    return "this mapping";
  dot = strrchr (type_name, '.');
  return dot != NULL ? dot + 1 : type_name;
}

static void
report (Validation *validation,
        guint       line,
        const char *path,
        const char *format,
        ...) G_GNUC_PRINTF (4, 5);

static void
report (Validation *validation,
        guint       line,
        const char *path,
        const char *format,
        ...)
{
  g_autofree char *problem = NULL;
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  problem = g_strdup_vprintf (format, args);
  va_end (args);

  message = *path != '\0' ? g_strdup_printf ("%s: %s", path, problem)
                          : g_strdup (problem);
  g_ptr_array_add (validation->diagnostics,
                   podlift_diagnostic_new ("schema", PODLIFT_SEVERITY_ERROR,
                                           message, line, 1));
}

static const char *
describe (JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      return "a mapping";
    case JSON_NODE_ARRAY:
      return "a list";
    case JSON_NODE_NULL:
      return "null";
    case JSON_NODE_VALUE:
    default:
      break;
    }
  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return "a string";
    case G_TYPE_BOOLEAN:
      return "a boolean";
    case G_TYPE_INT64:
      return "an integer";
    default:
      return "a number";
    }
}

static gboolean
is_value_of (JsonNode *node,
             GType     type)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

static void
validate_string (Validation *validation,
                 const char *format,
                 gboolean    quantity,
                 JsonNode   *node,
                 const char *path,
                 guint       line)
{
  const char *text;

  if (quantity && (is_value_of (node, G_TYPE_INT64) || is_value_of (node, G_TYPE_DOUBLE)))
    return;
  if (g_strcmp0 (format, "int-or-string") == 0 && is_value_of (node, G_TYPE_INT64))
    return;
  if (!is_value_of (node, G_TYPE_STRING))
    {
      report (validation, line, path, "expected %s, got %s",
              quantity ? "a quantity"
                       : g_strcmp0 (format, "int-or-string") == 0
                           ? "an integer or a string" : "a string",
              describe (node));
      return;
    }

  text = json_node_get_string (node);
  if (quantity && !podlift_k8s_schema_is_quantity (text))
    report (validation, line, path,
            "“%s” is not a quantity (such as 500m, 128Mi, 1.5Gi or 2)", text);
  else if (g_strcmp0 (format, "date-time") == 0 && !podlift_k8s_schema_is_date_time (text))
    report (validation, line, path,
            "“%s” is not an RFC 3339 time (such as 2026-01-31T12:00:00Z)", text);
  else if (g_strcmp0 (format, "byte") == 0 && !podlift_k8s_schema_is_base64 (text))
    report (validation, line, path,
            "expected base64 data (use stringData for plain text)");
}

static void
validate_enum (Validation *validation,
               JsonArray  *values,
               JsonNode   *node,
               const char *path,
               guint       line)
{
  g_autoptr(GString) allowed = g_string_new (NULL);

  for (guint i = 0; i < json_array_get_length (values); i++)
    {
      JsonNode *value = json_array_get_element (values, i);

      if (json_node_equal (value, node))
        return;
      if (JSON_NODE_HOLDS_VALUE (value) && json_node_get_value_type (value) == G_TYPE_STRING)
        g_string_append_printf (allowed, "%s%s", i > 0 ? ", " : "",
                                json_node_get_string (value));
    }
  report (validation, line, path, "expected one of %s", allowed->str);
}

static void
validate_integer (Validation *validation,
                  const char *format,
                  JsonNode   *node,
                  const char *path,
                  guint       line)
{
  gint64 value;

  if (!is_value_of (node, G_TYPE_INT64))
    {
      report (validation, line, path, "expected an integer, got %s", describe (node));
      return;
    }
  value = json_node_get_int (node);
  if (g_strcmp0 (format, "int32") == 0 && (value < G_MININT32 || value > G_MAXINT32))
    report (validation, line, path, "%" G_GINT64_FORMAT " does not fit in 32 bits", value);
}

static void
validate_required (Validation *validation,
                   JsonObject *schema,
                   JsonObject *object,
                   const char *path,
                   guint       line)
{
  JsonArray *required;

  if (!json_object_has_member (schema, "required"))
    return;
  required = json_object_get_array_member (schema, "required");
  for (guint i = 0; i < json_array_get_length (required); i++)
    {
      const char *name = json_array_get_string_element (required, i);
      g_autofree char *member_path = NULL;

      if (json_object_has_member (object, name) &&
          !JSON_NODE_HOLDS_NULL (json_object_get_member (object, name)))
        continue;
      member_path = *path != '\0' ? g_strconcat (path, ".", name, NULL) : g_strdup (name);
      report (validation, line, member_path, "required field is missing");
    }
}

static void
validate_members (Validation *validation,
                  JsonObject *schema,
                  const char *type_name,
                  JsonObject *object,
                  const char *path)
{
  JsonObject *properties = NULL;
  JsonObject *additional = NULL;
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;

  if (json_object_has_member (schema, "properties"))
    properties = json_object_get_object_member (schema, "properties");
  if (json_object_has_member (schema, "additionalProperties") &&
      JSON_NODE_HOLDS_OBJECT (json_object_get_member (schema, "additionalProperties")))
    additional = json_object_get_object_member (schema, "additionalProperties");

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &name, &member))
    {
      g_autofree char *member_path = *path != '\0' ? g_strconcat (path, ".", name, NULL)
                                                   : g_strdup (name);
      guint line = podlift_yaml_document_get_key_line (validation->document, object, name);
      JsonObject *member_schema = NULL;

      if (properties != NULL && json_object_has_member (properties, name))
        member_schema = json_object_get_object_member (properties, name);
      else if (additional != NULL)
        member_schema = additional;
      else if (properties != NULL)
        {
          report (validation, line, member_path, "unknown field “%s” in %s",
                  name, short_name (type_name));
          continue;
        }
      if (member_schema != NULL)
        validate_node (validation, member_schema, NULL, member, member_path, line);
    }
}

static void
validate_object (Validation *validation,
                 JsonObject *schema,
                 const char *type_name,
                 JsonNode   *node,
                 const char *path,
                 guint       line)
{
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      report (validation, line, path, "expected a mapping, got %s", describe (node));
      return;
    }
  validate_required (validation, schema, json_node_get_object (node), path, line);
  validate_members (validation, schema, type_name, json_node_get_object (node), path);
}

static void
validate_array (Validation *validation,
                JsonObject *schema,
                JsonNode   *node,
                const char *path,
                guint       line)
{
  JsonArray *array;
  JsonObject *items;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      report (validation, line, path, "expected a list, got %s", describe (node));
      return;
    }
  if (!json_object_has_member (schema, "items"))
    return;
  items = json_object_get_object_member (schema, "items");
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autofree char *element_path = g_strdup_printf ("%s[%u]", path, i);
      guint element_line = podlift_yaml_document_get_node_line (validation->document, element);

      validate_node (validation, items, NULL, element, element_path,
                     element_line != 0 ? element_line : line);
    }
}

/* Checks @node against @schema; null is taken as absent, as Kubernetes
 * decodes it. @line is where a finding about @node goes: the line of
 * its key, or of the node itself in a list. */
static void
validate_node (Validation *validation,
               JsonObject *schema,
               const char *type_name,
               JsonNode   *node,
               const char *path,
               guint       line)
{
  guint findings = validation->diagnostics->len;
  const char *type;
  const char *format;

  schema = resolve (schema, &type_name);
  if (schema == NULL || JSON_NODE_HOLDS_NULL (node))
    return;

  type = json_object_get_string_member_with_default (schema, "type", NULL);
  format = json_object_get_string_member_with_default (schema, "format", NULL);
  if (g_strcmp0 (type, "string") == 0)
    validate_string (validation, format, g_strcmp0 (type_name, QUANTITY) == 0,
                     node, path, line);
  else if (g_strcmp0 (type, "integer") == 0)
    validate_integer (validation, format, node, path, line);
  else if (g_strcmp0 (type, "number") == 0 &&
           !is_value_of (node, G_TYPE_INT64) && !is_value_of (node, G_TYPE_DOUBLE))
    report (validation, line, path, "expected a number, got %s", describe (node));
  else if (g_strcmp0 (type, "boolean") == 0 && !is_value_of (node, G_TYPE_BOOLEAN))
    report (validation, line, path, "expected a boolean, got %s", describe (node));
  else if (g_strcmp0 (type, "object") == 0)
    validate_object (validation, schema, type_name, node, path, line);
  else if (g_strcmp0 (type, "array") == 0)
    validate_array (validation, schema, node, path, line);
  else
    return;

  if (json_object_has_member (schema, "enum") && JSON_NODE_HOLDS_VALUE (node) &&
      validation->diagnostics->len == findings)
    validate_enum (validation, json_object_get_array_member (schema, "enum"),
                   node, path, line);
}

const char *
podlift_k8s_schema_get_kubernetes_version (void)
{
  Schema *schema = schema_get ();

  return schema != NULL ? schema->version : NULL;
}

gboolean
podlift_k8s_schema_knows_kind (const char *api_version,
                               const char *kind)
{
  g_autofree char *key = NULL;
  Schema *schema = schema_get ();

  g_return_val_if_fail (api_version != NULL, FALSE);
  g_return_val_if_fail (kind != NULL, FALSE);

  if (schema == NULL)
    return FALSE;
  key = g_strdup_printf ("%s %s", api_version, kind);
  return g_hash_table_contains (schema->kinds, key);
}

static const char *
string_member (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && is_value_of (node, G_TYPE_STRING) ? json_node_get_string (node) : NULL;
}

/* The document's apiVersion and kind, or a finding when it has none. */
static gboolean
document_kind (Validation  *validation,
               JsonNode    *root,
               const char **api_version,
               const char **kind)
{
  guint line = podlift_yaml_document_get_line (validation->document);
  JsonObject *object;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      report (validation, line, "",
              "a Kubernetes document is a mapping with apiVersion and kind, not %s",
              describe (root));
      return FALSE;
    }
  object = json_node_get_object (root);
  *api_version = string_member (object, "apiVersion");
  *kind = string_member (object, "kind");
  if (*api_version == NULL || *kind == NULL)
    {
      report (validation, line, "",
              "the document has no %s: Kubernetes needs apiVersion and kind as strings",
              *api_version == NULL && *kind == NULL ? "apiVersion and kind"
                : *api_version == NULL ? "apiVersion" : "kind");
      return FALSE;
    }
  return TRUE;
}

void
podlift_k8s_schema_validate (PodliftYamlDocument *document,
                             GPtrArray           *diagnostics)
{
  Validation validation = { document, diagnostics };
  g_autofree char *key = NULL;
  const char *api_version;
  const char *kind;
  JsonObject *definition;
  JsonNode *root;
  Schema *schema;

  g_return_if_fail (document != NULL);
  g_return_if_fail (diagnostics != NULL);

  root = podlift_yaml_document_get_root (document);
  schema = schema_get ();
  if (root == NULL || JSON_NODE_HOLDS_NULL (root) || schema == NULL ||
      !document_kind (&validation, root, &api_version, &kind))
    return;

  key = g_strdup_printf ("%s %s", api_version, kind);
  definition = g_hash_table_lookup (schema->kinds, key);
  if (definition == NULL)
    return;
  validate_node (&validation, definition, kind, root, "",
                 podlift_yaml_document_get_line (document));
}
