/* test-rules-dl3030.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* hadolint's DL3030 – DL3067: for each rule, Dockerfiles that must
 * trigger it (on the line hadolint reports) and Dockerfiles that must
 * not, from hadolint's documented behaviour and its corner cases; the
 * fixes are applied and the result compared. */

#include "config.h"

#include <string.h>

#include <glib.h>

#include "podlift-lint-rules-private.h"
#include "podlift-lint-test-util.h"

#define FIRES(code, line, text)  podlift_test_fires (code, line, text)
#define PASSES(code, text)       podlift_test_passes (code, text)

/* Helpers {{{ */

/* Lints @text, applies the fix of the first @code finding and compares
 * the result with @expected. */
static void
assert_fix (const char *code,
            const char *text,
            const char *expected)
{
  g_autoptr(GListModel) findings = podlift_test_lint (text, NULL);
  g_autoptr(PodliftDiagnostic) d = podlift_test_find (findings, code);
  g_autofree char *fixed = NULL;

  g_assert_nonnull (d);
  g_assert_true (podlift_diagnostic_has_fix (d));
  g_assert_nonnull (podlift_diagnostic_get_fix_title (d));
  fixed = podlift_test_apply_fix (text, d);
  g_assert_cmpstr (fixed, ==, expected);
}

static void
assert_message (const char        *code,
                const char        *text,
                PodliftLintConfig *config,
                const char        *message)
{
  g_autoptr(GListModel) findings = podlift_test_lint (text, config);
  g_autoptr(PodliftDiagnostic) d = podlift_test_find (findings, code);

  g_assert_nonnull (d);
  g_assert_cmpstr (podlift_diagnostic_get_message (d), ==, message);
}

/* A config read from @yaml, as a .hadolint.yaml. */
static PodliftLintConfig *
config_from_yaml (const char *yaml)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFileIOStream) stream = NULL;
  g_autoptr(GFile) file = g_file_new_tmp ("podlift-XXXXXX.yaml", &stream, &error);
  g_autoptr(PodliftLintConfig) config = podlift_lint_config_new ();

  g_assert_no_error (error);
  g_assert_true (g_file_replace_contents (file, yaml, strlen (yaml), NULL, FALSE,
                                          G_FILE_CREATE_NONE, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (podlift_lint_config_load_file (config, file, &error));
  g_assert_no_error (error);
  g_file_delete (file, NULL, NULL);
  return g_steal_pointer (&config);
}

static void
config_fires (PodliftLintConfig *config,
              const char        *code,
              guint              line,
              const char        *text)
{
  g_autoptr(GListModel) findings = podlift_test_lint (text, config);

  podlift_test_assert_has (findings, code, line);
}

static void
config_passes (PodliftLintConfig *config,
               const char        *code,
               const char        *text)
{
  g_autoptr(GListModel) findings = podlift_test_lint (text, config);

  podlift_test_assert_not (findings, code);
}

/* }}} */

/* The table {{{ */

static void
test_table (void)
{
  static const struct { const char *code; PodliftSeverity severity; } expected[] = {
    { "DL3030", PODLIFT_SEVERITY_WARNING }, { "DL3032", PODLIFT_SEVERITY_WARNING },
    { "DL3033", PODLIFT_SEVERITY_WARNING }, { "DL3034", PODLIFT_SEVERITY_WARNING },
    { "DL3035", PODLIFT_SEVERITY_WARNING }, { "DL3036", PODLIFT_SEVERITY_WARNING },
    { "DL3037", PODLIFT_SEVERITY_WARNING }, { "DL3038", PODLIFT_SEVERITY_WARNING },
    { "DL3040", PODLIFT_SEVERITY_WARNING }, { "DL3041", PODLIFT_SEVERITY_WARNING },
    { "DL3042", PODLIFT_SEVERITY_WARNING }, { "DL3043", PODLIFT_SEVERITY_ERROR },
    { "DL3044", PODLIFT_SEVERITY_ERROR },   { "DL3045", PODLIFT_SEVERITY_WARNING },
    { "DL3046", PODLIFT_SEVERITY_WARNING }, { "DL3047", PODLIFT_SEVERITY_INFO },
    { "DL3048", PODLIFT_SEVERITY_STYLE },   { "DL3049", PODLIFT_SEVERITY_INFO },
    { "DL3050", PODLIFT_SEVERITY_INFO },    { "DL3051", PODLIFT_SEVERITY_WARNING },
    { "DL3052", PODLIFT_SEVERITY_WARNING }, { "DL3053", PODLIFT_SEVERITY_WARNING },
    { "DL3054", PODLIFT_SEVERITY_WARNING }, { "DL3055", PODLIFT_SEVERITY_WARNING },
    { "DL3056", PODLIFT_SEVERITY_WARNING }, { "DL3057", PODLIFT_SEVERITY_IGNORE },
    { "DL3058", PODLIFT_SEVERITY_WARNING }, { "DL3059", PODLIFT_SEVERITY_INFO },
    { "DL3060", PODLIFT_SEVERITY_INFO },    { "DL3061", PODLIFT_SEVERITY_ERROR },
    { "DL3062", PODLIFT_SEVERITY_WARNING }, { "DL3063", PODLIFT_SEVERITY_WARNING },
    { "DL3064", PODLIFT_SEVERITY_WARNING }, { "DL3065", PODLIFT_SEVERITY_WARNING },
    { "DL3066", PODLIFT_SEVERITY_INFO },    { "DL3067", PODLIFT_SEVERITY_WARNING },
  };
  guint n = 0;

  for (const PodliftRule *rule = podlift_rules_dl3030; rule->code != NULL; rule++, n++)
    {
      g_assert_cmpuint (n, <, G_N_ELEMENTS (expected));
      g_assert_cmpstr (rule->code, ==, expected[n].code);
      g_assert_cmpint (rule->severity, ==, expected[n].severity);
      g_assert_nonnull (rule->message);
      g_assert_nonnull (rule->explanation);
      g_assert_nonnull (rule->check);
    }
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (expected));
}

static void
test_messages (void)
{
  assert_message ("DL3030", "FROM centos:7\nRUN yum install httpd-2.4\n", NULL,
                  "Use the -y switch to avoid manual input `yum install -y <package`");
  assert_message ("DL3047", "FROM debian:12\nRUN wget http://x/y\n", NULL,
                  "Avoid use of wget without progress bar. Use `wget --progress=dot:giga <url>`."
                  "Or consider using `-q` or `-nv` (shorthands for `--quiet` or `--no-verbose`).");
  assert_message ("DL3061", "LABEL a=b\nFROM debian:12\n", NULL,
                  "Invalid instruction order. "
                  "Dockerfile must begin with `FROM`, `ARG` or comment.");
}

/* }}} */

/* yum, zypper, dnf: DL3030 – DL3041 {{{ */

