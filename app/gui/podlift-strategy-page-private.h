/* podlift-strategy-page-private.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "podlift-downtime.h"
#include "podlift-strategy-page.h"

G_BEGIN_DECLS

struct _PodliftStrategyPage
{
  PodliftPage      parent_instance;

  /* template widgets */
  GtkToggleButton *app_only_card;
  GtkToggleButton *app_and_database_card;
  GtkWidget       *app_only_badge;
  GtkWidget       *app_and_database_badge;
  GtkLabel        *recommendation_title;
  GtkBox          *reasons;
  GtkLabel        *downtime_total;
  GtkDrawingArea  *downtime_bar;
  GtkFlowBox      *downtime_legend;
  GtkSpinButton   *dump_rate;
  GtkSpinButton   *transfer_rate;
  GtkSpinButton   *restore_rate;
  GtkSpinButton   *volume_rate;
  GtkSpinButton   *checks_minutes;
  AdwComboRow     *maintenance_kind;
  AdwComboRow     *run_from;
  AdwComboRow     *volume_copy;
  GtkListBox      *runbook;
  AdwEntryRow     *public_hostname;
  GtkSpinButton   *dns_ttl;
  GtkSpinButton   *lowered_ttl;
  GtkSwitch       *maintenance_page;
  AdwComboRow     *sizing_source;
  GtkSwitch       *cpu_limit;
  GtkSpinButton   *latency_objective;
  GtkSpinButton   *error_objective;
  GtkSpinButton   *load_test_pods;
  GtkButton       *read_k6;
  GtkButton       *apply_sizing;
  GtkLabel        *sizing_summary;
  GtkListBox      *sizing_figures;
  AdwEntryRow     *cutover_window;
  GtkTextView     *rollback_plan;
  GtkTextView     *notes;

  /* owned */
  GBindingGroup   *bindings;
  GSignalGroup    *signals;
  GSignalGroup    *project_signals;
  GCancellable    *cancellable;
  PodliftDowntime  downtime;
  guint            refresh_source;

  /* set while the page writes a widget, so the write is not sent back */
  guint            syncing : 1;
};

/* podlift-strategy-page-estimate.c */
void podlift_strategy_page_show_recommendation (PodliftStrategyPage *self,
                                                PodliftProject      *project);
void podlift_strategy_page_show_downtime       (PodliftStrategyPage *self,
                                                PodliftProject      *project);
void podlift_strategy_page_init_estimate       (PodliftStrategyPage *self);

/* podlift-strategy-page-runbook.c */
void podlift_strategy_page_show_runbook        (PodliftStrategyPage *self,
                                                PodliftProject      *project);

/* podlift-strategy-page-sizing.c */
void podlift_strategy_page_show_sizing         (PodliftStrategyPage *self,
                                                PodliftProject      *project);
void podlift_strategy_page_read_k6_file        (PodliftStrategyPage *self,
                                                GFile               *file);
void podlift_strategy_page_copy_k6_command     (PodliftStrategyPage *self);
void podlift_strategy_page_apply_sizing        (PodliftStrategyPage *self);
void podlift_strategy_page_choose_k6_file      (PodliftStrategyPage *self);

G_END_DECLS
