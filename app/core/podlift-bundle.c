/* podlift-bundle.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-bundle"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "podlift-bundle-private.h"
#include "podlift-checklist-generator.h"
#include "podlift-compose-generator.h"
#include "podlift-env-var.h"
#include "podlift-error.h"
#include "podlift-runbook.h"

/* A bundle is a folder: podlift.json beside the artifacts. Saving first
 * writes every file beside its target, and only when all of them are
 * written renames them into place, podlift.json last. A save that fails
 * part way leaves the bundle as it was. */

#define SAVE_SUFFIX ".podlift-save"
#define MAX_FILE_SIZE (16 * 1024 * 1024)

static const char gitignore_line[] = "secrets.env";

void
podlift_bundle_file_free (PodliftBundleFile *file)
{
  g_clear_pointer (&file->name, g_free);
  g_clear_pointer (&file->contents, g_bytes_unref);
  g_free (file);
}

PodliftBundleFile *
podlift_bundle_file_new (const char *name,
                 GBytes     *contents,
                 gboolean    private)
{
  PodliftBundleFile *file = g_new0 (PodliftBundleFile, 1);

  file->name = g_strdup (name);
  file->contents = contents;
  file->private = private;

  return file;
}

static void
add_file (GPtrArray  *files,
          const char *name,
          GBytes     *contents,
          gboolean    private)
{
  g_ptr_array_add (files, podlift_bundle_file_new (name, contents, private));
}

static void
add_text (GPtrArray  *files,
          const char *name,
          const char *text)
{
  if (text != NULL)
    add_file (files, name, g_bytes_new (text, strlen (text)), FALSE);
}

/* compose and Kubernetes read env files line by line; a value that spans
 * lines is written quoted with its newlines escaped. */
static void
append_env_line (GString    *out,
                 const char *name,
                 const char *value)
{
  if (value != NULL && (strchr (value, '\n') || strchr (value, '"') || strchr (value, '#')))
    {
      g_string_append_printf (out, "%s=\"", name);
      for (const char *c = value; *c; c++)
        {
          if (*c == '\n')
            g_string_append (out, "\\n");
          else if (*c == '"' || *c == '\\')
            g_string_append_printf (out, "\\%c", *c);
          else
            g_string_append_c (out, *c);
        }
      g_string_append (out, "\"\n");
    }
  else
    g_string_append_printf (out, "%s=%s\n", name, value ? value : "");
}

/* The first variable of that name, owned by the model. */
static PodliftEnvVar *
find_env_var (PodliftProject *project,
              const char     *name)
{
  GListModel *vars = G_LIST_MODEL (podlift_app_profile_get_env_vars (podlift_project_get_profile (project)));

  for (guint i = 0; i < g_list_model_get_n_items (vars); i++)
    {
      g_autoptr(PodliftEnvVar) var = g_list_model_get_item (vars, i);

      if (g_strcmp0 (podlift_env_var_get_name (var), name) == 0)
        return var;
    }

  return NULL;
}

/**
 * podlift_bundle_write_env:
 * @secret: the secret variables, or the others
 * @with_values: whether to write values, or the names only
 *
 * The keys are those of podlift_project_list_config_keys(), in its order.
 * A secret not typed yet is written with a placeholder, which reading
 * secrets.env back takes as not given.
 *
 * Returns: (transfer full): the text of configuration.env, secrets.env or
 *   secrets.env.example
 */
GBytes *
podlift_bundle_write_env (PodliftProject *project,
                          gboolean        secret,
                          gboolean        with_values)
{
  g_autoptr(GPtrArray) keys = podlift_project_list_config_keys (project, secret);
  GString *out = g_string_new (NULL);

  if (secret && !with_values)
    g_string_append (out, "# Copy to secrets.env and fill in the values. Never commit secrets.env.\n");
  else if (secret)
    g_string_append (out, "# Secret values. Keep this file out of version control.\n");
  else
    g_string_append (out, "# Configuration that is not secret, one KEY=value a line.\n");

  for (guint i = 0; i < keys->len; i++)
    {
      const char *name = g_ptr_array_index (keys, i);
      const char *value = NULL;

      if (with_values)
        value = podlift_env_var_get_value (find_env_var (project, name));
      if (with_values && secret && (value == NULL || value[0] == '\0'))
        value = PODLIFT_SECRET_PLACEHOLDER;

      append_env_line (out, name, value);
    }

  return g_string_free_to_bytes (out);
}

