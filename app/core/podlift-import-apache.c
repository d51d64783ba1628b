/* podlift-import-apache.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-import-apache"

#include "config.h"

#include <string.h>

#include "podlift-error.h"
#include "podlift-scan-private.h"

/* An Apache virtual host: directives one a line ('\' continues a line),
 * sections such as <VirtualHost *:443> and <Proxy "balancer://app">
 * that must be closed. The hosts, TLS and body size give the ingress;
 * ProxyPass the application's port; a balancer's stickysession the
 * session stickiness and its cookie. */

typedef struct
{
  char  *name;   /* "VirtualHost", "Proxy", … */
  char  *arg;
  guint  line;
} Section;

static void
section_free (Section *s)
{
  g_free (s->name);
  g_free (s->arg);
  g_free (s);
}

typedef struct
{
  PodliftScanReport *report;
  const char        *name;
  GPtrArray         *sections;   /* Section*, innermost last */
  GHashTable        *balancers;  /* "balancer://app" → port (guint) with its line */
  GPtrArray         *hosts;      /* "host", line as pointer, pairs */
  gboolean           tls;
  char              *max_body_size;
  char              *balancer_target;
} Vhost;

static const char *
current_balancer (Vhost *v)
{
  for (guint i = v->sections->len; i > 0; i--)
    {
      Section *s = g_ptr_array_index (v->sections, i - 1);

      if (g_ascii_strcasecmp (s->name, "Proxy") == 0 && g_str_has_prefix (s->arg, "balancer://"))
        return s->arg;
    }
  return NULL;
}

/* "http://localhost:8000/" → 8000, or 0 for other hosts. */
static guint
loopback_port (const char *url)
{
  const char *hosts[] = { "localhost:", "127.0.0.1:", "[::1]:", "0.0.0.0:" };
  const char *p = strstr (url, "://");

  p = p ? p + 3 : url;
  for (guint i = 0; i < G_N_ELEMENTS (hosts); i++)
    if (g_str_has_prefix (p, hosts[i]))
      return (guint) g_ascii_strtoull (p + strlen (hosts[i]), NULL, 10);
  return 0;
}

static guint
any_port (const char *url)
{
  const char *p = strstr (url, "://");
  const char *colon;

  p = p ? p + 3 : url;
  colon = strchr (p, ':');
  return colon ? (guint) g_ascii_strtoull (colon + 1, NULL, 10) : 0;
}

/* "stickysession=JSESSIONID|jsessionid": the cookie before '|'. */
static void
import_sticky (Vhost  *v,
               char  **args,
               guint   line)
{
  for (guint i = 0; args[i] != NULL; i++)
    {
      g_autofree char *cookie = NULL;

      if (g_ascii_strncasecmp (args[i], "stickysession=", 14) != 0)
        continue;
      cookie = g_strndup (args[i] + 14, strcspn (args[i] + 14, "|"));
      podlift_scan_report_set_boolean (v->report, "session_stickiness", TRUE, v->name, line);
      if (*cookie != '\0')
        podlift_scan_report_set_string (v->report, "session_cookie", cookie, v->name, line);
    }
}

static void
import_proxy_pass (Vhost  *v,
                   char  **args,
                   guint   line)
{
  const char *target;
  guint port;

  if (args[0] == NULL || args[1] == NULL || g_str_equal (args[1], "!"))
    return;
  target = args[1];

  if (g_str_has_prefix (target, "unix:"))
    {
      g_autofree char *what = g_strdup_printf ("ProxyPass %s %s", args[0], target);
      podlift_scan_report_add_not_carried_over (v->report, what,
                                                "in a pod the application listens on a TCP port, "
                                                "not a Unix socket: make it bind 0.0.0.0:PORT",
                                                v->name, line);
      return;
    }

  if (g_str_has_prefix (target, "balancer://"))
    {
      /* Resolved at the end: the <Proxy> section may come after. */
      if (v->balancer_target == NULL)
        v->balancer_target = g_strndup (target, strcspn (target + 11, "/") + 11);
    }
  else if ((port = loopback_port (target)) != 0)
    podlift_scan_report_set_int (v->report, "port", port, v->name, line);

  import_sticky (v, args + 2, line);
}

static void
import_balancer_member (Vhost  *v,
                        char  **args,
                        guint   line)
{
  const char *balancer = current_balancer (v);
  guint port;

  if (args[0] == NULL)
    return;
  if (balancer == NULL && g_str_has_prefix (args[0], "balancer://"))
    balancer = args[0], args++;
  if (balancer == NULL || args[0] == NULL || (port = any_port (args[0])) == 0)
    return;

  /* The members are the application's instances; the first gives the
   * port. Packed with its line: port in the low 16 bits. */
  if (!g_hash_table_contains (v->balancers, balancer) && port <= 0xffff)
    g_hash_table_insert (v->balancers, g_strdup (balancer), GUINT_TO_POINTER (port | (line << 16)));
}

