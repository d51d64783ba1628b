/* podlift-compose-generator.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-compose-generator"

#include "config.h"

#include <string.h>
#include <yaml.h>

#include "podlift-compose-generator.h"
#include "podlift-compose-generator-private.h"
#include "podlift-env-var.h"
#include "podlift-state-path.h"

/* compose.yaml, written with libyaml's emitter into a GString. Values
 * never come inline from secrets.env: the services read both env files,
 * and the database service maps the application's variables to its own
 * in a small shell wrapper (see podlift-compose-database.c). */

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (yaml_emitter_t, yaml_emitter_delete)

#define DB_VOLUME "db-data"

/* Characters of a Kubernetes ConfigMap or Secret key; they also keep an
 * env file line KEY=value unambiguous. */
static gboolean
is_valid_key (const char *name)
{
  if (name == NULL || name[0] == '\0' || strlen (name) > 253 ||
      g_str_equal (name, ".") || g_str_equal (name, ".."))
    return FALSE;

  for (const char *c = name; *c; c++)
    if (!g_ascii_isalnum (*c) && *c != '-' && *c != '_' && *c != '.')
      return FALSE;

  return TRUE;
}

/**
 * podlift_project_list_config_keys:
 * @secret: the secret keys, or the others
 *
 * A variable is listed once, under its first use in the model, and only
 * when its name can be a ConfigMap key (letters, digits, "-", "_", ".").
 *
 * Returns: (transfer full) (element-type utf8): the key names
 */
GPtrArray *
podlift_project_list_config_keys (PodliftProject *project,
                                  gboolean        secret)
{
  GListModel *vars;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *keys = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (PODLIFT_IS_PROJECT (project), keys);

  vars = G_LIST_MODEL (podlift_app_profile_get_env_vars (podlift_project_get_profile (project)));

  for (guint i = 0; i < g_list_model_get_n_items (vars); i++)
    {
      g_autoptr(PodliftEnvVar) var = g_list_model_get_item (vars, i);
      const char *name = podlift_env_var_get_name (var);

      if (!is_valid_key (name) || !g_hash_table_add (seen, (gpointer)name))
        continue;

      if (!!podlift_env_var_get_secret (var) == !!secret)
        g_ptr_array_add (keys, g_strdup (name));
    }

  return keys;
}

/* The first variable of the model with this name, owned by the model. */
PodliftEnvVar *
podlift_compose_find_env_var (PodliftProject *project,
                              const char     *name)
{
  PodliftAppProfile *profile = podlift_project_get_profile (project);
  GListModel *vars = G_LIST_MODEL (podlift_app_profile_get_env_vars (profile));

  for (guint i = 0; i < g_list_model_get_n_items (vars); i++)
    {
      g_autoptr(PodliftEnvVar) var = g_list_model_get_item (vars, i);

      if (g_strcmp0 (podlift_env_var_get_name (var), name) == 0)
        return var;
    }

  return NULL;
}

/* Writing: every helper does nothing once an event has failed. */

static int
write_to_string (void          *data,
                 unsigned char *buffer,
                 size_t         size)
{
  g_string_append_len (data, (const char *)buffer, size);

  return 1;
}

/* Takes @event, made when @made is TRUE. */
static void
emit (PodliftComposeWriter *w,
      gboolean              made,
      yaml_event_t         *event)
{
  if (!made)
    w->failed = TRUE;
  else if (w->failed)
    yaml_event_delete (event);
  else if (!yaml_emitter_emit (w->emitter, event))
    w->failed = TRUE;
}

/* Resolves like PyYAML (YAML 1.1, as docker-compose 1 reads) and YAML 1.2:
 * a plain scalar that any of them reads as other than a string (null,
 * booleans with yes/no/on/off, integers in any base and sexagesimal,
 * floats, timestamps, merge and value keys). */