static char *
unquote_env_value (const char *value)
{
  GString *out;
  gsize len = strlen (value);

  if (len < 2 || value[0] != '"' || value[len - 1] != '"')
    return g_strdup (value);

  out = g_string_new (NULL);
  for (gsize i = 1; i < len - 1; i++)
    {
      if (value[i] == '\\' && i + 1 < len - 1)
        {
          i++;
          g_string_append_c (out, value[i] == 'n' ? '\n' : value[i]);
        }
      else
        g_string_append_c (out, value[i]);
    }

  return g_string_free (out, FALSE);
}

/* Fills the values of secret variables from secrets.env. A name that
 * podlift.json does not list is kept as a new secret variable. The
 * placeholder, or nothing, leaves the value not given. */
void
podlift_bundle_read_secrets (PodliftProject *project,
                             const char     *data)
{
  GListStore *store = podlift_app_profile_get_env_vars (podlift_project_get_profile (project));
  g_auto(GStrv) lines = g_strsplit (data, "\n", -1);

  for (guint i = 0; lines[i]; i++)
    {
      g_autoptr(PodliftEnvVar) found = NULL;
      g_autofree char *value = NULL;
      char *line = g_strstrip (lines[i]);
      char *eq;

      if (line[0] == '#' || !(eq = strchr (line, '=')))
        continue;

      *eq = '\0';
      value = unquote_env_value (eq + 1);

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (store)); j++)
        {
          g_autoptr(PodliftEnvVar) var = g_list_model_get_item (G_LIST_MODEL (store), j);

          if (g_strcmp0 (podlift_env_var_get_name (var), line) == 0)
            {
              found = g_steal_pointer (&var);
              break;
            }
        }

      if (found == NULL)
        {
          found = podlift_env_var_new ();
          podlift_env_var_set_name (found, line);
          podlift_env_var_set_source (found, "secrets.env");
          g_list_store_append (store, found);
        }

      if (g_str_equal (value, PODLIFT_SECRET_PLACEHOLDER) || value[0] == '\0')
        g_clear_pointer (&value, g_free);
      podlift_env_var_set_secret (found, TRUE);
      podlift_env_var_set_value (found, value);
    }
}

static gboolean
has_secrets (PodliftProject *project)
{
  g_autoptr(GPtrArray) keys = podlift_project_list_config_keys (project, TRUE);

  return keys->len > 0;
}

/**
 * podlift_bundle_serialize:
 *
 * The whole bundle as bytes, made on the thread that owns the project:
 * every file with its contents, podlift.json last.
 *
 * Returns: (transfer full) (element-type PodliftBundleFile): the files
 */
GPtrArray *
podlift_bundle_serialize (PodliftProject *project)
{
  GPtrArray *files = g_ptr_array_new_with_free_func ((GDestroyNotify)podlift_bundle_file_free);
  PodliftDockerfile *dockerfile = podlift_project_get_dockerfile (project);

  add_text (files, "Dockerfile", podlift_dockerfile_get_text (dockerfile));
  add_text (files, ".dockerignore", podlift_dockerfile_get_dockerignore (dockerfile));
  add_text (files, "compose.yaml", podlift_dockerfile_get_compose (dockerfile));
  add_file (files, "configuration.env", podlift_bundle_write_env (project, FALSE, TRUE), FALSE);
  if (has_secrets (project))
    {
      add_file (files, "secrets.env", podlift_bundle_write_env (project, TRUE, TRUE), TRUE);
      add_file (files, "secrets.env.example", podlift_bundle_write_env (project, TRUE, FALSE), FALSE);
    }
  podlift_bundle_add_deploy (project, files);
  podlift_runbook_add_to_bundle (project, files);
  podlift_bundle_add_checklist (project, files);
  /* Last, so that it is renamed into place last. */
  add_file (files, "podlift.json", podlift_bundle_write_json (project), FALSE);

  return files;
}

