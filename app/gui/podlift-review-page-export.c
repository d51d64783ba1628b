/* podlift-review-page-export.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-review-page"

#include "config.h"

#include <glib/gi18n.h>

#include "podlift-diff-dialog.h"
#include "podlift-error.h"
#include "podlift-review-page-private.h"

/* Exports: the review as a file (Markdown, HTML, PDF), made on the main
 * thread and written without waiting on the disk; and the bundle into
 * the application's repository, which shows what would change in files
 * the repository already has and asks before replacing any, then can
 * commit on a new git branch. */

#define RESPONSE_EXPORT "export"

static const char * const extensions[] = { "md", "html", "pdf" };

/* Files {{{ */

static void
write_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(PodliftReviewPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (G_FILE (object));
  g_autofree char *toast = NULL;

  if (!g_file_replace_contents_finish (G_FILE (object), result, NULL, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      /* Translators: a file name, then why it could not be written */
      toast = g_strdup_printf (_("Cannot write %s: %s"), name, error->message);
    }
  else
    /* Translators: %s is a file name */
    toast = g_strdup_printf (_("Exported the review as %s"), name);

  podlift_page_add_toast (PODLIFT_PAGE (self), toast);
}

static GBytes *
review_bytes (PodliftReview       *review,
              PodliftReviewFormat  format)
{
  char *text;

  if (format == PODLIFT_REVIEW_FORMAT_PDF)
    return podlift_review_to_pdf (review);

  text = format == PODLIFT_REVIEW_FORMAT_HTML ? podlift_review_to_html (review)
                                              : podlift_review_to_markdown (review);
  return g_bytes_new_take (text, strlen (text));
}

static void
export_response_cb (PodliftReviewPage    *self,
                    int                   response,
                    GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(PodliftReview) review = NULL;
  g_autoptr(GBytes) bytes = NULL;
  PodliftReviewFormat format = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (chooser), "format"));

  g_assert (PODLIFT_IS_REVIEW_PAGE (self));

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);

  if (file == NULL || !(review = podlift_review_page_create_review (self)))
    return;

  bytes = review_bytes (review, format);
  g_file_replace_contents_bytes_async (file, bytes, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                       self->cancellable, write_cb, g_object_ref (self));
}

