/* podlift-shell-parser.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-shell"

#include "config.h"

#include <string.h>

#include "podlift-shell-parser-private.h"

/* Commands, operators, groups, keywords, redirections and heredocs. */

/* What a command's first word means to the shell. */
typedef enum
{
  WORD_COMMAND,
  WORD_KEYWORD,      /* ! { if then else elif do while until time */
  WORD_GROUP_END,    /* } fi done esac */
  WORD_FOR,          /* for, select: the header is not a command */
  WORD_CASE,
  WORD_FUNCTION,
  WORD_TEST,         /* [ */
  WORD_TEST2,        /* [[ */
} WordKind;

static const char * const shells[] = {
  "sh", "bash", "dash", "zsh", "ash", "ksh", "mksh",
};

static gboolean
in_list (const char         *word,
         const char * const *list,
         gsize               n_items)
{
  for (gsize i = 0; i < n_items; i++)
    if (strcmp (word, list[i]) == 0)
      return TRUE;

  return FALSE;
}

static gboolean
skip_blanks (Parser *ps)
{
  while (ps->p < ps->end)
    {
      char c = *ps->p;

      if (c == ' ' || c == '\t' || c == '\r')
        ps->p++;
      else if (c == '\\' && ps->p + 1 < ps->end && ps->p[1] == '\n')
        ps->p += 2;
      else
        break;
    }

  return ps->p < ps->end;
}

static void
skip_comment (Parser *ps)
{
  const char *eol = memchr (ps->p, '\n', ps->end - ps->p);

  ps->p = eol != NULL ? eol : ps->end;
}

static void
pending_heredoc_clear (gpointer data)
{
  PendingHeredoc *heredoc = data;

  g_free (heredoc->delimiter);
}

/* After a newline: skips the bodies of the heredocs opened on the line. */
static void
skip_heredoc_bodies (Parser *ps)
{
  if (ps->heredocs == NULL)
    return;

  for (guint i = 0; i < ps->heredocs->len; i++)
    {
      const PendingHeredoc *heredoc = &g_array_index (ps->heredocs, PendingHeredoc, i);
      gsize length = strlen (heredoc->delimiter);

      while (ps->p < ps->end)
        {
          const char *line = ps->p;
          const char *eol = memchr (line, '\n', ps->end - line);
          const char *line_end;

          eol = eol != NULL ? eol : ps->end;
          ps->p = eol < ps->end ? eol + 1 : eol;
          line_end = (eol > line && eol[-1] == '\r') ? eol - 1 : eol;

          while (heredoc->strip_tabs && line < line_end && *line == '\t')
            line++;

          if ((gsize)(line_end - line) == length && memcmp (line, heredoc->delimiter, length) == 0)
            break;
        }
    }

  g_array_set_size (ps->heredocs, 0);
}

static void
add_heredoc (Parser     *ps,
             const char *delimiter,
             gsize       len,
             gboolean    strip_tabs)
{
  PendingHeredoc heredoc = { g_strndup (delimiter, len), strip_tabs };

  if (ps->heredocs == NULL)
    {
      ps->heredocs = g_array_new (FALSE, FALSE, sizeof (PendingHeredoc));
      g_array_set_clear_func (ps->heredocs, pending_heredoc_clear);
    }

  g_array_append_val (ps->heredocs, heredoc);
}

/* < > >> >| >& <& <> &> &>> << <<- <<<, and the word after them: the
 * target is not an argument (its substitutions still count). */
static void
read_redirection (Parser *ps)
{
  const char *p = ps->p;
  gboolean heredoc = FALSE;
  gboolean strip_tabs = FALSE;
  WordInfo info;

  if (p + 2 < ps->end && p[0] == '<' && p[1] == '<' && p[2] == '<')
    p += 3;
  else if (p + 1 < ps->end && p[0] == '<' && p[1] == '<')
    {
      heredoc = TRUE;
      strip_tabs = p + 2 < ps->end && p[2] == '-';
      p += strip_tabs ? 3 : 2;
    }
  else
    {
      if (*p == '&')
        p++;
      p++;
      if (p < ps->end && (*p == '>' || *p == '&' || *p == '|'))
        p++;
    }

  ps->p = p;
  skip_blanks (ps);
  podlift_shell_read_word (ps, &info);

  if (heredoc)
    {
      gsize len;
      const char *word = podlift_shell_word_text (ps, &len);

      if (len > 0)
        add_heredoc (ps, word, len, strip_tabs);
    }
}

