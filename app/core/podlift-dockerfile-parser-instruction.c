/* podlift-dockerfile-parser-instruction.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-dockerfile-parser"

#include "config.h"

#include "podlift-dockerfile-parser-private.h"

/* One logical line made an instruction, as BuildKit reads it: the
 * keyword, the flags, then the arguments by kind (exec form, shell
 * words, KEY=value pairs, the image of FROM, HEALTHCHECK's command,
 * the instruction ONBUILD wraps), with a range for each part. */

#define MAX_ONBUILD_DEPTH 4
#define NO_EQUAL          G_MAXSIZE

static const char * const kind_names[] = {
  "UNKNOWN", "COMMENT", "ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV", "EXPOSE", "FROM",
  "HEALTHCHECK", "LABEL", "MAINTAINER", "ONBUILD", "RUN", "SHELL", "STOPSIGNAL", "USER",
  "VOLUME", "WORKDIR",
};

G_STATIC_ASSERT (G_N_ELEMENTS (kind_names) == PODLIFT_INSTRUCTION_WORKDIR + 1);

/* Words, quotes and escapes */

/* The end of the word at @i: whitespace inside quotes or after an
 * escape does not end it. */
static gsize
scan_word (const char *b,
           gsize       i,
           gsize       end,
           char        escape,
           gboolean   *plain)
{
  char quote = 0;

  for (; i < end; i++)
    {
      char c;

      while (i < end && (char_class[(guchar) b[i]] & CHAR_SPECIAL) == 0)
        i++;
      if (i == end)
        break;

      c = b[i];
      if (quote == '\'')
        {
          if (c == '\'')
            quote = 0;
        }
      else if (c == escape)
        {
          *plain = FALSE;
          i++;
        }
      else if (quote != 0)
        {
          if (c == quote)
            quote = 0;
        }
      else if (c == '"' || c == '\'')
        {
          quote = c;
          *plain = FALSE;
        }
      else if (is_space (c))
        break;
    }

  return MIN (i, end);
}

/* Quotes removed as the shell does: nothing is escaped between single
 * quotes; between double quotes only ", $ and the escape itself. Each
 * byte written stands for one read or more, so @out needs no more
 * than end - start bytes. Returns how many it wrote. */
static gsize
unquote (char       *out,
         const char *b,
         gsize       start,
         gsize       end,
         char        escape)
{
  char *o = out;
  char quote = 0;
  gsize i, run;

  for (i = start; i < end; i++)
    {
      char c;

      for (run = i; i < end && (char_class[(guchar) b[i]] & CHAR_SPECIAL) == 0; i++)
        ;
      memcpy (o, b + run, i - run);
      o += i - run;
      if (i == end)
        break;

      c = b[i];
      if (quote == '\'' && c != '\'')
        *o++ = c;
      else if (c == quote || (quote == 0 && (c == '"' || c == '\'')))
        quote = c == quote ? 0 : c;
      else if (c != escape)
        *o++ = c;
      else if (i + 1 < end
               && (quote == 0 || b[i + 1] == '"' || b[i + 1] == '$' || b[i + 1] == escape))
        *o++ = b[++i];
      else if (i + 1 < end)
        *o++ = c;
    }

  return o - out;
}

char *
podlift_parser_unquote_dup (PodliftParser *self,
                            gsize          start,
                            gsize          end,
                            gboolean       plain,
                            char           escape)
{
  char *copy;

  if (plain)
    return arena_strndup (self->priv, self->text + start, end - start);

  copy = arena_alloc (self->priv, end - start + 1);
  copy[unquote (copy, self->text, start, end, escape)] = '\0';

  return copy;
}

/* The words of the spans of [start, end): their raw spellings are one
 * copy of the text, cut at the end of each word (a blank, or the end). */
static GPtrArray *
words_from_spans (PodliftParser *self,
                  gsize          start,
                  gsize          end)
{
  GPtrArray *words;
  PodliftWord *items;
  char *raw;
  guint i;

  if (self->spans.len == 0)
    return self->priv->empty;

  raw = arena_strndup (self->priv, self->text + start, end - start);
  items = arena_alloc (self->priv, self->spans.len * sizeof (PodliftWord));
  words = podlift_parser_array_new (self->priv, self->spans.len);
  for (i = 0; i < self->spans.len; i++)
    {
      const PodliftSpan *span = &self->spans.items[i];
      PodliftWord *word = &items[i];

      word->raw = raw + (span->start - start);
      raw[span->end - start] = '\0';
      if (span->plain)
        word->text = word->raw;
      else
        word->text = podlift_parser_unquote_dup (self, span->start, span->end, FALSE,
                                                 self->escape);
      word->range = logical_range (self, span->start, span->end);
      words->pdata[i] = word;
    }

  return words;
}

