/* podlift-dockerfile-parser.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-dockerfile-parser"

#include "config.h"

#include "podlift-dockerfile-parser-private.h"

/* A Dockerfile parser that reads the file as BuildKit does
 * (moby/buildkit frontend/dockerfile/parser), made to run on every
 * keystroke. It goes over the byte buffer once, line by line. An
 * instruction continued over several lines is joined into one logical
 * line made of pieces that remember where they come from, so every
 * word, flag and pair gets its range in the text; columns are counted
 * only where a range is asked for, and only in lines that are not
 * ASCII. Every string and structure of the tree lives in a few large
 * blocks freed at once, and all the empty arrays are one shared array;
 * the blocks and arrays of a freed tree serve the next parse of the
 * thread (podlift-dockerfile-parser-memory.c). Nothing stops the parse:
 * a problem becomes a PodliftParseError and the next line is read. */

/* One line of the text, without its "\n" or "\r\n". */
typedef struct
{
  const char *start;
  gsize       len;
  guint       number;
  guint       ascii : 1;
  guint       valid : 1;
  guint       nul : 1;
  guint       newline : 1;              /* it ends with "\n", not with the text */
} PodliftLine;

/* Lines */

static PodliftPosition
line_position (const PodliftLine *line,
               const char        *at)
{
  gsize bytes = at - line->start;
  PodliftPosition pos = { line->number, 1 };

  pos.column += line->ascii ? bytes : count_chars (line->start, bytes);

  return pos;
}

static gboolean
read_line (PodliftParser *self,
           PodliftLine   *line)
{
  const char *nl;
  guint64 high = 0, zero = 0;
  gsize i;

  if (self->pos >= self->end)
    return FALSE;

  nl = memchr (self->pos, '\n', self->end - self->pos);
  line->start = self->pos;
  line->len = (nl != NULL ? nl : self->end) - self->pos;
  line->newline = nl != NULL;
  self->pos = nl != NULL ? nl + 1 : self->end;
  if (line->len > 0 && line->start[line->len - 1] == '\r')
    line->len--;
  line->number = ++self->line_no;

  /* ASCII and NUL checks, eight bytes at a time; the last eight again
   * for the rest of a line that has them. */
  for (i = 0; i + 8 <= line->len; i += 8)
    {
      guint64 v;

      memcpy (&v, line->start + i, 8);
      high |= v;
      zero |= (v - G_GUINT64_CONSTANT (0x0101010101010101)) & ~v;
    }
  if (i < line->len && line->len >= 8)
    {
      guint64 v;

      memcpy (&v, line->start + line->len - 8, 8);
      high |= v;
      zero |= (v - G_GUINT64_CONSTANT (0x0101010101010101)) & ~v;
    }
  else
    for (; i < line->len; i++)
      {
        high |= (guchar) line->start[i];
        zero |= line->start[i] == '\0' ? 0x80 : 0;
      }
  line->ascii = (high & G_GUINT64_CONSTANT (0x8080808080808080)) == 0;
  line->nul = (zero & G_GUINT64_CONSTANT (0x8080808080808080)) != 0;
  line->valid = !line->nul && (line->ascii || g_utf8_validate_len (line->start, line->len, NULL));

  return TRUE;
}

static const char *
line_skip_space (const PodliftLine *line)
{
  const char *p = line->start;
  const char *end = line->start + line->len;

  while (p < end && is_space (*p))
    p++;

  return p;
}

/* Errors */

PodliftParseError *
podlift_parser_add_error (PodliftParser      *self,
                          const PodliftRange *range,
                          const char         *format,
                          ...)
{
  PodliftParseError *error = arena_alloc0 (self->priv, sizeof *error);
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  error->message = arena_strndup (self->priv, message, strlen (message));
  error->range = *range;
  g_ptr_array_add (self->ast->errors, error);

  return error;
}

/* A line that is not text is skipped; a run of them is one error. */
static void
report_invalid_line (PodliftParser     *self,
                     const PodliftLine *line)
{
  PodliftRange range;

  /* Not text: its columns are bytes. */
  range.start.line = range.end.line = line->number;
  range.start.column = 1;
  range.end.column = 1 + line->len;

  if (self->invalid != NULL && self->invalid_line + 1 == line->number)
    self->invalid->range.end = range.end;
  else if (line->nul)
    self->invalid = podlift_parser_add_error (self, &range,
                                              "binary data: the line holds a NUL byte");
  else
    self->invalid = podlift_parser_add_error (self, &range, "the line is not valid UTF-8");

  self->invalid_line = line->number;
}

