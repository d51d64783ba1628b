/* podlift-lint-rules-podlift.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "podlift-lint-rules-podlift-private.h"

/* Podlift's own rules, from the migration guide: what an image needs to
 * run well on Kubernetes beyond hadolint's advice. Messages are English
 * like hadolint's (they end up in CI logs and JSON); explanations are
 * for the editor's side panel. */

/* The user a fix switches to: numeric, so that Kubernetes can check
 * runAsNonRoot, and high enough not to clash with a system account. */
#define PODLIFT_FIX_USER "10001"

/* ---- Stages ------------------------------------------------------------ */

/* The earlier stage a FROM builds on ("FROM builder"), or NULL. */
static const PodliftStage *
parent_stage (const PodliftDockerfileAst *ast,
              const PodliftStage         *stage)
{
  const char *image = stage_from (ast, stage)->image;

  if (image == NULL)
    return NULL;

  for (guint i = 0; i < stage->index && i < ast->stages->len; i++)
    {
      const PodliftStage *earlier = STAGE (ast, i);

      if (earlier->name != NULL && g_ascii_strcasecmp (earlier->name, image) == 0)
        return earlier;
    }

  return NULL;
}

/* The stage at the bottom of @stage's FROM chain: the one whose FROM
 * names a real image. */
static const PodliftStage *
root_stage (const PodliftDockerfileAst *ast,
            const PodliftStage         *stage)
{
  const PodliftStage *parent;

  while ((parent = parent_stage (ast, stage)) != NULL)
    stage = parent;

  return stage;
}

/* The last USER of a stage, or NULL. */
static const PodliftInstruction *
stage_last_user (const PodliftDockerfileAst *ast,
                 const PodliftStage         *stage)
{
  for (guint i = stage->last + 1; i > stage->from + 1; i--)
    {
      const PodliftInstruction *insn = INSTRUCTION (ast, i - 1);

      if (insn->kind == PODLIFT_INSTRUCTION_USER)
        return insn;
    }

  return NULL;
}

static gboolean
has_variable (const char *text)
{
  return text != NULL && strchr (text, '$') != NULL;
}

static const PodliftFlag *
find_flag (const PodliftInstruction *insn,
           const char               *name)
{
  if (insn->flags == NULL)
    return NULL;

  for (guint i = 0; i < insn->flags->len; i++)
    {
      const PodliftFlag *flag = g_ptr_array_index (insn->flags, i);
      const char *flag_name = flag->name;

      while (flag_name != NULL && *flag_name == '-')
        flag_name++;

      if (g_strcmp0 (flag_name, name) == 0)
        return flag;
    }

  return NULL;
}

/* ---- PL001: no USER at all in the final image ---------------------------- */

/* Base images that already run as a user of their own: distroless
 * ":nonroot" tags, Chainguard, Bitnami, unprivileged nginx. */
static gboolean
runs_as_non_root (const PodliftInstruction *from)
{
  static const char * const prefixes[] = {
    "cgr.dev/chainguard/", "bitnami/", "nginxinc/nginx-unprivileged",
  };
  const char *name = image_short_name (from->image_name);

  if (from->image_tag != NULL && strstr (from->image_tag, "nonroot") != NULL)
    return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    if (g_str_has_prefix (name, prefixes[i]))
      return TRUE;

  return FALSE;
}

/* Where a USER line goes: before the CMD or ENTRYPOINT that ends the
 * stage (and the comments just above it), or NULL for the end. */
