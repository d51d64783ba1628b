/* podlift-export.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-export"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "podlift-bundle-private.h"
#include "podlift-dockerfile-checks.h"
#include "podlift-error.h"
#include "podlift-export-private.h"

/* The files come from the bundle's own serializer, so the repository
 * holds exactly what saving the bundle there would write, less
 * secrets.env. The project is read when the export is made; scanning
 * the repository and writing may then run on a worker thread. */

static const char gitignore_line[] = "secrets.env";

G_DEFINE_FINAL_TYPE (PodliftExport, podlift_export, G_TYPE_OBJECT)

static void
export_file_free (PodliftExportFile *file)
{
  g_free (file->name);
  g_clear_pointer (&file->contents, g_bytes_unref);
  g_free (file->existing);
  g_free (file);
}

static void
podlift_export_finalize (GObject *object)
{
  PodliftExport *self = (PodliftExport *)object;

  g_clear_object (&self->repo);
  g_clear_pointer (&self->files, g_ptr_array_unref);
  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (podlift_export_parent_class)->finalize (object);
}

static void
podlift_export_class_init (PodliftExportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = podlift_export_finalize;
}

static void
podlift_export_init (PodliftExport *self)
{
  self->files = g_ptr_array_new_with_free_func ((GDestroyNotify) export_file_free);
}

static void
add_file (PodliftExport *self,
          const char    *name,
          GBytes        *contents)
{
  PodliftExportFile *file = g_new0 (PodliftExportFile, 1);

  file->name = g_strdup (name);
  file->contents = g_bytes_ref (contents);
  g_ptr_array_add (self->files, file);
}

/**
 * podlift_export_new:
 * @repo: the application's repository (a folder; created when missing)
 *
 * Reads the bundle's files from @project, without the secret values.
 * Call podlift_export_scan() next to compare them with @repo.
 *
 * Returns: (transfer full): the export
 */
PodliftExport *
podlift_export_new (PodliftProject *project,
                    GFile          *repo)
{
  PodliftExport *self;
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GBytes) gitignore = NULL;

  g_return_val_if_fail (PODLIFT_IS_PROJECT (project), NULL);
  g_return_val_if_fail (G_IS_FILE (repo), NULL);

  self = g_object_new (PODLIFT_TYPE_EXPORT, NULL);
  self->repo = g_object_ref (repo);
  self->title = g_strdup (podlift_project_get_title (project));

  /* .gitignore first, as saving puts it: what keeps the secret out. */
  gitignore = g_bytes_new_static (gitignore_line, strlen (gitignore_line));
  add_file (self, ".gitignore", gitignore);

  files = podlift_bundle_serialize (project);
  for (guint i = 0; i < files->len; i++)
    {
      PodliftBundleFile *file = g_ptr_array_index (files, i);

      /* No removal (stale deploy/ files are the repository's business)
       * and never a private file: secrets.env stays in the bundle. */
      if (file->contents == NULL || file->private)
        continue;
      add_file (self, file->name, file->contents);
    }

  return self;
}

GFile *
podlift_export_get_repo (PodliftExport *self)
{
  g_return_val_if_fail (PODLIFT_IS_EXPORT (self), NULL);

  return self->repo;
}

/**
 * podlift_export_get_files:
 *
 * Returns: (transfer none) (element-type PodliftExportFile): the files,
 *   .gitignore first and podlift.json last
 */
GPtrArray *
podlift_export_get_files (PodliftExport *self)
{
  g_return_val_if_fail (PODLIFT_IS_EXPORT (self), NULL);

  return self->files;
}

guint
podlift_export_count_conflicts (PodliftExport *self)
{
  guint n = 0;

  g_return_val_if_fail (PODLIFT_IS_EXPORT (self), 0);

  for (guint i = 0; i < self->files->len; i++)
    n += ((PodliftExportFile *) g_ptr_array_index (self->files, i))->state == PODLIFT_EXPORT_FILE_DIFFERS;

  return n;
}

/* The repository's .gitignore with "secrets.env" added, or NULL when it
 * has that line already. */
static GBytes *
gitignore_with_secrets (const char *text)
{
  g_auto(GStrv) lines = NULL;
  GString *out;

  if (text != NULL)
    {
      lines = g_strsplit (text, "\n", -1);
      for (guint i = 0; lines[i]; i++)
        {
          const char *line = g_strstrip (lines[i]);

          if (g_str_equal (line, gitignore_line) || g_str_equal (line, "/secrets.env"))
            return NULL;
        }
    }

  out = g_string_new (text);
  if (out->len > 0 && out->str[out->len - 1] != '\n')
    g_string_append_c (out, '\n');
  g_string_append_printf (out, "%s\n", gitignore_line);

  return g_string_free_to_bytes (out);
}

