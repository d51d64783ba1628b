/* podlift-lint-rules-dl3000-copy.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The DL3000 – DL3029 rules on COPY and ADD, their --from stage
 * references, and the trusted registries of DL3026. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "podlift-lint-rules-dl3000-private.h"

/* --- Archives: DL3010 ---------------------------------------------------- */

typedef struct
{
  const PodliftInstruction *copy;
  const char               *name;
  gsize                     len;
  gboolean                  extracted;
} Archive;

static void
remember_archive (GArray                   *archives,
                  const PodliftInstruction *copy,
                  const char               *path)
{
  Archive archive = { copy, NULL, 0, FALSE };

  archive.name = path_basename (path, &archive.len);
  g_array_append_val (archives, archive);
}

/* COPY app.tar.gz /tmp/ (or COPY x /tmp/app.tar): remembers the archive
 * names, as hadolint does, by their base names. */
static void
remember_archives (GArray                   *archives,
                   const PodliftInstruction *copy)
{
  GPtrArray *args = copy_args (copy);
  const PodliftWord *target;

  if (args == NULL || find_flag (copy, "from") != NULL)
    return;

  target = g_ptr_array_index (args, args->len - 1);
  if (is_archive (target->text))
    {
      remember_archive (archives, copy, target->text);
      return;
    }

  for (guint i = 0; i + 1 < args->len; i++)
    {
      const PodliftWord *source = g_ptr_array_index (args, i);

      if (is_archive (source->text))
        remember_archive (archives, copy, source->text);
    }
}

static gboolean
extracts (const PodliftShellCommand *command)
{
  static const char * const unpackers[] = {
    "unzip", "gunzip", "bunzip2", "unlzma", "unxz", "zgz", "uncompress", "zcat", "gzcat", NULL
  };
  const char *program = podlift_shell_command_program (command);

  if (str_in (program, unpackers))
    return TRUE;
  if (g_strcmp0 (program, "tar") != 0)
    return FALSE;

  /* Like hadolint: any dash word with an x in it (so --exclude too). */
  for (guint i = 0; i < command->args->len; i++)
    {
      const char *arg = g_ptr_array_index (command->args, i);

      if (strcmp (arg, "--extract") == 0 || strcmp (arg, "--get") == 0 ||
          (arg[0] == '-' && strchr (arg, 'x') != NULL))
        return TRUE;
    }

  return FALSE;
}

static void
mark_extracted (GArray                   *archives,
                const PodliftShellScript *script)
{
  for (guint i = 0; i < script->commands->len; i++)
    {
      const PodliftShellCommand *command = g_ptr_array_index (script->commands, i);
      PodliftShellArgIter iter = { 0 };
      const char *arg;

      if (!extracts (command))
        continue;
      while ((arg = podlift_shell_command_next_arg (command, no_flag_values, &iter)) != NULL)
        {
          gsize len;
          const char *name = path_basename (arg, &len);

          for (guint k = 0; k < archives->len; k++)
            {
              Archive *archive = &g_array_index (archives, Archive, k);

              if (archive->len == len && memcmp (archive->name, name, len) == 0)
                archive->extracted = TRUE;
            }
        }
    }
}

/* hadolint forgets the archives at every FROM, findings included: only
 * the final stage is reported. We do the same. */
void
podlift_rules_check_dl3010 (PodliftLintContext *ctx)
{
  const PodliftDockerfileAst *ast = podlift_lint_context_get_ast (ctx);
  g_autoptr(GArray) archives = g_array_new (FALSE, FALSE, sizeof (Archive));
  const PodliftInstruction *reported = NULL;

  for (guint i = 0; i < ast->instructions->len; i++)
    {
      const PodliftInstruction *instruction = g_ptr_array_index (ast->instructions, i);
      const PodliftShellScript *script;

      if (instruction->kind == PODLIFT_INSTRUCTION_FROM)
        g_array_set_size (archives, 0);
      else if (instruction->kind == PODLIFT_INSTRUCTION_COPY)
        remember_archives (archives, instruction);
      else if (instruction->kind == PODLIFT_INSTRUCTION_RUN && archives->len > 0 &&
               (script = podlift_lint_context_get_script (ctx, instruction)) != NULL)
        mark_extracted (archives, script);
    }

  for (guint i = 0; i < archives->len; i++)
    {
      const Archive *archive = &g_array_index (archives, Archive, i);

      if (archive->extracted && archive->copy != reported)
        {
          podlift_lint_report (ctx, "DL3010", archive->copy);
          reported = archive->copy;
        }
    }
}

