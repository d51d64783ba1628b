/* podlift-lint-rules-dl3030-instructions.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Rules over instructions other than RUN and LABEL: ONBUILD (DL3043),
 * ENV (DL3044), COPY (DL3045, DL3067), HEALTHCHECK (DL3057), the order
 * of the first instructions (DL3061), stage names (DL3063), secrets in
 * ARG/ENV (DL3064), FROM --platform (DL3065) and USER (DL3066). */

#define G_LOG_DOMAIN "podlift-lint-rules"

#include "config.h"

#include <stdlib.h>

#include <glib/gi18n-lib.h>

#include "podlift-lint-rules-dl3030-private.h"

/* The arguments of COPY, USER…: the exec form's, or the shell words. */
static GPtrArray *
instruction_args (const PodliftInstruction *inst)
{
  return inst->exec_form ? inst->exec_args : inst->words;
}

static const char *
last_arg (const PodliftInstruction *inst)
{
  GPtrArray *args = instruction_args (inst);

  if (args == NULL || args->len == 0)
    return NULL;
  return ((PodliftWord *) g_ptr_array_index (args, args->len - 1))->text;
}

/* ONBUILD, ENV, COPY, HEALTHCHECK, order: DL3043 – DL3045, DL3057, DL3061 {{{ */

void
podlift_rules_check_dl3043 (PodliftLintContext *ctx)
{
  const PodliftDockerfileAst *ast = podlift_lint_context_get_ast (ctx);
  guint n;
  const guint *at = podlift_lint_context_get_kind (ctx, PODLIFT_INSTRUCTION_ONBUILD, &n);

  for (guint k = 0; k < n; k++)
    {
      const PodliftInstruction *inst = instruction_at (ast, at[k]);

      if (inst->kind == PODLIFT_INSTRUCTION_ONBUILD && inst->onbuild != NULL &&
          (inst->onbuild->kind == PODLIFT_INSTRUCTION_ONBUILD ||
           inst->onbuild->kind == PODLIFT_INSTRUCTION_FROM ||
           inst->onbuild->kind == PODLIFT_INSTRUCTION_MAINTAINER))
        podlift_lint_report (ctx, "DL3043", inst);
    }
}

/* Whether @value refers to $name or ${name} (also ${name:-…}). */
static gboolean
refers_to (const char *value,
           const char *name)
{
  const char *p = value != NULL ? strchr (value, '$') : NULL;
  gsize len;

  if (p == NULL || (len = strlen (name)) == 0)
    return FALSE;
  for (; p != NULL; p = strchr (p + 1, '$'))
    {
      if (p[1] == '{' && strncmp (p + 2, name, len) == 0 &&
          (p[2 + len] == '}' || p[2 + len] == ':'))
        return TRUE;
      if (strncmp (p + 1, name, len) == 0 && !is_var_char (p[1 + len]))
        return TRUE;
    }
  return FALSE;
}

/* Whether an ARG or ENV before instruction @before defines @name. */
static gboolean
defined_before (const PodliftDockerfileAst *ast,
                guint                       before,
                const char                 *name)
{
  for (guint i = before; i-- > 0;)
    {
      const PodliftInstruction *inst = instruction_at (ast, i);

      if ((inst->kind != PODLIFT_INSTRUCTION_ENV && inst->kind != PODLIFT_INSTRUCTION_ARG) ||
          inst->pairs == NULL)
        continue;
      for (guint k = 0; k < inst->pairs->len; k++)
        {
          const PodliftKeyValue *kv = g_ptr_array_index (inst->pairs, k);

          if (kv->key != NULL && strcmp (kv->key, name) == 0)
            return TRUE;
        }
    }
  return FALSE;
}

/* Whether a pair of the ENV at @index uses a variable that another pair
 * of it defines and that no earlier ARG/ENV did. References are rare:
 * the earlier instructions are only looked at for one. */