static const PodliftInstruction *
user_insertion_point (const PodliftDockerfileAst *ast,
                      const PodliftStage         *stage)
{
  guint anchor = G_MAXUINT;

  for (guint i = stage->from + 1; i <= stage->last; i++)
    {
      PodliftInstructionKind kind = INSTRUCTION (ast, i)->kind;

      if (kind == PODLIFT_INSTRUCTION_RUN || kind == PODLIFT_INSTRUCTION_COPY ||
          kind == PODLIFT_INSTRUCTION_ADD || kind == PODLIFT_INSTRUCTION_WORKDIR)
        anchor = G_MAXUINT;
      else if ((kind == PODLIFT_INSTRUCTION_CMD || kind == PODLIFT_INSTRUCTION_ENTRYPOINT) &&
               anchor == G_MAXUINT)
        anchor = i;
    }

  if (anchor == G_MAXUINT)
    return NULL;

  while (anchor > stage->from + 1)
    {
      const PodliftInstruction *above = INSTRUCTION (ast, anchor - 1);

      if (above->kind != PODLIFT_INSTRUCTION_COMMENT ||
          above->range.end.line + 1 < INSTRUCTION (ast, anchor)->range.start.line)
        break;
      anchor--;
    }

  return INSTRUCTION (ast, anchor);
}

static void
check_pl001 (PodliftLintContext *ctx)
{
  const PodliftDockerfileAst *ast = podlift_lint_context_get_ast (ctx);
  const PodliftStage *last = final_stage (ast);
  const PodliftInstruction *before;
  const PodliftInstruction *from;
  PodliftRange fix;

  if (last == NULL)
    return;

  for (const PodliftStage *s = last; s != NULL; s = parent_stage (ast, s))
    if (stage_last_user (ast, s) != NULL)
      return;

  from = stage_from (ast, root_stage (ast, last));
  if (runs_as_non_root (from))
    return;

  before = user_insertion_point (ast, last);
  if (before != NULL)
    {
      fix.start.line = fix.end.line = before->range.start.line;
      fix.start.column = fix.end.column = 1;
    }
  else
    fix.start = fix.end = INSTRUCTION (ast, last->last)->range.end;

  podlift_lint_report_full (ctx, "PL001", stage_from (ast, last), NULL,
                            &stage_from (ast, last)->range, &fix,
                            before != NULL ? "USER " PODLIFT_FIX_USER "\n"
                                           : "\nUSER " PODLIFT_FIX_USER,
                            _("Run as user 10001"));
}

/* ---- PL003: a final base image with a much smaller variant --------------- */

typedef enum
{
  VARIANT_SLIM_AFTER_VERSION,   /* python:3.11-bookworm → 3.11-slim-bookworm */
  VARIANT_SLIM_AT_END,          /* node:20-bookworm → 20-bookworm-slim */
  VARIANT_JRE,                  /* eclipse-temurin:21-jdk → 21-jre */
  VARIANT_NONE,                 /* no tag of the same image: advice only */
} VariantKind;

typedef struct
{
  const char  *image;
  VariantKind  kind;
  const char  *small;           /* tag text that marks a small variant */
  const char  *advice;          /* for VARIANT_NONE */
  gboolean     toolchain;       /* only reported in multi-stage builds (PL002 covers one stage) */
} BigImage;

static const BigImage big_images[] = {
  { "python", VARIANT_SLIM_AFTER_VERSION, NULL, NULL, FALSE },
  { "ruby", VARIANT_SLIM_AFTER_VERSION, NULL, NULL, FALSE },
  { "node", VARIANT_SLIM_AT_END, NULL, NULL, FALSE },
  { "debian", VARIANT_SLIM_AT_END, NULL, NULL, FALSE },
  { "eclipse-temurin", VARIANT_JRE, "jre", NULL, FALSE },
  { "openjdk", VARIANT_NONE, "jre",
    "an eclipse-temurin JRE image (eclipse-temurin:<version>-jre)", FALSE },
  { "ubuntu", VARIANT_NONE, "chisel", "a distroless, debian:*-slim or alpine image", FALSE },
  { "golang", VARIANT_NONE, NULL,
    "gcr.io/distroless/static-debian12 or alpine, with only the binary", TRUE },
  { "rust", VARIANT_NONE, NULL,
    "gcr.io/distroless/cc-debian12 or debian:*-slim, with only the binary", TRUE },
  { "maven", VARIANT_NONE, NULL, "an eclipse-temurin JRE image, with only the built jar", TRUE },
  { "gradle", VARIANT_NONE, NULL, "an eclipse-temurin JRE image, with only the built jar", TRUE },
  { "mcr.microsoft.com/dotnet/sdk", VARIANT_NONE, NULL,
    "mcr.microsoft.com/dotnet/aspnet or mcr.microsoft.com/dotnet/runtime", TRUE },
};

