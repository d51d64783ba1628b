/* podlift-bundle-json.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-bundle"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "podlift-bundle-private.h"
#include "podlift-checklist-item.h"
#include "podlift-config-file.h"
#include "podlift-cron-job.h"
#include "podlift-stateful-service.h"
#include "podlift-dependency.h"
#include "podlift-enum-types.h"
#include "podlift-env-var.h"
#include "podlift-error.h"
#include "podlift-state-path.h"
#include "podlift-timeline-entry.h"

/* podlift.json, format 1.
 *
 * The keys are listed here, one table a section, rather than taken from
 * the objects' properties: renaming a property must never change what a
 * saved bundle means. Each key names the property that holds it. */

static const char * const knowledge_keys[] = {
  "name", "description", "stack", "stack-version",
  "stateful", "state-handling",
  "database-moves", "database-engine", "database-version", "database-size-gb",
  "sticky-sessions", "session-cookie",
  "build-command", "launch-command", "migrate-command", "port",
  "liveness-path", "readiness-path", "startup-path", "startup-seconds",
  "vm-vcpu", "vm-memory-mb", "vm-instances",
  "cpu-average-percent", "cpu-peak-percent", "memory-average-mb", "memory-peak-mb",
  "requests-average", "requests-peak",
  "package-manager", "image-files",
  NULL
};
static const char * const state_path_keys[] = { "path", "holds", "size-gb", "source", NULL };
static const char * const dependency_keys[] = { "host", "port", "protocol", "purpose", "source", NULL };
static const char * const env_var_keys[] = { "name", "secret", "source", NULL };
static const char * const env_var_value_key[] = { "value", NULL };
static const char * const config_file_keys[] = { "path", "content-source", "secret", "source", NULL };
static const char * const cron_job_keys[] = { "name", "schedule", "command", "source", NULL };
static const char * const stateful_service_keys[] = {
  "name", "kind", "holds", "size-gb", "moves", "source", NULL
};
static const char * const container_keys[] = {
  "base-size", "image", "tag", "user-id", "customised", "variant", NULL
};
static const char * const manifests_keys[] = {
  "format", "namespace",
  "ingress-enabled", "ingress-host", "tls-secret", "ingress-class", "ingress-controller",
  "replicas", "hpa-enabled", "min-replicas", "max-replicas",
  "cpu-target-percent", "memory-target-percent",
  "pdb-enabled", "pdb-min-available", "storage-class", "storage-provider",
  "cpu-request-millicores", "cpu-limit-millicores", "memory-request-mb", "memory-limit-mb",
  "disabled-resources",
  NULL
};
static const char * const strategy_keys[] = {
  "kind", "public-hostname", "dns-ttl-seconds", "lowered-ttl-seconds",
  "maintenance-page", "sizing-source", "cutover-window", "rollback-plan", "notes",
  "maintenance-kind", "run-from", "volume-copy", "dump-mb-per-second",
  "transfer-mb-per-second", "restore-mb-per-second", "volume-mb-per-second",
  "checks-minutes", "latency-objective-ms", "error-objective-percent", "cpu-limit",
  "load-test-pods", "load-test-rate", "load-test-p95-ms", "load-test-error-percent",
  NULL
};
static const char * const item_keys[] = {
  "id", "title", "why", "phase", "state", "owner", "note", "check-kind", "check-target", NULL
};
/* Written only when not at their default, so that an item shows what
 * was chosen for it. */
static const char * const item_optional_keys[] = {
  "custom", "check-method", "check-status", "check-max-latency-ms", "check-timeout-ms",
  "check-verify-tls", "check-follow-redirects", "check-expect", "check-ticks", NULL
};
/* The last check result, after "checked-at", when the check ran. */
static const char * const item_result_keys[] = {
  "check-passed", "check-result", "check-latency-ms", NULL
};
/* Format 1 before items had a state. */
static const char * const item_legacy_keys[] = { "done", NULL };

