/* podlift-scan-common.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-scan-common"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "podlift-scan-common-private.h"
#include "podlift-scanner-private.h"

/* What any stack shows: the environment variables the code reads, health
 * routes, session middleware, writes to local folders, and the
 * Dockerfile, compose file and Kubernetes manifests already there.
 *
 * Every source file (by extension, tests left out) is read once. Each
 * rule is a fixed needle found with strstr and a few characters parsed
 * after it: no regex runs over the tree. The hits of one file are
 * sorted by line, so the first occurrence in a file wins. */

static const struct
{
  const char *ext;
  Lang        lang;
} extensions[] = {
  { ".js", LANG_JS }, { ".mjs", LANG_JS }, { ".cjs", LANG_JS }, { ".jsx", LANG_JS },
  { ".ts", LANG_JS }, { ".tsx", LANG_JS }, { ".mts", LANG_JS }, { ".cts", LANG_JS },
  { ".vue", LANG_JS }, { ".svelte", LANG_JS }, { ".py", LANG_PY }, { ".go", LANG_GO },
  { ".java", LANG_JAVA }, { ".kt", LANG_JAVA }, { ".kts", LANG_JAVA },
  { ".groovy", LANG_JAVA }, { ".scala", LANG_JAVA }, { ".php", LANG_PHP },
  { ".rb", LANG_RB }, { ".rake", LANG_RB }, { ".erb", LANG_RB }, { ".cs", LANG_CS },
  { ".fs", LANG_CS }, { ".vb", LANG_CS }, { ".rs", LANG_RS }, { ".c", LANG_C },
  { ".h", LANG_C }, { ".cc", LANG_C }, { ".cpp", LANG_C }, { ".cxx", LANG_C },
  { ".hpp", LANG_C },
};

static const char * const test_dirs[] = {
  "test/", "tests/", "spec/", "__tests__/", "__mocks__/", "testdata/", "e2e/",
  "cypress/", "fixtures/",
};

static const char * const test_suffixes[] = {
  ".test.js", ".test.ts", ".test.tsx", ".test.jsx", ".spec.js", ".spec.ts",
  ".spec.tsx", "_test.go", "_test.py", "_spec.rb", "_test.rb", "Test.java",
  "Tests.java", "Test.kt", "Tests.cs", "Test.cs",
};

static gboolean
is_test_path (const char *path)
{
  const char *base = strrchr (path, '/');

  base = base ? base + 1 : path;
  for (guint i = 0; i < G_N_ELEMENTS (test_dirs); i++)
    {
      const char *found = strstr (path, test_dirs[i]);

      if (found != NULL && (found == path || found[-1] == '/'))
        return TRUE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (test_suffixes); i++)
    if (g_str_has_suffix (base, test_suffixes[i]))
      return TRUE;
  return g_str_has_prefix (base, "test_") && g_str_has_suffix (base, ".py");
}

static Lang
lang_of (const char *path)
{
  const char *base = strrchr (path, '/');
  const char *dot;

  base = base ? base + 1 : path;
  if (g_str_equal (base, "pom.xml") || g_str_equal (base, "build.gradle") ||
      g_str_equal (base, "build.gradle.kts"))
    return LANG_BUILD;
  dot = strrchr (base, '.');
  if (dot == NULL || strstr (base, ".min.") != NULL || is_test_path (path))
    return LANG_NONE;
  for (guint i = 0; i < G_N_ELEMENTS (extensions); i++)
    if (g_str_equal (dot, extensions[i].ext))
      return extensions[i].lang;
  return LANG_NONE;
}

static void
hit_free (gpointer data)
{
  Hit *hit = data;

  g_free (hit->value);
  g_free (hit);
}

static int
compare_hits (gconstpointer a,
              gconstpointer b)
{
  const Hit *ha = *(const Hit * const *)a;
  const Hit *hb = *(const Hit * const *)b;

  return ha->line < hb->line ? -1 : ha->line > hb->line;
}

Hit *
podlift_scan_common_add_hit (GPtrArray *hits,
                             HitKind    kind,
                             guint      line,
                             char      *value)
{
  Hit *hit = g_new0 (Hit, 1);

  hit->kind = kind;
  hit->line = line;
  hit->value = value;
  g_ptr_array_add (hits, hit);
  return hit;
}