static gboolean
scan_gitignore (PodliftExport      *self,
                PodliftExportFile  *file,
                GCancellable       *cancellable,
                GError            **error)
{
  g_autoptr(GFile) target = g_file_get_child (self->repo, file->name);
  g_autofree char *text = NULL;
  g_autoptr(GBytes) merged = NULL;

  if (!podlift_bundle_load_text_file (target, file->name, &text, cancellable, error))
    return FALSE;

  merged = gitignore_with_secrets (text);
  if (merged == NULL)
    {
      file->state = PODLIFT_EXPORT_FILE_SAME;
      return TRUE;
    }

  g_clear_pointer (&file->contents, g_bytes_unref);
  file->contents = g_steal_pointer (&merged);
  file->state = text != NULL ? PODLIFT_EXPORT_FILE_GITIGNORE : PODLIFT_EXPORT_FILE_NEW;
  g_free (file->existing);
  file->existing = g_steal_pointer (&text);

  return TRUE;
}

static gboolean
scan_file (PodliftExport      *self,
           PodliftExportFile  *file,
           GCancellable       *cancellable,
           GError            **error)
{
  g_autoptr(GFile) target = g_file_resolve_relative_path (self->repo, file->name);
  g_autofree char *text = NULL;
  GFileType type;
  gsize length;
  const char *data = g_bytes_get_data (file->contents, &length);

  type = g_file_query_file_type (target, G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, cancellable);
  if (type != G_FILE_TYPE_UNKNOWN && type != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                   _("%s is in the way: it is not a regular file"), file->name);
      return FALSE;
    }

  if (!podlift_bundle_load_text_file (target, file->name, &text, cancellable, error))
    return FALSE;

  g_clear_pointer (&file->existing, g_free);
  if (text == NULL)
    file->state = PODLIFT_EXPORT_FILE_NEW;
  else if (strlen (text) == length && memcmp (text, data, length) == 0)
    file->state = PODLIFT_EXPORT_FILE_SAME;
  else
    {
      file->state = PODLIFT_EXPORT_FILE_DIFFERS;
      file->existing = g_steal_pointer (&text);
    }

  return TRUE;
}

/**
 * podlift_export_scan:
 *
 * Compares each file with the repository's. Nothing is written. A file
 * of the repository that is not text fails the scan with its name.
 */
gboolean
podlift_export_scan (PodliftExport  *self,
                     GCancellable   *cancellable,
                     GError        **error)
{
  g_return_val_if_fail (PODLIFT_IS_EXPORT (self), FALSE);

  for (guint i = 0; i < self->files->len; i++)
    {
      PodliftExportFile *file = g_ptr_array_index (self->files, i);
      gboolean ok = i == 0 ? scan_gitignore (self, file, cancellable, error)
                           : scan_file (self, file, cancellable, error);

      if (!ok)
        return FALSE;
    }

  self->scanned = TRUE;

  return TRUE;
}

/**
 * podlift_export_diff:
 *
 * Returns: (transfer full) (nullable): the unified diff of every file
 *   that the export changes in the repository (the conflicts and
 *   .gitignore), or NULL when it changes none
 */
char *
podlift_export_diff (PodliftExport *self)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (PODLIFT_IS_EXPORT (self), NULL);

  for (guint i = 0; i < self->files->len; i++)
    {
      PodliftExportFile *file = g_ptr_array_index (self->files, i);
      g_autofree char *text = NULL;
      g_autofree char *diff = NULL;

      if (file->state != PODLIFT_EXPORT_FILE_DIFFERS && file->state != PODLIFT_EXPORT_FILE_GITIGNORE)
        continue;

      text = g_strndup (g_bytes_get_data (file->contents, NULL), g_bytes_get_size (file->contents));
      diff = podlift_text_diff (file->existing, text, file->name);
      if (diff != NULL)
        g_string_append (out, diff);
    }

  if (out->len == 0)
    {
      g_string_free (out, TRUE);
      return NULL;
    }

  return g_string_free (out, FALSE);
}

static void
set_conflict_error (PodliftExport  *self,
                    GError        **error)
{
  g_autoptr(GString) names = g_string_new (NULL);
  g_autofree char *repo = g_file_get_parse_name (self->repo);
  guint n = podlift_export_count_conflicts (self);

  for (guint i = 0; i < self->files->len; i++)
    {
      PodliftExportFile *file = g_ptr_array_index (self->files, i);

      if (file->state == PODLIFT_EXPORT_FILE_DIFFERS)
        g_string_append_printf (names, "\n  %s", file->name);
    }

  g_set_error (error, PODLIFT_ERROR, PODLIFT_ERROR_EXISTS,
               /* Translators: %u files, %s the repository, then the list of files */
               g_dngettext (GETTEXT_PACKAGE,
                            "%u file of %s differs from the bundle; nothing was written:%s",
                            "%u files of %s differ from the bundle; nothing was written:%s", n),
               n, repo, names->str);
}

