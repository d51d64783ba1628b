/* podlift-scan-python.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-scan-python"

#include "config.h"

#include <string.h>

#include "podlift-scan-private.h"

/* Python: the dependencies from requirements.txt, pyproject.toml (Poetry
 * or PEP 621) or Pipfile, each with its line; the version from
 * .python-version, runtime.txt, requires-python or Pipfile; the start
 * command from a Procfile, a Dockerfile, a systemd unit or, for Django
 * with gunicorn, the project's WSGI module; the port from the command,
 * gunicorn.conf.py or the code; the database from Django's ENGINE or the
 * drivers; migrations from Django, Alembic or Flask-Migrate. */

typedef struct
{
  char  *file;
  guint  line;
} Evidence;

typedef struct
{
  PodliftScanContext *ctx;
  PodliftScanReport  *report;
  GHashTable         *deps;        /* normalised name → Evidence */
  const char         *manage_py;
  char               *start;       /* the start command found, or NULL */
  const char         *start_file;
  guint               start_line;
} PythonScan;

static void
evidence_free (gpointer data)
{
  Evidence *evidence = data;

  g_free (evidence->file);
  g_free (evidence);
}

static void
python_scan_clear (PythonScan *scan)
{
  g_clear_pointer (&scan->deps, g_hash_table_unref);
  g_free (scan->start);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PythonScan, python_scan_clear)

static guint
line_at (const char *text,
         const char *at)
{
  guint line = 1;

  for (const char *p = text; p < at; p++)
    if (*p == '\n')
      line++;
  return line;
}

/* Runs @pattern on the file; the first group of the first match and its
 * line, or NULL. */
static char *
match_in (const char *text,
          const char *pattern,
          guint      *line)
{
  g_autoptr(GRegex) regex = g_regex_new (pattern, G_REGEX_MULTILINE, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  int start = 0;

  if (text == NULL || !g_regex_match (regex, text, 0, &match))
    return NULL;
  g_match_info_fetch_pos (match, 0, &start, NULL);
  *line = line_at (text, text + start);
  return g_match_info_fetch (match, 1);
}

static void
add_dependency (PythonScan *scan,
                const char *spec,
                const char *file,
                guint       line)
{
  g_autofree char *spec_name = g_strndup (spec, strcspn (spec, " \t[<>=!~;@\"'"));
  g_autofree char *name = g_ascii_strdown (spec_name, -1);
  Evidence *evidence;

  g_strdelimit (name, "_.", '-');
  if (name[0] == '\0' || g_hash_table_contains (scan->deps, name))
    return;
  evidence = g_new0 (Evidence, 1);
  evidence->file = g_strdup (file);
  evidence->line = line;
  g_hash_table_insert (scan->deps, g_steal_pointer (&name), evidence);
}

static void
read_requirements (PythonScan *scan,
                   const char *path,
                   guint       depth)
{
  const char *text = podlift_scan_context_read (scan->ctx, path);
  g_auto(GStrv) lines = text != NULL ? g_strsplit (text, "\n", -1) : NULL;

  for (guint i = 0; lines != NULL && lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);

      /* -r base.txt: the included file, next to this one. */
      if (g_str_has_prefix (line, "-r ") && depth == 0)
        {
          g_autofree char *dir = g_path_get_dirname (path);
          g_autofree char *included = g_strcmp0 (dir, ".") == 0
            ? g_strdup (g_strstrip (line + 3)) : g_build_path ("/", dir, g_strstrip (line + 3), NULL);

          read_requirements (scan, included, depth + 1);
        }
      else if (g_ascii_isalnum (line[0]))
        add_dependency (scan, line, path, i + 1);
    }
}

/* The body of a TOML/INI table: from after its header to the next one. */
static const char *
table_body (const char *text,
            const char *header,
            const char **end)
{
  g_autofree char *needle = g_strdup_printf ("\n%s\n", header);
  const char *start = text != NULL ? strstr (text, needle) : NULL;
  const char *next;

  if (start == NULL && text != NULL && g_str_has_prefix (text, needle + 1))
    start = text - 1;
  if (start == NULL)
    return NULL;
  start += strlen (needle);
  next = strstr (start, "\n[");
  *end = next != NULL ? next + 1 : start + strlen (start);
  return start;
}

