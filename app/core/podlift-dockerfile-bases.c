/* podlift-dockerfile-bases.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-dockerfile-bases"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "podlift-dockerfile-generator-private.h"

/* Which images a draft builds on: the build stage's tool chain, and the
 * smallest final image of the asked base-size class that runs the
 * application, or the nearest class that does, with a note saying why.
 * Every tag is pinned: a version from the answers, or a Debian or
 * Alpine release where the image has no version of its own. */

#define ALPINE_RELEASE "3.20"
#define NGINX_VERSION "1.27"
#define MAVEN_VERSION "3.9"
#define GRADLE_VERSION "8.10"
#define COMPOSER_VERSION "2.8"
#define ASKED "Base size class: %s was asked, but "

static const char *
size_name (PodliftBaseSize size)
{
  switch (size)
    {
    case PODLIFT_BASE_SIZE_DISTROLESS: return "distroless";
    case PODLIFT_BASE_SIZE_ALPINE: return "alpine";
    case PODLIFT_BASE_SIZE_SLIM: return "slim";
    case PODLIFT_BASE_SIZE_FULL:
    default:
      return "full";
    }
}

static guint
major_of (const char *version)
{
  return (guint) strtoul (version, NULL, 10);
}

static void
note (PodliftBases *bases,
      const char   *format,
      ...) G_GNUC_PRINTF (2, 3);

static void
note (PodliftBases *bases,
      const char   *format,
      ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (bases->notes, g_strdup_vprintf (format, args));
  va_end (args);
}

/* The asked class when @possible, else @nearest, noting why. */
static void
use_class (PodliftBases    *bases,
           PodliftBaseSize  asked,
           gboolean         possible,
           PodliftBaseSize  nearest,
           const char      *why)
{
  bases->size = asked;
  if (possible)
    return;

  bases->size = nearest;
  note (bases, ASKED "%s: the final stage uses the %s image, the nearest that works.",
        size_name (asked), why, size_name (nearest));
}

static gboolean
has_shell_class (PodliftBaseSize size)
{
  return size != PODLIFT_BASE_SIZE_DISTROLESS;
}

static void
keep_full (PodliftBases *bases)
{
  bases->keep_full = TRUE;
  note (bases, "Base size class: full, as asked. The full image is kept on purpose, so "
               "PL003 (a smaller variant exists) is silenced on the final FROM.");
}

/* The final image of the chosen class: @distroless, @alpine, @slim or
 * @full, the full one kept on purpose. */
static void
set_final_image (PodliftBases *bases,
                 const char   *distroless,
                 const char   *alpine,
                 const char   *slim,
                 const char   *full)
{
  switch (bases->size)
    {
    case PODLIFT_BASE_SIZE_DISTROLESS:
      bases->final_image = g_strdup (distroless);
      break;
    case PODLIFT_BASE_SIZE_ALPINE:
      bases->final_image = g_strdup (alpine);
      break;
    case PODLIFT_BASE_SIZE_SLIM:
      bases->final_image = g_strdup (slim);
      break;
    case PODLIFT_BASE_SIZE_FULL:
    default:
      bases->final_image = g_strdup (full);
      keep_full (bases);
      break;
    }
}

/* A launch command that distroless can run: no shell, and started by
 * @program (NULL: any). */
static gboolean
distroless_can_run (const PodliftDraft *draft,
                    const char         *program,
                    const char        **why)
{
  if (draft->launch_needs_shell)
    {
      *why = "the launch command needs a shell, which distroless images do not have";
      return FALSE;
    }

  if (program != NULL && g_strcmp0 (draft->launch[0], program) != 0)
    {
      *why = "the distroless image has no shell and only runs its runtime directly, "
             "not the launch command's program";
      return FALSE;
    }

  return TRUE;
}

/* ---- Per stack ------------------------------------------------------------------ */

static void
choose_node (const PodliftDraft *draft,
             PodliftBases       *bases)
{
  const char *v = draft->version;
  guint major = major_of (v);
  const char *why = "Google's distroless Node.js images exist for Node.js 18, 20 and 22 only";
  gboolean ok = (major == 18 || major == 20 || major == 22) &&
                distroless_can_run (draft, "node", &why);
  g_autofree char *distroless = g_strdup_printf ("gcr.io/distroless/nodejs%u-debian12:nonroot", major);
  g_autofree char *alpine = g_strdup_printf ("node:%s-alpine", v);
  g_autofree char *slim = g_strdup_printf ("node:%s-bookworm-slim", v);
  g_autofree char *full = g_strdup_printf ("node:%s-bookworm", v);

  use_class (bases, draft->size, draft->size != PODLIFT_BASE_SIZE_DISTROLESS || ok,
             PODLIFT_BASE_SIZE_ALPINE, why);
  set_final_image (bases, distroless, alpine, slim, full);
  bases->reset_entrypoint = bases->size == PODLIFT_BASE_SIZE_DISTROLESS;

  /* native modules must be built against the final image's C library */
  bases->build_image = bases->size == PODLIFT_BASE_SIZE_ALPINE
                       ? g_strdup_printf ("node:%s-alpine", v)
                       : g_strdup_printf ("node:%s-bookworm", v);
}

