/* podlift-lint-rules-dl3000.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* hadolint's rules DL3000 to DL3029 (DL3005 and DL3017 are retired),
 * written after hadolint's documented behaviour, corner cases included.
 * Where hadolint is knowingly odd we follow it and say so, since people
 * compare our findings with their CI's. Every check walks the
 * instructions once; RUN commands come parsed from the context. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "podlift-lint-rules-dl3000-private.h"

/* --- Stages ----------------------------------------------------------------- */

static const char stage_aliases_key[] = "stage-aliases";

GHashTable *
podlift_dl3000_stage_aliases (PodliftLintContext *ctx)
{
  const PodliftDockerfileAst *ast = podlift_lint_context_get_ast (ctx);
  GHashTable *aliases = podlift_lint_context_get_data (ctx, stage_aliases_key);

  if (aliases != NULL)
    return aliases;

  aliases = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < ast->stages->len; i++)
    {
      const PodliftStage *stage = g_ptr_array_index (ast->stages, i);

      if (stage->name != NULL && !g_hash_table_contains (aliases, stage->name))
        g_hash_table_insert (aliases, stage->name, GUINT_TO_POINTER (i + 1));
    }
  podlift_lint_context_set_data (ctx, stage_aliases_key, aliases,
                                 (GDestroyNotify) g_hash_table_unref);

  return aliases;
}

/* --- WORKDIR, USER, FROM -------------------------------------------------- */

static void
dl3000_check (PodliftLintContext *ctx)
{
  const PodliftDockerfileAst *ast = podlift_lint_context_get_ast (ctx);
  guint n;
  const guint *at = podlift_lint_context_get_kind (ctx, PODLIFT_INSTRUCTION_WORKDIR, &n);

  for (guint k = 0; k < n; k++)
    {
      const PodliftInstruction *instruction = g_ptr_array_index (ast->instructions, at[k]);
      const char *path;
      gsize len;

      if (instruction->kind != PODLIFT_INSTRUCTION_WORKDIR)
        continue;
      path = trimmed (instruction->arguments, &len);
      path = unquote_len (path, &len);
      if (len == 0 || path[0] == '/' || path[0] == '$' ||
          (len > 1 && g_ascii_isalpha (path[0]) && path[1] == ':'))
        continue;
      podlift_lint_report_full (ctx, "DL3000", instruction, NULL,
                                &instruction->arguments_range, NULL, NULL, NULL);
    }
}

static gboolean
is_root_user (const char *user)
{
  gsize len;
  const char *text = trimmed (user, &len);

  return (len == 4 && memcmp (text, "root", 4) == 0) ||
         (len == 1 && text[0] == '0') ||
         has_prefix_len (text, len, "root:") || has_prefix_len (text, len, "0:");
}

static void
report_root_user (PodliftLintContext       *ctx,
                  const PodliftInstruction *user)
{
  if (user != NULL)
    podlift_lint_report_full (ctx, "DL3002", user, NULL, &user->arguments_range, NULL, NULL, NULL);
}

/* Only an explicit root USER that is the last USER of its stage; a stage
 * without USER says nothing (hadolint cannot know the base image's). */
static void
dl3002_check (PodliftLintContext *ctx)
{
  const PodliftDockerfileAst *ast = podlift_lint_context_get_ast (ctx);
  const PodliftInstruction *root = NULL;
  gboolean in_stage = FALSE;

  for (guint i = 0; i < ast->instructions->len; i++)
    {
      const PodliftInstruction *instruction = g_ptr_array_index (ast->instructions, i);

      if (instruction->kind == PODLIFT_INSTRUCTION_FROM)
        {
          report_root_user (ctx, root);
          root = NULL;
          in_stage = TRUE;
        }
      else if (instruction->kind == PODLIFT_INSTRUCTION_USER && in_stage)
        root = is_root_user (instruction->arguments) ? instruction : NULL;
    }

  report_root_user (ctx, root);
}