/* `name = …` lines of a table (Poetry, Pipfile). */
static void
read_table_keys (PythonScan *scan,
                 const char *path,
                 const char *text,
                 const char *header)
{
  const char *end = NULL;
  const char *body = table_body (text, header, &end);

  for (const char *p = body; p != NULL && p < end; p = strchr (p, '\n') + 1)
    {
      if (g_ascii_isalpha (*p) && !g_str_has_prefix (p, "python "))
        add_dependency (scan, p, path, line_at (text, p));
      if (strchr (p, '\n') == NULL)
        break;
    }
}

/* PEP 621: dependencies = [ "fastapi>=0.110", … ] under [project]. */
static void
read_project_dependencies (PythonScan *scan,
                           const char *path,
                           const char *text)
{
  const char *end = NULL;
  const char *body = table_body (text, "[project]", &end);
  const char *list = body != NULL ? strstr (body, "\ndependencies") : NULL;

  if (list == NULL || list > end)
    return;
  for (const char *p = strchr (list, '['); p != NULL && *p != '\0' && *p != ']'; p++)
    if (*p == '"' || *p == '\'')
      {
        const char *close = strchr (p + 1, *p);

        if (close == NULL)
          return;
        add_dependency (scan, p + 1, path, line_at (text, p));
        p = close;
      }
}

static void
collect_dependencies (PythonScan *scan)
{
  const char *requirements = podlift_scan_context_find (scan->ctx, "requirements.txt");
  const char *pyproject = podlift_scan_context_find (scan->ctx, "pyproject.toml");
  const char *pipfile = podlift_scan_context_find (scan->ctx, "Pipfile");

  if (pyproject != NULL)
    {
      const char *text = podlift_scan_context_read (scan->ctx, pyproject);

      read_table_keys (scan, pyproject, text, "[tool.poetry.dependencies]");
      read_project_dependencies (scan, pyproject, text);
    }
  if (pipfile != NULL)
    read_table_keys (scan, pipfile, podlift_scan_context_read (scan->ctx, pipfile), "[packages]");
  if (requirements != NULL)
    read_requirements (scan, requirements, 0);
}

static Evidence *
dependency (PythonScan *scan,
            const char *name)
{
  return g_hash_table_lookup (scan->deps, name);
}

/* Which file says this is Python, strongest first. */
static const char *
find_manifest (PythonScan *scan)
{
  static const char * const manifests[] = {
    "pyproject.toml", "Pipfile", "requirements.txt", "setup.py", "manage.py", NULL
  };
  const char *best = NULL;

  /* One at the top, in the order above; or else the first found. */
  for (guint i = 0; manifests[i] != NULL; i++)
    {
      const char *path = podlift_scan_context_find (scan->ctx, manifests[i]);

      if (path != NULL && strchr (path, '/') == NULL)
        return path;
      if (best == NULL)
        best = path;
    }
  return best;
}

static gboolean
set_version_from (PythonScan *scan,
                  const char *basename,
                  const char *pattern)
{
  const char *path = podlift_scan_context_find (scan->ctx, basename);
  guint line = 0;
  g_autofree char *version = NULL;

  if (path == NULL ||
      (version = match_in (podlift_scan_context_read (scan->ctx, path), pattern, &line)) == NULL)
    return FALSE;
  podlift_scan_report_set_string (scan->report, "stack_version", version, path, line);
  return TRUE;
}

static void
detect_version (PythonScan *scan)
{
  if (set_version_from (scan, ".python-version", "^\\s*(\\d+\\.\\d+(?:\\.\\d+)?)") ||
      set_version_from (scan, "runtime.txt", "^\\s*python-(\\d+\\.\\d+(?:\\.\\d+)?)") ||
      set_version_from (scan, "pyproject.toml",
                        "^requires-python\\s*=\\s*[\"'][>=~^ ]*(\\d+\\.\\d+(?:\\.\\d+)?)") ||
      set_version_from (scan, "pyproject.toml",
                        "^python\\s*=\\s*[\"'][>=~^ ]*(\\d+\\.\\d+(?:\\.\\d+)?)") ||
      set_version_from (scan, "Pipfile", "^python_(?:full_)?version\\s*=\\s*[\"'](\\d+\\.\\d+(?:\\.\\d+)?)"))
    return;
}