/* Times are written as ISO 8601 in UTC so a reviewer can read them. */
static void
add_time (JsonBuilder *builder,
          const char  *key,
          gint64       unix_time)
{
  g_autoptr(GDateTime) dt = NULL;
  g_autofree char *text = NULL;

  if (unix_time == 0)
    return;

  dt = g_date_time_new_from_unix_utc (unix_time);
  if (dt == NULL)
    return;

  text = g_date_time_format (dt, "%Y-%m-%dT%H:%M:%SZ");
  json_builder_set_member_name (builder, key);
  json_builder_add_string_value (builder, text);
}

static void
add_properties (JsonBuilder        *builder,
                GObject            *object,
                const char * const *keys)
{
  GObjectClass *klass = G_OBJECT_GET_CLASS (object);

  for (guint i = 0; keys[i]; i++)
    {
      GParamSpec *pspec = g_object_class_find_property (klass, keys[i]);
      g_auto(GValue) value = G_VALUE_INIT;
      GType type;

      g_assert (pspec != NULL);

      g_value_init (&value, pspec->value_type);
      g_object_get_property (object, keys[i], &value);
      type = G_TYPE_FUNDAMENTAL (pspec->value_type);

      /* Unanswered strings are left out: the file shows what was answered. */
      if ((type == G_TYPE_STRING && g_value_get_string (&value) == NULL) ||
          (pspec->value_type == G_TYPE_STRV && g_value_get_boxed (&value) == NULL))
        continue;

      if (pspec->value_type == G_TYPE_STRV)
        {
          const char * const *strv = g_value_get_boxed (&value);

          json_builder_set_member_name (builder, keys[i]);
          json_builder_begin_array (builder);
          for (guint j = 0; strv[j]; j++)
            json_builder_add_string_value (builder, strv[j]);
          json_builder_end_array (builder);
          continue;
        }

      json_builder_set_member_name (builder, keys[i]);

      switch (type)
        {
        case G_TYPE_STRING:
          json_builder_add_string_value (builder, g_value_get_string (&value));
          break;

        case G_TYPE_BOOLEAN:
          json_builder_add_boolean_value (builder, g_value_get_boolean (&value));
          break;

        case G_TYPE_UINT:
          json_builder_add_int_value (builder, g_value_get_uint (&value));
          break;

        case G_TYPE_INT64:
          json_builder_add_int_value (builder, g_value_get_int64 (&value));
          break;

        case G_TYPE_DOUBLE:
          json_builder_add_double_value (builder, g_value_get_double (&value));
          break;

        case G_TYPE_ENUM:
          json_builder_add_string_value (builder,
                                         podlift_enum_to_nick (pspec->value_type,
                                                               g_value_get_enum (&value)));
          break;

        default:
          g_assert_not_reached ();
        }
    }
}

static void
add_non_default (JsonBuilder        *builder,
                 GObject            *object,
                 const char * const *keys)
{
  GObjectClass *klass = G_OBJECT_GET_CLASS (object);

  for (guint i = 0; keys[i]; i++)
    {
      GParamSpec *pspec = g_object_class_find_property (klass, keys[i]);
      g_auto(GValue) value = G_VALUE_INIT;
      const char * const one[] = { keys[i], NULL };

      g_assert (pspec != NULL);

      g_value_init (&value, pspec->value_type);
      g_object_get_property (object, keys[i], &value);
      if (!g_param_value_defaults (pspec, &value))
        add_properties (builder, object, one);
    }
}

static void
add_item_extras (JsonBuilder          *builder,
                 PodliftChecklistItem *item)
{
  add_non_default (builder, G_OBJECT (item), item_optional_keys);
  add_time (builder, "done-at", podlift_checklist_item_get_done_at (item));
  add_time (builder, "changed-at", podlift_checklist_item_get_changed_at (item));
  if (podlift_checklist_item_get_checked_at (item) != 0)
    {
      add_time (builder, "checked-at", podlift_checklist_item_get_checked_at (item));
      add_properties (builder, G_OBJECT (item), item_result_keys);
    }
}

