/* podlift-dockerfile-checks-env.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-dockerfile-checks"

#include "config.h"

#include <string.h>

#include "podlift-bundle-private.h"
#include "podlift-dockerfile-checks-private.h"
#include "podlift-env-var.h"

/* configuration.env and secrets.env are views of the profile's one list
 * of environment variables: what the user types in either goes back
 * into the list. The syntax is docker compose's env_file: KEY=value,
 * "# comments", blank lines, "export KEY=value", double-quoted values
 * with \n \" \\ escapes (as podlift_bundle_write_env writes them) that
 * may span lines, single-quoted values taken as they are, and unquoted
 * values trimmed, up to a " #" comment. */

typedef struct
{
  char *name;
  char *value;
} Entry;

static void
entry_clear (gpointer data)
{
  Entry *entry = data;

  g_free (entry->name);
  g_free (entry->value);
}

/* The characters of a ConfigMap key: a name made of others never gets
 * into the files (podlift_project_list_config_keys()). */
static gboolean
is_name_char (char c)
{
  return g_ascii_isalnum (c) || c == '_' || c == '.' || c == '-';
}

static gboolean
is_key (const char *name)
{
  if (name == NULL || name[0] == '\0' || strcmp (name, ".") == 0 || strcmp (name, "..") == 0)
    return FALSE;

  for (const char *c = name; *c != '\0'; c++)
    if (!is_name_char (*c))
      return FALSE;

  return TRUE;
}

static const char *
skip_blanks (const char *p)
{
  while (*p == ' ' || *p == '\t')
    p++;

  return p;
}

static const char *
line_end (const char *p)
{
  const char *newline = strchr (p, '\n');

  return newline != NULL ? newline : p + strlen (p);
}

static const char *read_unquoted (const char *p,
                                  GString    *value);

/* The closing quote of "…", or NULL. */
static const char *
closing_quote (const char *p)
{
  for (; *p != '\0'; p++)
    {
      if (*p == '\\' && p[1] != '\0')
        p++;
      else if (*p == '"')
        return p;
    }

  return NULL;
}

/* Whether "…" closes as a value does: with only blanks or a comment
 * after it. A quote that closes on a later line in the middle of
 * something else is the opening quote of another value. */
static gboolean
closes_value (const char *p)
{
  const char *close = closing_quote (p);
  const char *after;

  if (close == NULL)
    return FALSE;

  after = skip_blanks (close + 1);
  return memchr (p, '\n', close - p) == NULL ||
         *after == '\0' || *after == '\n' || *after == '\r' || *after == '#';
}

/* "…" from after the opening quote; returns the end of the value's
 * line. A quote left open (while it is typed) ends with its line
 * instead of taking the rest of the file. */
static const char *
read_double_quoted (const char *p,
                    GString    *value)
{
  if (!closes_value (p))
    return read_unquoted (p - 1, value);

  for (; *p != '\0' && *p != '"'; p++)
    {
      if (*p != '\\' || p[1] == '\0')
        {
          g_string_append_c (value, *p);
          continue;
        }

      p++;
      switch (*p)
        {
        case 'n': g_string_append_c (value, '\n'); break;
        case 't': g_string_append_c (value, '\t'); break;
        case 'r': g_string_append_c (value, '\r'); break;
        default: g_string_append_c (value, *p); break;
        }
    }

  return line_end (p);
}

static const char *
read_single_quoted (const char *p,
                    GString    *value)
{
  const char *close = strchr (p, '\'');

  if (close == NULL)
    close = p + strlen (p);
  g_string_append_len (value, p, close - p);

  return line_end (close);
}

/* Up to the end of the line or a '#' after a blank, trimmed. */
static const char *
read_unquoted (const char *p,
               GString    *value)
{
  const char *end = line_end (p);
  const char *stop = end;

  for (const char *c = p; c < end; c++)
    if (*c == '#' && (c == p || c[-1] == ' ' || c[-1] == '\t'))
      {
        stop = c;
        break;
      }

  while (stop > p && g_ascii_isspace (stop[-1]))
    stop--;
  g_string_append_len (value, p, stop - p);

  return end;
}

