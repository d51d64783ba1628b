/* podlift-dockerfile-checks-copy.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-dockerfile-checks"

#include "config.h"

#include <fnmatch.h>
#include <string.h>

#include "podlift-dockerfile-checks-private.h"

/* PL103: every file the answers say the image needs is copied into the
 * final stage. Follows a file from the build context through the COPY
 * and ADD of each stage, WORKDIR by WORKDIR, so that
 *
 *   FROM node:20 AS build          WORKDIR /app    COPY . .
 *   FROM node:20-slim              COPY --from=build /app/dist ./dist
 *
 * counts dist/ as copied. Paths are kept from their root without the
 * leading slash ("app/dist"); "" is the root itself. */

/* "./a//b/", "/a/b" → "a/b"; ".." pops. */
static char *
normalise_path (const char *path)
{
  g_auto(GStrv) parts = g_strsplit (path, "/", -1);
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (parts[i][0] == '\0' || strcmp (parts[i], ".") == 0)
        continue;
      if (strcmp (parts[i], "..") == 0)
        {
          if (kept->len > 0)
            g_ptr_array_remove_index (kept, kept->len - 1);
          continue;
        }
      g_ptr_array_add (kept, parts[i]);
    }
  g_ptr_array_add (kept, NULL);

  return g_strjoinv ("/", (char **)kept->pdata);
}

/* @path from @dir, or from the root when it starts with '/'. */
static char *
resolve_path (const char *dir,
              const char *path)
{
  g_autofree char *joined = NULL;

  if (path[0] == '/')
    return normalise_path (path);

  joined = g_strconcat (dir, "/", path, NULL);
  return normalise_path (joined);
}

static char *
join_path (const char *dir,
           const char *name)
{
  if (dir[0] == '\0')
    return g_strdup (name);
  if (name[0] == '\0')
    return g_strdup (dir);

  return g_strconcat (dir, "/", name, NULL);
}

static const char *
last_component (const char *path)
{
  const char *slash = strrchr (path, '/');

  return slash != NULL ? slash + 1 : path;
}

typedef struct
{
  const char *dest;         /* resolved */
  gboolean    dest_is_dir;
  const char *path;         /* the file, where the COPY reads it */
  gboolean    is_dir;
} Copy;

/* A source matched @copy->path (@whole) or a folder it is in (@rest is
 * the path inside that folder): a folder copies its contents into the
 * destination, a file itself. */
static char *
landing (const Copy *copy,
         const char *rest,
         gboolean    whole)
{
  if (!whole)
    return join_path (copy->dest, rest);

  if (copy->is_dir || !copy->dest_is_dir)
    return g_strdup (copy->dest);

  return join_path (copy->dest, last_component (copy->path));
}

/* Where @copy->path lands when @src is copied, or NULL when @src does not
 * hold it. */
static char *
copy_source (const Copy *copy,
             const char *src)
{
  gsize length = strlen (src);
  g_auto(GStrv) parts = NULL;
  g_autoptr(GString) prefix = NULL;

  if (src[0] == '\0')
    return landing (copy, copy->path, FALSE);

  if (strpbrk (src, "*?[") == NULL)
    {
      if (strcmp (copy->path, src) == 0)
        return landing (copy, NULL, TRUE);
      if (strncmp (copy->path, src, length) == 0 && copy->path[length] == '/')
        return landing (copy, copy->path + length + 1, FALSE);
      return NULL;
    }

  /* A pattern matches the file itself or one of its folders. */
  parts = g_strsplit (copy->path, "/", -1);
  prefix = g_string_new (NULL);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (prefix, '/');
      g_string_append (prefix, parts[i]);

      if (fnmatch (src, prefix->str, FNM_PATHNAME | FNM_PERIOD) == 0)
        return landing (copy, copy->path + MIN (prefix->len + 1, strlen (copy->path)),
                        parts[i + 1] == NULL);
    }

  return NULL;
}