static void
detect_manager (PythonScan *scan)
{
  const char *pyproject = podlift_scan_context_find (scan->ctx, "pyproject.toml");
  const char *text = pyproject != NULL ? podlift_scan_context_read (scan->ctx, pyproject) : NULL;
  const char *poetry = text != NULL ? strstr (text, "[tool.poetry]") : NULL;
  const char *path;

  if ((path = podlift_scan_context_find (scan->ctx, "poetry.lock")) != NULL)
    podlift_scan_report_set_string (scan->report, "package_manager", "poetry", path, 0);
  else if (poetry != NULL)
    podlift_scan_report_set_string (scan->report, "package_manager", "poetry", pyproject,
                                    line_at (text, poetry));
  else if ((path = podlift_scan_context_find (scan->ctx, "Pipfile.lock")) != NULL ||
           (path = podlift_scan_context_find (scan->ctx, "Pipfile")) != NULL)
    podlift_scan_report_set_string (scan->report, "package_manager", "pipenv", path, 0);
  else if ((path = podlift_scan_context_find (scan->ctx, "requirements.txt")) != NULL)
    podlift_scan_report_set_string (scan->report, "package_manager", "pip", path, 0);
}

static void
set_start (PythonScan *scan,
           const char *command,
           const char *file,
           guint       line)
{
  if (scan->start != NULL)
    return;
  scan->start = g_strstrip (g_strdup (command));
  scan->start_file = file;
  scan->start_line = line;
  podlift_scan_report_set_string (scan->report, "start_command", scan->start, file, line);
}

static gboolean
start_from_procfile (PythonScan *scan)
{
  const char *path = podlift_scan_context_find (scan->ctx, "Procfile");
  guint line = 0;
  g_autofree char *command = NULL;

  if (path == NULL ||
      (command = match_in (podlift_scan_context_read (scan->ctx, path),
                           "^web:\\s*(.+?)\\s*$", &line)) == NULL)
    return FALSE;
  set_start (scan, command, path, line);
  return TRUE;
}

/* CMD ["gunicorn", "app:app", "-b", "0.0.0.0:8000"] → one command line. */
static char *
exec_form_to_command (const char *form)
{
  g_autoptr(GString) command = g_string_new (NULL);

  for (const char *p = form; (p = strchr (p, '"')) != NULL; p++)
    {
      const char *close = strchr (p + 1, '"');

      if (close == NULL)
        break;
      if (command->len > 0)
        g_string_append_c (command, ' ');
      g_string_append_len (command, p + 1, close - p - 1);
      p = close;
    }
  return g_string_free (g_steal_pointer (&command), FALSE);
}

static gboolean
start_from_dockerfile (PythonScan *scan)
{
  const char *path = podlift_scan_context_find (scan->ctx, "Dockerfile");
  guint line = 0;
  g_autofree char *form = NULL;
  g_autofree char *command = NULL;

  if (path == NULL ||
      (form = match_in (podlift_scan_context_read (scan->ctx, path),
                        "^(?:CMD|ENTRYPOINT)\\s+(.*\\b(?:gunicorn|uvicorn)\\b.*?)\\s*$", &line)) == NULL)
    return FALSE;
  command = form[0] == '[' ? exec_form_to_command (form) : g_strdup (form);
  set_start (scan, command, path, line);
  return TRUE;
}

/* ExecStart=/srv/app/.venv/bin/gunicorn … in a unit kept with the code. */
static gboolean
start_from_unit (PythonScan *scan)
{
  GPtrArray *files = podlift_scan_context_get_files (scan->ctx);

  for (guint i = 0; i < files->len; i++)
    {
      const char *path = g_ptr_array_index (files, i);
      guint line = 0;
      g_autofree char *program = NULL;
      g_autofree char *command = NULL;

      if (!g_str_has_suffix (path, ".service") ||
          (program = match_in (podlift_scan_context_read (scan->ctx, path),
                               "^ExecStart=\\S*?((?:gunicorn|uvicorn)\\s.*?)\\s*$", &line)) == NULL)
        continue;
      set_start (scan, program, path, line);
      return TRUE;
    }
  return FALSE;
}

