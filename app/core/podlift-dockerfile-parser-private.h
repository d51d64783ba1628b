/* podlift-dockerfile-parser-private.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>

#include "podlift-dockerfile-ast.h"

G_BEGIN_DECLS

/* What the parts of the parser share: podlift-dockerfile-parser.c
 * reads the text into logical lines (continuations, heredocs,
 * directives, comments), podlift-dockerfile-parser-instruction.c makes
 * an instruction of a logical line (words, flags, pairs), with
 * podlift-dockerfile-parser-exec.c for the exec form, and
 * podlift-dockerfile-parser-memory.c keeps the memory of the trees.
 * The helpers on the hot path are inline. */

#define BLOCK_SIZE   (32 * 1024)
#define BLOCK_HEADER ((sizeof (PodliftBlock) + 15) & ~(gsize) 15)

typedef struct _PodliftBlock PodliftBlock;

/* A block of the tree's memory (see podlift-dockerfile-parser.c). */
struct _PodliftBlock
{
  PodliftBlock *next;
  gsize         used;
  gsize         size;
};

typedef struct _PodliftSpares PodliftSpares;

typedef struct
{
  PodliftDockerfileAst  ast;            /* first: a PodliftDockerfileAst* is a PodliftAstPrivate* */
  PodliftBlock         *blocks;
  GPtrArray            *empty;          /* shared by every empty array of the tree */
  PodliftSpares        *spares;         /* of the thread that parses */
} PodliftAstPrivate;

/* A part of the logical line, copied from one line of the text. */
typedef struct
{
  const char *src;
  gsize       offset;                   /* in the logical line */
  gsize       len;
  guint       line;
  guint       column;
  gboolean    ascii;
  gsize       cached_bytes;             /* a column counted before, to count on from */
  guint       cached_chars;
} PodliftPiece;

/* A word of the logical line: [start, end), plain when it has neither
 * quote nor escape (its text is its raw spelling). */
typedef struct
{
  gsize    start;
  gsize    end;
  gboolean plain;
} PodliftSpan;

/* The words of the last split, reused from one instruction to the next. */
typedef struct
{
  PodliftSpan *items;
  guint        len;
  guint        alloc;
} PodliftSpanList;

static inline void
span_list_push (PodliftSpanList   *list,
                const PodliftSpan *span)
{
  if (list->len == list->alloc)
    {
      list->alloc = MAX (32, list->alloc * 2);
      list->items = g_renew (PodliftSpan, list->items, list->alloc);
    }
  list->items[list->len++] = *span;
}

typedef struct
{
  PodliftAstPrivate    *priv;
  PodliftDockerfileAst *ast;
  const char           *pos;            /* the next line to read */
  const char           *end;
  guint                 line_no;        /* of the last line read */
  char                  escape;

  const char           *text;           /* the logical line: a line of the text, or buf */
  gsize                 text_len;
  GString              *buf;            /* the joined pieces of a continued instruction */
  PodliftPiece         *pieces;         /* of the logical line */
  guint                 n_pieces;
  guint                 pieces_alloc;
  guint                 hint;           /* the piece of the last position asked for */
  PodliftSpanList       spans;
  GString              *scratch;

  PodliftStage         *stage;
  PodliftParseError    *invalid;        /* the error of the last run of unreadable lines */
  guint                 invalid_line;
} PodliftParser;

/* Memory: podlift-dockerfile-parser-memory.c */

PodliftSpares      *podlift_parser_get_spares        (void);
GPtrArray          *podlift_parser_instructions_new  (PodliftSpares          *spares,
                                                      gsize                   length);
gpointer            podlift_parser_arena_alloc_slow  (PodliftAstPrivate      *priv,
                                                      gsize                   size);
GPtrArray          *podlift_parser_array_new         (PodliftAstPrivate      *priv,
                                                      guint                   len);
void                podlift_parser_array_add         (PodliftAstPrivate      *priv,
                                                      GPtrArray             **array,
                                                      gpointer                item);

/* Lines and errors: podlift-dockerfile-parser.c */

PodliftParseError  *podlift_parser_add_error         (PodliftParser          *self,
                                                      const PodliftRange     *range,
                                                      const char             *format,
                                                      ...) G_GNUC_PRINTF (3, 4);

/* Instructions: podlift-dockerfile-parser-instruction.c */

PodliftInstruction *podlift_parser_new_instruction   (PodliftParser          *self,
                                                      PodliftInstructionKind  kind);
PodliftInstruction *podlift_parser_build_instruction (PodliftParser          *self,
                                                      gsize                   from,
                                                      guint                   depth);
char               *podlift_parser_unquote_dup       (PodliftParser          *self,
                                                      gsize                   start,
                                                      gsize                   end,
                                                      gboolean                plain,
                                                      char                    escape);

/* The exec form: podlift-dockerfile-parser-exec.c */

gboolean            podlift_parser_parse_exec        (PodliftParser          *self,
                                                      PodliftInstruction     *insn,
                                                      gsize                   start,
                                                      gsize                   end);

