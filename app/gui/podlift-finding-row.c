/* podlift-finding-row.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-finding-row"

#include "config.h"

#include <glib/gi18n.h>

#include "podlift-finding-row.h"

/* A finding as a row of a findings list: its severity as an icon, its
 * code and message, and where it is with the plain explanation. The
 * Container and Manifests steps list the findings of a lint adapter with
 * it, add their own buttons (Fix, Ignore) as suffixes, and show a row's
 * finding in the editor when it is activated. Every widget made for a
 * finding carries it, for the handler that acts on it. */

static const struct
{
  const char *icon_name;
  const char *css_class;
} severity_looks [] = {
  [PODLIFT_SEVERITY_ERROR] = { "dialog-error-symbolic", "error" },
  [PODLIFT_SEVERITY_WARNING] = { "dialog-warning-symbolic", "warning" },
  [PODLIFT_SEVERITY_INFO] = { "dialog-information-symbolic", "accent" },
  [PODLIFT_SEVERITY_STYLE] = { "dialog-information-symbolic", "dim-label" },
  [PODLIFT_SEVERITY_IGNORE] = { "dialog-information-symbolic", "dim-label" },
};

const char *
podlift_severity_get_label (PodliftSeverity severity)
{
  switch (severity)
    {
    case PODLIFT_SEVERITY_ERROR:
      return _("Error");

    case PODLIFT_SEVERITY_WARNING:
      return _("Warning");

    case PODLIFT_SEVERITY_INFO:
      return _("Info");

    case PODLIFT_SEVERITY_STYLE:
      /* Translators: a lint finding about style only */
      return _("Style");

    case PODLIFT_SEVERITY_IGNORE:
    default:
      return _("Ignored");
    }
}

const char *
podlift_severity_get_icon_name (PodliftSeverity severity)
{
  return severity_looks [MIN (severity, PODLIFT_SEVERITY_IGNORE)].icon_name;
}

const char *
podlift_severity_get_css_class (PodliftSeverity severity)
{
  return severity_looks [MIN (severity, PODLIFT_SEVERITY_IGNORE)].css_class;
}

PodliftDiagnostic *
podlift_finding_row_get_diagnostic (GtkWidget *widget)
{
  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);

  return g_object_get_data (G_OBJECT (widget), "podlift-diagnostic");
}

void
podlift_finding_row_set_diagnostic (GtkWidget         *widget,
                                    PodliftDiagnostic *diagnostic)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (PODLIFT_IS_DIAGNOSTIC (diagnostic));

  g_object_set_data_full (G_OBJECT (widget), "podlift-diagnostic",
                          g_object_ref (diagnostic), g_object_unref);
}

/**
 * podlift_finding_row_new:
 * @tooltip: what activating the row does ("Show in the Dockerfile")
 *
 * Returns: (transfer floating): an activatable #AdwActionRow named after
 *   the finding's code
 */
GtkWidget *
podlift_finding_row_new (PodliftDiagnostic *diagnostic,
                         const char        *tooltip)
{
  PodliftSeverity severity;
  const char *explanation;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *row;
  GtkWidget *icon;

  g_return_val_if_fail (PODLIFT_IS_DIAGNOSTIC (diagnostic), NULL);

  severity = MIN (podlift_diagnostic_get_severity (diagnostic), PODLIFT_SEVERITY_IGNORE);
  explanation = podlift_diagnostic_get_explanation (diagnostic);

  row = adw_action_row_new ();
  gtk_widget_set_name (row, podlift_diagnostic_get_code (diagnostic));
  podlift_finding_row_set_diagnostic (row, diagnostic);

  title = g_markup_printf_escaped ("<b>%s</b>  %s",
                                   podlift_diagnostic_get_code (diagnostic),
                                   podlift_diagnostic_get_message (diagnostic));
  if (explanation != NULL)
    /* Translators: where a finding is, then why it matters */
    subtitle = g_markup_printf_escaped (_("Line %u. %s"), podlift_diagnostic_get_line (diagnostic),
                                        explanation);
  else
    subtitle = g_markup_printf_escaped (_("Line %u."), podlift_diagnostic_get_line (diagnostic));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_set_tooltip_text (row, tooltip);

  icon = gtk_image_new_from_icon_name (severity_looks [severity].icon_name);
  gtk_widget_add_css_class (icon, severity_looks [severity].css_class);
  gtk_widget_set_tooltip_text (icon, podlift_severity_get_label (severity));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  return row;
}

static void
update_title (GListModel *findings,
              guint       position,
              guint       removed,
              guint       added,
              GtkLabel   *title)
{
  guint n = g_list_model_get_n_items (findings);
  g_autofree char *text = NULL;

  g_assert (G_IS_LIST_MODEL (findings));
  g_assert (GTK_IS_LABEL (title));

  if (n == 0)
    text = g_strdup (_("Findings"));
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Finding", "%u Findings", n), n);

  gtk_label_set_label (title, text);
}

/**
 * podlift_finding_list_bind:
 * @title: the list's heading, which counts the findings
 * @create_row: makes a row of a finding, with podlift_finding_row_new()
 *
 * Lists the findings @lint shows in @list, as long as both live.
 */
void
podlift_finding_list_bind (GtkListBox                 *list,
                           GtkLabel                   *title,
                           PodliftLintAdapter         *lint,
                           GtkListBoxCreateWidgetFunc  create_row,
                           gpointer                    user_data)
{
  GListModel *findings;

  g_return_if_fail (GTK_IS_LIST_BOX (list));
  g_return_if_fail (GTK_IS_LABEL (title));
  g_return_if_fail (PODLIFT_IS_LINT_ADAPTER (lint));

  findings = podlift_lint_adapter_get_findings (lint);
  gtk_list_box_bind_model (list, findings, create_row, user_data, NULL);
  g_signal_connect_object (findings, "items-changed", G_CALLBACK (update_title), title, 0);
  update_title (findings, 0, 0, 0, title);
}

/* Shows the finding of an activated row in the editor. */
void
podlift_finding_list_activate (PodliftLintAdapter *lint,
                               GtkListBoxRow      *row)
{
  PodliftDiagnostic *diagnostic;

  g_return_if_fail (PODLIFT_IS_LINT_ADAPTER (lint));
  g_return_if_fail (GTK_IS_LIST_BOX_ROW (row));

  diagnostic = podlift_finding_row_get_diagnostic (GTK_WIDGET (row));
  if (diagnostic != NULL)
    podlift_lint_adapter_reveal (lint, diagnostic);
}
