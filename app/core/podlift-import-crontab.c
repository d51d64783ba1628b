/* podlift-import-crontab.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-import-crontab"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "podlift-error.h"
#include "podlift-scan-private.h"

/* A crontab, in the user format (five time fields and a command) or the
 * system format of /etc/crontab and /etc/cron.d (a user column after the
 * time fields). Each job becomes a CronJob with a schedule Kubernetes
 * accepts: the five standard fields (day of week 0-6) or one of
 * @yearly, @monthly, @weekly, @daily and @hourly. */

typedef struct
{
  const char *name;
  guint       min;
  guint       max;
  const char *const *names;
} Field;

static const char *const month_names[] = {
  "jan", "feb", "mar", "apr", "may", "jun",
  "jul", "aug", "sep", "oct", "nov", "dec", NULL
};
static const char *const day_names[] = {
  "sun", "mon", "tue", "wed", "thu", "fri", "sat", NULL
};

static const Field fields[] = {
  { "minute", 0, 59, NULL },
  { "hour", 0, 23, NULL },
  { "day of month", 1, 31, NULL },
  { "month", 1, 12, month_names },
  { "day of week", 0, 7, day_names },
};

/* Users that run jobs in /etc/cron.d files; a sixth field naming one of
 * them is a user column, not the command. */
static const char *const known_users[] = {
  "root", "www-data", "nobody", "daemon", "app", "deploy", "ubuntu",
  "admin", "postgres", "nginx", "apache", "http", "www", "ec2-user",
  "centos", "debian", "webapp", "rails", "django", "node", NULL
};

/* A number or, where the field has names, a name ("jan", "Mon"). */
static gboolean
parse_value (const Field  *field,
             const char   *text,
             gsize         len,
             guint        *value)
{
  char *end;
  guint64 n;

  if (len == 0)
    return FALSE;

  if (field->names != NULL && g_ascii_isalpha (text[0]))
    {
      for (guint i = 0; field->names[i] != NULL; i++)
        if (len == 3 && g_ascii_strncasecmp (text, field->names[i], 3) == 0)
          {
            *value = i + field->min;
            return TRUE;
          }
      return FALSE;
    }

  if (!g_ascii_isdigit (text[0]))
    return FALSE;
  n = g_ascii_strtoull (text, &end, 10);
  if (end != text + len)
    return FALSE;
  *value = n > G_MAXUINT ? G_MAXUINT : (guint) n;
  return TRUE;
}

static gboolean
check_value (const Field  *field,
             const char   *text,
             gsize         len,
             guint        *value,
             char        **problem)
{
  if (!parse_value (field, text, len, value))
    {
      *problem = g_strdup_printf ("“%.*s” is not a valid %s", (int) len, text, field->name);
      return FALSE;
    }
  if (*value < field->min || *value > field->max)
    {
      *problem = g_strdup_printf ("%s %.*s is out of range (%u-%u)",
                                  field->name, (int) len, text, field->min, field->max);
      return FALSE;
    }
  return TRUE;
}

/* One item of a comma list: "*", "N", "N-M", each with an optional
 * "/STEP". Appends it to @out, with day of week 7 written as 0. */
static gboolean
check_item (const Field  *field,
            const char   *item,
            GString      *out,
            char        **problem)
{
  const char *slash = strchr (item, '/');
  gsize range_len = slash ? (gsize) (slash - item) : strlen (item);
  const char *dash = memchr (item, '-', range_len);
  gboolean is_dow = field->max == 7;
  guint lo = 0, hi = 0, step;

  if (slash != NULL && !check_value (&(Field) { "step", 1, field->max, NULL },
                                     slash + 1, strlen (slash + 1), &step, problem))
    return FALSE;

  if (range_len == 1 && item[0] == '*')
    {
      g_string_append (out, item);
      return TRUE;
    }

  if (dash == NULL)
    {
      if (!check_value (field, item, range_len, &lo, problem))
        return FALSE;
      if (is_dow && lo == 7 && slash == NULL)
        g_string_append (out, "0");
      else
        g_string_append (out, item);
      return TRUE;
    }

  if (!check_value (field, item, dash - item, &lo, problem) ||
      !check_value (field, dash + 1, range_len - (dash + 1 - item), &hi, problem))
    return FALSE;
  if (lo > hi)
    {
      *problem = g_strdup_printf ("%s range %.*s goes backwards",
                                  field->name, (int) range_len, item);
      return FALSE;
    }

  if (is_dow && hi == 7 && slash == NULL)
    {
      /* Kubernetes knows 0-6 only: "5-7" is "5-6,0". */
      if (lo == 7)
        g_string_append (out, "0");
      else if (lo == 6)
        g_string_append (out, "6,0");
      else
        g_string_append_printf (out, "%.*s-6,0", (int) (dash - item), item);
      return TRUE;
    }

  g_string_append (out, item);
  return TRUE;
}