/* Untagged, unless scratch, a digest, a $VARIABLE or an earlier stage. */
static void
dl3006_check (PodliftLintContext *ctx)
{
  const PodliftDockerfileAst *ast = podlift_lint_context_get_ast (ctx);
  guint n;
  const guint *at = podlift_lint_context_get_kind (ctx, PODLIFT_INSTRUCTION_FROM, &n);

  for (guint k = 0; k < n; k++)
    {
      const PodliftInstruction *instruction = g_ptr_array_index (ast->instructions, at[k]);
      const char *registry, *name;
      gsize registry_len, name_len;

      if (instruction->kind != PODLIFT_INSTRUCTION_FROM || instruction->image == NULL ||
          instruction->image_tag != NULL || instruction->image_digest != NULL)
        continue;

      split_image (instruction->image, &registry, &registry_len, &name, &name_len);
      if (name_len == 0 || name[0] == '$' ||
          (name_len == 7 && memcmp (name, "scratch", 7) == 0) ||
          (instruction->stage > 0 && instruction->stage != G_MAXUINT &&
           is_alias_up_to (podlift_dl3000_stage_aliases (ctx), name, name_len,
                           instruction->stage - 1)))
        continue;

      podlift_lint_report_full (ctx, "DL3006", instruction, NULL,
                                &instruction->image_range, NULL, NULL, NULL);
    }
}

static void
dl3007_check (PodliftLintContext *ctx)
{
  const PodliftDockerfileAst *ast = podlift_lint_context_get_ast (ctx);
  guint n;
  const guint *at = podlift_lint_context_get_kind (ctx, PODLIFT_INSTRUCTION_FROM, &n);

  for (guint k = 0; k < n; k++)
    {
      const PodliftInstruction *instruction = g_ptr_array_index (ast->instructions, at[k]);

      if (instruction->kind == PODLIFT_INSTRUCTION_FROM &&
          g_strcmp0 (instruction->image_tag, "latest") == 0 &&
          instruction->image_digest == NULL)
        podlift_lint_report_full (ctx, "DL3007", instruction, NULL,
                                  &instruction->image_range, NULL, NULL, NULL);
    }
}

static void
dl3029_check (PodliftLintContext *ctx)
{
  const PodliftDockerfileAst *ast = podlift_lint_context_get_ast (ctx);
  guint n;
  const guint *at = podlift_lint_context_get_kind (ctx, PODLIFT_INSTRUCTION_FROM, &n);

  for (guint k = 0; k < n; k++)
    {
      const PodliftInstruction *instruction = g_ptr_array_index (ast->instructions, at[k]);
      const PodliftFlag *platform;

      if (instruction->kind != PODLIFT_INSTRUCTION_FROM)
        continue;
      platform = find_flag (instruction, "platform");
      if (platform == NULL || platform->value == NULL || platform->value[0] == '\0' ||
          strstr (platform->value, "BUILDPLATFORM") != NULL ||
          strstr (platform->value, "TARGETPLATFORM") != NULL)
        continue;
      podlift_lint_report_full (ctx, "DL3029", instruction, NULL, &platform->range,
                                NULL, NULL, NULL);
    }
}

/* --- EXPOSE, HEALTHCHECK, CMD ------------------------------------------- */

static gboolean
port_out_of_range (const char *port)
{
  guint value = 0;

  if (strchr (port, '$') != NULL)
    return FALSE;

  /* 80, 80/tcp, 8000-8010/udp */
  for (const char *p = port; g_ascii_isdigit (*p) || *p == '-'; p++)
    {
      if (*p == '-')
        value = 0;
      else if ((value = value * 10 + (guint) (*p - '0')) > 65535)
        return TRUE;
    }

  return FALSE;
}

static void
dl3011_check (PodliftLintContext *ctx)
{
  const PodliftDockerfileAst *ast = podlift_lint_context_get_ast (ctx);
  guint n;
  const guint *at = podlift_lint_context_get_kind (ctx, PODLIFT_INSTRUCTION_EXPOSE, &n);

  for (guint k = 0; k < n; k++)
    {
      const PodliftInstruction *instruction = g_ptr_array_index (ast->instructions, at[k]);

      if (instruction->kind != PODLIFT_INSTRUCTION_EXPOSE || instruction->words == NULL)
        continue;
      for (guint j = 0; j < instruction->words->len; j++)
        {
          const PodliftWord *word = g_ptr_array_index (instruction->words, j);

          if (port_out_of_range (word->text))
            {
              podlift_lint_report_full (ctx, "DL3011", instruction, NULL, &word->range,
                                        NULL, NULL, NULL);
              break;
            }
        }
    }
}