/* Django served by gunicorn: the WSGI module next to settings.py. */
static void
start_from_django (PythonScan *scan)
{
  const char *settings = podlift_scan_context_find (scan->ctx, "settings.py");
  Evidence *gunicorn = dependency (scan, "gunicorn");
  g_autofree char *project = NULL;
  g_autofree char *command = NULL;

  if (scan->manage_py == NULL || settings == NULL || gunicorn == NULL)
    return;
  project = g_path_get_dirname (settings);
  g_strdelimit (project, "/", '.');
  if (podlift_scan_context_find (scan->ctx, "gunicorn.conf.py") != NULL)
    command = g_strdup_printf ("gunicorn %s.wsgi", project);
  else
    command = g_strdup_printf ("gunicorn %s.wsgi --bind 0.0.0.0:8000", project);
  set_start (scan, command, gunicorn->file, gunicorn->line);
}

static void
detect_start (PythonScan *scan)
{
  if (start_from_procfile (scan) || start_from_dockerfile (scan) || start_from_unit (scan))
    return;
  start_from_django (scan);
}

static gboolean
set_port_from (PythonScan *scan,
               const char *path,
               const char *text,
               const char *pattern,
               guint       line)
{
  guint found = 0;
  g_autofree char *digits = match_in (text, pattern, &found);

  if (digits == NULL)
    return FALSE;
  podlift_scan_report_set_int (scan->report, "port", g_ascii_strtoll (digits, NULL, 10),
                               path, line > 0 ? line : found);
  return TRUE;
}

static void
detect_port (PythonScan *scan)
{
  static const char * const code[] = {
    "main.py", "app.py", "run.py", "server.py", "wsgi.py", "asgi.py", "app/main.py", NULL
  };
  static const char * const code_patterns[] = {
    "(?:environ\\.get|getenv)\\(\\s*[\"']PORT[\"']\\s*,\\s*[\"']?(\\d{2,5})",
    "\\b(?:uvicorn|app)\\.run\\(.*\\bport\\s*=\\s*(\\d{2,5})",
    NULL
  };
  const char *conf = podlift_scan_context_find (scan->ctx, "gunicorn.conf.py");

  if (scan->start != NULL &&
      set_port_from (scan, scan->start_file, scan->start,
                     "(?:--bind[= ]|-b\\s*|--port[= ]|\\$\\{PORT:-)\\S*?(\\d{2,5})\\b", scan->start_line))
    return;
  if (conf != NULL &&
      set_port_from (scan, conf, podlift_scan_context_read (scan->ctx, conf),
                     "^bind\\s*=\\s*\\[?\\s*[\"'][^\"']*:(\\d{2,5})[\"']", 0))
    return;
  for (guint i = 0; code[i] != NULL; i++)
    for (guint j = 0; code_patterns[j] != NULL; j++)
      if (set_port_from (scan, code[i], podlift_scan_context_read (scan->ctx, code[i]),
                         code_patterns[j], 0))
        return;
}

static gboolean
database_from_django (PythonScan *scan)
{
  const char *settings = podlift_scan_context_find (scan->ctx, "settings.py");
  guint line = 0;
  g_autofree char *backend = NULL;

  if (settings == NULL ||
      (backend = match_in (podlift_scan_context_read (scan->ctx, settings),
                           "[\"']ENGINE[\"']\\s*:\\s*[\"'][a-z.]*\\.backends\\.(\\w+)", &line)) == NULL)
    return FALSE;
  if (g_str_has_prefix (backend, "postgis") || g_str_has_prefix (backend, "postgresql"))
    podlift_scan_report_set_database (scan->report, "postgresql", settings, line);
  else if (g_str_equal (backend, "mysql"))
    podlift_scan_report_set_database (scan->report, "mysql", settings, line);
  else
    return FALSE;
  return TRUE;
}