static void
append_instruction (PodliftParser      *self,
                    PodliftInstruction *insn)
{
  PodliftDockerfileAst *ast = self->ast;
  PodliftInstruction *nested;

  if (insn->kind == PODLIFT_INSTRUCTION_FROM)
    {
      PodliftStage *stage = arena_alloc0 (self->priv, sizeof *stage);

      stage->name = insn->stage_name;
      stage->index = ast->stages->len;
      stage->from = ast->instructions->len;
      g_ptr_array_add (ast->stages, stage);
      self->stage = stage;
    }

  for (nested = insn; nested != NULL; nested = nested->onbuild)
    nested->stage = self->stage != NULL ? self->stage->index : G_MAXUINT;
  if (self->stage != NULL)
    self->stage->last = ast->instructions->len;

  g_ptr_array_add (ast->instructions, insn);
}

/* Heredocs: a word [n]<<[-]WORD of RUN, COPY or ADD in shell form, its
 * body in the lines that follow, up to a line that is WORD. */

static PodliftHeredoc *
heredoc_from_word (PodliftParser     *self,
                   const PodliftWord *word,
                   const PodliftSpan *span)
{
  const char *rest = word->raw;
  PodliftHeredoc *heredoc;
  gboolean strip;

  while (g_ascii_isdigit (*rest))
    rest++;
  if (rest[0] != '<' || rest[1] != '<')
    return NULL;
  rest += 2;
  strip = rest[0] == '-';
  rest += strip;
  if (rest[0] == '\0' || strchr (rest, '<') != NULL)
    return NULL;

  heredoc = arena_alloc0 (self->priv, sizeof *heredoc);
  heredoc->delimiter = podlift_parser_unquote_dup (self, span->start + (rest - word->raw),
                                                   span->end, FALSE, '\\');
  if (heredoc->delimiter[0] == '\0')
    return NULL;
  heredoc->strip_tabs = strip;
  heredoc->quoted = strpbrk (rest, "\"'") != NULL;
  heredoc->range = word->range;

  return heredoc;
}

static void
read_heredoc_body (PodliftParser      *self,
                   PodliftInstruction *insn,
                   PodliftHeredoc     *heredoc)
{
  gsize delimiter_len = strlen (heredoc->delimiter);
  PodliftPosition end = insn->range.end;
  gboolean terminated = FALSE;
  PodliftLine line;

  g_string_truncate (self->scratch, 0);
  heredoc->body_range.start.line = self->line_no + 1;
  heredoc->body_range.start.column = 1;

  while (!terminated && read_line (self, &line))
    {
      const char *p = line.start;
      gsize len = line.len;

      if (!line.valid)
        {
          report_invalid_line (self, &line);
          continue;
        }
      end = line_position (&line, line.start + line.len);
      while (heredoc->strip_tabs && len > 0 && *p == '\t')
        p++, len--;
      terminated = len == delimiter_len && memcmp (p, heredoc->delimiter, len) == 0;
      if (!terminated)
        {
          g_string_append_len (self->scratch, p, len);
          if (line.newline)
            g_string_append_c (self->scratch, '\n');
        }
    }

  heredoc->body = arena_strndup (self->priv, self->scratch->str, self->scratch->len);
  if (terminated)
    {
      heredoc->body_range.end.line = line.number;
      heredoc->body_range.end.column = 1;
    }
  else
    {
      podlift_parser_add_error (self, &heredoc->range, "unterminated heredoc");
      heredoc->body_range.end = end;
      if (heredoc->body_range.start.line > end.line)
        heredoc->body_range.start = end;
    }
  heredoc->range.end = end;
  insn->range.end = end;
}

static void
read_heredocs (PodliftParser      *self,
               PodliftInstruction *insn)
{
  guint i;

  for (i = 0; i < insn->words->len; i++)
    {
      PodliftHeredoc *heredoc = heredoc_from_word (self, insn->words->pdata[i],
                                                   &self->spans.items[i]);

      if (heredoc != NULL)
        podlift_parser_array_add (self->priv, &insn->heredocs, heredoc);
    }

  for (i = 0; i < insn->heredocs->len; i++)
    read_heredoc_body (self, insn, insn->heredocs->pdata[i]);
}

/* Lines and continuations */

/* Adds the line from @from to the logical line, without a final escape
 * (then TRUE: the instruction goes on) and the blanks after it. */
