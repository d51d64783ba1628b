/* podlift-dockerfile-linter-pragmas.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-dockerfile-linter"

#include "config.h"

#include <string.h>

#include "podlift-dockerfile-linter-private.h"

/* hadolint's inline pragmas: "# hadolint ignore=…" for the next line,
 * "global ignore=…" for the file and "stage ignore=…" up to the next
 * FROM, read once a lint and asked about each finding. */

static const char *
skip_blanks (const char *p)
{
  while (*p == ' ' || *p == '\t')
    p++;

  return p;
}

/* @word then at least one blank (or, with @then_equal, blanks and '='). */
static const char *
skip_keyword (const char *p,
              const char *word,
              gboolean    then_equal)
{
  gsize length = strlen (word);
  const char *after;

  if (strncmp (p, word, length) != 0)
    return NULL;

  after = skip_blanks (p + length);

  if (then_equal)
    return *after == '=' ? skip_blanks (after + 1) : NULL;

  return after > p + length ? after : NULL;
}

/* The codes of "ignore=A, B # why" up to the end: NULL unless the whole
 * text is a list of codes (as hadolint: anything else is a comment). */
static char **
parse_code_list (const char *p)
{
  g_autoptr(GPtrArray) codes = g_ptr_array_new_with_free_func (g_free);

  for (;;)
    {
      const char *start = p;

      while (g_ascii_isalnum (*p))
        p++;
      if (p == start)
        return NULL;

      g_ptr_array_add (codes, g_strndup (start, p - start));
      p = skip_blanks (p);

      if (*p == '#' || *p == '\0' || *p == '\r' || *p == '\n')
        break;
      if (*p != ',')
        return NULL;
      p = skip_blanks (p + 1);
    }

  g_ptr_array_add (codes, NULL);
  return (char **)g_ptr_array_free (g_steal_pointer (&codes), FALSE);
}

typedef enum
{
  PRAGMA_NONE,
  PRAGMA_NEXT_LINE,
  PRAGMA_GLOBAL,
  PRAGMA_STAGE,
} PragmaKind;

/* "# hadolint ignore=…", "# hadolint global ignore=…", "# hadolint stage
 * ignore=…" (hadolint 2.15). */
static PragmaKind
parse_pragma (const char   *comment,
              char       ***codes)
{
  const char *p = skip_keyword (skip_blanks (comment), "hadolint", FALSE);
  PragmaKind kind = PRAGMA_NEXT_LINE;
  const char *after;

  if (p == NULL)
    return PRAGMA_NONE;

  if ((after = skip_keyword (p, "global", FALSE)) != NULL)
    kind = PRAGMA_GLOBAL;
  else if ((after = skip_keyword (p, "stage", FALSE)) != NULL)
    kind = PRAGMA_STAGE;
  else
    after = p;

  after = skip_keyword (after, "ignore", TRUE);
  if (after == NULL || (*codes = parse_code_list (after)) == NULL)
    return PRAGMA_NONE;

  return kind;
}

static void
stage_ignore_clear (gpointer data)
{
  StageIgnore *stage = data;

  g_strfreev (stage->codes);
}

static void
pragmas_add (PodliftPragmas  *pragmas,
             PragmaKind      kind,
             char          **codes,
             guint           line)
{
  if (kind == PRAGMA_NEXT_LINE)
    {
      if (pragmas->lines == NULL)
        pragmas->lines = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify)g_strfreev);
      g_hash_table_replace (pragmas->lines, GUINT_TO_POINTER (line + 1), codes);
    }
  else if (kind == PRAGMA_GLOBAL)
    {
      if (pragmas->global == NULL)
        pragmas->global = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = 0; codes[i] != NULL; i++)
        g_hash_table_add (pragmas->global, g_steal_pointer (&codes[i]));
      g_free (codes);
    }
  else
    {
      StageIgnore stage = { line + 1, G_MAXUINT, codes };

      if (pragmas->stages == NULL)
        {
          pragmas->stages = g_array_new (FALSE, FALSE, sizeof (StageIgnore));
          g_array_set_clear_func (pragmas->stages, stage_ignore_clear);
        }
      g_array_append_val (pragmas->stages, stage);
    }
}

/* A stage pragma lasts until the next FROM. */
static void
pragmas_end_stage (PodliftPragmas *pragmas,
                   guint           from_line)
{
  if (pragmas->stages == NULL)
    return;

  for (guint i = 0; i < pragmas->stages->len; i++)
    {
      StageIgnore *stage = &g_array_index (pragmas->stages, StageIgnore, i);

      if (stage->last_line == G_MAXUINT && from_line >= stage->first_line)
        stage->last_line = from_line - 1;
    }
}

void
podlift_pragmas_collect (PodliftPragmas             *pragmas,
                         const PodliftDockerfileAst *ast)
{
  for (guint i = 0; i < ast->instructions->len; i++)
    {
      const PodliftInstruction *instruction = g_ptr_array_index (ast->instructions, i);
      char **codes = NULL;
      PragmaKind kind;

      if (instruction->kind == PODLIFT_INSTRUCTION_FROM)
        pragmas_end_stage (pragmas, instruction->range.start.line);

      if (instruction->kind != PODLIFT_INSTRUCTION_COMMENT || instruction->arguments == NULL ||
          strstr (instruction->arguments, "hadolint") == NULL)
        continue;

      kind = parse_pragma (instruction->arguments, &codes);
      if (kind != PRAGMA_NONE)
        pragmas_add (pragmas, kind, codes, instruction->range.start.line);
    }
}

void
podlift_pragmas_clear (PodliftPragmas *pragmas)
{
  g_clear_pointer (&pragmas->lines, g_hash_table_unref);
  g_clear_pointer (&pragmas->global, g_hash_table_unref);
  g_clear_pointer (&pragmas->stages, g_array_unref);
}

static gboolean
strv_has (char       **codes,
          const char  *code)
{
  return codes != NULL && g_strv_contains ((const char * const *)codes, code);
}

gboolean
podlift_pragmas_ignore (const PodliftPragmas *pragmas,
                        const char           *code,
                        guint                 line)
{
  if (pragmas->global != NULL && g_hash_table_contains (pragmas->global, code))
    return TRUE;

  if (pragmas->lines != NULL &&
      strv_has (g_hash_table_lookup (pragmas->lines, GUINT_TO_POINTER (line)), code))
    return TRUE;

  for (guint i = 0; pragmas->stages != NULL && i < pragmas->stages->len; i++)
    {
      const StageIgnore *stage = &g_array_index (pragmas->stages, StageIgnore, i);

      if (line >= stage->first_line && line <= stage->last_line && strv_has (stage->codes, code))
        return TRUE;
    }

  return FALSE;
}
