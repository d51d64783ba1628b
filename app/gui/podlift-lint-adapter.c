/* podlift-lint-adapter.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-lint-adapter"

#include "config.h"

#include "podlift-dockerfile-checks.h"
#include "podlift-lint-adapter-private.h"

/* The view side of live lint. The adapter watches a Dockerfile's source
 * buffer; a while after the last change (the debounce) it asks core for
 * the findings of the model's text and shows them: an underline coloured
 * by severity over each finding's range, one gutter mark per line, and a
 * hover tooltip. Its findings list is stable, so that a list box can stay
 * bound to it while the findings change. The editor commands of a
 * finding (apply its fix, ignore it, reveal it) are in
 * podlift-lint-adapter-edits.c. */

#define DEFAULT_DEBOUNCE_MS 120

static const struct
{
  const char *category;
  const char *icon_name;
  const char *color;
  int         priority;
} severities [] = {
  [PODLIFT_SEVERITY_ERROR] = { PODLIFT_LINT_MARK_ERROR, "dialog-error-symbolic", "#e01b24", 40 },
  [PODLIFT_SEVERITY_WARNING] = { PODLIFT_LINT_MARK_WARNING, "dialog-warning-symbolic", "#e66100", 30 },
  [PODLIFT_SEVERITY_INFO] = { PODLIFT_LINT_MARK_INFO, "dialog-information-symbolic", "#3584e4", 20 },
  [PODLIFT_SEVERITY_STYLE] = { PODLIFT_LINT_MARK_STYLE, "dialog-information-symbolic", "#9a9996", 10 },
};

G_STATIC_ASSERT (G_N_ELEMENTS (severities) == N_SHOWN_SEVERITIES);

static void hover_provider_iface_init (GtkSourceHoverProviderInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PodliftLintAdapter, podlift_lint_adapter, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (GTK_SOURCE_TYPE_HOVER_PROVIDER,
                                                      hover_provider_iface_init))