static void
test_dl3030 (void)
{
  FIRES ("DL3030", 2, "FROM centos:7\nRUN yum install httpd-2.4\n");
  FIRES ("DL3030", 2, "FROM centos:7\nRUN yum groupinstall 'Development Tools'\n");
  FIRES ("DL3030", 2, "FROM centos:7\nRUN yum localinstall /tmp/x-1.rpm\n");
  FIRES ("DL3030", 2, "FROM centos:7\nRUN /usr/bin/yum install httpd-2.4\n");
  FIRES ("DL3030", 2, "FROM centos:7\nRUN echo hi && \\\n    yum install httpd-2.4\n");
  FIRES ("DL3030", 2, "FROM centos:7\nONBUILD RUN yum install httpd-2.4\n");
  FIRES ("DL3030", 2, "FROM centos:7\nRUN [\"yum\", \"install\", \"httpd-2.4\"]\n");
  FIRES ("DL3030", 2, "FROM centos:7\nRUN <<EOF\nyum install httpd-2.4\nEOF\n");
  PASSES ("DL3030", "FROM centos:7\nRUN yum install -y httpd-2.4\n");
  PASSES ("DL3030", "FROM centos:7\nRUN yum -y install httpd-2.4\n");
  PASSES ("DL3030", "FROM centos:7\nRUN yum install -qy httpd-2.4\n");
  PASSES ("DL3030", "FROM centos:7\nRUN yum install --assumeyes httpd-2.4\n");
  PASSES ("DL3030", "FROM centos:7\nRUN yum clean all\n");
  PASSES ("DL3030", "FROM centos:7\nRUN notyum install httpd\n");
  assert_fix ("DL3030", "FROM centos:7\nRUN yum install httpd-2.4\n",
              "FROM centos:7\nRUN yum install -y httpd-2.4\n");
  assert_fix ("DL3030", "FROM centos:7\nRUN yum install -y a-1 && \\\n  yum groupinstall b\n",
              "FROM centos:7\nRUN yum install -y a-1 && \\\n  yum groupinstall -y b\n");
  assert_fix ("DL3030", "FROM centos:7\nRUN --mount=type=cache,target=/var/cache/yum \\\n"
                        "  yum install a-1\n",
              "FROM centos:7\nRUN --mount=type=cache,target=/var/cache/yum \\\n"
              "  yum install -y a-1\n");
  assert_fix ("DL3030", "FROM centos:7\nONBUILD RUN yum install a-1\n",
              "FROM centos:7\nONBUILD RUN yum install -y a-1\n");
  podlift_test_assert_no_fix ("DL3030", "FROM centos:7\nRUN [\"yum\", \"install\", \"httpd-2.4\"]\n");
  podlift_test_assert_no_fix ("DL3030", "FROM centos:7\nRUN <<EOF\nyum install httpd-2.4\nEOF\n");
  podlift_test_assert_no_fix ("DL3030", "FROM centos:7\nRUN sh -c 'yum install a-1' && yum install -y b-1\n");
}

static void
test_dl3032 (void)
{
  FIRES ("DL3032", 2, "FROM centos:7\nRUN yum install -y mariadb-10.4\n");
  FIRES ("DL3032", 2, "FROM centos:7\nRUN yum clean all && yum install -y mariadb-10.4\n");
  FIRES ("DL3032", 2, "FROM centos:7\nRUN yum install -y mariadb-10.4\nRUN yum clean all\n");
  FIRES ("DL3032", 2, "FROM centos:7\nONBUILD RUN yum install -y mariadb-10.4\n");
  PASSES ("DL3032", "FROM centos:7\nRUN yum install -y mariadb-10.4 && yum clean all\n");
  PASSES ("DL3032", "FROM centos:7\nRUN yum install -y a-1; yum clean all\n");
  PASSES ("DL3032", "FROM centos:7\nRUN bash -c 'echo not even yum'\n");
  PASSES ("DL3032", "FROM centos:7\nRUN yum update -y\n");
  assert_fix ("DL3032", "FROM centos:7\nRUN yum install -y mariadb-10.4\n",
              "FROM centos:7\nRUN yum install -y mariadb-10.4 && yum clean all\n");
}

static void
test_dl3033 (void)
{
  FIRES ("DL3033", 2, "FROM centos:7\nRUN yum install -y tomcat && yum clean all\n");
  FIRES ("DL3033", 2, "FROM centos:7\nRUN yum install -y tomcat-9.2 vim\n");
  FIRES ("DL3033", 2, "FROM centos:7\nRUN yum module install -y tomcat\n");
  FIRES ("DL3033", 2, "FROM centos:7\nRUN yum install -y $TOMCAT\n");
  FIRES ("DL3033", 2, "FROM centos:7\nONBUILD RUN yum install -y tomcat\n");
  PASSES ("DL3033", "FROM centos:7\nRUN yum install -y tomcat-9.2 && yum clean all\n");
  PASSES ("DL3033", "FROM centos:7\nRUN yum install -y openssl-1:1.1.1k\n");
  PASSES ("DL3033", "FROM centos:7\nRUN yum install -y rpm-sign-4.16.1.3 gcc-c++-1.1.1\n");
  PASSES ("DL3033", "FROM centos:7\nRUN yum install -y /tmp/package.rpm\n");
  PASSES ("DL3033", "FROM centos:7\nRUN yum module install -y tomcat:9\n");
  PASSES ("DL3033", "FROM centos:7\nRUN yum install -y \"git-core-${GIT_VER}\"\n");
  PASSES ("DL3033", "FROM centos:7\nARG TOMCAT=tomcat-9.2\nRUN yum install -y ${TOMCAT}\n");
  PASSES ("DL3033", "FROM centos:7\nENV TOMCAT tomcat-9.2\nRUN yum install -y \"$TOMCAT\"\n");
  PASSES ("DL3033", "FROM centos:7\nRUN yum install -y --enablerepo epel tomcat-9.2\n");
  PASSES ("DL3033", "FROM centos:7\nRUN yum update -y tomcat\n");
  PASSES ("DL3033", "FROM centos:7\nRUN bash -c 'echo not even yum'\n");
}

static void
test_dl3034 (void)
{
  FIRES ("DL3034", 2, "FROM opensuse/leap:15\nRUN zypper install httpd=2.4\n");
  FIRES ("DL3034", 2, "FROM opensuse/leap:15\nRUN zypper in httpd=2.4\n");
  FIRES ("DL3034", 2, "FROM opensuse/leap:15\nRUN zypper remove httpd\n");
  FIRES ("DL3034", 2, "FROM opensuse/leap:15\nRUN zypper patch\n");
  FIRES ("DL3034", 2, "FROM opensuse/leap:15\nONBUILD RUN zypper si httpd\n");
  FIRES ("DL3034", 2, "FROM opensuse/leap:15\nRUN zypper in -n httpd\n");
  PASSES ("DL3034", "FROM opensuse/leap:15\nRUN zypper install -y httpd=2.4\n");
  PASSES ("DL3034", "FROM opensuse/leap:15\nRUN zypper install --no-confirm httpd=2.4\n");
  PASSES ("DL3034", "FROM opensuse/leap:15\nRUN zypper -n install httpd=2.4\n");
  PASSES ("DL3034", "FROM opensuse/leap:15\nRUN zypper --non-interactive in httpd=2.4\n");
  PASSES ("DL3034", "FROM opensuse/leap:15\nRUN zypper -nq --gpg-auto-import-keys in httpd=2.4\n");
  PASSES ("DL3034", "FROM opensuse/leap:15\nRUN zypper refresh\n");
  assert_fix ("DL3034", "FROM opensuse/leap:15\nRUN zypper in httpd=2.4\n",
              "FROM opensuse/leap:15\nRUN zypper in -y httpd=2.4\n");
}

static void
test_dl3035 (void)
{
  FIRES ("DL3035", 2, "FROM opensuse/leap:15\nRUN zypper dist-upgrade\n");
  FIRES ("DL3035", 2, "FROM opensuse/leap:15\nRUN zypper -n dup\n");
  FIRES ("DL3035", 2, "FROM opensuse/leap:15\nONBUILD RUN zypper dup\n");
  PASSES ("DL3035", "FROM opensuse/leap:15\nRUN zypper update -y\n");
  PASSES ("DL3035", "FROM opensuse/leap:15\nRUN echo dist-upgrade\n");
}