static gboolean
is_small_tag (const BigImage *big,
              const char     *tag)
{
  static const char * const marks[] = { "slim", "alpine", "distroless" };

  if (tag == NULL)
    return FALSE;

  if (strstr (tag, "windows") != NULL || strstr (tag, "nanoserver") != NULL)
    return TRUE;

  /* a JDK stays a JDK on alpine: only a JRE is small */
  if (big->small != NULL)
    return strstr (tag, big->small) != NULL;

  for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
    if (strstr (tag, marks[i]) != NULL)
      return TRUE;

  return FALSE;
}

/* "3.11-bookworm" + "slim" → "3.11-slim-bookworm"; "bookworm" → "slim-bookworm". */
static char *
insert_after_version (const char *tag,
                      const char *what)
{
  const char *dash = strchr (tag, '-');
  g_autofree char *head = g_strndup (tag, dash != NULL ? (gsize) (dash - tag) : strlen (tag));

  if (!g_ascii_isdigit (head[0]))
    return g_strdup_printf ("%s-%s", what, tag);

  return dash != NULL ? g_strdup_printf ("%s-%s%s", head, what, dash)
                      : g_strdup_printf ("%s-%s", head, what);
}

/* The tag of the small variant, or NULL when it is not mechanical. */
static char *
small_tag (const BigImage *big,
           const char     *tag)
{
  const char *jdk;

  if (tag == NULL || !g_ascii_isalnum (tag[0]) || strcmp (tag, "latest") == 0)
    return NULL;

  switch (big->kind)
    {
    case VARIANT_SLIM_AFTER_VERSION:
      return insert_after_version (tag, "slim");

    case VARIANT_SLIM_AT_END:
      return g_strdup_printf ("%s-slim", tag);

    case VARIANT_JRE:
      if ((jdk = strstr (tag, "jdk")) != NULL)
        return g_strdup_printf ("%.*sjre%s", (int) (jdk - tag), tag, jdk + 3);
      return insert_after_version (tag, "jre");

    case VARIANT_NONE:
    default:
      return NULL;
    }
}

static const BigImage *
find_big_image (const char *name)
{
  const char *short_name = image_short_name (name);

  for (guint i = 0; i < G_N_ELEMENTS (big_images); i++)
    if (strcmp (big_images[i].image, short_name) == 0)
      return &big_images[i];

  return NULL;
}

/* "python:3.11" with @tag replaced by @new_tag, as written. */
static char *
retag (const PodliftInstruction *from,
       const char               *new_tag)
{
  gsize image_len = strlen (from->image);
  gsize tag_len = strlen (from->image_tag);

  if (image_len <= tag_len + 1 || from->image[image_len - tag_len - 1] != ':' ||
      strcmp (from->image + image_len - tag_len, from->image_tag) != 0)
    return NULL;

  return g_strdup_printf ("%.*s:%s", (int) (image_len - tag_len - 1), from->image, new_tag);
}

static void
report_big_image (PodliftLintContext       *ctx,
                  const PodliftInstruction *from,
                  const BigImage           *big)
{
  g_autofree char *tag = from->image_digest == NULL ? small_tag (big, from->image_tag) : NULL;
  g_autofree char *image = tag != NULL ? retag (from, tag) : NULL;
  g_autofree char *message = NULL;
  g_autofree char *title = NULL;

  if (image != NULL)
    {
      message = g_strdup_printf ("The final image is based on %s, far larger than needed: "
                                 "use %s", from->image, image);
      title = g_strdup_printf (_("Use %s"), image);
    }
  else if (big->advice != NULL)
    message = g_strdup_printf ("The final image is based on %s, far larger than needed: "
                               "use %s", from->image, big->advice);
  else
    message = g_strdup_printf ("The final image is based on %s, far larger than needed: "
                               "use its slim or alpine variant", from->image);

  podlift_lint_report_full (ctx, "PL003", from, message, &from->image_range,
                            image != NULL ? &from->image_range : NULL, image, title);
}