/* The "review.export" action; its parameter is "md", "html" or "pdf". */
void
podlift_review_page_export (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *param)
{
  PodliftReviewPage *self = PODLIFT_REVIEW_PAGE (widget);
  PodliftProject *project = podlift_page_get_project (PODLIFT_PAGE (self));
  PodliftReviewFormat format;
  GtkFileChooserNative *chooser;
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autofree char *slug = NULL;
  g_autofree char *name = NULL;

  if (project == NULL || !podlift_review_format_from_name (g_variant_get_string (param, NULL), &format))
    return;

  chooser = gtk_file_chooser_native_new (_("Export the Review"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  slug = g_ascii_strdown (podlift_project_get_title (project), -1);
  g_strdelimit (slug, " /\\", '-');
  /* Translators: the file name an exported review is offered, "shopfront-review.pdf" */
  name = g_strdup_printf (_("%s-review.%s"), slug, extensions[format]);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  g_object_set_data (G_OBJECT (chooser), "format", GUINT_TO_POINTER (format));
  g_signal_connect_object (chooser, "response", G_CALLBACK (export_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* }}} */

/* The repository {{{ */

static void
show_error (PodliftReviewPage *self,
            const char        *heading,
            const GError      *error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  /* git's output can be long: the dialog shows all of it. */
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, error->message);
  gtk_widget_set_name (dialog, "export-error-dialog");
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
run_cb (GObject      *object,
        GAsyncResult *result,
        gpointer      user_data)
{
  g_autoptr(PodliftReviewPage) self = user_data;
  PodliftExport *export = PODLIFT_EXPORT (object);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (podlift_export_get_repo (export));
  g_autofree char *toast = NULL;
  const char *branch = g_object_get_data (object, "branch");

  if (!podlift_export_run_finish (export, result, &error))
    {
      show_error (self, _("Could Not Export"), error);
      return;
    }

  if (branch != NULL)
    /* Translators: a folder, then a git branch */
    toast = g_strdup_printf (_("Exported to %s and committed on %s"), name, branch);
  else
    /* Translators: %s is a folder */
    toast = g_strdup_printf (_("Exported to %s"), name);
  podlift_page_add_toast (PODLIFT_PAGE (self), toast);
}

static void
confirm_response_cb (PodliftReviewPage *self,
                     const char        *response,
                     AdwMessageDialog  *dialog)
{
  g_autoptr(PodliftExport) export = g_steal_pointer (&self->export);
  GtkCheckButton *commit = g_object_get_data (G_OBJECT (dialog), "commit");
  GtkEditable *branch = g_object_get_data (G_OBJECT (dialog), "branch");
  PodliftExportConflicts conflicts;
  const char *branch_name = NULL;

  g_assert (PODLIFT_IS_REVIEW_PAGE (self));

  if (export == NULL || g_strcmp0 (response, "cancel") == 0)
    return;

  /* Replacing is what the user saw the differences of and confirmed;
   * otherwise a file that differs now was not seen: fail. */
  conflicts = g_strcmp0 (response, PODLIFT_DIFF_DIALOG_RESPONSE) == 0 ? PODLIFT_EXPORT_CONFLICTS_REPLACE
                                                                       : PODLIFT_EXPORT_CONFLICTS_FAIL;

  if (gtk_check_button_get_active (commit))
    {
      branch_name = gtk_editable_get_text (branch);
      g_object_set_data_full (G_OBJECT (export), "branch", g_strdup (branch_name), g_free);
    }

  podlift_export_run_async (export, conflicts, branch_name, self->cancellable, run_cb, g_object_ref (self));
}

/* "Commit on a new git branch", and the branch's name. */
static GtkWidget *
create_branch_box (PodliftReviewPage *self,
                   GtkWidget         *dialog)
{
  PodliftProject *project = podlift_page_get_project (PODLIFT_PAGE (self));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *check = gtk_check_button_new_with_mnemonic (_("_Commit the files on a new git branch"));
  GtkWidget *entry = gtk_entry_new ();
  g_autofree char *slug = g_ascii_strdown (podlift_project_get_title (project), -1);
  g_autofree char *branch = NULL;

  g_strdelimit (slug, " /\\~^:?*[", '-');
  branch = g_strdup_printf ("podlift/%s", slug);

  gtk_widget_set_name (check, "commit-check");
  gtk_widget_set_name (entry, "branch-entry");
  gtk_editable_set_text (GTK_EDITABLE (entry), branch);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Branch name"), -1);
  g_object_bind_property (check, "active", entry, "sensitive", G_BINDING_SYNC_CREATE);
  gtk_box_append (GTK_BOX (box), check);
  gtk_box_append (GTK_BOX (box), entry);

  g_object_set_data (G_OBJECT (dialog), "commit", check);
  g_object_set_data (G_OBJECT (dialog), "branch", entry);

  return box;
}

/* "12 new files, 3 unchanged. secrets.env stays out: …" */
static char *
describe (PodliftExport *export)
{
  GPtrArray *files = podlift_export_get_files (export);
  guint counts[PODLIFT_EXPORT_FILE_GITIGNORE + 1] = { 0 };
  g_autofree char *new_files = NULL;
  g_autofree char *same = NULL;

  for (guint i = 0; i < files->len; i++)
    counts[((PodliftExportFile *) g_ptr_array_index (files, i))->state]++;

  new_files = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u new file", "%u new files",
                                            counts[PODLIFT_EXPORT_FILE_NEW]), counts[PODLIFT_EXPORT_FILE_NEW]);
  same = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u unchanged", "%u unchanged",
                                       counts[PODLIFT_EXPORT_FILE_SAME]), counts[PODLIFT_EXPORT_FILE_SAME]);

  if (counts[PODLIFT_EXPORT_FILE_DIFFERS] > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         /* Translators: "3 new files, 2 unchanged, and 1 file…" */
                                         "%s, %s, and %u file the repository has with other contents: "
                                         "the difference is below. Replace it with the bundle's? "
                                         "secrets.env stays out of the repository.",
                                         "%s, %s, and %u files the repository has with other contents: "
                                         "the differences are below. Replace them with the bundle's? "
                                         "secrets.env stays out of the repository.",
                                         counts[PODLIFT_EXPORT_FILE_DIFFERS]),
                            new_files, same, counts[PODLIFT_EXPORT_FILE_DIFFERS]);

  /* Translators: "3 new files, 2 unchanged. secrets.env …" */
  return g_strdup_printf (_("%s, %s. secrets.env stays out of the repository; .gitignore says so."),
                          new_files, same);
}