static void
test_dl3036 (void)
{
  FIRES ("DL3036", 2, "FROM opensuse/leap:15\nRUN zypper install -y mariadb=10.4\n");
  FIRES ("DL3036", 2, "FROM opensuse/leap:15\nRUN zypper clean && zypper in -y mariadb=10.4\n");
  FIRES ("DL3036", 2, "FROM opensuse/leap:15\nONBUILD RUN zypper install -y mariadb=10.4\n");
  PASSES ("DL3036", "FROM opensuse/leap:15\nRUN zypper install -y mariadb=10.4 && zypper clean\n");
  PASSES ("DL3036", "FROM opensuse/leap:15\nRUN zypper install -y mariadb=10.4 && zypper cc\n");
  PASSES ("DL3036", "FROM opensuse/leap:15\nRUN zypper refresh\n");
  assert_fix ("DL3036", "FROM opensuse/leap:15\nRUN zypper in -y a=1\n",
              "FROM opensuse/leap:15\nRUN zypper in -y a=1 && zypper clean\n");
}

static void
test_dl3037 (void)
{
  FIRES ("DL3037", 2, "FROM opensuse/leap:15\nRUN zypper install -y mariadb\n");
  FIRES ("DL3037", 2, "FROM opensuse/leap:15\nRUN zypper in -y mariadb=10.4 httpd\n");
  FIRES ("DL3037", 2, "FROM opensuse/leap:15\nONBUILD RUN zypper install -y mariadb\n");
  PASSES ("DL3037", "FROM opensuse/leap:15\nRUN zypper install -y mariadb=10.4\n");
  PASSES ("DL3037", "FROM opensuse/leap:15\nRUN zypper install -y 'mariadb>=10.4' 'httpd<3'\n");
  PASSES ("DL3037", "FROM opensuse/leap:15\nRUN zypper install -y /tmp/mariadb.rpm\n");
  PASSES ("DL3037", "FROM opensuse/leap:15\nRUN zypper remove -y mariadb\n");
}

static void
test_dl3038 (void)
{
  FIRES ("DL3038", 2, "FROM fedora:40\nRUN dnf install httpd-2.4.1\n");
  FIRES ("DL3038", 2, "FROM fedora:40\nRUN microdnf install httpd-2.4.1\n");
  FIRES ("DL3038", 2, "FROM fedora:40\nRUN dnf groupinstall 'Development Tools'\n");
  FIRES ("DL3038", 2, "FROM fedora:40\nONBUILD RUN dnf install httpd-2.4.1\n");
  PASSES ("DL3038", "FROM fedora:40\nRUN dnf install -y httpd-2.4.1\n");
  PASSES ("DL3038", "FROM fedora:40\nRUN microdnf --assumeyes install httpd-2.4.1\n");
  PASSES ("DL3038", "FROM fedora:40\nRUN dnf upgrade --refresh\n");
  assert_fix ("DL3038", "FROM fedora:40\nRUN microdnf install httpd-2.4.1\n",
              "FROM fedora:40\nRUN microdnf install -y httpd-2.4.1\n");
}

static void
test_dl3040 (void)
{
  FIRES ("DL3040", 2, "FROM fedora:40\nRUN dnf install -y mariadb-10.4\n");
  FIRES ("DL3040", 2, "FROM fedora:40\nRUN microdnf install -y mariadb-10.4\n");
  FIRES ("DL3040", 2, "FROM fedora:40\nRUN dnf install -y mariadb-10.4 && microdnf clean all\n");
  FIRES ("DL3040", 2, "FROM fedora:40\nRUN dnf clean all && dnf install -y mariadb-10.4\n");
  FIRES ("DL3040", 2, "FROM fedora:40\nONBUILD RUN dnf install -y mariadb-10.4\n");
  PASSES ("DL3040", "FROM fedora:40\nRUN dnf install -y mariadb-10.4 && dnf clean all\n");
  PASSES ("DL3040", "FROM fedora:40\nRUN microdnf install -y a-1 && microdnf clean all\n");
  PASSES ("DL3040", "FROM fedora:40\nRUN dnf install -y mariadb-10.4 && rm -rf /var/cache/yum/*\n");
  PASSES ("DL3040", "FROM fedora:40\nRUN notdnf install mariadb\n");
  assert_fix ("DL3040", "FROM fedora:40\nRUN microdnf install -y a-1\n",
              "FROM fedora:40\nRUN microdnf install -y a-1 && microdnf clean all\n");
  podlift_test_assert_no_fix ("DL3040", "FROM fedora:40\nRUN [\"dnf\", \"install\", \"-y\", \"a-1\"]\n");

  {
    g_autoptr(GListModel) findings =
      podlift_test_lint ("FROM fedora:40\nRUN dnf install -y a-1 && microdnf install -y b-1\n",
                         NULL);

    g_assert_cmpuint (podlift_test_count (findings, "DL3040", 0), ==, 1);
  }
}

static void
test_dl3041 (void)
{
  FIRES ("DL3041", 2, "FROM fedora:40\nRUN dnf install -y tomcat && dnf clean all\n");
  FIRES ("DL3041", 2, "FROM fedora:40\nRUN microdnf install -y tomcat\n");
  FIRES ("DL3041", 2, "FROM fedora:40\nRUN dnf install -y rpm-sign\n");
  FIRES ("DL3041", 2, "FROM fedora:40\nRUN dnf module install -y tomcat\n");
  FIRES ("DL3041", 2, "FROM fedora:40\nONBUILD RUN dnf install -y tomcat\n");
  PASSES ("DL3041", "FROM fedora:40\nRUN dnf install -y tomcat-9.0.1 && dnf clean all\n");
  PASSES ("DL3041", "FROM fedora:40\nRUN dnf install -y rpm-sign-4.16.1.3 gcc-c++-1.1.1\n");
  PASSES ("DL3041", "FROM fedora:40\nRUN microdnf install -y openssl-1:1.1.1k\n");
  PASSES ("DL3041", "FROM fedora:40\nRUN dnf install -y /tmp/my-app.rpm\n");
  PASSES ("DL3041", "FROM fedora:40\nRUN dnf module install -y tomcat:9\n");
  PASSES ("DL3041", "FROM fedora:40\nRUN dnf install -y \"git-core-${GIT_VER}\" tomcat-$V\n");
  PASSES ("DL3041", "FROM fedora:40\nARG PKGS\nRUN dnf install -y $PKGS\n");
  PASSES ("DL3041", "FROM fedora:40\nRUN dnf group install -y 'Development Tools'\n");
  PASSES ("DL3041", "FROM fedora:40\nRUN notdnf install tomcat\n");
}

/* }}} */

/* pip: DL3042 {{{ */