static void
check_pl003 (PodliftLintContext *ctx)
{
  const PodliftDockerfileAst *ast = podlift_lint_context_get_ast (ctx);
  const PodliftStage *last = final_stage (ast);
  const PodliftInstruction *from;
  const BigImage *big;

  if (last == NULL)
    return;

  from = stage_from (ast, root_stage (ast, last));
  if (from->image == NULL || has_variable (from->image))
    return;

  big = find_big_image (from->image_name);
  if (big == NULL || is_small_tag (big, from->image_tag) || has_variable (from->image_tag))
    return;

  if (big->toolchain && ast->stages->len == 1)
    return;

  report_big_image (ctx, from, big);
}

/* ---- PL006: HEALTHCHECK ---------------------------------------------------- */

static void
check_pl006 (PodliftLintContext *ctx)
{
  const PodliftDockerfileAst *ast = podlift_lint_context_get_ast (ctx);
  guint n;
  const guint *at = podlift_lint_context_get_kind (ctx, PODLIFT_INSTRUCTION_HEALTHCHECK, &n);

  for (guint k = 0; k < n; k++)
    {
      const PodliftInstruction *insn = INSTRUCTION (ast, at[k]);
      PodliftRange whole_lines;

      if (insn->kind != PODLIFT_INSTRUCTION_HEALTHCHECK || insn->healthcheck_none)
        continue;

      /* the instruction's lines, newline included (past the last line
       * means the end of the text) */
      whole_lines.start.line = insn->range.start.line;
      whole_lines.start.column = 1;
      whole_lines.end.line = insn->range.end.line + 1;
      whole_lines.end.column = 1;

      podlift_lint_report_full (ctx, "PL006", insn, NULL, NULL, &whole_lines, "",
                                _("Remove the HEALTHCHECK"));
    }
}

/* ---- PL007: COPY without --chown for a non-root user ---------------------- */

static char *
user_of (const PodliftInstruction *user)
{
  g_autofree char *name = g_strstrip (g_strdup (user->arguments != NULL ? user->arguments : ""));
  g_autofree char *account = g_strdup (name);
  char *colon = strchr (account, ':');

  if (colon != NULL)
    *colon = '\0';

  if (account[0] == '\0' || strpbrk (name, " \t") != NULL ||
      strcmp (account, "root") == 0 || strcmp (account, "0") == 0)
    return NULL;

  return g_steal_pointer (&name);
}

static void
check_stage_chown (PodliftLintContext         *ctx,
                   const PodliftDockerfileAst *ast,
                   const PodliftStage         *stage)
{
  const PodliftInstruction *last_user = stage_last_user (ast, stage);
  g_autofree char *user = last_user != NULL ? user_of (last_user) : NULL;
  g_autofree char *fix_text = NULL;
  g_autofree char *copy_message = NULL;
  g_autofree char *add_message = NULL;
  g_autofree char *title = NULL;

  if (user == NULL)
    return;

  fix_text = g_strconcat (" --chown=", user, NULL);
  title = g_strdup_printf (_("Add --chown=%s"), user);

  for (guint i = stage->from + 1; i <= stage->last; i++)
    {
      const PodliftInstruction *insn = INSTRUCTION (ast, i);
      gboolean copy = insn->kind == PODLIFT_INSTRUCTION_COPY;
      char **message = copy ? &copy_message : &add_message;
      PodliftRange fix;

      if ((!copy && insn->kind != PODLIFT_INSTRUCTION_ADD) || find_flag (insn, "chown") != NULL)
        continue;

      /* One message for the COPYs of the stage, one for the ADDs. */
      if (*message == NULL)
        *message = g_strconcat (copy ? "COPY" : "ADD", " without --chown leaves the files owned "
                                "by root, but the stage runs as ", user, ": add --chown=", user,
                                NULL);
      fix.start = fix.end = insn->keyword_range.end;
      podlift_lint_report_full (ctx, "PL007", insn, *message, NULL, &fix, fix_text, title);
    }
}

