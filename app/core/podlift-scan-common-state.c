/* podlift-scan-common-state.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-scan-common"

#include "config.h"

#include <string.h>

#include "podlift-scan-common-private.h"

/* Part of the common detector: how the code keeps sessions (a hint for
 * stickiness) and where it writes to local folders (a hint that it is
 * stateful). Rules are fixed needles, as in podlift-scan-common.c. */

/* Sessions: where the code keeps them. A store outside the process
 * (strength 2) beats a framework default (strength 1). */

typedef struct
{
  const char *needle;
  const char *also;       /* on the same line, or NULL */
  Lang        langs;
  int         verdict;    /* 1: in memory or local files, sticky */
  int         strength;
} SessionRule;

static const SessionRule session_rules[] = {
  { "connect-redis", NULL, LANG_JS, 0, 2 },
  { "connect-mongo", NULL, LANG_JS, 0, 2 },
  { "connect-pg-simple", NULL, LANG_JS, 0, 2 },
  { "connect-session-sequelize", NULL, LANG_JS, 0, 2 },
  { "connect-mongodb-session", NULL, LANG_JS, 0, 2 },
  { "cookie-session", NULL, LANG_JS, 0, 2 },
  { "session-file-store", NULL, LANG_JS, 1, 2 },
  { "memorystore", NULL, LANG_JS, 1, 2 },
  { "express-session", NULL, LANG_JS, 1, 1 },
  { "SESSION_ENGINE", "signed_cookies", LANG_PY, 0, 2 },
  { "SESSION_ENGINE", "backends.db", LANG_PY, 0, 2 },
  { "SESSION_ENGINE", "cached_db", LANG_PY, 0, 2 },
  { "SESSION_ENGINE", "backends.file", LANG_PY, 1, 2 },
  { "SESSION_ENGINE", "backends.cache", LANG_PY, 1, 2 },
  { "django.contrib.sessions.middleware", NULL, LANG_PY, 0, 1 },
  { "SESSION_TYPE", "filesystem", LANG_PY, 1, 2 },
  { "SESSION_TYPE", "redis", LANG_PY, 0, 2 },
  { "SESSION_TYPE", "sqlalchemy", LANG_PY, 0, 2 },
  { "SESSION_TYPE", "mongodb", LANG_PY, 0, 2 },
  { "SESSION_TYPE", "memcached", LANG_PY, 0, 2 },
  { "from flask import", "session", LANG_PY, 0, 1 },
  { "session_store", "cookie_store", LANG_RB, 0, 2 },
  { "session_store", "active_record_store", LANG_RB, 0, 2 },
  { "session_store", "redis", LANG_RB, 0, 2 },
  { "session_store", "mem_cache_store", LANG_RB, 0, 2 },
  { "SESSION_DRIVER", "'file'", LANG_PHP, 1, 2 },
  { "SESSION_DRIVER", "'redis'", LANG_PHP, 0, 2 },
  { "SESSION_DRIVER", "'database'", LANG_PHP, 0, 2 },
  { "SESSION_DRIVER", "'cookie'", LANG_PHP, 0, 2 },
  { "SESSION_DRIVER", "'memcached'", LANG_PHP, 0, 2 },
  { "save_handler", "redis", LANG_PHP, 0, 2 },
  { "session_start(", NULL, LANG_PHP, 1, 1 },
  { "sessions.NewCookieStore", NULL, LANG_GO, 0, 2 },
  { "cookie.NewStore", NULL, LANG_GO, 0, 2 },
  { "redis.NewStore", NULL, LANG_GO, 0, 2 },
  { "sessions.NewFilesystemStore", NULL, LANG_GO, 1, 2 },
  { "memstore.NewStore", NULL, LANG_GO, 1, 2 },
  { "spring-session", NULL, LANG_BUILD, 0, 2 },
  { "HttpSession", NULL, LANG_JAVA, 1, 1 },
  { "AddStackExchangeRedisCache", NULL, LANG_CS, 0, 2 },
  { "AddDistributedSqlServerCache", NULL, LANG_CS, 0, 2 },
  { "AddSession(", NULL, LANG_CS, 1, 1 },
};

static gboolean
line_has (const char *at,
          const char *also)
{
  const char *start = at;
  const char *end = strchr (at, '\n');
  g_autofree char *line = NULL;

  if (also == NULL)
    return TRUE;
  end = end ? end : at + strlen (at);
  line = g_strndup (start, end - start);
  return strstr (line, also) != NULL;
}