static void
show_confirm (PodliftReviewPage *self)
{
  PodliftExport *export = self->export;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *name = g_file_get_basename (podlift_export_get_repo (export));
  g_autofree char *heading = NULL;
  g_autofree char *body = describe (export);
  g_autofree char *diff = NULL;
  GtkWidget *dialog;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  /* Translators: %s is the repository's folder */
  heading = g_strdup_printf (_("Export to “%s”?"), name);

  if (podlift_export_count_conflicts (export) > 0)
    {
      GtkWidget *view;

      diff = podlift_export_diff (export);
      dialog = podlift_diff_dialog_new (GTK_WIDGET (self), heading, body, diff, _("_Replace"));
      view = g_object_ref (adw_message_dialog_get_extra_child (ADW_MESSAGE_DIALOG (dialog)));
      adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), NULL);
      gtk_box_append (GTK_BOX (box), view);
      g_object_unref (view);
    }
  else
    {
      dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, body);
      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                        "cancel", _("_Cancel"),
                                        RESPONSE_EXPORT, _("_Export"),
                                        NULL);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), RESPONSE_EXPORT,
                                                  ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), RESPONSE_EXPORT);
      adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
    }

  gtk_widget_set_name (dialog, "export-dialog");
  gtk_box_append (GTK_BOX (box), create_branch_box (self, dialog));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  g_signal_connect_object (dialog, "response", G_CALLBACK (confirm_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
scan_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(PodliftReviewPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!podlift_export_scan_finish (PODLIFT_EXPORT (object), result, &error))
    {
      g_clear_object (&self->export);
      show_error (self, _("Could Not Read the Repository"), error);
      return;
    }

  /* Another export (or project) came since: that one counts. */
  if (self->export == PODLIFT_EXPORT (object))
    show_confirm (self);
}

/**
 * podlift_review_page_export_to:
 * @repo: the application's repository
 *
 * Reads the bundle's files now, compares them with @repo's on a worker
 * thread, then asks (showing the differences) before writing.
 */
void
podlift_review_page_export_to (PodliftReviewPage *self,
                               GFile             *repo)
{
  PodliftProject *project;

  g_return_if_fail (PODLIFT_IS_REVIEW_PAGE (self));
  g_return_if_fail (G_IS_FILE (repo));

  if (!(project = podlift_page_get_project (PODLIFT_PAGE (self))))
    return;

  g_clear_object (&self->export);
  self->export = podlift_export_new (project, repo);
  podlift_export_scan_async (self->export, self->cancellable, scan_cb, g_object_ref (self));
}

static void
folder_response_cb (PodliftReviewPage    *self,
                    int                   response,
                    GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) folder = NULL;

  g_assert (PODLIFT_IS_REVIEW_PAGE (self));

  if (response == GTK_RESPONSE_ACCEPT)
    folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);

  if (folder != NULL)
    podlift_review_page_export_to (self, folder);
}

/* The "review.export-repository" action. */
void
podlift_review_page_export_repository (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *param)
{
  PodliftReviewPage *self = PODLIFT_REVIEW_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *chooser;

  if (podlift_page_get_project (PODLIFT_PAGE (self)) == NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Export to the Application's Repository"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, _("_Select"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (folder_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* }}} */
