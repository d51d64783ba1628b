/* podlift-lint-rules-podlift-toolchain.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "podlift-lint-rules-podlift-private.h"

/* PL002: a single-stage build that ships its build tool chain, seen in
 * its base image, in the commands that build, or in the compilers and
 * SDKs its RUNs install (and do not remove again). */

static gboolean
is_toolchain_image (const char *name)
{
  static const char * const images[] = {
    "golang", "rust", "maven", "gradle", "buildpack-deps",
    "mcr.microsoft.com/dotnet/sdk", "mcr.microsoft.com/dotnet/core/sdk", NULL
  };

  return g_strv_contains (images, image_short_name (name));
}

static gboolean
is_toolchain_package (const char *word)
{
  static const char * const packages[] = {
    "build-essential", "build-base", "gcc", "g++", "gcc-c++", "clang", "make",
    "cmake", "autoconf", "automake", "libtool", "maven", "gradle", "golang",
    "golang-go", "go", "rust", "rustc", "cargo", "default-jdk", "java-devel", NULL
  };
  g_autofree char *name = g_strdup (word);
  char *version = strpbrk (name, "=<>~");

  if (version != NULL)
    *version = '\0';

  if (g_str_has_prefix (name, "openjdk-") &&
      (g_str_has_suffix (name, "-jdk") || g_str_has_suffix (name, "-jdk-headless")))
    return TRUE;

  return g_strv_contains (packages, name);
}

/* The tool chain package a command installs, if any. */
static const char *
installed_toolchain (const PodliftShellCommand *command)
{
  const char *program = podlift_shell_command_program (command);
  const char *verb = NULL;

  if (g_strcmp0 (program, "apt-get") == 0 || g_strcmp0 (program, "apt") == 0 ||
      g_strcmp0 (program, "yum") == 0 || g_strcmp0 (program, "dnf") == 0 ||
      g_strcmp0 (program, "microdnf") == 0)
    verb = "install";
  else if (g_strcmp0 (program, "apk") == 0)
    verb = "add";

  if (verb == NULL || !podlift_shell_command_is (command, program, verb))
    return NULL;

  for (guint i = 0; i < command->args->len; i++)
    if (is_toolchain_package (g_ptr_array_index (command->args, i)))
      return g_ptr_array_index (command->args, i);

  return NULL;
}

static gboolean
removes_packages (const PodliftShellCommand *command)
{
  const char *program = podlift_shell_command_program (command);

  /* apt-get, apt, apk, yum, dnf */
  if (program[0] != 'a' && program[0] != 'y' && program[0] != 'd')
    return FALSE;

  return podlift_shell_command_is (command, "apt-get", "purge") ||
         podlift_shell_command_is (command, "apt-get", "remove") ||
         podlift_shell_command_is (command, "apt-get", "autoremove") ||
         podlift_shell_command_is (command, "apt", "purge") ||
         podlift_shell_command_is (command, "apt", "remove") ||
         podlift_shell_command_is (command, "apk", "del") ||
         ((g_strcmp0 (program, "yum") == 0 || g_strcmp0 (program, "dnf") == 0) &&
          (podlift_shell_command_is (command, program, "remove") ||
           podlift_shell_command_is (command, program, "erase")));
}

/* "npm run build", "yarn run build:prod": a front-end or TypeScript
 * build, which needs the devDependencies. */
static const char *
script_build (const PodliftShellCommand *command)
{
  static const char * const names[] = { "npm run build", "yarn run build", "pnpm run build" };
  const char *program = podlift_shell_command_program (command);
  gboolean after_run = FALSE;
  guint which;

  if (g_strcmp0 (program, "npm") == 0)
    which = 0;
  else if (g_strcmp0 (program, "yarn") == 0)
    which = 1;
  else if (g_strcmp0 (program, "pnpm") == 0)
    which = 2;
  else
    return NULL;

  if (!podlift_shell_command_is (command, program, "run"))
    return NULL;

  for (guint i = 0; i < command->args->len; i++)
    {
      const char *arg = g_ptr_array_index (command->args, i);

      if (arg[0] == '-')
        continue;
      if (after_run)
        return strcmp (arg, "build") == 0 || g_str_has_prefix (arg, "build:") ? names[which] : NULL;
      after_run = strcmp (arg, "run") == 0;
    }

  return NULL;
}

/* A command that compiles or packages an application. */
static const char *
build_command (const PodliftShellCommand *command)
{
  static const char * const compilers[] = {
    "gcc", "g++", "cc", "c++", "clang", "make", "cmake", "javac", "mvn", "mvnw",
    "gradle", "gradlew", NULL
  };
  static const char * const builds[][3] = {
    { "go", "build", "go build" },
    { "cargo", "build", "cargo build" },
    { "dotnet", "build", "dotnet build" },
    { "dotnet", "publish", "dotnet publish" },
    { "yarn", "build", "yarn build" },
    { "pnpm", "build", "pnpm build" },
  };
  const char *program = podlift_shell_command_program (command);

  /* The first letters of the programs below. */
  if (program[0] == '\0' || strchr ("cdgjmnpy", program[0]) == NULL)
    return NULL;

  if (g_strv_contains (compilers, program))
    return program;

  for (guint i = 0; i < G_N_ELEMENTS (builds); i++)
    if (podlift_shell_command_is (command, builds[i][0], builds[i][1]))
      return builds[i][2];

  return script_build (command);
}

/* What in a RUN shows a tool chain: a build command, or a tool chain
 * package installed and not removed again in the same RUN. */
static const char *
run_toolchain (const PodliftShellScript *script)
{
  const char *installed = NULL;

  if (script == NULL)
    return NULL;

  for (guint i = 0; i < script->commands->len; i++)
    {
      const PodliftShellCommand *command = g_ptr_array_index (script->commands, i);
      const char *found;

      if ((found = build_command (command)) != NULL)
        return found;

      if (installed == NULL)
        installed = installed_toolchain (command);
      else if (removes_packages (command))
        installed = NULL;
    }

  return installed;
}

void
podlift_rules_check_pl002 (PodliftLintContext *ctx)
{
  const PodliftDockerfileAst *ast = podlift_lint_context_get_ast (ctx);
  const PodliftStage *stage = final_stage (ast);
  const PodliftInstruction *from;
  g_autofree char *message = NULL;

  if (stage == NULL || ast->stages->len != 1)
    return;

  from = stage_from (ast, stage);
  if (is_toolchain_image (from->image_name))
    {
      message = g_strdup_printf ("Single-stage build ships the %s tool chain image: build in a "
                                 "first stage and copy only the result into a small final stage",
                                 image_short_name (from->image_name));
      podlift_lint_report_full (ctx, "PL002", from, message, NULL, NULL, NULL, NULL);
      return;
    }

  for (guint i = stage->from + 1; i <= stage->last; i++)
    {
      const PodliftInstruction *insn = INSTRUCTION (ast, i);
      const char *tool;

      if (insn->kind != PODLIFT_INSTRUCTION_RUN)
        continue;

      tool = run_toolchain (podlift_lint_context_get_script (ctx, insn));
      if (tool == NULL)
        continue;

      message = g_strdup_printf ("Single-stage build ships its build tool chain (%s): build in a "
                                 "first stage and copy only the result into a small final stage",
                                 tool);
      podlift_lint_report_full (ctx, "PL002", insn, message, NULL, NULL, NULL, NULL);
      return;
    }
}
