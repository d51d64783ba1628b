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
#include "podlift-finding-row.h"

/* The findings list under the Dockerfile: one row a finding, with its
 * rule code, message and plain explanation, a Fix button when the fix is
 * mechanical and an Ignore button. Activating a row shows the finding in
 * the editor. */

static void
fix_clicked_cb (PodliftContainerPage *self,
                GtkButton            *button)
{
  g_assert (PODLIFT_IS_CONTAINER_PAGE (self));
  g_assert (GTK_IS_BUTTON (button));

  podlift_lint_adapter_apply_fix (self->lint, podlift_finding_row_get_diagnostic (GTK_WIDGET (button)));
}

static void
ignore_clicked_cb (PodliftContainerPage *self,
                   GtkButton            *button)
{
  g_assert (PODLIFT_IS_CONTAINER_PAGE (self));
  g_assert (GTK_IS_BUTTON (button));

  podlift_lint_adapter_ignore (self->lint, podlift_finding_row_get_diagnostic (GTK_WIDGET (button)));
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
  podlift_finding_row_set_diagnostic (button, diagnostic);
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
  GtkWidget *row;

  g_assert (PODLIFT_IS_CONTAINER_PAGE (self));
  g_assert (PODLIFT_IS_DIAGNOSTIC (diagnostic));

  row = podlift_finding_row_new (diagnostic, _("Show in the Dockerfile"));
  add_buttons (self, ADW_ACTION_ROW (row), diagnostic);

  return row;
}

void
podlift_container_page_bind_findings (PodliftContainerPage *self)
{
  g_return_if_fail (PODLIFT_IS_CONTAINER_PAGE (self));

  podlift_finding_list_bind (self->findings_list, self->findings_title, self->lint,
                             create_finding_row, self);
}

void
podlift_container_page_findings_activated (PodliftContainerPage *self,
                                           GtkListBoxRow        *row)
{
  g_return_if_fail (PODLIFT_IS_CONTAINER_PAGE (self));

  podlift_finding_list_activate (self->lint, row);
}