static const PodliftFlag *
find_flag (const PodliftInstruction *insn,
           const char               *name)
{
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

/* The stage "--from=NAME" or "--from=1" names, if it comes before @before. */
static gint
from_stage (const PodliftDockerfileAst *ast,
            const char                 *name,
            guint                       before)
{
  guint64 index;

  if (name == NULL)
    return -1;

  if (g_ascii_string_to_unsigned (name, 10, 0, G_MAXUINT, &index, NULL))
    return index < before ? (gint)index : -1;

  for (guint i = 0; i < before && i < ast->stages->len; i++)
    {
      const PodliftStage *stage = PODLIFT_AST_STAGE (ast, i);

      if (stage->name != NULL && g_ascii_strcasecmp (stage->name, name) == 0)
        return i;
    }

  return -1;
}

static char *stage_holds (const PodliftDockerfileAst *ast,
                          guint                       index,
                          const char                 *file,
                          gboolean                    is_dir);

static gboolean
is_remote (const char *source)
{
  return strstr (source, "://") != NULL || g_str_has_prefix (source, "git@") ||
         g_str_has_prefix (source, "<<");
}

/* Where a COPY or ADD of stage @index puts the context @file, or NULL. */
static char *
instruction_copies (const PodliftDockerfileAst *ast,
                    const PodliftInstruction   *insn,
                    guint                       index,
                    const char                 *workdir,
                    const char                 *file,
                    gboolean                    is_dir)
{
  GPtrArray *args = insn->exec_form ? insn->exec_args : insn->words;
  const PodliftFlag *from = find_flag (insn, "from");
  g_autofree char *dest = NULL;
  g_autofree char *path = NULL;
  const char *dest_text;
  Copy copy;

  if (args->len < 2)
    return NULL;

  if (from == NULL)
    path = g_strdup (file);
  else
    {
      gint source_stage = from_stage (ast, from->value, index);

      if (source_stage < 0 || (path = stage_holds (ast, source_stage, file, is_dir)) == NULL)
        return NULL;
    }

  dest_text = ((PodliftWord *)g_ptr_array_index (args, args->len - 1))->text;
  dest = resolve_path (workdir, dest_text);
  copy.dest = dest;
  copy.dest_is_dir = args->len > 2 || g_str_has_suffix (dest_text, "/") ||
                     strcmp (last_component (dest_text), ".") == 0 ||
                     strcmp (last_component (dest_text), "..") == 0;
  copy.path = path;
  copy.is_dir = is_dir;

  for (guint i = 0; i + 1 < args->len; i++)
    {
      const char *source = ((PodliftWord *)g_ptr_array_index (args, i))->text;
      g_autofree char *src = NULL;
      char *lands;

      if (is_remote (source))
        continue;

      src = normalise_path (source);
      if ((lands = copy_source (&copy, src)) != NULL)
        return lands;
    }

  return NULL;
}

/* Where the context @file is in the file system of stage @index (its
 * own COPYs and those of the stages it builds on), or NULL. */
static char *
stage_holds (const PodliftDockerfileAst *ast,
             guint                       index,
             const char                 *file,
             gboolean                    is_dir)
{
  g_autoptr(GPtrArray) chain = g_ptr_array_new ();
  g_autofree char *workdir = g_strdup ("");
  char *found = NULL;

  for (const PodliftStage *s = PODLIFT_AST_STAGE (ast, index); s != NULL;
       s = podlift_answer_check_parent_stage (ast, s))
    g_ptr_array_insert (chain, 0, (gpointer)s);

  for (guint c = 0; c < chain->len; c++)
    {
      const PodliftStage *stage = g_ptr_array_index (chain, c);

      for (guint i = stage->from + 1; i <= stage->last; i++)
        {
          const PodliftInstruction *insn = PODLIFT_AST_INSTRUCTION (ast, i);
          char *lands;

          if (insn->kind == PODLIFT_INSTRUCTION_WORKDIR && insn->words->len > 0)
            {
              char *next = resolve_path (workdir,
                                         ((PodliftWord *)g_ptr_array_index (insn->words, 0))->text);
              g_free (workdir);
              workdir = next;
            }
          else if ((insn->kind == PODLIFT_INSTRUCTION_COPY || insn->kind == PODLIFT_INSTRUCTION_ADD) &&
                   (lands = instruction_copies (ast, insn, stage->index, workdir, file, is_dir)) != NULL)
            {
              g_free (found);
              found = lands;
            }
        }
    }

  return found;
}

void
podlift_answer_check_files (PodliftAnswerCheck *check,
                            const char * const *image_files)
{
  const PodliftDockerfileAst *ast = check->ast;
  guint final = ast->stages->len - 1;
  const PodliftInstruction *from = PODLIFT_AST_INSTRUCTION (ast, PODLIFT_AST_STAGE (ast, final)->from);

  for (guint i = 0; image_files[i] != NULL; i++)
    {
      g_autofree char *file = normalise_path (image_files[i]);
      g_autofree char *found = NULL;
      g_autofree char *message = NULL;

      if (file[0] == '\0')
        continue;

      found = stage_holds (ast, final, file, g_str_has_suffix (image_files[i], "/"));
      if (found != NULL)
        continue;

      message = g_strdup_printf ("%s is not copied into the final stage, but the application "
                                 "needs it at run time (Knowledge)", image_files[i]);
      podlift_answer_check_report (check, "PL103", from, message, &from->range, NULL, NULL, NULL);
    }
}