/* --- COPY and ADD: DL3020 – DL3024 ------------------------------------- */

/* ADD of something other than a URL or an archive. The fix (ADD → COPY)
 * is offered only when every source is a plain local path and no flag
 * is ADD's own. */
void
podlift_rules_check_dl3020 (PodliftLintContext *ctx)
{
  const PodliftDockerfileAst *ast = podlift_lint_context_get_ast (ctx);
  guint n;
  const guint *at = podlift_lint_context_get_kind (ctx, PODLIFT_INSTRUCTION_ADD, &n);

  for (guint k = 0; k < n; k++)
    {
      const PodliftInstruction *instruction = g_ptr_array_index (ast->instructions, at[k]);
      GPtrArray *args;
      gboolean local = FALSE, fixable;

      if (instruction->kind != PODLIFT_INSTRUCTION_ADD || (args = copy_args (instruction)) == NULL)
        continue;

      fixable = instruction->keyword != NULL &&
                find_flag (instruction, "checksum") == NULL &&
                find_flag (instruction, "keep-git-dir") == NULL &&
                find_flag (instruction, "unpack") == NULL;
      for (guint j = 0; j + 1 < args->len; j++)
        {
          const char *source = ((const PodliftWord *) g_ptr_array_index (args, j))->text;

          if (is_archive (source) || is_url (source))
            fixable = FALSE;
          else
            local = TRUE;
          if (strstr (source, "://") != NULL || g_str_has_prefix (source, "git@"))
            fixable = FALSE;
        }
      if (!local)
        continue;

      /* copy for add, COPY for ADD */
      if (fixable)
        podlift_lint_report_full (ctx, "DL3020", instruction, NULL, &instruction->keyword_range,
                                  &instruction->keyword_range,
                                  g_ascii_islower (instruction->keyword[0]) ? "copy" : "COPY",
                                  N_("Use COPY"));
      else
        podlift_lint_report_full (ctx, "DL3020", instruction, NULL, &instruction->keyword_range,
                                  NULL, NULL, NULL);
    }
}

/* The destination with a slash added (inside its closing quote). */
static char *
with_slash (const PodliftWord *word)
{
  gsize len = strlen (word->raw);

  if (len > 1 && (word->raw[len - 1] == '"' || word->raw[len - 1] == '\''))
    return g_strdup_printf ("%.*s/%c", (int) (len - 1), word->raw, word->raw[len - 1]);

  return g_strconcat (word->raw, "/", NULL);
}

void
podlift_rules_check_dl3021 (PodliftLintContext *ctx)
{
  const PodliftDockerfileAst *ast = podlift_lint_context_get_ast (ctx);
  guint n;
  const guint *at = podlift_lint_context_get_kind (ctx, PODLIFT_INSTRUCTION_COPY, &n);

  for (guint k = 0; k < n; k++)
    {
      const PodliftInstruction *instruction = g_ptr_array_index (ast->instructions, at[k]);
      g_autofree char *fixed = NULL;
      const PodliftWord *target;
      GPtrArray *args;
      const char *text;
      gsize len;

      if (instruction->kind != PODLIFT_INSTRUCTION_COPY ||
          (args = copy_args (instruction)) == NULL || args->len < 3)
        continue;

      target = g_ptr_array_index (args, args->len - 1);
      text = unquote (target->text, &len);
      if (len > 0 && text[len - 1] == '/')
        continue;

      if (target->raw != NULL)
        fixed = with_slash (target);
      podlift_lint_report_full (ctx, "DL3021", instruction, NULL, &target->range,
                                fixed != NULL ? &target->range : NULL, fixed,
                                fixed != NULL ? N_("End the destination with /") : NULL);
    }
}