static void
test_dl3042 (void)
{
  FIRES ("DL3042", 2, "FROM python:3.12\nRUN pip install MySQL_python\n");
  FIRES ("DL3042", 2, "FROM python:3.12\nRUN pip3 install MySQL_python\n");
  FIRES ("DL3042", 2, "FROM python:3.12\nRUN python3 -m pip install six\n");
  FIRES ("DL3042", 2, "FROM python:3.12\nONBUILD RUN pip install six\n");
  FIRES ("DL3042", 3, "FROM python:3.12\nENV PIP_NO_CACHE_DIR=0\nRUN pip install six\n");
  FIRES ("DL3042", 3, "FROM python:3.12\nENV PIP_NO_CACHE_DIR=false\nRUN pip install six\n");
  FIRES ("DL3042", 4, "FROM python:3.12\nENV PIP_NO_CACHE_DIR=1\nENV PIP_NO_CACHE_DIR=0\n"
                      "RUN pip install six\n");
  FIRES ("DL3042", 2, "FROM python:3.12\nRUN PIP_NO_CACHE_DIR=off pip install six\n");
  FIRES ("DL3042", 4, "FROM python:3.12 AS base\nENV PIP_NO_CACHE_DIR=1\n"
                      "FROM python:3.12\nRUN pip install six\n");
  FIRES ("DL3042", 2, "FROM python:3.12\n"
                      "RUN --mount=type=cache,target=/root/.npm pip install six\n");
  PASSES ("DL3042", "FROM python:3.12\nRUN pip install MySQL_python --no-cache-dir\n");
  PASSES ("DL3042", "FROM python:3.12\nRUN pip3 install --no-cache-dir MySQL_python\n");
  PASSES ("DL3042", "FROM python:3.12\nRUN pipx install software\n");
  PASSES ("DL3042", "FROM python:3.12\nRUN pipenv install library\n");
  PASSES ("DL3042", "FROM python:3.12\nRUN pip download six\n");
  PASSES ("DL3042", "FROM python:3.12\nENV PIP_NO_CACHE_DIR=1\nRUN pip install six\n");
  PASSES ("DL3042", "FROM python:3.12\nENV PIP_NO_CACHE_DIR=yes\nRUN pip install six\n");
  PASSES ("DL3042", "FROM python:3.12\nRUN PIP_NO_CACHE_DIR=true pip install six\n");
  PASSES ("DL3042", "FROM python:3.12\nRUN export PIP_NO_CACHE_DIR=on && pip install six\n");
  PASSES ("DL3042", "FROM python:3.12 AS base\nENV PIP_NO_CACHE_DIR=1\n"
                    "FROM base\nRUN pip install six\n");
  PASSES ("DL3042", "FROM python:3.12 AS base\nENV PIP_NO_CACHE_DIR=1\nFROM base AS mid\n"
                    "FROM mid\nRUN pip install six\n");
  PASSES ("DL3042", "FROM python:3.12\n"
                    "RUN --mount=type=cache,target=/root/.cache/pip pip install six\n");
  assert_fix ("DL3042", "FROM python:3.12\nRUN pip install six\n",
              "FROM python:3.12\nRUN pip install --no-cache-dir six\n");
  assert_fix ("DL3042", "FROM python:3.12\nRUN python3 -m pip install six\n",
              "FROM python:3.12\nRUN python3 -m pip install --no-cache-dir six\n");
}

/* }}} */

/* DL3043 – DL3048 {{{ */

static void
test_dl3043 (void)
{
  FIRES ("DL3043", 2, "FROM debian:12\nONBUILD ONBUILD RUN echo hi\n");
  FIRES ("DL3043", 2, "FROM debian:12\nONBUILD FROM debian:12\n");
  FIRES ("DL3043", 2, "FROM debian:12\nONBUILD MAINTAINER me@example.com\n");
  PASSES ("DL3043", "FROM debian:12\nONBUILD RUN echo hi\n");
  PASSES ("DL3043", "FROM debian:12\nONBUILD COPY . /app\n");
}

static void
test_dl3044 (void)
{
  FIRES ("DL3044", 2, "FROM debian:12\nENV A=1 B=$A\n");
  FIRES ("DL3044", 2, "FROM debian:12\nENV A=1 B=${A}/bin\n");
  FIRES ("DL3044", 2, "FROM debian:12\nENV B=$A A=1\n");
  FIRES ("DL3044", 3, "FROM debian:12\nENV X=1\nENV A=1 B=\"x $A y\"\n");
  PASSES ("DL3044", "FROM debian:12\nENV A=1\nENV B=$A\n");
  PASSES ("DL3044", "FROM debian:12\nARG A\nENV A=2 B=$A\n");
  PASSES ("DL3044", "ARG A=1\nFROM debian:12\nENV A=2 B=${A}\n");
  PASSES ("DL3044", "FROM debian:12\nENV A=1\nENV A=2 B=$A\n");
  PASSES ("DL3044", "FROM debian:12\nENV PATH=$PATH:/opt/bin\n");
  PASSES ("DL3044", "FROM debian:12\nENV A=1 B=$AB\n");
  PASSES ("DL3044", "FROM debian:12\nENV A=1 B=2\n");
}

static void
test_dl3045 (void)
{
  FIRES ("DL3045", 2, "FROM debian:12\nCOPY bla.sh blubb.sh\n");
  FIRES ("DL3045", 2, "FROM debian:12\nCOPY bla.sh \"blubb.sh\"\n");
  FIRES ("DL3045", 2, "FROM debian:12\nCOPY a b\n");
  FIRES ("DL3045", 2, "FROM debian:12\nCOPY . .\n");
  FIRES ("DL3045", 2, "FROM debian:12\nCOPY --from=build /out ./bin/\n");
  FIRES ("DL3045", 2, "FROM debian:12\nCOPY [\"a.sh\", \"b.sh\"]\n");
  FIRES ("DL3045", 4, "FROM debian:12 AS one\nWORKDIR /usr\nFROM debian:12\nCOPY foo bar\n");
  FIRES ("DL3045", 2, "FROM debian:12\nONBUILD COPY foo bar\n");
  FIRES ("DL3045", 3, "FROM debian:12\nONBUILD WORKDIR /srv\nCOPY foo bar\n");
  PASSES ("DL3045", "FROM debian:12\nCOPY bla.sh /usr/local/bin/blubb.sh\n");
  PASSES ("DL3045", "FROM debian:12\nCOPY bla.sh \"/usr/local/bin/blubb.sh\"\n");
  PASSES ("DL3045", "FROM mcr.microsoft.com/windows:ltsc2022\n"
                    "COPY bla.sh c:\\\\system32\\\\b.sh\n");
  PASSES ("DL3045", "FROM mcr.microsoft.com/windows:ltsc2022\nCOPY bla.sh d:/mypath/b.sh\n");
  PASSES ("DL3045", "FROM debian:12\nCOPY src.sh ${SRC_BASE_ENV}\n");
  PASSES ("DL3045", "FROM debian:12\nCOPY src.sh \"$SRC_BASE_ENV\"\n");
  PASSES ("DL3045", "FROM debian:12\nWORKDIR /usr\nCOPY bla.sh blubb.sh\n");
  PASSES ("DL3045", "FROM debian:12 AS base\nWORKDIR /usr\nFROM debian:12 AS mid\nRUN foo\n"
                    "FROM base\nCOPY foo bar\n");
  PASSES ("DL3045", "FROM debian:12 AS base1\nWORKDIR /usr\nFROM base1 AS base2\nRUN foo\n"
                    "FROM base2\nCOPY foo bar\n");
  PASSES ("DL3045", "FROM debian:12\nONBUILD WORKDIR /usr/local/lib\nONBUILD COPY foo bar\n");
  PASSES ("DL3045", "FROM debian:12\nADD foo bar\n");
}