static void
check_pl007 (PodliftLintContext *ctx)
{
  const PodliftDockerfileAst *ast = podlift_lint_context_get_ast (ctx);

  for (guint i = 0; i < ast->stages->len; i++)
    check_stage_chown (ctx, ast, STAGE (ast, i));
}

const PodliftRule podlift_rules_podlift[] = {
  {
    "PL001", PODLIFT_SEVERITY_WARNING,
    "The final stage has no USER, so the container runs as root",
    /* Translators: explanation of a Dockerfile lint rule */
    N_("Without a USER instruction the application runs as root inside the container. "
       "Many Kubernetes clusters refuse such pods (runAsNonRoot), and a flaw in the "
       "application gives an attacker full control of the container. Add a numeric "
       "USER, such as USER 10001, before the command that starts the application."),
    check_pl001,
  },
  {
    "PL002", PODLIFT_SEVERITY_INFO,
    "Single-stage build ships its build tool chain: build in a first stage and copy "
    "only the result into a small final stage",
    /* Translators: explanation of a Dockerfile lint rule */
    N_("This Dockerfile builds the application and runs it from the same image, so the "
       "compilers, SDKs and build dependencies ship to production: a bigger image, slower "
       "to pull, with more to patch. A multi-stage build compiles in a first stage "
       "(FROM golang AS build) and copies only the result into a small final stage."),
    podlift_rules_check_pl002,
  },
  {
    "PL003", PODLIFT_SEVERITY_INFO,
    "The final image is based on a much larger image than needed: use its slim, "
    "alpine or distroless variant",
    /* Translators: explanation of a Dockerfile lint rule */
    N_("The final stage starts from a full image with hundreds of megabytes of tools the "
       "application never uses. A slim, alpine or distroless variant of the same image "
       "pulls faster when pods start or move, and has fewer packages to patch."),
    check_pl003,
  },
  {
    "PL004", PODLIFT_SEVERITY_WARNING,
    "ENV bakes environment-specific configuration into the image: set it from a "
    "ConfigMap instead",
    /* Translators: explanation of a Dockerfile lint rule */
    N_("Host names, URLs, addresses and database names differ between test and "
       "production. Baked into the image with ENV, they force one image per environment. "
       "Leave them out of the Dockerfile and set them in the Deployment from a ConfigMap, "
       "so the same image runs everywhere."),
    podlift_rules_check_pl004,
  },
  {
    "PL005", PODLIFT_SEVERITY_ERROR,
    "A secret is set in ENV or ARG: pass it at run time from a Kubernetes Secret",
    /* Translators: explanation of a Dockerfile lint rule */
    N_("Passwords, tokens and keys written in ENV or ARG stay in the image and its "
       "history, where anyone who can pull the image can read them. Give them to the "
       "container at run time from a Kubernetes Secret, or use a build secret "
       "(RUN --mount=type=secret) when the build itself needs one."),
    podlift_rules_check_pl005,
  },
  {
    "PL006", PODLIFT_SEVERITY_INFO,
    "Kubernetes ignores HEALTHCHECK: use liveness and readiness probes",
    /* Translators: explanation of a Dockerfile lint rule */
    N_("Docker runs HEALTHCHECK, but Kubernetes ignores it: it checks containers with "
       "the liveness, readiness and startup probes of the Deployment instead. Move the "
       "check to probes in the manifests and remove the HEALTHCHECK."),
    check_pl006,
  },
  {
    "PL007", PODLIFT_SEVERITY_INFO,
    "COPY without --chown leaves the files owned by root, but the stage runs as another user",
    /* Translators: explanation of a Dockerfile lint rule */
    N_("COPY and ADD always create files owned by root, whatever USER says. When the "
       "stage then runs as another user, the application cannot write to its own "
       "files (caches, uploads, generated assets). Add --chown with that user to the "
       "COPY, for example COPY --chown=10001:10001 . ."),
    check_pl007,
  },
  { NULL }
};