/* --from=name: an earlier stage, an image (has a ':'), or a stage number
 * below the number of FROMs so far. */
static gboolean
copy_from_known (PodliftLintContext *ctx,
                 const char         *from,
                 guint               stage,
                 guint               n_froms)
{
  gsize len;
  const char *text = unquote (from, &len);
  guint64 number = 0;
  const char *p = from;

  if (memchr (text, ':', len) != NULL)
    return TRUE;
  if (stage != G_MAXUINT &&
      is_alias_up_to (podlift_dl3000_stage_aliases (ctx), from, strlen (from), stage))
    return TRUE;

  while (g_ascii_isdigit (*p) && number < G_MAXUINT)
    number = number * 10 + (guint64) (*p++ - '0');

  return p != from && number < n_froms;
}

void
podlift_rules_check_dl3022 (PodliftLintContext *ctx)
{
  const PodliftDockerfileAst *ast = podlift_lint_context_get_ast (ctx);
  guint n_froms = 0;

  for (guint i = 0; i < ast->instructions->len; i++)
    {
      const PodliftInstruction *instruction = g_ptr_array_index (ast->instructions, i);
      const PodliftFlag *from;

      if (instruction->kind == PODLIFT_INSTRUCTION_FROM)
        n_froms++;
      if (instruction->kind != PODLIFT_INSTRUCTION_COPY ||
          (from = find_flag (instruction, "from")) == NULL || from->value == NULL ||
          copy_from_known (ctx, from->value, instruction->stage, n_froms))
        continue;
      podlift_lint_report_full (ctx, "DL3022", instruction, NULL, &from->range, NULL, NULL, NULL);
    }
}

void
podlift_rules_check_dl3023 (PodliftLintContext *ctx)
{
  const PodliftDockerfileAst *ast = podlift_lint_context_get_ast (ctx);
  guint n;
  const guint *at = podlift_lint_context_get_kind (ctx, PODLIFT_INSTRUCTION_COPY, &n);

  for (guint k = 0; k < n; k++)
    {
      const PodliftInstruction *instruction = g_ptr_array_index (ast->instructions, at[k]);
      const PodliftFlag *from;
      const char *alias;

      if (instruction->kind != PODLIFT_INSTRUCTION_COPY ||
          (from = find_flag (instruction, "from")) == NULL ||
          (alias = stage_alias (ast, instruction->stage)) == NULL ||
          g_strcmp0 (from->value, alias) != 0)
        continue;
      podlift_lint_report_full (ctx, "DL3023", instruction, NULL, &from->range, NULL, NULL, NULL);
    }
}

/* Stage names compare exactly, as in hadolint ("Build" and "build" are
 * two names there, although BuildKit would take them as one). */
void
podlift_rules_check_dl3024 (PodliftLintContext *ctx)
{
  const PodliftDockerfileAst *ast = podlift_lint_context_get_ast (ctx);

  for (guint i = 0; i < ast->stages->len; i++)
    {
      const PodliftStage *stage = g_ptr_array_index (ast->stages, i);

      if (stage->name != NULL &&
          GPOINTER_TO_UINT (g_hash_table_lookup (podlift_dl3000_stage_aliases (ctx),
                                                 stage->name)) != i + 1)
        podlift_lint_report (ctx, "DL3024", g_ptr_array_index (ast->instructions, stage->from));
    }
}

/* --- DL3026: trusted registries ------------------------------------------ */

/* "*", "*.gcr.io", "docker.*" or an exact name. */
static gboolean
registry_trusted (const char * const *trusted,
                  const char         *registry,
                  gsize               len)
{
  for (guint i = 0; trusted[i] != NULL; i++)
    {
      const char *pattern = trusted[i];
      gsize plen = strlen (pattern);

      if ((plen == 1 && pattern[0] == '*') ||
          (pattern[0] == '*' && has_suffix_len (registry, len, pattern + 1)) ||
          (plen > 0 && pattern[plen - 1] == '*' && len >= plen - 1 &&
           memcmp (registry, pattern, plen - 1) == 0) ||
          (plen == len && memcmp (registry, pattern, len) == 0))
        return TRUE;
    }

  return FALSE;
}

