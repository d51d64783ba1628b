/* podlift-dockerfile-ast.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "podlift-lint-types.h"

G_BEGIN_DECLS

/* A parsed Dockerfile: plain structures, made once a keystroke by the
 * live linter, so they are cheap to build and to free. Every string is
 * owned by the tree; podlift_dockerfile_ast_free() frees it all.
 *
 * Keep nothing from a tree after freeing it, not even an empty array:
 * the parser reuses a freed tree's memory for the next parse on the same
 * thread. No array in a tree is NULL. */

/* --name=value (value is NULL for a flag without one, such as --link). */
typedef struct
{
  char         *name;
  char         *value;
  PodliftRange  range;
  PodliftRange  value_range;
} PodliftFlag;

/* One argument: a JSON string of the exec form, or a shell word (quotes
 * removed in text, kept in raw). */
typedef struct
{
  char         *text;
  char         *raw;
  PodliftRange  range;
} PodliftWord;

/* KEY=value of ENV, LABEL and ARG (value NULL for "ARG NAME"). Also the
 * legacy "ENV KEY value" form. Quotes are removed from key and value. */
typedef struct
{
  char         *key;
  char         *value;
  PodliftRange  range;
  PodliftRange  key_range;
  PodliftRange  value_range;
} PodliftKeyValue;

/* RUN <<EOF … EOF. The body is the text between the lines, with leading
 * tabs removed for <<-. */
typedef struct
{
  char         *delimiter;
  char         *body;
  guint         strip_tabs : 1;
  guint         quoted : 1;
  PodliftRange  range;       /* from <<EOF to the end of the closing line */
  PodliftRange  body_range;
} PodliftHeredoc;

typedef struct _PodliftInstruction PodliftInstruction;

struct _PodliftInstruction
{
  PodliftInstructionKind  kind;
  char                   *keyword;     /* as written: "run", "RUN" */
  PodliftRange            range;       /* the whole instruction, continuations and heredocs included */
  PodliftRange            keyword_range;

  /* Flags before the arguments: --from, --chown, --chmod, --link,
   * --platform, --mount, --network, --security, --interval … */
  GPtrArray              *flags;       /* PodliftFlag* */

  /* The arguments after the flags as one logical line: continuations
   * joined (escape and newline removed, lines joined by nothing, as
   * BuildKit does), comment lines inside continuations dropped. For a
   * COMMENT, the comment text without '#'. */
  char                   *arguments;
  PodliftRange            arguments_range;

  /* Exec form: ["a", "b"] parsed as JSON (CMD, ENTRYPOINT, RUN, SHELL,
   * VOLUME, HEALTHCHECK CMD, ADD/COPY). */
  guint                   exec_form : 1;
  GPtrArray              *exec_args;   /* PodliftWord* */

  /* Shell form split on unquoted whitespace, with ranges. */
  GPtrArray              *words;       /* PodliftWord* */

  /* ENV, LABEL, ARG. */
  GPtrArray              *pairs;       /* PodliftKeyValue* */

  GPtrArray              *heredocs;    /* PodliftHeredoc* */

  /* ONBUILD: the instruction it wraps (NULL when missing). */
  PodliftInstruction     *onbuild;

  /* HEALTHCHECK: TRUE for HEALTHCHECK NONE; the CMD's arguments are in
   * words/exec_args with the CMD keyword removed. */
  guint                   healthcheck_none : 1;

  /* FROM: image reference split up, and the stage name. */
  char                   *image;       /* "docker.io/library/python:3.11@sha256:…" as written */
  char                   *image_name;  /* "docker.io/library/python" */
  char                   *image_tag;   /* "3.11", or NULL */
  char                   *image_digest;/* "sha256:…", or NULL */
  char                   *stage_name;  /* "AS build", or NULL */
  PodliftRange            image_range;

  /* Index of the stage the instruction belongs to: instructions before
   * the first FROM (ARG, comments) belong to no stage, G_MAXUINT. */
  guint                   stage;
};

typedef struct
{
  char  *name;                         /* "escape", "syntax", "check" */
  char  *value;
  guint  line;
} PodliftDirective;

typedef struct
{
  char  *name;                         /* stage alias, or NULL */
  guint  index;
  guint  from;                         /* index in instructions of its FROM */
  guint  last;                         /* index of its last instruction */
} PodliftStage;

/* A problem the parser met: reported as hadolint's DL1000. */
typedef struct
{
  char         *message;
  PodliftRange  range;
} PodliftParseError;

typedef struct
{
  GPtrArray *instructions;             /* PodliftInstruction*, comments included, in order */
  GPtrArray *directives;               /* PodliftDirective* */
  GPtrArray *stages;                   /* PodliftStage* */
  GPtrArray *errors;                   /* PodliftParseError* */
  gunichar   escape;                   /* '\\' or '`' */
} PodliftDockerfileAst;

PodliftDockerfileAst *podlift_dockerfile_parse          (const char                 *text,
                                                         gssize                      length);
void                  podlift_dockerfile_ast_free       (PodliftDockerfileAst       *ast);
const char           *podlift_instruction_kind_to_string (PodliftInstructionKind     kind);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PodliftDockerfileAst, podlift_dockerfile_ast_free)

G_END_DECLS
