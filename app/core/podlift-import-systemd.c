/* podlift-import-systemd.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-import-systemd"

#include "config.h"

#include <string.h>

#include "podlift-error.h"
#include "podlift-scan-private.h"

/* A systemd service unit: what the service runs, as whom, where, with
 * which environment. Lines ending in '\' continue on the next one; the
 * source of a setting is the line its key is on. Only [Service] feeds
 * the answers; [Unit] ordering is listed as not carried over. */

typedef struct
{
  const char *key;
  const char *why;
} KeyWhy;

static const KeyWhy service_keys[] = {
  { "Restart", "Kubernetes restarts pods itself (restartPolicy) and probes decide when" },
  { "RestartSec", "Kubernetes restarts pods itself, with its own back-off" },
  { "StartLimitBurst", "Kubernetes restarts pods itself, with its own back-off" },
  { "StartLimitIntervalSec", "Kubernetes restarts pods itself, with its own back-off" },
  { "Type", "a container's main process runs in the foreground: no forking or notify protocol" },
  { "PIDFile", "a container's main process is PID 1: there is no PID file to watch" },
  { "Group", "set the pod's securityContext (runAsGroup, fsGroup) instead" },
  { "LimitNOFILE", "open-file limits come from the container runtime, not the pod spec" },
  { "LimitNPROC", "process limits come from the container runtime, not the pod spec" },
  { "LimitCORE", "core dumps are the node's setting, not the pod's" },
  { "MemoryLimit", "set memory requests and limits on the container (Strategy step)" },
  { "MemoryMax", "set memory requests and limits on the container (Strategy step)" },
  { "MemoryHigh", "set memory requests and limits on the container (Strategy step)" },
  { "CPUQuota", "set CPU requests and limits on the container (Strategy step)" },
  { "CPUShares", "set CPU requests and limits on the container (Strategy step)" },
  { "CPUWeight", "set CPU requests and limits on the container (Strategy step)" },
  { "Nice", "CPU priority is set by requests and limits, not niceness" },
  { "TimeoutStartSec", "a startup probe decides how long the application may take to start" },
  { "TimeoutStopSec", "set terminationGracePeriodSeconds on the pod" },
  { "TimeoutSec", "set a startup probe and terminationGracePeriodSeconds on the pod" },
  { "KillSignal", "Kubernetes stops containers with SIGTERM: use STOPSIGNAL in the Dockerfile for another signal" },
  { "KillMode", "Kubernetes stops the whole container" },
  { "ExecStartPost", "a command run after each start: use a postStart hook if the application needs it" },
  { "ExecReload", "pods are replaced, not reloaded: roll out a new version instead" },
  { "ExecStop", "Kubernetes sends SIGTERM: use a preStop hook if the application needs a stop command" },
  { "ExecStopPost", "Kubernetes sends SIGTERM: use a preStop hook if the application needs a stop command" },
  { "StandardOutput", "containers log to stdout and stderr; the cluster collects the logs" },
  { "StandardError", "containers log to stdout and stderr; the cluster collects the logs" },
  { "SyslogIdentifier", "containers log to stdout and stderr; the cluster collects the logs" },
  { "PrivateTmp", "a container has its own /tmp already" },
  { "ProtectSystem", "use a read-only root filesystem in the container's securityContext" },
  { "ProtectHome", "a container sees no home folders of the host" },
  { "NoNewPrivileges", "set allowPrivilegeEscalation: false in the container's securityContext" },
  { "ReadWritePaths", "only mounted volumes are writable with a read-only root filesystem: list them as stateful paths" },
  { "RuntimeDirectory", "use an emptyDir volume for runtime files" },
  { "StateDirectory", "state must live on a volume: list it as a stateful path" },
  { "LogsDirectory", "containers log to stdout and stderr; the cluster collects the logs" },
  { "AmbientCapabilities", "add capabilities in the container's securityContext only if needed" },
  { "CapabilityBoundingSet", "add capabilities in the container's securityContext only if needed" },
  { "UMask", "set the umask in the start command if the application needs it" },
};

static const KeyWhy unit_keys[] = {
  { "After", "start order: pods start independently, so the application must retry its connections" },
  { "Requires", "start order: pods start independently, so the application must retry its connections" },
  { "Wants", "start order: pods start independently, so the application must retry its connections" },
  { "BindsTo", "start order: pods start independently, so the application must retry its connections" },
};