enum {
  PROP_0,
  PROP_VIEW,
  PROP_CONFIG,
  PROP_DEBOUNCE_MS,
  PROP_FINDINGS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static gboolean
is_shown (PodliftSeverity severity)
{
  return severity < N_SHOWN_SEVERITIES;
}

/* @range (lines and columns from 1, end excluded) as iters; FALSE when it
 * names no place. Positions past the end are clamped. */
gboolean
podlift_lint_get_range_iters (GtkTextBuffer      *buffer,
                              const PodliftRange *range,
                              GtkTextIter        *begin,
                              GtkTextIter        *end)
{
  if (range == NULL || range->start.line == 0)
    return FALSE;

  gtk_text_buffer_get_iter_at_line_offset (buffer, begin, range->start.line - 1,
                                           MAX (range->start.column, 1) - 1);
  gtk_text_buffer_get_iter_at_line_offset (buffer, end, MAX (range->end.line, 1) - 1,
                                           MAX (range->end.column, 1) - 1);
  gtk_text_iter_order (begin, end);

  return TRUE;
}

/* What to underline: the finding's range, or when that is empty, the rest
 * of its line, or the whole line without its indent. */
static gboolean
get_underline_iters (GtkTextBuffer     *buffer,
                     PodliftDiagnostic *diagnostic,
                     GtkTextIter       *begin,
                     GtkTextIter       *end)
{
  if (!podlift_lint_get_range_iters (buffer, podlift_diagnostic_get_range (diagnostic), begin, end))
    return FALSE;

  if (!gtk_text_iter_equal (begin, end))
    return TRUE;

  if (!gtk_text_iter_ends_line (end))
    {
      gtk_text_iter_forward_to_line_end (end);
      return TRUE;
    }

  gtk_text_iter_set_line_offset (begin, 0);
  while (!gtk_text_iter_ends_line (begin) && g_unichar_isspace (gtk_text_iter_get_char (begin)))
    gtk_text_iter_forward_char (begin);

  return TRUE;
}

static void
delete_mark (gpointer data)
{
  GtkTextMark *mark = data;
  GtkTextBuffer *buffer = gtk_text_mark_get_buffer (mark);

  if (buffer != NULL)
    gtk_text_buffer_delete_mark (buffer, mark);
  g_object_unref (mark);
}

/* Where the finding's instruction starts now, after edits not linted yet:
 * a line from 1, or 0. */
static guint
podlift_lint_adapter_get_anchored_line (PodliftLintAdapter *self,
                                        PodliftDiagnostic  *diagnostic)
{
  GtkTextMark *mark = g_hash_table_lookup (self->anchors, diagnostic);
  GtkTextIter iter;

  if (mark == NULL)
    return 0;

  gtk_text_buffer_get_iter_at_mark (GTK_TEXT_BUFFER (self->buffer), &iter, mark);

  return gtk_text_iter_get_line (&iter) + 1;
}

static void
podlift_lint_adapter_clear_marks (PodliftLintAdapter *self)
{
  GtkTextBuffer *buffer = GTK_TEXT_BUFFER (self->buffer);
  GtkTextIter begin, end;

  g_assert (PODLIFT_IS_LINT_ADAPTER (self));

  g_hash_table_remove_all (self->anchors);
  gtk_text_buffer_get_bounds (buffer, &begin, &end);

  for (guint i = 0; i < N_SHOWN_SEVERITIES; i++)
    {
      gtk_text_buffer_remove_tag (buffer, self->tags [i], &begin, &end);
      gtk_source_buffer_remove_source_marks (self->buffer, &begin, &end, severities [i].category);
    }
}

/* Underlines every finding, and marks each line with its worst. */
static void
podlift_lint_adapter_show_marks (PodliftLintAdapter *self)
{
  GtkTextBuffer *buffer = GTK_TEXT_BUFFER (self->buffer);
  GListModel *findings = G_LIST_MODEL (self->findings);
  g_autoptr(GHashTable) worst = g_hash_table_new (NULL, NULL);
  GHashTableIter iter;
  gpointer key, value;

  g_assert (PODLIFT_IS_LINT_ADAPTER (self));

  podlift_lint_adapter_clear_marks (self);

  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(PodliftDiagnostic) diagnostic = g_list_model_get_item (findings, i);
      PodliftSeverity severity = podlift_diagnostic_get_severity (diagnostic);
      gpointer line;
      GtkTextIter begin, end;

      /* Right gravity: a line typed at the start of the instruction's
       * line pushes the instruction, and its anchor, down. */
      gtk_text_buffer_get_iter_at_line (buffer, &begin, MAX (podlift_diagnostic_get_line (diagnostic), 1) - 1);
      g_hash_table_insert (self->anchors, g_object_ref (diagnostic),
                           g_object_ref (gtk_text_buffer_create_mark (buffer, NULL, &begin, FALSE)));

      if (!is_shown (severity) || !get_underline_iters (buffer, diagnostic, &begin, &end))
        continue;

      gtk_text_buffer_apply_tag (buffer, self->tags [severity], &begin, &end);

      /* Severities are stored plus one, so that 0 means "none yet". */
      line = GINT_TO_POINTER (gtk_text_iter_get_line (&begin));
      value = g_hash_table_lookup (worst, line);
      if (value == NULL || GPOINTER_TO_UINT (value) - 1 > severity)
        g_hash_table_insert (worst, line, GUINT_TO_POINTER (severity + 1));
    }

  g_hash_table_iter_init (&iter, worst);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GtkTextIter where;

      gtk_text_buffer_get_iter_at_line (buffer, &where, GPOINTER_TO_INT (key));
      gtk_source_buffer_create_source_mark (self->buffer, NULL,
                                            severities [GPOINTER_TO_UINT (value) - 1].category,
                                            &where);
    }
}

