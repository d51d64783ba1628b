/* podlift-cutover-page-private.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podlift-checklist-item.h"
#include "podlift-cutover-page.h"

G_BEGIN_DECLS

#define N_PHASES (PODLIFT_CHECKLIST_PHASE_AFTER + 1)

typedef struct
{
  /* template widgets */
  GtkButton          *add;
  GtkProgressBar     *progress;
  GtkLabel           *count;
  GtkListBox         *list;

  /* owned */
  GtkFilterListModel *model;

  /* owned by model */
  GtkFilter          *filter;
} PhaseGroup;

struct _PodliftCutoverPage
{
  PodliftPage       parent_instance;

  /* borrowed */
  AdwFlap          *flap;

  /* template widgets */
  GtkRevealer      *plan_revealer;
  GtkLabel         *plan_label;
  GtkButton        *plan_button;
  GtkLabel         *overall_title;
  GtkLabel         *overall_subtitle;
  GtkButton        *run_all;
  GtkStack         *run_all_stack;
  GtkButton        *start_button;
  GtkProgressBar   *overall_progress;
  GtkLabel         *timeline_summary;
  GtkEntry         *note_entry;
  GtkListBox       *timeline_list;
  GtkToggleButton  *timeline_toggle;

  /* owned */
  PhaseGroup        groups [N_PHASES];
  GListStore       *timeline;
  GSignalGroup     *project_signals;
  GListStore       *items;
  GCancellable     *cancellable;
  GHashTable       *running;          /* PodliftChecklistItem → TRUE */
  guint             batch_pending;
  guint             batch_passed;
  guint             batch_failed;
  guint             plan_check_id;
};

/* podlift-cutover-page-rows.c */
GtkWidget *podlift_cutover_page_create_item_row  (gpointer              item,
                                                  gpointer              user_data);
void       podlift_cutover_page_show_running     (PodliftChecklistItem *item,
                                                  gboolean              running);
char      *podlift_cutover_format_time           (gint64                unix_time);

/* podlift-cutover-page-checks.c */
void       podlift_cutover_page_run_check        (PodliftCutoverPage   *self,
                                                  PodliftChecklistItem *item);
void       podlift_cutover_page_run_all          (PodliftCutoverPage   *self);
gboolean   podlift_cutover_page_is_running       (PodliftCutoverPage   *self,
                                                  PodliftChecklistItem *item);
void       podlift_cutover_page_cancel_checks    (PodliftCutoverPage   *self);

/* podlift-cutover-page-timeline.c */
void       podlift_cutover_page_watch_timeline   (PodliftCutoverPage   *self,
                                                  GListStore           *timeline);
void       podlift_cutover_page_add_note         (PodliftCutoverPage   *self);

G_END_DECLS
