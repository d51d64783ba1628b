/* podlift-import-nginx.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-import-nginx"

#include "config.h"

#include <string.h>

#include "podlift-error.h"
#include "podlift-scan-private.h"

/* An nginx site: the file is read into a tree of directives (words,
 * quoted strings, ';' and '{ }' blocks, '#' comments), then the server
 * blocks give the ingress (hosts, TLS, body size), the proxy_pass
 * targets give the application's port and the upstreams its session
 * stickiness. */

typedef struct _Directive Directive;

struct _Directive
{
  char      *name;
  GPtrArray *args;      /* char* */
  guint      line;
  GPtrArray *children;  /* Directive*, NULL unless a block */
};

static void
directive_free (Directive *d)
{
  g_free (d->name);
  g_ptr_array_unref (d->args);
  g_clear_pointer (&d->children, g_ptr_array_unref);
  g_free (d);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Directive, directive_free)

typedef struct
{
  const char *name;
  const char *p;
  guint       line;
} Lexer;

typedef enum { TOK_END, TOK_WORD, TOK_SEMI, TOK_OPEN, TOK_CLOSE, TOK_BAD } TokKind;

static void
skip_blank (Lexer *lx)
{
  for (;;)
    {
      if (*lx->p == '\n')
        lx->line++, lx->p++;
      else if (g_ascii_isspace (*lx->p))
        lx->p++;
      else if (*lx->p == '#')
        lx->p += strcspn (lx->p, "\n");
      else
        return;
    }
}

static TokKind
read_quoted (Lexer  *lx,
             char  **word)
{
  char quote = *lx->p++;
  GString *s = g_string_new (NULL);

  while (*lx->p != quote)
    {
      if (*lx->p == '\0')
        {
          g_string_free (s, TRUE);
          return TOK_BAD;
        }
      if (*lx->p == '\\' && lx->p[1] != '\0')
        lx->p++;
      if (*lx->p == '\n')
        lx->line++;
      g_string_append_c (s, *lx->p++);
    }
  lx->p++;
  *word = g_string_free (s, FALSE);
  return TOK_WORD;
}

/* The next token; its line in *@line. */
static TokKind
next_token (Lexer  *lx,
            char  **word,
            guint  *line)
{
  const char *start;

  skip_blank (lx);
  *line = lx->line;
  switch (*lx->p)
    {
    case '\0': return TOK_END;
    case ';': lx->p++; return TOK_SEMI;
    case '{': lx->p++; return TOK_OPEN;
    case '}': lx->p++; return TOK_CLOSE;
    case '"': case '\'': return read_quoted (lx, word);
    default: break;
    }

  start = lx->p;
  while (*lx->p != '\0' && !g_ascii_isspace (*lx->p) && strchr (";{}#", *lx->p) == NULL)
    {
      /* "${var}" keeps its braces. */
      if (*lx->p == '$' && lx->p[1] == '{')
        lx->p += strcspn (lx->p, "}\n");
      if (*lx->p == '\\' && lx->p[1] != '\0')
        lx->p++;
      if (*lx->p != '\0')
        lx->p++;
    }
  *word = g_strndup (start, lx->p - start);
  return TOK_WORD;
}

/* Reads directives into @into until '}' (@depth > 0) or the end. The
 * block's opening line is @open_line, for the error of a missing '}'. */
static gboolean
parse_block (Lexer      *lx,
             GPtrArray  *into,
             guint       depth,
             guint       open_line,
             GError    **error)
{
  for (;;)
    {
      g_autoptr(Directive) d = NULL;
      char *word = NULL;
      guint line;
      TokKind kind = next_token (lx, &word, &line);

      if (kind == TOK_END)
        return depth == 0 ? TRUE
                          : podlift_error_set_at (error, PODLIFT_ERROR_FAILED, lx->name, open_line,
                                                  "this block has no closing “}”");
      if (kind == TOK_CLOSE)
        return depth > 0 ? TRUE
                         : podlift_error_set_at (error, PODLIFT_ERROR_FAILED, lx->name, line,
                                                 "“}” closes no block");
      if (kind == TOK_BAD)
        return podlift_error_set_at (error, PODLIFT_ERROR_FAILED, lx->name, line,
                                     "this quoted string is not closed");
      if (kind != TOK_WORD)
        return podlift_error_set_at (error, PODLIFT_ERROR_FAILED, lx->name, line,
                                     "expected a directive name");

      d = g_new0 (Directive, 1);
      d->name = word;
      d->line = line;
      d->args = g_ptr_array_new_with_free_func (g_free);

      for (;;)
        {
          guint arg_line;

          kind = next_token (lx, &word, &arg_line);
          if (kind == TOK_WORD)
            g_ptr_array_add (d->args, word);
          else if (kind == TOK_SEMI)
            break;
          else if (kind == TOK_OPEN)
            {
              Directive *block = d;

              d->children = g_ptr_array_new_with_free_func ((GDestroyNotify) directive_free);
              g_ptr_array_add (into, g_steal_pointer (&d));
              if (!parse_block (lx, block->children, depth + 1, line, error))
                return FALSE;
              break;
            }
          else if (kind == TOK_BAD)
            return podlift_error_set_at (error, PODLIFT_ERROR_FAILED, lx->name, arg_line,
                                         "this quoted string is not closed");
          else
            return podlift_error_set_at (error, PODLIFT_ERROR_FAILED, lx->name, line,
                                         "this directive has no “;” at its end");
        }

      if (d != NULL)
        g_ptr_array_add (into, g_steal_pointer (&d));
    }
}