static gboolean
ranges_equal (const PodliftRange *a,
              const PodliftRange *b)
{
  if (a == NULL || b == NULL)
    return a == b;

  return a->start.line == b->start.line && a->start.column == b->start.column &&
         a->end.line == b->end.line && a->end.column == b->end.column;
}

static gboolean
diagnostics_equal (PodliftDiagnostic *a,
                   PodliftDiagnostic *b)
{
  return a == b ||
         (g_strcmp0 (podlift_diagnostic_get_code (a), podlift_diagnostic_get_code (b)) == 0 &&
          g_strcmp0 (podlift_diagnostic_get_message (a), podlift_diagnostic_get_message (b)) == 0 &&
          podlift_diagnostic_get_severity (a) == podlift_diagnostic_get_severity (b) &&
          podlift_diagnostic_get_line (a) == podlift_diagnostic_get_line (b) &&
          ranges_equal (podlift_diagnostic_get_range (a), podlift_diagnostic_get_range (b)) &&
          ranges_equal (podlift_diagnostic_get_fix_range (a), podlift_diagnostic_get_fix_range (b)) &&
          g_strcmp0 (podlift_diagnostic_get_fix_text (a), podlift_diagnostic_get_fix_text (b)) == 0);
}

/* Replaces the findings, unless they are the same, so that a list bound
 * to them is not rebuilt on every keystroke. */
static void
podlift_lint_adapter_set_findings (PodliftLintAdapter *self,
                                   GListModel         *findings)
{
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (self->findings));
  guint n_new = findings != NULL ? g_list_model_get_n_items (findings) : 0;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean same = n_old == n_new;

  g_assert (PODLIFT_IS_LINT_ADAPTER (self));

  for (guint i = 0; i < n_new; i++)
    {
      g_ptr_array_add (items, g_list_model_get_item (findings, i));

      if (same)
        {
          g_autoptr(PodliftDiagnostic) old = g_list_model_get_item (G_LIST_MODEL (self->findings), i);

          same = diagnostics_equal (old, g_ptr_array_index (items, i));
        }
    }

  if (!same)
    g_list_store_splice (self->findings, 0, n_old, items->pdata, items->len);
}

/* The findings of the model's text: core's, shared while neither the
 * text nor the answers change. */
static GListModel *
podlift_lint_adapter_compute (PodliftLintAdapter *self)
{
  g_assert (PODLIFT_IS_LINT_ADAPTER (self));

  if (self->dockerfile == NULL)
    return NULL;

  return podlift_dockerfile_get_findings (self->dockerfile, self->profile, self->config);
}

/* Lints now. */
static void
podlift_lint_adapter_update (PodliftLintAdapter *self)
{
  g_autoptr(GListModel) findings = NULL;

  g_assert (PODLIFT_IS_LINT_ADAPTER (self));

  g_clear_handle_id (&self->update_source, g_source_remove);

  /* The caller's findings stay until the caller shows new ones. */
  if (self->external)
    return;

  findings = podlift_lint_adapter_compute (self);
  podlift_lint_adapter_set_findings (self, findings);
  podlift_lint_adapter_show_marks (self);
  self->shown_generation = self->generation;
}

static gboolean
update_timeout_cb (gpointer data)
{
  PodliftLintAdapter *self = data;

  g_assert (PODLIFT_IS_LINT_ADAPTER (self));

  self->update_source = 0;
  podlift_lint_adapter_update (self);

  return G_SOURCE_REMOVE;
}

static void
buffer_changed_cb (PodliftLintAdapter *self,
                   GtkTextBuffer      *buffer)
{
  g_assert (PODLIFT_IS_LINT_ADAPTER (self));
  g_assert (GTK_IS_TEXT_BUFFER (buffer));

  self->generation++;
  podlift_lint_adapter_queue (self);
}

/* The finding that stands for @diagnostic in findings that match the
 * buffer: @diagnostic itself, or after an edit that was not linted yet,
 * the finding of the same rule on the line where its instruction moved. */