/* The name of @cmd, and its base name: the program. */
static void
set_name (PodliftShellCommand *cmd,
          char                *name)
{
  const char *slash = strrchr (name, '/');

  cmd->name = name;
  ((RealCommand *) cmd)->program = slash != NULL ? slash + 1 : name;
}

/* env, command, builtin, exec and busybox run the command that follows
 * them: list that one (with env's assignments). sudo stays sudo. */
static guint
wrapped_command_index (PodliftShellCommand *cmd)
{
  const char *program = podlift_shell_command_program (cmd);
  gboolean is_env;
  gboolean is_exec;
  guint i = 0;

  if (program[0] != 'e' && program[0] != 'c' && program[0] != 'b')
    return 0;

  is_env = strcmp (program, "env") == 0;
  is_exec = strcmp (program, "exec") == 0;

  if (!is_env && !is_exec &&
      strcmp (program, "command") != 0 &&
      strcmp (program, "builtin") != 0 &&
      strcmp (program, "busybox") != 0)
    return 0;

  for (; i < cmd->args->len; i++)
    {
      const char *arg = g_ptr_array_index (cmd->args, i);

      if (is_env && podlift_shell_is_assignment_word (arg))
        continue;
      if ((is_env || is_exec) && arg[0] == '-')
        {
          if (strcmp (arg, "-u") == 0 || strcmp (arg, "-C") == 0 || strcmp (arg, "-a") == 0)
            i++;
          continue;
        }
      break;
    }

  if (i >= cmd->args->len || ((const char *)g_ptr_array_index (cmd->args, i))[0] == '-')
    return 0;

  return i + 1;
}

static void
unwrap_command (PodliftShellCommand *cmd)
{
  for (guint round = 0; round < 4; round++)
    {
      guint index = wrapped_command_index (cmd);

      if (index == 0)
        return;

      for (guint i = 0; i + 1 < index; i++)
        {
          char *arg = g_ptr_array_index (cmd->args, i);

          if (podlift_shell_is_assignment_word (arg))
            podlift_shell_command_add_assignment (cmd, arg);
        }

      set_name (cmd, g_ptr_array_index (cmd->args, index - 1));
      g_ptr_array_remove_range (cmd->args, 0, index);
    }
}

/* The string of sh -c '…' (bash -ec, sh -o pipefail -c …), or NULL. */
static const char *
find_shell_string (const PodliftShellCommand *cmd)
{
  const char *program = podlift_shell_command_program (cmd);
  gsize length = strlen (program);
  gboolean c_seen = FALSE;

  /* All of them end with "sh". */
  if (length < 2 || program[length - 1] != 'h' || program[length - 2] != 's' ||
      !in_list (program, shells, G_N_ELEMENTS (shells)))
    return NULL;

  for (guint i = 0; i < cmd->args->len; i++)
    {
      const char *arg = g_ptr_array_index (cmd->args, i);

      if (strcmp (arg, "--") == 0 || strcmp (arg, "-") == 0)
        continue;

      if ((arg[0] == '-' || arg[0] == '+') && arg[1] != '\0')
        {
          if (arg[1] == '-')
            continue;
          if (arg[0] == '-' && strchr (arg + 1, 'c') != NULL)
            c_seen = TRUE;
          if (strchr (arg + 1, 'o') != NULL || strchr (arg + 1, 'O') != NULL)
            i++;
          continue;
        }

      return c_seen ? arg : NULL;
    }

  return NULL;
}

