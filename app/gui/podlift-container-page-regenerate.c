/* podlift-container-page-regenerate.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-container-page"

#include "config.h"

#include <glib/gi18n.h>

#include "podlift-compose-generator.h"
#include "podlift-container-page-private.h"
#include "podlift-diff-dialog.h"
#include "podlift-dockerfile-checks.h"
#include "podlift-dockerfile-generator.h"
#include "podlift-error.h"

/* "Regenerate from Answers": core drafts the file again; a file the user
 * has not edited is replaced at once, an edited one only after a dialog
 * that shows the unified diff. Either way the replacement is one edit
 * that Undo takes back. */

/* The action's targets, in PodliftContainerFile order. */
static const char * const file_names [PODLIFT_CONTAINER_N_FILES] = {
  "dockerfile", "dockerignore", "compose",
};

static gboolean
file_from_name (const char           *name,
                PodliftContainerFile *file)
{
  for (guint i = 0; i < PODLIFT_CONTAINER_N_FILES; i++)
    if (g_strcmp0 (file_names [i], name) == 0)
      {
        *file = i;
        return TRUE;
      }

  return FALSE;
}

static char *
draft_file (PodliftProject        *project,
            PodliftContainerFile   file,
            GError               **error)
{
  PodliftAppProfile *profile = podlift_project_get_profile (project);
  char *text = NULL;

  g_assert (PODLIFT_IS_PROJECT (project));

  switch (file)
    {
    case PODLIFT_CONTAINER_FILE_DOCKERFILE:
      return podlift_dockerfile_generate (profile, podlift_project_get_dockerfile (project), error);

    case PODLIFT_CONTAINER_FILE_DOCKERIGNORE:
      text = podlift_dockerignore_generate (profile);
      break;

    case PODLIFT_CONTAINER_FILE_COMPOSE:
      text = podlift_compose_generate (project);
      break;

    case PODLIFT_CONTAINER_N_FILES:
    default:
      g_assert_not_reached ();
    }

  if (text == NULL)
    g_set_error_literal (error, PODLIFT_ERROR, PODLIFT_ERROR_FAILED,
                         _("Podlift has no draft for these answers yet"));

  return text;
}

static void
replace_response_cb (PodliftContainerPage *self,
                     const char           *response,
                     AdwMessageDialog     *dialog)
{
  PodliftContainerFile file;
  g_autofree char *toast = NULL;

  g_assert (PODLIFT_IS_CONTAINER_PAGE (self));
  g_assert (ADW_IS_MESSAGE_DIALOG (dialog));

  if (g_strcmp0 (response, PODLIFT_DIFF_DIALOG_RESPONSE) != 0)
    return;

  file = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), "podlift-file"));
  podlift_container_page_replace_text (self, file, g_object_get_data (G_OBJECT (dialog), "podlift-text"));

  /* Translators: %s is a file name such as Dockerfile */
  toast = g_strdup_printf (_("Replaced %s with a new draft"), podlift_container_file_get_title (file));
  podlift_page_add_toast (PODLIFT_PAGE (self), toast);
}

static void
ask_to_replace (PodliftContainerPage *self,
                PodliftContainerFile  file,
                const char           *old_text,
                char                 *new_text)
{
  g_autofree char *diff = podlift_text_diff (old_text, new_text, podlift_container_file_get_title (file));
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  g_assert (PODLIFT_IS_CONTAINER_PAGE (self));

  /* Translators: %s is a file name such as Dockerfile */
  heading = g_strdup_printf (_("Replace the Edited %s?"), podlift_container_file_get_title (file));
  dialog = podlift_diff_dialog_new (GTK_WIDGET (self), heading,
                                    _("This file was edited by hand. A new draft from the answers "
                                      "makes the changes below; Undo in the editor takes them back."),
                                    diff, _("_Replace"));

  g_object_set_data (G_OBJECT (dialog), "podlift-file", GUINT_TO_POINTER (file));
  g_object_set_data_full (G_OBJECT (dialog), "podlift-text", new_text, g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (replace_response_cb), self, G_CONNECT_SWAPPED);

  gtk_window_present (GTK_WINDOW (dialog));
}

/* The "container.regenerate" action; its parameter names the file. */
void
podlift_container_page_regenerate (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *param)
{
  PodliftContainerPage *self = PODLIFT_CONTAINER_PAGE (widget);
  PodliftProject *project = podlift_page_get_project (PODLIFT_PAGE (self));
  g_autoptr(GError) error = NULL;
  g_autofree char *old_text = NULL;
  g_autofree char *new_text = NULL;
  g_autofree char *toast = NULL;
  PodliftContainerFile file;
  const char *title;

  g_return_if_fail (PODLIFT_IS_CONTAINER_PAGE (self));

  if (project == NULL || !file_from_name (g_variant_get_string (param, NULL), &file))
    return;

  title = podlift_container_file_get_title (file);
  new_text = draft_file (project, file, &error);
  if (new_text == NULL)
    {
      /* Translators: the first %s is a file name, the second why it failed */
      toast = g_strdup_printf (_("Cannot draft %s: %s"), title, error->message);
      podlift_page_add_toast (PODLIFT_PAGE (self), toast);
      return;
    }

  old_text = podlift_container_page_dup_text (self, file);
  if (g_strcmp0 (old_text, new_text) == 0)
    {
      /* Translators: %s is a file name such as Dockerfile */
      toast = g_strdup_printf (_("%s already matches the answers"), title);
      podlift_page_add_toast (PODLIFT_PAGE (self), toast);
      return;
    }

  if (old_text [0] != '\0' &&
      podlift_dockerfile_get_customised (podlift_project_get_dockerfile (project)))
    {
      ask_to_replace (self, file, old_text, g_steal_pointer (&new_text));
      return;
    }

  podlift_container_page_replace_text (self, file, new_text);
  /* Translators: %s is a file name such as Dockerfile */
  toast = g_strdup_printf (_("Drafted %s from the answers"), title);
  podlift_page_add_toast (PODLIFT_PAGE (self), toast);
}