static gboolean
check_field (const Field  *field,
             const char   *text,
             GString      *out,
             char        **problem)
{
  g_auto(GStrv) items = g_strsplit (text, ",", -1);

  for (guint i = 0; items[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      if (!check_item (field, items[i], out, problem))
        return FALSE;
    }

  return TRUE;
}

/* The schedule as Kubernetes accepts it, NULL for @reboot, or an error. */
static const char *
macro_schedule (const char *macro)
{
  static const struct { const char *macro; const char *schedule; } macros[] = {
    { "@hourly", "@hourly" },
    { "@daily", "@daily" },
    { "@midnight", "@daily" },
    { "@weekly", "@weekly" },
    { "@monthly", "@monthly" },
    { "@yearly", "@yearly" },
    { "@annually", "@yearly" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (macros); i++)
    if (g_ascii_strcasecmp (macro, macros[i].macro) == 0)
      return macros[i].schedule;

  return NULL;
}

/* Splits off the first whitespace-separated word of *@rest. */
static char *
next_word (const char **rest)
{
  const char *p = *rest + strspn (*rest, " \t");
  gsize len = strcspn (p, " \t");
  char *word;

  if (len == 0)
    {
      *rest = p;
      return NULL;
    }

  word = g_strndup (p, len);
  p += len;
  *rest = p + strspn (p, " \t");
  return word;
}

static gboolean
is_known_user (const char *word)
{
  return word != NULL && g_strv_contains (known_users, word);
}

typedef struct
{
  PodliftScanReport *report;
  const char        *name;
  gboolean           system_format;
  GHashTable        *users;
} Crontab;

/* "\%" is a literal percent sign in a crontab command. */
static char *
unescape_command (const char *command)
{
  GString *out = g_string_new (NULL);

  for (const char *p = command; *p != '\0'; p++)
    {
      if (p[0] == '\\' && p[1] == '%')
        p++;
      g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

static void
note_user (Crontab    *self,
           const char *user,
           guint       line)
{
  g_autofree char *what = NULL;

  if (g_hash_table_contains (self->users, user))
    return;

  g_hash_table_add (self->users, g_strdup (user));
  what = g_strdup_printf ("jobs run as %s", user);
  podlift_scan_report_add_not_carried_over (self->report, what,
                                            "a CronJob runs as the container's user: "
                                            "set runAsUser on the job if it needs another one",
                                            self->name, line);
}

/* After the schedule: the user column (system format) and the command. */
static gboolean
add_job (Crontab     *self,
         guint        line,
         const char  *schedule,
         const char  *rest,
         GError     **error)
{
  g_autofree char *command = NULL;
  const char *after_user = rest;
  g_autofree char *user = next_word (&after_user);

  if (user != NULL && *after_user != '\0' &&
      (self->system_format || is_known_user (user)))
    {
      note_user (self, user, line);
      rest = after_user;
    }
  else if (self->system_format)
    return podlift_error_set_at (error, PODLIFT_ERROR_FAILED, self->name, line,
                                 "expected a user name and a command after the schedule");

  if (*rest == '\0')
    return podlift_error_set_at (error, PODLIFT_ERROR_FAILED, self->name, line,
                                 "the job has no command");

  command = unescape_command (rest);
  g_strchomp (command);
  podlift_scan_report_add_cron_job (self->report, schedule, command, self->name, line);
  return TRUE;
}

static gboolean
import_macro_line (Crontab     *self,
                   guint        line,
                   const char  *text,
                   GError     **error)
{
  const char *rest = text;
  g_autofree char *macro = next_word (&rest);
  const char *schedule;

  if (g_ascii_strcasecmp (macro, "@reboot") == 0)
    {
      podlift_scan_report_add_not_carried_over (self->report, text,
                                                "runs at boot: use an init container or a Job",
                                                self->name, line);
      return TRUE;
    }

  schedule = macro_schedule (macro);
  if (schedule == NULL)
    return podlift_error_set_at (error, PODLIFT_ERROR_FAILED, self->name, line,
                                 "unknown schedule “%s”", macro);

  return add_job (self, line, schedule, rest, error);
}

static gboolean
import_job_line (Crontab     *self,
                 guint        line,
                 const char  *text,
                 GError     **error)
{
  g_autoptr(GString) schedule = g_string_new (NULL);
  const char *rest = text;

  for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
    {
      g_autofree char *word = next_word (&rest);
      g_autofree char *problem = NULL;

      /* "0 4 * /usr/bin/job": a command where a field should be. */
      if (word == NULL || word[0] == '/')
        return podlift_error_set_at (error, PODLIFT_ERROR_FAILED, self->name, line,
                                     "expected five time fields and a command, found %u field%s",
                                     f, f == 1 ? "" : "s");
      if (f > 0)
        g_string_append_c (schedule, ' ');
      if (!check_field (&fields[f], word, schedule, &problem))
        return podlift_error_set_at (error, PODLIFT_ERROR_FAILED, self->name, line, "%s", problem);
    }

  if (*rest == '\0')
    return podlift_error_set_at (error, PODLIFT_ERROR_FAILED, self->name, line,
                                 "expected five time fields and a command, found no command");

  return add_job (self, line, schedule->str, rest, error);
}

static const char *
env_why (const char *var)
{
  if (g_str_equal (var, "SHELL"))
    return "a CronJob runs its command as the container's entrypoint: write “sh -c '…'” if it needs a shell";
  if (g_str_equal (var, "PATH"))
    return "the container image sets PATH";
  if (g_str_equal (var, "MAILTO") || g_str_equal (var, "MAILFROM"))
    return "Kubernetes does not mail job output: read it with kubectl logs or the cluster's log collector";
  if (g_str_equal (var, "HOME") || g_str_equal (var, "LOGNAME"))
    return "the container image sets it";
  if (g_str_equal (var, "CRON_TZ"))
    return "set the CronJob's timeZone field instead";
  return NULL;
}

/* "NAME=value" or "NAME = value"; FALSE when the line is not one. */
static gboolean
import_env_line (Crontab    *self,
                 guint       line,
                 const char *text)
{
  gsize len = 0;
  const char *why;
  g_autofree char *var = NULL;

  if (!g_ascii_isalpha (text[0]) && text[0] != '_')
    return FALSE;
  while (g_ascii_isalnum (text[len]) || text[len] == '_')
    len++;
  if (text[len + strspn (text + len, " \t")] != '=')
    return FALSE;

  var = g_strndup (text, len);
  why = env_why (var);
  if (why != NULL)
    podlift_scan_report_add_not_carried_over (self->report, text, why, self->name, line);
  else
    podlift_scan_report_add_env_var (self->report, var,
                                     podlift_scan_name_looks_secret (var),
                                     self->name, line);
  return TRUE;
}

static gboolean
is_system_path (const char *name)
{
  g_autofree char *base = g_path_get_basename (name);

  return strstr (name, "cron.d/") != NULL ||
         (g_str_equal (base, "crontab") && strstr (name, "etc/") != NULL);
}

gboolean
podlift_import_crontab (PodliftScanReport  *report,
                        const char         *name,
                        const char         *text,
                        GError            **error)
{
  g_auto(GStrv) lines = NULL;
  g_autoptr(GHashTable) users = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Crontab self = { report, name, is_system_path (name), users };

  g_return_val_if_fail (PODLIFT_IS_SCAN_REPORT (report), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *l = g_strstrip (lines[i]);
      gboolean ok = TRUE;

      if (*l == '\0' || *l == '#')
        continue;
      if (*l == '@')
        ok = import_macro_line (&self, i + 1, l, error);
      else if (!import_env_line (&self, i + 1, l))
        ok = import_job_line (&self, i + 1, l, error);

      if (!ok)
        return FALSE;
    }

  return TRUE;
}