static char *
read_identifier (const char *p)
{
  const char *start = p;

  if (!g_ascii_isalpha (*p) && *p != '_')
    return NULL;
  while (is_ident (*p))
    p++;
  return g_strndup (start, p - start);
}

/* A quoted name right after @p (spaces allowed): "NAME" or 'NAME'. */
static char *
read_quoted_name (const char *p)
{
  char quote;
  g_autofree char *name = NULL;

  while (*p == ' ' || *p == '\t')
    p++;
  if (!is_quote (*p))
    return NULL;
  quote = *p++;
  name = read_identifier (p);
  if (name == NULL || p[strlen (name)] != quote)
    return NULL;
  return g_steal_pointer (&name);
}

/* The next string literal on the line from @p, and where it ends. */
char *
podlift_scan_common_next_literal (const char  *p,
                                  const char **end)
{
  for (; *p && *p != '\n'; p++)
    {
      if (is_quote (*p))
        {
          char quote = *p;
          const char *start = ++p;

          while (*p && *p != quote && *p != '\n')
            p++;
          if (*p != quote)
            return NULL;
          if (end != NULL)
            *end = p + 1;
          return g_strndup (start, p - start);
        }
    }
  return NULL;
}

static guint
line_at (const char *text,
         const char *at,
         const char **counted,
         guint       *line)
{
  for (const char *p = *counted; p < at; p++)
    *line += *p == '\n';
  *counted = at;
  return *line;
}

/* Calls @func at every occurrence of @needle in the file. */
void
podlift_scan_common_each (Scan          *scan,
                          const char    *needle,
                          NeedleFunc     func,
                          gconstpointer  rule)
{
  const char *counted = scan->text;
  guint line = 1;
  gsize len = strlen (needle);

  for (const char *at = strstr (scan->text, needle); at; at = strstr (at + len, needle))
    func (scan, at, at + len, line_at (scan->text, at, &counted, &line), rule);
}

/* Environment variables. */

typedef enum
{
  ENV_IDENT,    /* process.env.NAME */
  ENV_QUOTED,   /* getenv("NAME") */
} EnvSyntax;

typedef struct
{
  const char *needle;
  Lang        langs;
  EnvSyntax   syntax;
  gboolean    word_start;   /* the needle starts a word */
} EnvRule;

static const EnvRule env_rules[] = {
  { "process.env.", LANG_JS, ENV_IDENT, TRUE },
  { "process.env[", LANG_JS, ENV_QUOTED, TRUE },
  { "import.meta.env.", LANG_JS, ENV_IDENT, TRUE },
  { "environ[", LANG_PY, ENV_QUOTED, TRUE },
  { "environ.get(", LANG_PY, ENV_QUOTED, TRUE },
  { "getenv(", LANG_PY | LANG_PHP | LANG_C | LANG_JAVA, ENV_QUOTED, FALSE },
  { "getenv (", LANG_C, ENV_QUOTED, FALSE },
  { "$_ENV[", LANG_PHP, ENV_QUOTED, FALSE },
  { "env(", LANG_PHP, ENV_QUOTED, TRUE },
  { "ENV[", LANG_RB, ENV_QUOTED, TRUE },
  { "ENV.fetch(", LANG_RB, ENV_QUOTED, TRUE },
  { "GetEnvironmentVariable(", LANG_CS, ENV_QUOTED, FALSE },
  { "env::var(", LANG_RS, ENV_QUOTED, FALSE },
  { "env::var_os(", LANG_RS, ENV_QUOTED, FALSE },
  { "Getenv(", LANG_GO, ENV_QUOTED, FALSE },
  { "LookupEnv(", LANG_GO, ENV_QUOTED, FALSE },
};

static void
env_found (Scan          *scan,
           const char    *at,
           const char    *after,
           guint          line,
           gconstpointer  data)
{
  const EnvRule *rule = data;
  char *name;

  if (rule->word_start && at > scan->text && (is_ident (at[-1]) || at[-1] == '$' ||
                                              at[-1] == '>' || at[-1] == ':'))
    return;
  name = rule->syntax == ENV_IDENT ? read_identifier (after) : read_quoted_name (after);
  if (name != NULL)
    podlift_scan_common_add_hit (scan->hits, HIT_ENV, line, name);
}

