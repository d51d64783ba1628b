/* podlift-manifests-page-preview.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-manifests-page"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "podlift-diff-dialog.h"
#include "podlift-dockerfile-checks.h"
#include "podlift-finding-row.h"
#include "podlift-manifests-page-private.h"

/* The YAML of the selected resource, and its findings. The buffer
 * belongs to the view. A new generation replaces only the lines that
 * changed, so the view stays where it was and the change shows. The
 * user may edit the text: a while after the last keystroke it becomes
 * the resource's customisation (or stops being one when it is the
 * generated text again), which the model keeps and a regeneration never
 * replaces; "Regenerate…" shows the difference and drops it. */

static char *
buffer_dup_text (GtkTextBuffer *buffer)
{
  GtkTextIter begin, end;

  gtk_text_buffer_get_bounds (buffer, &begin, &end);

  return gtk_text_buffer_get_text (buffer, &begin, &end, TRUE);
}

/* The length of the common start of @a and @b, in whole characters. */
static gsize
common_prefix (const char *a,
               const char *b)
{
  const char *p = a;

  while (*p != '\0' && *p == b [p - a])
    p++;
  while (p > a && (*p & 0xc0) == 0x80)
    p--;

  return p - a;
}

/* The length of the common end of @a and @b past their first @skip
 * bytes, in whole characters. */
static gsize
common_suffix (const char *a,
               gsize       a_len,
               const char *b,
               gsize       b_len,
               gsize       skip)
{
  gsize n = 0;

  while (n < a_len - skip && n < b_len - skip && a [a_len - n - 1] == b [b_len - n - 1])
    n++;
  while (n > 0 && (a [a_len - n] & 0xc0) == 0x80)
    n--;

  return n;
}

/* Shows @text as a load, not an edit: it does not enter the undo
 * history. With @force (another resource), the whole text is replaced
 * and the history forgotten; otherwise only what differs, and the view
 * scrolls to it. */
static void
load_text (PodliftManifestsPage *self,
           const char           *text,
           gboolean              force)
{
  GtkTextBuffer *buffer = GTK_TEXT_BUFFER (self->preview_buffer);
  g_autofree char *current = buffer_dup_text (buffer);
  gsize prefix, suffix, old_len, new_len;
  GtkTextIter begin, end;

  g_assert (PODLIFT_IS_MANIFESTS_PAGE (self));

  text = text != NULL ? text : "";
  if (!force && g_strcmp0 (text, current) == 0)
    return;

  old_len = strlen (current);
  new_len = strlen (text);
  prefix = force ? 0 : common_prefix (current, text);
  suffix = force ? 0 : common_suffix (current, old_len, text, new_len, prefix);

  self->syncing = TRUE;
  gtk_text_buffer_begin_irreversible_action (buffer);
  gtk_text_buffer_get_iter_at_offset (buffer, &begin,
                                      g_utf8_pointer_to_offset (current, current + prefix));
  gtk_text_buffer_get_iter_at_offset (buffer, &end,
                                      g_utf8_pointer_to_offset (current, current + old_len - suffix));
  gtk_text_buffer_delete (buffer, &begin, &end);
  gtk_text_buffer_insert (buffer, &begin, text + prefix, new_len - suffix - prefix);
  gtk_text_buffer_end_irreversible_action (buffer);
  self->syncing = FALSE;

  if (force)
    {
      gtk_text_buffer_get_start_iter (buffer, &begin);
      gtk_text_buffer_place_cursor (buffer, &begin);
      gtk_adjustment_set_value (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->preview_view)),
                                0);
    }
  else
    {
      gtk_text_iter_set_line_offset (&begin, 0);
      gtk_text_buffer_move_mark (buffer, gtk_text_buffer_get_selection_bound (buffer), &begin);
      gtk_text_buffer_move_mark (buffer, gtk_text_buffer_get_insert (buffer), &begin);
      gtk_text_view_scroll_to_mark (GTK_TEXT_VIEW (self->preview_view),
                                    gtk_text_buffer_get_insert (buffer),
                                    0.1, FALSE, 0, 0);
    }
}

