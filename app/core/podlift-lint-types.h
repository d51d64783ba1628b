/* podlift-lint-types.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* hadolint's levels, in its order: a threshold admits a finding whose
 * level is at or before it. The nicks are hadolint's words. */
typedef enum
{
  PODLIFT_SEVERITY_ERROR,
  PODLIFT_SEVERITY_WARNING,
  PODLIFT_SEVERITY_INFO,
  PODLIFT_SEVERITY_STYLE,
  PODLIFT_SEVERITY_IGNORE,
} PodliftSeverity;

/* A failure threshold: a level, or "none" (never fail). */
typedef enum
{
  PODLIFT_THRESHOLD_ERROR,
  PODLIFT_THRESHOLD_WARNING,
  PODLIFT_THRESHOLD_INFO,
  PODLIFT_THRESHOLD_STYLE,
  PODLIFT_THRESHOLD_NONE,
} PodliftThreshold;

typedef enum
{
  PODLIFT_INSTRUCTION_UNKNOWN,
  PODLIFT_INSTRUCTION_COMMENT,
  PODLIFT_INSTRUCTION_ADD,
  PODLIFT_INSTRUCTION_ARG,
  PODLIFT_INSTRUCTION_CMD,
  PODLIFT_INSTRUCTION_COPY,
  PODLIFT_INSTRUCTION_ENTRYPOINT,
  PODLIFT_INSTRUCTION_ENV,
  PODLIFT_INSTRUCTION_EXPOSE,
  PODLIFT_INSTRUCTION_FROM,
  PODLIFT_INSTRUCTION_HEALTHCHECK,
  PODLIFT_INSTRUCTION_LABEL,
  PODLIFT_INSTRUCTION_MAINTAINER,
  PODLIFT_INSTRUCTION_ONBUILD,
  PODLIFT_INSTRUCTION_RUN,
  PODLIFT_INSTRUCTION_SHELL,
  PODLIFT_INSTRUCTION_STOPSIGNAL,
  PODLIFT_INSTRUCTION_USER,
  PODLIFT_INSTRUCTION_VOLUME,
  PODLIFT_INSTRUCTION_WORKDIR,
} PodliftInstructionKind;

/* A place in a text: lines and columns count from 1; columns count
 * characters (not bytes), as a text view does. */
typedef struct
{
  guint line;
  guint column;
} PodliftPosition;

/* From start (included) to end (excluded). */
typedef struct
{
  PodliftPosition start;
  PodliftPosition end;
} PodliftRange;

G_END_DECLS