static char *
body_size (const char *bytes)
{
  guint64 n = g_ascii_strtoull (bytes, NULL, 10);

  if (n != 0 && n % (1024 * 1024) == 0)
    return g_strdup_printf ("%" G_GUINT64_FORMAT "m", n / (1024 * 1024));
  if (n != 0 && n % 1024 == 0)
    return g_strdup_printf ("%" G_GUINT64_FORMAT "k", n / 1024);
  return g_strdup_printf ("%" G_GUINT64_FORMAT, n);
}

static void
not_carried (Vhost       *v,
             char       **args,
             const char  *directive,
             const char  *why,
             guint        line)
{
  g_autofree char *joined = g_strjoinv (" ", args);
  g_autofree char *what = g_strdup_printf ("%s %s", directive, joined);

  podlift_scan_report_add_not_carried_over (v->report, what, why, v->name, line);
}

static void
import_hosts (Vhost  *v,
              char  **args,
              guint   line)
{
  for (guint i = 0; args[i] != NULL; i++)
    {
      g_autofree char *host = g_strndup (args[i], strcspn (args[i], ":"));

      if (*host == '\0' || g_str_equal (host, "localhost") || strchr (host, '*') != NULL)
        continue;
      g_ptr_array_add (v->hosts, g_steal_pointer (&host));
      g_ptr_array_add (v->hosts, GUINT_TO_POINTER (line));
    }
}

static gboolean
redirects_to_https (char **args)
{
  for (guint i = 0; args[i] != NULL; i++)
    if (g_str_has_prefix (args[i], "https://"))
      return TRUE;
  return FALSE;
}

static void
import_directive (Vhost       *v,
                  const char  *d,
                  char       **args,
                  guint        line)
{
  if (g_ascii_strcasecmp (d, "ServerName") == 0 || g_ascii_strcasecmp (d, "ServerAlias") == 0)
    import_hosts (v, args, line);
  else if (g_ascii_strcasecmp (d, "ProxyPass") == 0)
    import_proxy_pass (v, args, line);
  else if (g_ascii_strcasecmp (d, "BalancerMember") == 0)
    import_balancer_member (v, args, line);
  else if (g_ascii_strcasecmp (d, "ProxySet") == 0)
    import_sticky (v, args, line);
  else if (g_ascii_strcasecmp (d, "SSLEngine") == 0 && args[0] && g_ascii_strcasecmp (args[0], "on") == 0)
    v->tls = TRUE;
  else if (g_ascii_strcasecmp (d, "SSLCertificateFile") == 0 ||
           g_ascii_strcasecmp (d, "SSLCertificateKeyFile") == 0 ||
           g_ascii_strcasecmp (d, "SSLCertificateChainFile") == 0)
    {
      v->tls = TRUE;
      not_carried (v, args, d, "put it in a Kubernetes TLS Secret or use cert-manager", line);
    }
  else if (g_ascii_strcasecmp (d, "LimitRequestBody") == 0 && args[0] && v->max_body_size == NULL)
    v->max_body_size = body_size (args[0]);
  else if (g_ascii_strcasecmp (d, "DocumentRoot") == 0 || g_ascii_strcasecmp (d, "Alias") == 0)
    not_carried (v, args, d, "Apache served these files from the VM's disk: copy them into the "
                 "image and serve them from the application or a web server container", line);
  else if (g_ascii_strncasecmp (d, "WSGI", 4) == 0)
    not_carried (v, args, d, "Apache ran the application in-process with mod_wsgi: the container "
                 "runs it with a WSGI server such as gunicorn", line);
  else if (g_ascii_strncasecmp (d, "Redirect", 8) == 0 && redirects_to_https (args))
    podlift_scan_report_add_not_carried_over (v->report, "redirect to HTTPS",
                                              "the ingress controller redirects to HTTPS when TLS is on",
                                              v->name, line);
  else if (g_ascii_strcasecmp (d, "AuthType") == 0)
    not_carried (v, args, d, "use the ingress controller's authentication annotations", line);
}

