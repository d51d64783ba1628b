/* podlift-scan-apply.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-scan-apply"

#include "config.h"

#include <string.h>

#include "podlift-app-profile.h"
#include "podlift-cron-job.h"
#include "podlift-dependency.h"
#include "podlift-enum-types.h"
#include "podlift-env-var.h"
#include "podlift-scanner.h"
#include "podlift-state-path.h"

/* Fills the Knowledge answers from a scan report. The report is read
 * through its JSON (the public shape of `podlift scan --format json`),
 * so this file depends on nothing but that schema.
 *
 * The rule: an answer the user typed (set, without a source) is never
 * overwritten; an answer from an earlier scan (with a source) is
 * replaced; an unset answer is filled. A boolean cannot tell "typed
 * false" from "unset", so FALSE without a source counts as unset. */

typedef struct
{
  const char *key;       /* in the report's JSON */
  const char *property;  /* on PodliftAppProfile, also the source key */
} ScalarAnswer;

static const ScalarAnswer scalar_answers[] = {
  { "stack", "stack" },
  { "stack_version", "stack-version" },
  { "package_manager", "package-manager" },
  { "build_command", "build-command" },
  { "start_command", "launch-command" },
  { "migration_command", "migrate-command" },
  { "port", "port" },
  { "session_stickiness", "sticky-sessions" },
  { "session_cookie", "session-cookie" },
};

static const struct
{
  const char *probe;
  const char *property;
} health_answers[] = {
  { "liveness", "liveness-path" },
  { "readiness", "readiness-path" },
  { "startup", "startup-path" },
};

/* Names detectors may use beside the enum nicks. */
static const struct
{
  const char *alias;
  const char *nick;
} nick_aliases[] = {
  { "nodejs", "node" },
  { "node.js", "node" },
  { "javascript", "node" },
  { "typescript", "node" },
  { ".net", "dotnet" },
  { "csharp", "dotnet" },
  { "postgres", "postgresql" },
  { "mongo", "mongodb" },
};

static JsonObject *
get_object_member (JsonObject *object,
                   const char *key)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, key) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static JsonArray *
get_array_member (JsonObject *object,
                  const char *key)
{
  JsonNode *node = json_object_get_member (object, key);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static const char *
get_string_member (JsonObject *object,
                   const char *key)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, key) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

static gboolean
enum_from_nick (GType       type,
                const char *nick,
                int        *value)
{
  g_autofree char *lower = NULL;

  if (nick == NULL)
    return FALSE;

  lower = g_ascii_strdown (nick, -1);
  for (guint i = 0; i < G_N_ELEMENTS (nick_aliases); i++)
    if (g_str_equal (lower, nick_aliases[i].alias))
      return podlift_enum_from_nick (type, nick_aliases[i].nick, value);

  return podlift_enum_from_nick (type, lower, value);
}

/* Whether the property holds an answer: a non-empty string, a non-zero
 * number, a TRUE boolean, an enum other than its first value. */
static gboolean
property_is_set (GObject    *object,
                 GParamSpec *pspec)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, pspec->value_type);
  g_object_get_property (object, pspec->name, &value);

  if (G_VALUE_HOLDS_STRING (&value))
    return g_value_get_string (&value) != NULL && g_value_get_string (&value)[0] != '\0';
  if (G_VALUE_HOLDS_BOOLEAN (&value))
    return g_value_get_boolean (&value);
  if (G_VALUE_HOLDS_UINT (&value))
    return g_value_get_uint (&value) != 0;
  if (G_VALUE_HOLDS_INT (&value))
    return g_value_get_int (&value) != 0;
  if (G_VALUE_HOLDS_ENUM (&value))
    return g_value_get_enum (&value) != 0;

  return !g_param_value_defaults (pspec, &value);
}

static gboolean
is_typed (PodliftAppProfile *profile,
          GParamSpec        *pspec)
{
  return property_is_set (G_OBJECT (profile), pspec) &&
         podlift_app_profile_get_source (profile, pspec->name) == NULL;
}

/* Converts a JSON scalar into the property's type; FALSE when it does
 * not fit (a stack nick the model does not know, a port out of range). */