static void
add_command (Parser               *ps,
             PodliftShellCommand  *cmd,
             PodliftShellOperator  op)
{
  const char *string;

  unwrap_command (cmd);
  cmd->next = op;
  g_ptr_array_add (ps->script->commands, cmd);

  string = find_shell_string (cmd);
  if (string != NULL && ps->depth < MAX_DEPTH)
    {
      g_autoptr(PodliftShellScript) inner = NULL;

      inner = podlift_shell_parse_nested (ps->store, string, strlen (string), ps->depth + 1);

      if (inner->commands->len > 0)
        {
          cmd->next = PODLIFT_SHELL_OP_SEQUENCE;
          podlift_shell_move_commands (ps->script->commands, inner->commands, op);
        }
    }
}

static void
finish_command (Parser               *ps,
                PodliftShellOperator  op)
{
  PodliftShellCommand *cmd = g_steal_pointer (&ps->cmd);
  gboolean has_name = cmd != NULL && cmd->name != NULL;
  gboolean had_pending = ps->pending != NULL && ps->pending->commands->len > 0;
  GPtrArray *commands = ps->script->commands;
  gboolean after_group = ps->after_group;

  ps->after_group = FALSE;
  ps->skip_words = FALSE;
  ps->skip_one = FALSE;
  if (op == PODLIFT_SHELL_OP_PIPE)
    ps->script->has_pipe = TRUE;
  if (op == PODLIFT_SHELL_OP_SEQUENCE || op == PODLIFT_SHELL_OP_NONE)
    ps->condition_end = NULL;

  if (ps->pending != NULL)
    podlift_shell_move_commands (commands, ps->pending->commands,
                                 has_name ? PODLIFT_SHELL_OP_SEQUENCE : op);

  if (has_name)
    {
      add_command (ps, cmd, op);
      return;
    }

  g_clear_pointer (&cmd, podlift_shell_command_free);

  /* ( … ) | b, done && b: the operator joins the group's last command. */
  if (after_group && !had_pending && op != PODLIFT_SHELL_OP_NONE && commands->len > 0)
    {
      PodliftShellCommand *last = g_ptr_array_index (commands, commands->len - 1);

      last->next = op;
    }
}

static gboolean
word_is (const char *word,
         const char *keyword)
{
  return strcmp (word, keyword) == 0;
}

/* One strcmp or two, not twenty: this runs for every command. */
static WordKind
word_kind (const char *w)
{
  switch (w[0])
    {
    case '!':
    case '{':
      return w[1] == '\0' ? WORD_KEYWORD : WORD_COMMAND;
    case '}':
      return w[1] == '\0' ? WORD_GROUP_END : WORD_COMMAND;
    case '[':
      return w[1] == '\0' ? WORD_TEST : word_is (w, "[[") ? WORD_TEST2 : WORD_COMMAND;
    case 'c':
      return word_is (w, "case") ? WORD_CASE : WORD_COMMAND;
    case 'd':
      return word_is (w, "do") ? WORD_KEYWORD : word_is (w, "done") ? WORD_GROUP_END : WORD_COMMAND;
    case 'e':
      if (word_is (w, "esac"))
        return WORD_GROUP_END;
      return word_is (w, "else") || word_is (w, "elif") ? WORD_KEYWORD : WORD_COMMAND;
    case 'f':
      if (word_is (w, "fi"))
        return WORD_GROUP_END;
      return word_is (w, "for") ? WORD_FOR : word_is (w, "function") ? WORD_FUNCTION : WORD_COMMAND;
    case 'i':
      return word_is (w, "if") ? WORD_KEYWORD : WORD_COMMAND;
    case 's':
      return word_is (w, "select") ? WORD_FOR : WORD_COMMAND;
    case 't':
      return word_is (w, "then") || word_is (w, "time") ? WORD_KEYWORD : WORD_COMMAND;
    case 'u':
      return word_is (w, "until") ? WORD_KEYWORD : WORD_COMMAND;
    case 'w':
      return word_is (w, "while") ? WORD_KEYWORD : WORD_COMMAND;
    default:
      return WORD_COMMAND;
    }
}

/* Inside a test, a case header or pattern, or a for header: words that
 * are not part of a command. Returns TRUE when @word was used up. */
