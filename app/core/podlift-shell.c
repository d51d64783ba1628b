/* podlift-shell.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-shell"

#include "config.h"

#include <string.h>

#include "podlift-shell-parser-private.h"

/* One pass over the text, one word at a time, no regex: the live linter
 * parses every RUN on every keystroke. What the parser understands:
 * quotes ('…', "…", $'…'), backslashes, the operators && || ; | & and
 * newlines, comments, ( … ) and { …; } groups, $( … ) and `…` (their
 * commands are listed before the command that uses them), heredoc
 * redirections (their bodies are skipped), if/while/for/case keywords,
 * [ … ] and [[ … ]] tests (not commands, as for ShellCheck), leading
 * assignments, the wrappers env/command/builtin/exec/busybox, and
 * sh -c '…' (the string's commands are listed after the sh command). */

void
podlift_shell_command_free (gpointer data)
{
  PodliftShellCommand *cmd = data;

  g_ptr_array_unref (cmd->args);
  g_ptr_array_unref (cmd->assignments);
  g_free ((RealCommand *)cmd);
}

PodliftShellScript *
podlift_shell_script_new (gsize arena_size)
{
  RealScript *real = g_malloc (sizeof (RealScript) + arena_size);

  memset (real, 0, sizeof (RealScript));
  real->script.commands = g_ptr_array_new_with_free_func (podlift_shell_command_free);
  real->arena_size = arena_size;

  return &real->script;
}

char *
podlift_shell_store_string (RealScript *store,
                            const char *text,
                            gsize       length)
{
  char *copy;

  if (store->arena_size - store->arena_used <= length)
    {
      if (store->overflow == NULL)
        store->overflow = g_string_chunk_new (MAX (store->arena_size, 256));
      return g_string_chunk_insert_len (store->overflow, text, length);
    }

  copy = store->arena + store->arena_used;
  memcpy (copy, text, length);
  copy[length] = '\0';
  store->arena_used += length + 1;

  return copy;
}

PodliftShellCommand *
podlift_shell_command_new (RealScript *store)
{
  PodliftShellCommand *cmd = (PodliftShellCommand *)g_new0 (RealCommand, 1);

  if (store->no_words == NULL)
    store->no_words = g_ptr_array_new ();

  cmd->args = g_ptr_array_sized_new (4);
  cmd->assignments = g_ptr_array_ref (store->no_words);

  return cmd;
}

void
podlift_shell_command_add_assignment (RealScript          *store,
                                      PodliftShellCommand *cmd,
                                      char                *assignment)
{
  if (cmd->assignments == store->no_words)
    {
      g_ptr_array_unref (cmd->assignments);
      cmd->assignments = g_ptr_array_new ();
    }

  g_ptr_array_add (cmd->assignments, assignment);
}

/* One word buffer a nesting level, kept from one script to the next:
 * nested parsers run strictly one inside the other, so a level's buffer
 * is never used twice at once. */
typedef struct
{
  GString *words[MAX_DEPTH + 2];
} WordBuffers;

static void
word_buffers_free (gpointer data)
{
  WordBuffers *buffers = data;

  for (guint i = 0; i < G_N_ELEMENTS (buffers->words); i++)
    if (buffers->words[i] != NULL)
      g_string_free (buffers->words[i], TRUE);
  g_free (buffers);
}

static GPrivate word_buffers = G_PRIVATE_INIT (word_buffers_free);

static GString *
take_word_buffer (guint depth)
{
  WordBuffers *buffers = g_private_get (&word_buffers);
  GString *word;

  if (buffers == NULL)
    {
      buffers = g_new0 (WordBuffers, 1);
      g_private_set (&word_buffers, buffers);
    }

  depth = MIN (depth, G_N_ELEMENTS (buffers->words) - 1);
  word = g_steal_pointer (&buffers->words[depth]);

  return word != NULL ? word : g_string_sized_new (128);
}

static void
give_word_buffer (guint    depth,
                  GString *word)
{
  WordBuffers *buffers = g_private_get (&word_buffers);

  depth = MIN (depth, G_N_ELEMENTS (buffers->words) - 1);

  if (buffers->words[depth] == NULL && word->allocated_len <= 4096)
    buffers->words[depth] = word;
  else
    g_string_free (word, TRUE);
}

void
podlift_shell_parser_init (Parser             *ps,
                           PodliftShellScript *script,
                           RealScript         *store,
                           const char         *p,
                           const char         *end,
                           guint               depth)
{
  memset (ps, 0, sizeof *ps);
  ps->p = p;
  ps->end = end;
  ps->script = script;
  ps->store = store;
  ps->depth = depth;
  ps->word = take_word_buffer (depth);
}

