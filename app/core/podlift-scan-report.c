/* podlift-scan-report.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-scan-report"

#include "config.h"

#include <string.h>

#include "podlift-scan-report.h"

/* The answers live in one JsonObject shaped like the JSON the report
 * prints, so to_json is a copy. Every key is there from the start:
 *
 *   scalars          null, or { "value": …, "source": "file:line" }
 *   database         null, or { "engine", "source" }
 *   health_paths     always { "liveness", "readiness", "startup" }, each
 *                    null or { "value", "source" }
 *   ingress          null, or { "hosts": [], "tls", "max_body_size",
 *                    "source" } (max_body_size null when not given)
 *   lists            [] until something is found
 *
 * A source is "file:line", "file" when the line is 0, null without a
 * file. */

struct _PodliftScanReport
{
  GObject     parent_instance;

  JsonObject *root;
};

G_DEFINE_FINAL_TYPE (PodliftScanReport, podlift_scan_report, G_TYPE_OBJECT)

static const char * const scalar_keys[] = {
  "stack", "stack_version", "package_manager", "build_command",
  "start_command", "port", "migration_command", "session_stickiness",
  "user", "working_dir", "session_cookie", "migration_tool",
};

static const char * const list_keys[] = {
  "env_vars", "stateful_paths", "cron_jobs", "dependencies",
  "existing_files", "not_carried_over",
};

static const char * const probe_keys[] = {
  "liveness", "readiness", "startup",
};

static char *
make_source (const char *file,
             guint       line)
{
  if (file == NULL)
    return NULL;
  if (line == 0)
    return g_strdup (file);
  return g_strdup_printf ("%s:%u", file, line);
}

static void
set_source_member (JsonObject *object,
                   const char *file,
                   guint       line)
{
  g_autofree char *source = make_source (file, line);

  if (source != NULL)
    json_object_set_string_member (object, "source", source);
  else
    json_object_set_null_member (object, "source");
}

static JsonObject *
get_object_or_null (JsonObject *object,
                    const char *key)
{
  JsonNode *node = json_object_get_member (object, key);

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  return json_node_get_object (node);
}

/* The object of a scalar answer, or of "database", "ingress" or
 * "health_paths.liveness"… */
static JsonObject *
lookup_answer (PodliftScanReport *self,
               const char        *key)
{
  if (g_str_has_prefix (key, "health_paths."))
    {
      JsonObject *health = get_object_or_null (self->root, "health_paths");

      return get_object_or_null (health, key + strlen ("health_paths."));
    }
  return get_object_or_null (self->root, key);
}