static void
add_list (JsonBuilder        *builder,
          const char         *key,
          GListStore         *store,
          const char * const *keys)
{
  GListModel *model = G_LIST_MODEL (store);
  guint n = g_list_model_get_n_items (model);

  json_builder_set_member_name (builder, key);
  json_builder_begin_array (builder);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      json_builder_begin_object (builder);
      add_properties (builder, item, keys);

      if (PODLIFT_IS_CHECKLIST_ITEM (item))
        add_item_extras (builder, PODLIFT_CHECKLIST_ITEM (item));

      /* A secret's value is written to secrets.env only. */
      if (PODLIFT_IS_ENV_VAR (item) && !podlift_env_var_get_secret (PODLIFT_ENV_VAR (item)))
        add_properties (builder, item, env_var_value_key);

      json_builder_end_object (builder);
    }

  json_builder_end_array (builder);
}

static const char * const timeline_check_keys[] = { "passed", "latency-ms", NULL };

static void
add_timeline (JsonBuilder *builder,
              GListStore  *store)
{
  GListModel *model = G_LIST_MODEL (store);
  guint n = g_list_model_get_n_items (model);

  json_builder_set_member_name (builder, "timeline");
  json_builder_begin_array (builder);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PodliftTimelineEntry) entry = g_list_model_get_item (model, i);

      json_builder_begin_object (builder);
      add_time (builder, "time", podlift_timeline_entry_get_time (entry));
      if (podlift_timeline_entry_get_item_id (entry) != NULL)
        {
          json_builder_set_member_name (builder, "item-id");
          json_builder_add_string_value (builder, podlift_timeline_entry_get_item_id (entry));
        }
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder,
                                     podlift_enum_to_nick (PODLIFT_TYPE_TIMELINE_KIND,
                                                           podlift_timeline_entry_get_kind (entry)));
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, podlift_timeline_entry_get_text (entry));
      /* A check's outcome always; anything else's when it has one. */
      if (podlift_timeline_entry_get_kind (entry) == PODLIFT_TIMELINE_KIND_CHECK)
        add_properties (builder, G_OBJECT (entry), timeline_check_keys);
      else
        add_non_default (builder, G_OBJECT (entry), timeline_check_keys);
      json_builder_end_object (builder);
    }

  json_builder_end_array (builder);
}

static void
add_sources (JsonBuilder       *builder,
             PodliftAppProfile *profile)
{
  g_autoptr(GPtrArray) keys = podlift_app_profile_list_sources (profile);

  json_builder_set_member_name (builder, "sources");
  json_builder_begin_object (builder);
  for (guint i = 0; i < keys->len; i++)
    {
      const char *key = g_ptr_array_index (keys, i);

      json_builder_set_member_name (builder, key);
      json_builder_add_string_value (builder, podlift_app_profile_get_source (profile, key));
    }
  json_builder_end_object (builder);
}

/* Resources written by hand, and the checksums of the resource files
 * last saved, by resource id; each left out when there are none. */
static void
add_string_map (JsonBuilder        *builder,
                PodliftManifestSet *manifests,
                const char         *member,
                char              **ids,
                const char         *(*get) (PodliftManifestSet *, const char *))
{
  if (ids[0] != NULL)
    {
      json_builder_set_member_name (builder, member);
      json_builder_begin_object (builder);
      for (guint i = 0; ids[i]; i++)
        {
          json_builder_set_member_name (builder, ids[i]);
          json_builder_add_string_value (builder, get (manifests, ids[i]));
        }
      json_builder_end_object (builder);
    }
  g_strfreev (ids);
}

static void
add_customisations (JsonBuilder        *builder,
                    PodliftManifestSet *manifests)
{
  add_string_map (builder, manifests, "customisations",
                  podlift_manifest_set_dup_customised_ids (manifests),
                  podlift_manifest_set_get_customisation);
  add_string_map (builder, manifests, "written",
                  podlift_manifest_set_dup_written_ids (manifests),
                  podlift_manifest_set_get_written_checksum);
}

/* Keys this version does not know are carried over from what was read,
 * object by object, so that a newer Podlift's data survives our save. */
static void
merge_unknown (JsonObject *into,
               JsonObject *from)
{
  g_autoptr(GList) members = json_object_get_members (from);

  for (const GList *l = members; l; l = l->next)
    {
      const char *name = l->data;
      JsonNode *old = json_object_get_member (from, name);
      JsonNode *cur = json_object_get_member (into, name);

      if (cur == NULL)
        json_object_set_member (into, name, json_node_copy (old));
      else if (JSON_NODE_HOLDS_OBJECT (cur) && JSON_NODE_HOLDS_OBJECT (old))
        merge_unknown (json_node_get_object (cur), json_node_get_object (old));
    }
}