static gboolean
load_file (GFile         *file,
           GBytes       **out,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *data = NULL;
  gsize len;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            cancellable, error);
  if (info == NULL)
    return FALSE;

  if (g_file_info_get_size (info) > MAX_FILE_SIZE)
    {
      g_autofree char *name = g_file_get_basename (file);

      g_set_error (error, PODLIFT_ERROR, PODLIFT_ERROR_INVALID_BUNDLE,
                   _("%s: the file is larger than %d MiB"), name, MAX_FILE_SIZE / (1024 * 1024));
      return FALSE;
    }

  if (!g_file_load_contents (file, cancellable, &data, &len, NULL, error))
    return FALSE;

  *out = g_bytes_new_take (g_steal_pointer (&data), len);

  return TRUE;
}

/* Text artifacts must be UTF-8 without NUL bytes; the error names the line. */
static gboolean
check_text (const char  *name,
            GBytes      *bytes,
            GError     **error)
{
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  const char *end = NULL;
  guint line = 1;

  if (g_utf8_validate_len (data, len, &end) && memchr (data, '\0', len) == NULL)
    return TRUE;

  if (end == NULL || (gsize)(end - data) == len)
    end = memchr (data, '\0', len);

  for (const char *c = data; c < end; c++)
    if (*c == '\n')
      line++;

  g_set_error (error, PODLIFT_ERROR, PODLIFT_ERROR_INVALID_BUNDLE,
               _("%s:%u: the file is not text (binary data or invalid UTF-8)"), name, line);

  return FALSE;
}

static gboolean
load_text (GFile         *dir,
           const char    *name,
           char         **text,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(GFile) file = g_file_get_child (dir, name);

  return podlift_bundle_load_text_file (file, name, text, cancellable, error);
}

gboolean
podlift_bundle_load_text_file (GFile         *file,
                               const char    *name,
                               char         **text,
                               GCancellable  *cancellable,
                               GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;

  *text = NULL;

  if (!load_file (file, &bytes, cancellable, &local_error))
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        return TRUE;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (!check_text (name, bytes, error))
    return FALSE;

  *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  return TRUE;
}

static gboolean
load_artifacts (PodliftProject  *project,
                GFile           *dir,
                GCancellable    *cancellable,
                GError         **error)
{
  PodliftDockerfile *dockerfile = podlift_project_get_dockerfile (project);
  g_autofree char *text = NULL;
  g_autofree char *ignore = NULL;
  g_autofree char *compose = NULL;
  g_autofree char *secrets = NULL;

  if (!load_text (dir, "Dockerfile", &text, cancellable, error) ||
      !load_text (dir, ".dockerignore", &ignore, cancellable, error) ||
      !load_text (dir, "compose.yaml", &compose, cancellable, error) ||
      !load_text (dir, "secrets.env", &secrets, cancellable, error))
    return FALSE;

  podlift_dockerfile_set_text (dockerfile, text);
  podlift_dockerfile_set_dockerignore (dockerfile, ignore);
  podlift_dockerfile_set_compose (dockerfile, compose);
  if (secrets != NULL)
    podlift_bundle_read_secrets (project, secrets);

  return TRUE;
}

/**
 * podlift_bundle_load:
 * @dir: the bundle folder
 *
 * Reads a bundle into a new project. Nothing on disk is changed, whether
 * the bundle is read or not.
 *
 * Returns: (transfer full): the project, or %NULL with @error set
 */