/* Python and Ruby: official @image images; the alpine class builds on
 * alpine too, every other class on the full Debian image, which has the
 * compilers and headers that packages without wheels and native gems
 * need, and the same /usr/local interpreter as the slim one. */
static void
choose_interpreter (const PodliftDraft *draft,
                    PodliftBases       *bases,
                    const char         *image,
                    const char         *why)
{
  const char *v = draft->version;

  use_class (bases, draft->size, draft->size != PODLIFT_BASE_SIZE_DISTROLESS,
             PODLIFT_BASE_SIZE_SLIM, why);

  switch (bases->size)
    {
    case PODLIFT_BASE_SIZE_ALPINE:
      bases->final_image = g_strdup_printf ("%s:%s-alpine", image, v);
      bases->build_image = g_strdup_printf ("%s:%s-alpine", image, v);
      return;
    case PODLIFT_BASE_SIZE_FULL:
      bases->final_image = g_strdup_printf ("%s:%s-bookworm", image, v);
      keep_full (bases);
      break;
    case PODLIFT_BASE_SIZE_DISTROLESS:
    case PODLIFT_BASE_SIZE_SLIM:
    default:
      bases->final_image = g_strdup_printf ("%s:%s-slim-bookworm", image, v);
      break;
    }

  bases->build_image = g_strdup_printf ("%s:%s-bookworm", image, v);
}

static void
choose_python (const PodliftDraft *draft,
               PodliftBases       *bases)
{
  choose_interpreter (draft, bases, "python",
                      "gcr.io/distroless/python3 is Debian's Python 3.11 without pip, and the "
                      "programs of a virtual environment start with the build image's interpreter");
}

/* Go and Rust: a static binary, which any image runs. */
static void
choose_static_binary (const PodliftDraft *draft,
                      PodliftBases       *bases)
{
  const char *why = NULL;
  gboolean ok = draft->size != PODLIFT_BASE_SIZE_DISTROLESS ||
                distroless_can_run (draft, NULL, &why);

  use_class (bases, draft->size, ok, PODLIFT_BASE_SIZE_ALPINE, why);
  set_final_image (bases, "gcr.io/distroless/static-debian12:nonroot",
                   "alpine:" ALPINE_RELEASE, "debian:bookworm-slim", "debian:bookworm");

  if (draft->stack == PODLIFT_STACK_GO)
    bases->build_image = g_strdup_printf ("golang:%s-bookworm", draft->version);
  else
    bases->build_image = g_strdup_printf ("rust:%s-alpine", draft->version);
}

static void
choose_java (const PodliftDraft *draft,
             PodliftBases       *bases)
{
  guint major = major_of (draft->version);
  const char *why = "Google's distroless Java images exist for Java 17 and 21 only";
  gboolean ok = (major == 17 || major == 21) && distroless_can_run (draft, "java", &why);
  g_autofree char *distroless = g_strdup_printf ("gcr.io/distroless/java%u-debian12:nonroot", major);
  g_autofree char *alpine = g_strdup_printf ("eclipse-temurin:%u-jre-alpine", major);
  g_autofree char *slim = g_strdup_printf ("eclipse-temurin:%u-jre", major);
  g_autofree char *full = g_strdup_printf ("eclipse-temurin:%u-jdk", major);

  use_class (bases, draft->size, draft->size != PODLIFT_BASE_SIZE_DISTROLESS || ok,
             PODLIFT_BASE_SIZE_ALPINE, why);
  set_final_image (bases, distroless, alpine, slim, full);
  bases->reset_entrypoint = bases->size == PODLIFT_BASE_SIZE_DISTROLESS;

  if (g_strcmp0 (draft->package_manager, "gradle") == 0)
    bases->build_image = g_strdup_printf ("gradle:" GRADLE_VERSION "-jdk%u", major);
  else
    bases->build_image = g_strdup_printf ("maven:" MAVEN_VERSION "-eclipse-temurin-%u", major);
}

static void
choose_php (const PodliftDraft *draft,
            PodliftBases       *bases)
{
  const char *v = draft->version;

  bases->build_image = g_strdup ("composer:" COMPOSER_VERSION);

  if (draft->apache)
    {
      use_class (bases, draft->size, draft->size == PODLIFT_BASE_SIZE_FULL,
                 PODLIFT_BASE_SIZE_FULL,
                 "the official PHP image has Apache on Debian only");
      bases->final_image = g_strdup_printf ("php:%s-apache-bookworm", v);
      return;
    }

  use_class (bases, draft->size, draft->size != PODLIFT_BASE_SIZE_DISTROLESS,
             PODLIFT_BASE_SIZE_ALPINE, "there is no distroless PHP image");
  if (bases->size == PODLIFT_BASE_SIZE_SLIM)
    note (bases, "Base size class: slim. The official PHP image has no slim variant: "
                 "its Debian image is used.");

  if (bases->size == PODLIFT_BASE_SIZE_ALPINE)
    bases->final_image = g_strdup_printf ("php:%s-fpm-alpine", v);
  else
    bases->final_image = g_strdup_printf ("php:%s-fpm-bookworm", v);
}

