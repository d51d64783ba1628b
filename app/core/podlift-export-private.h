/* podlift-export-private.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podlift-export.h"

G_BEGIN_DECLS

struct _PodliftExport
{
  GObject    parent_instance;

  GFile     *repo;
  GPtrArray *files;    /* PodliftExportFile */
  char      *title;    /* the application's, for the commit message */
  gboolean   scanned;
};

G_END_DECLS