PodliftProject *
podlift_bundle_load (GFile         *dir,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autoptr(PodliftProject) project = NULL;
  g_autoptr(GFile) json = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (G_IS_FILE (dir), NULL);

  path = g_file_get_path (dir);
  if (path == NULL)
    path = g_file_get_uri (dir);

  if (g_file_query_file_type (dir, G_FILE_QUERY_INFO_NONE, cancellable) != G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, PODLIFT_ERROR, PODLIFT_ERROR_NOT_A_BUNDLE,
                   _("%s is not a Podlift bundle: a bundle is a folder holding podlift.json"),
                   path);
      return NULL;
    }

  json = g_file_get_child (dir, "podlift.json");
  if (!load_file (json, &bytes, cancellable, &local_error))
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_set_error (error, PODLIFT_ERROR, PODLIFT_ERROR_NOT_A_BUNDLE,
                     _("%s is not a Podlift bundle: podlift.json is missing"), path);
      else
        g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", path);
      return NULL;
    }

  project = podlift_project_new ();

  if (!check_text ("podlift.json", bytes, &local_error) ||
      !podlift_bundle_read_json (project,
                                 g_bytes_get_data (bytes, NULL),
                                 g_bytes_get_size (bytes),
                                 &local_error) ||
      !load_artifacts (project, dir, cancellable, &local_error) ||
      !podlift_bundle_load_deploy (project, dir, cancellable, &local_error))
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s/", path);
      return NULL;
    }

  podlift_project_set_file (project, dir);
  podlift_project_set_dirty (project, FALSE);

  return g_steal_pointer (&project);
}

/* ".NAME.podlift-save" beside NAME, in NAME's folder. */
static GFile *
save_temp_file (GFile      *dir,
                const char *name)
{
  g_autofree char *folder = g_path_get_dirname (name);
  g_autofree char *base = g_path_get_basename (name);
  g_autofree char *temp = g_strconcat (".", base, SAVE_SUFFIX, NULL);
  g_autofree char *path = g_build_filename (folder, temp, NULL);

  return g_file_resolve_relative_path (dir, path);
}

static void
remove_temp_files (GFile     *dir,
                   GPtrArray *files,
                   guint      n_written)
{
  for (guint i = 0; i < n_written; i++)
    {
      PodliftBundleFile *file = g_ptr_array_index (files, i);
      g_autoptr(GFile) temp = save_temp_file (dir, file->name);

      g_file_delete (temp, NULL, NULL);
    }
}

static gboolean
write_temp_file (GFile              *dir,
                 PodliftBundleFile  *file,
                 GCancellable       *cancellable,
                 GError            **error)
{
  g_autoptr(GFile) target = g_file_resolve_relative_path (dir, file->name);
  g_autoptr(GFile) temp = save_temp_file (dir, file->name);
  g_autoptr(GFile) folder = g_file_get_parent (temp);
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  GFileType type;

  if (file->contents == NULL)
    return TRUE;  /* removed after the renames */

  type = g_file_query_file_type (target, G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, cancellable);
  if (type != G_FILE_TYPE_UNKNOWN && type != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                   _("%s is in the way: it is not a regular file"), file->name);
      return FALSE;
    }

  if (!g_file_make_directory_with_parents (folder, cancellable, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  /* PRIVATE creates the file 0600 from the start: a secret is never
   * readable by others, not even for a moment. */
  stream = g_file_replace (temp, NULL, FALSE,
                           G_FILE_CREATE_REPLACE_DESTINATION |
                           (file->private ? G_FILE_CREATE_PRIVATE : G_FILE_CREATE_NONE),
                           cancellable, error);
  if (stream == NULL)
    return FALSE;

  if (!g_output_stream_write_all (G_OUTPUT_STREAM (stream),
                                  g_bytes_get_data (file->contents, NULL),
                                  g_bytes_get_size (file->contents),
                                  NULL, cancellable, error) ||
      !g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, error))
    return FALSE;

  if (file->private &&
      !g_file_set_attribute_uint32 (temp, G_FILE_ATTRIBUTE_UNIX_MODE, 0600,
                                    G_FILE_QUERY_INFO_NONE, cancellable, error))
    return FALSE;

  return TRUE;
}

