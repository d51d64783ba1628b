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

/* The blocks of a script beyond its arena. */
struct _ShellBlock
{
  ShellBlock *next;
  char        data[];
};

#define MIN_BLOCK_SIZE   4096
#define STORE_BLOCK_SIZE (32 * 1024)

/* What a thread keeps from one script to the next: one word buffer a
 * nesting level (nested parsers run strictly one inside the other, so a
 * level's buffer is never used twice at once), and emptied arrays for
 * the words of commands. */
#define MAX_SPARE_ARRAYS 8192

struct _ShellSpares
{
  GString    *words[MAX_DEPTH + 2];
  GPtrArray **arrays;
  guint       n_arrays;
  guint       arrays_alloc;
};

static void
shell_spares_free (gpointer data)
{
  ShellSpares *spares = data;

  for (guint i = 0; i < G_N_ELEMENTS (spares->words); i++)
    if (spares->words[i] != NULL)
      g_string_free (spares->words[i], TRUE);
  while (spares->n_arrays > 0)
    g_ptr_array_unref (spares->arrays[--spares->n_arrays]);
  g_free (spares->arrays);
  g_free (spares);
}

static GPrivate shell_spares = G_PRIVATE_INIT (shell_spares_free);

static ShellSpares *
get_spares (void)
{
  ShellSpares *spares = g_private_get (&shell_spares);

  if (G_UNLIKELY (spares == NULL))
    {
      spares = g_new0 (ShellSpares, 1);
      g_private_set (&shell_spares, spares);
    }

  return spares;
}

static GPtrArray *
take_array (ShellSpares *spares)
{
  if (spares->n_arrays > 0)
    return spares->arrays[--spares->n_arrays];

  return g_ptr_array_sized_new (8);
}

static void
give_array (ShellSpares *spares,
            GPtrArray   *array)
{
  if (spares->n_arrays == MAX_SPARE_ARRAYS || array->len > 256)
    {
      g_ptr_array_unref (array);
      return;
    }

  if (spares->n_arrays == spares->arrays_alloc)
    {
      spares->arrays_alloc = MAX (64, spares->arrays_alloc * 2);
      spares->arrays = g_renew (GPtrArray *, spares->arrays, spares->arrays_alloc);
    }
  /* Emptied as g_ptr_array_set_size () would: it has no free function
   * and no NULL at the end. */
  array->len = 0;
  spares->arrays[spares->n_arrays++] = array;
}

/* The array that commands without assignments share: never changed,
 * never freed. */
static GPtrArray *
no_words (void)
{
  static GPtrArray *empty;

  if (g_once_init_enter (&empty))
    g_once_init_leave (&empty, g_ptr_array_new ());

  return empty;
}

gpointer
podlift_shell_store_alloc_slow (RealScript *store,
                                gsize       size)
{
  gsize block_size = MAX (MAX (MIN_BLOCK_SIZE, store->block_size), size + sizeof (ShellBlock));
  ShellBlock *block = g_malloc (block_size);

  block->next = store->blocks;
  store->blocks = block;
  store->free_start = block->data + size;
  store->free_end = (char *) block + block_size;

  return block->data;
}

static void
command_free (ShellSpares         *spares,
              PodliftShellCommand *cmd)
{
  give_array (spares, cmd->args);
  if (cmd->assignments != no_words ())
    give_array (spares, cmd->assignments);
}

void
podlift_shell_command_free (PodliftShellCommand *cmd)
{
  command_free (get_spares (), cmd);
}

static PodliftShellScript *
script_init (RealScript  *real,
             ShellSpares *spares,
             gsize        arena_size)
{
  memset (real, 0, sizeof (RealScript));
  real->spares = spares;
  real->script.commands = take_array (spares);
  real->free_start = real->arena;
  real->free_end = real->arena + arena_size;

  /* The arena may start anywhere after the bit field. */
  real->free_start = MIN (real->free_end,
                          real->arena + ((8 - ((guintptr) real->arena & 7)) & 7));

  return &real->script;
}

/* A script made while parsing @store's text: in its arena. */
PodliftShellScript *
podlift_shell_script_new_in (RealScript *store)
{
  RealScript *real = store_alloc (store, sizeof (RealScript));

  script_init (real, store->spares, 0);
  real->in_store = TRUE;

  return &real->script;
}

PodliftShellCommand *
podlift_shell_command_new (RealScript *store)
{
  RealCommand *real = store_alloc (store, sizeof (RealCommand));

  memset (real, 0, sizeof *real);
  real->command.args = take_array (store->spares);
  real->command.assignments = no_words ();

  return &real->command;
}

void
podlift_shell_command_add_assignment (PodliftShellCommand *cmd,
                                      char                *assignment)
{
  if (cmd->assignments == no_words ())
    cmd->assignments = take_array (get_spares ());

  g_ptr_array_add (cmd->assignments, assignment);
}

static GString *
take_word_buffer (ShellSpares *spares,
                  guint        depth)
{
  GString *word;

  depth = MIN (depth, G_N_ELEMENTS (spares->words) - 1);
  word = g_steal_pointer (&spares->words[depth]);

  return word != NULL ? word : g_string_sized_new (128);
}

