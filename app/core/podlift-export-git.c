/* podlift-export-git.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-export"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "podlift-error.h"
#include "podlift-export-private.h"

/* The exported files committed on a new branch, by git itself as a
 * child process in the repository: git knows the user's identity, hooks
 * and signing settings, which Podlift should not second-guess. When git
 * fails, its own words are the error. */

/* Runs git with @args in the repository. Returns whether it ran; its
 * exit status and what it printed (stdout and stderr together) are
 * handed back. */
static gboolean
run_git (PodliftExport       *self,
         const char * const  *args,
         int                 *status,
         char               **output,
         GCancellable        *cancellable,
         GError             **error)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *cwd = g_file_get_path (self->repo);
  g_autoptr(GError) local_error = NULL;

  if (cwd == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("git needs a local folder, not %s"), g_file_peek_path (self->repo));
      return FALSE;
    }

  g_ptr_array_add (argv, (gpointer) "git");
  for (guint i = 0; args[i]; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_MERGE);
  g_subprocess_launcher_set_cwd (launcher, cwd);
  /* Never a prompt nobody sees, never a pager. */
  g_subprocess_launcher_setenv (launcher, "GIT_TERMINAL_PROMPT", "0", TRUE);
  g_subprocess_launcher_setenv (launcher, "GIT_PAGER", "cat", TRUE);

  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &local_error);
  if (process == NULL)
    {
      g_set_error (error, PODLIFT_ERROR, PODLIFT_ERROR_FAILED,
                   /* Translators: %s says why git could not be started */
                   _("Cannot run git: %s"), local_error->message);
      return FALSE;
    }

  if (!g_subprocess_communicate_utf8 (process, NULL, cancellable, output, NULL, error))
    return FALSE;

  *status = g_subprocess_get_if_exited (process) ? g_subprocess_get_exit_status (process) : -1;

  return TRUE;
}

/* Runs git and fails with its output unless it exits with 0. */
static gboolean
git (PodliftExport       *self,
     const char * const  *args,
     char               **output,
     GCancellable        *cancellable,
     GError             **error)
{
  g_autofree char *text = NULL;
  int status;

  if (!run_git (self, args, &status, &text, cancellable, error))
    return FALSE;

  if (status != 0)
    {
      g_set_error (error, PODLIFT_ERROR, PODLIFT_ERROR_FAILED,
                   /* Translators: "git commit failed (exit status 128):", then git's output */
                   _("git %s failed (exit status %d):\n%s"), args[0], status, g_strstrip (text));
      return FALSE;
    }

  if (output != NULL)
    *output = g_steal_pointer (&text);

  return TRUE;
}

/**
 * podlift_export_check_git:
 * @branch: the branch to create
 *
 * Checks, before anything is written, that the repository is a git work
 * tree and that @branch is a valid name no branch has yet.
 */
gboolean
podlift_export_check_git (PodliftExport  *self,
                          const char     *branch,
                          GCancellable   *cancellable,
                          GError        **error)
{
  const char *work_tree[] = { "rev-parse", "--is-inside-work-tree", NULL };
  const char *valid[] = { "check-ref-format", "--branch", branch, NULL };
  g_autofree char *ref = g_strconcat ("refs/heads/", branch, NULL);
  const char *exists[] = { "rev-parse", "--verify", "--quiet", ref, NULL };
  g_autofree char *output = NULL;
  int status;

  g_return_val_if_fail (PODLIFT_IS_EXPORT (self), FALSE);
  g_return_val_if_fail (branch != NULL, FALSE);

  if (!run_git (self, work_tree, &status, &output, cancellable, error))
    return FALSE;
  if (status != 0 || !g_str_has_prefix (output, "true"))
    {
      g_set_error (error, PODLIFT_ERROR, PODLIFT_ERROR_FAILED,
                   _("%s is not in a git repository: export without a branch, or run “git init” there first"),
                   g_file_peek_path (self->repo));
      return FALSE;
    }

  g_clear_pointer (&output, g_free);
  if (branch[0] == '-' || !run_git (self, valid, &status, &output, cancellable, error) || status != 0)
    {
      if (error == NULL || *error == NULL)
        g_set_error (error, PODLIFT_ERROR, PODLIFT_ERROR_FAILED,
                     _("“%s” is not a valid branch name"), branch);
      return FALSE;
    }

  g_clear_pointer (&output, g_free);
  if (!run_git (self, exists, &status, &output, cancellable, error))
    return FALSE;
  if (status == 0)
    {
      g_set_error (error, PODLIFT_ERROR, PODLIFT_ERROR_EXISTS,
                   _("The repository has a branch named “%s” already"), branch);
      return FALSE;
    }

  return TRUE;
}

/* The exported files git is to commit: all but those kept as the
 * repository had them. */
static GPtrArray *
list_paths (PodliftExport *self)
{
  GPtrArray *paths = g_ptr_array_new ();

  for (guint i = 0; i < self->files->len; i++)
    {
      PodliftExportFile *file = g_ptr_array_index (self->files, i);

      if (file->state != PODLIFT_EXPORT_FILE_DIFFERS || file->written)
        g_ptr_array_add (paths, file->name);
    }

  return paths;
}

static gboolean
git_with_paths (PodliftExport       *self,
                const char * const  *args,
                GPtrArray           *paths,
                GCancellable        *cancellable,
                GError             **error)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();

  for (guint i = 0; args[i]; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, (gpointer) "--");
  g_ptr_array_extend (argv, paths, NULL, NULL);
  g_ptr_array_add (argv, NULL);

  return git (self, (const char * const *) argv->pdata, NULL, cancellable, error);
}

/**
 * podlift_export_commit:
 * @branch: the branch to create, from the current one
 *
 * After podlift_export_write(): creates @branch, switches to it, and
 * commits the exported files there (only them, whatever else is staged).
 * When the repository already held every file as exported, the branch
 * is made and nothing is committed.
 */
gboolean
podlift_export_commit (PodliftExport  *self,
                       const char     *branch,
                       GCancellable   *cancellable,
                       GError        **error)
{
  const char *checkout[] = { "checkout", "-q", "-b", branch, NULL };
  const char *add[] = { "add", NULL };
  const char *staged[] = { "diff", "--cached", "--quiet", NULL };
  g_autofree char *message = NULL;
  g_autoptr(GPtrArray) paths = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (PODLIFT_IS_EXPORT (self), FALSE);
  g_return_val_if_fail (branch != NULL, FALSE);

  paths = list_paths (self);
  if (!git (self, checkout, NULL, cancellable, error) ||
      !git_with_paths (self, add, paths, cancellable, error))
    return FALSE;

  /* Nothing staged among the paths: nothing to commit. */
  if (git_with_paths (self, staged, paths, cancellable, &local_error))
    return TRUE;

  message = g_strdup_printf ("Add the Podlift plan for moving %s to Kubernetes\n\n"
                             "Written by podlift export: the project (podlift.json), the container\n"
                             "image, the Kubernetes manifests and the migration plan. Secret values\n"
                             "stay out of the repository: secrets.env is git-ignored, and\n"
                             "secrets.env.example lists the names only.\n", self->title);
  {
    const char *commit[] = { "commit", "-q", "-m", message, NULL };

    return git_with_paths (self, commit, paths, cancellable, error);
  }
}
