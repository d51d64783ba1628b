/* podlift-strategy-page-runbook.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-strategy-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "podlift-runbook.h"
#include "podlift-strategy-page-private.h"

/* The runbook as numbered steps: each with what to do, its commands in a
 * box with a copy button, how to check it and how to roll it back. The
 * steps' texts are the runbook's own, as in migration/RUNBOOK.md. */

static void
copy_clicked_cb (GtkButton *button,
                 gpointer   user_data)
{
  const char *text = g_object_get_data (G_OBJECT (button), "text");
  GtkWidget *page = gtk_widget_get_ancestor (GTK_WIDGET (button), PODLIFT_TYPE_STRATEGY_PAGE);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (button)), text);
  if (page != NULL)
    podlift_page_add_toast (PODLIFT_PAGE (page), _("Commands copied"));
}

static GtkWidget *
label_new (const char *text,
           gboolean    markup)
{
  GtkWidget *label = gtk_label_new (NULL);

  if (markup)
    gtk_label_set_markup (GTK_LABEL (label), text);
  else
    gtk_label_set_label (GTK_LABEL (label), text);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  return label;
}

/* Shell commands in a box, with a button that copies them. */
static GtkWidget *
commands_box (const char *commands)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *text = label_new (commands, FALSE);
  GtkWidget *copy = gtk_button_new_from_icon_name ("edit-copy-symbolic");

  gtk_widget_add_css_class (box, "runbook-commands");
  gtk_widget_add_css_class (text, "monospace");
  gtk_label_set_selectable (GTK_LABEL (text), TRUE);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_widget_set_valign (copy, GTK_ALIGN_START);
  gtk_widget_add_css_class (copy, "flat");
  gtk_widget_set_name (copy, "copy-commands");
  gtk_widget_set_tooltip_text (copy, _("Copy the Commands"));
  g_object_set_data_full (G_OBJECT (copy), "text", g_strdup (commands), g_free);
  g_signal_connect (copy, "clicked", G_CALLBACK (copy_clicked_cb), NULL);
  gtk_box_append (GTK_BOX (box), text);
  gtk_box_append (GTK_BOX (box), copy);
  return box;
}

/* "Check: …" (its commands, if any, follow its first line), or
 * "Roll back: …" */
static void
add_labelled (GtkBox     *box,
              const char *label,
              const char *text)
{
  const char *eol = strchr (text, '\n');
  g_autofree char *first = eol ? g_strndup (text, eol - text) : g_strdup (text);
  g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b> %s", label, first);

  gtk_box_append (box, label_new (markup, TRUE));
  if (eol != NULL)
    gtk_box_append (box, commands_box (eol + 1));
}

static GtkWidget *
title_box (guint               number,
           PodliftRunbookStep *step)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  g_autofree char *n = g_strdup_printf ("%u", number);
  GtkWidget *badge = gtk_label_new (n);
  GtkWidget *title = label_new (step->title, FALSE);

  gtk_widget_add_css_class (badge, "runbook-number");
  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (title, "heading");
  gtk_widget_set_hexpand (title, TRUE);
  gtk_box_append (GTK_BOX (box), badge);
  gtk_box_append (GTK_BOX (box), title);
  if (step->downtime)
    {
      GtkWidget *tag = gtk_label_new (_("Downtime"));

      gtk_widget_add_css_class (tag, "downtime-tag");
      gtk_widget_set_valign (tag, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (box), tag);
    }
  return box;
}

static GtkWidget *
step_row (guint               number,
          PodliftRunbookStep *step)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *body = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  g_autofree char *name = g_strdup_printf ("runbook-step-%s", step->id);

  gtk_widget_set_name (row, name);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_start (body, 40);
  gtk_box_append (GTK_BOX (box), title_box (number, step));
  gtk_box_append (GTK_BOX (body), label_new (step->what, FALSE));
  if (step->commands != NULL)
    gtk_box_append (GTK_BOX (body), commands_box (step->commands));
  add_labelled (GTK_BOX (body), _("Check:"), step->check);
  add_labelled (GTK_BOX (body), _("Roll back:"), step->rollback);
  gtk_widget_add_css_class (body, "runbook-body");
  gtk_box_append (GTK_BOX (box), body);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  return row;
}

void
podlift_strategy_page_show_runbook (PodliftStrategyPage *self,
                                    PodliftProject      *project)
{
  g_autoptr(GPtrArray) steps = NULL;
  GtkWidget *child;

  g_assert (PODLIFT_IS_STRATEGY_PAGE (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->runbook))))
    gtk_list_box_remove (self->runbook, child);

  steps = podlift_runbook_steps (project, PODLIFT_STRATEGY_KIND_UNDECIDED);
  for (guint i = 0; i < steps->len; i++)
    gtk_list_box_append (self->runbook, step_row (i + 1, g_ptr_array_index (steps, i)));
}
