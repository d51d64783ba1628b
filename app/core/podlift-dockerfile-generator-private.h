/* podlift-dockerfile-generator-private.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podlift-dockerfile-generator.h"

G_BEGIN_DECLS

/* ---- The template language (podlift-dockerfile-template.c) ------------

 * Templates are text files under /app/podlift/Podlift/templates/ with:
 *   {{name}}              the value of name ("" when it is empty)
 *   {{#name}}…{{/name}}   the block once per item of name (a flag or a
 *                         string is one item, an empty one none); {{.}}
 *                         is the item inside
 *   {{^name}}…{{/name}}   the block when name is empty
 *   {{>name}}             the template "_name" rendered in place
 *   {{! comment }}        nothing
 * A block tag, partial or comment alone on its line takes the whole line
 * with it. Every name must be set, even to nothing: a typo is an error. */

typedef GHashTable PodliftTemplateVars;

PodliftTemplateVars *podlift_template_vars_new   (void);
void                 podlift_template_set        (PodliftTemplateVars  *vars,
                                                  const char           *name,
                                                  const char           *value);
void                 podlift_template_set_printf (PodliftTemplateVars  *vars,
                                                  const char           *name,
                                                  const char           *format,
                                                  ...) G_GNUC_PRINTF (3, 4);
void                 podlift_template_set_flag   (PodliftTemplateVars  *vars,
                                                  const char           *name,
                                                  gboolean              value);
/* Takes @items (NULL for none). */
void                 podlift_template_set_list   (PodliftTemplateVars  *vars,
                                                  const char           *name,
                                                  GPtrArray            *items);
char                *podlift_template_render     (const char           *text,
                                                  PodliftTemplateVars  *vars,
                                                  GError              **error);
/* Renders the template resource @name ("node.Dockerfile"). */
char                *podlift_template_render_resource (const char           *name,
                                                       PodliftTemplateVars  *vars,
                                                       GError              **error);

/* ---- The answers (podlift-dockerfile-draft.c) ------------------------- */

/* What the generator knows of the answers, cleaned up: defaults filled
 * in where an answer is missing, with a comment saying so. */
typedef struct
{
  PodliftStack     stack;
  const char      *package_manager;  /* "npm"…, never NULL */
  char            *version;          /* digits and dots only */
  char            *build_command;    /* NULL when none, or when the template's install covers it */
  char           **launch;           /* the launch command's words */
  char            *launch_text;      /* as answered, or the default */
  gboolean         launch_needs_shell;
  guint            port;
  guint            uid;
  PodliftBaseSize  size;             /* as asked */
  gboolean         apache;           /* PHP: the Apache variant */
  GPtrArray       *notes;            /* char*: comment lines for the top of the file */
} PodliftDraft;

/* ---- Base images (podlift-dockerfile-bases.c) -------------------------- */

typedef struct
{
  char            *build_image;      /* NULL: no build stage */
  char            *final_image;
  PodliftBaseSize  size;             /* the class used */
  gboolean         has_shell;        /* the final image has /bin/sh */
  gboolean         alpine;           /* busybox adduser */
  gboolean         reset_entrypoint; /* distroless images that start a runtime */
  gboolean         keep_full;        /* a full image kept on purpose (PL003) */
  GPtrArray       *notes;            /* char*: why another class was used */
} PodliftBases;

PodliftDraft *podlift_draft_new        (PodliftAppProfile *profile,
                                        PodliftDockerfile *container,
                                        GError           **error);
void          podlift_draft_free       (PodliftDraft      *draft);
PodliftBases *podlift_bases_choose     (const PodliftDraft *draft);
void          podlift_bases_free       (PodliftBases      *bases);
const char   *podlift_stack_default_version (PodliftStack  stack);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PodliftDraft, podlift_draft_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PodliftBases, podlift_bases_free)

G_END_DECLS