static void
test_dl3046 (void)
{
  FIRES ("DL3046", 2, "FROM debian:12\nRUN useradd -u 123456 app\n");
  FIRES ("DL3046", 2, "FROM debian:12\nRUN groupadd app && useradd -m -u 1000000 -g app app\n");
  FIRES ("DL3046", 2, "FROM debian:12\nONBUILD RUN useradd -u 123456 app\n");
  PASSES ("DL3046", "FROM debian:12\nRUN useradd -l -u 123456 app\n");
  PASSES ("DL3046", "FROM debian:12\nRUN useradd --no-log-init -u 123456 app\n");
  PASSES ("DL3046", "FROM debian:12\nRUN useradd -u 12345 app\n");
  PASSES ("DL3046", "FROM debian:12\nRUN useradd app\n");
  PASSES ("DL3046", "FROM debian:12\nRUN useradd --uid 1234567 app\n");
  assert_fix ("DL3046", "FROM debian:12\nRUN useradd -u 123456 app\n",
              "FROM debian:12\nRUN useradd -l -u 123456 app\n");
}

static void
test_dl3047 (void)
{
  FIRES ("DL3047", 2, "FROM debian:12\nRUN wget my.xyz\n");
  FIRES ("DL3047", 2, "FROM debian:12\nRUN wget -O /tmp/x my.xyz\n");
  FIRES ("DL3047", 2, "FROM debian:12\nRUN cd /tmp && wget my.xyz\n");
  FIRES ("DL3047", 2, "FROM debian:12\nONBUILD RUN wget my.xyz\n");
  PASSES ("DL3047", "FROM debian:12\nRUN wget --progress=dot:giga my.xyz\n");
  PASSES ("DL3047", "FROM debian:12\nRUN wget -q my.xyz\n");
  PASSES ("DL3047", "FROM debian:12\nRUN wget -qO- my.xyz\n");
  PASSES ("DL3047", "FROM debian:12\nRUN wget --quiet my.xyz\n");
  PASSES ("DL3047", "FROM debian:12\nRUN wget -nv my.xyz\n");
  PASSES ("DL3047", "FROM debian:12\nRUN wget --no-verbose my.xyz\n");
  PASSES ("DL3047", "FROM debian:12\nRUN wget -o /tmp/wget.log my.xyz\n");
  PASSES ("DL3047", "FROM debian:12\nRUN wget --output-file=/tmp/wget.log my.xyz\n");
  PASSES ("DL3047", "FROM debian:12\nRUN wget -a /tmp/wget.log my.xyz\n");
  PASSES ("DL3047", "FROM debian:12\nRUN wget --append-output=/tmp/wget.log my.xyz\n");
  PASSES ("DL3047", "FROM debian:12\nRUN curl -fsSL my.xyz\n");
  assert_fix ("DL3047", "FROM debian:12\nRUN wget my.xyz\n",
              "FROM debian:12\nRUN wget --progress=dot:giga my.xyz\n");
}

static void
test_dl3048 (void)
{
  FIRES ("DL3048", 2, "FROM debian:12\nLABEL com.docker.label=\"foo\"\n");
  FIRES ("DL3048", 2, "FROM debian:12\nLABEL io.docker.label=\"foo\"\n");
  FIRES ("DL3048", 2, "FROM debian:12\nLABEL org.dockerproject.label=\"foo\"\n");
  FIRES ("DL3048", 2, "FROM debian:12\nLABEL invalid$character=\"foo\"\n");
  FIRES ("DL3048", 2, "FROM debian:12\nLABEL .invalid=\"foo\"\n");
  FIRES ("DL3048", 2, "FROM debian:12\nLABEL -invalid=\"foo\"\n");
  FIRES ("DL3048", 2, "FROM debian:12\nLABEL 1invalid=\"foo\"\n");
  FIRES ("DL3048", 2, "FROM debian:12\nLABEL invalid-=\"foo\"\n");
  FIRES ("DL3048", 2, "FROM debian:12\nLABEL invalid..character=\"foo\"\n");
  FIRES ("DL3048", 2, "FROM debian:12\nLABEL invalid--character=\"foo\"\n");
  FIRES ("DL3048", 2, "FROM debian:12\nLABEL Maintainer=\"foo\"\n");
  FIRES ("DL3048", 2, "FROM debian:12\nLABEL ok=1 snake_case=2\n");
  FIRES ("DL3048", 2, "FROM debian:12\nONBUILD LABEL com.docker.label=\"foo\"\n");
  PASSES ("DL3048", "FROM debian:12\nLABEL org.valid-key.label3=\"foo\"\n");
  PASSES ("DL3048", "FROM debian:12\nLABEL validlabel=\"foo\" other=bar\n");
}

/* }}} */

/* The label schema: DL3049 – DL3056, DL3058 {{{ */

static const char schema_yaml[] =
  "label-schema:\n"
  "  maintainer: text\n"
  "  url: url\n"
  "  created: rfc3339\n"
  "  license: spdx\n"
  "  revision: hash\n"
  "  version: semver\n"
  "  email: email\n";

static void
test_dl3049 (void)
{
  g_autoptr(PodliftLintConfig) config = config_from_yaml ("label-schema:\n  maintainer: text\n");

  config_fires (config, "DL3049", 1, "FROM debian:12\nRUN true\n");
  config_fires (config, "DL3049", 3, "FROM debian:12 AS one\nLABEL maintainer=me\n"
                                     "FROM debian:12\nRUN true\n");
  config_fires (config, "DL3049", 1, "FROM debian:12 AS one\nRUN true\n"
                                     "FROM debian:12\nLABEL maintainer=me\n");
  config_fires (config, "DL3049", 5, "FROM debian:12 AS build\nRUN make\nFROM debian:12\n"
                                     "COPY --from=build /a /a\nFROM build\nLABEL other=x\n");
  config_passes (config, "DL3049", "FROM debian:12\nLABEL maintainer=\"me\"\n");
  config_passes (config, "DL3049", "FROM debian:12 AS base\nLABEL maintainer=me\nFROM base\n");
  config_passes (config, "DL3049", "FROM debian:12 AS build\nRUN make\nFROM debian:12\n"
                                   "COPY --from=build /a /a\nLABEL maintainer=me\n");
  config_passes (config, "DL3049", "FROM debian:12 AS build\nRUN make\nFROM debian:12\n"
                                   "COPY --from=0 /a /a\nLABEL maintainer=me\n");
  PASSES ("DL3049", "FROM debian:12\nRUN true\n");
  assert_message ("DL3049", "FROM debian:12\n", config, "Label `maintainer` is missing.");
}

static void
test_dl3050 (void)
{
  g_autoptr(PodliftLintConfig) strict =
    config_from_yaml ("label-schema:\n  maintainer: text\nstrict-labels: true\n");
  g_autoptr(PodliftLintConfig) loose = config_from_yaml ("label-schema:\n  maintainer: text\n");

  config_fires (strict, "DL3050", 2, "FROM debian:12\nLABEL maintainer=me other=x\n");
  config_fires (strict, "DL3050", 3, "FROM debian:12\nLABEL maintainer=me\nLABEL other=x\n");
  config_passes (strict, "DL3050", "FROM debian:12\nLABEL maintainer=me\n");
  config_passes (loose, "DL3050", "FROM debian:12\nLABEL maintainer=me other=x\n");
  PASSES ("DL3050", "FROM debian:12\nLABEL maintainer=me other=x\n");
}

static void
test_dl3051 (void)
{
  g_autoptr(PodliftLintConfig) config = config_from_yaml (schema_yaml);

  config_fires (config, "DL3051", 2, "FROM debian:12\nLABEL maintainer=\"\"\n");
  config_fires (config, "DL3051", 2, "FROM debian:12\nLABEL version=\"\"\n");
  config_passes (config, "DL3051", "FROM debian:12\nLABEL maintainer=\"me\" other=\"\"\n");
  assert_message ("DL3051", "FROM debian:12\nLABEL maintainer=\"\"\n", config,
                  "label `maintainer` is empty.");
}

