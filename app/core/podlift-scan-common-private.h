/* podlift-scan-common-private.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podlift-scan-private.h"

G_BEGIN_DECLS

/* Shared by podlift-scan-common.c (the driver, env vars, health routes,
 * existing files, port) and podlift-scan-common-state.c (sessions and
 * writes to local folders). */

typedef enum
{
  LANG_NONE = 0,
  LANG_JS   = 1 << 0,
  LANG_PY   = 1 << 1,
  LANG_GO   = 1 << 2,
  LANG_JAVA = 1 << 3,
  LANG_PHP  = 1 << 4,
  LANG_RB   = 1 << 5,
  LANG_CS   = 1 << 6,
  LANG_RS   = 1 << 7,
  LANG_C    = 1 << 8,
  LANG_BUILD = 1 << 9,   /* pom.xml, build.gradle: session stores only */
  LANG_ANY  = 0x1ff,
} Lang;

/* One finding in a file, applied once the file's hits are sorted. */
typedef enum
{
  HIT_ENV,
  HIT_HEALTH,
  HIT_STATE,
} HitKind;

typedef struct
{
  HitKind     kind;
  guint       line;
  char       *value;
  const char *probe;      /* HIT_HEALTH */
} Hit;

/* The first session evidence of each strength, whole scan. */
typedef struct
{
  char *file;
  guint line;
  int   verdict;
} SessionEvidence;

typedef struct
{
  char  *file;
  guint  line;
  guint  port;
} PortEvidence;

typedef struct
{
  PodliftScanContext *ctx;
  PodliftScanReport  *report;
  const char         *path;
  const char         *text;
  GPtrArray          *hits;
  SessionEvidence     session[3];  /* [2] a store, [1] a default */
  PortEvidence        ports[2];    /* [0] .env.example, [1] .listen() */
} Scan;

static inline gboolean
is_ident (char c)
{
  return g_ascii_isalnum (c) || c == '_';
}

static inline gboolean
is_quote (char c)
{
  return c == '"' || c == '\'' || c == '`';
}

typedef void (*NeedleFunc) (Scan          *scan,
                            const char    *at,
                            const char    *after,
                            guint          line,
                            gconstpointer  rule);

Hit   *podlift_scan_common_add_hit      (GPtrArray     *hits,
                                         HitKind        kind,
                                         guint          line,
                                         char          *value);
char  *podlift_scan_common_next_literal (const char    *p,
                                         const char   **end);
void   podlift_scan_common_each         (Scan          *scan,
                                         const char    *needle,
                                         NeedleFunc     func,
                                         gconstpointer  rule);

void   podlift_scan_common_sessions     (Scan          *scan,
                                         Lang           lang);
void   podlift_scan_common_state        (Scan          *scan,
                                         Lang           lang);
void   podlift_scan_common_rails_storage (Scan         *scan);

G_END_DECLS