GBytes *
podlift_bundle_write_json (PodliftProject *project)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  PodliftAppProfile *profile = podlift_project_get_profile (project);
  PodliftChecklist *checklist = podlift_project_get_checklist (project);
  char *text;
  gsize len;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_int_value (builder, PODLIFT_BUNDLE_FORMAT);
  json_builder_set_member_name (builder, "generator");
  json_builder_add_string_value (builder, "Podlift " PACKAGE_VERSION);

  json_builder_set_member_name (builder, "knowledge");
  json_builder_begin_object (builder);
  add_properties (builder, G_OBJECT (profile), knowledge_keys);
  add_list (builder, "state-paths", podlift_app_profile_get_state_paths (profile), state_path_keys);
  add_list (builder, "dependencies", podlift_app_profile_get_dependencies (profile), dependency_keys);
  add_list (builder, "env-vars", podlift_app_profile_get_env_vars (profile), env_var_keys);
  add_list (builder, "config-files", podlift_app_profile_get_config_files (profile), config_file_keys);
  add_list (builder, "cron-jobs", podlift_app_profile_get_cron_jobs (profile), cron_job_keys);
  add_list (builder, "stateful-services", podlift_app_profile_get_stateful_services (profile),
            stateful_service_keys);
  add_sources (builder, profile);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "container");
  json_builder_begin_object (builder);
  add_properties (builder, G_OBJECT (podlift_project_get_dockerfile (project)), container_keys);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "manifests");
  json_builder_begin_object (builder);
  add_properties (builder, G_OBJECT (podlift_project_get_manifests (project)), manifests_keys);
  add_customisations (builder, podlift_project_get_manifests (project));
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "strategy");
  json_builder_begin_object (builder);
  add_properties (builder, G_OBJECT (podlift_project_get_strategy (project)), strategy_keys);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "cutover");
  json_builder_begin_object (builder);
  add_list (builder, "items", podlift_checklist_get_items (checklist), item_keys);
  add_timeline (builder, podlift_checklist_get_timeline (checklist));
  json_builder_end_object (builder);

  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  if (podlift_project_get_unknown (project) != NULL)
    merge_unknown (json_node_get_object (root), podlift_project_get_unknown (project));

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, &len);

  /* A final newline, as every text file in a repository should have. */
  text = g_realloc (text, len + 2);
  text[len] = '\n';
  text[len + 1] = '\0';

  return g_bytes_new_take (text, len + 1);
}

/* Reading. The parser tells, member by member, on which line it read
 * each one, so an error about a value can name its line. */
typedef struct
{
  GHashTable *lines;   /* "%p/%s" of object and member → line */
} ReadContext;

static void
object_member_cb (JsonParser *parser,
                  JsonObject *object,
                  const char *member,
                  gpointer    user_data)
{
  ReadContext *ctx = user_data;

  g_hash_table_insert (ctx->lines,
                       g_strdup_printf ("%p/%s", object, member),
                       GUINT_TO_POINTER (json_parser_get_current_line (parser)));
}

static guint
member_line (ReadContext *ctx,
             JsonObject  *object,
             const char  *member)
{
  g_autofree char *key = g_strdup_printf ("%p/%s", object, member);

  return GPOINTER_TO_UINT (g_hash_table_lookup (ctx->lines, key));
}

G_GNUC_PRINTF (5, 6)
static gboolean
fail_at (ReadContext  *ctx,
         JsonObject   *object,
         const char   *member,
         GError      **error,
         const char   *format,
         ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, PODLIFT_ERROR, PODLIFT_ERROR_INVALID_BUNDLE,
               "podlift.json:%u: %s", member_line (ctx, object, member), message);

  return FALSE;
}

