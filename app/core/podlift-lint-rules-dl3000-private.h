/* podlift-lint-rules-dl3000-private.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>

#include "podlift-lint-rules-private.h"

G_BEGIN_DECLS

/* What the files of rules DL3000 – DL3029 share: small helpers over text,
 * instructions, stages, images, --mount values and shell commands, and
 * the checks that live outside podlift-lint-rules-dl3000.c. */

/* --- Small text helpers ------------------------------------------------ */

static inline gboolean
has_prefix_len (const char *text,
                gsize       len,
                const char *prefix)
{
  gsize plen = strlen (prefix);

  return len >= plen && memcmp (text, prefix, plen) == 0;
}

static inline gboolean
has_suffix_len (const char *text,
                gsize       len,
                const char *suffix)
{
  gsize slen = strlen (suffix);

  return len >= slen && memcmp (text + len - slen, suffix, slen) == 0;
}

static inline gboolean
contains_len (const char *text,
              gsize       len,
              const char *needle)
{
  gsize nlen = strlen (needle);

  for (gsize i = 0; i + nlen <= len; i++)
    if (memcmp (text + i, needle, nlen) == 0)
      return TRUE;

  return FALSE;
}

/* hadolint's dropQuotes, on a piece of text: every quote at either end
 * goes. */
static inline const char *
unquote_len (const char *text,
             gsize      *len)
{
  gsize n = *len;

  while (n > 0 && (*text == '"' || *text == '\''))
    text++, n--;
  while (n > 0 && (text[n - 1] == '"' || text[n - 1] == '\''))
    n--;

  *len = n;
  return text;
}

static inline const char *
unquote (const char *text,
         gsize      *len)
{
  *len = strlen (text);
  return unquote_len (text, len);
}

/* The file name at the end of a path, quotes dropped. */
static inline const char *
path_basename (const char *path,
               gsize      *len)
{
  gsize n;
  const char *text = unquote (path, &n);
  gsize start = n;

  while (start > 0 && text[start - 1] != '/' && text[start - 1] != '\\')
    start--;

  *len = n - start;
  return text + start;
}

static const char * const archive_extensions[] = {
  ".tar", ".Z", ".bz2", ".gz", ".lz", ".lzma", ".tZ", ".tb2", ".tbz",
  ".tbz2", ".tgz", ".tlz", ".tpz", ".txz", ".xz", NULL
};

/* Whether the last extension of @path is an archive's (the list holds
 * single extensions, so this is hadolint's suffix test). */
static inline gboolean
is_archive (const char *path)
{
  gsize len;
  const char *text = unquote (path, &len);
  const char *dot = text + len;

  while (dot > text && dot[-1] != '.' && dot[-1] != '/')
    dot--;
  if (dot == text || dot[-1] != '.')
    return FALSE;

  dot--;
  len -= dot - text;
  if (len < 2 || len > 6)
    return FALSE;
  for (guint i = 0; archive_extensions[i] != NULL; i++)
    if (archive_extensions[i][1] == dot[1] &&
        strlen (archive_extensions[i]) == len && memcmp (dot, archive_extensions[i], len) == 0)
      return TRUE;

  return FALSE;
}

static inline gboolean
is_url (const char *path)
{
  gsize len;
  const char *text = unquote (path, &len);

  return has_prefix_len (text, len, "https://") || has_prefix_len (text, len, "http://");
}

static inline gboolean
str_in (const char         *text,
        const char * const *list)
{
  if (text == NULL)
    return FALSE;

  for (guint i = 0; list[i] != NULL; i++)
    if (text[0] == list[i][0] && strcmp (text, list[i]) == 0)
      return TRUE;

  return FALSE;
}

/* --- Instructions, stages and images ------------------------------------ */

/* Whether @flag is --@name (the name may be stored with its dashes). */
static inline gboolean
flag_is (const PodliftFlag *flag,
         const char        *name)
{
  return flag->name != NULL && strcmp (flag->name + strspn (flag->name, "-"), name) == 0;
}

static inline const PodliftFlag *
find_flag (const PodliftInstruction *instruction,
           const char               *name)
{
  for (guint i = 0; instruction->flags != NULL && i < instruction->flags->len; i++)
    if (flag_is (g_ptr_array_index (instruction->flags, i), name))
      return g_ptr_array_index (instruction->flags, i);

  return NULL;
}

/* The RUN an instruction stands for: itself, or (for the rules hadolint
 * also runs on ONBUILD) the RUN inside an ONBUILD. */
static inline const PodliftInstruction *
as_run (const PodliftInstruction *instruction,
        gboolean                  with_onbuild)
{
  if (instruction->kind == PODLIFT_INSTRUCTION_RUN)
    return instruction;

  if (with_onbuild &&
      instruction->kind == PODLIFT_INSTRUCTION_ONBUILD &&
      instruction->onbuild != NULL &&
      instruction->onbuild->kind == PODLIFT_INSTRUCTION_RUN)
    return instruction->onbuild;

  return NULL;
}

static inline const char *
stage_alias (const PodliftDockerfileAst *ast,
             guint                       stage)
{
  const PodliftStage *info;

  if (stage >= ast->stages->len)
    return NULL;

  info = g_ptr_array_index (ast->stages, stage);
  return info->name;
}

/* Stage names → their first stage's index + 1, made once a lint
 * (podlift-lint-rules-dl3000.c). */
GHashTable *podlift_dl3000_stage_aliases (PodliftLintContext *ctx);

