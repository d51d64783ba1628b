/* podlift-sizing-k6.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-sizing"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "podlift-error.h"
#include "podlift-sizing.h"

/* k6's results, as k6 writes them, read with json-glib.
 *
 * --summary-export: one JSON object whose "metrics" hold, per metric,
 * its values: http_req_duration's "p(95)", http_req_failed's "value" (the
 * failed share), http_reqs' "rate". k6's handleSummary() data, where the
 * values are under "values", is read too. The k6.js Podlift writes tags
 * each request with the step of the ramp it belongs to ("rate:120") and
 * sets a threshold on each step, so that the summary holds a submetric
 * per step ("http_req_duration{rate:120}"): the highest step within the
 * objectives is the rate held. Without steps, the whole run is judged.
 *
 * --out json: one JSON object a line; "Point" lines carry a sample of a
 * metric with its time. Requests are put in 10-second windows, and the
 * busiest window within the objectives is the rate held. */

#define WINDOW_SECONDS 10.0
#define WINDOW_LEAST_REQUESTS 10

static gboolean
within (double p95,
        double errors,
        guint  latency_ms,
        double error_percent)
{
  return p95 <= latency_ms && errors <= error_percent;
}

/* The summary */

/* A metric's values: the metric itself in --summary-export, its "values"
 * in handleSummary()'s data. */
static JsonObject *
metric_values (JsonObject *metrics,
               const char *name)
{
  JsonNode *node = json_object_get_member (metrics, name);
  JsonObject *metric;
  JsonNode *values;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;

  metric = json_node_get_object (node);
  values = json_object_get_member (metric, "values");
  if (values != NULL && JSON_NODE_HOLDS_OBJECT (values))
    return json_node_get_object (values);

  return metric;
}

static gboolean
number_of (JsonObject *values,
           const char *key,
           double     *out)
{
  JsonNode *node = values ? json_object_get_member (values, key) : NULL;

  if (node == NULL || json_node_get_value_type (node) == G_TYPE_BOOLEAN ||
      !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) == G_TYPE_STRING)
    return FALSE;

  *out = json_node_get_double (node);
  return TRUE;
}

/* The failed share, in %, of http_req_failed (or its submetric @suffix). */
static double
failed_percent (JsonObject *metrics,
                const char *suffix)
{
  g_autofree char *name = g_strconcat ("http_req_failed", suffix, NULL);
  JsonObject *values = metric_values (metrics, name);
  double share = 0;

  if (!number_of (values, "value", &share))
    number_of (values, "rate", &share);

  return share * 100;
}

/* The rate of a step submetric's name, "http_req_duration{rate:120}". */
static double
step_rate (const char *member)
{
  const char *prefix = "http_req_duration{rate:";
  char *end = NULL;
  double rate;

  if (!g_str_has_prefix (member, prefix))
    return 0;

  rate = g_ascii_strtod (member + strlen (prefix), &end);
  if (end == NULL || g_strcmp0 (end, "}") != 0 || !(rate > 0))
    return 0;

  return rate;
}

static void
judge_steps (JsonObject      *metrics,
             guint            latency_ms,
             double           error_percent,
             PodliftK6Result *result,
             PodliftK6Result *lowest)
{
  g_autoptr(GList) members = json_object_get_members (metrics);

  for (const GList *l = members; l != NULL; l = l->next)
    {
      double rate = step_rate (l->data);
      const char *suffix = (const char *) l->data + strlen ("http_req_duration");
      double p95, errors;

      if (rate == 0 || !number_of (metric_values (metrics, l->data), "p(95)", &p95))
        continue;

      errors = failed_percent (metrics, suffix);
      result->parts++;

      if (lowest->rate == 0 || rate < lowest->rate)
        *lowest = (PodliftK6Result) { FALSE, 0, rate, p95, errors };
      if (within (p95, errors, latency_ms, error_percent) && rate > result->rate)
        {
          result->rate = rate;
          result->p95_ms = p95;
          result->error_percent = errors;
        }
    }
}

