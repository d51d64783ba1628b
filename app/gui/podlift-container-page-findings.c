/* podlift-container-page-findings.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-container-page"

#include "config.h"

#include <glib/gi18n.h>

#include "podlift-container-page-private.h"

/* The findings list under the Dockerfile: one row a finding, with its
 * rule code, message and plain explanation, a Fix button when the fix is
 * mechanical and an Ignore button. Activating a row shows the finding in
 * the editor. */

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

static const char *
severity_get_label (PodliftSeverity severity)
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

static PodliftDiagnostic *
row_get_diagnostic (GtkWidget *widget)
{
  return g_object_get_data (G_OBJECT (widget), "podlift-diagnostic");
}

static void
fix_clicked_cb (PodliftContainerPage *self,
                GtkButton            *button)
{
  g_assert (PODLIFT_IS_CONTAINER_PAGE (self));
  g_assert (GTK_IS_BUTTON (button));

  podlift_lint_adapter_apply_fix (self->lint, row_get_diagnostic (GTK_WIDGET (button)));
}

static void
ignore_clicked_cb (PodliftContainerPage *self,
                   GtkButton            *button)
{
  g_assert (PODLIFT_IS_CONTAINER_PAGE (self));
  g_assert (GTK_IS_BUTTON (button));

  podlift_lint_adapter_ignore (self->lint, row_get_diagnostic (GTK_WIDGET (button)));
}

static GtkWidget *
create_button (PodliftContainerPage *self,
               PodliftDiagnostic    *diagnostic,
               const char           *name,
               const char           *label,
               const char           *tooltip,
               GCallback             callback)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  g_assert (PODLIFT_IS_CONTAINER_PAGE (self));

  gtk_widget_set_name (button, name);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  g_object_set_data_full (G_OBJECT (button), "podlift-diagnostic",
                          g_object_ref (diagnostic), g_object_unref);
  g_signal_connect_object (button, "clicked", callback, self, G_CONNECT_SWAPPED);

  return button;
}

/* Fix, when the change is mechanical, and Ignore. */
static void
add_buttons (PodliftContainerPage *self,
             AdwActionRow         *row,
             PodliftDiagnostic    *diagnostic)
{
  g_autofree char *ignore_tooltip = NULL;

  g_assert (PODLIFT_IS_CONTAINER_PAGE (self));

  if (podlift_diagnostic_has_fix (diagnostic))
    adw_action_row_add_suffix (row,
                               create_button (self, diagnostic, "fix",
                                              /* Translators: applies a finding's fix */
                                              _("_Fix"),
                                              podlift_diagnostic_get_fix_title (diagnostic),
                                              G_CALLBACK (fix_clicked_cb)));

  /* Translators: %s is a rule code such as DL3008 */
  ignore_tooltip = g_strdup_printf (_("Add a “# hadolint ignore=%s” comment above the instruction"),
                                    podlift_diagnostic_get_code (diagnostic));
  adw_action_row_add_suffix (row,
                             create_button (self, diagnostic, "ignore",
                                            _("_Ignore"), ignore_tooltip,
                                            G_CALLBACK (ignore_clicked_cb)));
}

static GtkWidget *
create_finding_row (gpointer item,
                    gpointer user_data)
{
  PodliftContainerPage *self = user_data;
  PodliftDiagnostic *diagnostic = item;
  PodliftSeverity severity = podlift_diagnostic_get_severity (diagnostic);
  const char *explanation = podlift_diagnostic_get_explanation (diagnostic);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon;

  g_assert (PODLIFT_IS_CONTAINER_PAGE (self));
  g_assert (PODLIFT_IS_DIAGNOSTIC (diagnostic));

  severity = MIN (severity, PODLIFT_SEVERITY_IGNORE);
  gtk_widget_set_name (row, podlift_diagnostic_get_code (diagnostic));
  g_object_set_data_full (G_OBJECT (row), "podlift-diagnostic", g_object_ref (diagnostic), g_object_unref);

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
  gtk_widget_set_tooltip_text (row, _("Show in the Dockerfile"));

  icon = gtk_image_new_from_icon_name (severity_looks [severity].icon_name);
  gtk_widget_add_css_class (icon, severity_looks [severity].css_class);
  gtk_widget_set_tooltip_text (icon, severity_get_label (severity));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  add_buttons (self, ADW_ACTION_ROW (row), diagnostic);

  return row;
}

static void
update_findings_title (PodliftContainerPage *self)
{
  GListModel *findings = podlift_lint_adapter_get_findings (self->lint);
  guint n = g_list_model_get_n_items (findings);
  g_autofree char *title = NULL;

  g_assert (PODLIFT_IS_CONTAINER_PAGE (self));

  if (n == 0)
    title = g_strdup (_("Findings"));
  else
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Finding", "%u Findings", n), n);

  gtk_label_set_label (self->findings_title, title);
}

void
podlift_container_page_bind_findings (PodliftContainerPage *self)
{
  GListModel *findings;

  g_return_if_fail (PODLIFT_IS_CONTAINER_PAGE (self));

  findings = podlift_lint_adapter_get_findings (self->lint);
  gtk_list_box_bind_model (self->findings_list, findings, create_finding_row, self, NULL);
  g_signal_connect_object (findings,
                           "items-changed",
                           G_CALLBACK (update_findings_title),
                           self,
                           G_CONNECT_SWAPPED);
  update_findings_title (self);
}

void
podlift_container_page_findings_activated (PodliftContainerPage *self,
                                           GtkListBoxRow        *row)
{
  PodliftDiagnostic *diagnostic;

  g_return_if_fail (PODLIFT_IS_CONTAINER_PAGE (self));
  g_return_if_fail (GTK_IS_LIST_BOX_ROW (row));

  diagnostic = row_get_diagnostic (GTK_WIDGET (row));
  if (diagnostic != NULL)
    podlift_lint_adapter_reveal (self->lint, diagnostic);
}
