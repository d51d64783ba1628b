/* podlift-review-private.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podlift-review.h"

G_BEGIN_DECLS

/* podlift-review-facts.c */
void        podlift_review_collect_application (PodliftReview  *self,
                                                PodliftProject *project);
void        podlift_review_collect_strategy    (PodliftReview  *self,
                                                PodliftProject *project);

/* podlift-review-risks.c */
void        podlift_review_collect_risks   (PodliftReview      *self,
                                            PodliftProject     *project,
                                            GPtrArray          *reachability);

/* podlift-review.c: words every output shares */
char       *podlift_review_join            (GPtrArray          *parts,
                                            const char         *separator);
const char *podlift_review_yes_no          (gboolean            value);

/* podlift-review-html.c: the diagram as an <svg> element, no prolog. */
char       *podlift_review_diagram_svg     (PodliftDiagram     *diagram);

G_END_DECLS