static void
test_dl3052 (void)
{
  g_autoptr(PodliftLintConfig) config = config_from_yaml (schema_yaml);

  config_fires (config, "DL3052", 2, "FROM debian:12\nLABEL url=\"not a url\"\n");
  config_fires (config, "DL3052", 2, "FROM debian:12\nLABEL url=example.com\n");
  config_fires (config, "DL3052", 2, "FROM debian:12\nLABEL url=\"\"\n");
  config_passes (config, "DL3052", "FROM debian:12\nLABEL url=https://example.com/app?x=1#top\n");
  config_passes (config, "DL3052", "FROM debian:12\nLABEL url=mailto:me@example.com\n");
  config_passes (config, "DL3052", "FROM debian:12\nLABEL maintainer=\"not a url\"\n");
  assert_message ("DL3052", "FROM debian:12\nLABEL url=x\n", config,
                  "Label `url` is not a valid URL.");
}

static void
test_dl3053 (void)
{
  g_autoptr(PodliftLintConfig) config = config_from_yaml (schema_yaml);

  config_fires (config, "DL3053", 2, "FROM debian:12\nLABEL created=yesterday\n");
  config_fires (config, "DL3053", 2, "FROM debian:12\nLABEL created=2024-01-31\n");
  config_fires (config, "DL3053", 2, "FROM debian:12\nLABEL created=2023-02-29T00:00:00Z\n");
  config_fires (config, "DL3053", 2, "FROM debian:12\nLABEL created=2024-01-31T25:00:00Z\n");
  config_fires (config, "DL3053", 2, "FROM debian:12\nLABEL created=2024-01-31T12:00:00\n");
  config_passes (config, "DL3053", "FROM debian:12\nLABEL created=2024-01-31T12:00:00Z\n");
  config_passes (config, "DL3053", "FROM debian:12\nLABEL created=2024-02-29T12:00:00.123+01:00\n");
}

static void
test_dl3054 (void)
{
  g_autoptr(PodliftLintConfig) config = config_from_yaml (schema_yaml);

  config_fires (config, "DL3054", 2, "FROM debian:12\nLABEL license=\"Apache 2\"\n");
  config_fires (config, "DL3054", 2, "FROM debian:12\nLABEL license=GPL\n");
  config_passes (config, "DL3054", "FROM debian:12\nLABEL license=MIT\n");
  config_passes (config, "DL3054", "FROM debian:12\nLABEL license=Apache-2.0\n");
  config_passes (config, "DL3054", "FROM debian:12\nLABEL license=GPL-3.0-or-later\n");
}

static void
test_dl3055 (void)
{
  g_autoptr(PodliftLintConfig) config = config_from_yaml (schema_yaml);

  config_fires (config, "DL3055", 2, "FROM debian:12\nLABEL revision=abc123\n");
  config_fires (config, "DL3055", 2, "FROM debian:12\nLABEL revision=ABC1234\n");
  config_fires (config, "DL3055", 2, "FROM debian:12\nLABEL revision=main\n");
  config_passes (config, "DL3055", "FROM debian:12\nLABEL revision=abc1234\n");
  config_passes (config, "DL3055",
                 "FROM debian:12\nLABEL revision=ef061e781f524f68d8a509aa74586ad77076cc8c\n");
}

static void
test_dl3056 (void)
{
  g_autoptr(PodliftLintConfig) config = config_from_yaml (schema_yaml);

  config_fires (config, "DL3056", 2, "FROM debian:12\nLABEL version=1.2\n");
  config_fires (config, "DL3056", 2, "FROM debian:12\nLABEL version=v1.2.3\n");
  config_fires (config, "DL3056", 2, "FROM debian:12\nLABEL version=01.2.3\n");
  config_fires (config, "DL3056", 2, "FROM debian:12\nLABEL version=1.2.3-\n");
  config_passes (config, "DL3056", "FROM debian:12\nLABEL version=1.2.3\n");
  config_passes (config, "DL3056", "FROM debian:12\nLABEL version=1.2.3-rc.1+build.5\n");
  config_passes (config, "DL3056", "FROM debian:12\nLABEL version=0.0.0-alpha\n");
}

static void
test_dl3058 (void)
{
  g_autoptr(PodliftLintConfig) config = config_from_yaml (schema_yaml);

  config_fires (config, "DL3058", 2, "FROM debian:12\nLABEL email=me\n");
  config_fires (config, "DL3058", 2, "FROM debian:12\nLABEL email=me@\n");
  config_fires (config, "DL3058", 2, "FROM debian:12\nLABEL email=\"me..x@example.com\"\n");
  config_passes (config, "DL3058", "FROM debian:12\nLABEL email=me@example.com\n");
  config_passes (config, "DL3058", "FROM debian:12\nLABEL email=first.last+tag@mail.example.org\n");
  PASSES ("DL3058", "FROM debian:12\nLABEL email=me\n");
}

/* }}} */

/* DL3057, DL3059 – DL3062 {{{ */

static void
test_dl3057 (void)
{
  g_autoptr(PodliftLintConfig) config = podlift_lint_config_new ();

  podlift_lint_config_override (config, "DL3057", PODLIFT_SEVERITY_INFO);
  PASSES ("DL3057", "FROM debian:12\nRUN true\n");
  config_fires (config, "DL3057", 1, "FROM debian:12\nRUN true\n");
  config_fires (config, "DL3057", 3, "FROM debian:12 AS a\nHEALTHCHECK CMD true\nFROM debian:12\n");
  config_passes (config, "DL3057", "FROM debian:12\nHEALTHCHECK CMD curl -f http://localhost/\n");
  config_passes (config, "DL3057", "FROM debian:12\nHEALTHCHECK NONE\n");
  config_passes (config, "DL3057", "FROM debian:12 AS base\nHEALTHCHECK CMD true\nFROM base\n");
}

static void
test_dl3059 (void)
{
  FIRES ("DL3059", 3, "FROM debian:12\nRUN /foo.sh\nRUN /bar.sh\n");
  FIRES ("DL3059", 4, "FROM debian:12\nRUN /foo.sh\n# a comment\nRUN /bar.sh\n");
  FIRES ("DL3059", 5, "FROM debian:12\nRUN /foo.sh\n# one\n# two\nRUN /bar.sh\n");
  FIRES ("DL3059", 3, "FROM debian:12\nRUN --mount=type=secret,id=foo /foo.sh\n"
                      "RUN --mount=type=secret,id=foo /bar.sh\n");
  FIRES ("DL3059", 4, "FROM debian:12\nRUN foo && bar\nRUN foo\nRUN bar\n");
  PASSES ("DL3059", "FROM debian:12\n");
  PASSES ("DL3059", "FROM debian:12\nRUN /foo.sh\n");
  PASSES ("DL3059", "# a comment\nFROM debian:12\nRUN /foo.sh\n");
  PASSES ("DL3059", "FROM debian:12\nRUN /foo.sh\nWORKDIR /\nRUN /bar.sh\n");
  PASSES ("DL3059", "FROM debian:12\nRUN --mount=type=secret,id=foo /foo.sh\nRUN /bar.sh\n");
  PASSES ("DL3059", "FROM debian:12\nRUN --mount=type=secret,id=foo /foo.sh\n"
                    "RUN --mount=type=secret,id=bar /bar.sh\n");
  PASSES ("DL3059", "FROM debian:12\nRUN foo && bar\nRUN foobar\n");
  PASSES ("DL3059", "FROM debian:12\nRUN foo; bar\nRUN foobar\n");
  PASSES ("DL3059", "FROM debian:12\nRUN foobar\nRUN foo && bar\n");
  PASSES ("DL3059", "FROM debian:12\nRUN foo && bar\nRUN foo; bar\n");
  PASSES ("DL3059", "FROM debian:12 AS a\nRUN foo\nFROM debian:12\nRUN bar\n");
}