static gboolean
env_refers_to_itself (const PodliftDockerfileAst *ast,
                      guint                       index)
{
  const PodliftInstruction *env = instruction_at (ast, index);

  for (guint k = 0; k < env->pairs->len; k++)
    {
      const PodliftKeyValue *kv = g_ptr_array_index (env->pairs, k);

      if (kv->key == NULL)
        continue;
      for (guint j = 0; j < env->pairs->len; j++)
        {
          const PodliftKeyValue *other = g_ptr_array_index (env->pairs, j);

          if (j != k && refers_to (other->value, kv->key) &&
              !defined_before (ast, index, kv->key))
            return TRUE;
        }
    }
  return FALSE;
}

void
podlift_rules_check_dl3044 (PodliftLintContext *ctx)
{
  const PodliftDockerfileAst *ast = podlift_lint_context_get_ast (ctx);
  guint n;
  const guint *at = podlift_lint_context_get_kind (ctx, PODLIFT_INSTRUCTION_ENV, &n);

  for (guint k = 0; k < n; k++)
    {
      const PodliftInstruction *inst = instruction_at (ast, at[k]);

      if (inst->pairs != NULL && env_refers_to_itself (ast, at[k]))
        podlift_lint_report (ctx, "DL3044", inst);
    }
}

/* Absolute (/x, C:\x, C:/x) or a variable. */
static gboolean
copy_destination_ok (const char *dest)
{
  if (dest[0] == '/' || dest[0] == '$')
    return TRUE;
  return dest[0] != '\0' && dest[1] == ':' && (dest[2] == '\\' || dest[2] == '/');
}

#define WORKDIR_SET     (1 << 0)
#define WORKDIR_ONBUILD (1 << 1)

static void
dl3045_check_copy (PodliftLintContext       *ctx,
                   const PodliftInstruction *inst,
                   const PodliftInstruction *copy,
                   guint8                    workdir)
{
  GPtrArray *args = instruction_args (copy);
  const char *dest = last_arg (copy);
  gboolean onbuild = copy != inst;

  if (dest == NULL || args->len < 2 || (workdir & WORKDIR_SET) ||
      (onbuild && (workdir & WORKDIR_ONBUILD)) || copy_destination_ok (dest))
    return;
  podlift_lint_report_full (ctx, "DL3045", inst, NULL,
                            &((PodliftWord *) g_ptr_array_index (args, args->len - 1))->range,
                            NULL, NULL, NULL);
}

/* The WORKDIR state goes on to the stages built FROM a stage (an ONBUILD
 * WORKDIR too, since it runs there). */
void
podlift_rules_check_dl3045 (PodliftLintContext *ctx)
{
  const PodliftDockerfileAst *ast = podlift_lint_context_get_ast (ctx);
  guint n_stages = n_stages_of (ast);
  g_autofree guint8 *workdir = g_new0 (guint8, n_stages + 1);
  const guint *parents = podlift_dl3030_stage_parents (ctx);

  for (guint i = 0; i < ast->instructions->len; i++)
    {
      const PodliftInstruction *inst = instruction_at (ast, i);
      const PodliftInstruction *copy = as_kind (inst, PODLIFT_INSTRUCTION_COPY);
      guint stage = MIN (inst->stage, n_stages);
      guint parent;

      if (inst->kind == PODLIFT_INSTRUCTION_FROM && stage < n_stages)
        workdir[stage] = (parent = parents[stage]) != G_MAXUINT &&
                         workdir[parent] != 0 ? WORKDIR_SET : 0;
      else if (inst->kind == PODLIFT_INSTRUCTION_WORKDIR)
        workdir[stage] |= WORKDIR_SET;
      else if (as_kind (inst, PODLIFT_INSTRUCTION_WORKDIR) != NULL)
        workdir[stage] |= WORKDIR_ONBUILD;
      else if (copy != NULL)
        dl3045_check_copy (ctx, inst, copy, workdir[stage]);
    }
}

/* DL3057: reported on the FROM of each stage without HEALTHCHECK that is not
 * built FROM a stage with one. Off by default (level ignore). */
