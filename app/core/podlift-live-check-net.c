/* podlift-live-check-net.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-live-check"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "podlift-live-check-private.h"

/* DNS checks with GResolver and TCP checks with GSocketClient. A DNS
 * check passes when the host resolves and, if an answer is expected,
 * when it resolves to that address or, for a name, to one of the
 * addresses that name resolves to (GResolver has no CNAME lookup, and
 * the addresses are what clients use). */

typedef struct
{
  GTask *task;
  GList *addresses;
  char  *host;
} Dns;

static void
dns_free (Dns *dns)
{
  g_resolver_free_addresses (dns->addresses);
  g_free (dns->host);
  g_object_unref (dns->task);
  g_free (dns);
}

static char *
join_addresses (GList *addresses)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (const GList *l = addresses; l; l = l->next)
    {
      g_autofree char *address = g_inet_address_to_string (l->data);

      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append (text, address);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
any_in_common (GList *a,
               GList *b)
{
  for (const GList *l = a; l; l = l->next)
    for (const GList *m = b; m; m = m->next)
      if (g_inet_address_equal (l->data, m->data))
        return TRUE;

  return FALSE;
}

static void
dns_pass_or_fail (Dns   *dns,
                  GList *expected)
{
  PodliftCheckRun *run = g_task_get_task_data (dns->task);
  g_autofree char *found = join_addresses (dns->addresses);
  const char *expect = run->check->expect;

  if (expect == NULL || any_in_common (dns->addresses, expected))
    /* Translators: a DNS answer, "shop.example.com → 203.0.113.7 in 3 ms" */
    podlift_check_run_pass (dns->task, _("%s → %s in %u ms"), dns->host, found,
                            podlift_deadline_elapsed_ms (&run->deadline));
  else
    /* Translators: a DNS answer that is not the one expected */
    podlift_check_run_fail (dns->task, _("%s → %s, not %s"), dns->host, found, expect);
}

static void
expected_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  Dns *dns = user_data;
  g_autoptr(GError) error = NULL;
  GList *expected;

  expected = g_resolver_lookup_by_name_finish (G_RESOLVER (object), result, &error);
  if (expected == NULL)
    {
      PodliftCheckRun *run = g_task_get_task_data (dns->task);
      g_autofree char *what = g_strdup_printf (_("the expected name %s"), run->check->expect);

      podlift_check_run_fail_error (dns->task, what, error);
    }
  else
    {
      dns_pass_or_fail (dns, expected);
      g_resolver_free_addresses (expected);
    }

  dns_free (dns);
}

static void
lookup_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  Dns *dns = user_data;
  PodliftCheckRun *run = g_task_get_task_data (dns->task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GInetAddress) expected = NULL;
  const char *expect = run->check->expect;

  dns->addresses = g_resolver_lookup_by_name_finish (G_RESOLVER (object), result, &error);
  if (dns->addresses == NULL)
    {
      podlift_check_run_fail_error (dns->task, dns->host, error);
      dns_free (dns);
      return;
    }

  if (expect != NULL && expect[0] != '\0' && !(expected = g_inet_address_new_from_string (expect)))
    {
      /* A name: compare with its addresses. */
      g_resolver_lookup_by_name_async (G_RESOLVER (object), expect, run->deadline.inner,
                                       expected_cb, dns);
      return;
    }

  {
    GList one = { expected, NULL, NULL };

    dns_pass_or_fail (dns, expected ? &one : NULL);
  }
  dns_free (dns);
}

/* The host of a DNS target: a name, or the host of a URL. */
static char *
host_of (const char *target)
{
  g_autoptr(GUri) uri = NULL;

  if (target == NULL)
    return NULL;
  if (strstr (target, "://") != NULL && (uri = g_uri_parse (target, G_URI_FLAGS_NONE, NULL)))
    return g_strdup (g_uri_get_host (uri));

  return g_strstrip (g_strdup (target));
}

void
podlift_live_check_dns_start (GTask *task)
{
  PodliftCheckRun *run = g_task_get_task_data (task);
  g_autoptr(GResolver) resolver = g_resolver_get_default ();
  Dns *dns;

  dns = g_new0 (Dns, 1);
  dns->task = g_object_ref (task);
  dns->host = host_of (run->check->target);

  if (dns->host == NULL || dns->host[0] == '\0')
    {
      podlift_check_run_fail (task, _("no host name to look up"));
      dns_free (dns);
      return;
    }

  if (run->check->expect != NULL && run->check->expect[0] == '\0')
    g_clear_pointer (&run->check->expect, g_free);

  g_resolver_lookup_by_name_async (resolver, dns->host, run->deadline.inner, lookup_cb, dns);
}

static void
connect_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PodliftCheckRun *run = g_task_get_task_data (task);
  g_autoptr(GSocketConnection) connection = NULL;
  g_autoptr(GError) error = NULL;

  connection = g_socket_client_connect_to_host_finish (G_SOCKET_CLIENT (object), result, &error);
  if (connection == NULL)
    {
      podlift_check_run_fail_error (task, run->check->target, error);
      return;
    }

  g_io_stream_close (G_IO_STREAM (connection), NULL, NULL);
  /* Translators: a TCP check that worked, "db.example.com:5432 connected in 3 ms" */
  podlift_check_run_pass (task, _("%s connected in %u ms"), run->check->target,
                          podlift_deadline_elapsed_ms (&run->deadline));
}

/* A direct connection, without a proxy: the question is whether this
 * network reaches the port. */
void
podlift_live_check_tcp_start (GTask *task)
{
  PodliftCheckRun *run = g_task_get_task_data (task);
  g_autoptr(GSocketClient) client = NULL;
  g_autoptr(GSocketConnectable) address = NULL;

  if (run->check->target == NULL ||
      !(address = g_network_address_parse (run->check->target, 0, NULL)) ||
      g_network_address_get_port (G_NETWORK_ADDRESS (address)) == 0)
    {
      /* Translators: %s is what the user typed */
      podlift_check_run_fail (task, _("“%s” is not HOST:PORT"), run->check->target ? run->check->target : "");
      return;
    }

  client = g_socket_client_new ();
  g_socket_client_set_enable_proxy (client, FALSE);
  g_socket_client_connect_to_host_async (client, run->check->target, 0, run->deadline.inner,
                                         connect_cb, g_object_ref (task));
}