static void
test_dl3060 (void)
{
  FIRES ("DL3060", 2, "FROM node:20\nRUN yarn install foo\n");
  FIRES ("DL3060", 4, "FROM node:20 AS foo\nRUN hey\nFROM node:20\nRUN yarn install\n");
  FIRES ("DL3060", 2, "FROM node:20 AS foo\nRUN yarn install\nFROM foo\nRUN hey\n");
  FIRES ("DL3060", 2, "FROM node:20\nRUN yarn cache clean && yarn install\n");
  FIRES ("DL3060", 2, "FROM node:20 AS foo\nONBUILD RUN yarn install\nFROM scratch\n");
  PASSES ("DL3060", "FROM node:20\nRUN foo\n");
  PASSES ("DL3060", "FROM node:20\nRUN yarn install bar && yarn cache clean\n");
  PASSES ("DL3060", "FROM node:20 AS foo\nRUN yarn install && yarn cache clean\n"
                    "FROM foo\nRUN hey\n");
  PASSES ("DL3060", "FROM node:20 AS foo\nRUN yarn install foo\nFROM scratch\nRUN hey\n");
  PASSES ("DL3060", "FROM node:20 AS foo\nRUN yarn install\nFROM scratch\n"
                    "COPY --from=foo /app /app\n");
  PASSES ("DL3060", "FROM node:20\n"
                    "RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install\n");
  assert_fix ("DL3060", "FROM node:20\nRUN yarn install\n",
              "FROM node:20\nRUN yarn install && yarn cache clean\n");
}

static void
test_dl3061 (void)
{
  FIRES ("DL3061", 1, "LABEL a=b\nFROM debian:12\n");
  FIRES ("DL3061", 2, "ARG V=1\nRUN true\nFROM debian:12\n");
  FIRES ("DL3061", 1, "ENV A=1\n");
  PASSES ("DL3061", "FROM debian:12\nLABEL a=b\n");
  PASSES ("DL3061", "ARG V=12\nFROM debian:$V\n");
  PASSES ("DL3061", "# syntax=docker/dockerfile:1\n# a comment\nFROM debian:12\n");
}

static void
test_dl3062 (void)
{
  FIRES ("DL3062", 2, "FROM golang:1.22\nRUN go install example.com/pkg\n");
  FIRES ("DL3062", 2, "FROM golang:1.22\nRUN go install example.com/pkg@latest\n");
  FIRES ("DL3062", 2, "FROM golang:1.22\nRUN go get example.com/pkg@none\n");
  FIRES ("DL3062", 2, "FROM golang:1.22\nRUN go get example.com/pkg\n");
  FIRES ("DL3062", 2, "FROM golang:1.22\nRUN go install tool foobar\n");
  FIRES ("DL3062", 2, "FROM golang:1.22\nRUN go get -tool foobar@latest\n");
  FIRES ("DL3062", 2, "FROM golang:1.22\nRUN go run example.com/pkg\n");
  FIRES ("DL3062", 2, "FROM golang:1.22\nRUN go install -tags netgo example.com/pkg\n");
  FIRES ("DL3062", 2, "FROM golang:1.22\nONBUILD RUN go install example.com/pkg\n");
  PASSES ("DL3062", "FROM golang:1.22\nRUN go install example.com/pkg@v1.2.3\n");
  PASSES ("DL3062", "FROM golang:1.22\nRUN go install -tags netgo example.com/pkg@v1.2.3\n");
  PASSES ("DL3062", "FROM golang:1.22\nRUN go install /go/app/foobar\n");
  PASSES ("DL3062", "FROM golang:1.22\nRUN go install ./app/foobar\n");
  PASSES ("DL3062", "FROM golang:1.22\nRUN go install .\n");
  PASSES ("DL3062", "FROM golang:1.22\nRUN go install tool foobar@v1.2.3\n");
  PASSES ("DL3062", "FROM golang:1.22\nRUN go get -tool foobar@v1.2.3\n");
  PASSES ("DL3062", "FROM golang:1.22\nRUN go run example.com/pkg@v1.2.3 --foo bar\n");
  PASSES ("DL3062", "FROM golang:1.22\nRUN go run ./cmd/gen\n");
  PASSES ("DL3062", "FROM golang:1.22\nRUN go build -o /app .\n");
  PASSES ("DL3062", "FROM golang:1.22\nRUN go mod download\n");
}

/* }}} */

/* hadolint 2.15: DL3063 – DL3067 {{{ */

static void
test_dl3063 (void)
{
  FIRES ("DL3063", 1, "FROM alpine:3.20 AS scratch\n");
  FIRES ("DL3063", 2, "FROM alpine:3.20 AS build\nFROM alpine:3.20 AS context\n");
  FIRES ("DL3063", 1, "FROM alpine:3.20 as Scratch\n");
  PASSES ("DL3063", "FROM alpine:3.20 AS builder\n");
  PASSES ("DL3063", "FROM scratch\nCOPY app /app\n");
}

static void
test_dl3064 (void)
{
  FIRES ("DL3064", 1, "ARG AWS_ACCESS_KEY_ID\nFROM debian:12\n");
  FIRES ("DL3064", 2, "FROM debian:12\nARG openai_api_key\n");
  FIRES ("DL3064", 2, "FROM debian:12\nARG NPM_TOKEN\n");
  FIRES ("DL3064", 2, "FROM debian:12\nENV AWS_SECRET_ACCESS_KEY=abcdefghijklmnopqrstuvwxyz\n");
  FIRES ("DL3064", 2, "FROM debian:12\nENV my_password=abc\n");
  FIRES ("DL3064", 2, "FROM debian:12\nENV A=1 DB_USERNAME=app\n");
  FIRES ("DL3064", 2, "FROM debian:12\nENV SSH_PRIVATE_KEY_FILE=/run/key\n");
  FIRES ("DL3064", 2, "FROM debian:12\nONBUILD ENV GITHUB_TOKEN=x\n");
  /* Known names without a telling word, first to last of hadolint's list. */
  FIRES ("DL3064", 2, "FROM debian:12\nARG APPLICATION_KEY\n");
  FIRES ("DL3064", 2, "FROM debian:12\nARG docker_email\n");
  FIRES ("DL3064", 2, "FROM debian:12\nARG OKTA_AUTHN_GROUPID\n");
  FIRES ("DL3064", 2, "FROM debian:12\nENV TRAVIS_SUDO=true\n");
  PASSES ("DL3064", "FROM debian:12\nRUN foobar\n");
  PASSES ("DL3064", "ARG foobar\nFROM debian:12\n");
  PASSES ("DL3064", "FROM debian:12\nENV foobar=barfoo\n");
  PASSES ("DL3064", "FROM debian:12\nENV APP_PORT=8080 LOG_LEVEL=info\n");
  PASSES ("DL3064", "FROM debian:12\nARG DOCKER_EMAILS\nARG TOKE\n");
}