static void
update_customised (PodliftManifestsPage *self,
                   PodliftManifest      *manifest)
{
  gboolean customised = manifest != NULL && podlift_manifest_get_customised (manifest);
  const char *id = manifest != NULL ? podlift_manifest_get_id (manifest) : NULL;
  const char *baseline;

  g_assert (PODLIFT_IS_MANIFESTS_PAGE (self));

  /* What the edit was made against: the first generation seen, unless
   * the user edited it since. */
  if (customised && !g_hash_table_contains (self->baselines, id))
    g_hash_table_insert (self->baselines, g_strdup (id),
                         g_strdup (podlift_manifest_get_generated_text (manifest)));
  else if (!customised && id != NULL)
    g_hash_table_remove (self->baselines, id);

  baseline = id != NULL ? g_hash_table_lookup (self->baselines, id) : NULL;
  gtk_revealer_set_reveal_child (self->changed_revealer,
                                 customised &&
                                 g_strcmp0 (baseline, podlift_manifest_get_generated_text (manifest)) != 0);
  gtk_widget_set_visible (GTK_WIDGET (self->customised_label), customised);
  gtk_widget_set_visible (GTK_WIDGET (self->switched_off_label),
                          manifest != NULL && !podlift_manifest_get_enabled (manifest));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "manifests.regenerate", customised);
}

/* Where the resource goes in the chosen layout, under deploy/. */
static void
update_title (PodliftManifestsPage *self,
              PodliftManifest      *manifest)
{
  g_autoptr(PodliftProject) project = g_signal_group_dup_target (self->project_signals);
  PodliftOutputFormat format = PODLIFT_OUTPUT_FORMAT_YAML;
  g_autofree char *path = NULL;
  const char *tooltip = NULL;

  g_assert (PODLIFT_IS_MANIFESTS_PAGE (self));

  if (project != NULL)
    format = podlift_manifest_set_get_format (podlift_project_get_manifests (project));

  if (manifest == NULL)
    {
      gtk_label_set_label (self->preview_title, NULL);
      return;
    }

  if (format == PODLIFT_OUTPUT_FORMAT_KUSTOMIZE)
    {
      path = g_strconcat ("base/", podlift_manifest_get_file_name (manifest), NULL);
      tooltip = _("The base of the Kustomize layout; the preprod and production overlays "
                  "change the host, the replica counts and the requests");
    }
  else if (format == PODLIFT_OUTPUT_FORMAT_HELM)
    {
      path = g_strconcat ("templates/", podlift_manifest_get_file_name (manifest), NULL);
      tooltip = _("A template of the Helm chart: the settings that values.yaml holds "
                  "become template expressions there");
    }
  else
    path = g_strconcat ("manifests/", podlift_manifest_get_file_name (manifest), NULL);

  gtk_label_set_label (self->preview_title, path);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->preview_title), tooltip);
}

/**
 * podlift_manifests_page_show_preview:
 * @force: whether another resource (or project) is shown
 *
 * Shows the selected resource's text and findings. An edit not kept yet
 * is left alone: its findings come once it is.
 */
void
podlift_manifests_page_show_preview (PodliftManifestsPage *self,
                                     gboolean              force)
{
  PodliftManifest *manifest;
  g_autofree char *current = NULL;

  g_return_if_fail (PODLIFT_IS_MANIFESTS_PAGE (self));

  manifest = podlift_manifests_page_get_selected (self);
  update_title (self, manifest);
  update_customised (self, manifest);

  if (self->apply_source != 0 && !force)
    return;

  load_text (self, manifest != NULL ? podlift_manifest_get_text (manifest) : NULL, force);

  current = buffer_dup_text (GTK_TEXT_BUFFER (self->preview_buffer));
  if (manifest == NULL || g_strcmp0 (current, podlift_manifest_get_text (manifest)) == 0)
    podlift_lint_adapter_show_findings (self->lint,
                                        podlift_manifests_page_get_selected_findings (self));
}

/* Hand edits {{{ */

/* Keeps the buffer's text as the selected resource's customisation, or
 * drops the customisation when the text is the generated one again. */
static void
apply_edit (PodliftManifestsPage *self)
{
  g_autoptr(PodliftProject) project = NULL;
  g_autofree char *text = NULL;
  PodliftManifestSet *set;
  PodliftManifest *manifest;
  const char *generated;
  const char *id;

  g_assert (PODLIFT_IS_MANIFESTS_PAGE (self));

  g_clear_handle_id (&self->apply_source, g_source_remove);

  project = g_signal_group_dup_target (self->project_signals);
  manifest = podlift_manifests_page_get_selected (self);
  if (project == NULL || manifest == NULL)
    return;

  set = podlift_project_get_manifests (project);
  id = podlift_manifest_get_id (manifest);
  text = buffer_dup_text (GTK_TEXT_BUFFER (self->preview_buffer));
  generated = podlift_manifest_get_generated_text (manifest);

  if (g_strcmp0 (text, generated) == 0)
    {
      g_hash_table_remove (self->baselines, id);
      podlift_manifest_set_set_customisation (set, id, NULL);
    }
  else
    {
      g_hash_table_insert (self->baselines, g_strdup (id), g_strdup (generated));
      podlift_manifest_set_set_customisation (set, id, text);
    }
}