static GPtrArray *
split_words (PodliftParser *self,
             gsize          start,
             gsize          end)
{
  const char *b = self->text;
  gsize from = start;

  self->spans.len = 0;
  start = skip_space (b, start, end);
  while (start < end)
    {
      PodliftSpan span = { start, 0, TRUE };

      span.end = scan_word (b, start, end, self->escape, &span.plain);
      span_list_push (&self->spans, &span);
      start = skip_space (b, span.end, end);
    }

  return words_from_spans (self, from, end);
}

/* Flags: --name=value words before the arguments, as BuildKit's
 * extractBuilderFlags takes them ("--" ends them). */

static void
add_flag (PodliftParser      *self,
          PodliftInstruction *insn,
          gsize               start,
          gsize               end,
          gboolean            plain)
{
  const char *b = self->text;
  const char *eq = memchr (b + start, '=', end - start);
  gsize name_end = eq != NULL ? (gsize) (eq - b) : end;
  PodliftFlag *flag = arena_alloc0 (self->priv, sizeof *flag);

  flag->name = arena_strndup (self->priv, b + start + 2, name_end - start - 2);
  flag->range = logical_range (self, start, end);
  if (eq != NULL)
    {
      flag->value = podlift_parser_unquote_dup (self, name_end + 1, end, plain, '\\');
      flag->value_range = logical_range (self, name_end + 1, end);
    }
  else
    flag->value_range = logical_range (self, end, end);

  podlift_parser_array_add (self->priv, &insn->flags, flag);
}

static gsize
parse_flags (PodliftParser      *self,
             PodliftInstruction *insn,
             gsize               start,
             gsize               end)
{
  const char *b = self->text;

  while (start + 1 < end && b[start] == '-' && b[start + 1] == '-')
    {
      gboolean plain = TRUE;
      gsize word_end = scan_word (b, start, end, '\\', &plain);

      if (word_end - start == 2)
        return skip_space (b, word_end, end);

      add_flag (self, insn, start, word_end, plain);
      start = skip_space (b, word_end, end);
    }

  return start;
}

/* FROM */

/* name[:tag][@digest]; a ':' before the last '/' is a registry port,
 * and ${…} is skipped whole. */
static void
split_image (PodliftParser      *self,
             PodliftInstruction *insn,
             const char         *image)
{
  gssize at = -1, colon = -1, slash = -1;
  guint depth = 0;
  gsize i, name_end;

  for (i = 0; image[i] != '\0'; i++)
    {
      char c = image[i];

      if (c == '$' && image[i + 1] == '{')
        depth++, i++;
      else if (c == '}' && depth > 0)
        depth--;
      else if (depth > 0 || at >= 0)
        continue;
      else if (c == '@')
        at = i;
      else if (c == '/')
        slash = i;
      else if (c == ':')
        colon = i;
    }

  name_end = at >= 0 ? (gsize) at : i;
  if (at >= 0)
    insn->image_digest = arena_strndup (self->priv, image + at + 1, i - at - 1);
  if (colon > slash)
    {
      insn->image_tag = arena_strndup (self->priv, image + colon + 1, name_end - colon - 1);
      name_end = colon;
    }
  insn->image_name = arena_strndup (self->priv, image, name_end);
}

static void
parse_from (PodliftParser      *self,
            PodliftInstruction *insn)
{
  GPtrArray *words = insn->words;
  PodliftWord *image;
  gboolean named;

  if (words->len == 0)
    return;

  named = words->len >= 3
          && g_ascii_strcasecmp (((PodliftWord *) words->pdata[1])->text, "AS") == 0;
  if (words->len != 1 && !(named && words->len == 3))
    podlift_parser_add_error (self, &insn->arguments_range,
                              "FROM requires either one or three arguments");

  image = words->pdata[0];
  insn->image = image->text;
  insn->image_range = image->range;
  split_image (self, insn, image->text);
  if (named)
    insn->stage_name = ((PodliftWord *) words->pdata[2])->text;
}