PodliftDiagnostic *
podlift_lint_adapter_resolve (PodliftLintAdapter *self,
                              PodliftDiagnostic  *diagnostic)
{
  GListModel *findings = G_LIST_MODEL (self->findings);
  guint line;

  g_assert (PODLIFT_IS_LINT_ADAPTER (self));
  g_assert (PODLIFT_IS_DIAGNOSTIC (diagnostic));

  line = podlift_lint_adapter_get_anchored_line (self, diagnostic);
  if (line == 0)
    line = podlift_diagnostic_get_line (diagnostic);

  if (self->generation != self->shown_generation || self->update_source != 0)
    podlift_lint_adapter_update (self);

  if (g_list_store_find (self->findings, diagnostic, NULL))
    return g_object_ref (diagnostic);

  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(PodliftDiagnostic) finding = g_list_model_get_item (findings, i);

      if (g_strcmp0 (podlift_diagnostic_get_code (finding), podlift_diagnostic_get_code (diagnostic)) == 0 &&
          podlift_diagnostic_get_line (finding) == line)
        return g_steal_pointer (&finding);
    }

  return NULL;
}

/* Hover {{{ */

static GtkWidget *
create_hover_label (PodliftDiagnostic *diagnostic)
{
  g_autofree char *markup = NULL;
  const char *explanation = podlift_diagnostic_get_explanation (diagnostic);
  GtkWidget *label;

  if (explanation != NULL)
    markup = g_markup_printf_escaped ("<b>%s</b> %s\n%s",
                                      podlift_diagnostic_get_code (diagnostic),
                                      podlift_diagnostic_get_message (diagnostic),
                                      explanation);
  else
    markup = g_markup_printf_escaped ("<b>%s</b> %s",
                                      podlift_diagnostic_get_code (diagnostic),
                                      podlift_diagnostic_get_message (diagnostic));

  label = gtk_label_new (NULL);
  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 60);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_widget_set_margin_start (label, 6);
  gtk_widget_set_margin_end (label, 6);

  return label;
}

static gboolean
podlift_lint_adapter_populate (GtkSourceHoverProvider  *provider,
                               GtkSourceHoverContext   *context,
                               GtkSourceHoverDisplay   *display,
                               GError                 **error)
{
  PodliftLintAdapter *self = PODLIFT_LINT_ADAPTER (provider);
  GListModel *findings = G_LIST_MODEL (self->findings);
  GtkTextIter where;
  guint shown = 0;

  g_assert (PODLIFT_IS_LINT_ADAPTER (self));

  if (gtk_source_hover_context_get_iter (context, &where))
    {
      for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
        {
          g_autoptr(PodliftDiagnostic) diagnostic = g_list_model_get_item (findings, i);
          GtkTextIter begin, end;

          if (!get_underline_iters (GTK_TEXT_BUFFER (self->buffer), diagnostic, &begin, &end) ||
              !(gtk_text_iter_in_range (&where, &begin, &end) || gtk_text_iter_equal (&where, &end)))
            continue;

          gtk_source_hover_display_append (display, create_hover_label (diagnostic));
          shown++;
        }
    }

  if (shown == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "No finding here");
      return FALSE;
    }

  return TRUE;
}

static void
hover_provider_iface_init (GtkSourceHoverProviderInterface *iface)
{
  iface->populate = podlift_lint_adapter_populate;
}

/* }}} */