static gboolean
set_scalar_begin (PodliftScanReport *self,
                  const char        *key)
{
  g_return_val_if_fail (PODLIFT_IS_SCAN_REPORT (self), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  return get_object_or_null (self->root, key) == NULL;
}

static JsonNode *
new_string_node (const char *value)
{
  return json_node_init_string (json_node_alloc (), value);
}

/* { @member: @value, "source": … }; @value is transfer full. */
static JsonObject *
new_answer (const char *member,
            JsonNode   *value,
            const char *file,
            guint       line)
{
  JsonObject *object = json_object_new ();

  json_object_set_member (object, member, value);
  set_source_member (object, file, line);
  return object;
}

/* Sets scalar @key to @value (transfer full) unless it is set already. */
static void
set_scalar (PodliftScanReport *self,
            const char        *key,
            JsonNode          *value,
            const char        *file,
            guint              line)
{
  if (!set_scalar_begin (self, key))
    {
      json_node_unref (value);
      return;
    }
  json_object_set_object_member (self->root, key,
                                 new_answer ("value", value, file, line));
}

/* Appends @item (transfer full) to @list, its source last. */
static void
append_item (JsonArray  *list,
             JsonObject *item,
             const char *file,
             guint       line)
{
  set_source_member (item, file, line);
  json_array_add_object_element (list, item);
}

static JsonArray *
get_list (PodliftScanReport *self,
          const char        *key)
{
  return json_object_get_array_member (self->root, key);
}

/* The element of @list whose @member equals @value (and @member2 equals
 * @value2 when given), or NULL. */
static JsonObject *
find_in_list (JsonArray  *list,
              const char *member,
              const char *value,
              const char *member2,
              const char *value2)
{
  guint n = json_array_get_length (list);

  for (guint i = 0; i < n; i++)
    {
      JsonObject *item = json_array_get_object_element (list, i);

      if (g_strcmp0 (json_object_get_string_member_with_default (item, member, NULL),
                     value) != 0)
        continue;
      if (member2 != NULL &&
          g_strcmp0 (json_object_get_string_member_with_default (item, member2, NULL),
                     value2) != 0)
        continue;
      return item;
    }
  return NULL;
}

static void
podlift_scan_report_finalize (GObject *object)
{
  PodliftScanReport *self = (PodliftScanReport *)object;

  g_clear_pointer (&self->root, json_object_unref);

  G_OBJECT_CLASS (podlift_scan_report_parent_class)->finalize (object);
}

static void
podlift_scan_report_class_init (PodliftScanReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = podlift_scan_report_finalize;
}

static void
podlift_scan_report_init (PodliftScanReport *self)
{
  JsonObject *health = json_object_new ();

  self->root = json_object_new ();
  for (guint i = 0; i < G_N_ELEMENTS (scalar_keys); i++)
    json_object_set_null_member (self->root, scalar_keys[i]);
  json_object_set_null_member (self->root, "database");
  for (guint i = 0; i < G_N_ELEMENTS (probe_keys); i++)
    json_object_set_null_member (health, probe_keys[i]);
  json_object_set_object_member (self->root, "health_paths", health);
  json_object_set_null_member (self->root, "ingress");
  for (guint i = 0; i < G_N_ELEMENTS (list_keys); i++)
    json_object_set_array_member (self->root, list_keys[i], json_array_new ());
}

PodliftScanReport *
podlift_scan_report_new (void)
{
  return g_object_new (PODLIFT_TYPE_SCAN_REPORT, NULL);
}

void
podlift_scan_report_set_string (PodliftScanReport *self,
                                const char        *key,
                                const char        *value,
                                const char        *file,
                                guint              line)
{
  g_return_if_fail (value != NULL);

  set_scalar (self, key, new_string_node (value), file, line);
}

void
podlift_scan_report_set_int (PodliftScanReport *self,
                             const char        *key,
                             gint64             value,
                             const char        *file,
                             guint              line)
{
  set_scalar (self, key, json_node_init_int (json_node_alloc (), value), file, line);
}

void
podlift_scan_report_set_boolean (PodliftScanReport *self,
                                 const char        *key,
                                 gboolean           value,
                                 const char        *file,
                                 guint              line)
{
  set_scalar (self, key, json_node_init_boolean (json_node_alloc (), !!value), file, line);
}

/* @key: a scalar key, "database", "ingress", "health_paths" (any probe)
 * or "health_paths.liveness" (one probe). */
gboolean
podlift_scan_report_has (PodliftScanReport *self,
                         const char        *key)
{
  g_return_val_if_fail (PODLIFT_IS_SCAN_REPORT (self), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  if (g_str_equal (key, "health_paths"))
    {
      for (guint i = 0; i < G_N_ELEMENTS (probe_keys); i++)
        {
          g_autofree char *probe = g_strconcat ("health_paths.", probe_keys[i], NULL);

          if (lookup_answer (self, probe) != NULL)
            return TRUE;
        }
      return FALSE;
    }
  return lookup_answer (self, key) != NULL;
}

/* The value of a string answer; for "database" the engine; NULL when
 * unset or not a string. */
const char *
podlift_scan_report_get_string (PodliftScanReport *self,
                                const char        *key)
{
  JsonObject *answer;
  JsonNode *value;

  g_return_val_if_fail (PODLIFT_IS_SCAN_REPORT (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  answer = lookup_answer (self, key);
  if (answer == NULL)
    return NULL;
  value = json_object_get_member (answer, g_str_equal (key, "database") ? "engine" : "value");
  if (value == NULL || json_node_get_value_type (value) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (value);
}

/* The value of an integer or boolean answer, 0 when unset. */
gint64
podlift_scan_report_get_int (PodliftScanReport *self,
                             const char        *key)
{
  JsonObject *answer;
  JsonNode *value;

  g_return_val_if_fail (PODLIFT_IS_SCAN_REPORT (self), 0);
  g_return_val_if_fail (key != NULL, 0);

  answer = lookup_answer (self, key);
  if (answer == NULL)
    return 0;
  value = json_object_get_member (answer, "value");
  if (value == NULL || !JSON_NODE_HOLDS_VALUE (value))
    return 0;
  if (json_node_get_value_type (value) == G_TYPE_BOOLEAN)
    return json_node_get_boolean (value);
  if (json_node_get_value_type (value) == G_TYPE_INT64)
    return json_node_get_int (value);
  return 0;
}

/* The source of a scalar answer, of "database", "ingress" or of
 * "health_paths.PROBE"; NULL when unset. */
const char *
podlift_scan_report_get_source (PodliftScanReport *self,
                                const char        *key)
{
  JsonObject *answer;

  g_return_val_if_fail (PODLIFT_IS_SCAN_REPORT (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  answer = lookup_answer (self, key);
  if (answer == NULL)
    return NULL;
  return json_object_get_string_member_with_default (answer, "source", NULL);
}

void
podlift_scan_report_set_database (PodliftScanReport *self,
                                  const char        *engine,
                                  const char        *file,
                                  guint              line)
{
  g_return_if_fail (engine != NULL);

  if (!set_scalar_begin (self, "database"))
    return;
  json_object_set_object_member (self->root, "database",
                                 new_answer ("engine", new_string_node (engine),
                                             file, line));
}

void
podlift_scan_report_set_health_path (PodliftScanReport *self,
                                     const char        *probe,
                                     const char        *path,
                                     const char        *file,
                                     guint              line)
{
  JsonObject *health;

  g_return_if_fail (PODLIFT_IS_SCAN_REPORT (self));
  g_return_if_fail (probe != NULL);
  g_return_if_fail (g_strv_contains ((const char * const *)probe_keys, probe));
  g_return_if_fail (path != NULL);

  health = json_object_get_object_member (self->root, "health_paths");
  if (get_object_or_null (health, probe) != NULL)
    return;
  json_object_set_object_member (health, probe,
                                 new_answer ("value", new_string_node (path),
                                             file, line));
}

void
podlift_scan_report_add_ingress_host (PodliftScanReport *self,
                                      const char        *host,
                                      gboolean           tls,
                                      const char        *max_body_size,
                                      const char        *file,
                                      guint              line)
{
  JsonObject *ingress;
  JsonArray *hosts;
  guint n;

  g_return_if_fail (PODLIFT_IS_SCAN_REPORT (self));

  ingress = get_object_or_null (self->root, "ingress");
  if (ingress == NULL)
    {
      ingress = json_object_new ();
      json_object_set_array_member (ingress, "hosts", json_array_new ());
      json_object_set_boolean_member (ingress, "tls", FALSE);
      json_object_set_null_member (ingress, "max_body_size");
      set_source_member (ingress, file, line);
      json_object_set_object_member (self->root, "ingress", ingress);
    }

  if (tls)
    json_object_set_boolean_member (ingress, "tls", TRUE);
  if (max_body_size != NULL && json_object_get_null_member (ingress, "max_body_size"))
    json_object_set_string_member (ingress, "max_body_size", max_body_size);
  if (host == NULL || *host == '\0')
    return;

  hosts = json_object_get_array_member (ingress, "hosts");
  n = json_array_get_length (hosts);
  for (guint i = 0; i < n; i++)
    if (g_str_equal (json_array_get_string_element (hosts, i), host))
      return;
  json_array_add_string_element (hosts, host);
}

void
podlift_scan_report_add_env_var (PodliftScanReport *self,
                                 const char        *name,
                                 gboolean           secret,
                                 const char        *file,
                                 guint              line)
{
  JsonArray *list;
  JsonObject *item;

  g_return_if_fail (PODLIFT_IS_SCAN_REPORT (self));
  g_return_if_fail (name != NULL);

  list = get_list (self, "env_vars");
  item = find_in_list (list, "name", name, NULL, NULL);
  if (item != NULL)
    {
      if (secret)
        json_object_set_boolean_member (item, "secret", TRUE);
      return;
    }
  item = json_object_new ();
  json_object_set_string_member (item, "name", name);
  json_object_set_boolean_member (item, "secret", !!secret);
  append_item (list, item, file, line);
}

void
podlift_scan_report_add_stateful_path (PodliftScanReport *self,
                                       const char        *path,
                                       const char        *file,
                                       guint              line)
{
  JsonArray *list;
  JsonObject *item;

  g_return_if_fail (PODLIFT_IS_SCAN_REPORT (self));
  g_return_if_fail (path != NULL);

  list = get_list (self, "stateful_paths");
  if (find_in_list (list, "path", path, NULL, NULL) != NULL)
    return;
  item = json_object_new ();
  json_object_set_string_member (item, "path", path);
  append_item (list, item, file, line);
}

void
podlift_scan_report_add_cron_job (PodliftScanReport *self,
                                  const char        *schedule,
                                  const char        *command,
                                  const char        *file,
                                  guint              line)
{
  JsonArray *list;
  JsonObject *item;

  g_return_if_fail (PODLIFT_IS_SCAN_REPORT (self));
  g_return_if_fail (schedule != NULL);
  g_return_if_fail (command != NULL);

  list = get_list (self, "cron_jobs");
  if (find_in_list (list, "schedule", schedule, "command", command) != NULL)
    return;
  item = json_object_new ();
  json_object_set_string_member (item, "schedule", schedule);
  json_object_set_string_member (item, "command", command);
  append_item (list, item, file, line);
}

void
podlift_scan_report_add_dependency (PodliftScanReport *self,
                                    const char        *host,
                                    guint              port,
                                    const char        *file,
                                    guint              line)
{
  JsonArray *list;
  JsonObject *item;
  guint n;

  g_return_if_fail (PODLIFT_IS_SCAN_REPORT (self));
  g_return_if_fail (host != NULL);

  list = get_list (self, "dependencies");
  n = json_array_get_length (list);
  for (guint i = 0; i < n; i++)
    {
      JsonObject *other = json_array_get_object_element (list, i);

      if (g_str_equal (json_object_get_string_member (other, "host"), host) &&
          json_object_get_int_member (other, "port") == port)
        return;
    }
  item = json_object_new ();
  json_object_set_string_member (item, "host", host);
  json_object_set_int_member (item, "port", port);
  append_item (list, item, file, line);
}

void
podlift_scan_report_add_existing_file (PodliftScanReport   *self,
                                       PodliftScanFileKind  kind,
                                       const char          *path)
{
  static const char * const kinds[] = { "dockerfile", "compose", "manifests" };
  JsonArray *list;
  JsonObject *item;

  g_return_if_fail (PODLIFT_IS_SCAN_REPORT (self));
  g_return_if_fail (kind <= PODLIFT_SCAN_FILE_MANIFESTS);
  g_return_if_fail (path != NULL);

  list = get_list (self, "existing_files");
  if (find_in_list (list, "path", path, NULL, NULL) != NULL)
    return;
  item = json_object_new ();
  json_object_set_string_member (item, "kind", kinds[kind]);
  json_object_set_string_member (item, "path", path);
  json_array_add_object_element (list, item);
}

void
podlift_scan_report_add_not_carried_over (PodliftScanReport *self,
                                          const char        *what,
                                          const char        *why,
                                          const char        *file,
                                          guint              line)
{
  g_autofree char *source = make_source (file, line);
  JsonArray *list;
  JsonObject *item;

  g_return_if_fail (PODLIFT_IS_SCAN_REPORT (self));
  g_return_if_fail (what != NULL);
  g_return_if_fail (why != NULL);

  list = get_list (self, "not_carried_over");
  item = find_in_list (list, "what", what, "source", source);
  if (item != NULL &&
      g_str_equal (json_object_get_string_member (item, "why"), why))
    return;
  item = json_object_new ();
  json_object_set_string_member (item, "what", what);
  json_object_set_string_member (item, "why", why);
  append_item (list, item, file, line);
}

/* json_node_copy () shares objects and arrays; this copies them. */
static JsonNode *
deep_copy (JsonNode *node)
{
  JsonNode *copy;

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      JsonObject *object_copy = json_object_new ();
      JsonObjectIter iter;
      const char *name;
      JsonNode *member;

      json_object_iter_init_ordered (&iter, object);
      while (json_object_iter_next_ordered (&iter, &name, &member))
        json_object_set_member (object_copy, name, deep_copy (member));
      copy = json_node_new (JSON_NODE_OBJECT);
      json_node_take_object (copy, object_copy);
      return copy;
    }
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);
      JsonArray *array_copy = json_array_new ();
      guint n = json_array_get_length (array);

      for (guint i = 0; i < n; i++)
        json_array_add_element (array_copy, deep_copy (json_array_get_element (array, i)));
      copy = json_node_new (JSON_NODE_ARRAY);
      json_node_take_array (copy, array_copy);
      return copy;
    }
  return json_node_copy (node);
}

/* The whole schema, every key present; a copy the caller owns. */
JsonNode *
podlift_scan_report_to_json (PodliftScanReport *self)
{
  g_autoptr(JsonNode) node = NULL;

  g_return_val_if_fail (PODLIFT_IS_SCAN_REPORT (self), NULL);

  node = json_node_new (JSON_NODE_OBJECT);
  json_node_set_object (node, self->root);
  return deep_copy (node);
}

/* Name parts that always mean a secret, and ones that mean one when the
 * name has other parts ("PWD" alone is the shell's working folder). */
static const char * const secret_parts[] = {
  "PASSWORD", "PASSWORDS", "PASSWD", "PASS", "PASSPHRASE", "SECRET",
  "SECRETS", "TOKEN", "TOKENS", "KEY", "KEYS", "APIKEY", "CREDENTIAL",
  "CREDENTIALS", "CREDS", "AUTH", "DSN", "SALT", "PRIVATE", "SIGNATURE",
  "PEPPER", "JWT", "HMAC",
};

/* A last part that names where a secret is, not the secret. */
static const char * const not_secret_last[] = {
  "URL", "URI", "HOST", "DOMAIN", "ENDPOINT", "ISSUER", "PORT", "PATH",
  "FILE", "DIR", "ENABLED", "MODE", "TYPE", "PROVIDER", "METHOD", "TTL",
  "EXPIRY", "EXPIRES", "LENGTH", "HEADER", "NAME", "ALGORITHM", "VERSION",
};

/* Names that carry credentials in their value (a DSN, a URL with a
 * user and password in it). */
static const char * const credential_names[] = {
  "DATABASE_URL", "DB_URL", "MONGODB_URI", "MONGO_URI", "MONGO_URL",
  "MONGODB_URL", "REDIS_URL", "AMQP_URL", "RABBITMQ_URL", "CLOUDAMQP_URL",
  "CONNECTION_STRING", "CONNECTIONSTRING", "SENTRY_DSN",
};

/* Splits "apiKey", "API_KEY", "api-key" into "API", "KEY". */
static GPtrArray *
split_name (const char *name)
{
  GPtrArray *parts = g_ptr_array_new_with_free_func (g_free);
  GString *part = g_string_new (NULL);

  for (const char *p = name; ; p++)
    {
      gboolean boundary = *p == '\0' || !g_ascii_isalnum (*p) ||
                          (p > name && g_ascii_isupper (*p) && g_ascii_islower (p[-1]));

      if (boundary && part->len > 0)
        {
          g_ptr_array_add (parts, g_ascii_strup (part->str, part->len));
          g_string_truncate (part, 0);
        }
      if (*p == '\0')
        break;
      if (g_ascii_isalnum (*p))
        g_string_append_c (part, *p);
    }
  g_string_free (part, TRUE);
  return parts;
}

static gboolean
part_looks_secret (const char *part)
{
  return g_strv_contains (secret_parts, part) ||
         g_str_has_suffix (part, "PASSWORD") || g_str_has_suffix (part, "PASSWD") ||
         g_str_has_suffix (part, "SECRET") || g_str_has_suffix (part, "TOKEN") ||
         g_str_has_suffix (part, "APIKEY") || g_str_has_prefix (part, "PASSWORD") ||
         g_str_has_prefix (part, "SECRET");
}

gboolean
podlift_scan_name_looks_secret (const char *name)
{
  g_autoptr(GPtrArray) parts = NULL;
  g_autofree char *upper = NULL;
  const char *last;

  g_return_val_if_fail (name != NULL, FALSE);

  upper = g_ascii_strup (name, -1);
  for (guint i = 0; i < G_N_ELEMENTS (credential_names); i++)
    if (g_str_equal (upper, credential_names[i]) ||
        (g_str_has_suffix (upper, credential_names[i]) &&
         upper[strlen (upper) - strlen (credential_names[i]) - 1] == '_'))
      return TRUE;

  parts = split_name (name);
  if (parts->len == 0)
    return FALSE;
  last = g_ptr_array_index (parts, parts->len - 1);
  if (parts->len > 1 && g_strv_contains (not_secret_last, last))
    return FALSE;
  for (guint i = 0; i < parts->len; i++)
    {
      const char *part = g_ptr_array_index (parts, i);

      if (part_looks_secret (part))
        return TRUE;
      if (parts->len > 1 && (g_str_equal (part, "PWD") || g_str_equal (part, "PW")))
        return TRUE;
    }
  return FALSE;
}