static gboolean
value_from_node (GParamSpec *pspec,
                 JsonNode   *node,
                 GValue     *value)
{
  GType type = json_node_get_value_type (node);

  g_value_init (value, pspec->value_type);

  if (G_VALUE_HOLDS_STRING (value) && type == G_TYPE_STRING)
    g_value_set_string (value, json_node_get_string (node));
  else if (G_VALUE_HOLDS_BOOLEAN (value) && type == G_TYPE_BOOLEAN)
    g_value_set_boolean (value, json_node_get_boolean (node));
  else if (G_VALUE_HOLDS_UINT (value) && type == G_TYPE_INT64 &&
           json_node_get_int (node) > 0 && json_node_get_int (node) <= G_MAXUINT16)
    g_value_set_uint (value, (guint) json_node_get_int (node));
  else if (G_VALUE_HOLDS_ENUM (value) && type == G_TYPE_STRING)
    {
      int v;

      if (!enum_from_nick (pspec->value_type, json_node_get_string (node), &v))
        return FALSE;
      g_value_set_enum (value, v);
    }
  else
    return FALSE;

  return !g_param_value_validate (pspec, value);
}

/* Sets one scalar answer and its source unless the user typed it.
 * Returns TRUE when the answer now comes from the report. */
static gboolean
apply_value (PodliftAppProfile *profile,
             const char        *property,
             JsonNode          *node,
             const char        *source)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (profile), property);
  g_auto(GValue) value = G_VALUE_INIT;

  g_assert (pspec != NULL);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || source == NULL)
    return FALSE;
  if (is_typed (profile, pspec))
    return FALSE;
  if (!value_from_node (pspec, node, &value))
    return FALSE;

  /* The value first: changing an answer drops its old source (the
   * profile takes any edit as the user's), then the new one is set. */
  g_object_set_property (G_OBJECT (profile), property, &value);
  podlift_app_profile_set_source (profile, property, source);

  return TRUE;
}

/* { "value": …, "source": "file:line" } */
static gboolean
apply_answer (PodliftAppProfile *profile,
              const char        *property,
              JsonObject        *answer)
{
  if (answer == NULL)
    return FALSE;

  return apply_value (profile, property,
                      json_object_get_member (answer, "value"),
                      get_string_member (answer, "source"));
}

static guint
apply_scalars (PodliftAppProfile *profile,
               JsonObject        *root)
{
  JsonObject *health = get_object_member (root, "health_paths");
  JsonObject *database = get_object_member (root, "database");
  guint filled = 0;

  for (guint i = 0; i < G_N_ELEMENTS (scalar_answers); i++)
    filled += apply_answer (profile, scalar_answers[i].property,
                            get_object_member (root, scalar_answers[i].key));

  for (guint i = 0; i < G_N_ELEMENTS (health_answers); i++)
    filled += apply_answer (profile, health_answers[i].property,
                            get_object_member (health, health_answers[i].probe));

  /* The engine only: whether the database moves too stays the user's
   * decision. */
  if (database != NULL)
    filled += apply_value (profile, "database-engine",
                           json_object_get_member (database, "engine"),
                           get_string_member (database, "source"));

  return filled;
}

/* Lists: the item with the same key (name, path, host) is the same
 * answer. A typed one (no source) is kept as it is; a scanned one is
 * updated by @update; a new one is appended. */

typedef const char *(*ItemKeyFunc)    (gpointer    item);
typedef const char *(*ItemSourceFunc) (gpointer    item);
typedef void        (*ItemUpdateFunc) (gpointer    item,
                                       JsonObject *entry,
                                       const char *source);

typedef struct
{
  GType          type;
  const char    *entry_key;
  ItemKeyFunc    get_key;
  ItemSourceFunc get_source;
  ItemUpdateFunc update;
} ListKind;

static gpointer
find_item (GListModel     *model,
           const ListKind *kind,
           const char     *key)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (kind->get_key (item), key) == 0)
        return item;
    }

  return NULL;
}

static gboolean
merge_entry (GListStore     *store,
             const ListKind *kind,
             JsonObject     *entry,
             const char     *key)
{
  const char *source = get_string_member (entry, "source");
  gpointer item;

  if (key == NULL || key[0] == '\0' || source == NULL)
    return FALSE;

  if ((item = find_item (G_LIST_MODEL (store), kind, key)) != NULL)
    {
      if (kind->get_source (item) == NULL)
        return FALSE;
      kind->update (item, entry, source);
      return TRUE;
    }

  item = g_object_new (kind->type, NULL);
  kind->update (item, entry, source);
  g_list_store_append (store, item);
  g_object_unref (item);

  return TRUE;
}

static guint
merge_list (GListStore     *store,
            const ListKind *kind,
            JsonArray      *entries)
{
  guint filled = 0;
  guint n = entries != NULL ? json_array_get_length (entries) : 0;

  for (guint i = 0; i < n; i++)
    {
      JsonObject *entry = json_array_get_object_element (entries, i);

      if (entry != NULL)
        filled += merge_entry (store, kind, entry, get_string_member (entry, kind->entry_key));
    }

  return filled;
}