void
podlift_rules_check_dl3057 (PodliftLintContext *ctx)
{
  const PodliftDockerfileAst *ast = podlift_lint_context_get_ast (ctx);
  guint n_stages = n_stages_of (ast);
  g_autofree gboolean *good = g_new0 (gboolean, n_stages + 1);
  const guint *parents = podlift_dl3030_stage_parents (ctx);

  for (guint i = 0; i < ast->instructions->len; i++)
    {
      const PodliftInstruction *inst = instruction_at (ast, i);
      guint stage = MIN (inst->stage, n_stages), parent;

      if (inst->kind == PODLIFT_INSTRUCTION_FROM && stage < n_stages)
        good[stage] = (parent = parents[stage]) != G_MAXUINT && good[parent];
      else if (inst->kind == PODLIFT_INSTRUCTION_HEALTHCHECK)
        good[stage] = TRUE;
    }
  for (guint s = 0; s < n_stages; s++)
    if (!good[s])
      podlift_lint_report (ctx, "DL3057", instruction_at (ast, stage_at (ast, s)->from));
}

/* DL3061: only ARG and comments may come before the first FROM. */
void
podlift_rules_check_dl3061 (PodliftLintContext *ctx)
{
  const PodliftDockerfileAst *ast = podlift_lint_context_get_ast (ctx);

  for (guint i = 0; i < ast->instructions->len; i++)
    {
      const PodliftInstruction *inst = instruction_at (ast, i);

      if (inst->kind == PODLIFT_INSTRUCTION_FROM)
        return;
      if (inst->kind != PODLIFT_INSTRUCTION_ARG && inst->kind != PODLIFT_INSTRUCTION_COMMENT &&
          inst->kind != PODLIFT_INSTRUCTION_UNKNOWN)
        podlift_lint_report (ctx, "DL3061", inst);
    }
}

/* }}} */

/* hadolint 2.15: DL3063 – DL3067 {{{ */

static const PodliftWord *
last_word (const PodliftInstruction *inst)
{
  if (inst->words == NULL || inst->words->len == 0)
    return NULL;
  return g_ptr_array_index (inst->words, inst->words->len - 1);
}

void
podlift_rules_check_dl3063 (PodliftLintContext *ctx)
{
  const PodliftDockerfileAst *ast = podlift_lint_context_get_ast (ctx);

  for (guint s = 0; ast->stages != NULL && s < ast->stages->len; s++)
    {
      const PodliftStage *stage = stage_at (ast, s);
      const PodliftInstruction *from = instruction_at (ast, stage->from);
      const PodliftWord *name = last_word (from);

      if (stage->name == NULL || (g_ascii_strcasecmp (stage->name, "scratch") != 0 &&
                                  g_ascii_strcasecmp (stage->name, "context") != 0))
        continue;
      podlift_lint_report_full (ctx, "DL3063", from, NULL, name != NULL ? &name->range : NULL,
                                NULL, NULL, NULL);
    }
}

/* Names hadolint knows to hold secrets, sorted for bsearch(). */
static const char * const secret_names[] = {
  "ACCESS_TOKEN", "APPLICATION_KEY", "APP_SECRET", "AUTH_TOKEN", "AWS_ACCESS_KEY_ID",
  "AWS_SECRET_ACCESS_KEY", "BITTREX_API_KEY", "BITTREX_API_SECRET", "CF_PASSWORD",
  "CF_USERNAME", "CIRCLE_TOKEN", "CI_DEPLOY_PASSWORD", "CI_DEPLOY_USER", "DOCKERHUB_PASSWORD",
  "DOCKER_EMAIL", "DOCKER_PASSWORD", "DOCKER_USERNAME", "FACEBOOK_ACCESS_TOKEN",
  "FACEBOOK_APP_ID", "FACEBOOK_APP_SECRET", "FIREBASE_API_TOKEN", "FIREBASE_TOKEN",
  "FOSSA_API_KEY", "GH_ENTERPRISE_TOKEN", "GH_TOKEN", "GITHUB_ENTERPRISE_TOKEN", "GITHUB_TOKEN",
  "HEROKU_API_KEY", "HEROKU_API_USER", "NPM_AUTH_TOKEN", "NPM_TOKEN", "OKTA_AUTHN_GROUPID",
  "OKTA_CLIENT_ORGURL", "OKTA_CLIENT_TOKEN", "OKTA_OAUTH2_CLIENTID", "OKTA_OAUTH2_CLIENTSECRET",
  "OPENAI_API_KEY", "OS_PASSWORD", "OS_USERNAME", "POSTGRES_PASSWORD", "SLACK_TOKEN",
  "STRIPE_API_KEY", "STRIPE_DEVICE_NAME", "TRAVIS_OS_NAME", "TRAVIS_SECURE_ENV_VARS",
  "TRAVIS_SUDO", "VAULT_CLIENT_KEY", "VAULT_TOKEN", NULL
};

