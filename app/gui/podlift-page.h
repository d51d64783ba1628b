/* podlift-page.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "podlift-project.h"

G_BEGIN_DECLS

#define PODLIFT_TYPE_PAGE (podlift_page_get_type ())

G_DECLARE_DERIVABLE_TYPE (PodliftPage, podlift_page, PODLIFT, PAGE, AdwBin)

struct _PodliftPageClass
{
  AdwBinClass parent_class;

  /* Called when the page is shown another project (or none). */
  void (*project_set) (PodliftPage    *self,
                       PodliftProject *project);
};

PodliftProject *podlift_page_get_project   (PodliftPage    *self);
void            podlift_page_set_project   (PodliftPage    *self,
                                            PodliftProject *project);
PodliftStep     podlift_page_get_step      (PodliftPage    *self);
gboolean        podlift_page_get_complete  (PodliftPage    *self);
void            podlift_page_add_toast     (PodliftPage    *self,
                                            const char     *title);

#define PODLIFT_PAGE_DEFAULT_DEBOUNCE_MS 150

guint           podlift_page_get_debounce_ms (PodliftPage *self);
void            podlift_page_set_debounce_ms (PodliftPage *self,
                                              guint        debounce_ms);

const char *podlift_page_get_state_icon_name (PodliftStepState state);

G_END_DECLS