static gboolean
write_file (PodliftExport      *self,
            PodliftExportFile  *file,
            GCancellable       *cancellable,
            GError            **error)
{
  g_autoptr(GFile) target = g_file_resolve_relative_path (self->repo, file->name);
  g_autoptr(GFile) folder = g_file_get_parent (target);
  g_autoptr(GError) local_error = NULL;

  if (!g_file_make_directory_with_parents (folder, cancellable, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  /* Written beside, then renamed over: never half a file. */
  if (!g_file_replace_contents (target, g_bytes_get_data (file->contents, NULL),
                                g_bytes_get_size (file->contents), NULL, FALSE,
                                G_FILE_CREATE_NONE, NULL, cancellable, error))
    return FALSE;

  file->written = TRUE;

  return TRUE;
}

/**
 * podlift_export_write:
 * @conflicts: what to do with the files that differ
 *
 * Writes the new files and, as @conflicts says, those that differ, into
 * the repository (after podlift_export_scan()). With
 * %PODLIFT_EXPORT_CONFLICTS_FAIL and a conflict, nothing is written and
 * the error (%PODLIFT_ERROR_EXISTS) lists the files.
 */
gboolean
podlift_export_write (PodliftExport           *self,
                      PodliftExportConflicts   conflicts,
                      GCancellable            *cancellable,
                      GError                 **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (PODLIFT_IS_EXPORT (self), FALSE);
  g_return_val_if_fail (self->scanned, FALSE);

  if (conflicts == PODLIFT_EXPORT_CONFLICTS_FAIL && podlift_export_count_conflicts (self) > 0)
    {
      set_conflict_error (self, error);
      return FALSE;
    }

  if (!g_file_make_directory_with_parents (self->repo, cancellable, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  for (guint i = 0; i < self->files->len; i++)
    {
      PodliftExportFile *file = g_ptr_array_index (self->files, i);

      file->written = FALSE;
      if (file->state == PODLIFT_EXPORT_FILE_SAME ||
          (file->state == PODLIFT_EXPORT_FILE_DIFFERS && conflicts != PODLIFT_EXPORT_CONFLICTS_REPLACE))
        continue;
      if (!write_file (self, file, cancellable, error))
        return FALSE;
    }

  return TRUE;
}

static void
scan_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;

  if (podlift_export_scan (source_object, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* Scans the repository on a worker thread; leave @self alone until it
 * finishes. */
void
podlift_export_scan_async (PodliftExport       *self,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (PODLIFT_IS_EXPORT (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, podlift_export_scan_async);
  g_task_run_in_thread (task, scan_thread);
}

gboolean
podlift_export_scan_finish (PodliftExport  *self,
                            GAsyncResult   *result,
                            GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == podlift_export_scan_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

typedef struct
{
  PodliftExportConflicts  conflicts;
  char                   *branch;
} RunData;

static void
run_data_free (RunData *data)
{
  g_free (data->branch);
  g_free (data);
}

static void
run_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  PodliftExport *self = source_object;
  RunData *data = task_data;
  GError *error = NULL;

  if ((data->branch == NULL || podlift_export_check_git (self, data->branch, cancellable, &error)) &&
      podlift_export_write (self, data->conflicts, cancellable, &error) &&
      (data->branch == NULL || podlift_export_commit (self, data->branch, cancellable, &error)))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * podlift_export_run_async:
 * @branch: (nullable): a new git branch to commit the files on
 *
 * podlift_export_write(), then the commit when @branch is given, on a
 * worker thread.
 */
void
podlift_export_run_async (PodliftExport          *self,
                          PodliftExportConflicts  conflicts,
                          const char             *branch,
                          GCancellable           *cancellable,
                          GAsyncReadyCallback     callback,
                          gpointer                user_data)
{
  g_autoptr(GTask) task = NULL;
  RunData *data;

  g_return_if_fail (PODLIFT_IS_EXPORT (self));

  data = g_new0 (RunData, 1);
  data->conflicts = conflicts;
  data->branch = branch && branch[0] ? g_strdup (branch) : NULL;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, podlift_export_run_async);
  g_task_set_task_data (task, data, (GDestroyNotify) run_data_free);
  g_task_run_in_thread (task, run_thread);
}

gboolean
podlift_export_run_finish (PodliftExport  *self,
                           GAsyncResult   *result,
                           GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == podlift_export_run_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