/* Whether a word that gives a secret away starts at @p (upper case):
 * API_KEY, CLIENT_KEY, PASSWORD, PRIVATE, SECRET, TOKEN, USERNAME. */
static gboolean
starts_secret_word (const char *p)
{
  /* The second letter rules out most places. */
  switch (*p)
    {
    case 'A':
      return p[1] == 'P' && strncmp (p, "API_KEY", 7) == 0;
    case 'C':
      return p[1] == 'L' && strncmp (p, "CLIENT_KEY", 10) == 0;
    case 'P':
      return (p[1] == 'A' && strncmp (p, "PASSWORD", 8) == 0) ||
             (p[1] == 'R' && strncmp (p, "PRIVATE", 7) == 0);
    case 'S':
      return p[1] == 'E' && strncmp (p, "SECRET", 6) == 0;
    case 'T':
      return p[1] == 'O' && strncmp (p, "TOKEN", 5) == 0;
    case 'U':
      return p[1] == 'S' && strncmp (p, "USERNAME", 8) == 0;
    default:
      return FALSE;
    }
}

static int
compare_names (const void *a,
               const void *b)
{
  return strcmp (a, *(const char * const *) b);
}

/* Case-insensitive, without allocating: the name is upper-cased into a
 * buffer once, searched for the words, then looked up among the known
 * names (sorted). */
static gboolean
is_secret_name (const char *name)
{
  char upper[128];
  gsize len = MIN (strlen (name), sizeof upper - 1);

  for (gsize i = 0; i < len; i++)
    upper[i] = name[i] >= 'a' && name[i] <= 'z' ? name[i] - 'a' + 'A' : name[i];
  upper[len] = '\0';

  for (const char *p = upper; *p != '\0'; p++)
    if (starts_secret_word (p))
      return TRUE;
  return bsearch (upper, secret_names, G_N_ELEMENTS (secret_names) - 1, sizeof (char *),
                  compare_names) != NULL;
}

void
podlift_rules_check_dl3064 (PodliftLintContext *ctx)
{
  static const PodliftInstructionKind kinds[] = {
    PODLIFT_INSTRUCTION_ARG, PODLIFT_INSTRUCTION_ENV, PODLIFT_INSTRUCTION_ONBUILD,
  };
  const PodliftDockerfileAst *ast = podlift_lint_context_get_ast (ctx);

  for (guint t = 0; t < G_N_ELEMENTS (kinds); t++)
    {
      guint n;
      const guint *at = podlift_lint_context_get_kind (ctx, kinds[t], &n);

      for (guint i = 0; i < n; i++)
        {
          const PodliftInstruction *inst = instruction_at (ast, at[i]);
          const PodliftInstruction *decl = as_kind (inst, PODLIFT_INSTRUCTION_ARG);

          if (decl == NULL)
            decl = as_kind (inst, PODLIFT_INSTRUCTION_ENV);
          for (guint k = 0; decl != NULL && decl->pairs != NULL && k < decl->pairs->len; k++)
            {
              const PodliftKeyValue *kv = g_ptr_array_index (decl->pairs, k);

              if (kv->key != NULL && is_secret_name (kv->key))
                {
                  podlift_lint_report_full (ctx, "DL3064", inst, NULL, &kv->key_range,
                                            NULL, NULL, NULL);
                  break;
                }
            }
        }
    }
}

