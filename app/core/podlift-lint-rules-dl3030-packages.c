/* podlift-lint-rules-dl3030-packages.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* DL3030 – DL3041: yum, zypper, dnf and microdnf in RUN. Like hadolint,
 * a command is an install when any of its words is the subcommand
 * (cmdHasArgs), so flags may come first: `yum -y --nogpgcheck install`. */

#define G_LOG_DOMAIN "podlift-lint-rules"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "podlift-lint-rules-dl3030-private.h"

/* Pinning: variables {{{ */

/* Whether an ARG or ENV before instruction @before defines @name. */
static gboolean
variable_is_defined (const PodliftDockerfileAst *ast,
                     guint                       before,
                     const char                 *name,
                     gsize                       name_len)
{
  for (guint i = before; i-- > 0;)
    {
      const PodliftInstruction *inst = instruction_at (ast, i);

      if ((inst->kind != PODLIFT_INSTRUCTION_ARG && inst->kind != PODLIFT_INSTRUCTION_ENV) ||
          inst->pairs == NULL)
        continue;
      for (guint k = 0; k < inst->pairs->len; k++)
        {
          const PodliftKeyValue *kv = g_ptr_array_index (inst->pairs, k);

          if (kv->key != NULL && strlen (kv->key) == name_len &&
              strncmp (kv->key, name, name_len) == 0)
            return TRUE;
        }
    }
  return FALSE;
}

/* Whether @word refers to a $VAR or ${VAR} that an earlier ARG/ENV
 * defines: its value cannot be judged, as hadolint 2.15 decides. */
static gboolean
uses_defined_variable (const PodliftDockerfileAst *ast,
                       guint                       before,
                       const char                 *word)
{
  for (const char *p = strchr (word, '$'); p != NULL; p = strchr (p + 1, '$'))
    {
      const char *name = p + 1 + (p[1] == '{');
      gsize len = 0;

      while (is_var_char (name[len]))
        len++;
      if (len > 0 && variable_is_defined (ast, before, name, len))
        return TRUE;
    }
  return FALSE;
}

/* }}} */

/* yum: DL3030, DL3032, DL3033 {{{ */

static const char * const yes_flags[] = { "y", "assumeyes", NULL };
static const char * const yum_installs[] = { "install", "groupinstall", "localinstall", NULL };
static const char * const install_word[] = { "install", NULL };
static const char * const install_words_zypper[] = { "install", "in", NULL };

/* Flags of yum, dnf and zypper whose value is a separate word, so that
 * the value is not taken for a package. */
static const char * const rpm_value_flags[] = {
  "enablerepo", "disablerepo", "releasever", "installroot", "setopt", "exclude", "x",
  "repo", "repoid", "c", "config", "from", "r", NULL
};

/* DL3030: yum install without -y. */
static gboolean
dl3030_bad (const RunSite             *site,
            const PodliftShellCommand *cmd)
{
  return command_is_program (cmd, "yum") && command_has_word (cmd, yum_installs) &&
         !command_has_any_flag (cmd, yes_flags);
}

void
podlift_rules_check_dl3030 (PodliftLintContext *ctx)
{
  static const CommandRule rule = {
    "DL3030", dl3030_bad, yum_installs, " -y", N_("Add -y"), PODLIFT_PROGRAM_LETTER ('y'),
  };

  podlift_dl3030_check_command_rule (ctx, &rule);
}

/* DL3032: yum install without yum clean after it. */
static gboolean
is_yum_install (const PodliftShellCommand *cmd)
{
  return command_is_program (cmd, "yum") && command_has_word (cmd, install_word);
}

static gboolean
is_yum_clean (const PodliftShellCommand *cmd)
{
  static const char * const clean[] = { "clean", NULL };

  return command_is_program (cmd, "yum") && command_has_word (cmd, clean);
}

void
podlift_rules_check_dl3032 (PodliftLintContext *ctx)
{
  static const CleanPair pairs[] = {
    { is_yum_install, is_yum_clean, " && yum clean all", PODLIFT_PROGRAM_LETTER ('y') },
  };

  podlift_dl3030_check_clean_rule (ctx, "DL3032", pairs, G_N_ELEMENTS (pairs));
}

/* Whether a package of the install command @cmd is not pinned: fails
 * @pinned and names no variable that an earlier ARG/ENV defines. The
 * packages are the words that are neither flags, nor flag values, nor
 * the subcommand. With @modules, "module install" installs streams,
 * pinned as name:stream. */
static gboolean
packages_unpinned (const RunSite             *site,
                   const PodliftShellCommand *cmd,
                   gboolean                 (*pinned) (const char *),
                   gboolean                   modules)
{
  static const char * const skip[] = { "install", "in", "module", NULL };
  static const char * const module_word[] = { "module", NULL };
  gboolean is_module = modules && command_has_word (cmd, module_word);
  PodliftShellArgIter iter = { 0 };
  const char *package;

  while ((package = podlift_shell_command_next_arg (cmd, rpm_value_flags, &iter)) != NULL)
    {
      gboolean ok = is_module ? strchr (package, ':') != NULL : pinned (package);

      if (!ok && !g_strv_contains (skip, package) &&
          !uses_defined_variable (site->ast, site->index, package))
        return TRUE;
    }
  return FALSE;
}

