/* podlift-knowledge-page.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podlift-page.h"

G_BEGIN_DECLS

#define PODLIFT_TYPE_KNOWLEDGE_PAGE (podlift_knowledge_page_get_type ())

G_DECLARE_FINAL_TYPE (PodliftKnowledgePage, podlift_knowledge_page, PODLIFT, KNOWLEDGE_PAGE, PodliftPage)

void podlift_knowledge_page_scan_folder  (PodliftKnowledgePage *self,
                                          GFile                *folder);
void podlift_knowledge_page_import_files (PodliftKnowledgePage *self,
                                          GSList               *files);

G_END_DECLS
