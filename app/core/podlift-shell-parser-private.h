/* podlift-shell-parser-private.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>

#include "podlift-shell.h"
#include "podlift-shell-private.h"

G_BEGIN_DECLS

/* Shared by podlift-shell.c (memory, entry points), podlift-shell-words.c
 * (one word at a time) and podlift-shell-parser.c (commands and
 * operators). Nothing else includes it. */

/* Nested $( … ), `…`, ( … ) and sh -c levels followed; deeper ones are
 * skipped, never a stack overflow. */
#define MAX_DEPTH 16

typedef struct
{
  char     *delimiter;
  gboolean  strip_tabs;
} PendingHeredoc;

typedef struct
{
  guint quoted : 1;
  guint assignment : 1;
  guint digits : 1;
} WordInfo;

typedef enum
{
  NAME_START,
  NAME_VALID,
  NAME_INVALID,
  NAME_ASSIGNMENT,
} NameState;

/* Memory: the words and the commands of a script live in an arena at
 * the end of the script's own allocation (then in blocks chained to it
 * when it is full), and the scripts of substitutions and sh -c strings
 * in the arena of the script being parsed, so a script costs a few
 * allocations rather than one a word. The arrays of the commands come
 * from a pool of the thread and go back to it; the commands without
 * assignments share one empty array. */
typedef struct _ShellBlock ShellBlock;
typedef struct _ShellSpares ShellSpares;

typedef struct
{
  PodliftShellScript  script;
  ShellSpares        *spares;      /* of the thread that parses */
  ShellBlock         *blocks;      /* more memory, when the arena is full */
  GSList             *adopted;     /* scripts whose commands were moved here */
  char               *free_start;  /* what is left of the arena or the last block */
  char               *free_end;
  gsize               block_size;  /* of the blocks it adds, at least */
  guint               in_store : 1;  /* allocated in another script's arena */
  char                arena[];
} RealScript;

gpointer podlift_shell_store_alloc_slow (RealScript *store,
                                         gsize       size);

static inline gpointer
store_alloc (RealScript *store,
             gsize       size)
{
  char *mem;

  size = (size + 7) & ~(gsize) 7;
  if (G_UNLIKELY ((gsize) (store->free_end - store->free_start) < size))
    return podlift_shell_store_alloc_slow (store, size);

  mem = store->free_start;
  store->free_start += size;

  return mem;
}

static inline char *
podlift_shell_store_string (RealScript *store,
                            const char *text,
                            gsize       length)
{
  char *copy = store_alloc (store, length + 1);

  memcpy (copy, text, length);
  copy[length] = '\0';

  return copy;
}

typedef struct
{
  const char          *p;
  const char          *end;
  PodliftShellScript  *script;     /* where the commands go */
  RealScript          *store;      /* where their words are kept */
  guint                depth;
  GString             *word;
  const char          *plain;         /* the word read, when it is plain text */
  gsize                plain_len;
  char                *copy;          /* a copy of the text in the store, or NULL */
  const char          *copy_of;       /* the text it copies */
  NameState            name_state;
  PodliftShellCommand *cmd;
  PodliftShellScript  *pending;       /* commands of substitutions in cmd */
  GArray              *heredocs;      /* PendingHeredoc, until the next newline */
  const char          *condition_end; /* "]" or "]]" inside a test */
  guint                skip_words : 1;
  guint                skip_one : 1;
  guint                case_header : 1;
  guint                case_pattern : 1;
  guint                after_group : 1;   /* after ), done, fi, } or esac */
} Parser;


PodliftShellScript  *podlift_shell_script_new_in          (RealScript           *store);
PodliftShellCommand *podlift_shell_command_new            (RealScript           *store);
void                 podlift_shell_command_free           (PodliftShellCommand  *cmd);
void                 podlift_shell_command_add_assignment (PodliftShellCommand  *cmd,
                                                           char                 *assignment);
void                 podlift_shell_move_commands          (GPtrArray            *to,
                                                           GPtrArray            *from,
                                                           PodliftShellOperator  last_op);
PodliftShellScript  *podlift_shell_parse_nested           (RealScript           *store,
                                                           const char           *text,
                                                           gsize                 length,
                                                           guint                 depth);
void                 podlift_shell_parser_init            (Parser               *ps,
                                                           PodliftShellScript   *script,
                                                           RealScript           *store,
                                                           const char           *p,
                                                           const char           *end,
                                                           guint                 depth);
void                 podlift_shell_parser_clear           (Parser               *ps);

gboolean             podlift_shell_is_assignment_word     (const char           *word);
const char          *podlift_shell_skip_balanced          (const char           *p,
                                                           const char           *end,
                                                           char                  open,
                                                           char                  close);
void                 podlift_shell_read_substitution      (Parser               *ps);
void                 podlift_shell_read_word              (Parser               *ps,
                                                           WordInfo             *info);
const char          *podlift_shell_word_text              (Parser               *ps,
                                                           gsize                *len);

void                 podlift_shell_parse_list             (Parser               *ps,
                                                           gboolean              in_parens);

G_END_DECLS