static gboolean
handle_skipped_word (Parser         *ps,
                     const char     *word,
                     const WordInfo *info)
{
  if (ps->condition_end != NULL)
    {
      if (!info->quoted && strcmp (word, ps->condition_end) == 0)
        ps->condition_end = NULL;
      return TRUE;
    }

  if (ps->case_header)
    {
      /* case WORD in */
      if (!info->quoted && strcmp (word, "in") == 0)
        {
          ps->case_header = FALSE;
          ps->case_pattern = TRUE;
        }
      return TRUE;
    }

  if (ps->case_pattern)
    {
      if (!info->quoted && strcmp (word, "esac") == 0)
        ps->case_pattern = FALSE;
      return TRUE;
    }

  if (ps->skip_words || ps->skip_one)
    {
      ps->skip_one = FALSE;
      return TRUE;
    }

  return FALSE;
}

/* A keyword where a command starts. Returns TRUE when @word was one. */
static gboolean
handle_keyword (Parser     *ps,
                const char *word)
{
  switch (word_kind (word))
    {
    case WORD_COMMAND:
      return FALSE;

    case WORD_FOR:
      ps->skip_words = TRUE;
      break;

    case WORD_CASE:
      ps->case_header = TRUE;
      break;

    case WORD_FUNCTION:
      ps->skip_one = TRUE;
      break;

    case WORD_TEST:
      ps->condition_end = "]";
      break;

    case WORD_TEST2:
      ps->condition_end = "]]";
      break;

    case WORD_GROUP_END:
      ps->after_group = TRUE;
      break;

    case WORD_KEYWORD:
    default:
      break;
    }

  return TRUE;
}

/* A plain word is kept straight away (it is needed as a string); one
 * in ps->word only once it is known to be an argument. */
static void
handle_word (Parser         *ps,
             const WordInfo *info)
{
  char *word;

  if (ps->plain != NULL && ps->copy != NULL)
    {
      /* In the copy of the text, cut at its end: a blank or an operator
       * that no other word holds. */
      word = ps->copy + (ps->plain - ps->copy_of);
      word[ps->plain_len] = '\0';
    }
  else if (ps->plain != NULL)
    word = podlift_shell_store_string (ps->store, ps->plain, ps->plain_len);
  else
    word = ps->word->str;

  if (handle_skipped_word (ps, word, info))
    return;

  if ((ps->cmd == NULL || ps->cmd->name == NULL) && !info->quoted && handle_keyword (ps, word))
    return;

  ps->after_group = FALSE;

  if (ps->cmd == NULL)
    ps->cmd = podlift_shell_command_new (ps->store);

  if (ps->plain == NULL)
    word = podlift_shell_store_string (ps->store, word, ps->word->len);

  if (ps->cmd->name == NULL && info->assignment)
    podlift_shell_command_add_assignment (ps->cmd, word);
  else if (ps->cmd->name == NULL)
    set_name (ps->cmd, word);
  else
    g_ptr_array_add (ps->cmd->args, word);
}

static void
read_word_and_handle (Parser *ps)
{
  const char *start = ps->p;
  WordInfo info;

  podlift_shell_read_word (ps, &info);

  if (ps->p == start)
    {
      ps->p++;
      return;
    }

  /* 2>&1: the digits are a file descriptor, not a word. */
  if (info.digits && ps->p < ps->end && (*ps->p == '<' || *ps->p == '>'))
    return;

  handle_word (ps, &info);
}

/* ( … ): a subshell, a function's "()", (( … )) arithmetic, or the
 * optional '(' before a case pattern. */
static void
read_open_paren (Parser *ps)
{
  gboolean at_start = ps->cmd == NULL || ps->cmd->name == NULL;
  Parser child;

  if (ps->case_pattern)
    {
      ps->p++;
      return;
    }

  if (!at_start)
    {
      ps->p++;
      skip_blanks (ps);
      /* name () { …; }: the name is not a command. */
      if (ps->p < ps->end && *ps->p == ')')
        {
          ps->p++;
          g_clear_pointer (&ps->cmd, podlift_shell_command_free);
        }
      return;
    }

  if ((ps->p + 1 < ps->end && ps->p[1] == '(') || ps->depth >= MAX_DEPTH)
    {
      ps->p = podlift_shell_skip_balanced (ps->p, ps->end, '(', ')');
      return;
    }

  podlift_shell_parser_init (&child, ps->script, ps->store, ps->p + 1, ps->end, ps->depth + 1);
  child.copy = ps->copy;
  child.copy_of = ps->copy_of;
  podlift_shell_parse_list (&child, TRUE);
  ps->p = child.p;
  podlift_shell_parser_clear (&child);
  ps->after_group = TRUE;
}