/* The gutter's tooltip: the messages of the line's findings. */
static char *
query_tooltip_text_cb (PodliftLintAdapter      *self,
                       GtkSourceMark           *mark,
                       GtkSourceMarkAttributes *attributes)
{
  GListModel *findings = G_LIST_MODEL (self->findings);
  g_autoptr(GString) text = g_string_new (NULL);
  GtkTextIter where;
  int line;

  g_assert (PODLIFT_IS_LINT_ADAPTER (self));
  g_assert (GTK_SOURCE_IS_MARK (mark));

  gtk_text_buffer_get_iter_at_mark (GTK_TEXT_BUFFER (self->buffer), &where, GTK_TEXT_MARK (mark));
  line = gtk_text_iter_get_line (&where);

  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(PodliftDiagnostic) diagnostic = g_list_model_get_item (findings, i);
      GtkTextIter begin, end;

      if (get_underline_iters (GTK_TEXT_BUFFER (self->buffer), diagnostic, &begin, &end) &&
          gtk_text_iter_get_line (&begin) == line)
        g_string_append_printf (text, "%s%s %s", text->len > 0 ? "\n" : "",
                                podlift_diagnostic_get_code (diagnostic),
                                podlift_diagnostic_get_message (diagnostic));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
podlift_lint_adapter_set_view (PodliftLintAdapter *self,
                               GtkSourceView      *view)
{
  g_assert (PODLIFT_IS_LINT_ADAPTER (self));
  g_assert (GTK_SOURCE_IS_VIEW (view));

  g_set_weak_pointer (&self->view, view);
  self->buffer = g_object_ref (GTK_SOURCE_BUFFER (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view))));

  for (guint i = 0; i < N_SHOWN_SEVERITIES; i++)
    {
      g_autoptr(GtkSourceMarkAttributes) attributes = gtk_source_mark_attributes_new ();
      GdkRGBA color;

      gdk_rgba_parse (&color, severities [i].color);
      self->tags [i] = gtk_text_buffer_create_tag (GTK_TEXT_BUFFER (self->buffer), severities [i].category,
                                                   "underline", PANGO_UNDERLINE_ERROR_LINE,
                                                   "underline-rgba", &color,
                                                   NULL);

      gtk_source_mark_attributes_set_icon_name (attributes, severities [i].icon_name);

      /* The gutter draws symbolic icons in one colour: a faint tint of
       * the line tells the severities apart. */
      color.alpha = 0.1;
      gtk_source_mark_attributes_set_background (attributes, &color);
      g_signal_connect_object (attributes,
                               "query-tooltip-text",
                               G_CALLBACK (query_tooltip_text_cb),
                               self,
                               G_CONNECT_SWAPPED);
      gtk_source_view_set_mark_attributes (view, severities [i].category, attributes,
                                           severities [i].priority);
    }

  gtk_source_view_set_show_line_marks (view, TRUE);
  gtk_source_hover_add_provider (gtk_source_view_get_hover (view), GTK_SOURCE_HOVER_PROVIDER (self));

  g_signal_connect_object (self->buffer,
                           "changed",
                           G_CALLBACK (buffer_changed_cb),
                           self,
                           G_CONNECT_SWAPPED);
}

static void
podlift_lint_adapter_dispose (GObject *object)
{
  PodliftLintAdapter *self = (PodliftLintAdapter *)object;

  g_clear_handle_id (&self->update_source, g_source_remove);

  /* The view's hover holds the adapter: let it go. */
  if (self->view != NULL)
    gtk_source_hover_remove_provider (gtk_source_view_get_hover (self->view),
                                      GTK_SOURCE_HOVER_PROVIDER (self));
  g_clear_weak_pointer (&self->view);

  if (self->profile_signals != NULL)
    g_signal_group_set_target (self->profile_signals, NULL);
  g_clear_object (&self->dockerfile);
  g_clear_object (&self->profile);

  G_OBJECT_CLASS (podlift_lint_adapter_parent_class)->dispose (object);
}

static void
podlift_lint_adapter_finalize (GObject *object)
{
  PodliftLintAdapter *self = (PodliftLintAdapter *)object;

  g_clear_pointer (&self->anchors, g_hash_table_unref);
  g_clear_object (&self->buffer);
  g_clear_object (&self->config);
  g_clear_object (&self->findings);
  g_clear_object (&self->profile_signals);

  G_OBJECT_CLASS (podlift_lint_adapter_parent_class)->finalize (object);
}