static gboolean
read_summary (JsonNode         *root,
              const char       *name,
              guint             latency_ms,
              double            error_percent,
              PodliftK6Result  *result,
              GError          **error)
{
  JsonObject *metrics;
  JsonNode *node;
  PodliftK6Result lowest = { 0 };
  double p95, errors, rate;

  node = root != NULL && JSON_NODE_HOLDS_OBJECT (root) ? json_object_get_member (json_node_get_object (root), "metrics") : NULL;
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node) ||
      !number_of (metric_values (json_node_get_object (node), "http_req_duration"), "p(95)", &p95))
    return podlift_error_set_at (error, PODLIFT_ERROR_PARSE, name, 1,
                                 _("JSON, but not k6's: there are no “metrics” with http_req_duration's p(95); "
                                   "give the file of k6's --summary-export, or of --out json"));

  metrics = json_node_get_object (node);
  judge_steps (metrics, latency_ms, error_percent, result, &lowest);
  if (result->parts > 0)
    {
      if (result->rate > 0)
        return TRUE;
      return podlift_error_set_at (error, PODLIFT_ERROR_PARSE, name, 1,
                                   _("no step of the load test met the objectives (p95 ≤ %u ms, errors ≤ %g %%): "
                                     "the lowest, %.0f req/s, had p95 %.0f ms and %.2f %% errors"),
                                   latency_ms, error_percent, lowest.rate, lowest.p95_ms, lowest.error_percent);
    }

  /* A summary without steps: the whole run, at its average rate. */
  errors = failed_percent (metrics, "");
  if (!number_of (metric_values (metrics, "http_reqs"), "rate", &rate) || !(rate > 0))
    return podlift_error_set_at (error, PODLIFT_ERROR_PARSE, name, 1,
                                 _("k6's summary has no http_reqs rate: did the test make any request?"));
  if (!within (p95, errors, latency_ms, error_percent))
    return podlift_error_set_at (error, PODLIFT_ERROR_PARSE, name, 1,
                                 _("the run as a whole missed the objectives (p95 %.0f ms, %.2f %% errors; "
                                   "objectives p95 ≤ %u ms, errors ≤ %g %%); run Podlift's k6.js, whose steps "
                                   "show the rate at which they still held, or give --out json"),
                                 p95, errors, latency_ms, error_percent);

  *result = (PodliftK6Result) { FALSE, 0, rate, p95, errors };
  return TRUE;
}

/* The JSON lines */

typedef struct
{
  double seconds;  /* since the Unix epoch */
  double value;
  gboolean failed; /* an http_req_failed sample, else a duration */
} Sample;

typedef struct
{
  GArray *durations; /* double, ms */
  guint   failed;
} Window;