void
podlift_shell_parser_clear (Parser *ps)
{
  g_clear_pointer (&ps->cmd, podlift_shell_command_free);
  g_clear_pointer (&ps->pending, podlift_shell_script_free);
  g_clear_pointer (&ps->heredocs, g_array_unref);
  give_word_buffer (ps->depth, g_steal_pointer (&ps->word));
}

/* Moves @from's commands to the end of @to, setting the last one's
 * operator to @last_op. */
void
podlift_shell_move_commands (GPtrArray            *to,
                             GPtrArray            *from,
                             PodliftShellOperator  last_op)
{
  PodliftShellCommand *last;

  if (from == NULL || from->len == 0)
    return;

  last = g_ptr_array_index (from, from->len - 1);
  last->next = last_op;

  for (guint i = 0; i < from->len; i++)
    g_ptr_array_add (to, g_ptr_array_index (from, i));

  g_ptr_array_set_free_func (from, NULL);
  g_ptr_array_set_size (from, 0);
  g_ptr_array_set_free_func (from, podlift_shell_command_free);
}

/* Parses @text on its own (a `…` body, an sh -c string) into a new
 * script. */
PodliftShellScript *
podlift_shell_parse_nested (RealScript *store,
                            const char *text,
                            gsize       length,
                            guint       depth)
{
  PodliftShellScript *script = podlift_shell_script_new (0);
  Parser child;

  if (depth > MAX_DEPTH)
    return script;

  podlift_shell_parser_init (&child, script, store, text, text + length, depth);
  podlift_shell_parse_list (&child, FALSE);
  podlift_shell_parser_clear (&child);

  return script;
}

/**
 * podlift_shell_parse:
 * @text: (nullable): shell text
 *
 * Returns: (transfer full): the simple commands of @text, in order.
 */
PodliftShellScript *
podlift_shell_parse (const char *text)
{
  gsize length = text != NULL ? strlen (text) : 0;
  PodliftShellScript *script = podlift_shell_script_new (length + length / 2 + 32);
  Parser ps;

  if (text == NULL)
    return script;

  podlift_shell_parser_init (&ps, script, (RealScript *)script, text, text + length, 0);
  podlift_shell_parse_list (&ps, FALSE);
  podlift_shell_parser_clear (&ps);

  if (script->commands->len > 0)
    {
      PodliftShellCommand *last = g_ptr_array_index (script->commands, script->commands->len - 1);

      last->next = PODLIFT_SHELL_OP_NONE;
    }

  return script;
}

void
podlift_shell_script_free (PodliftShellScript *script)
{
  RealScript *real = (RealScript *)script;

  if (script == NULL)
    return;

  g_clear_pointer (&script->commands, g_ptr_array_unref);
  g_clear_pointer (&real->no_words, g_ptr_array_unref);
  g_clear_pointer (&real->overflow, g_string_chunk_free);
  g_slist_free_full (g_steal_pointer (&real->adopted), (GDestroyNotify)podlift_shell_script_free);
  g_free (real);
}

/* Moves @more's commands to the end of @script, and takes @more (its
 * memory holds their words). */
void
podlift_shell_script_append (PodliftShellScript *script,
                             PodliftShellScript *more)
{
  RealScript *real = (RealScript *)script;
  RealScript *real_more = (RealScript *)more;

  g_return_if_fail (script != NULL);
  g_return_if_fail (script != more);

  if (more == NULL)
    return;

  if (script->commands->len > 0 && more->commands->len > 0)
    {
      PodliftShellCommand *last = g_ptr_array_index (script->commands, script->commands->len - 1);

      last->next = PODLIFT_SHELL_OP_SEQUENCE;
    }

  script->has_pipe |= more->has_pipe;
  podlift_shell_move_commands (script->commands, more->commands, PODLIFT_SHELL_OP_NONE);

  /* Its words stay where they are: keep it, empty, until @script goes. */
  real->adopted = g_slist_prepend (real->adopted, real_more);
}

const char *
podlift_shell_command_get_program (const PodliftShellCommand *command)
{
  const char *slash;

  g_return_val_if_fail (command != NULL, NULL);

  if (((const RealCommand *)command)->program != NULL)
    return ((const RealCommand *)command)->program;

  if (command->name == NULL)
    return "";

  slash = strrchr (command->name, '/');

  return slash != NULL ? slash + 1 : command->name;
}

/* -x (not "-" alone), --long; "--" is not a flag. */
static gboolean
is_flag (const char *arg)
{
  return arg[0] == '-' && arg[1] != '\0' && !(arg[1] == '-' && arg[2] == '\0');
}

/* Whether @arg is --@flag, --@flag=…; *value gets what follows '='. */
static gboolean
long_flag_matches (const char  *arg,
                   const char  *flag,
                   gsize        length,
                   const char **value)
{
  if (arg[0] != '-' || arg[1] != '-' || strncmp (arg + 2, flag, length) != 0)
    return FALSE;

  if (arg[2 + length] == '\0')
    *value = NULL;
  else if (arg[2 + length] == '=')
    *value = arg + 3 + length;
  else
    return FALSE;

  return TRUE;
}