/* DL3033: yum packages are pinned as name-version (any dash) or .rpm. */
static gboolean
yum_pinned (const char *package)
{
  return strchr (package, '-') != NULL || g_str_has_suffix (package, ".rpm");
}

static gboolean
dl3033_bad (const RunSite             *site,
            const PodliftShellCommand *cmd)
{
  return command_is_program (cmd, "yum") && command_has_word (cmd, install_word) &&
         packages_unpinned (site, cmd, yum_pinned, TRUE);
}

void
podlift_rules_check_dl3033 (PodliftLintContext *ctx)
{
  static const CommandRule rule = { "DL3033", dl3033_bad, NULL, NULL, NULL, PODLIFT_PROGRAM_LETTER ('y') };

  podlift_dl3030_check_command_rule (ctx, &rule);
}

/* }}} */

/* zypper: DL3034 – DL3037 {{{ */

/* DL3034: zypper without -y/--no-confirm, or the global -n. */
static const char * const zypper_asks[] = {
  "install", "in", "remove", "rm", "source-install", "si", "patch", NULL
};

/* zypper's global -n (--non-interactive), before the subcommand: after
 * it, -n is another flag (install -n is --name). */
static gboolean
zypper_is_non_interactive (const PodliftShellCommand *cmd)
{
  for (guint i = 0; i < cmd->args->len; i++)
    {
      const char *arg = g_ptr_array_index (cmd->args, i);

      if (arg[0] != '-')
        return FALSE;
      if (strcmp (arg, "--non-interactive") == 0 || (arg[1] != '-' && strchr (arg, 'n') != NULL))
        return TRUE;
    }
  return FALSE;
}

static gboolean
dl3034_bad (const RunSite             *site,
            const PodliftShellCommand *cmd)
{
  static const char * const flags[] = { "y", "no-confirm", NULL };

  return command_is_program (cmd, "zypper") && command_has_word (cmd, zypper_asks) &&
         !command_has_any_flag (cmd, flags) && !zypper_is_non_interactive (cmd);
}

void
podlift_rules_check_dl3034 (PodliftLintContext *ctx)
{
  static const CommandRule rule = {
    "DL3034", dl3034_bad, zypper_asks, " -y", N_("Add -y"), PODLIFT_PROGRAM_LETTER ('z'),
  };

  podlift_dl3030_check_command_rule (ctx, &rule);
}

/* DL3035: zypper dist-upgrade. */
static gboolean
dl3035_bad (const RunSite             *site,
            const PodliftShellCommand *cmd)
{
  static const char * const words[] = { "dist-upgrade", "dup", NULL };

  return command_is_program (cmd, "zypper") && command_has_word (cmd, words);
}

void
podlift_rules_check_dl3035 (PodliftLintContext *ctx)
{
  static const CommandRule rule = { "DL3035", dl3035_bad, NULL, NULL, NULL, PODLIFT_PROGRAM_LETTER ('z') };

  podlift_dl3030_check_command_rule (ctx, &rule);
}

/* DL3036: zypper install without zypper clean after it. */
static gboolean
is_zypper_install (const PodliftShellCommand *cmd)
{
  return command_is_program (cmd, "zypper") && command_has_word (cmd, install_words_zypper);
}

static gboolean
is_zypper_clean (const PodliftShellCommand *cmd)
{
  static const char * const clean[] = { "clean", "cc", NULL };

  return command_is_program (cmd, "zypper") && command_has_word (cmd, clean);
}

void
podlift_rules_check_dl3036 (PodliftLintContext *ctx)
{
  static const CleanPair pairs[] = {
    { is_zypper_install, is_zypper_clean, " && zypper clean", PODLIFT_PROGRAM_LETTER ('z') },
  };

  podlift_dl3030_check_clean_rule (ctx, "DL3036", pairs, G_N_ELEMENTS (pairs));
}

/* DL3037: zypper packages pinned with =, <, > or given as .rpm. */
static gboolean
zypper_pinned (const char *package)
{
  return strpbrk (package, "=<>") != NULL || g_str_has_suffix (package, ".rpm");
}

static gboolean
dl3037_bad (const RunSite             *site,
            const PodliftShellCommand *cmd)
{
  return is_zypper_install (cmd) && packages_unpinned (site, cmd, zypper_pinned, FALSE);
}

void
podlift_rules_check_dl3037 (PodliftLintContext *ctx)
{
  static const CommandRule rule = { "DL3037", dl3037_bad, NULL, NULL, NULL, PODLIFT_PROGRAM_LETTER ('z') };

  podlift_dl3030_check_command_rule (ctx, &rule);
}