static void
podlift_lint_adapter_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  PodliftLintAdapter *self = PODLIFT_LINT_ADAPTER (object);

  switch (prop_id)
    {
    case PROP_VIEW:
      g_value_set_object (value, self->view);
      break;

    case PROP_CONFIG:
      g_value_set_object (value, self->config);
      break;

    case PROP_DEBOUNCE_MS:
      g_value_set_uint (value, self->debounce_ms);
      break;

    case PROP_FINDINGS:
      g_value_set_object (value, self->findings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
podlift_lint_adapter_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  PodliftLintAdapter *self = PODLIFT_LINT_ADAPTER (object);

  switch (prop_id)
    {
    case PROP_VIEW:
      podlift_lint_adapter_set_view (self, g_value_get_object (value));
      break;

    case PROP_CONFIG:
      podlift_lint_adapter_set_config (self, g_value_get_object (value));
      break;

    case PROP_DEBOUNCE_MS:
      podlift_lint_adapter_set_debounce_ms (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
podlift_lint_adapter_class_init (PodliftLintAdapterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = podlift_lint_adapter_dispose;
  object_class->finalize = podlift_lint_adapter_finalize;
  object_class->get_property = podlift_lint_adapter_get_property;
  object_class->set_property = podlift_lint_adapter_set_property;

  properties [PROP_VIEW] =
    g_param_spec_object ("view", NULL, NULL,
                         GTK_SOURCE_TYPE_VIEW,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_CONFIG] =
    g_param_spec_object ("config", NULL, NULL,
                         PODLIFT_TYPE_LINT_CONFIG,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* How long after the last change the adapter lints; tests set 0. */
  properties [PROP_DEBOUNCE_MS] =
    g_param_spec_uint ("debounce-ms", NULL, NULL,
                       0, 10000, DEFAULT_DEBOUNCE_MS,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_FINDINGS] =
    g_param_spec_object ("findings", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
podlift_lint_adapter_init (PodliftLintAdapter *self)
{
  self->debounce_ms = DEFAULT_DEBOUNCE_MS;
  self->findings = g_list_store_new (PODLIFT_TYPE_DIAGNOSTIC);
  self->anchors = g_hash_table_new_full (NULL, NULL, g_object_unref, delete_mark);

  /* Some findings compare the file with the answers. */
  self->profile_signals = g_signal_group_new (PODLIFT_TYPE_APP_PROFILE);
  g_signal_group_connect_object (self->profile_signals,
                                 "notify",
                                 G_CALLBACK (podlift_lint_adapter_queue),
                                 self,
                                 G_CONNECT_SWAPPED);
}

PodliftLintAdapter *
podlift_lint_adapter_new (GtkSourceView *view)
{
  g_return_val_if_fail (GTK_SOURCE_IS_VIEW (view), NULL);

  return g_object_new (PODLIFT_TYPE_LINT_ADAPTER, "view", view, NULL);
}

GtkSourceView *
podlift_lint_adapter_get_view (PodliftLintAdapter *self)
{
  g_return_val_if_fail (PODLIFT_IS_LINT_ADAPTER (self), NULL);

  return self->view;
}

/**
 * podlift_lint_adapter_get_findings:
 *
 * Returns: (transfer none): the findings shown, a #GListModel of
 *   #PodliftDiagnostic that stays the same object
 */
GListModel *
podlift_lint_adapter_get_findings (PodliftLintAdapter *self)
{
  g_return_val_if_fail (PODLIFT_IS_LINT_ADAPTER (self), NULL);

  return G_LIST_MODEL (self->findings);
}

/* The model whose findings to show: the text is @dockerfile's (the page
 * keeps it equal to the buffer, and loads it before calling this), the
 * answers @profile's. */
void
podlift_lint_adapter_set_source (PodliftLintAdapter *self,
                                 PodliftDockerfile  *dockerfile,
                                 PodliftAppProfile  *profile)
{
  g_return_if_fail (PODLIFT_IS_LINT_ADAPTER (self));
  g_return_if_fail (!dockerfile || PODLIFT_IS_DOCKERFILE (dockerfile));
  g_return_if_fail (!profile || PODLIFT_IS_APP_PROFILE (profile));

  self->external = FALSE;
  g_set_object (&self->dockerfile, dockerfile);
  g_set_object (&self->profile, profile);
  g_signal_group_set_target (self->profile_signals, profile);

  /* Another file: its findings at once, not the last file's for a while. */
  podlift_lint_adapter_update (self);
}

PodliftLintConfig *
podlift_lint_adapter_get_config (PodliftLintAdapter *self)
{
  g_return_val_if_fail (PODLIFT_IS_LINT_ADAPTER (self), NULL);

  return self->config;
}

void
podlift_lint_adapter_set_config (PodliftLintAdapter *self,
                                 PodliftLintConfig  *config)
{
  g_return_if_fail (PODLIFT_IS_LINT_ADAPTER (self));
  g_return_if_fail (!config || PODLIFT_IS_LINT_CONFIG (config));

  if (g_set_object (&self->config, config))
    {
      podlift_lint_adapter_queue (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CONFIG]);
    }
}

guint
podlift_lint_adapter_get_debounce_ms (PodliftLintAdapter *self)
{
  g_return_val_if_fail (PODLIFT_IS_LINT_ADAPTER (self), 0);

  return self->debounce_ms;
}

void
podlift_lint_adapter_set_debounce_ms (PodliftLintAdapter *self,
                                      guint               debounce_ms)
{
  g_return_if_fail (PODLIFT_IS_LINT_ADAPTER (self));

  if (self->debounce_ms == debounce_ms)
    return;

  self->debounce_ms = debounce_ms;

  /* A lint already waiting waits the new time instead. */
  if (self->update_source != 0)
    podlift_lint_adapter_queue (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DEBOUNCE_MS]);
}

/* Lints after the debounce, which each call starts again. */
void
podlift_lint_adapter_queue (PodliftLintAdapter *self)
{
  g_return_if_fail (PODLIFT_IS_LINT_ADAPTER (self));

  if (self->external)
    return;

  g_clear_handle_id (&self->update_source, g_source_remove);
  self->update_source = g_timeout_add (self->debounce_ms, update_timeout_cb, self);
  g_source_set_name_by_id (self->update_source, "[podlift] lint the Dockerfile");
}

/* Lints now if a lint is waiting. */
void
podlift_lint_adapter_flush (PodliftLintAdapter *self)
{
  g_return_if_fail (PODLIFT_IS_LINT_ADAPTER (self));

  if (self->update_source != 0)
    podlift_lint_adapter_update (self);
}

/**
 * podlift_lint_adapter_show_findings:
 * @findings: (nullable): #PodliftDiagnostic of the buffer's text as it is
 *
 * Shows findings that the caller worked out (the Manifests step checks
 * every resource together), instead of linting a Dockerfile, until
 * podlift_lint_adapter_set_source() names one again. Edits of the buffer
 * keep them, their marks moving with the text, until the caller shows
 * the findings of the new text.
 */
void
podlift_lint_adapter_show_findings (PodliftLintAdapter *self,
                                    GListModel         *findings)
{
  g_return_if_fail (PODLIFT_IS_LINT_ADAPTER (self));
  g_return_if_fail (!findings || G_IS_LIST_MODEL (findings));

  self->external = TRUE;
  g_clear_handle_id (&self->update_source, g_source_remove);
  g_clear_object (&self->dockerfile);
  g_clear_object (&self->profile);
  g_signal_group_set_target (self->profile_signals, NULL);

  podlift_lint_adapter_set_findings (self, findings);
  podlift_lint_adapter_show_marks (self);
  self->shown_generation = self->generation;
}