static const char *
arg (Directive *d,
     guint      i)
{
  return i < d->args->len ? g_ptr_array_index (d->args, i) : NULL;
}

static Directive *
find_child (Directive  *block,
            const char *name)
{
  for (guint i = 0; block->children && i < block->children->len; i++)
    {
      Directive *c = g_ptr_array_index (block->children, i);

      if (g_str_equal (c->name, name))
        return c;
    }
  return NULL;
}

typedef struct
{
  PodliftScanReport *report;
  const char        *name;
  GHashTable        *upstreams;  /* name → Directive* */
  GPtrArray         *hosts;      /* Directive* server_name, for their lines */
  gboolean           tls;
  char              *max_body_size;
} Site;

/* "http://127.0.0.1:8000/", "localhost:8000": the port of a loopback
 * address, or 0. */
static guint
loopback_port (const char *target)
{
  const char *p = target;
  const char *hosts[] = { "127.0.0.1:", "localhost:", "[::1]:", "0.0.0.0:" };

  if (g_str_has_prefix (p, "http://"))
    p += 7;
  else if (g_str_has_prefix (p, "https://"))
    p += 8;

  for (guint i = 0; i < G_N_ELEMENTS (hosts); i++)
    if (g_str_has_prefix (p, hosts[i]))
      return (guint) g_ascii_strtoull (p + strlen (hosts[i]), NULL, 10);

  return 0;
}

/* "10.0.0.5:8000" or "app1.internal:8000 weight=2": the port. */
static guint
server_port (const char *address)
{
  const char *colon = strrchr (address, ':');

  if (colon == NULL || g_str_has_prefix (address, "unix:"))
    return 0;
  return (guint) g_ascii_strtoull (colon + 1, NULL, 10);
}

static void
import_upstream (Site      *site,
                 Directive *upstream)
{
  for (guint i = 0; i < upstream->children->len; i++)
    {
      Directive *c = g_ptr_array_index (upstream->children, i);

      if (g_str_equal (c->name, "ip_hash"))
        podlift_scan_report_set_boolean (site->report, "session_stickiness", TRUE, site->name, c->line);
      else if (g_str_equal (c->name, "sticky") && g_strcmp0 (arg (c, 0), "cookie") == 0 && arg (c, 1))
        {
          podlift_scan_report_set_boolean (site->report, "session_stickiness", TRUE, site->name, c->line);
          podlift_scan_report_set_string (site->report, "session_cookie", arg (c, 1), site->name, c->line);
        }
      else if (g_str_equal (c->name, "hash") && g_str_has_prefix (arg (c, 0) ?: "", "$cookie_"))
        {
          podlift_scan_report_set_boolean (site->report, "session_stickiness", TRUE, site->name, c->line);
          podlift_scan_report_set_string (site->report, "session_cookie",
                                          arg (c, 0) + strlen ("$cookie_"), site->name, c->line);
        }
    }
}

static void
import_proxy_pass (Site      *site,
                   Directive *d)
{
  const char *target = arg (d, 0);
  const char *host;
  g_autofree char *upstream_name = NULL;
  Directive *upstream;
  guint port;

  if (target == NULL)
    return;

  if ((port = loopback_port (target)) != 0)
    {
      podlift_scan_report_set_int (site->report, "port", port, site->name, d->line);
      return;
    }

  if (strstr (target, "unix:") != NULL)
    {
      g_autofree char *what = g_strdup_printf ("proxy_pass %s", target);
      podlift_scan_report_add_not_carried_over (site->report, what,
                                                "in a pod the application listens on a TCP port, "
                                                "not a Unix socket: make it bind 0.0.0.0:PORT",
                                                site->name, d->line);
      return;
    }

  host = strstr (target, "://") ? strstr (target, "://") + 3 : target;
  upstream_name = g_strndup (host, strcspn (host, ":/"));
  upstream = g_hash_table_lookup (site->upstreams, upstream_name);
  if (upstream == NULL)
    return;

  /* The upstream's servers are the application's instances. */
  for (guint i = 0; i < upstream->children->len; i++)
    {
      Directive *c = g_ptr_array_index (upstream->children, i);

      if (g_str_equal (c->name, "server") && arg (c, 0) && (port = server_port (arg (c, 0))) != 0)
        {
          podlift_scan_report_set_int (site->report, "port", port, site->name, c->line);
          break;
        }
    }
}