/* Health routes: a string literal whose last segment names a probe. */

static const struct
{
  const char *segment;
  const char *probe;
} probe_segments[] = {
  { "health", "liveness" }, { "healthz", "liveness" }, { "healthcheck", "liveness" },
  { "live", "liveness" }, { "livez", "liveness" }, { "liveness", "liveness" },
  { "ready", "readiness" }, { "readyz", "readiness" }, { "readiness", "readiness" },
  { "startup", "startup" }, { "startupz", "startup" },
};

static const char * const health_needles[] = { "health", "live", "ready", "startup" };

static const char *
probe_of_route (const char *literal)
{
  g_autofree char *route = g_strdup (literal);
  gsize len = strlen (route);
  const char *last;

  if (strchr (route, '/') == NULL)
    return NULL;
  for (const char *p = route; *p; p++)
    if (!is_ident (*p) && *p != '/' && *p != '-')
      return NULL;
  while (len > 0 && route[len - 1] == '/')
    route[--len] = '\0';
  last = strrchr (route, '/');
  last = last ? last + 1 : route;
  for (guint i = 0; i < G_N_ELEMENTS (probe_segments); i++)
    if (g_str_equal (last, probe_segments[i].segment))
      return probe_segments[i].probe;
  return NULL;
}

static void
add_route_hit (Scan       *scan,
               const char *literal,
               guint       line)
{
  const char *probe = probe_of_route (literal);
  Hit *hit;

  if (probe == NULL)
    return;
  hit = podlift_scan_common_add_hit (scan->hits, HIT_HEALTH, line,
                 literal[0] == '/' ? g_strdup (literal) : g_strconcat ("/", literal, NULL));
  hit->probe = probe;
}

static void
health_found (Scan          *scan,
              const char    *at,
              const char    *after,
              guint          line,
              gconstpointer  data)
{
  const char *open = at;
  g_autofree char *literal = NULL;

  /* Back to the opening quote, through route characters only. */
  while (open > scan->text && (is_ident (open[-1]) || open[-1] == '/' || open[-1] == '-'))
    open--;
  if (open == scan->text || !is_quote (open[-1]))
    return;
  literal = podlift_scan_common_next_literal (open - 1, NULL);
  if (literal != NULL)
    add_route_hit (scan, literal, line);
}

/* Rails 7.1: get "up" => "rails/health#show". */
static void
rails_health_found (Scan          *scan,
                    const char    *at,
                    const char    *after,
                    guint          line,
                    gconstpointer  data)
{
  const char *start = at;
  g_autofree char *literal = NULL;
  Hit *hit;

  while (start > scan->text && start[-1] != '\n')
    start--;
  literal = podlift_scan_common_next_literal (start, NULL);
  if (literal == NULL || g_str_equal (literal, "rails/health#show"))
    return;
  hit = podlift_scan_common_add_hit (scan->hits, HIT_HEALTH, line,
                 literal[0] == '/' ? g_strdup (literal) : g_strconcat ("/", literal, NULL));
  hit->probe = "liveness";
}

/* app.listen(3000): the port when no detector found one. */
static void
listen_found (Scan          *scan,
              const char    *at,
              const char    *after,
              guint          line,
              gconstpointer  data)
{
  guint64 port;
  char *end;

  if (scan->ports[1].file != NULL)
    return;
  while (*after == ' ')
    after++;
  if (!g_ascii_isdigit (*after))
    return;
  port = g_ascii_strtoull (after, &end, 10);
  if (port == 0 || port > 65535 || is_ident (*end))
    return;
  scan->ports[1].file = g_strdup (scan->path);
  scan->ports[1].line = line;
  scan->ports[1].port = port;
}