static void
test_dl3065 (void)
{
  FIRES ("DL3065", 1, "FROM --platform=$TARGETPLATFORM alpine:3.20\n");
  FIRES ("DL3065", 2, "ARG X\nFROM --platform=${TARGETPLATFORM} alpine:3.20 AS build\n");
  PASSES ("DL3065", "FROM alpine:3.20\n");
  PASSES ("DL3065", "FROM --platform=$BUILDPLATFORM alpine:3.20\n");
  PASSES ("DL3065", "FROM --platform=$FOOBAR alpine:3.20\n");
  PASSES ("DL3065", "FROM --platform=linux/arm64 alpine:3.20\n");
  assert_fix ("DL3065", "FROM --platform=$TARGETPLATFORM alpine:3.20\n", "FROM alpine:3.20\n");
  assert_fix ("DL3065", "FROM --platform=${TARGETPLATFORM} alpine:3.20 AS b\n",
              "FROM alpine:3.20 AS b\n");
}

static void
test_dl3066 (void)
{
  FIRES ("DL3066", 2, "FROM debian:12\nUSER foobar\n");
  FIRES ("DL3066", 2, "FROM debian:12\nUSER root\n");
  FIRES ("DL3066", 2, "FROM debian:12\nUSER foobar:barfoo\n");
  FIRES ("DL3066", 2, "FROM debian:12\nUSER app:1000\n");
  PASSES ("DL3066", "FROM debian:12\nUSER 12345\n");
  PASSES ("DL3066", "FROM debian:12\nUSER 1234:5678\n");
  PASSES ("DL3066", "FROM debian:12\nARG UID=1000\nUSER $UID\n");
  PASSES ("DL3066", "FROM debian:12\nUSER ${UID}:${GID}\n");
  PASSES ("DL3066", "FROM debian:12\n");
}

static void
test_dl3067 (void)
{
  FIRES ("DL3067", 3, "FROM debian:12 AS build\nFROM scratch\nCOPY --from=build / /\n");
  FIRES ("DL3067", 3, "FROM debian:12 AS build\nFROM scratch\nCOPY --from=build \"/\" \"/\"\n");
  FIRES ("DL3067", 3, "FROM debian:12 AS build\nFROM scratch\nCOPY --from=build [\"/\", \"/\"]\n");
  FIRES ("DL3067", 2, "FROM scratch\nCOPY --from=debian:12 / /\n");
  PASSES ("DL3067", "FROM debian:12\nCOPY / /\n");
  PASSES ("DL3067", "FROM debian:12 AS build\nFROM scratch\nCOPY --from=build /app /\n");
  PASSES ("DL3067", "FROM debian:12 AS build\nFROM scratch\nCOPY --from=build / /app\n");
}

/* Half-typed files {{{ */

/* The live linter sees every prefix of what is typed: each one is linted
 * with every rule on (label schema, strict labels, DL3057), and must
 * neither crash nor leave the findings' lines outside the file. */
static const char sample[] =
  "# syntax=docker/dockerfile:1\n"
  "ARG BASE=python:3.12 NPM_TOKEN\n"
  "FROM --platform=$TARGETPLATFORM ${BASE} AS scratch\n"
  "ENV A=1 B=$A PIP_NO_CACHE_DIR=0\n"
  "LABEL maintainer=\"\" url=x version=1.2 com.docker.x=y\n"
  "ONBUILD ONBUILD RUN yum install foo\n"
  "ONBUILD RUN yarn install\n"
  "RUN yum install tomcat && zypper in -n x && dnf install y \\\n"
  "    && microdnf install z-1 && wget http://x && useradd -u 1234567 app\n"
  "RUN pip install six\n"
  "RUN go install example.com/x@latest\n"
  "RUN <<EOF\nyarn install\nEOF\n"
  "COPY . .\n"
  "FROM scratch\n"
  "COPY --from=scratch / /\n"
  "COPY [\"a\", \"b\"]\n"
  "USER app:app\n";

static void
test_half_typed (void)
{
  g_autoptr(PodliftLintConfig) config =
    config_from_yaml ("label-schema:\n  maintainer: text\n  url: url\n  version: semver\n"
                      "strict-labels: true\n");
  gsize length = strlen (sample);

  podlift_lint_config_override (config, "DL3057", PODLIFT_SEVERITY_INFO);
  for (gsize end = 0; end <= length; end++)
    {
      g_autofree char *text = g_strndup (sample, end);
      g_autoptr(GListModel) findings = podlift_test_lint (text, config);
      guint n_lines = 1;

      for (const char *p = text; *p != '\0'; p++)
        n_lines += *p == '\n';
      for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
        {
          g_autoptr(PodliftDiagnostic) d = g_list_model_get_item (findings, i);

          g_assert_cmpuint (podlift_diagnostic_get_line (d), >=, 1);
          g_assert_cmpuint (podlift_diagnostic_get_line (d), <=, n_lines);
        }
    }
}

/* }}} */

int
main (int   argc,
      char *argv[])
{
  static const struct { const char *path; GTestFunc func; } tests[] = {
    { "/podlift/rules/DL3030-DL3067/table", test_table },
    { "/podlift/rules/DL3030-DL3067/messages", test_messages },
    { "/podlift/rules/DL3030-DL3067/half-typed", test_half_typed },
    { "/podlift/rules/DL3030", test_dl3030 },
    { "/podlift/rules/DL3032", test_dl3032 },
    { "/podlift/rules/DL3033", test_dl3033 },
    { "/podlift/rules/DL3034", test_dl3034 },
    { "/podlift/rules/DL3035", test_dl3035 },
    { "/podlift/rules/DL3036", test_dl3036 },
    { "/podlift/rules/DL3037", test_dl3037 },
    { "/podlift/rules/DL3038", test_dl3038 },
    { "/podlift/rules/DL3040", test_dl3040 },
    { "/podlift/rules/DL3041", test_dl3041 },
    { "/podlift/rules/DL3042", test_dl3042 },
    { "/podlift/rules/DL3043", test_dl3043 },
    { "/podlift/rules/DL3044", test_dl3044 },
    { "/podlift/rules/DL3045", test_dl3045 },
    { "/podlift/rules/DL3046", test_dl3046 },
    { "/podlift/rules/DL3047", test_dl3047 },
    { "/podlift/rules/DL3048", test_dl3048 },
    { "/podlift/rules/DL3049", test_dl3049 },
    { "/podlift/rules/DL3050", test_dl3050 },
    { "/podlift/rules/DL3051", test_dl3051 },
    { "/podlift/rules/DL3052", test_dl3052 },
    { "/podlift/rules/DL3053", test_dl3053 },
    { "/podlift/rules/DL3054", test_dl3054 },
    { "/podlift/rules/DL3055", test_dl3055 },
    { "/podlift/rules/DL3056", test_dl3056 },
    { "/podlift/rules/DL3057", test_dl3057 },
    { "/podlift/rules/DL3058", test_dl3058 },
    { "/podlift/rules/DL3059", test_dl3059 },
    { "/podlift/rules/DL3060", test_dl3060 },
    { "/podlift/rules/DL3061", test_dl3061 },
    { "/podlift/rules/DL3062", test_dl3062 },
    { "/podlift/rules/DL3063", test_dl3063 },
    { "/podlift/rules/DL3064", test_dl3064 },
    { "/podlift/rules/DL3065", test_dl3065 },
    { "/podlift/rules/DL3066", test_dl3066 },
    { "/podlift/rules/DL3067", test_dl3067 },
  };

  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (tests); i++)
    g_test_add_func (tests[i].path, tests[i].func);

  return g_test_run ();
}
