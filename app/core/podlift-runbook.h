/* podlift-runbook.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podlift-project.h"

G_BEGIN_DECLS

/* One step of the migration runbook: what to do, the exact commands
 * (shell, may be NULL), how to check it worked and how to roll it back.
 * Not translated: the runbook is a file of the bundle. */
typedef struct
{
  char     *id;        /* "dump", "switch-dns"… */
  char     *title;
  char     *what;
  char     *commands;
  char     *check;
  char     *rollback;
  gboolean  downtime;  /* inside the downtime window */
} PodliftRunbookStep;

/* A reason for or against a strategy, shown with the recommendation. */
typedef struct
{
  PodliftStrategyKind  favours; /* UNDECIDED: a point to know either way */
  char                *text;
} PodliftStrategyReason;

/* Returns: the recommended kind; @reasons (element-type
 * PodliftStrategyReason) (transfer full) (optional) */
PodliftStrategyKind podlift_strategy_recommend   (PodliftProject       *project,
                                                  GPtrArray           **reasons);
/* The strategy's kind, or the recommended one while it is undecided. */
PodliftStrategyKind podlift_runbook_kind         (PodliftProject       *project);
/* Returns: (transfer full) (element-type PodliftRunbookStep): the steps
 * of @kind (UNDECIDED: podlift_runbook_kind), in order */
GPtrArray          *podlift_runbook_steps        (PodliftProject       *project,
                                                  PodliftStrategyKind   kind);
/* migration/RUNBOOK.md */
char               *podlift_runbook_markdown     (PodliftProject       *project);
/* migration/helper-pod.yaml, or NULL when nothing needs it */
char               *podlift_runbook_helper_pod   (PodliftProject       *project);
/* migration/maintenance.html, and migration/maintenance.yaml (NULL for
 * the static page) */
char               *podlift_runbook_maintenance_page (PodliftProject   *project);
char               *podlift_runbook_maintenance_yaml (PodliftProject   *project);
/* Adds migration/RUNBOOK.md, the other migration files (a removal for
 * each one the plan does not need) and loadtest/k6.js to @files, the
 * bundle's PodliftBundleFile list. */
void                podlift_runbook_add_to_bundle    (PodliftProject   *project,
                                                      GPtrArray        *files);

G_END_DECLS