/* A list of strings, such as knowledge.image-files. */
static gboolean
read_strv (ReadContext  *ctx,
           JsonObject   *object,
           const char   *member,
           const char   *path,
           GObject      *target,
           GError      **error)
{
  JsonNode *node = json_object_get_member (object, member);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;
  JsonArray *array;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail_at (ctx, object, member, error, _("“%s.%s” must be a list of strings"), path, member);

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING)
        return fail_at (ctx, object, member, error, _("“%s.%s” must be a list of strings"), path, member);
      g_strv_builder_add (builder, json_node_get_string (element));
    }

  strv = g_strv_builder_end (builder);
  g_object_set (target, member, strv, NULL);

  return TRUE;
}

static gboolean
read_value (ReadContext  *ctx,
            JsonObject   *object,
            const char   *member,
            const char   *path,
            GObject      *target,
            GError      **error)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (target), member);
  JsonNode *node = json_object_get_member (object, member);
  GType type = G_TYPE_FUNDAMENTAL (pspec->value_type);
  GType vtype = JSON_NODE_HOLDS_VALUE (node) ? json_node_get_value_type (node) : G_TYPE_INVALID;
  g_auto(GValue) value = G_VALUE_INIT;

  if (JSON_NODE_HOLDS_NULL (node))
    return TRUE;

  if (pspec->value_type == G_TYPE_STRV)
    return read_strv (ctx, object, member, path, target, error);

  g_value_init (&value, pspec->value_type);

  switch (type)
    {
    case G_TYPE_STRING:
      if (vtype != G_TYPE_STRING)
        return fail_at (ctx, object, member, error, _("“%s.%s” must be a string"), path, member);
      g_value_set_string (&value, json_node_get_string (node));
      break;

    case G_TYPE_BOOLEAN:
      if (vtype != G_TYPE_BOOLEAN)
        return fail_at (ctx, object, member, error, _("“%s.%s” must be true or false"), path, member);
      g_value_set_boolean (&value, json_node_get_boolean (node));
      break;

    case G_TYPE_UINT:
      {
        GParamSpecUInt *uspec = G_PARAM_SPEC_UINT (pspec);
        gint64 v;

        if (vtype != G_TYPE_INT64)
          return fail_at (ctx, object, member, error, _("“%s.%s” must be a whole number"), path, member);
        v = json_node_get_int (node);
        if (v < uspec->minimum || v > uspec->maximum)
          return fail_at (ctx, object, member, error,
                          _("“%s.%s” must be between %u and %u"),
                          path, member, uspec->minimum, uspec->maximum);
        g_value_set_uint (&value, (guint)v);
        break;
      }

    case G_TYPE_DOUBLE:
      {
        GParamSpecDouble *dspec = G_PARAM_SPEC_DOUBLE (pspec);
        double v;

        if (vtype != G_TYPE_INT64 && vtype != G_TYPE_DOUBLE)
          return fail_at (ctx, object, member, error, _("“%s.%s” must be a number"), path, member);
        v = json_node_get_double (node);
        if (v < dspec->minimum || v > dspec->maximum)
          return fail_at (ctx, object, member, error,
                          _("“%s.%s” must be between %g and %g"),
                          path, member, dspec->minimum, dspec->maximum);
        g_value_set_double (&value, v);
        break;
      }

    case G_TYPE_ENUM:
      {
        int v;

        if (vtype != G_TYPE_STRING ||
            !podlift_enum_from_nick (pspec->value_type, json_node_get_string (node), &v))
          return fail_at (ctx, object, member, error,
                          _("“%s.%s” has an unknown value"), path, member);
        g_value_set_enum (&value, v);
        break;
      }

    default:
      g_assert_not_reached ();
    }

  g_object_set_property (target, member, &value);

  return TRUE;
}

static gboolean
parse_time (ReadContext  *ctx,
            JsonObject   *object,
            const char   *member,
            gint64       *out,
            GError      **error)
{
  g_autoptr(GDateTime) dt = NULL;
  const char *text;

  *out = 0;

  if (!json_object_has_member (object, member))
    return TRUE;

  text = json_object_get_string_member_with_default (object, member, NULL);
  if (text != NULL)
    dt = g_date_time_new_from_iso8601 (text, NULL);
  if (dt == NULL)
    return fail_at (ctx, object, member, error,
                    _("“%s” must be a time such as 2026-11-26T21:00:00Z"), member);

  *out = g_date_time_to_unix (dt);

  return TRUE;
}