/* Systemd's command prefixes: '-' ignores failure, '@' passes argv[0]
 * separately, ':', '+', '!' and "!!" change privileges or expansion. */
static char *
strip_exec_prefixes (const char *value)
{
  gboolean at = FALSE;
  const char *p = value;

  while (*p == '-' || *p == '@' || *p == ':' || *p == '+' || *p == '!')
    {
      if (*p == '@')
        at = TRUE;
      p++;
    }

  p += strspn (p, " \t");

  if (at)
    {
      /* "@/usr/bin/app app-name --flag": the second word is argv[0]. */
      const char *end_bin = p + strcspn (p, " \t");
      const char *argv0 = end_bin + strspn (end_bin, " \t");
      const char *rest = argv0 + strcspn (argv0, " \t");

      rest += strspn (rest, " \t");
      if (*rest == '\0')
        return g_strndup (p, end_bin - p);
      return g_strdup_printf ("%.*s %s", (int) (end_bin - p), p, rest);
    }

  return g_strdup (p);
}

static gboolean
looks_like_migration (const char *command)
{
  static const char *needles[] = {
    "migrate", "db:migrate", "alembic", "flyway", "liquibase", "goose ",
    "diesel migration", "knex migrate", "sequelize db:migrate", "rake db:",
    "doctrine:migrations", "ef database update", "dbmate",
  };

  for (guint i = 0; i < G_N_ELEMENTS (needles); i++)
    if (strstr (command, needles[i]) != NULL)
      return TRUE;

  return FALSE;
}

static const char *
why_for (const KeyWhy *table,
         gsize         n,
         const char   *key)
{
  for (gsize i = 0; i < n; i++)
    if (g_str_equal (table[i].key, key))
      return table[i].why;
  return NULL;
}

/* Environment=A=1 "B=two words" 'C=3': systemd's quoting rules. */
static gboolean
parse_environment (PodliftScanReport  *report,
                   const char         *name,
                   guint               line,
                   const char         *value,
                   GError            **error)
{
  g_auto(GStrv) words = NULL;
  g_autoptr(GError) local_error = NULL;
  int argc = 0;

  if (*value == '\0')
    return TRUE;

  if (!g_shell_parse_argv (value, &argc, &words, &local_error))
    {
      g_set_error (error, PODLIFT_ERROR, PODLIFT_ERROR_FAILED,
                   "%s:%u: Environment= has an unterminated quote", name, line);
      return FALSE;
    }

  for (int i = 0; i < argc; i++)
    {
      const char *eq = strchr (words[i], '=');
      g_autofree char *var = NULL;

      if (eq == NULL || eq == words[i])
        {
          g_set_error (error, PODLIFT_ERROR, PODLIFT_ERROR_FAILED,
                       "%s:%u: “%s” is not NAME=value", name, line, words[i]);
          return FALSE;
        }
      var = g_strndup (words[i], eq - words[i]);
      podlift_scan_report_add_env_var (report, var,
                                       podlift_scan_name_looks_secret (var),
                                       name, line);
    }

  return TRUE;
}

static void
import_exec_start_pre (PodliftScanReport *report,
                       const char        *name,
                       guint              line,
                       const char        *value)
{
  g_autofree char *command = strip_exec_prefixes (value);
  g_autofree char *what = NULL;

  if (looks_like_migration (command) &&
      !podlift_scan_report_has (report, "migration_command"))
    {
      podlift_scan_report_set_string (report, "migration_command", command, name, line);
      return;
    }

  what = g_strdup_printf ("ExecStartPre=%s", value);
  podlift_scan_report_add_not_carried_over (report, what,
                                            "a command run before each start: "
                                            "put it in an init container if the application needs it",
                                            name, line);
}

static void
import_environment_file (PodliftScanReport *report,
                         const char        *name,
                         guint              line,
                         const char        *value)
{
  const char *path = value[0] == '-' ? value + 1 : value;
  g_autofree char *what = g_strdup_printf ("EnvironmentFile=%s", value);
  g_autofree char *why = g_strdup_printf ("values are in %s: import that file or type them", path);

  podlift_scan_report_add_not_carried_over (report, what, why, name, line);
}