static gboolean
plain_is_string (const char *value)
{
  static GRegex *typed = NULL;

  if (g_once_init_enter (&typed))
    g_once_init_leave (&typed,
                       g_regex_new ("^(?:"
                                    "~|null|Null|NULL|"
                                    "[yYnN]|yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|"
                                    "on|On|ON|off|Off|OFF|"
                                    "[-+]?0b[01_]+|[-+]?0o?[0-7_]+|[-+]?0x[0-9a-fA-F_]+|"
                                    "[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])*|"
                                    "[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])*\\.[0-9_]*"
                                    "(?:[eE][-+]?[0-9]+)?|"
                                    "[-+]?\\.[0-9_]+(?:[eE][-+]?[0-9]+)?|"
                                    "[-+]?[0-9]+[eE][-+]?[0-9]+|"
                                    "[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)|"
                                    "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt ].*)?|"
                                    "<<|="
                                    ")$",
                                    G_REGEX_OPTIMIZE, 0, NULL));

  return value[0] != '\0' && !g_regex_match (typed, value, 0, NULL);
}

void
podlift_compose_write_styled (PodliftComposeWriter *w,
                              const char           *value,
                              yaml_scalar_style_t   style)
{
  yaml_event_t event;
  g_autofree char *valid = g_utf8_make_valid (value, -1);
  gboolean plain = style == YAML_ANY_SCALAR_STYLE && plain_is_string (valid);

  emit (w, yaml_scalar_event_initialize (&event, NULL, NULL, (yaml_char_t *)valid, -1,
                                         plain, TRUE, style),
        &event);
}

/* A string, quoted by libyaml when it could not be read back plain. */
void
podlift_compose_write_scalar (PodliftComposeWriter *w,
                              const char           *value)
{
  podlift_compose_write_styled (w, value, YAML_ANY_SCALAR_STYLE);
}

void
podlift_compose_begin_map (PodliftComposeWriter *w,
                           const char           *key)
{
  yaml_event_t event;

  if (key != NULL)
    podlift_compose_write_scalar (w, key);
  emit (w, yaml_mapping_start_event_initialize (&event, NULL, NULL, TRUE, YAML_BLOCK_MAPPING_STYLE),
        &event);
}

void
podlift_compose_end_map (PodliftComposeWriter *w)
{
  yaml_event_t event;

  emit (w, yaml_mapping_end_event_initialize (&event), &event);
}

void
podlift_compose_begin_seq (PodliftComposeWriter *w,
                           const char           *key)
{
  yaml_event_t event;

  podlift_compose_write_scalar (w, key);
  emit (w, yaml_sequence_start_event_initialize (&event, NULL, NULL, TRUE,
                                                 YAML_BLOCK_SEQUENCE_STYLE),
        &event);
}

void
podlift_compose_end_seq (PodliftComposeWriter *w)
{
  yaml_event_t event;

  emit (w, yaml_sequence_end_event_initialize (&event), &event);
}

void
podlift_compose_write_pair (PodliftComposeWriter *w,
                            const char           *key,
                            const char           *value)
{
  podlift_compose_write_scalar (w, key);
  podlift_compose_write_scalar (w, value);
}

/* A number, plain, where compose wants one. */
void
podlift_compose_write_number (PodliftComposeWriter *w,
                              const char           *key,
                              guint                 number)
{
  yaml_event_t event;
  g_autofree char *text = g_strdup_printf ("%u", number);

  podlift_compose_write_scalar (w, key);
  emit (w, yaml_scalar_event_initialize (&event, NULL, NULL, (yaml_char_t *)text, -1,
                                         TRUE, TRUE, YAML_PLAIN_SCALAR_STYLE),
        &event);
}

/* An empty value, as compose lists a named volume with no options. */
static void
write_empty_map (PodliftComposeWriter *w,
                 const char           *key)
{
  yaml_event_t event;

  podlift_compose_write_scalar (w, key);
  emit (w, yaml_mapping_start_event_initialize (&event, NULL, NULL, TRUE, YAML_FLOW_MAPPING_STYLE),
        &event);
  podlift_compose_end_map (w);
}

/* The application's service. */

/* Both env files, secrets.env only when there are secrets: the bundle
 * writes it only then, and compose refuses a missing env file. */
void
podlift_compose_write_env_files (PodliftComposeWriter *w)
{
  podlift_compose_begin_seq (w, "env_file");
  podlift_compose_write_scalar (w, "configuration.env");
  if (w->has_secrets)
    podlift_compose_write_scalar (w, "secrets.env");
  podlift_compose_end_seq (w);
}

