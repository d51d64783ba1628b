/* podlift-lint-adapter-private.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podlift-lint-adapter.h"

G_BEGIN_DECLS

/* Error, warning, info and style have marks; "ignore" never shows. */
#define N_SHOWN_SEVERITIES 4

struct _PodliftLintAdapter
{
  GObject            parent_instance;

  /* Borrowed */
  GtkSourceView     *view;
  GtkTextTag        *tags [N_SHOWN_SEVERITIES];

  /* Owned */
  GtkSourceBuffer   *buffer;
  PodliftDockerfile *dockerfile;
  PodliftAppProfile *profile;
  PodliftLintConfig *config;
  GListStore        *findings;
  GHashTable        *anchors;   /* PodliftDiagnostic → GtkTextMark at its line */
  GSignalGroup      *profile_signals;

  guint              debounce_ms;
  guint              update_source;

  /* Bumped by every change of the buffer; the findings shown belong to
   * shown_generation. */
  guint64            generation;
  guint64            shown_generation;

  /* Set while the findings are the caller's (show_findings) rather
   * than a lint of the Dockerfile. */
  guint              external : 1;
};

gboolean           podlift_lint_get_range_iters  (GtkTextBuffer      *buffer,
                                                  const PodliftRange *range,
                                                  GtkTextIter        *begin,
                                                  GtkTextIter        *end);
PodliftDiagnostic *podlift_lint_adapter_resolve  (PodliftLintAdapter *self,
                                                  PodliftDiagnostic  *diagnostic);

G_END_DECLS