/* Keeps secrets.env out of the repository the bundle is committed to,
 * without touching the rest of an existing .gitignore. */
static gboolean
ensure_gitignore (GFile         *dir,
                  GPtrArray     *files,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(GFile) file = g_file_get_child (dir, ".gitignore");
  g_autofree char *text = NULL;
  g_autoptr(GString) out = NULL;
  g_auto(GStrv) lines = NULL;

  if (!load_text (dir, ".gitignore", &text, cancellable, error))
    return FALSE;

  if (text != NULL)
    {
      lines = g_strsplit (text, "\n", -1);
      for (guint i = 0; lines[i]; i++)
        if (g_strcmp0 (g_strstrip (lines[i]), gitignore_line) == 0)
          return TRUE;
    }

  out = g_string_new (text);
  if (out->len > 0 && out->str[out->len - 1] != '\n')
    g_string_append_c (out, '\n');
  g_string_append_printf (out, "%s\n", gitignore_line);

  /* First: podlift.json stays the last file. */
  g_ptr_array_insert (files, 0,
                      podlift_bundle_file_new (".gitignore",
                                       g_string_free_to_bytes (g_steal_pointer (&out)),
                                       FALSE));

  return TRUE;
}

/* A file Podlift wrote before and no longer writes, and the folders it
 * leaves empty (up to the bundle's). Failing to remove is not worth
 * failing the save for. */
static void
remove_written (GFile *dir,
                GFile *target)
{
  g_autoptr(GFile) folder = g_file_get_parent (target);

  if (!g_file_delete (target, NULL, NULL))
    return;

  while (folder != NULL && !g_file_equal (folder, dir) && g_file_delete (folder, NULL, NULL))
    {
      GFile *parent = g_file_get_parent (folder);
      g_object_unref (folder);
      folder = parent;
    }
}