static void
choose_ruby (const PodliftDraft *draft,
             PodliftBases       *bases)
{
  choose_interpreter (draft, bases, "ruby", "there is no distroless Ruby image");
}

static void
choose_dotnet (const PodliftDraft *draft,
               PodliftBases       *bases)
{
  const char *v = draft->version;
  const char *why = NULL;
  gboolean ok = draft->size != PODLIFT_BASE_SIZE_DISTROLESS ||
                distroless_can_run (draft, NULL, &why);

  use_class (bases, draft->size, ok, PODLIFT_BASE_SIZE_ALPINE, why);

  switch (bases->size)
    {
    case PODLIFT_BASE_SIZE_DISTROLESS:
      /* Microsoft's distroless images are the "chiseled" Ubuntu ones */
      bases->final_image = g_strdup_printf ("mcr.microsoft.com/dotnet/aspnet:%s-%s-chiseled", v,
                                            major_of (v) >= 8 ? "noble" : "jammy");
      break;
    case PODLIFT_BASE_SIZE_ALPINE:
      bases->final_image = g_strdup_printf ("mcr.microsoft.com/dotnet/aspnet:%s-alpine", v);
      break;
    case PODLIFT_BASE_SIZE_SLIM:
      bases->final_image = g_strdup_printf ("mcr.microsoft.com/dotnet/aspnet:%s-bookworm-slim", v);
      break;
    case PODLIFT_BASE_SIZE_FULL:
    default:
      note (bases, "Base size class: full. The ASP.NET Core runtime image has no larger "
                   "variant than its Debian one, which is used.");
      bases->final_image = g_strdup_printf ("mcr.microsoft.com/dotnet/aspnet:%s", v);
      break;
    }

  bases->build_image = g_strdup_printf ("mcr.microsoft.com/dotnet/sdk:%s", v);
}

static void
choose_static_site (const PodliftDraft *draft,
                    PodliftBases       *bases)
{
  const char *image = "nginxinc/nginx-unprivileged:" NGINX_VERSION;

  bases->size = draft->size;
  if (draft->size == PODLIFT_BASE_SIZE_DISTROLESS)
    {
      bases->size = PODLIFT_BASE_SIZE_ALPINE;
      note (bases, ASKED "there is no distroless nginx image: the final stage uses nginx's "
                         "smallest, alpine-slim.", "distroless");
    }

  if (draft->size == PODLIFT_BASE_SIZE_DISTROLESS)
    bases->final_image = g_strdup_printf ("%s-alpine-slim", image);
  else if (bases->size == PODLIFT_BASE_SIZE_ALPINE)
    bases->final_image = g_strdup_printf ("%s-alpine", image);
  else
    bases->final_image = g_strdup_printf ("%s-bookworm", image);

  if (bases->size == PODLIFT_BASE_SIZE_SLIM)
    note (bases, "Base size class: slim. nginx has no slim Debian image: its Debian "
                 "image is used (alpine-slim is the smallest).");

  if (draft->build_command != NULL)
    bases->build_image = g_strdup_printf ("node:%s-bookworm-slim", draft->version);
}

PodliftBases *
podlift_bases_choose (const PodliftDraft *draft)
{
  PodliftBases *bases = g_new0 (PodliftBases, 1);

  bases->notes = g_ptr_array_new_with_free_func (g_free);

  switch (draft->stack)
    {
    case PODLIFT_STACK_NODE: choose_node (draft, bases); break;
    case PODLIFT_STACK_PYTHON: choose_python (draft, bases); break;
    case PODLIFT_STACK_GO:
    case PODLIFT_STACK_RUST: choose_static_binary (draft, bases); break;
    case PODLIFT_STACK_JAVA: choose_java (draft, bases); break;
    case PODLIFT_STACK_PHP: choose_php (draft, bases); break;
    case PODLIFT_STACK_RUBY: choose_ruby (draft, bases); break;
    case PODLIFT_STACK_DOTNET: choose_dotnet (draft, bases); break;
    case PODLIFT_STACK_STATIC: choose_static_site (draft, bases); break;
    case PODLIFT_STACK_UNKNOWN:
    default:
      g_assert_not_reached ();
    }

  bases->has_shell = has_shell_class (bases->size);
  bases->alpine = bases->size == PODLIFT_BASE_SIZE_ALPINE;

  return bases;
}

void
podlift_bases_free (PodliftBases *bases)
{
  if (bases == NULL)
    return;

  g_free (bases->build_image);
  g_free (bases->final_image);
  g_ptr_array_unref (bases->notes);
  g_free (bases);
}