static gboolean
add_piece (PodliftParser     *self,
           const PodliftLine *line,
           const char        *from)
{
  const char *end = line->start + line->len;
  const char *e = end;
  gboolean more = FALSE;
  PodliftPiece piece = { 0 };

  while (e > from && (e[-1] == ' ' || e[-1] == '\t'))
    e--;
  if (e > from && e[-1] == self->escape && (e - 1 == from || e[-2] != self->escape))
    {
      end = e - 1;
      more = TRUE;
    }

  if (end > from)
    {
      piece.src = from;
      piece.offset = self->text_len;
      piece.len = end - from;
      piece.line = line->number;
      piece.column = line_position (line, from).column;
      piece.ascii = line->ascii;
      if (self->n_pieces == self->pieces_alloc)
        {
          self->pieces_alloc = MAX (16, self->pieces_alloc * 2);
          self->pieces = g_renew (PodliftPiece, self->pieces, self->pieces_alloc);
        }
      self->pieces[self->n_pieces++] = piece;
      self->text_len += piece.len;
    }

  return more;
}

/* Most instructions hold on one line, read where it is; the others are
 * copied together. */
static void
join_pieces (PodliftParser *self)
{
  const PodliftPiece *pieces = self->pieces;
  guint i;

  if (self->n_pieces == 1)
    {
      self->text = pieces[0].src;
      return;
    }

  g_string_set_size (self->buf, self->text_len);
  for (i = 0; i < self->n_pieces; i++)
    memcpy (self->buf->str + pieces[i].offset, pieces[i].src, pieces[i].len);
  self->text = self->buf->str;
}

static void
parse_instruction (PodliftParser     *self,
                   const PodliftLine *first,
                   const char        *start)
{
  PodliftLine line, last = *first;
  PodliftInstruction *insn;
  gboolean more;

  self->n_pieces = 0;
  self->text_len = 0;
  self->hint = 0;

  more = add_piece (self, first, start);
  while (more && read_line (self, &line))
    {
      const char *p = line_skip_space (&line);

      /* Blank lines and comment lines inside do not end it. */
      if (!line.valid)
        report_invalid_line (self, &line);
      else if (p < line.start + line.len && *p != '#')
        {
          more = add_piece (self, &line, line.start);
          last = line;
        }
    }

  join_pieces (self);
  if (skip_space (self->text, 0, self->text_len) == self->text_len)
    return;

  insn = podlift_parser_build_instruction (self, 0, 0);
  insn->range.end = line_position (&last, last.start + last.len);
  if ((insn->kind == PODLIFT_INSTRUCTION_RUN || insn->kind == PODLIFT_INSTRUCTION_COPY
       || insn->kind == PODLIFT_INSTRUCTION_ADD)
      && !insn->exec_form && strchr (insn->arguments, '<') != NULL
      && strstr (insn->arguments, "<<") != NULL)
    read_heredocs (self, insn);

  append_instruction (self, insn);
}

static void
add_comment (PodliftParser     *self,
             const PodliftLine *line,
             const char        *hash)
{
  const char *end = line->start + line->len;
  PodliftInstruction *insn = podlift_parser_new_instruction (self, PODLIFT_INSTRUCTION_COMMENT);

  insn->keyword = arena_strndup (self->priv, "#", 1);
  insn->keyword_range.start = line_position (line, hash);
  insn->keyword_range.end = line_position (line, hash + 1);
  insn->arguments = arena_strndup (self->priv, hash + 1, end - hash - 1);
  insn->arguments_range.start = insn->keyword_range.end;
  insn->arguments_range.end = line_position (line, end);
  insn->range.start = insn->keyword_range.start;
  insn->range.end = insn->arguments_range.end;

  append_instruction (self, insn);
}

/* Parser directives: "# name=value" lines at the very top, as
 * BuildKit reads them (syntax, escape, check; each once). */

static gboolean
add_directive (PodliftParser     *self,
               const PodliftLine *line,
               const char        *name,
               gsize              name_len,
               const char        *value,
               gsize              value_len)
{
  static const char * const known[] = { "syntax", "escape", "check" };
  PodliftDirective *directive;
  PodliftRange range;
  guint i;

  for (i = 0; i < G_N_ELEMENTS (known); i++)
    if (strlen (known[i]) == name_len && g_ascii_strncasecmp (known[i], name, name_len) == 0)
      break;
  if (i == G_N_ELEMENTS (known))
    return FALSE;

  range.start.line = line->number;
  range.start.column = 1;
  range.end = line_position (line, line->start + line->len);

  for (guint j = 0; j < self->ast->directives->len; j++)
    if (strcmp (((PodliftDirective *) self->ast->directives->pdata[j])->name, known[i]) == 0)
      {
        podlift_parser_add_error (self, &range, "only one %s parser directive can be used",
                                  known[i]);
        return TRUE;
      }

  if (i == 1 && (value_len != 1 || (value[0] != '\\' && value[0] != '`')))
    {
      podlift_parser_add_error (self, &range, "invalid escape token '%.*s' does not match ` or \\",
                                (int) value_len, value);
      return TRUE;
    }
  if (i == 1)
    self->escape = self->ast->escape = value[0];

  directive = arena_alloc (self->priv, sizeof *directive);
  directive->name = arena_strndup (self->priv, known[i], strlen (known[i]));
  directive->value = arena_strndup (self->priv, value, value_len);
  directive->line = line->number;
  g_ptr_array_add (self->ast->directives, directive);

  return TRUE;
}