static void
update_env_var (gpointer    item,
                JsonObject *entry,
                const char *source)
{
  JsonNode *secret = json_object_get_member (entry, "secret");

  podlift_env_var_set_name (item, get_string_member (entry, "name"));
  if (secret != NULL && json_node_get_value_type (secret) == G_TYPE_BOOLEAN)
    podlift_env_var_set_secret (item, json_node_get_boolean (secret));
  podlift_env_var_set_source (item, source);
}

static void
update_state_path (gpointer    item,
                   JsonObject *entry,
                   const char *source)
{
  podlift_state_path_set_path (item, get_string_member (entry, "path"));
  podlift_state_path_set_source (item, source);
}

static void
update_dependency (gpointer    item,
                   JsonObject *entry,
                   const char *source)
{
  JsonNode *port = json_object_get_member (entry, "port");

  podlift_dependency_set_host (item, get_string_member (entry, "host"));
  if (port != NULL && json_node_get_value_type (port) == G_TYPE_INT64 &&
      json_node_get_int (port) > 0 && json_node_get_int (port) <= G_MAXUINT16)
    podlift_dependency_set_port (item, (guint) json_node_get_int (port));
  podlift_dependency_set_source (item, source);
}

static const ListKind env_var_kind = {
  0, "name",
  (ItemKeyFunc) podlift_env_var_get_name,
  (ItemSourceFunc) podlift_env_var_get_source,
  update_env_var,
};

static const ListKind state_path_kind = {
  0, "path",
  (ItemKeyFunc) podlift_state_path_get_path,
  (ItemSourceFunc) podlift_state_path_get_source,
  update_state_path,
};

static const ListKind dependency_kind = {
  0, "host",
  (ItemKeyFunc) podlift_dependency_get_host,
  (ItemSourceFunc) podlift_dependency_get_source,
  update_dependency,
};

static guint
merge_typed_list (GListStore     *store,
                  const ListKind *proto,
                  GType           type,
                  JsonArray      *entries)
{
  ListKind kind = *proto;

  kind.type = type;

  return merge_list (store, &kind, entries);
}

/* Cron jobs: the name a Kubernetes CronJob would get, from the command:
 * "php /var/www/artisan schedule:run >/dev/null" → "php-artisan-schedule-run",
 * "cd /srv/app && ./bin/backup.sh" → "backup-sh". Lower-case letters,
 * digits and dashes, at most 52 characters (the limit for a CronJob). */
static void
append_name_word (GString    *name,
                  const char *word)
{
  g_autofree char *base = g_path_get_basename (word);

  for (const char *p = base; *p != '\0'; p++)
    {
      char c = g_ascii_tolower (*p);

      if (!g_ascii_isalnum (c))
        c = '-';
      if (c == '-' && (name->len == 0 || name->str[name->len - 1] == '-'))
        continue;
      g_string_append_c (name, c);
    }
  if (name->len > 0 && name->str[name->len - 1] != '-')
    g_string_append_c (name, '-');
}

static gboolean
is_shell_operator (const char *word)
{
  return strchr ("<>|&;", word[0]) != NULL ||
         (g_ascii_isdigit (word[0]) && word[1] == '>');
}

static char *
cron_job_name (const char *command)
{
  g_autoptr(GString) name = g_string_new (NULL);
  g_auto(GStrv) words = g_strsplit_set (command, " \t", -1);
  gboolean in_cd = FALSE;

  for (guint i = 0; words[i] != NULL && name->len < 52; i++)
    {
      const char *word = words[i];

      if (word[0] == '\0')
        continue;
      if (in_cd)
        in_cd = !(g_str_equal (word, "&&") || g_str_equal (word, ";"));
      else if (name->len == 0 && g_str_equal (word, "cd"))
        in_cd = TRUE;
      else if (is_shell_operator (word))
        break;
      else if (word[0] != '-' && strchr (word, '=') == NULL)
        append_name_word (name, word);
    }

  g_string_truncate (name, MIN (name->len, 52));
  while (name->len > 0 && name->str[name->len - 1] == '-')
    g_string_truncate (name, name->len - 1);

  if (name->len == 0)
    g_string_assign (name, "job");

  return g_string_free (g_steal_pointer (&name), FALSE);
}

static PodliftCronJob *
find_cron_job (GListModel *jobs,
               const char *name,
               const char *command)
{
  guint n = g_list_model_get_n_items (jobs);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PodliftCronJob) job = g_list_model_get_item (jobs, i);

      if (g_strcmp0 (podlift_cron_job_get_name (job), name) == 0 ||
          g_strcmp0 (podlift_cron_job_get_command (job), command) == 0)
        return job;
    }

  return NULL;
}