static gboolean
apply_timeout_cb (gpointer data)
{
  PodliftManifestsPage *self = data;

  g_assert (PODLIFT_IS_MANIFESTS_PAGE (self));

  self->apply_source = 0;
  apply_edit (self);

  return G_SOURCE_REMOVE;
}

static void
buffer_changed_cb (PodliftManifestsPage *self,
                   GtkTextBuffer        *buffer)
{
  g_assert (PODLIFT_IS_MANIFESTS_PAGE (self));
  g_assert (GTK_IS_TEXT_BUFFER (buffer));

  if (self->syncing || podlift_manifests_page_get_selected (self) == NULL)
    return;

  g_clear_handle_id (&self->apply_source, g_source_remove);
  self->apply_source = g_timeout_add (podlift_page_get_debounce_ms (PODLIFT_PAGE (self)),
                                      apply_timeout_cb, self);
  g_source_set_name_by_id (self->apply_source, "[podlift] keep a hand edit of a manifest");
}

/* Keeps a pending edit now, in the resource and project it was made in. */
void
podlift_manifests_page_flush_edit (PodliftManifestsPage *self)
{
  g_return_if_fail (PODLIFT_IS_MANIFESTS_PAGE (self));

  if (self->apply_source != 0)
    apply_edit (self);
}

/* }}} */

/* Regenerate {{{ */

static void
regenerate_response_cb (PodliftManifestsPage *self,
                        const char           *response,
                        AdwMessageDialog     *dialog)
{
  g_autoptr(PodliftProject) project = NULL;
  g_autofree char *toast = NULL;
  PodliftManifest *manifest;
  GtkTextBuffer *buffer;
  GtkTextIter begin, end;
  const char *id;

  g_assert (PODLIFT_IS_MANIFESTS_PAGE (self));
  g_assert (ADW_IS_MESSAGE_DIALOG (dialog));

  id = g_object_get_data (G_OBJECT (dialog), "podlift-id");
  project = g_signal_group_dup_target (self->project_signals);
  manifest = podlift_manifests_page_get_selected (self);
  if (g_strcmp0 (response, PODLIFT_DIFF_DIALOG_RESPONSE) != 0 || project == NULL ||
      manifest == NULL || g_strcmp0 (id, podlift_manifest_get_id (manifest)) != 0)
    return;

  /* One edit, which Undo takes back (and so makes it a hand edit again). */
  buffer = GTK_TEXT_BUFFER (self->preview_buffer);
  g_clear_handle_id (&self->apply_source, g_source_remove);
  self->syncing = TRUE;
  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_get_bounds (buffer, &begin, &end);
  gtk_text_buffer_delete (buffer, &begin, &end);
  gtk_text_buffer_insert (buffer, &begin, podlift_manifest_get_generated_text (manifest), -1);
  gtk_text_buffer_end_user_action (buffer);
  self->syncing = FALSE;

  g_hash_table_remove (self->baselines, id);
  podlift_manifest_set_set_customisation (podlift_project_get_manifests (project), id, NULL);

  /* Translators: %s is a Kubernetes kind such as Deployment */
  toast = g_strdup_printf (_("The %s follows the answers again"),
                           podlift_manifest_get_k8s_kind (manifest));
  podlift_page_add_toast (PODLIFT_PAGE (self), toast);
}

/* The "manifests.regenerate" action: asks, showing the difference,
 * before the hand edit of the selected resource is dropped. */