/* The first stage named @name (@len bytes), or G_MAXUINT. */
static inline guint
stage_named (GHashTable *aliases,
             const char *name,
             gsize       len)
{
  char buffer[128];
  g_autofree char *copy = NULL;
  const char *key = buffer;
  guint found;

  if (len < sizeof buffer)
    {
      memcpy (buffer, name, len);
      buffer[len] = '\0';
    }
  else
    key = copy = g_strndup (name, len);

  found = GPOINTER_TO_UINT (g_hash_table_lookup (aliases, key));

  return found != 0 ? found - 1 : G_MAXUINT;
}

/* Whether @name (@len bytes) names a stage whose index is at most @last. */
static inline gboolean
is_alias_up_to (GHashTable *aliases,
                const char *name,
                gsize       len,
                guint       last)
{
  guint stage = stage_named (aliases, name, len);

  return stage != G_MAXUINT && stage <= last;
}

/* Splits "reg.io:5000/ns/name:tag@sha256:…" into its registry (len 0 when
 * the first part is no host name, as Docker decides) and its name without
 * registry, tag nor digest. */
static inline void
split_image (const char  *image,
             const char **registry,
             gsize       *registry_len,
             const char **name,
             gsize       *name_len)
{
  const char *slash = strchr (image, '/');
  const char *end;

  *registry = image;
  *registry_len = 0;

  if (slash != NULL)
    {
      gsize first = slash - image;

      if (memchr (image, '.', first) != NULL ||
          memchr (image, ':', first) != NULL ||
          (first == 9 && memcmp (image, "localhost", 9) == 0))
        {
          *registry_len = first;
          image = slash + 1;
        }
    }

  end = image;
  while (*end != '\0' && *end != ':' && *end != '@')
    end++;

  *name = image;
  *name_len = end - image;
}

/* --- Commands and --mount values ---------------------------------------- */

static inline gboolean
cmd_is (const PodliftShellCommand *command,
        const char                *program)
{
  return podlift_shell_command_program_is (command, program);
}

static inline gboolean
cmd_has_arg (const PodliftShellCommand *command,
             const char                *arg)
{
  for (guint i = 0; i < command->args->len; i++)
    {
      const char *word = g_ptr_array_index (command->args, i);

      if (word[0] == arg[0] && strcmp (word, arg) == 0)
        return TRUE;
    }

  return FALSE;
}

/* hadolint's "command X with the word Y anywhere among its arguments"
 * (not only as the first one: `apt-get -q install`). */
static inline gboolean
cmd_runs (const PodliftShellCommand *command,
          const char                *program,
          const char                *arg)
{
  return cmd_is (command, program) && (arg == NULL || cmd_has_arg (command, arg));
}

static const char * const no_flag_values[] = { NULL };

/* One field of a --mount value: "type=cache,target=/x" → "/x". */
static inline const char *
mount_field (const char *mount,
             const char *key,
             gsize      *len)
{
  gsize key_len = strlen (key);
  const char *p = mount;

  while (p != NULL && *p != '\0')
    {
      const char *end = strchr (p, ',');
      gsize field_len = end != NULL ? (gsize) (end - p) : strlen (p);

      if (field_len > key_len && memcmp (p, key, key_len) == 0 && p[key_len] == '=')
        {
          *len = field_len - key_len - 1;
          return unquote_len (p + key_len + 1, len);
        }
      p = end != NULL ? end + 1 : NULL;
    }

  return NULL;
}

static inline const char *
mount_target (const char *mount,
              gsize      *len)
{
  const char *target = mount_field (mount, "target", len);

  if (target == NULL)
    target = mount_field (mount, "dst", len);
  if (target == NULL)
    target = mount_field (mount, "destination", len);

  return target;
}

/* Whether a --mount is of @type ("bind" when not said). */
static inline gboolean
mount_is (const char *mount,
          const char *type)
{
  gsize len;
  const char *value = mount_field (mount, "type", &len);

  if (value == NULL)
    return strcmp (type, "bind") == 0;

  return len == strlen (type) && memcmp (value, type, len) == 0;
}

/* --- Instruction arguments ---------------------------------------------- */

static inline const char *
trimmed (const char *text,
         gsize      *len)
{
  gsize n = text != NULL ? strlen (text) : 0;

  while (n > 0 && g_ascii_isspace (*text))
    text++, n--;
  while (n > 0 && g_ascii_isspace (text[n - 1]))
    n--;

  *len = n;
  return text;
}

/* The sources and destination of COPY/ADD, or NULL for the heredoc form. */
static inline GPtrArray *
copy_args (const PodliftInstruction *instruction)
{
  GPtrArray *args;

  if (instruction->heredocs != NULL && instruction->heredocs->len > 0)
    return NULL;

  args = instruction->exec_form ? instruction->exec_args : instruction->words;
  return args != NULL && args->len >= 2 ? args : NULL;
}

/* podlift-lint-rules-dl3000-run.c: DL3001's check runs every rule on RUN
 * commands (DL3001, DL3003, DL3004, DL3008, DL3013 – DL3016, DL3018,
 * DL3019, DL3027, DL3028) in one pass. */
void podlift_rules_check_dl3001 (PodliftLintContext *ctx);
void podlift_rules_check_dl3009 (PodliftLintContext *ctx);

/* podlift-lint-rules-dl3000-copy.c */
void podlift_rules_check_dl3010 (PodliftLintContext *ctx);
void podlift_rules_check_dl3020 (PodliftLintContext *ctx);
void podlift_rules_check_dl3021 (PodliftLintContext *ctx);
void podlift_rules_check_dl3022 (PodliftLintContext *ctx);
void podlift_rules_check_dl3023 (PodliftLintContext *ctx);
void podlift_rules_check_dl3024 (PodliftLintContext *ctx);
void podlift_rules_check_dl3026 (PodliftLintContext *ctx);

G_END_DECLS