static void
import_certificate (Site      *site,
                    Directive *d)
{
  g_autofree char *what = g_strdup_printf ("%s %s", d->name, arg (d, 0) ?: "");

  site->tls = TRUE;
  podlift_scan_report_add_not_carried_over (site->report, what,
                                            "put it in a Kubernetes TLS Secret or use cert-manager",
                                            site->name, d->line);
}

static void
import_static_location (Site      *site,
                        Directive *location)
{
  Directive *files = find_child (location, "alias");
  g_autofree char *what = NULL;

  if (files == NULL)
    files = find_child (location, "root");
  if (files == NULL || find_child (location, "proxy_pass") != NULL)
    return;

  what = g_strdup_printf ("location %s (%s %s)", arg (location, 0) ?: "",
                          files->name, arg (files, 0) ?: "");
  podlift_scan_report_add_not_carried_over (site->report, what,
                                            "nginx served these files from the VM's disk: copy them "
                                            "into the image and serve them from the application or a web server container",
                                            site->name, location->line);
}

static void import_directives (Site      *site,
                               GPtrArray *directives);

static void
import_listen (Site      *site,
               Directive *d)
{
  for (guint i = 0; i < d->args->len; i++)
    if (g_str_equal (arg (d, i), "ssl") || g_str_equal (arg (d, i), "quic"))
      site->tls = TRUE;
}

static void
import_directive (Site      *site,
                  Directive *d)
{
  if (g_str_equal (d->name, "listen"))
    import_listen (site, d);
  else if (g_str_equal (d->name, "ssl") && g_strcmp0 (arg (d, 0), "on") == 0)
    site->tls = TRUE;
  else if (g_str_equal (d->name, "server_name"))
    g_ptr_array_add (site->hosts, d);
  else if (g_str_equal (d->name, "proxy_pass"))
    import_proxy_pass (site, d);
  else if (g_str_equal (d->name, "client_max_body_size") && arg (d, 0) && site->max_body_size == NULL)
    site->max_body_size = g_ascii_strdown (arg (d, 0), -1);
  else if (g_str_equal (d->name, "ssl_certificate") || g_str_equal (d->name, "ssl_certificate_key"))
    import_certificate (site, d);
  else if (g_str_equal (d->name, "location") && d->children != NULL)
    import_static_location (site, d);
  else if (g_str_equal (d->name, "return") && g_str_has_prefix (arg (d, 1) ?: "", "https://"))
    podlift_scan_report_add_not_carried_over (site->report, "redirect to HTTPS",
                                              "the ingress controller redirects to HTTPS when TLS is on",
                                              site->name, d->line);

  if (d->children != NULL && !g_str_equal (d->name, "upstream"))
    import_directives (site, d->children);
}

static void
import_directives (Site      *site,
                   GPtrArray *directives)
{
  for (guint i = 0; i < directives->len; i++)
    import_directive (site, g_ptr_array_index (directives, i));
}

static void
collect_upstreams (Site      *site,
                   GPtrArray *directives)
{
  for (guint i = 0; i < directives->len; i++)
    {
      Directive *d = g_ptr_array_index (directives, i);

      if (g_str_equal (d->name, "upstream") && d->children && arg (d, 0))
        {
          g_hash_table_insert (site->upstreams, (char *) arg (d, 0), d);
          import_upstream (site, d);
        }
      else if (d->children != NULL)
        collect_upstreams (site, d->children);
    }
}

/* Hosts are added last: TLS or a body size anywhere in the site holds
 * for all of its hosts ("_" is nginx's catch-all, not a host). */
static void
add_hosts (Site *site)
{
  for (guint i = 0; i < site->hosts->len; i++)
    {
      Directive *d = g_ptr_array_index (site->hosts, i);

      for (guint j = 0; j < d->args->len; j++)
        {
          const char *host = arg (d, j);

          if (*host == '\0' || g_str_equal (host, "_") || g_str_equal (host, "localhost") || *host == '~')
            continue;
          podlift_scan_report_add_ingress_host (site->report, host, site->tls,
                                                site->max_body_size, site->name, d->line);
        }
    }
}

gboolean
podlift_import_nginx (PodliftScanReport  *report,
                      const char         *name,
                      const char         *text,
                      GError            **error)
{
  g_autoptr(GPtrArray) top = g_ptr_array_new_with_free_func ((GDestroyNotify) directive_free);
  g_autoptr(GHashTable) upstreams = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) hosts = g_ptr_array_new ();
  Lexer lx = { name, text, 1 };
  Site site = { report, name, upstreams, hosts, FALSE, NULL };
  gboolean ok;

  g_return_val_if_fail (PODLIFT_IS_SCAN_REPORT (report), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  /* On an error, what was read before it is still imported. */
  ok = parse_block (&lx, top, 0, 0, error);

  collect_upstreams (&site, top);
  import_directives (&site, top);
  add_hosts (&site);
  g_free (site.max_body_size);

  return ok;
}
