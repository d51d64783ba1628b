/* podlift-checklist-generator.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "podlift-checklist-item.h"
#include "podlift-project.h"

G_BEGIN_DECLS

/* The cutover checklist drawn from the plan: before the switch (the
 * rehearsal, the sizing, the image, the manifests in pre-production,
 * the backups, the TTL, the rollback plan), the switch itself (the
 * strategy's steps, then the traffic moved by DNS) and after it (logs,
 * error rates, infrastructure, the last traffic on the VMs, the TTL
 * back, the VMs decommissioned). Its texts are English, like the rest
 * of the bundle. */

GPtrArray *podlift_checklist_generate           (PodliftProject *project);
gboolean   podlift_checklist_regenerate         (PodliftProject *project,
                                                 guint          *added,
                                                 guint          *removed);
gboolean   podlift_checklist_is_current         (PodliftProject *project);

/* migration/CHECKLIST.md (podlift-checklist-generator-markdown.c) */
char      *podlift_checklist_markdown           (PodliftProject *project);
void       podlift_bundle_add_checklist         (PodliftProject *project,
                                                 GPtrArray      *files);

G_END_DECLS