static gboolean
import_service_key (PodliftScanReport  *report,
                    const char         *name,
                    guint               line,
                    const char         *key,
                    const char         *value,
                    GError            **error)
{
  const char *why;

  if (g_str_equal (key, "ExecStart"))
    {
      g_autofree char *command = strip_exec_prefixes (value);

      if (*command != '\0')
        podlift_scan_report_set_string (report, "start_command", command, name, line);
    }
  else if (g_str_equal (key, "ExecStartPre"))
    import_exec_start_pre (report, name, line, value);
  else if (g_str_equal (key, "Environment"))
    return parse_environment (report, name, line, value, error);
  else if (g_str_equal (key, "EnvironmentFile"))
    import_environment_file (report, name, line, value);
  else if (g_str_equal (key, "WorkingDirectory"))
    podlift_scan_report_set_string (report, "working_dir",
                                    value[0] == '-' ? value + 1 : value, name, line);
  else if (g_str_equal (key, "User"))
    podlift_scan_report_set_string (report, "user", value, name, line);
  else if ((why = why_for (service_keys, G_N_ELEMENTS (service_keys), key)) != NULL)
    {
      g_autofree char *what = g_strdup_printf ("%s=%s", key, value);
      podlift_scan_report_add_not_carried_over (report, what, why, name, line);
    }

  return TRUE;
}

static void
import_unit_key (PodliftScanReport *report,
                 const char        *name,
                 guint              line,
                 const char        *key,
                 const char        *value)
{
  const char *why = why_for (unit_keys, G_N_ELEMENTS (unit_keys), key);
  g_autofree char *what = NULL;

  if (why == NULL)
    return;

  what = g_strdup_printf ("%s=%s", key, value);
  podlift_scan_report_add_not_carried_over (report, what, why, name, line);
}

/* One logical line (continuations joined): a section, a comment or
 * KEY=VALUE. @section is updated on a section header. */
static gboolean
import_line (PodliftScanReport  *report,
             const char         *name,
             guint               line,
             char               *text,
             char              **section,
             GError            **error)
{
  char *eq;
  g_autofree char *key = NULL;

  g_strstrip (text);
  if (*text == '\0' || *text == '#' || *text == ';')
    return TRUE;

  if (*text == '[')
    {
      char *end = strchr (text, ']');

      if (end == NULL)
        {
          g_set_error (error, PODLIFT_ERROR, PODLIFT_ERROR_FAILED,
                       "%s:%u: the section name has no closing “]”", name, line);
          return FALSE;
        }
      g_free (*section);
      *section = g_strndup (text + 1, end - text - 1);
      return TRUE;
    }

  eq = strchr (text, '=');
  if (eq == NULL)
    {
      g_set_error (error, PODLIFT_ERROR, PODLIFT_ERROR_FAILED,
                   "%s:%u: expected KEY=VALUE, found “%s”", name, line, text);
      return FALSE;
    }

  key = g_strstrip (g_strndup (text, eq - text));
  eq = g_strstrip (eq + 1);

  if (g_strcmp0 (*section, "Service") == 0)
    return import_service_key (report, name, line, key, eq, error);
  if (g_strcmp0 (*section, "Unit") == 0)
    import_unit_key (report, name, line, key, eq);

  return TRUE;
}

gboolean
podlift_import_systemd (PodliftScanReport  *report,
                        const char         *name,
                        const char         *text,
                        GError            **error)
{
  g_auto(GStrv) lines = NULL;
  g_autofree char *section = NULL;
  g_autoptr(GString) logical = g_string_new (NULL);
  guint start_line = 0;

  g_return_val_if_fail (PODLIFT_IS_SCAN_REPORT (report), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *l = lines[i];
      gsize len;

      g_strchomp (l);
      len = strlen (l);
      if (logical->len == 0)
        start_line = i + 1;

      /* Comments never continue. */
      if (len > 0 && l[len - 1] == '\\' && logical->len == 0 &&
          (l[strspn (l, " \t")] == '#' || l[strspn (l, " \t")] == ';'))
        continue;

      /* Continued lines join with one space. */
      if (logical->len > 0)
        l = g_strchug (l), len = strlen (l);
      if (len > 0 && l[len - 1] == '\\' && lines[i + 1] != NULL)
        {
          l[len - 1] = '\0';
          g_string_append (logical, g_strchomp (l));
          g_string_append_c (logical, ' ');
          continue;
        }

      g_string_append (logical, l);
      if (!import_line (report, name, start_line, logical->str, &section, error))
        return FALSE;
      g_string_truncate (logical, 0);
    }

  return TRUE;
}