/* ENV, LABEL and ARG */

static void
add_pair (PodliftParser      *self,
          PodliftInstruction *insn,
          const PodliftSpan  *key,
          gsize               value_start,
          gsize               value_end)
{
  PodliftKeyValue *pair = arena_alloc0 (self->priv, sizeof *pair);

  pair->key = podlift_parser_unquote_dup (self, key->start, key->end, key->plain, self->escape);
  pair->key_range = logical_range (self, key->start, key->end);
  pair->range = logical_range (self, key->start, value_end);
  if (value_start != NO_EQUAL)
    {
      pair->value = podlift_parser_unquote_dup (self, value_start, value_end, key->plain,
                                                self->escape);
      pair->value_range = logical_range (self, value_start, value_end);
    }
  else
    pair->value_range = logical_range (self, key->end, key->end);

  if (pair->key[0] == '\0')
    podlift_parser_add_error (self, &pair->range, "%s names can not be blank",
                              kind_names[insn->kind]);

  podlift_parser_array_add (self->priv, &insn->pairs, pair);
}

/* KEY=value … or the legacy "KEY value with spaces" (ENV, LABEL);
 * ARG takes NAME or NAME=value words. */
static void
parse_pairs (PodliftParser      *self,
             PodliftInstruction *insn,
             gsize               end)
{
  const PodliftSpan *spans = self->spans.items;
  gboolean arg = insn->kind == PODLIFT_INSTRUCTION_ARG;
  guint i;

  if (self->spans.len == 0)
    return;

  if (!arg && strchr (((PodliftWord *) insn->words->pdata[0])->raw, '=') == NULL)
    {
      if (self->spans.len < 2)
        podlift_parser_add_error (self, &insn->arguments_range, "%s must have two arguments",
                                  kind_names[insn->kind]);
      else
        {
          PodliftSpan key = spans[0];

          key.plain = FALSE;
          add_pair (self, insn, &key, spans[1].start, end);
        }
      return;
    }

  for (i = 0; i < self->spans.len; i++)
    {
      PodliftWord *word = insn->words->pdata[i];
      const char *eq = strchr (word->raw, '=');
      PodliftSpan key = spans[i];

      if (eq == NULL && !arg)
        {
          podlift_parser_add_error (self, &word->range,
                                    "Syntax error - can't find = in \"%s\". "
                                    "Must be of the form: name=value",
                                    word->raw);
          continue;
        }
      if (eq != NULL)
        key.end = key.start + (eq - word->raw);
      add_pair (self, insn, &key, eq != NULL ? key.end + 1 : NO_EQUAL, spans[i].end);
    }
}

/* HEALTHCHECK NONE, or HEALTHCHECK [flags] CMD command */
static void
parse_healthcheck (PodliftParser      *self,
                   PodliftInstruction *insn,
                   gsize               start,
                   gsize               end)
{
  const char *b = self->text;
  gsize type_end = start;
  gsize rest;
  PodliftRange range;

  while (type_end < end && !is_space (b[type_end]))
    type_end++;
  if (type_end == start)
    return;
  rest = skip_space (b, type_end, end);
  range = logical_range (self, start, type_end);

  if (type_end - start == 4 && g_ascii_strncasecmp (b + start, "NONE", 4) == 0)
    {
      insn->healthcheck_none = TRUE;
      if (rest < end)
        podlift_parser_add_error (self, &insn->arguments_range,
                                  "HEALTHCHECK NONE takes no arguments");
    }
  else if (type_end - start == 3 && g_ascii_strncasecmp (b + start, "CMD", 3) == 0)
    {
      if (rest == end)
        podlift_parser_add_error (self, &range, "Missing command after HEALTHCHECK CMD");
      else if (!podlift_parser_parse_exec (self, insn, rest, end))
        insn->words = split_words (self, rest, end);
    }
  else
    {
      podlift_parser_add_error (self, &range, "Unknown type \"%.*s\" in HEALTHCHECK (try CMD)",
                                (int) (type_end - start), b + start);
      insn->words = split_words (self, start, end);
    }
}