static void
apply_hits (Scan *scan)
{
  g_ptr_array_sort (scan->hits, compare_hits);
  for (guint i = 0; i < scan->hits->len; i++)
    {
      Hit *hit = g_ptr_array_index (scan->hits, i);

      switch (hit->kind)
        {
        case HIT_ENV:
          podlift_scan_report_add_env_var (scan->report, hit->value,
                                           podlift_scan_name_looks_secret (hit->value),
                                           scan->path, hit->line);
          break;
        case HIT_HEALTH:
          podlift_scan_report_set_health_path (scan->report, hit->probe, hit->value,
                                               scan->path, hit->line);
          break;
        case HIT_STATE:
          podlift_scan_report_add_stateful_path (scan->report, hit->value,
                                                 scan->path, hit->line);
          break;
        default:
          g_assert_not_reached ();
        }
    }
  g_ptr_array_set_size (scan->hits, 0);
}

static void
scan_source (Scan *scan,
             Lang  lang)
{
  for (guint i = 0; i < G_N_ELEMENTS (env_rules); i++)
    if (env_rules[i].langs & lang)
      podlift_scan_common_each (scan, env_rules[i].needle, env_found, &env_rules[i]);
  if (lang != LANG_BUILD)
    for (guint i = 0; i < G_N_ELEMENTS (health_needles); i++)
      podlift_scan_common_each (scan, health_needles[i], health_found, NULL);
  if (lang == LANG_RB)
    podlift_scan_common_each (scan, "rails/health#show", rails_health_found, NULL);
  podlift_scan_common_sessions (scan, lang);
  podlift_scan_common_state (scan, lang);
  if (lang == LANG_JS)
    podlift_scan_common_each (scan, ".listen(", listen_found, NULL);
  apply_hits (scan);
}

/* .env.example and friends: NAME=value lines. */

static gboolean
is_env_example (const char *base)
{
  static const char * const suffixes[] = { "example", "sample", "template", "dist" };

  if (g_str_equal (base, "env.example") || g_str_equal (base, "example.env"))
    return TRUE;
  if (!g_str_has_prefix (base, ".env."))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    if (g_str_has_suffix (base, suffixes[i]))
      return TRUE;
  return FALSE;
}

static void
scan_env_example (Scan *scan)
{
  g_auto(GStrv) lines = g_strsplit (scan->text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      g_autofree char *name = NULL;

      while (*line == ' ' || *line == '\t')
        line++;
      if (g_str_has_prefix (line, "export "))
        line += strlen ("export ");
      name = read_identifier (line);
      if (name == NULL || line[strlen (name)] != '=')
        continue;
      podlift_scan_report_add_env_var (scan->report, name,
                                       podlift_scan_name_looks_secret (name),
                                       scan->path, i + 1);
      if (g_str_equal (name, "PORT") && !podlift_scan_report_has (scan->report, "port"))
        {
          guint64 port = g_ascii_strtoull (line + strlen (name) + 1, NULL, 10);

          if (port > 0 && port <= 65535 && scan->ports[0].file == NULL)
            {
              scan->ports[0].file = g_strdup (scan->path);
              scan->ports[0].line = i + 1;
              scan->ports[0].port = port;
            }
        }
    }
}

/* Dockerfiles, compose files and Kubernetes manifests already there. */

static gboolean
is_dockerfile (const char *base)
{
  return g_str_equal (base, "Dockerfile") || g_str_equal (base, "Containerfile") ||
         g_str_has_prefix (base, "Dockerfile.") || g_str_has_suffix (base, ".Dockerfile") ||
         g_str_has_suffix (base, ".dockerfile");
}

static gboolean
is_yaml (const char *base)
{
  return g_str_has_suffix (base, ".yaml") || g_str_has_suffix (base, ".yml");
}

static gboolean
is_compose (const char *base)
{
  return is_yaml (base) &&
         (g_str_has_prefix (base, "docker-compose") || g_str_equal (base, "compose.yaml") ||
          g_str_equal (base, "compose.yml") || g_str_has_prefix (base, "compose."));
}

static gboolean
has_line_starting (const char *text,
                   const char *prefix)
{
  gsize len = strlen (prefix);

  for (const char *p = text; p != NULL; p = strchr (p, '\n'))
    {
      if (*p == '\n')
        p++;
      if (strncmp (p, prefix, len) == 0)
        return TRUE;
    }
  return FALSE;
}

/* The first EXPOSE of the shallowest Dockerfile: the port when no
 * detector found one. */