void
podlift_manifests_page_regenerate_resource (GtkWidget  *widget,
                                            const char *action_name,
                                            GVariant   *param)
{
  PodliftManifestsPage *self = PODLIFT_MANIFESTS_PAGE (widget);
  PodliftManifest *manifest;
  g_autofree char *text = NULL;
  g_autofree char *diff = NULL;
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  g_return_if_fail (PODLIFT_IS_MANIFESTS_PAGE (self));

  podlift_manifests_page_flush_edit (self);
  if (self->regenerate_source != 0)
    podlift_manifests_page_regenerate_now (self);

  manifest = podlift_manifests_page_get_selected (self);
  if (manifest == NULL || !podlift_manifest_get_customised (manifest))
    return;

  text = buffer_dup_text (GTK_TEXT_BUFFER (self->preview_buffer));
  diff = podlift_text_diff (text, podlift_manifest_get_generated_text (manifest),
                            podlift_manifest_get_file_name (manifest));

  /* Translators: %s is a Kubernetes kind such as Deployment */
  heading = g_strdup_printf (_("Regenerate the %s?"), podlift_manifest_get_k8s_kind (manifest));
  dialog = podlift_diff_dialog_new (GTK_WIDGET (self), heading,
                                    _("Its YAML was edited by hand. Regenerating drops the edit and "
                                      "writes what the answers give, with the changes below; Undo in "
                                      "the editor takes them back."),
                                    diff, _("_Regenerate"));
  g_object_set_data_full (G_OBJECT (dialog), "podlift-id",
                          g_strdup (podlift_manifest_get_id (manifest)), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (regenerate_response_cb),
                           self, G_CONNECT_SWAPPED);

  gtk_window_present (GTK_WINDOW (dialog));
}

/* }}} */

/* Findings {{{ */

static void
fix_clicked_cb (PodliftManifestsPage *self,
                GtkButton            *button)
{
  g_assert (PODLIFT_IS_MANIFESTS_PAGE (self));
  g_assert (GTK_IS_BUTTON (button));

  /* The fix is an edit of the YAML, kept as any other. */
  podlift_lint_adapter_apply_fix (self->lint, podlift_finding_row_get_diagnostic (GTK_WIDGET (button)));
}

static GtkWidget *
create_finding_row (gpointer item,
                    gpointer user_data)
{
  PodliftManifestsPage *self = user_data;
  PodliftDiagnostic *diagnostic = item;
  GtkWidget *row;
  GtkWidget *button;

  g_assert (PODLIFT_IS_MANIFESTS_PAGE (self));
  g_assert (PODLIFT_IS_DIAGNOSTIC (diagnostic));

  row = podlift_finding_row_new (diagnostic, _("Show in the YAML"));
  if (!podlift_diagnostic_has_fix (diagnostic))
    return row;

  /* Translators: applies a finding's fix */
  button = gtk_button_new_with_mnemonic (_("_Fix"));
  gtk_widget_set_name (button, "fix");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, podlift_diagnostic_get_fix_title (diagnostic));
  podlift_finding_row_set_diagnostic (button, diagnostic);
  g_signal_connect_object (button, "clicked", G_CALLBACK (fix_clicked_cb), self, G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

void
podlift_manifests_page_findings_activated (PodliftManifestsPage *self,
                                           GtkListBoxRow        *row)
{
  g_return_if_fail (PODLIFT_IS_MANIFESTS_PAGE (self));

  podlift_finding_list_activate (self->lint, row);
}

/* }}} */

static void
update_style_scheme (PodliftManifestsPage *self)
{
  GtkSourceStyleSchemeManager *schemes = gtk_source_style_scheme_manager_get_default ();
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  const char *name = dark ? "Adwaita-dark" : "Adwaita";

  g_assert (PODLIFT_IS_MANIFESTS_PAGE (self));

  gtk_source_buffer_set_style_scheme (self->preview_buffer,
                                      gtk_source_style_scheme_manager_get_scheme (schemes, name));
  gtk_widget_queue_draw (GTK_WIDGET (self->diagram_area));
}

void
podlift_manifests_page_init_preview (PodliftManifestsPage *self)
{
  GtkSourceLanguageManager *languages = gtk_source_language_manager_get_default ();
  GtkEventController *focus;

  g_return_if_fail (PODLIFT_IS_MANIFESTS_PAGE (self));

  gtk_source_buffer_set_language (self->preview_buffer,
                                  gtk_source_language_manager_get_language (languages, "yaml"));
  g_signal_connect_object (self->preview_buffer, "changed", G_CALLBACK (buffer_changed_cb),
                           self, G_CONNECT_SWAPPED);

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (update_style_scheme), self, G_CONNECT_SWAPPED);
  update_style_scheme (self);

  /* An edit is kept at once when the user leaves the YAML, say to save. */
  focus = gtk_event_controller_focus_new ();
  g_signal_connect_object (focus, "leave", G_CALLBACK (podlift_manifests_page_flush_edit),
                           self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->preview_view), focus);

  self->lint = podlift_lint_adapter_new (self->preview_view);
  podlift_lint_adapter_show_findings (self->lint, NULL);

  podlift_finding_list_bind (self->findings_list, self->findings_title, self->lint,
                             create_finding_row, self);
}