static void
dl3012_check (PodliftLintContext *ctx)
{
  const PodliftDockerfileAst *ast = podlift_lint_context_get_ast (ctx);
  gboolean seen = FALSE;

  for (guint i = 0; i < ast->instructions->len; i++)
    {
      const PodliftInstruction *instruction = g_ptr_array_index (ast->instructions, i);

      if (instruction->kind == PODLIFT_INSTRUCTION_FROM)
        seen = FALSE;
      else if (instruction->kind == PODLIFT_INSTRUCTION_HEALTHCHECK && seen)
        podlift_lint_report (ctx, "DL3012", instruction);
      else if (instruction->kind == PODLIFT_INSTRUCTION_HEALTHCHECK)
        seen = TRUE;
    }
}

/* ["a", "b"] for words that the shell would pass on unchanged, or NULL. */
static char *
exec_form_of (GPtrArray *words)
{
  GString *json;

  for (guint i = 0; i < words->len; i++)
    {
      const PodliftWord *word = g_ptr_array_index (words, i);

      if (word->text[0] == '\0' || strpbrk (word->text, "$`\"'\\*?[]{}~|&;<>()#! \t\r\n") != NULL ||
          (word->raw != NULL && strcmp (word->raw, word->text) != 0))
        return NULL;
    }

  json = g_string_new ("[");
  for (guint i = 0; i < words->len; i++)
    g_string_append_printf (json, "%s\"%s\"", i > 0 ? ", " : "",
                            ((const PodliftWord *) g_ptr_array_index (words, i))->text);
  g_string_append_c (json, ']');

  return g_string_free (json, FALSE);
}

/* CMD in exec form is fixed only when the stage has no ENTRYPOINT of
 * its own or from the stage it builds on (the exec form would change
 * what it receives); ENTRYPOINT never is (its exec form would start
 * taking the base image's CMD as arguments). */
static void
dl3025_report (PodliftLintContext       *ctx,
               const PodliftInstruction *instruction,
               gboolean                  fixable)
{
  g_autofree char *fixed = fixable ? exec_form_of (instruction->words) : NULL;
  const PodliftWord *first = g_ptr_array_index (instruction->words, 0);
  const PodliftWord *last = g_ptr_array_index (instruction->words, instruction->words->len - 1);
  PodliftRange range = { first->range.start, last->range.end };

  podlift_lint_report_full (ctx, "DL3025", instruction, NULL, &range,
                            fixed != NULL ? &range : NULL, fixed,
                            fixed != NULL ? N_("Use the JSON form") : NULL);
}

/* Which stages have an ENTRYPOINT, theirs or the earlier stage's they
 * build on; one more slot for instructions before any FROM. */
static gboolean *
stages_with_entrypoint (PodliftLintContext         *ctx,
                        const PodliftDockerfileAst *ast)
{
  GHashTable *aliases = podlift_dl3000_stage_aliases (ctx);
  gboolean *entrypoint = g_new0 (gboolean, ast->stages->len + 1);

  for (guint i = 0; i < ast->instructions->len; i++)
    {
      const PodliftInstruction *instruction = g_ptr_array_index (ast->instructions, i);
      guint stage = instruction->stage;
      const char *registry, *name;
      gsize registry_len, name_len;
      guint parent;

      if (stage >= ast->stages->len)
        continue;
      if (instruction->kind == PODLIFT_INSTRUCTION_ENTRYPOINT)
        entrypoint[stage] = TRUE;
      if (instruction->kind != PODLIFT_INSTRUCTION_FROM || instruction->image == NULL)
        continue;

      split_image (instruction->image, &registry, &registry_len, &name, &name_len);
      parent = stage_named (aliases, name, name_len);
      if (registry_len == 0 && parent < stage)
        entrypoint[stage] = entrypoint[parent];
    }

  return entrypoint;
}

static void
dl3025_check (PodliftLintContext *ctx)
{
  static const PodliftInstructionKind kinds[] = {
    PODLIFT_INSTRUCTION_CMD, PODLIFT_INSTRUCTION_ENTRYPOINT, PODLIFT_INSTRUCTION_HEALTHCHECK,
  };
  const PodliftDockerfileAst *ast = podlift_lint_context_get_ast (ctx);
  g_autofree gboolean *entrypoint = NULL;

  for (guint t = 0; t < G_N_ELEMENTS (kinds); t++)
    {
      guint n;
      const guint *at = podlift_lint_context_get_kind (ctx, kinds[t], &n);

      for (guint k = 0; k < n; k++)
        {
          const PodliftInstruction *instruction = g_ptr_array_index (ast->instructions, at[k]);
          PodliftInstructionKind kind = instruction->kind;

          if (instruction->exec_form || instruction->healthcheck_none ||
              instruction->words == NULL || instruction->words->len == 0)
            continue;

          if (kind == PODLIFT_INSTRUCTION_CMD && entrypoint == NULL)
            entrypoint = stages_with_entrypoint (ctx, ast);
          dl3025_report (ctx, instruction,
                         kind == PODLIFT_INSTRUCTION_HEALTHCHECK ||
                         (kind == PODLIFT_INSTRUCTION_CMD &&
                          !entrypoint[MIN (instruction->stage, ast->stages->len)]));
        }
    }
}