/* "<VirtualHost *:443>", "</VirtualHost>". */
static gboolean
import_section (Vhost       *v,
                char        *text,
                guint        line,
                GError     **error)
{
  gboolean closing = text[1] == '/';
  char *gt = strrchr (text, '>');
  char *body;
  Section *s;

  if (gt == NULL)
    return podlift_error_set_at (error, PODLIFT_ERROR_FAILED, v->name, line,
                                 "%s has no closing “>”", text);
  *gt = '\0';
  body = g_strstrip (text + (closing ? 2 : 1));

  if (closing)
    {
      s = v->sections->len ? g_ptr_array_index (v->sections, v->sections->len - 1) : NULL;
      if (s == NULL || g_ascii_strcasecmp (s->name, body) != 0)
        return podlift_error_set_at (error, PODLIFT_ERROR_FAILED, v->name, line,
                                     "</%s> closes no open section", body);
      g_ptr_array_remove_index (v->sections, v->sections->len - 1);
      return TRUE;
    }

  s = g_new0 (Section, 1);
  s->name = g_strndup (body, strcspn (body, " \t"));
  s->arg = g_strstrip (g_strdup (body + strlen (s->name)));
  if (s->arg[0] == '"')
    {
      memmove (s->arg, s->arg + 1, strlen (s->arg));
      s->arg[strcspn (s->arg, "\"")] = '\0';
    }
  s->line = line;
  g_ptr_array_add (v->sections, s);

  if (g_ascii_strcasecmp (s->name, "VirtualHost") == 0 && g_str_has_suffix (s->arg, ":443"))
    v->tls = TRUE;
  return TRUE;
}

static gboolean
import_line (Vhost       *v,
             char        *text,
             guint        line,
             GError     **error)
{
  g_auto(GStrv) words = NULL;
  g_autoptr(GError) local_error = NULL;

  g_strstrip (text);
  if (*text == '\0' || *text == '#')
    return TRUE;
  if (*text == '<')
    return import_section (v, text, line, error);

  if (!g_shell_parse_argv (text, NULL, &words, &local_error))
    return podlift_error_set_at (error, PODLIFT_ERROR_FAILED, v->name, line,
                                 "this quoted string is not closed");

  import_directive (v, words[0], words + 1, line);
  return TRUE;
}

static void
add_balancer_port (Vhost *v)
{
  gpointer found;
  guint packed;

  if (v->balancer_target == NULL ||
      (found = g_hash_table_lookup (v->balancers, v->balancer_target)) == NULL)
    return;

  packed = GPOINTER_TO_UINT (found);
  podlift_scan_report_set_int (v->report, "port", packed & 0xffff, v->name, packed >> 16);
}

static void
add_hosts (Vhost *v)
{
  for (guint i = 0; i + 1 < v->hosts->len; i += 2)
    podlift_scan_report_add_ingress_host (v->report, g_ptr_array_index (v->hosts, i), v->tls,
                                          v->max_body_size, v->name,
                                          GPOINTER_TO_UINT (g_ptr_array_index (v->hosts, i + 1)));
}

static gboolean
import_lines (Vhost       *v,
              const char  *text,
              GError     **error)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autoptr(GString) logical = g_string_new (NULL);
  guint start = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *l = logical->len > 0 ? g_strstrip (lines[i]) : g_strchomp (lines[i]);
      gsize len = strlen (l);

      if (logical->len == 0)
        start = i + 1;
      if (len > 0 && l[len - 1] == '\\' && lines[i + 1] != NULL)
        {
          l[len - 1] = '\0';
          g_string_append (logical, g_strchomp (l));
          g_string_append_c (logical, ' ');
          continue;
        }
      g_string_append (logical, l);
      if (!import_line (v, logical->str, start, error))
        return FALSE;
      g_string_truncate (logical, 0);
    }

  if (v->sections->len > 0)
    {
      Section *s = g_ptr_array_index (v->sections, v->sections->len - 1);
      return podlift_error_set_at (error, PODLIFT_ERROR_FAILED, v->name, s->line,
                                   "<%s> is not closed", s->name);
    }
  return TRUE;
}

gboolean
podlift_import_apache (PodliftScanReport  *report,
                       const char         *name,
                       const char         *text,
                       GError            **error)
{
  g_autoptr(GPtrArray) sections = g_ptr_array_new_with_free_func ((GDestroyNotify) section_free);
  g_autoptr(GHashTable) balancers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) hosts = g_ptr_array_new ();
  Vhost v = { report, name, sections, balancers, hosts, FALSE, NULL, NULL };
  gboolean ok;

  g_return_val_if_fail (PODLIFT_IS_SCAN_REPORT (report), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  ok = import_lines (&v, text, error);

  /* Hosts last: TLS or a body size anywhere in the file holds for all. */
  add_balancer_port (&v);
  add_hosts (&v);
  for (guint i = 0; i < hosts->len; i += 2)
    g_free (g_ptr_array_index (hosts, i));
  g_free (v.max_body_size);
  g_free (v.balancer_target);

  return ok;
}
