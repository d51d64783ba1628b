/* podlift-strategy-page-estimate.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-strategy-page"

#include "config.h"

#include <glib/gi18n.h>

#include "podlift-binding.h"
#include "podlift-runbook.h"
#include "podlift-strategy-page-private.h"

/* The recommendation with its reasons, and the downtime estimate: its
 * total, a bar broken into its parts, a legend, and the rates it is
 * worked out from. A rate the strategy leaves to the engine (0) shows
 * the engine's default; changing it sets the strategy's own. */

static const char * const part_colours[PODLIFT_DOWNTIME_N_PARTS] = {
  "#3584e4", "#9141ac", "#2ec27e", "#ff7800", "#f5c211", "#77767b",
};

static const char *
part_label (PodliftDowntimePart part)
{
  switch (part)
    {
    case PODLIFT_DOWNTIME_DUMP:        return _("Dump");
    case PODLIFT_DOWNTIME_TRANSFER:    return _("Transfer");
    case PODLIFT_DOWNTIME_RESTORE:     return _("Restore");
    case PODLIFT_DOWNTIME_VOLUME_COPY: return _("Volume copy");
    case PODLIFT_DOWNTIME_DNS:         return _("DNS propagation");
    case PODLIFT_DOWNTIME_CHECKS:      return _("Checks");
    default:                           return "";
    }
}

static const char *
kind_label (PodliftStrategyKind kind)
{
  return kind == PODLIFT_STRATEGY_KIND_APP_AND_DATABASE ? _("App and database") : _("App only");
}

static void
clear_box (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)))
    {
      if (GTK_IS_FLOW_BOX (box))
        gtk_flow_box_remove (GTK_FLOW_BOX (box), child);
      else
        gtk_box_remove (GTK_BOX (box), child);
    }
}

static GtkWidget *
reason_row (PodliftStrategyReason *reason,
            PodliftStrategyKind    recommended)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *icon = gtk_image_new_from_icon_name (reason->favours == recommended ? "object-select-symbolic" :
                                                  reason->favours == PODLIFT_STRATEGY_KIND_UNDECIDED ?
                                                  "dialog-information-symbolic" : "dialog-warning-symbolic");
  GtkWidget *label = gtk_label_new (reason->text);

  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_widget_set_margin_top (icon, 2);
  if (reason->favours == recommended)
    gtk_widget_add_css_class (icon, "accent");
  else
    gtk_widget_add_css_class (icon, "dim-label");
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  return box;
}

void
podlift_strategy_page_show_recommendation (PodliftStrategyPage *self,
                                           PodliftProject      *project)
{
  g_autoptr(GPtrArray) reasons = NULL;
  g_autofree char *title = NULL;
  PodliftStrategyKind recommended;
  PodliftStrategyKind chosen;

  g_assert (PODLIFT_IS_STRATEGY_PAGE (self));

  recommended = podlift_strategy_recommend (project, &reasons);
  chosen = podlift_strategy_get_kind (podlift_project_get_strategy (project));
  if (chosen == PODLIFT_STRATEGY_KIND_UNDECIDED || chosen == recommended)
    /* Translators: %s is a strategy, "App only" or "App and database" */
    title = g_strdup_printf (_("Recommended: %s"), kind_label (recommended));
  else
    /* Translators: both %s are strategies */
    title = g_strdup_printf (_("Recommended: %s (you chose %s)"), kind_label (recommended), kind_label (chosen));
  gtk_label_set_label (self->recommendation_title, title);

  clear_box (GTK_WIDGET (self->reasons));
  for (guint i = 0; i < reasons->len; i++)
    gtk_box_append (self->reasons, reason_row (g_ptr_array_index (reasons, i), recommended));

  gtk_widget_set_visible (self->app_only_badge, recommended == PODLIFT_STRATEGY_KIND_APP_ONLY);
  gtk_widget_set_visible (self->app_and_database_badge, recommended == PODLIFT_STRATEGY_KIND_APP_AND_DATABASE);
}