static void
detect_database (PythonScan *scan)
{
  static const struct { const char *package; const char *engine; } drivers[] = {
    { "psycopg", "postgresql" }, { "psycopg2", "postgresql" }, { "psycopg2-binary", "postgresql" },
    { "psycopg-binary", "postgresql" }, { "asyncpg", "postgresql" }, { "pg8000", "postgresql" },
    { "mysqlclient", "mysql" }, { "pymysql", "mysql" }, { "mysql-connector-python", "mysql" },
    { "aiomysql", "mysql" }, { "mariadb", "mariadb" },
    { "pymongo", "mongodb" }, { "motor", "mongodb" }, { "mongoengine", "mongodb" },
    { "redis", "redis" },
  };

  if (database_from_django (scan))
    return;
  for (guint i = 0; i < G_N_ELEMENTS (drivers); i++)
    {
      Evidence *evidence = dependency (scan, drivers[i].package);

      if (evidence == NULL)
        continue;
      podlift_scan_report_set_database (scan->report, drivers[i].engine,
                                        evidence->file, evidence->line);
      return;
    }
}

static void
set_migration (PythonScan *scan,
               const char *tool,
               const char *command,
               const char *file,
               guint       line)
{
  podlift_scan_report_set_string (scan->report, "migration_command", command, file, line);
  podlift_scan_report_set_string (scan->report, "migration_tool", tool, file, line);
}

/* A Procfile release: line that migrates. */
static gboolean
migration_from_procfile (PythonScan *scan)
{
  const char *path = podlift_scan_context_find (scan->ctx, "Procfile");
  guint line = 0;
  g_autofree char *command = NULL;
  const char *tool;

  if (path == NULL ||
      (command = match_in (podlift_scan_context_read (scan->ctx, path),
                           "^release:\\s*(.*\\b(?:migrate|upgrade)\\b.*?)\\s*$", &line)) == NULL)
    return FALSE;
  if (strstr (command, "manage.py") != NULL)
    tool = "django";
  else if (strstr (command, "alembic") != NULL)
    tool = "alembic";
  else if (strstr (command, "db upgrade") != NULL)
    tool = "flask-migrate";
  else
    return FALSE;
  set_migration (scan, tool, command, path, line);
  return TRUE;
}

static void
detect_migrations (PythonScan *scan)
{
  const char *alembic = podlift_scan_context_find (scan->ctx, "alembic.ini");
  Evidence *flask_migrate = dependency (scan, "flask-migrate");

  if (migration_from_procfile (scan))
    return;
  if (scan->manage_py != NULL)
    {
      const char *text = podlift_scan_context_read (scan->ctx, scan->manage_py);

      if (text != NULL && strstr (text, "execute_from_command_line") != NULL)
        set_migration (scan, "django", "python manage.py migrate", scan->manage_py,
                       podlift_scan_line_of (text, "execute_from_command_line(sys.argv)"));
    }
  else if (flask_migrate != NULL)
    set_migration (scan, "flask-migrate", "flask db upgrade",
                   flask_migrate->file, flask_migrate->line);
  else if (alembic != NULL)
    set_migration (scan, "alembic", "alembic upgrade head", alembic,
                   podlift_scan_line_of (podlift_scan_context_read (scan->ctx, alembic),
                                         "script_location"));
}

gboolean
podlift_scan_detect_python (PodliftScanContext *ctx)
{
  g_auto(PythonScan) scan = { 0 };
  const char *manifest;

  scan.ctx = ctx;
  scan.report = podlift_scan_context_get_report (ctx);
  if (podlift_scan_report_has (scan.report, "stack") || (manifest = find_manifest (&scan)) == NULL)
    return FALSE;

  scan.deps = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, evidence_free);
  scan.manage_py = podlift_scan_context_find (ctx, "manage.py");
  podlift_scan_report_set_string (scan.report, "stack", "python", manifest, 0);
  collect_dependencies (&scan);
  detect_version (&scan);
  detect_manager (&scan);
  detect_start (&scan);
  detect_port (&scan);
  detect_database (&scan);
  detect_migrations (&scan);
  return TRUE;
}