static void
write_app_image (PodliftComposeWriter *w)
{
  PodliftDockerfile *dockerfile = podlift_project_get_dockerfile (w->project);
  const char *image = podlift_dockerfile_get_image (dockerfile);
  const char *tag = podlift_dockerfile_get_tag (dockerfile);
  g_autofree char *reference = NULL;

  if (image == NULL || image[0] == '\0')
    return;

  if (tag != NULL && tag[0] != '\0')
    reference = g_strdup_printf ("%s:%s", image, tag);
  else
    reference = g_strdup (image);

  podlift_compose_write_pair (w, "image", reference);
}

static void
write_app_ports (PodliftComposeWriter *w)
{
  guint port = podlift_app_profile_get_port (podlift_project_get_profile (w->project));
  g_autofree char *mapping = NULL;

  if (port == 0)
    return;

  /* Always quoted: unquoted, YAML 1.1 reads 22:22 as the number 1342. */
  mapping = g_strdup_printf ("%u:%u", port, port);
  podlift_compose_begin_seq (w, "ports");
  podlift_compose_write_styled (w, mapping, YAML_DOUBLE_QUOTED_SCALAR_STYLE);
  podlift_compose_end_seq (w);
}

static void
write_app_volumes (PodliftComposeWriter *w)
{
  if (w->state_volumes->len == 0)
    return;

  podlift_compose_begin_seq (w, "volumes");
  for (guint i = 0; i + 1 < w->state_volumes->len; i += 2)
    {
      const char *name = g_ptr_array_index (w->state_volumes, i);
      const char *path = g_ptr_array_index (w->state_volumes, i + 1);
      g_autofree char *mount = g_strdup_printf ("%s:%s", name, path);

      podlift_compose_write_scalar (w, mount);
    }
  podlift_compose_end_seq (w);
}

static void
write_app (PodliftComposeWriter *w)
{
  podlift_compose_begin_map (w, "app");
  podlift_compose_write_pair (w, "build", ".");
  write_app_image (w);
  write_app_ports (w);
  podlift_compose_write_env_files (w);
  if (w->database != NULL)
    podlift_compose_database_app_env (w);
  write_app_volumes (w);
  if (w->database != NULL)
    {
      podlift_compose_begin_map (w, "depends_on");
      podlift_compose_begin_map (w, "db");
      podlift_compose_write_pair (w, "condition", "service_healthy");
      podlift_compose_end_map (w);
      podlift_compose_end_map (w);
    }
  podlift_compose_write_pair (w, "restart", "unless-stopped");
  podlift_compose_end_map (w);
}

/* Named volumes for the state paths, when the state stays on disk (a
 * shared volume or a StatefulSet's volumes on Kubernetes): a name from
 * the last part of the path, made unique. */
static char *
volume_name_for (const char *path,
                 GHashTable *used)
{
  const char *base = strrchr (path, '/');
  g_autoptr(GString) name = g_string_new (NULL);
  g_autofree char *unique = NULL;

  for (const char *c = base ? base + 1 : path; *c; c++)
    {
      if (g_ascii_isalnum (*c) || ((*c == '_' || *c == '.' || *c == '-') && name->len > 0))
        g_string_append_c (name, g_ascii_tolower (*c));
      else if (name->len > 0 && name->str[name->len - 1] != '-')
        g_string_append_c (name, '-');
    }
  while (name->len > 0 && !g_ascii_isalnum (name->str[name->len - 1]))
    g_string_truncate (name, name->len - 1);
  if (name->len == 0)
    g_string_assign (name, "state");

  unique = g_strdup (name->str);
  for (guint n = 2; g_hash_table_contains (used, unique); n++)
    {
      g_free (unique);
      unique = g_strdup_printf ("%s-%u", name->str, n);
    }
  g_hash_table_add (used, g_strdup (unique));

  return g_steal_pointer (&unique);
}

static void
collect_state_volumes (PodliftComposeWriter *w)
{
  PodliftAppProfile *profile = podlift_project_get_profile (w->project);
  GListModel *paths = G_LIST_MODEL (podlift_app_profile_get_state_paths (profile));
  g_autoptr(GHashTable) used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (!podlift_app_profile_get_stateful (profile) ||
      podlift_app_profile_get_state_handling (profile) == PODLIFT_STATE_HANDLING_REWORK)
    return;

  g_hash_table_add (used, g_strdup (DB_VOLUME));

  for (guint i = 0; i < g_list_model_get_n_items (paths); i++)
    {
      g_autoptr(PodliftStatePath) state = g_list_model_get_item (paths, i);
      const char *path = podlift_state_path_get_path (state);

      /* Only an absolute path, without ":" that would split the mount. */
      if (path == NULL || path[0] != '/' || strchr (path, ':') || strchr (path, '\n'))
        continue;

      g_ptr_array_add (w->state_volumes, volume_name_for (path, used));
      g_ptr_array_add (w->state_volumes, g_strdup (path));
    }
}