static void
draw_bar (GtkDrawingArea *area,
          cairo_t        *cr,
          int             width,
          int             height,
          gpointer        user_data)
{
  PodliftStrategyPage *self = user_data;
  const PodliftDowntime *d = &self->downtime;
  double x = 0, radius = height / 2.0;
  GdkRGBA colour;

  cairo_new_sub_path (cr);
  cairo_arc (cr, radius, radius, radius, G_PI / 2, 3 * G_PI / 2);
  cairo_arc (cr, width - radius, radius, radius, 3 * G_PI / 2, G_PI / 2);
  cairo_close_path (cr);
  cairo_clip (cr);

  if (d->total_seconds <= 0)
    {
      gdk_rgba_parse (&colour, "#2ec27e");
      colour.alpha = 0.35;
      gdk_cairo_set_source_rgba (cr, &colour);
      cairo_paint (cr);
      return;
    }

  for (guint i = 0; i < PODLIFT_DOWNTIME_N_PARTS; i++)
    {
      double w = width * d->seconds[i] / d->total_seconds;

      if (w <= 0)
        continue;
      gdk_rgba_parse (&colour, part_colours[i]);
      gdk_cairo_set_source_rgba (cr, &colour);
      cairo_rectangle (cr, x, 0, MAX (1, w - 2), height);
      cairo_fill (cr);
      x += w;
    }
}

static GtkWidget *
legend_item (PodliftDowntimePart part,
             double              seconds)
{
  g_autofree char *time = podlift_format_duration (seconds);
  g_autofree char *markup = NULL;
  GtkWidget *label;

  markup = g_markup_printf_escaped ("<span foreground=\"%s\">⬤</span>  %s  <b>%s</b>",
                                    part_colours[part], part_label (part), time);
  label = gtk_label_new (NULL);
  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  return label;
}

static void
set_rate (PodliftStrategyPage *self,
          GtkSpinButton       *spin,
          double               value)
{
  self->syncing = TRUE;
  gtk_spin_button_set_value (spin, value);
  self->syncing = FALSE;
}

void
podlift_strategy_page_show_downtime (PodliftStrategyPage *self,
                                     PodliftProject      *project)
{
  PodliftDowntime *d = &self->downtime;
  g_autofree char *total = NULL;

  g_assert (PODLIFT_IS_STRATEGY_PAGE (self));

  podlift_downtime_estimate (project, podlift_runbook_kind (project), d);
  total = podlift_format_duration (d->total_seconds);
  gtk_label_set_label (self->downtime_total, d->total_seconds > 0 ? total : _("No downtime"));
  gtk_widget_queue_draw (GTK_WIDGET (self->downtime_bar));

  clear_box (GTK_WIDGET (self->downtime_legend));
  for (guint i = 0; i < PODLIFT_DOWNTIME_N_PARTS; i++)
    if (d->seconds[i] > 0)
      gtk_flow_box_append (self->downtime_legend, legend_item (i, d->seconds[i]));
  if (d->total_seconds <= 0)
    gtk_flow_box_append (self->downtime_legend,
                         gtk_label_new (_("The VMs serve until every resolver has the cluster's address.")));

  set_rate (self, self->dump_rate, d->dump_mb_per_second);
  set_rate (self, self->transfer_rate, d->transfer_mb_per_second);
  set_rate (self, self->restore_rate, d->restore_mb_per_second);
  set_rate (self, self->volume_rate, d->volume_mb_per_second);
}

static void
rate_changed_cb (PodliftStrategyPage *self,
                 GtkSpinButton       *spin)
{
  PodliftProject *project = podlift_page_get_project (PODLIFT_PAGE (self));
  const char *property = g_object_get_data (G_OBJECT (spin), "property");

  g_assert (PODLIFT_IS_STRATEGY_PAGE (self));

  if (self->syncing || project == NULL)
    return;

  g_object_set (podlift_project_get_strategy (project), property, gtk_spin_button_get_value (spin), NULL);
}

void
podlift_strategy_page_init_estimate (PodliftStrategyPage *self)
{
  struct { GtkSpinButton *spin; const char *property; } rates[] = {
    { self->dump_rate, "dump-mb-per-second" },
    { self->transfer_rate, "transfer-mb-per-second" },
    { self->restore_rate, "restore-mb-per-second" },
    { self->volume_rate, "volume-mb-per-second" },
  };

  gtk_drawing_area_set_draw_func (self->downtime_bar, draw_bar, self, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (rates); i++)
    {
      g_object_set_data (G_OBJECT (rates[i].spin), "property", (gpointer) rates[i].property);
      g_signal_connect_object (rates[i].spin, "value-changed", G_CALLBACK (rate_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }
  podlift_bind_value (self->bindings, "checks-minutes", self->checks_minutes);
}