static JsonObject *
get_object (ReadContext  *ctx,
            JsonObject   *parent,
            const char   *member,
            GError      **error)
{
  JsonNode *node = json_object_get_member (parent, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      fail_at (ctx, parent, member, error, _("“%s” must be an object"), member);
      return NULL;
    }

  return json_node_get_object (node);
}

/* Sets every known member of @object on @target. */
static gboolean
read_properties (ReadContext        *ctx,
                 JsonObject         *object,
                 const char         *path,
                 GObject            *target,
                 const char * const *keys,
                 GError            **error)
{
  for (guint i = 0; keys[i]; i++)
    {
      if (json_object_has_member (object, keys[i]) &&
          !read_value (ctx, object, keys[i], path, target, error))
        return FALSE;
    }

  return TRUE;
}

/* What a checklist item has besides its main keys (item_keys). */
static gboolean
read_item_extras (ReadContext           *ctx,
                  JsonObject            *object,
                  const char            *path,
                  PodliftChecklistItem  *item,
                  GError               **error)
{
  gint64 done_at, changed_at, checked_at;

  if (!json_object_has_member (object, "state") &&
      !read_properties (ctx, object, path, G_OBJECT (item), item_legacy_keys, error))
    return FALSE;

  if (!read_properties (ctx, object, path, G_OBJECT (item), item_optional_keys, error) ||
      !read_properties (ctx, object, path, G_OBJECT (item), item_result_keys, error) ||
      !parse_time (ctx, object, "done-at", &done_at, error) ||
      !parse_time (ctx, object, "changed-at", &changed_at, error) ||
      !parse_time (ctx, object, "checked-at", &checked_at, error))
    return FALSE;

  podlift_checklist_item_set_done_at (item, done_at);
  podlift_checklist_item_set_changed_at (item, changed_at);
  g_object_set (item, "checked-at", checked_at, NULL);

  return TRUE;
}

static gboolean
read_list (ReadContext        *ctx,
           JsonObject         *parent,
           const char         *member,
           GListStore         *store,
           const char * const *keys,
           GError            **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  JsonNode *node = json_object_get_member (parent, member);
  JsonArray *array;
  guint n;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail_at (ctx, parent, member, error, _("“%s” must be a list"), member);

  array = json_node_get_array (node);
  n = json_array_get_length (array);

  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autoptr(GObject) item = g_object_new (g_list_model_get_item_type (G_LIST_MODEL (store)), NULL);
      g_autofree char *path = g_strdup_printf ("%s[%u]", member, i);

      if (!JSON_NODE_HOLDS_OBJECT (element))
        return fail_at (ctx, parent, member, error, _("“%s” must be an object"), path);

      if (!read_properties (ctx, json_node_get_object (element), path, item, keys, error))
        return FALSE;

      if (PODLIFT_IS_ENV_VAR (item) &&
          !podlift_env_var_get_secret (PODLIFT_ENV_VAR (item)) &&
          !read_properties (ctx, json_node_get_object (element), path, item, env_var_value_key, error))
        return FALSE;

      if (PODLIFT_IS_CHECKLIST_ITEM (item) &&
          !read_item_extras (ctx, json_node_get_object (element), path,
                             PODLIFT_CHECKLIST_ITEM (item), error))
        return FALSE;

      g_ptr_array_add (items, g_steal_pointer (&item));
    }

  /* All or nothing, and the items are complete before the store sees them
   * (a checklist item added as done must not log a new tick). */
  g_list_store_splice (store, 0, 0, items->pdata, items->len);

  return TRUE;
}

static const char * const timeline_keys[] = { "kind", "passed", "latency-ms", NULL };