static void
check_arguments (PodliftParser      *self,
                 PodliftInstruction *insn)
{
  const char *name = kind_names[insn->kind];
  const PodliftRange *range = &insn->keyword_range;
  guint n = insn->exec_form ? insn->exec_args->len : insn->words->len;

  switch (insn->kind)
    {
    case PODLIFT_INSTRUCTION_FROM:
      if (n == 0)
        podlift_parser_add_error (self, range, "FROM requires either one or three arguments");
      break;

    case PODLIFT_INSTRUCTION_ADD:
    case PODLIFT_INSTRUCTION_COPY:
      if (n < 2)
        podlift_parser_add_error (self, range,
                                  "%s requires at least two arguments: a source and a destination",
                                  name);
      break;

    case PODLIFT_INSTRUCTION_MAINTAINER:
    case PODLIFT_INSTRUCTION_STOPSIGNAL:
    case PODLIFT_INSTRUCTION_USER:
    case PODLIFT_INSTRUCTION_WORKDIR:
      if (n == 0)
        podlift_parser_add_error (self, range, "%s requires exactly one argument", name);
      break;

    case PODLIFT_INSTRUCTION_HEALTHCHECK:
    case PODLIFT_INSTRUCTION_ONBUILD:
      n = insn->arguments[0] != '\0';
      G_GNUC_FALLTHROUGH;
    case PODLIFT_INSTRUCTION_ARG:
    case PODLIFT_INSTRUCTION_ENV:
    case PODLIFT_INSTRUCTION_EXPOSE:
    case PODLIFT_INSTRUCTION_LABEL:
    case PODLIFT_INSTRUCTION_RUN:
    case PODLIFT_INSTRUCTION_SHELL:
    case PODLIFT_INSTRUCTION_VOLUME:
      if (n == 0)
        podlift_parser_add_error (self, range, "%s requires at least one argument", name);
      else if (insn->kind == PODLIFT_INSTRUCTION_SHELL && !insn->exec_form)
        podlift_parser_add_error (self, &insn->arguments_range,
                                  "SHELL requires the arguments to be in JSON form");
      break;

    case PODLIFT_INSTRUCTION_UNKNOWN:
    case PODLIFT_INSTRUCTION_COMMENT:
    case PODLIFT_INSTRUCTION_CMD:
    case PODLIFT_INSTRUCTION_ENTRYPOINT:
    default:
      break;
    }
}

/* Instructions */

/* Whether @word (@len bytes) is @name, in any case: names are upper case. */
static inline gboolean
keyword_is (const char *word,
            gsize       len,
            const char *name)
{
  gsize i;

  for (i = 0; i < len; i++)
    if (name[i] == '\0' || (word[i] & ~0x20) != name[i])
      return FALSE;

  return name[len] == '\0';
}

static PodliftInstructionKind
kind_from_keyword (const char *word,
                   gsize       len)
{
  static const PodliftInstructionKind by_letter[][3] = {
    ['A' - 'A'] = { PODLIFT_INSTRUCTION_ADD, PODLIFT_INSTRUCTION_ARG },
    ['C' - 'A'] = { PODLIFT_INSTRUCTION_COPY, PODLIFT_INSTRUCTION_CMD },
    ['E' - 'A'] = { PODLIFT_INSTRUCTION_ENV, PODLIFT_INSTRUCTION_EXPOSE,
                    PODLIFT_INSTRUCTION_ENTRYPOINT },
    ['F' - 'A'] = { PODLIFT_INSTRUCTION_FROM },
    ['H' - 'A'] = { PODLIFT_INSTRUCTION_HEALTHCHECK },
    ['L' - 'A'] = { PODLIFT_INSTRUCTION_LABEL },
    ['M' - 'A'] = { PODLIFT_INSTRUCTION_MAINTAINER },
    ['O' - 'A'] = { PODLIFT_INSTRUCTION_ONBUILD },
    ['R' - 'A'] = { PODLIFT_INSTRUCTION_RUN },
    ['S' - 'A'] = { PODLIFT_INSTRUCTION_SHELL, PODLIFT_INSTRUCTION_STOPSIGNAL },
    ['U' - 'A'] = { PODLIFT_INSTRUCTION_USER },
    ['V' - 'A'] = { PODLIFT_INSTRUCTION_VOLUME },
    ['W' - 'A'] = { PODLIFT_INSTRUCTION_WORKDIR },
  };
  guint letter = (guchar) (word[0] & ~0x20) - 'A';

  if (len == 0 || letter >= G_N_ELEMENTS (by_letter))
    return PODLIFT_INSTRUCTION_UNKNOWN;

  /* UNKNOWN (0) ends each list. */
  for (guint i = 0; i < 3 && by_letter[letter][i] != PODLIFT_INSTRUCTION_UNKNOWN; i++)
    if (keyword_is (word, len, kind_names[by_letter[letter][i]]))
      return by_letter[letter][i];

  return PODLIFT_INSTRUCTION_UNKNOWN;
}