static void
session_found (Scan          *scan,
               const char    *at,
               const char    *after,
               guint          line,
               gconstpointer  data)
{
  const SessionRule *rule = data;
  SessionEvidence *evidence = &scan->session[rule->strength];

  if (!line_has (at, rule->also))
    return;
  /* A store outside the process wins over one inside it. */
  if (evidence->file != NULL && (evidence->verdict == 0 || rule->verdict == 1))
    return;
  g_free (evidence->file);
  evidence->file = g_strdup (scan->path);
  evidence->line = line;
  evidence->verdict = rule->verdict;
}

/* Writes to local folders. */

typedef enum
{
  STATE_CONFIG,   /* a setting naming a folder: its last literal */
  STATE_DIR,      /* a call making a folder: its first literal */
  STATE_FILE,     /* a call writing a file: the folder of its first
                   * literal with a '/' */
  STATE_FIXED,    /* the needle means this folder */
} StateSyntax;

typedef struct
{
  const char  *needle;
  const char  *also;
  Lang         langs;
  StateSyntax  syntax;
  const char  *path;      /* STATE_FIXED, or a prefix for the others */
} StateRule;

static const StateRule state_rules[] = {
  { "dest:", NULL, LANG_JS, STATE_CONFIG, NULL },
  { "destination:", NULL, LANG_JS, STATE_CONFIG, NULL },
  { "fs.writeFile", NULL, LANG_JS, STATE_FILE, NULL },
  { "fs.createWriteStream(", NULL, LANG_JS, STATE_FILE, NULL },
  { "fs.mkdir", NULL, LANG_JS, STATE_DIR, NULL },
  { "MEDIA_ROOT", "=", LANG_PY, STATE_CONFIG, NULL },
  { "UPLOAD_FOLDER", "=", LANG_PY | LANG_JS | LANG_PHP, STATE_CONFIG, NULL },
  { "UPLOAD_DIR", "=", LANG_PY | LANG_JS | LANG_PHP, STATE_CONFIG, NULL },
  { "open(", "'w", LANG_PY, STATE_FILE, NULL },
  { "open(", "\"w", LANG_PY, STATE_FILE, NULL },
  { "open(", "'a", LANG_PY, STATE_FILE, NULL },
  { "os.makedirs(", NULL, LANG_PY, STATE_DIR, NULL },
  { "storage_path(", NULL, LANG_PHP, STATE_DIR, "storage/" },
  { "->store(", NULL, LANG_PHP, STATE_FIXED, "storage/app" },
  { "->storeAs(", NULL, LANG_PHP, STATE_FIXED, "storage/app" },
  { "Storage::put(", NULL, LANG_PHP, STATE_FIXED, "storage/app" },
  { "Storage::disk('local')", NULL, LANG_PHP, STATE_FIXED, "storage/app" },
  { "file_put_contents(", NULL, LANG_PHP, STATE_FILE, NULL },
  { "move_uploaded_file(", NULL, LANG_PHP, STATE_FILE, NULL },
  { "public/uploads", NULL, LANG_ANY, STATE_FIXED, "public/uploads" },
  { "File.write(", NULL, LANG_RB, STATE_FILE, NULL },
  { "File.open(", "'w", LANG_RB, STATE_FILE, NULL },
  { "File.open(", "\"w", LANG_RB, STATE_FILE, NULL },
  { "FileUtils.mkdir_p(", NULL, LANG_RB, STATE_DIR, NULL },
  { "os.WriteFile(", NULL, LANG_GO, STATE_FILE, NULL },
  { "ioutil.WriteFile(", NULL, LANG_GO, STATE_FILE, NULL },
  { "os.Create(", NULL, LANG_GO, STATE_FILE, NULL },
  { "os.MkdirAll(", NULL, LANG_GO, STATE_DIR, NULL },
  { "Files.write(", NULL, LANG_JAVA, STATE_FILE, NULL },
  { "new FileOutputStream(", NULL, LANG_JAVA, STATE_FILE, NULL },
  { "new FileWriter(", NULL, LANG_JAVA, STATE_FILE, NULL },
  { "Files.createDirectories(", NULL, LANG_JAVA, STATE_DIR, NULL },
  { "File.WriteAllText(", NULL, LANG_CS, STATE_FILE, NULL },
  { "File.WriteAllBytes(", NULL, LANG_CS, STATE_FILE, NULL },
  { "File.Create(", NULL, LANG_CS, STATE_FILE, NULL },
  { "Directory.CreateDirectory(", NULL, LANG_CS, STATE_DIR, NULL },
  { "fs::write(", NULL, LANG_RS, STATE_FILE, NULL },
  { "File::create(", NULL, LANG_RS, STATE_FILE, NULL },
  { "create_dir_all(", NULL, LANG_RS, STATE_DIR, NULL },
};