static gboolean
read_timeline (ReadContext  *ctx,
               JsonObject   *parent,
               GListStore   *store,
               GError      **error)
{
  JsonNode *node = json_object_get_member (parent, "timeline");
  JsonArray *array;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail_at (ctx, parent, "timeline", error, _("“%s” must be a list"), "timeline");

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autoptr(PodliftTimelineEntry) entry = podlift_timeline_entry_new ();
      JsonObject *object;
      gint64 time;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        return fail_at (ctx, parent, "timeline", error, _("“%s” must be an object"), "timeline");

      object = json_node_get_object (element);
      if (!parse_time (ctx, object, "time", &time, error))
        return FALSE;

      podlift_timeline_entry_set_time (entry, time);
      podlift_timeline_entry_set_item_id (entry, json_object_get_string_member_with_default (object, "item-id", NULL));
      podlift_timeline_entry_set_text (entry, json_object_get_string_member_with_default (object, "text", NULL));
      if (!read_properties (ctx, object, "timeline", G_OBJECT (entry), timeline_keys, error))
        return FALSE;
      g_list_store_append (store, entry);
    }

  return TRUE;
}

static gboolean
read_sources (ReadContext        *ctx,
              JsonObject         *knowledge,
              PodliftAppProfile  *profile,
              GError            **error)
{
  JsonObject *sources;
  g_autoptr(GList) members = NULL;

  if (!(sources = get_object (ctx, knowledge, "sources", error)))
    return error == NULL || *error == NULL;

  members = json_object_get_members (sources);
  for (const GList *l = members; l; l = l->next)
    {
      JsonNode *node = json_object_get_member (sources, l->data);

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        return fail_at (ctx, sources, l->data, error, _("“sources.%s” must be a string"),
                        (const char *)l->data);

      podlift_app_profile_set_source (profile, l->data, json_node_get_string (node));
    }

  return TRUE;
}

static gboolean
read_knowledge (ReadContext        *ctx,
                JsonObject         *knowledge,
                PodliftAppProfile  *profile,
                GError            **error)
{
  return read_properties (ctx, knowledge, "knowledge", G_OBJECT (profile), knowledge_keys, error) &&
         read_list (ctx, knowledge, "state-paths", podlift_app_profile_get_state_paths (profile), state_path_keys, error) &&
         read_list (ctx, knowledge, "dependencies", podlift_app_profile_get_dependencies (profile), dependency_keys, error) &&
         read_list (ctx, knowledge, "env-vars", podlift_app_profile_get_env_vars (profile), env_var_keys, error) &&
         read_list (ctx, knowledge, "config-files", podlift_app_profile_get_config_files (profile), config_file_keys, error) &&
         read_list (ctx, knowledge, "cron-jobs", podlift_app_profile_get_cron_jobs (profile), cron_job_keys, error) &&
         read_list (ctx, knowledge, "stateful-services", podlift_app_profile_get_stateful_services (profile),
                    stateful_service_keys, error) &&
         read_sources (ctx, knowledge, profile, error);
}

/* Sections and the function that reads each. */
typedef gboolean (*ReadSection) (ReadContext  *ctx,
                                 JsonObject   *object,
                                 gpointer      target,
                                 GError      **error);

static gboolean
read_container (ReadContext  *ctx,
                JsonObject   *object,
                gpointer      target,
                GError      **error)
{
  return read_properties (ctx, object, "container", target, container_keys, error);
}

static gboolean
read_string_map (ReadContext  *ctx,
                 JsonObject   *object,
                 const char   *member,
                 gpointer      target,
                 void        (*set) (PodliftManifestSet *, const char *, const char *),
                 GError      **error)
{
  JsonObject *map;
  g_autoptr(GList) members = NULL;

  if (!(map = get_object (ctx, object, member, error)))
    return error == NULL || *error == NULL;

  members = json_object_get_members (map);
  for (const GList *l = members; l; l = l->next)
    {
      JsonNode *node = json_object_get_member (map, l->data);

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        return fail_at (ctx, map, l->data, error,
                        _("“%s.%s” must be a string"), member, (const char *) l->data);

      set (target, l->data, json_node_get_string (node));
    }

  return TRUE;
}

static gboolean
read_manifests (ReadContext  *ctx,
                JsonObject   *object,
                gpointer      target,
                GError      **error)
{
  if (!read_properties (ctx, object, "manifests", target, manifests_keys, error))
    return FALSE;

  return read_string_map (ctx, object, "customisations", target,
                          podlift_manifest_set_set_customisation, error) &&
         read_string_map (ctx, object, "written", target,
                          podlift_manifest_set_set_written_checksum, error);
}

