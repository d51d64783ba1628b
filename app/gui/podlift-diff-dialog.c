/* podlift-diff-dialog.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-diff-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <gtksourceview/gtksource.h>

#include "podlift-diff-dialog.h"

/* "Replace what was edited by hand?": a message dialog that shows the
 * unified diff of what confirming changes, with Cancel as the default.
 * The Container step asks it before a new draft replaces an edited
 * file, the Manifests step before a resource's hand edit is dropped. */

static GtkWidget *
create_diff_view (const char *diff)
{
  GtkSourceLanguageManager *languages = gtk_source_language_manager_get_default ();
  GtkSourceStyleSchemeManager *schemes = gtk_source_style_scheme_manager_get_default ();
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  const char *scheme = dark ? "Adwaita-dark" : "Adwaita";
  g_autoptr(GtkSourceBuffer) buffer = NULL;
  GtkWidget *view;
  GtkWidget *scroller;

  buffer = gtk_source_buffer_new_with_language (gtk_source_language_manager_get_language (languages,
                                                                                           "diff"));
  gtk_source_buffer_set_style_scheme (buffer, gtk_source_style_scheme_manager_get_scheme (schemes, scheme));
  gtk_text_buffer_set_text (GTK_TEXT_BUFFER (buffer), diff != NULL ? diff : "", -1);

  view = gtk_source_view_new_with_buffer (buffer);
  gtk_widget_set_name (view, "diff-view");
  gtk_text_view_set_editable (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_cursor_visible (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_monospace (GTK_TEXT_VIEW (view), TRUE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 6);

  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_has_frame (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 280);
  gtk_scrolled_window_set_min_content_width (GTK_SCROLLED_WINDOW (scroller), 520);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), view);

  return scroller;
}

/**
 * podlift_diff_dialog_new:
 * @parent: a widget of the window the dialog belongs to
 * @diff: a unified diff, from podlift_text_diff()
 * @confirm_label: the destructive button, with a mnemonic ("_Replace")
 *
 * Returns: (transfer floating): a modal #AdwMessageDialog named
 *   "regenerate-dialog", not shown yet; its responses are "cancel" and
 *   %PODLIFT_DIFF_DIALOG_RESPONSE
 */
GtkWidget *
podlift_diff_dialog_new (GtkWidget  *parent,
                         const char *heading,
                         const char *body,
                         const char *diff,
                         const char *confirm_label)
{
  GtkRoot *root;
  GtkWidget *dialog;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (confirm_label != NULL, NULL);

  root = gtk_widget_get_root (parent);
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, body);
  gtk_widget_set_name (dialog, "regenerate-dialog");
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), create_diff_view (diff));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    PODLIFT_DIFF_DIALOG_RESPONSE, confirm_label,
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), PODLIFT_DIFF_DIALOG_RESPONSE,
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  return dialog;
}