static void
read_operator (Parser *ps)
{
  char c = ps->p[0];
  char next = ps->p + 1 < ps->end ? ps->p[1] : '\0';

  if (c == ';' && (next == ';' || next == '&'))
    {
      ps->p += 2;
      if (ps->p < ps->end && *ps->p == '&')
        ps->p++;
      finish_command (ps, PODLIFT_SHELL_OP_SEQUENCE);
      ps->case_pattern = TRUE;
    }
  else if (c == ';')
    {
      ps->p++;
      finish_command (ps, PODLIFT_SHELL_OP_SEQUENCE);
    }
  else if (c == '&' && next == '&')
    {
      ps->p += 2;
      finish_command (ps, PODLIFT_SHELL_OP_AND);
    }
  else if (c == '&')
    {
      ps->p++;
      finish_command (ps, PODLIFT_SHELL_OP_BACKGROUND);
    }
  else if (ps->case_pattern)
    ps->p++;
  else
    {
      ps->p += (next == '|' || next == '&') ? 2 : 1;
      finish_command (ps, next == '|' ? PODLIFT_SHELL_OP_OR : PODLIFT_SHELL_OP_PIPE);
    }
}

/* <( … ) and >( … ): a word whose commands are listed. */
static void
read_process_substitution (Parser *ps)
{
  const char *start = ps->p;
  WordInfo info = { 1, 0, 0 };

  ps->p += 2;
  podlift_shell_read_substitution (ps);
  g_string_truncate (ps->word, 0);
  g_string_append_len (ps->word, start, ps->p - start);
  ps->plain = NULL;
  handle_word (ps, &info);
}

/* Inside [ … ] and [[ … ]], && || ( ) < > are part of the test. */
static gboolean
skip_test_operator (Parser *ps)
{
  if (ps->condition_end == NULL || strchr ("()<>&|", *ps->p) == NULL)
    return FALSE;

  ps->p++;
  return TRUE;
}

/* What may start something other than a word. */
static const guint8 operator_chars[256] = {
  ['\n'] = 1, ['#'] = 1, ['('] = 1, [')'] = 1, ['<'] = 1, ['>'] = 1, [';'] = 1, ['&'] = 1,
  ['|'] = 1,
};

void
podlift_shell_parse_list (Parser   *ps,
                          gboolean  in_parens)
{
  while (skip_blanks (ps))
    {
      char c = *ps->p;
      char next;

      /* Most of the time, a word. */
      if (!operator_chars[(guchar) c] && ps->condition_end == NULL)
        {
          read_word_and_handle (ps);
          continue;
        }

      next = ps->p + 1 < ps->end ? ps->p[1] : '\0';
      if (c == '\n')
        {
          ps->p++;
          finish_command (ps, PODLIFT_SHELL_OP_SEQUENCE);
          skip_heredoc_bodies (ps);
        }
      else if (c == '#')
        skip_comment (ps);
      else if (skip_test_operator (ps))
        continue;
      else if (c == ')' && ps->case_pattern)
        {
          ps->p++;
          ps->case_pattern = FALSE;
        }
      else if (c == ')')
        {
          ps->p++;
          if (in_parens)
            {
              finish_command (ps, PODLIFT_SHELL_OP_NONE);
              return;
            }
        }
      else if (c == '(')
        read_open_paren (ps);
      else if ((c == '<' || c == '>') && next == '(')
        read_process_substitution (ps);
      else if (c == '<' || c == '>' || (c == '&' && next == '>'))
        read_redirection (ps);
      else if (c == ';' || c == '&' || c == '|')
        read_operator (ps);
      else
        read_word_and_handle (ps);
    }

  finish_command (ps, PODLIFT_SHELL_OP_NONE);
}