static inline gpointer
arena_alloc (PodliftAstPrivate *priv,
             gsize              size)
{
  PodliftBlock *block = priv->blocks;
  gpointer mem;

  size = (size + 7) & ~(gsize) 7;
  if (G_UNLIKELY (block == NULL || block->size - block->used < size))
    return podlift_parser_arena_alloc_slow (priv, size);

  mem = (char *) block + block->used;
  block->used += size;

  return mem;
}

static inline gpointer
arena_alloc0 (PodliftAstPrivate *priv,
              gsize              size)
{
  return memset (arena_alloc (priv, size), 0, size);
}

static inline char *
arena_strndup (PodliftAstPrivate *priv,
               const char        *str,
               gsize              len)
{
  char *copy = arena_alloc (priv, len + 1);

  memcpy (copy, str, len);
  copy[len] = '\0';

  return copy;
}

/* Characters and positions */

/* What a byte can do in a word: end it (a blank), or quote or escape
 * what follows; the other bytes are skipped without a look. */
enum
{
  CHAR_SPACE = 1 << 0,
  CHAR_SPECIAL = 1 << 1,
};

static const guint8 char_class[256] = {
  ['\t'] = CHAR_SPACE | CHAR_SPECIAL,
  ['\v'] = CHAR_SPACE | CHAR_SPECIAL,
  ['\f'] = CHAR_SPACE | CHAR_SPECIAL,
  ['\r'] = CHAR_SPACE | CHAR_SPECIAL,
  [' '] = CHAR_SPACE | CHAR_SPECIAL,
  ['"'] = CHAR_SPECIAL,
  ['\''] = CHAR_SPECIAL,
  ['\\'] = CHAR_SPECIAL,
  ['`'] = CHAR_SPECIAL,
};

static inline gboolean
is_space (char c)
{
  return (char_class[(guchar) c] & CHAR_SPACE) != 0;
}

static inline gsize
skip_space (const char *b,
            gsize       i,
            gsize       end)
{
  while (i < end && is_space (b[i]))
    i++;

  return i;
}

static inline guint
count_chars (const char *p,
             gsize       len)
{
  guint chars = 0;
  gsize i;

  for (i = 0; i < len; i++)
    chars += ((guchar) p[i] & 0xC0) != 0x80;

  return chars;
}

static inline guint
piece_chars (PodliftPiece *piece,
             gsize         bytes)
{
  if (piece->ascii)
    return bytes;

  /* Counted from the last column asked for, forward or back: the
   * ranges of a word or a pair are asked for close to each other. */
  if (bytes >= piece->cached_bytes)
    piece->cached_chars += count_chars (piece->src + piece->cached_bytes,
                                        bytes - piece->cached_bytes);
  else
    piece->cached_chars -= count_chars (piece->src + bytes, piece->cached_bytes - bytes);
  piece->cached_bytes = bytes;

  return piece->cached_chars;
}

/* The position of @offset of the logical line: an end position (is_end)
 * stays on the line of the character before it. */
static inline PodliftPosition
position (PodliftParser *self,
          gsize          offset,
          gboolean       is_end)
{
  PodliftPiece *pieces = self->pieces;
  guint n = self->n_pieces;
  gsize key = (is_end && offset > 0) ? offset - 1 : offset;
  guint i = self->hint < n ? self->hint : 0;
  PodliftPosition pos;
  PodliftPiece *piece;

  if (n == 1 && pieces[0].ascii)
    {
      pos.line = pieces[0].line;
      pos.column = pieces[0].column + offset;
      return pos;
    }

  while (i > 0 && pieces[i].offset > key)
    i--;
  while (i + 1 < n && pieces[i + 1].offset <= key)
    i++;
  self->hint = i;

  piece = &pieces[i];
  pos.line = piece->line;
  pos.column = piece->column + piece_chars (piece, MIN (offset - piece->offset, piece->len));

  return pos;
}

static inline PodliftRange
logical_range (PodliftParser *self,
               gsize          start,
               gsize          end)
{
  const PodliftPiece *piece = self->pieces;
  PodliftRange range;

  if (self->n_pieces == 1 && piece->ascii)
    {
      range.start.line = range.end.line = piece->line;
      range.start.column = piece->column + start;
      range.end.column = piece->column + end;
      return range;
    }

  range.start = position (self, start, FALSE);
  if (start == end)
    {
      range.end = range.start;
      return range;
    }

  /* Most ranges end in the ASCII piece they start in. */
  piece = &self->pieces[self->hint];
  if (piece->ascii && end - 1 >= piece->offset &&
      (self->hint + 1 == self->n_pieces || end - 1 < piece[1].offset))
    {
      range.end.line = piece->line;
      range.end.column = piece->column + MIN (end - piece->offset, piece->len);
      return range;
    }

  range.end = position (self, end, TRUE);

  return range;
}

G_END_DECLS