/* An image may come from an earlier stage (up to @stage; G_MAXUINT:
 * none), be scratch, or come from a trusted registry; no registry means
 * Docker Hub. */
static gboolean
image_trusted (const char * const *trusted,
               GHashTable         *aliases,
               const char         *image,
               guint               stage)
{
  const char *registry, *name;
  gsize registry_len, name_len;

  split_image (image, &registry, &registry_len, &name, &name_len);
  if (stage != G_MAXUINT && is_alias_up_to (aliases, name, name_len, stage))
    return TRUE;
  if (registry_len > 0)
    return registry_trusted (trusted, registry, registry_len);

  return (name_len == 7 && memcmp (name, "scratch", 7) == 0) ||
         registry_trusted (trusted, "docker.io", 9) ||
         registry_trusted (trusted, "hub.docker.com", 14);
}

/* RUN --mount=type=bind|cache,from=image: the first untrusted one. */
static const PodliftFlag *
untrusted_mount (const char * const       *trusted,
                 GHashTable               *aliases,
                 const PodliftInstruction *run)
{
  for (guint i = 0; run->flags != NULL && i < run->flags->len; i++)
    {
      const PodliftFlag *flag = g_ptr_array_index (run->flags, i);
      g_autofree char *image = NULL;
      const char *from;
      gsize len;

      if (flag->value == NULL || !flag_is (flag, "mount") ||
          !(mount_is (flag->value, "bind") || mount_is (flag->value, "cache")) ||
          (from = mount_field (flag->value, "from", &len)) == NULL)
        continue;
      image = g_strndup (from, len);
      if (!image_trusted (trusted, aliases, image, run->stage))
        return flag;
    }

  return NULL;
}

/* Off until trustedRegistries is set. FROM (2.15: also COPY --from and
 * RUN --mount from=). A numbered COPY --from=0 is a stage, never an
 * image: we let it pass, where hadolint would take it for an image. */
void
podlift_rules_check_dl3026 (PodliftLintContext *ctx)
{
  const PodliftDockerfileAst *ast = podlift_lint_context_get_ast (ctx);
  PodliftLintConfig *config = podlift_lint_context_get_config (ctx);
  const char * const *trusted = NULL;
  GHashTable *aliases;

  if (config != NULL)
    trusted = podlift_lint_config_get_trusted_registries (config);
  if (trusted == NULL || trusted[0] == NULL)
    return;

  aliases = podlift_dl3000_stage_aliases (ctx);
  for (guint i = 0; i < ast->instructions->len; i++)
    {
      const PodliftInstruction *instruction = g_ptr_array_index (ast->instructions, i);
      const PodliftFlag *flag = NULL;
      guint stage = instruction->stage;

      if (instruction->kind == PODLIFT_INSTRUCTION_FROM && instruction->image != NULL &&
          !image_trusted (trusted, aliases, instruction->image,
                          stage == 0 || stage == G_MAXUINT ? G_MAXUINT : stage - 1))
        podlift_lint_report_full (ctx, "DL3026", instruction, NULL, &instruction->image_range,
                                  NULL, NULL, NULL);
      else if (instruction->kind == PODLIFT_INSTRUCTION_COPY &&
               (flag = find_flag (instruction, "from")) != NULL && flag->value != NULL &&
               !g_ascii_isdigit (flag->value[0]) &&
               !image_trusted (trusted, aliases, flag->value, stage))
        podlift_lint_report_full (ctx, "DL3026", instruction, NULL, &flag->range, NULL, NULL, NULL);
      else if (instruction->kind == PODLIFT_INSTRUCTION_RUN &&
               (flag = untrusted_mount (trusted, aliases, instruction)) != NULL)
        podlift_lint_report_full (ctx, "DL3026", instruction, NULL, &flag->range, NULL, NULL, NULL);
    }
}