static void
window_clear (Window *window)
{
  g_clear_pointer (&window->durations, g_array_unref);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The sample of one line, if it is an http_req_duration or
 * http_req_failed point; FALSE with @error for a line that is not k6's. */
static gboolean
read_line (JsonParser  *parser,
           const char  *line,
           gsize        length,
           const char  *name,
           guint        number,
           Sample      *sample,
           gboolean    *wanted,
           GError     **error)
{
  g_autoptr(GError) local = NULL;
  g_autoptr(GDateTime) time = NULL;
  JsonObject *object, *data;
  const char *type, *metric;

  *wanted = FALSE;
  if (!json_parser_load_from_data (parser, line, length, &local))
    return podlift_error_set_at (error, PODLIFT_ERROR_PARSE, name, number,
                                 _("not JSON (%s)"), local->message);

  object = json_parser_get_root (parser) != NULL && JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)) ?
           json_node_get_object (json_parser_get_root (parser)) : NULL;
  type = object ? json_object_get_string_member_with_default (object, "type", NULL) : NULL;
  if (g_strcmp0 (type, "Metric") != 0 && g_strcmp0 (type, "Point") != 0)
    return podlift_error_set_at (error, PODLIFT_ERROR_PARSE, name, number,
                                 _("not a line of k6's --out json (no “type” of Metric or Point); "
                                   "give the file of k6's --summary-export, or of --out json"));

  metric = json_object_get_string_member_with_default (object, "metric", "");
  if (g_strcmp0 (type, "Point") != 0 ||
      (g_strcmp0 (metric, "http_req_duration") != 0 && g_strcmp0 (metric, "http_req_failed") != 0))
    return TRUE;

  data = json_object_get_object_member (object, "data");
  time = data ? g_date_time_new_from_iso8601 (json_object_get_string_member_with_default (data, "time", ""), NULL) : NULL;
  if (time == NULL || !json_object_has_member (data, "value"))
    return podlift_error_set_at (error, PODLIFT_ERROR_PARSE, name, number,
                                 _("a k6 point without a time or a value"));

  sample->seconds = g_date_time_to_unix (time) + g_date_time_get_microsecond (time) / 1e6;
  sample->value = json_object_get_double_member (data, "value");
  sample->failed = g_str_equal (metric, "http_req_failed");
  *wanted = TRUE;
  return TRUE;
}

static GArray *
read_samples (const char  *text,
              gsize        length,
              const char  *name,
              GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (Sample));
  const char *end = text + length;
  guint number = 0;

  for (const char *line = text; line < end; )
    {
      const char *eol = memchr (line, '\n', end - line);
      gsize len = (eol ? eol : end) - line;
      Sample sample;
      gboolean wanted;

      number++;
      if (len > 0 && strspn (line, " \t\r") < len)
        {
          if (!read_line (parser, line, len, name, number, &sample, &wanted, error))
            return NULL;
          if (wanted)
            g_array_append_val (samples, sample);
        }
      line += len + 1;
    }

  if (samples->len == 0)
    {
      podlift_error_set_at (error, PODLIFT_ERROR_PARSE, name, 1,
                            _("k6 JSON lines without any http_req_duration point: "
                              "did the test make any request?"));
      return NULL;
    }

  return g_steal_pointer (&samples);
}

static void
judge_window (Window          *window,
              guint            latency_ms,
              double           error_percent,
              PodliftK6Result *result,
              PodliftK6Result *quietest)
{
  guint n = window->durations ? window->durations->len : 0;
  double rate, p95, errors;

  if (n < WINDOW_LEAST_REQUESTS)
    return;

  g_array_sort (window->durations, compare_doubles);
  p95 = g_array_index (window->durations, double, (guint) ceil (0.95 * n) - 1);
  rate = n / WINDOW_SECONDS;
  errors = 100.0 * window->failed / n;
  result->parts++;

  if (quietest->rate == 0 || rate < quietest->rate)
    *quietest = (PodliftK6Result) { TRUE, 0, rate, p95, errors };
  if (within (p95, errors, latency_ms, error_percent) && rate > result->rate)
    *result = (PodliftK6Result) { TRUE, result->parts, rate, p95, errors };
}