/* A name no other job of the list has: "backup", "backup-2", … */
static char *
unique_cron_job_name (GListModel *jobs,
                      const char *base)
{
  char *name = g_strdup (base);

  for (guint i = 2; find_cron_job (jobs, name, NULL) != NULL; i++)
    {
      g_free (name);
      name = g_strdup_printf ("%.48s-%u", base, i);
    }

  return name;
}

/* The same job is the one with the same command; a job with the same
 * name and another command is another job, with a name of its own. */
static gboolean
merge_cron_job (GListStore *store,
                JsonObject *entry)
{
  const char *schedule = get_string_member (entry, "schedule");
  const char *command = get_string_member (entry, "command");
  const char *source = get_string_member (entry, "source");
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;
  PodliftCronJob *job;
  g_autoptr(PodliftCronJob) added = NULL;

  if (schedule == NULL || command == NULL || source == NULL)
    return FALSE;

  if ((job = find_cron_job (G_LIST_MODEL (store), NULL, command)) != NULL)
    {
      if (podlift_cron_job_get_source (job) == NULL)
        return FALSE;
      podlift_cron_job_set_schedule (job, schedule);
      podlift_cron_job_set_source (job, source);
      return TRUE;
    }

  base = cron_job_name (command);
  name = unique_cron_job_name (G_LIST_MODEL (store), base);
  added = podlift_cron_job_new ();
  podlift_cron_job_set_name (added, name);
  podlift_cron_job_set_schedule (added, schedule);
  podlift_cron_job_set_command (added, command);
  podlift_cron_job_set_source (added, source);
  g_list_store_append (store, added);

  return TRUE;
}

static guint
merge_cron_jobs (GListStore *store,
                 JsonArray  *entries)
{
  guint filled = 0;
  guint n = entries != NULL ? json_array_get_length (entries) : 0;

  for (guint i = 0; i < n; i++)
    {
      JsonObject *entry = json_array_get_object_element (entries, i);

      if (entry != NULL)
        filled += merge_cron_job (store, entry);
    }

  return filled;
}

/* A folder that holds state makes the application stateful; the first
 * such path is the evidence. */
static guint
apply_stateful (PodliftAppProfile *profile,
                JsonArray         *paths)
{
  g_autoptr(JsonNode) yes = json_node_new (JSON_NODE_VALUE);
  JsonObject *first;

  if (paths == NULL || json_array_get_length (paths) == 0)
    return 0;

  json_node_set_boolean (yes, TRUE);
  first = json_array_get_object_element (paths, 0);

  return apply_value (profile, "stateful", yes, get_string_member (first, "source"));
}

static guint
apply_lists (PodliftAppProfile *profile,
             JsonObject        *root)
{
  JsonArray *state_paths = get_array_member (root, "stateful_paths");
  guint filled = 0;

  filled += apply_stateful (profile, state_paths);
  filled += merge_typed_list (podlift_app_profile_get_state_paths (profile),
                              &state_path_kind, PODLIFT_TYPE_STATE_PATH, state_paths);
  filled += merge_typed_list (podlift_app_profile_get_env_vars (profile),
                              &env_var_kind, PODLIFT_TYPE_ENV_VAR,
                              get_array_member (root, "env_vars"));
  filled += merge_typed_list (podlift_app_profile_get_dependencies (profile),
                              &dependency_kind, PODLIFT_TYPE_DEPENDENCY,
                              get_array_member (root, "dependencies"));
  filled += merge_cron_jobs (podlift_app_profile_get_cron_jobs (profile),
                             get_array_member (root, "cron_jobs"));

  return filled;
}

/**
 * podlift_scan_report_apply:
 * @report: what a scan or an import found
 * @project: the project whose Knowledge answers are filled
 *
 * Fills the answers the user has not typed, each with its source, and
 * merges the lists. `user`, `working_dir`, `ingress` and
 * `not_carried_over` have no place in the model: they are left to the
 * caller to show.
 *
 * Returns: the number of answers that now come from @report
 */
guint
podlift_scan_report_apply (PodliftScanReport *report,
                           PodliftProject    *project)
{
  g_autoptr(JsonNode) root = NULL;
  PodliftAppProfile *profile;
  JsonObject *object;
  guint filled = 0;

  g_return_val_if_fail (PODLIFT_IS_SCAN_REPORT (report), 0);
  g_return_val_if_fail (PODLIFT_IS_PROJECT (project), 0);

  root = podlift_scan_report_to_json (report);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return 0;

  object = json_node_get_object (root);
  profile = podlift_project_get_profile (project);

  /* No freeze_notify here: each answer's notify must come before its
   * source is set, or the profile would take the scan for an edit. */
  filled += apply_scalars (profile, object);
  filled += apply_lists (profile, object);

  return filled;
}