/* One KEY=value at @p; returns where the next line starts. */
static const char *
read_entry (const char *p,
            GArray     *entries)
{
  const char *name = skip_blanks (p);
  const char *name_end;
  const char *eq;
  GString *value;
  Entry entry;

  if (g_str_has_prefix (name, "export") && (name[6] == ' ' || name[6] == '\t'))
    name = skip_blanks (name + 6);

  for (name_end = name; is_name_char (*name_end); name_end++)
    ;
  eq = skip_blanks (name_end);
  if (name_end == name || *eq != '=')
    {
      p = line_end (p);
      return *p != '\0' ? p + 1 : p;
    }

  value = g_string_new (NULL);
  eq = skip_blanks (eq + 1);
  if (*eq == '"')
    p = read_double_quoted (eq + 1, value);
  else if (*eq == '\'')
    p = read_single_quoted (eq + 1, value);
  else
    p = read_unquoted (eq, value);

  entry.name = g_strndup (name, name_end - name);
  entry.value = g_string_free (value, FALSE);
  g_array_append_val (entries, entry);

  return *p != '\0' ? p + 1 : p;
}

/* The KEY=value entries of an env file, the last of a name winning. */
static GArray *
parse_env_file (const char *text)
{
  GArray *entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  const char *p = text != NULL ? text : "";

  g_array_set_clear_func (entries, entry_clear);

  while (*p != '\0')
    {
      const char *start = skip_blanks (p);

      if (*start == '#' || *start == '\n' || *start == '\r' || *start == '\0')
        {
          p = line_end (start);
          p = *p != '\0' ? p + 1 : p;
          continue;
        }

      p = read_entry (p, entries);
    }

  for (guint i = entries->len; i > 0; i--)
    for (guint j = i; j < entries->len; j++)
      if (strcmp (g_array_index (entries, Entry, i - 1).name,
                  g_array_index (entries, Entry, j).name) == 0)
        {
          g_array_remove_index (entries, i - 1);
          break;
        }

  return entries;
}

static PodliftEnvVar *
find_var (GListModel *vars,
          const char *name,
          guint      *position)
{
  for (guint i = 0; i < g_list_model_get_n_items (vars); i++)
    {
      g_autoptr(PodliftEnvVar) var = g_list_model_get_item (vars, i);

      if (g_strcmp0 (podlift_env_var_get_name (var), name) == 0)
        {
          *position = i;
          return g_steal_pointer (&var);
        }
    }

  return NULL;
}

static gboolean
entries_have (GArray     *entries,
              const char *name)
{
  for (guint i = 0; i < entries->len; i++)
    if (g_strcmp0 (g_array_index (entries, Entry, i).name, name) == 0)
      return TRUE;

  return FALSE;
}

/* An empty value and no value are the same line, "KEY=", and so is the
 * placeholder of a secret. */
static void
set_value (PodliftEnvVar *var,
           const char    *value,
           gboolean       secret)
{
  if (value[0] == '\0' || (secret && strcmp (value, PODLIFT_SECRET_PLACEHOLDER) == 0))
    value = NULL;

  podlift_env_var_set_value (var, value);
}

/**
 * podlift_app_profile_apply_env_file:
 * @text: (nullable): the text of configuration.env or secrets.env
 * @secret: which of the two it is
 *
 * Makes the profile's variables of that kind those of @text: values of
 * existing names updated (their source kept, and their kind when a name
 * moved from the other file), new names appended, names no longer in
 * the file removed (but for names that cannot be keys, which the file
 * never shows). Nothing changes for a variable that stays the same; a
 * secret's placeholder value ("change-me") stays no value.
 */
void
podlift_app_profile_apply_env_file (PodliftAppProfile *profile,
                                    const char        *text,
                                    gboolean           secret)
{
  GListStore *store;
  GListModel *vars;
  g_autoptr(GArray) entries = NULL;

  g_return_if_fail (PODLIFT_IS_APP_PROFILE (profile));

  store = podlift_app_profile_get_env_vars (profile);
  vars = G_LIST_MODEL (store);
  entries = parse_env_file (text);

  for (guint i = g_list_model_get_n_items (vars); i > 0; i--)
    {
      g_autoptr(PodliftEnvVar) var = g_list_model_get_item (vars, i - 1);

      if (!podlift_env_var_get_secret (var) == !secret &&
          is_key (podlift_env_var_get_name (var)) &&
          !entries_have (entries, podlift_env_var_get_name (var)))
        g_list_store_remove (store, i - 1);
    }

  for (guint i = 0; i < entries->len; i++)
    {
      const Entry *entry = &g_array_index (entries, Entry, i);
      g_autoptr(PodliftEnvVar) var = NULL;
      guint position;

      var = find_var (vars, entry->name, &position);
      if (var == NULL)
        {
          var = podlift_env_var_new ();
          podlift_env_var_set_name (var, entry->name);
          podlift_env_var_set_secret (var, secret);
          podlift_env_var_set_source (var, secret ? "secrets.env" : "configuration.env");
          set_value (var, entry->value, secret);
          g_list_store_append (store, var);
          continue;
        }

      podlift_env_var_set_secret (var, secret);
      set_value (var, entry->value, secret);
    }
}