static const char * const not_state_prefixes[] = {
  "http:", "https:", "/tmp", "/dev", "/proc", "/sys", "/run", "/var/run",
};

/* "./uploads/${id}.png" → "uploads"; NULL when not a folder of ours. */
static char *
clean_state_path (const char  *literal,
                  StateSyntax  syntax)
{
  g_autofree char *path = g_strdup (literal);
  char *cut = strpbrk (path, "${%*");
  gsize len;

  if (cut != NULL)
    *cut = '\0';
  if (syntax == STATE_FILE)
    {
      char *slash = strrchr (path, '/');

      if (slash == NULL)
        return NULL;
      *slash = '\0';
    }
  while (g_str_has_prefix (path, "./"))
    memmove (path, path + 2, strlen (path + 2) + 1);
  len = strlen (path);
  while (len > 1 && path[len - 1] == '/')
    path[--len] = '\0';
  if (len == 0 || g_str_equal (path, ".") || g_str_equal (path, "/") ||
      strpbrk (path, " :\\,=()") != NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (not_state_prefixes); i++)
    if (g_str_has_prefix (path, not_state_prefixes[i]))
      return NULL;
  return g_steal_pointer (&path);
}

/* The literal of the rule: the last on the line for a setting, the first
 * (with a '/' for a file) for a call. */
static char *
state_literal (const char  *after,
               StateSyntax  syntax)
{
  char *found = NULL;
  const char *p = after;
  char *literal;

  while ((literal = podlift_scan_common_next_literal (p, &p)) != NULL)
    {
      if (syntax == STATE_FILE && strchr (literal, '/') == NULL)
        {
          g_free (literal);
          continue;
        }
      g_free (found);
      found = literal;
      if (syntax != STATE_CONFIG)
        break;
    }
  return found;
}

static void
state_found (Scan          *scan,
             const char    *at,
             const char    *after,
             guint          line,
             gconstpointer  data)
{
  const StateRule *rule = data;
  g_autofree char *literal = NULL;
  char *path;

  if (!line_has (at, rule->also))
    return;
  /* multer's dest: and destination: only in a file that uses multer. */
  if (g_str_has_prefix (rule->needle, "dest") && strstr (scan->text, "multer") == NULL)
    return;
  if (rule->syntax == STATE_FIXED)
    {
      podlift_scan_common_add_hit (scan->hits, HIT_STATE, line, g_strdup (rule->path));
      return;
    }
  literal = state_literal (after, rule->syntax);
  if (literal == NULL)
    return;
  path = clean_state_path (literal, rule->syntax);
  if (path != NULL && rule->path != NULL)
    {
      char *prefixed = g_strconcat (rule->path, path, NULL);

      g_free (path);
      path = prefixed;
    }
  if (path != NULL)
    podlift_scan_common_add_hit (scan->hits, HIT_STATE, line, path);
}

/* Rails' Active Storage on local disk: config/storage.yml. */
void
podlift_scan_common_rails_storage (Scan *scan)
{
  guint line = podlift_scan_line_of (scan->text, "service: Disk");
  const char *root;
  g_autofree char *literal = NULL;
  g_autofree char *path = NULL;

  if (line == 0 || (root = strstr (scan->text, "Rails.root.join(")) == NULL)
    return;
  literal = podlift_scan_common_next_literal (root, NULL);
  if (literal == NULL || (path = clean_state_path (literal, STATE_DIR)) == NULL)
    return;
  podlift_scan_report_add_stateful_path (scan->report, path, scan->path,
                                         podlift_scan_line_of (scan->text, "Rails.root.join("));
}

void
podlift_scan_common_sessions (Scan *scan,
                              Lang  lang)
{
  for (guint i = 0; i < G_N_ELEMENTS (session_rules); i++)
    if (session_rules[i].langs & lang)
      podlift_scan_common_each (scan, session_rules[i].needle, session_found,
                                &session_rules[i]);
}

void
podlift_scan_common_state (Scan *scan,
                           Lang  lang)
{
  for (guint i = 0; i < G_N_ELEMENTS (state_rules); i++)
    if (state_rules[i].langs & lang)
      podlift_scan_common_each (scan, state_rules[i].needle, state_found, &state_rules[i]);
}
