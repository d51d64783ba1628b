/* podlift-review-page-private.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podlift-export.h"
#include "podlift-review.h"
#include "podlift-review-page.h"

G_BEGIN_DECLS

struct _PodliftReviewPage
{
  PodliftPage          parent_instance;

  /* template widgets */
  GtkLabel            *app_name;
  GtkLabel            *app_description;
  GtkWidget           *risks_tile;
  GtkWidget           *findings_tile;
  GtkLabel            *risks_count;
  GtkLabel            *findings_count;
  GtkLabel            *resources_count;
  GtkLabel            *checklist_count;
  GtkProgressBar      *checklist_progress;
  GtkButton           *check_button;
  GtkListBox          *risks_list;
  GtkLabel            *strategy_kind;
  GtkListBox          *strategy_list;
  GtkWidget           *rollback_group;
  GtkLabel            *rollback_plan;
  AdwPreferencesGroup *resources_group;
  GtkPicture          *diagram;
  GtkListBox          *lint_list;
  GtkListBox          *phases_list;
  GtkListBox          *application_list;
  GtkListBox          *steps_list;

  /* owned */
  GSignalGroup        *project_signals;
  PodliftReview       *review;        /* as shown */
  GHashTable          *reachability;  /* "host:port" → PodliftReachability */
  GCancellable        *cancellable;   /* the checks and exports under way */
  PodliftExport       *export;        /* while exporting to a repository */

  guint                rebuild_source;
  guint                checks_pending;
};

/* podlift-review-page.c */
PodliftReview *podlift_review_page_create_review (PodliftReviewPage *self);

/* podlift-review-page-export.c: the "review.export" and
 * "review.export-repository" actions */
void podlift_review_page_export            (GtkWidget         *widget,
                                            const char        *action_name,
                                            GVariant          *param);
void podlift_review_page_export_repository (GtkWidget         *widget,
                                            const char        *action_name,
                                            GVariant          *param);
void podlift_review_page_export_to         (PodliftReviewPage *self,
                                            GFile             *repo);

G_END_DECLS