static gboolean
kind_takes_flags (PodliftInstructionKind kind)
{
  return kind == PODLIFT_INSTRUCTION_FROM || kind == PODLIFT_INSTRUCTION_RUN
         || kind == PODLIFT_INSTRUCTION_COPY || kind == PODLIFT_INSTRUCTION_ADD
         || kind == PODLIFT_INSTRUCTION_HEALTHCHECK;
}

PodliftInstruction *
podlift_parser_new_instruction (PodliftParser          *self,
                                PodliftInstructionKind  kind)
{
  PodliftInstruction *insn = arena_alloc0 (self->priv, sizeof *insn);

  insn->kind = kind;
  insn->flags = self->priv->empty;
  insn->exec_args = self->priv->empty;
  insn->words = self->priv->empty;
  insn->pairs = self->priv->empty;
  insn->heredocs = self->priv->empty;
  insn->stage = G_MAXUINT;

  return insn;
}

static void
parse_arguments (PodliftParser      *self,
                 PodliftInstruction *insn,
                 gsize               start,
                 gsize               end)
{
  switch ((int) insn->kind)
    {
    case PODLIFT_INSTRUCTION_HEALTHCHECK:
      parse_healthcheck (self, insn, start, end);
      return;

    case PODLIFT_INSTRUCTION_ADD:
    case PODLIFT_INSTRUCTION_CMD:
    case PODLIFT_INSTRUCTION_COPY:
    case PODLIFT_INSTRUCTION_ENTRYPOINT:
    case PODLIFT_INSTRUCTION_RUN:
    case PODLIFT_INSTRUCTION_SHELL:
    case PODLIFT_INSTRUCTION_VOLUME:
      if (podlift_parser_parse_exec (self, insn, start, end))
        return;
      break;

    default:
      break;
    }

  insn->words = split_words (self, start, end);

  if (insn->kind == PODLIFT_INSTRUCTION_FROM)
    parse_from (self, insn);
  else if (insn->kind == PODLIFT_INSTRUCTION_ENV || insn->kind == PODLIFT_INSTRUCTION_LABEL
           || insn->kind == PODLIFT_INSTRUCTION_ARG)
    parse_pairs (self, insn, end);
}

/* The instruction that starts at @from in the logical line; ONBUILD
 * parses the rest of its line as one more instruction. */
PodliftInstruction *
podlift_parser_build_instruction (PodliftParser *self,
                                  gsize          from,
                                  guint          depth)
{
  const char *b = self->text;
  gsize start = skip_space (b, from, self->text_len);
  gsize end = self->text_len;
  gsize keyword_end = start;
  PodliftInstruction *insn;
  gsize args;

  while (keyword_end < end && !is_space (b[keyword_end]))
    keyword_end++;
  while (end > keyword_end && is_space (b[end - 1]))
    end--;

  insn = podlift_parser_new_instruction (self, kind_from_keyword (b + start, keyword_end - start));
  insn->keyword = arena_strndup (self->priv, b + start, keyword_end - start);
  insn->keyword_range = logical_range (self, start, keyword_end);
  insn->range = logical_range (self, start, end);
  if (insn->kind == PODLIFT_INSTRUCTION_UNKNOWN)
    podlift_parser_add_error (self, &insn->keyword_range, "unknown instruction: %s", insn->keyword);

  args = skip_space (b, keyword_end, end);
  if (kind_takes_flags (insn->kind))
    args = parse_flags (self, insn, args, end);
  insn->arguments = arena_strndup (self->priv, b + args, end - args);
  insn->arguments_range = logical_range (self, args, end);

  if (insn->kind != PODLIFT_INSTRUCTION_ONBUILD)
    parse_arguments (self, insn, args, end);
  else if (args < end && depth < MAX_ONBUILD_DEPTH)
    insn->onbuild = podlift_parser_build_instruction (self, args, depth + 1);

  check_arguments (self, insn);

  return insn;
}

const char *
podlift_instruction_kind_to_string (PodliftInstructionKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (kind_names), NULL);

  return kind_names[kind];
}