static gboolean
write_files (GFile         *dir,
             GPtrArray     *files,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  guint n_written = 0;

  if (!g_file_make_directory_with_parents (dir, cancellable, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  g_clear_error (&local_error);

  if (!ensure_gitignore (dir, files, cancellable, error))
    return FALSE;
  podlift_bundle_add_stale_deploy (dir, files);

  for (n_written = 0; n_written < files->len; n_written++)
    {
      if (!write_temp_file (dir, g_ptr_array_index (files, n_written), cancellable, &local_error))
        {
          /* The failed file's temp may exist too. */
          remove_temp_files (dir, files, n_written + 1);
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }

  /* Last chance to cancel: once renaming starts it runs to the end, so a
   * cancelled save never leaves new files beside an old podlift.json. */
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      remove_temp_files (dir, files, files->len);
      return FALSE;
    }

  for (guint i = 0; i < files->len; i++)
    {
      PodliftBundleFile *file = g_ptr_array_index (files, i);
      g_autoptr(GFile) temp = save_temp_file (dir, file->name);
      g_autoptr(GFile) target = g_file_resolve_relative_path (dir, file->name);

      if (file->contents == NULL)
        {
          remove_written (dir, target);
          continue;
        }

      if (!g_file_move (temp, target, G_FILE_COPY_OVERWRITE | G_FILE_COPY_NO_FALLBACK_FOR_MOVE,
                        NULL, NULL, NULL, error))
        {
          remove_temp_files (dir, files, files->len);
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
write_with_message (GFile         *dir,
                    GPtrArray     *files,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *path = NULL;

  if (write_files (dir, files, cancellable, &local_error))
    return TRUE;

  path = g_file_get_parse_name (dir);
  g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                              _("Could not save %s: "), path);

  return FALSE;
}

/**
 * podlift_bundle_save:
 * @dir: the bundle folder; created when missing
 *
 * Writes @project as a bundle. On success the project remembers @dir and
 * is no longer dirty; on failure the files on disk are as they were.
 */
gboolean
podlift_bundle_save (PodliftProject  *project,
                     GFile           *dir,
                     GCancellable    *cancellable,
                     GError         **error)
{
  g_autoptr(GPtrArray) files = NULL;

  g_return_val_if_fail (PODLIFT_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (G_IS_FILE (dir), FALSE);

  files = podlift_bundle_serialize (project);
  if (!write_with_message (dir, files, cancellable, error))
    return FALSE;

  podlift_project_set_file (project, dir);
  podlift_project_set_dirty (project, FALSE);

  return TRUE;
}

typedef struct
{
  GFile     *dir;
  GPtrArray *files;
  guint64    serial;
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_clear_object (&data->dir);
  g_clear_pointer (&data->files, g_ptr_array_unref);
  g_free (data);
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveData *data = task_data;
  GError *error = NULL;

  if (write_with_message (data->dir, data->files, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * podlift_bundle_save_async:
 *
 * Like podlift_bundle_save(), with the writing done on a worker thread.
 * The project is read before this returns, so later edits are not part
 * of this save and keep the project dirty.
 */
void
podlift_bundle_save_async (PodliftProject      *project,
                           GFile               *dir,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  SaveData *data;

  g_return_if_fail (PODLIFT_IS_PROJECT (project));
  g_return_if_fail (G_IS_FILE (dir));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  data = g_new0 (SaveData, 1);
  data->dir = g_object_ref (dir);
  data->files = podlift_bundle_serialize (project);
  data->serial = podlift_project_get_serial (project);

  task = g_task_new (project, cancellable, callback, user_data);
  g_task_set_source_tag (task, podlift_bundle_save_async);
  g_task_set_task_data (task, data, (GDestroyNotify)save_data_free);
  g_task_run_in_thread (task, save_thread);
}

gboolean
podlift_bundle_save_finish (GAsyncResult  *result,
                            GError       **error)
{
  PodliftProject *project;
  SaveData *data;

  g_return_val_if_fail (G_IS_TASK (result), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == podlift_bundle_save_async, FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  project = g_task_get_source_object (G_TASK (result));
  data = g_task_get_task_data (G_TASK (result));

  podlift_project_set_file (project, data->dir);
  if (podlift_project_get_serial (project) == data->serial)
    podlift_project_set_dirty (project, FALSE);

  return TRUE;
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  PodliftProject *project;

  /* The project is new and nobody else sees it until the task returns. */
  project = podlift_bundle_load (task_data, cancellable, &error);
  if (project == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, project, g_object_unref);
}

void
podlift_bundle_load_async (GFile               *dir,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (dir));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, podlift_bundle_load_async);
  g_task_set_task_data (task, g_object_ref (dir), g_object_unref);
  g_task_run_in_thread (task, load_thread);
}

/**
 * podlift_bundle_load_finish:
 *
 * Returns: (transfer full): the project, or %NULL with @error set
 */
PodliftProject *
podlift_bundle_load_finish (GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == podlift_bundle_load_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * podlift_bundle_create:
 * @dir: a folder that holds no bundle yet
 *
 * Writes an empty project as a new bundle, refusing to replace one.
 */
gboolean
podlift_bundle_create (GFile         *dir,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(PodliftProject) project = NULL;
  g_autoptr(GFile) json = NULL;

  g_return_val_if_fail (G_IS_FILE (dir), FALSE);

  json = g_file_get_child (dir, "podlift.json");
  if (g_file_query_exists (json, cancellable))
    {
      g_autofree char *path = g_file_get_parse_name (dir);

      g_set_error (error, PODLIFT_ERROR, PODLIFT_ERROR_EXISTS,
                   _("%s already holds a Podlift bundle"), path);
      return FALSE;
    }

  project = podlift_project_new ();

  return podlift_bundle_save (project, dir, cancellable, error);
}