static gboolean
parse_directive (PodliftParser     *self,
                 const PodliftLine *line,
                 const char        *p)
{
  const char *end = line->start + line->len;
  const char *name, *value;
  gsize name_len;

  if (p == end || *p != '#')
    return FALSE;
  for (p++; p < end && is_space (*p); p++)
    ;
  name = p;
  if (p == end || !g_ascii_isalpha (*p))
    return FALSE;
  while (p < end && g_ascii_isalnum (*p))
    p++;
  name_len = p - name;
  while (p < end && is_space (*p))
    p++;
  if (p == end || *p != '=')
    return FALSE;
  for (value = p + 1; value < end && is_space (*value); value++)
    ;
  while (end > value && is_space (end[-1]))
    end--;
  if (end == value)
    return FALSE;

  return add_directive (self, line, name, name_len, value, end - value);
}

static void
parse_lines (PodliftParser *self)
{
  gboolean directives = TRUE;
  PodliftLine line;

  while (read_line (self, &line))
    {
      const char *p;

      if (!line.valid)
        {
          report_invalid_line (self, &line);
          directives = FALSE;
          continue;
        }

      p = line_skip_space (&line);
      if (directives && parse_directive (self, &line, p))
        continue;
      directives = FALSE;

      if (p == line.start + line.len)
        continue;
      if (*p == '#')
        add_comment (self, &line, p);
      else
        parse_instruction (self, &line, p);
    }
}

static int
compare_errors (gconstpointer a,
                gconstpointer b)
{
  const PodliftParseError *ea = *(PodliftParseError * const *) a;
  const PodliftParseError *eb = *(PodliftParseError * const *) b;

  if (ea->range.start.line != eb->range.start.line)
    return ea->range.start.line < eb->range.start.line ? -1 : 1;
  if (ea->range.start.column != eb->range.start.column)
    return ea->range.start.column < eb->range.start.column ? -1 : 1;

  return 0;
}

/**
 * podlift_dockerfile_parse:
 * @text: the Dockerfile
 * @length: its length in bytes, or -1 when it ends with a NUL
 *
 * Parses @text the way BuildKit reads it. Never fails: what cannot be
 * read becomes an error of the tree, and the rest is parsed.
 *
 * Returns: (transfer full): the parsed file
 */
PodliftDockerfileAst *
podlift_dockerfile_parse (const char *text,
                          gssize      length)
{
  PodliftAstPrivate *priv;
  PodliftParser self = { 0 };

  g_return_val_if_fail (text != NULL || length <= 0, NULL);

  if (text == NULL)
    text = "";
  if (length < 0)
    length = strlen (text);

  priv = g_new0 (PodliftAstPrivate, 1);
  priv->spares = podlift_parser_get_spares ();
  priv->empty = g_ptr_array_new ();
  priv->ast.instructions = podlift_parser_instructions_new (priv->spares, length);
  priv->ast.directives = g_ptr_array_new ();
  priv->ast.stages = g_ptr_array_new ();
  priv->ast.errors = g_ptr_array_new ();
  priv->ast.escape = '\\';

  self.priv = priv;
  self.ast = &priv->ast;
  self.pos = text;
  self.end = text + length;
  self.escape = '\\';
  self.buf = g_string_sized_new (256);
  self.scratch = g_string_sized_new (256);

  if (length >= 3 && memcmp (text, "\xEF\xBB\xBF", 3) == 0)
    self.pos += 3;

  parse_lines (&self);

  if (priv->ast.errors->len > 1)
    g_ptr_array_sort (priv->ast.errors, compare_errors);

  g_string_free (self.buf, TRUE);
  g_string_free (self.scratch, TRUE);
  g_free (self.pieces);
  g_free (self.spans.items);
  priv->spares = NULL;

  return &priv->ast;
}