/* }}} */

/* dnf and microdnf: DL3038, DL3040, DL3041 {{{ */

/* DL3038: dnf/microdnf install without -y. */
static gboolean
is_dnf (const PodliftShellCommand *cmd)
{
  return command_is_program (cmd, "dnf") || command_is_program (cmd, "microdnf");
}

static gboolean
dl3038_bad (const RunSite             *site,
            const PodliftShellCommand *cmd)
{
  return is_dnf (cmd) && command_has_word (cmd, yum_installs) &&
         !command_has_any_flag (cmd, yes_flags);
}

void
podlift_rules_check_dl3038 (PodliftLintContext *ctx)
{
  static const CommandRule rule = {
    "DL3038", dl3038_bad, yum_installs, " -y", N_("Add -y"),
    PODLIFT_PROGRAM_LETTER ('d') | PODLIFT_PROGRAM_LETTER ('m'),
  };

  podlift_dl3030_check_command_rule (ctx, &rule);
}

/* DL3040: dnf (microdnf) install without a clean of the same program
 * after it (dnf clean all, or rm of /var/cache/yum or /var/cache/dnf). */
static gboolean
is_cache_rm (const PodliftShellCommand *cmd)
{
  if (!command_is_program (cmd, "rm"))
    return FALSE;
  for (guint i = 0; cmd->args != NULL && i < cmd->args->len; i++)
    {
      const char *arg = g_ptr_array_index (cmd->args, i);

      if (g_str_has_prefix (arg, "/var/cache/yum") || g_str_has_prefix (arg, "/var/cache/dnf"))
        return TRUE;
    }
  return FALSE;
}

static gboolean
is_dnf_install (const PodliftShellCommand *cmd)
{
  return command_is_program (cmd, "dnf") && command_has_word (cmd, install_word);
}

static gboolean
is_dnf_clean (const PodliftShellCommand *cmd)
{
  static const char * const clean[] = { "clean", NULL };

  return (command_is_program (cmd, "dnf") && command_has_word (cmd, clean)) || is_cache_rm (cmd);
}

static gboolean
is_microdnf_install (const PodliftShellCommand *cmd)
{
  return command_is_program (cmd, "microdnf") && command_has_word (cmd, install_word);
}

static gboolean
is_microdnf_clean (const PodliftShellCommand *cmd)
{
  static const char * const clean[] = { "clean", NULL };

  return (command_is_program (cmd, "microdnf") && command_has_word (cmd, clean)) ||
         is_cache_rm (cmd);
}

void
podlift_rules_check_dl3040 (PodliftLintContext *ctx)
{
  static const CleanPair pairs[] = {
    { is_dnf_install, is_dnf_clean, " && dnf clean all", PODLIFT_PROGRAM_LETTER ('d') },
    { is_microdnf_install, is_microdnf_clean, " && microdnf clean all",
      PODLIFT_PROGRAM_LETTER ('m') },
  };

  podlift_dl3030_check_clean_rule (ctx, "DL3040", pairs, G_N_ELEMENTS (pairs));
}

/* DL3041: dnf packages pinned as name-version, where the parts after the
 * first dash look like a version (one starts with a digit), or .rpm. A
 * part with a variable ("-${VERSION}") is taken as a version. */
static gboolean
is_version_char (char c)
{
  return g_ascii_isalnum (c) || (c != '\0' && strchr (".~^_:+", c) != NULL);
}

static gboolean
dnf_pinned (const char *package)
{
  const char *part = strchr (package, '-');
  gboolean digit = FALSE;

  if (part == NULL)
    return FALSE;
  if (g_str_has_suffix (package, ".rpm"))
    return TRUE;
  for (part++;; part++)
    {
      const char *end = strchr (part, '-');
      gsize len = end != NULL ? (gsize) (end - part) : strlen (part);

      if (memchr (part, '$', len) != NULL)
        digit = TRUE;
      else
        {
          for (gsize k = 0; k < len; k++)
            if (!is_version_char (part[k]))
              return FALSE;
          digit |= len > 0 && g_ascii_isdigit (part[0]);
        }
      if (end == NULL)
        return digit;
      part = end;
    }
}

static gboolean
dl3041_bad (const RunSite             *site,
            const PodliftShellCommand *cmd)
{
  static const char * const group[] = { "group", NULL };

  return is_dnf (cmd) && command_has_word (cmd, install_word) &&
         !command_has_word (cmd, group) && packages_unpinned (site, cmd, dnf_pinned, TRUE);
}

void
podlift_rules_check_dl3041 (PodliftLintContext *ctx)
{
  static const CommandRule rule = {
    "DL3041", dl3041_bad, NULL, NULL, NULL, PODLIFT_PROGRAM_LETTER ('d') | PODLIFT_PROGRAM_LETTER ('m'),
  };

  podlift_dl3030_check_command_rule (ctx, &rule);
}

/* }}} */