static gboolean
read_lines (const char       *text,
            gsize             length,
            const char       *name,
            guint             latency_ms,
            double            error_percent,
            PodliftK6Result  *result,
            GError          **error)
{
  g_autoptr(GArray) samples = read_samples (text, length, name, error);
  g_autoptr(GArray) windows = NULL;
  PodliftK6Result quietest = { 0 };
  double start = G_MAXDOUBLE;

  if (samples == NULL)
    return FALSE;

  for (guint i = 0; i < samples->len; i++)
    start = MIN (start, g_array_index (samples, Sample, i).seconds);

  windows = g_array_new (FALSE, TRUE, sizeof (Window));
  g_array_set_clear_func (windows, (GDestroyNotify) window_clear);
  for (guint i = 0; i < samples->len; i++)
    {
      Sample *s = &g_array_index (samples, Sample, i);
      guint index = (guint) ((s->seconds - start) / WINDOW_SECONDS);
      Window *w;

      if (index >= windows->len)
        g_array_set_size (windows, index + 1);
      w = &g_array_index (windows, Window, index);
      if (s->failed)
        w->failed += s->value != 0;
      else
        {
          if (w->durations == NULL)
            w->durations = g_array_new (FALSE, FALSE, sizeof (double));
          g_array_append_val (w->durations, s->value);
        }
    }

  *result = (PodliftK6Result) { TRUE, 0, 0, 0, 0 };
  for (guint i = 0; i < windows->len; i++)
    judge_window (&g_array_index (windows, Window, i), latency_ms, error_percent, result, &quietest);

  if (result->parts == 0)
    return podlift_error_set_at (error, PODLIFT_ERROR_PARSE, name, 1,
                                 _("too few requests to judge: no 10-second window has %u"),
                                 WINDOW_LEAST_REQUESTS);
  if (result->rate == 0)
    return podlift_error_set_at (error, PODLIFT_ERROR_PARSE, name, 1,
                                 _("no 10-second window of the load test met the objectives (p95 ≤ %u ms, "
                                   "errors ≤ %g %%): the quietest, %.1f req/s, had p95 %.0f ms and %.2f %% errors"),
                                 latency_ms, error_percent, quietest.rate, quietest.p95_ms, quietest.error_percent);
  return TRUE;
}

/* Whether @text starts like k6's JSON lines: its first line is an
 * object with a "type" of Metric or Point. */
static gboolean
looks_like_lines (const char *text,
                  gsize       length)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  const char *eol = memchr (text, '\n', length);
  JsonNode *root;
  const char *type;

  if (eol == NULL || !json_parser_load_from_data (parser, text, eol - text, NULL))
    return FALSE;

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return FALSE;
  type = json_object_get_string_member_with_default (json_node_get_object (root), "type", NULL);
  return g_strcmp0 (type, "Metric") == 0 || g_strcmp0 (type, "Point") == 0;
}

/**
 * podlift_k6_result_parse:
 * @name: the file's name, for errors
 *
 * Reads k6's --summary-export JSON or --out json lines. Errors are
 * PODLIFT_ERROR_PARSE, "NAME:LINE: problem".
 */
gboolean
podlift_k6_result_parse (const char       *data,
                         gsize             length,
                         const char       *name,
                         guint             latency_ms,
                         double            error_percent,
                         PodliftK6Result  *result,
                         GError          **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local = NULL;
  gsize skip;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (result != NULL, FALSE);

  *result = (PodliftK6Result) { 0 };
  for (skip = 0; skip < length && g_ascii_isspace (data[skip]); skip++)
    ;
  if (skip == length)
    return podlift_error_set_at (error, PODLIFT_ERROR_PARSE, name, 1,
                                 _("the file is empty: give the file of k6's --summary-export, "
                                   "or of --out json"));

  if (looks_like_lines (data + skip, length - skip))
    return read_lines (data, length, name, latency_ms, error_percent, result, error);

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, data, length, &local))
    {
      guint line = 1, column = 0;
      const char *problem = local->message;

      /* json-glib says "<data>:LINE:COLUMN: Parse error: …" */
      if (sscanf (problem, "<data>:%u:%u:", &line, &column) == 2)
        problem = strstr (strchr (strchr (problem, ':') + 1, ':') + 1, ":") + 1;
      return podlift_error_set_at (error, PODLIFT_ERROR_PARSE, name, MAX (1, line),
                                   _("not JSON (%s); give the file of k6's --summary-export, or of --out json"),
                                   g_strstrip ((char *) problem));
    }

  return read_summary (json_parser_get_root (parser), name, latency_ms, error_percent, result, error);
}