static void
write_volumes (PodliftComposeWriter *w)
{
  if (w->database == NULL && w->state_volumes->len == 0)
    return;

  podlift_compose_begin_map (w, "volumes");
  if (w->database != NULL)
    write_empty_map (w, DB_VOLUME);
  for (guint i = 0; i < w->state_volumes->len; i += 2)
    write_empty_map (w, g_ptr_array_index (w->state_volumes, i));
  podlift_compose_end_map (w);
}

/* Comments go before the document: libyaml writes none. */
static void
write_header (PodliftComposeWriter *w,
              GString              *out)
{
  PodliftAppProfile *profile = podlift_project_get_profile (w->project);
  const char *migrate = podlift_app_profile_get_migrate_command (profile);

  g_string_append (out, "# For local testing: docker compose up --build\n");
  if (w->has_secrets)
    g_string_append (out, "# secrets.env holds placeholders until you type the real values.\n");
  if (w->database != NULL && migrate != NULL && migrate[0] != '\0')
    {
      g_autofree char *valid = g_utf8_make_valid (migrate, -1);

      g_strdelimit (valid, "\r\n", ' ');
      g_string_append (out, "# Run the database migrations once the database is up:\n");
      g_string_append_printf (out, "#   docker compose run --rm app %s\n", valid);
    }
}

static void
write_document (PodliftComposeWriter *w)
{
  yaml_event_t event;

  emit (w, yaml_stream_start_event_initialize (&event, YAML_UTF8_ENCODING), &event);
  emit (w, yaml_document_start_event_initialize (&event, NULL, NULL, NULL, FALSE), &event);
  podlift_compose_begin_map (w, NULL);

  podlift_compose_begin_map (w, "services");
  write_app (w);
  if (w->database != NULL)
    podlift_compose_database_service (w, DB_VOLUME);
  podlift_compose_end_map (w);

  write_volumes (w);

  podlift_compose_end_map (w);
  emit (w, yaml_document_end_event_initialize (&event, TRUE), &event);
  emit (w, yaml_stream_end_event_initialize (&event), &event);
}

static void
writer_clear (PodliftComposeWriter *w)
{
  g_clear_pointer (&w->state_volumes, g_ptr_array_unref);
  g_clear_pointer (&w->database, podlift_compose_database_free);
}

static char *
write_compose (PodliftComposeWriter *w,
               yaml_emitter_t       *emitter)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GPtrArray) secrets = podlift_project_list_config_keys (w->project, TRUE);

  w->emitter = emitter;
  w->has_secrets = secrets->len > 0;
  w->state_volumes = g_ptr_array_new_with_free_func (g_free);
  w->database = podlift_compose_database_new (w->project);
  collect_state_volumes (w);

  write_header (w, out);

  yaml_emitter_set_output (emitter, write_to_string, out);
  yaml_emitter_set_encoding (emitter, YAML_UTF8_ENCODING);
  yaml_emitter_set_unicode (emitter, TRUE);
  yaml_emitter_set_indent (emitter, 2);
  yaml_emitter_set_width (emitter, -1);
  write_document (w);

  if (w->failed)
    {
      g_critical ("Could not write compose.yaml: %s", emitter->problem ? emitter->problem : "?");
      return NULL;
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * podlift_compose_generate:
 *
 * Returns: (transfer full): the text of compose.yaml
 */
char *
podlift_compose_generate (PodliftProject *project)
{
  yaml_emitter_t initialized;
  PodliftComposeWriter w = { .project = project };
  char *text;

  g_return_val_if_fail (PODLIFT_IS_PROJECT (project), NULL);

  if (!yaml_emitter_initialize (&initialized))
    g_error ("Could not write compose.yaml: out of memory");

  {
    /* Set up only now, so that it is deleted only once initialized.
     * The emitter holds no pointer to itself: a copy is the same one. */
    g_auto(yaml_emitter_t) emitter = initialized;

    text = write_compose (&w, &emitter);
  }

  writer_clear (&w);

  return text;
}