static void
expose_port (Scan *scan)
{
  g_auto(GStrv) lines = g_strsplit (scan->text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      guint64 port;

      while (*line == ' ' || *line == '\t')
        line++;
      if (g_ascii_strncasecmp (line, "EXPOSE", 6) != 0 || !g_ascii_isspace (line[6]))
        continue;
      line += 6;
      while (g_ascii_isspace (*line))
        line++;
      port = g_ascii_strtoull (line, NULL, 10);
      if (port > 0 && port <= 65535)
        podlift_scan_report_set_int (scan->report, "port", port, scan->path, i + 1);
      return;
    }
}

static void
scan_existing (Scan       *scan,
               const char *base)
{
  g_autofree char *text = NULL;

  if (is_dockerfile (base))
    {
      podlift_scan_report_add_existing_file (scan->report, PODLIFT_SCAN_FILE_DOCKERFILE,
                                             scan->path);
      text = podlift_scan_context_load (scan->ctx, scan->path);
      scan->text = text;
      if (text != NULL && !podlift_scan_report_has (scan->report, "port"))
        expose_port (scan);
      scan->text = NULL;
    }
  else if (is_compose (base))
    podlift_scan_report_add_existing_file (scan->report, PODLIFT_SCAN_FILE_COMPOSE,
                                           scan->path);
  else if (is_yaml (base) && !g_str_has_prefix (scan->path, ".github/"))
    {
      text = podlift_scan_context_load (scan->ctx, scan->path);
      if (text != NULL && has_line_starting (text, "apiVersion:") &&
          has_line_starting (text, "kind:"))
        podlift_scan_report_add_existing_file (scan->report, PODLIFT_SCAN_FILE_MANIFESTS,
                                               scan->path);
    }
}

static void
scan_file (Scan       *scan,
           const char *path)
{
  const char *base = strrchr (path, '/');
  g_autofree char *text = NULL;
  Lang lang;

  base = base ? base + 1 : path;
  scan->path = path;
  scan_existing (scan, base);

  lang = lang_of (path);
  if (lang == LANG_NONE && !is_env_example (base) &&
      !g_str_has_suffix (path, "config/storage.yml"))
    return;
  text = podlift_scan_context_load (scan->ctx, path);
  if (text == NULL)
    return;
  scan->text = text;
  if (is_env_example (base))
    scan_env_example (scan);
  else if (lang == LANG_NONE)
    podlift_scan_common_rails_storage (scan);
  else
    scan_source (scan, lang);
  scan->text = NULL;
}

static void
finish_session (Scan *scan)
{
  for (int strength = 2; strength >= 1; strength--)
    {
      SessionEvidence *evidence = &scan->session[strength];

      if (evidence->file == NULL)
        continue;
      podlift_scan_report_set_boolean (scan->report, "session_stickiness",
                                       evidence->verdict, evidence->file, evidence->line);
      return;
    }
}

static void
finish_port (Scan *scan)
{
  for (guint i = 0; i < G_N_ELEMENTS (scan->ports); i++)
    if (scan->ports[i].file != NULL)
      podlift_scan_report_set_int (scan->report, "port", scan->ports[i].port,
                                   scan->ports[i].file, scan->ports[i].line);
}

static void
scan_clear (Scan *scan)
{
  g_clear_pointer (&scan->hits, g_ptr_array_unref);
  for (guint i = 0; i < G_N_ELEMENTS (scan->session); i++)
    g_clear_pointer (&scan->session[i].file, g_free);
  for (guint i = 0; i < G_N_ELEMENTS (scan->ports); i++)
    g_clear_pointer (&scan->ports[i].file, g_free);
}

void
podlift_scan_detect_common (PodliftScanContext *ctx)
{
  GPtrArray *files;
  Scan scan = { 0 };

  g_return_if_fail (ctx != NULL);

  scan.ctx = ctx;
  scan.report = podlift_scan_context_get_report (ctx);
  scan.hits = g_ptr_array_new_with_free_func (hit_free);
  files = podlift_scan_context_get_files (ctx);
  for (guint i = 0; i < files->len; i++)
    {
      if (i % 256 == 0 && podlift_scan_context_is_cancelled (ctx))
        break;
      scan_file (&scan, g_ptr_array_index (files, i));
    }
  finish_session (&scan);
  finish_port (&scan);
  scan_clear (&scan);
}