gboolean
podlift_shell_command_has_flag (const PodliftShellCommand *command,
                                const char                *flag)
{
  gsize length;

  g_return_val_if_fail (command != NULL, FALSE);
  g_return_val_if_fail (flag != NULL && flag[0] != '\0', FALSE);

  length = strlen (flag);

  for (guint i = 0; i < command->args->len; i++)
    {
      const char *arg = g_ptr_array_index (command->args, i);
      const char *value;

      if (strcmp (arg, "--") == 0)
        break;
      if (!is_flag (arg))
        continue;

      if (length == 1 && arg[1] != '-' && strchr (arg + 1, flag[0]) != NULL)
        return TRUE;
      if (length > 1 && long_flag_matches (arg, flag, length, &value))
        return TRUE;
    }

  return FALSE;
}

const char *
podlift_shell_command_get_flag_value (const PodliftShellCommand *command,
                                      const char                *flag)
{
  gsize length;

  g_return_val_if_fail (command != NULL, NULL);
  g_return_val_if_fail (flag != NULL && flag[0] != '\0', NULL);

  length = strlen (flag);

  for (guint i = 0; i < command->args->len; i++)
    {
      const char *arg = g_ptr_array_index (command->args, i);
      const char *next = NULL;
      const char *value = NULL;
      const char *letter;

      if (i + 1 < command->args->len)
        next = g_ptr_array_index (command->args, i + 1);

      if (strcmp (arg, "--") == 0)
        break;
      if (!is_flag (arg))
        continue;

      if (length > 1 && long_flag_matches (arg, flag, length, &value))
        return value != NULL ? value : next;

      if (length == 1 && arg[1] != '-' && (letter = strchr (arg + 1, flag[0])) != NULL)
        return letter[1] != '\0' ? letter + 1 : next;
    }

  return NULL;
}

/* Whether the flag word @arg is one of @flags_with_values and its value
 * is the next word. */
static gboolean
flag_takes_next (const char         *arg,
                 const char * const *flags_with_values)
{
  if (flags_with_values == NULL)
    return FALSE;

  for (guint i = 0; flags_with_values[i] != NULL; i++)
    {
      const char *flag = flags_with_values[i];
      gsize length = strlen (flag);
      const char *value;

      if (length > 1 && long_flag_matches (arg, flag, length, &value))
        return value == NULL;

      if (length == 1 && arg[1] != '-')
        {
          const char *letter = strchr (arg + 1, flag[0]);

          if (letter != NULL)
            return letter[1] == '\0';
        }
    }

  return FALSE;
}

/**
 * podlift_shell_command_get_args_no_flags:
 *
 * Returns: (transfer container): the words, owned by @command.
 */
GPtrArray *
podlift_shell_command_get_args_no_flags (const PodliftShellCommand *command,
                                         const char * const        *flags_with_values)
{
  GPtrArray *words;
  gboolean ended = FALSE;

  g_return_val_if_fail (command != NULL, NULL);

  words = g_ptr_array_sized_new (command->args->len);

  for (guint i = 0; i < command->args->len; i++)
    {
      char *arg = g_ptr_array_index (command->args, i);

      if (!ended && strcmp (arg, "--") == 0)
        ended = TRUE;
      else if (!ended && is_flag (arg))
        {
          if (flag_takes_next (arg, flags_with_values))
            i++;
        }
      else
        g_ptr_array_add (words, arg);
    }

  return words;
}

gboolean
podlift_shell_command_is (const PodliftShellCommand *command,
                          const char                *program,
                          const char                *subcommand)
{
  gboolean after_flag = FALSE;

  g_return_val_if_fail (command != NULL, FALSE);
  g_return_val_if_fail (program != NULL, FALSE);

  if (strcmp (podlift_shell_command_get_program (command), program) != 0 &&
      g_strcmp0 (command->name, program) != 0)
    return FALSE;

  if (subcommand == NULL)
    return TRUE;

  /* A word right after a flag may be that flag's value (apt-get -o X=y
   * install): then the next word may be the subcommand. */
  for (guint i = 0; i < command->args->len; i++)
    {
      const char *arg = g_ptr_array_index (command->args, i);

      if (strcmp (arg, "--") == 0)
        after_flag = FALSE;
      else if (is_flag (arg))
        after_flag = strchr (arg, '=') == NULL;
      else if (strcmp (arg, subcommand) == 0)
        return TRUE;
      else if (!after_flag)
        return FALSE;
      else
        after_flag = FALSE;
    }

  return FALSE;
}