/* --- The table ------------------------------------------------------------ */

/* Messages are hadolint's own words, untranslated, as hadolint prints
 * them; explanations are ours, for someone new to Dockerfiles. The rules
 * on RUN commands have no check: DL3001's runs them all. */
const PodliftRule podlift_rules_dl3000[] = {
  { "DL3000", PODLIFT_SEVERITY_ERROR,
    "Use absolute WORKDIR",
    /* Translators: explanation of a Dockerfile lint rule */
    N_("A relative WORKDIR depends on the directory set before it, which is easy to get "
       "wrong. Give the full path, starting with /."),
    dl3000_check },
  { "DL3001", PODLIFT_SEVERITY_INFO,
    "For some bash commands it makes no sense running them in a Docker container like `ssh`, "
    "`vim`, `shutdown`, `service`, `ps`, `free`, `top`, `kill`, `mount`, `ifconfig`",
    N_("A build has no running services, terminal or other machine to talk to, so commands "
       "such as ssh, vim, service or top do nothing useful there."),
    podlift_rules_check_dl3001 },
  { "DL3002", PODLIFT_SEVERITY_WARNING,
    "Last USER should not be root",
    N_("The container would run as root. Switch to an unprivileged user with USER after the "
       "steps that need root."),
    dl3002_check },
  { "DL3003", PODLIFT_SEVERITY_WARNING,
    "Use WORKDIR to switch to a directory",
    N_("cd only lasts for its own RUN line. WORKDIR changes the directory for every later "
       "instruction and is easier to read."),
    NULL },
  { "DL3004", PODLIFT_SEVERITY_ERROR,
    "Do not use sudo as it leads to unpredictable behavior. Use a tool like gosu to enforce root",
    N_("Builds already run as root unless USER says otherwise, and sudo behaves differently "
       "without a terminal. Drop sudo, or switch users with USER."),
    NULL },
  { "DL3006", PODLIFT_SEVERITY_WARNING,
    "Always tag the version of an image explicitly",
    N_("Without a tag, the base image is whatever \"latest\" is on the day of the build. Name "
       "a version, such as python:3.12-slim."),
    dl3006_check },
  { "DL3007", PODLIFT_SEVERITY_WARNING,
    "Using latest is prone to errors if the image will ever update. Pin the version explicitly "
    "to a release tag",
    N_("\"latest\" moves whenever a new version comes out, so two builds of the same file can "
       "differ. Name a release tag."),
    dl3007_check },
  { "DL3008", PODLIFT_SEVERITY_WARNING,
    "Pin versions in apt get install. Instead of `apt-get install <package>` use `apt-get "
    "install <package>=<version>`",
    N_("Without a version, apt-get installs whatever is current, so rebuilding later can bring "
       "different packages. Write package=version."),
    NULL },
  { "DL3009", PODLIFT_SEVERITY_INFO,
    "Delete the apt-get lists after installing something",
    N_("apt-get update downloads package lists that stay in the image and make it bigger. "
       "Remove /var/lib/apt/lists/* in the same RUN."),
    podlift_rules_check_dl3009 },
  { "DL3010", PODLIFT_SEVERITY_INFO,
    "Use `ADD` for extracting archives into an image",
    N_("Copying an archive and then unpacking it keeps both in the image. ADD unpacks a local "
       "archive in one step."),
    podlift_rules_check_dl3010 },
  { "DL3011", PODLIFT_SEVERITY_ERROR,
    "Valid UNIX ports range from 0 to 65535",
    N_("A port number must be between 0 and 65535."),
    dl3011_check },
  { "DL3012", PODLIFT_SEVERITY_ERROR,
    "Multiple `HEALTHCHECK` instructions",
    N_("Only the last HEALTHCHECK of a stage counts. Keep one."),
    dl3012_check },
  { "DL3013", PODLIFT_SEVERITY_WARNING,
    "Pin versions in pip. Instead of `pip install <package>` use `pip install "
    "<package>==<version>` or `pip install --requirement <requirements file>`",
    N_("Without a version, pip installs the newest release, so rebuilding later can bring "
       "different code. Write package==version or use a requirements file."),
    NULL },
  { "DL3014", PODLIFT_SEVERITY_WARNING,
    "Use the `-y` switch to avoid manual input `apt-get -y install <package>`",
    N_("Nobody can answer apt-get's questions during a build. -y answers yes for you."),
    NULL },
  { "DL3015", PODLIFT_SEVERITY_INFO,
    "Avoid additional packages by specifying `--no-install-recommends`",
    N_("By default apt-get also installs recommended packages you did not ask for, which makes "
       "the image bigger."),
    NULL },
  { "DL3016", PODLIFT_SEVERITY_WARNING,
    "Pin versions in npm. Instead of `npm install <package>` use `npm install "
    "<package>@<version>`",
    N_("Without a version, npm installs the newest release, so rebuilding later can bring "
       "different code. Write package@version, or install from package.json."),
    NULL },
  { "DL3018", PODLIFT_SEVERITY_WARNING,
    "Pin versions in apk add. Instead of `apk add <package>` use `apk add <package>=<version>`",
    N_("Without a version, apk installs whatever is current, so rebuilding later can bring "
       "different packages. Write package=version."),
    NULL },
  { "DL3019", PODLIFT_SEVERITY_INFO,
    "Use the `--no-cache` switch to avoid the need to use `--update` and remove "
    "`/var/cache/apk/*` when done installing packages",
    N_("apk keeps its package index in the image unless told not to. --no-cache fetches it, "
       "uses it and throws it away."),
    NULL },
  { "DL3020", PODLIFT_SEVERITY_ERROR,
    "Use COPY instead of ADD for files and folders",
    N_("ADD also downloads URLs and unpacks archives, which can surprise. For plain files and "
       "folders, COPY does exactly what it says."),
    podlift_rules_check_dl3020 },
  { "DL3021", PODLIFT_SEVERITY_ERROR,
    "COPY with more than 2 arguments requires the last argument to end with /",
    N_("When COPY takes several sources, the destination must be a directory, written with a "
       "final /."),
    podlift_rules_check_dl3021 },
  { "DL3022", PODLIFT_SEVERITY_WARNING,
    "`COPY --from` should reference a previously defined `FROM` alias",
    N_("--from names no stage defined above. Check the spelling, or name the stage with "
       "FROM … AS name."),
    podlift_rules_check_dl3022 },
  { "DL3023", PODLIFT_SEVERITY_ERROR,
    "`COPY --from` cannot reference its own `FROM` alias",
    N_("A stage cannot copy from itself. Use COPY without --from, or name another stage."),
    podlift_rules_check_dl3023 },
  { "DL3024", PODLIFT_SEVERITY_ERROR,
    "FROM aliases (stage names) must be unique",
    N_("Two stages have the same name, so --from and FROM cannot tell which one is meant."),
    podlift_rules_check_dl3024 },
  { "DL3025", PODLIFT_SEVERITY_WARNING,
    "Use arguments JSON notation for CMD and ENTRYPOINT arguments",
    N_("In the plain form the command runs under /bin/sh, which does not pass on stop "
       "signals, so the container cannot shut down cleanly. Write [\"program\", \"arg\"]."),
    dl3025_check },
  { "DL3026", PODLIFT_SEVERITY_ERROR,
    "Use only an allowed registry in the FROM image",
    N_("This image comes from a registry that is not in your list of trusted registries."),
    podlift_rules_check_dl3026 },
  { "DL3027", PODLIFT_SEVERITY_WARNING,
    "Do not use apt as it is meant to be a end-user tool, use apt-get or apt-cache instead",
    N_("apt is made for people at a terminal and its output may change. Scripts should use "
       "apt-get or apt-cache."),
    NULL },
  { "DL3028", PODLIFT_SEVERITY_WARNING,
    "Pin versions in gem install. Instead of `gem install <gem>` use `gem install "
    "<gem>:<version>`",
    N_("Without a version, gem installs the newest release, so rebuilding later can bring "
       "different code. Write gem:version or use -v."),
    NULL },
  { "DL3029", PODLIFT_SEVERITY_WARNING,
    "Do not use --platform flag with FROM",
    N_("A fixed --platform makes the image build for one architecture only. Let the builder "
       "choose, or use $BUILDPLATFORM or $TARGETPLATFORM."),
    dl3029_check },
  { NULL }
};