static void
give_word_buffer (ShellSpares *spares,
                  guint        depth,
                  GString     *word)
{
  depth = MIN (depth, G_N_ELEMENTS (spares->words) - 1);

  if (spares->words[depth] == NULL && word->allocated_len <= 4096)
    spares->words[depth] = word;
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
  ps->word = take_word_buffer (store->spares, depth);
}

void
podlift_shell_parser_clear (Parser *ps)
{
  g_clear_pointer (&ps->cmd, podlift_shell_command_free);
  g_clear_pointer (&ps->pending, podlift_shell_script_free);
  g_clear_pointer (&ps->heredocs, g_array_unref);
  give_word_buffer (ps->store->spares, ps->depth, g_steal_pointer (&ps->word));
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

  g_ptr_array_set_size (from, 0);
}

/* Parses @text on its own (a `…` body, an sh -c string) into a new
 * script, in @store. */
PodliftShellScript *
podlift_shell_parse_nested (RealScript *store,
                            const char *text,
                            gsize       length,
                            guint       depth)
{
  PodliftShellScript *script = podlift_shell_script_new_in (store);
  Parser child;

  if (depth > MAX_DEPTH)
    return script;

  podlift_shell_parser_init (&child, script, store, text, text + length, depth);
  podlift_shell_parse_list (&child, FALSE);
  podlift_shell_parser_clear (&child);

  return script;
}

/* Parses @text into @script, keeping what it makes in @store. */
static PodliftShellScript *
parse_into (PodliftShellScript *script,
            RealScript         *store,
            const char         *text,
            gsize               length)
{
  Parser ps;

  podlift_shell_parser_init (&ps, script, store, text, text + length, 0);
  ps.copy = podlift_shell_store_string (store, text, length);
  ps.copy_of = text;
  podlift_shell_parse_list (&ps, FALSE);
  podlift_shell_parser_clear (&ps);

  if (script->commands->len > 0)
    {
      PodliftShellCommand *last = g_ptr_array_index (script->commands, script->commands->len - 1);

      last->next = PODLIFT_SHELL_OP_NONE;
    }

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
  gsize arena_size = 3 * length + 4 * sizeof (RealCommand) + 80;
  RealScript *real = g_malloc (sizeof (RealScript) + arena_size);
  PodliftShellScript *script = script_init (real, get_spares (), arena_size);

  if (text == NULL)
    return script;

  return parse_into (script, real, text, length);
}

/* A script without commands whose memory holds the scripts of
 * podlift_shell_parse_in(). */
PodliftShellScript *
podlift_shell_store_new (void)
{
  RealScript *real = g_malloc (sizeof (RealScript) + STORE_BLOCK_SIZE);
  PodliftShellScript *store = script_init (real, get_spares (), STORE_BLOCK_SIZE);

  real->block_size = STORE_BLOCK_SIZE;

  return store;
}

PodliftShellScript *
podlift_shell_parse_in (PodliftShellScript *store,
                        const char         *text)
{
  RealScript *real = (RealScript *)store;

  g_return_val_if_fail (store != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  return parse_into (podlift_shell_script_new_in (real), real, text, strlen (text));
}

void
podlift_shell_script_free (PodliftShellScript *script)
{
  RealScript *real = (RealScript *)script;
  ShellSpares *spares;
  ShellBlock *block;

  if (script == NULL)
    return;

  spares = get_spares ();
  for (guint i = 0; i < script->commands->len; i++)
    command_free (spares, g_ptr_array_index (script->commands, i));
  give_array (spares, g_steal_pointer (&script->commands));
  g_slist_free_full (g_steal_pointer (&real->adopted), (GDestroyNotify)podlift_shell_script_free);

  if (real->in_store)
    return;

  while ((block = real->blocks) != NULL)
    {
      real->blocks = block->next;
      g_free (block);
    }
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
      const char *value;

      if (flag[1] != '\0')
        {
          /* --flag, --flag=value: only the first letter is cheap */
          if (arg[1] == '-' && arg[2] == flag[0] &&
              long_flag_matches (arg, flag, strlen (flag), &value))
            return value == NULL;
        }
      else if (arg[1] != '-')
        {
          const char *letter = strchr (arg + 1, flag[0]);

          if (letter != NULL)
            return letter[1] == '\0';
        }
    }

  return FALSE;
}

const char *
podlift_shell_command_next_arg (const PodliftShellCommand *command,
                                const char * const        *flags_with_values,
                                PodliftShellArgIter       *iter)
{
  while (iter->i < command->args->len)
    {
      const char *arg = g_ptr_array_index (command->args, iter->i++);

      if (!iter->ended && arg[0] == '-' && arg[1] == '-' && arg[2] == '\0')
        iter->ended = TRUE;
      else if (!iter->ended && is_flag (arg))
        {
          if (flag_takes_next (arg, flags_with_values))
            iter->i++;
        }
      else
        return arg;
    }

  return NULL;
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
  PodliftShellArgIter iter = { 0 };
  GPtrArray *words;
  const char *arg;

  g_return_val_if_fail (command != NULL, NULL);

  words = g_ptr_array_sized_new (command->args->len);
  while ((arg = podlift_shell_command_next_arg (command, flags_with_values, &iter)) != NULL)
    g_ptr_array_add (words, (gpointer) arg);

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