/* DL3065: FROM --platform=$TARGETPLATFORM is what BuildKit does anyway;
 * the fix removes the flag and the blank after it. */
void
podlift_rules_check_dl3065 (PodliftLintContext *ctx)
{
  const PodliftDockerfileAst *ast = podlift_lint_context_get_ast (ctx);
  guint n;
  const guint *at = podlift_lint_context_get_kind (ctx, PODLIFT_INSTRUCTION_FROM, &n);

  for (guint k = 0; k < n; k++)
    {
      const PodliftInstruction *inst = instruction_at (ast, at[k]);
      const PodliftFlag *platform;
      PodliftRange fix;

      if (inst->kind != PODLIFT_INSTRUCTION_FROM ||
          (platform = podlift_dl3030_find_flag (inst, "platform")) == NULL ||
          (g_strcmp0 (platform->value, "$TARGETPLATFORM") != 0 &&
           g_strcmp0 (platform->value, "${TARGETPLATFORM}") != 0))
        continue;
      fix.start = platform->range.start;
      fix.end = inst->image_range.start;
      for (guint f = 0; f + 1 < inst->flags->len; f++)
        if (g_ptr_array_index (inst->flags, f) == platform)
          fix.end = ((PodliftFlag *) g_ptr_array_index (inst->flags, f + 1))->range.start;
      if (fix.end.line == 0)
        podlift_lint_report_full (ctx, "DL3065", inst, NULL, &platform->range, NULL, NULL, NULL);
      else
        podlift_lint_report_full (ctx, "DL3065", inst, NULL, &platform->range, &fix, "",
                                  N_("Remove --platform"));
    }
}

/* DL3066: USER names a user (USER app, USER root:root) rather than a
 * numeric uid; a uid taken from a variable ($UID) passes. */
static gboolean
user_is_numeric (const char *user)
{
  if (user[0] == '$')
    return TRUE;
  for (; *user != '\0' && *user != ':'; user++)
    if (!g_ascii_isdigit (*user))
      return FALSE;
  return TRUE;
}

void
podlift_rules_check_dl3066 (PodliftLintContext *ctx)
{
  const PodliftDockerfileAst *ast = podlift_lint_context_get_ast (ctx);
  guint n;
  const guint *at = podlift_lint_context_get_kind (ctx, PODLIFT_INSTRUCTION_USER, &n);

  for (guint k = 0; k < n; k++)
    {
      const PodliftInstruction *inst = instruction_at (ast, at[k]);
      const PodliftWord *user;

      if (inst->kind != PODLIFT_INSTRUCTION_USER || inst->words == NULL || inst->words->len == 0)
        continue;
      user = g_ptr_array_index (inst->words, 0);
      if (!user_is_numeric (user->text))
        podlift_lint_report_full (ctx, "DL3066", inst, NULL, &user->range, NULL, NULL, NULL);
    }
}

/* DL3067: COPY --from=stage / / copies a whole file system. */
void
podlift_rules_check_dl3067 (PodliftLintContext *ctx)
{
  const PodliftDockerfileAst *ast = podlift_lint_context_get_ast (ctx);
  guint n;
  const guint *at = podlift_lint_context_get_kind (ctx, PODLIFT_INSTRUCTION_COPY, &n);

  for (guint k = 0; k < n; k++)
    {
      const PodliftInstruction *inst = instruction_at (ast, at[k]);
      GPtrArray *args = instruction_args (inst);
      const char *dest = last_arg (inst);

      if (inst->kind != PODLIFT_INSTRUCTION_COPY ||
          podlift_dl3030_find_flag (inst, "from") == NULL ||
          dest == NULL || args->len < 2 || strcmp (dest, "/") != 0)
        continue;
      for (guint a = 0; a + 1 < args->len; a++)
        if (strcmp (((PodliftWord *) g_ptr_array_index (args, a))->text, "/") == 0)
          {
            podlift_lint_report (ctx, "DL3067", inst);
            break;
          }
    }
}

/* }}} */
