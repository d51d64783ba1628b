/* podlift-review.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "podlift-checklist-item.h"
#include "podlift-diagram.h"
#include "podlift-lint-types.h"
#include "podlift-project.h"
#include "podlift-reachability.h"

G_BEGIN_DECLS

/* The Review step: the whole plan on one page, for a meeting on a
 * projector and for a pull request. A pure function of the project (and
 * of the reachability results the caller has, if any): the application
 * in brief, the risks still open, the strategy with its downtime, the
 * resources and their diagram, the lint and validation counts, the
 * checklist progress. Written as Markdown, HTML or PDF. No secret value
 * is ever part of it: variables are counted, never shown. */

typedef enum
{
  PODLIFT_REVIEW_FORMAT_MARKDOWN,
  PODLIFT_REVIEW_FORMAT_HTML,
  PODLIFT_REVIEW_FORMAT_PDF,
} PodliftReviewFormat;

/* A risk still open. @severity is ERROR for what must be settled before
 * the cutover, WARNING for what the team should decide knowingly, INFO
 * for what is planned work. @id is stable ("manifest-schema",
 * "missing-answer", "sizing-untested"); @detail says why it matters. */
typedef struct
{
  char            *id;
  PodliftSeverity  severity;
  PodliftStep      step;
  char            *title;
  char            *detail;
} PodliftReviewRisk;

/* One line of a summary: "Stack" → "Python 3.11". */
typedef struct
{
  char *label;
  char *value;
} PodliftReviewFact;

/* Findings by severity: [PODLIFT_SEVERITY_ERROR] … [PODLIFT_SEVERITY_STYLE]. */
typedef struct
{
  guint by_severity[PODLIFT_SEVERITY_STYLE + 1];
} PodliftReviewCounts;

typedef struct
{
  const char *title;         /* "Prepare" */
  guint       done;
  guint       total;
} PodliftReviewPhase;

typedef struct
{
  char                *title;           /* the application, or "Untitled project" */
  char                *description;     /* nullable */
  char                *generated;       /* "Podlift 0.1.0" */

  GPtrArray           *risks;           /* PodliftReviewRisk, most severe first */
  GPtrArray           *application;     /* PodliftReviewFact */

  PodliftStrategyKind  strategy_kind;
  char                *strategy;        /* "App and database" */
  char                *downtime;        /* "1 h 50 min", or NULL without downtime */
  double               downtime_seconds;
  GPtrArray           *strategy_facts;  /* PodliftReviewFact */
  char                *rollback_plan;   /* nullable, several lines */
  char                *notes;           /* nullable, several lines */
  GPtrArray           *runbook;         /* utf8: the runbook's steps by title, may be empty */

  GPtrArray           *manifests;       /* PodliftManifest, every one generated */
  guint                n_resources;     /* the enabled ones */
  PodliftDiagram      *diagram;         /* NULL when there is no resource */
  char                *output_format;   /* "Kustomize base and overlays" */

  guint                n_dockerfile_lines;
  GListModel          *dockerfile_findings;  /* PodliftDiagnostic, or NULL */
  GPtrArray           *manifest_findings;    /* GListModel of PodliftDiagnostic, one per manifest */
  PodliftReviewCounts  dockerfile;      /* lint and answer checks */
  PodliftReviewCounts  schema;          /* manifests against the Kubernetes schema */
  PodliftReviewCounts  checks;          /* the manifest checks */

  guint                checklist_done;    /* closed: done or skipped */
  guint                checklist_total;
  guint                checklist_skipped;
  guint                checklist_failed;
  PodliftReviewPhase   phases[3];       /* by PodliftChecklistPhase */
  GPtrArray           *checklist;       /* PodliftChecklistItem */

  PodliftStepState     step_states[PODLIFT_STEP_REVIEW];
  char                *step_summaries[PODLIFT_STEP_REVIEW];
} PodliftReview;

PodliftReview *podlift_review_new          (PodliftProject       *project,
                                            GPtrArray            *reachability);
void           podlift_review_free         (PodliftReview        *self);
void           podlift_review_risk_free    (PodliftReviewRisk    *risk);
guint          podlift_review_count_risks  (PodliftReview        *self,
                                            PodliftSeverity       severity);
guint          podlift_review_counts_total (const PodliftReviewCounts *counts);

char          *podlift_review_to_markdown  (PodliftReview        *self);
char          *podlift_review_to_html      (PodliftReview        *self);
GBytes        *podlift_review_to_pdf       (PodliftReview        *self);
gboolean       podlift_review_write_pdf    (PodliftReview        *self,
                                            const char           *path,
                                            GError              **error);
gboolean       podlift_review_write        (PodliftReview        *self,
                                            PodliftReviewFormat   format,
                                            const char           *path,
                                            GError              **error);
char          *podlift_review_item_status  (PodliftChecklistItem *item);

/* Words every output shares: "Blocker"; "1 error, 2 warnings" or "No
 * findings"; "4 of 14 done"; "5 (1 blocker)"; the worst findings of
 * the Dockerfile and the manifests together ("2 errors"), and its level. */
const char    *podlift_review_severity_label (PodliftSeverity            severity);
char          *podlift_review_counts_text    (const PodliftReviewCounts *counts);
char          *podlift_review_checklist_text (PodliftReview             *self);
char          *podlift_review_risks_text     (PodliftReview             *self);
char          *podlift_review_findings_text  (PodliftReview             *self);
PodliftSeverity podlift_review_findings_level (PodliftReview            *self);

gboolean       podlift_review_format_from_name (const char          *name,
                                                PodliftReviewFormat *format);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PodliftReview, podlift_review_free)

G_END_DECLS