static gboolean
read_strategy (ReadContext  *ctx,
               JsonObject   *object,
               gpointer      target,
               GError      **error)
{
  return read_properties (ctx, object, "strategy", target, strategy_keys, error);
}

static gboolean
read_cutover (ReadContext  *ctx,
              JsonObject   *object,
              gpointer      target,
              GError      **error)
{
  return read_list (ctx, object, "items", podlift_checklist_get_items (target), item_keys, error) &&
         read_timeline (ctx, object, podlift_checklist_get_timeline (target), error);
}

static gboolean
read_root (PodliftProject  *project,
           JsonParser      *parser,
           ReadContext     *ctx,
           GError         **error)
{
  JsonNode *root;
  JsonObject *object;
  JsonNode *format;
  const struct {
    const char  *name;
    ReadSection  read;
    gpointer     target;
  } sections[] = {
    { "knowledge", (ReadSection)read_knowledge, podlift_project_get_profile (project) },
    { "container", read_container, podlift_project_get_dockerfile (project) },
    { "manifests", read_manifests, podlift_project_get_manifests (project) },
    { "strategy", read_strategy, podlift_project_get_strategy (project) },
    { "cutover", read_cutover, podlift_project_get_checklist (project) },
  };

  root = json_parser_get_root (parser);
  if (root == NULL)
    {
      g_set_error (error, PODLIFT_ERROR, PODLIFT_ERROR_INVALID_BUNDLE,
                   _("podlift.json:1: the file is empty"));
      return FALSE;
    }

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, PODLIFT_ERROR, PODLIFT_ERROR_INVALID_BUNDLE,
                   _("podlift.json:1: the file must hold a JSON object"));
      return FALSE;
    }

  object = json_node_get_object (root);
  format = json_object_get_member (object, "format");
  if (format == NULL || !JSON_NODE_HOLDS_VALUE (format) ||
      json_node_get_value_type (format) != G_TYPE_INT64)
    {
      g_set_error (error, PODLIFT_ERROR, PODLIFT_ERROR_INVALID_BUNDLE,
                   _("podlift.json:%u: “format” must give the bundle format, such as 1"),
                   format ? member_line (ctx, object, "format") : 1);
      return FALSE;
    }

  if (json_node_get_int (format) < 1 || json_node_get_int (format) > PODLIFT_BUNDLE_FORMAT)
    {
      g_set_error (error, PODLIFT_ERROR, PODLIFT_ERROR_UNSUPPORTED_FORMAT,
                   _("podlift.json:%u: bundle format %" G_GINT64_FORMAT " is not supported; this version of Podlift reads format %d"),
                   member_line (ctx, object, "format"),
                   json_node_get_int (format), PODLIFT_BUNDLE_FORMAT);
      return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      JsonObject *section = get_object (ctx, object, sections[i].name, error);

      if (section == NULL)
        {
          if (error != NULL && *error != NULL)
            return FALSE;
          continue;
        }

      if (!sections[i].read (ctx, section, sections[i].target, error))
        return FALSE;
    }

  podlift_project_set_unknown (project, object);

  return TRUE;
}

gboolean
podlift_bundle_read_json (PodliftProject  *project,
                          const char      *data,
                          gsize            length,
                          GError         **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GHashTable) lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ReadContext ctx = { lines };

  g_return_val_if_fail (PODLIFT_IS_PROJECT (project), FALSE);

  g_signal_connect (parser, "object-member", G_CALLBACK (object_member_cb), &ctx);

  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      /* json-glib says "<data>:LINE:COLUMN: Parse error: …"; name our file. */
      const char *msg = local_error->message;

      if (g_str_has_prefix (msg, "<data>:"))
        msg += strlen ("<data>:");
      g_set_error (error, PODLIFT_ERROR, PODLIFT_ERROR_INVALID_BUNDLE,
                   "podlift.json:%s", msg);
      return FALSE;
    }

  if (!read_root (project, parser, &ctx, &local_error))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}
