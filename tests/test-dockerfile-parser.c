/* test-dockerfile-parser.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib.h>

#include "podlift-dockerfile-ast.h"

/* Helpers */

#define assert_range(r, l1, c1, l2, c2) \
  G_STMT_START { \
    PodliftRange _r = (r); \
    g_assert_cmpuint (_r.start.line, ==, (l1)); \
    g_assert_cmpuint (_r.start.column, ==, (c1)); \
    g_assert_cmpuint (_r.end.line, ==, (l2)); \
    g_assert_cmpuint (_r.end.column, ==, (c2)); \
  } G_STMT_END

static PodliftInstruction *
insn_at (PodliftDockerfileAst *ast,
         guint                 i)
{
  g_assert_cmpuint (i, <, ast->instructions->len);
  return g_ptr_array_index (ast->instructions, i);
}

static PodliftWord *
word_at (GPtrArray *words,
         guint      i)
{
  g_assert_cmpuint (i, <, words->len);
  return g_ptr_array_index (words, i);
}

static PodliftKeyValue *
pair_at (PodliftInstruction *insn,
         guint               i)
{
  g_assert_cmpuint (i, <, insn->pairs->len);
  return g_ptr_array_index (insn->pairs, i);
}

static PodliftHeredoc *
heredoc_at (PodliftInstruction *insn,
            guint               i)
{
  g_assert_cmpuint (i, <, insn->heredocs->len);
  return g_ptr_array_index (insn->heredocs, i);
}

static PodliftFlag *
find_flag (PodliftInstruction *insn,
           const char         *name)
{
  for (guint i = 0; i < insn->flags->len; i++)
    {
      PodliftFlag *flag = g_ptr_array_index (insn->flags, i);

      if (g_strcmp0 (flag->name, name) == 0)
        return flag;
    }

  return NULL;
}

/* Asserts that @words spell exactly the NULL-terminated texts. */
static void
assert_texts (GPtrArray  *words,
              const char *first,
              ...)
{
  const char *text = first;
  va_list args;
  guint i = 0;

  va_start (args, first);
  for (; text != NULL; text = va_arg (args, const char *), i++)
    g_assert_cmpstr (word_at (words, i)->text, ==, text);
  va_end (args);

  g_assert_cmpuint (words->len, ==, i);
}

static void
assert_no_errors (PodliftDockerfileAst *ast)
{
  for (guint i = 0; i < ast->errors->len; i++)
    {
      PodliftParseError *error = g_ptr_array_index (ast->errors, i);

      g_test_message ("unexpected error on line %u: %s", error->range.start.line, error->message);
    }
  g_assert_cmpuint (ast->errors->len, ==, 0);
}

/* Asserts an error on @line whose message holds @text. */
static void
assert_error (PodliftDockerfileAst *ast,
              guint                 line,
              const char           *text)
{
  for (guint i = 0; i < ast->errors->len; i++)
    {
      PodliftParseError *error = g_ptr_array_index (ast->errors, i);

      if (error->range.start.line == line && strstr (error->message, text) != NULL)
        return;
    }

  for (guint i = 0; i < ast->errors->len; i++)
    {
      PodliftParseError *error = g_ptr_array_index (ast->errors, i);

      g_test_message ("error on line %u: %s", error->range.start.line, error->message);
    }
  g_error ("no error \"%s\" on line %u", text, line);
}

static PodliftDockerfileAst *
parse (const char *text)
{
  return podlift_dockerfile_parse (text, -1);
}

/* Empty files, kinds, keywords */

static void
test_empty (void)
{
  const char *texts[] = { "", "\n\n  \n", "\xEF\xBB\xBF", "\r\n\t\r\n" };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(PodliftDockerfileAst) ast = parse (texts[i]);

      g_assert_cmpuint (ast->instructions->len, ==, 0);
      g_assert_cmpuint (ast->stages->len, ==, 0);
      g_assert_cmpuint (ast->directives->len, ==, 0);
      assert_no_errors (ast);
      g_assert_cmpuint (ast->escape, ==, '\\');
    }

  /* NULL with no length is an empty file too. */
  {
    g_autoptr(PodliftDockerfileAst) ast = podlift_dockerfile_parse (NULL, 0);

    g_assert_cmpuint (ast->instructions->len, ==, 0);
  }
}

static void
test_kinds (void)
{
  g_autoptr(PodliftDockerfileAst) ast = parse (
    "from alpine:3.19\n"
    "Add a.tar /x/\n"
    "ARG A=1\n"
    "cmd [\"sh\"]\n"
    "COPY a /b\n"
    "EntryPoint [\"/run\"]\n"
    "ENV A=b\n"
    "EXPOSE 80\n"
    "HEALTHCHECK NONE\n"
    "LABEL a=b\n"
    "MAINTAINER me\n"
    "ONBUILD RUN x\n"
    "run make\n"
    "SHELL [\"/bin/bash\", \"-c\"]\n"
    "STOPSIGNAL SIGTERM\n"
    "USER app\n"
    "VOLUME /data\n"
    "WORKDIR /app\n"
    "# a comment\n");
  PodliftInstructionKind kinds[] = {
    PODLIFT_INSTRUCTION_FROM, PODLIFT_INSTRUCTION_ADD, PODLIFT_INSTRUCTION_ARG,
    PODLIFT_INSTRUCTION_CMD, PODLIFT_INSTRUCTION_COPY, PODLIFT_INSTRUCTION_ENTRYPOINT,
    PODLIFT_INSTRUCTION_ENV, PODLIFT_INSTRUCTION_EXPOSE, PODLIFT_INSTRUCTION_HEALTHCHECK,
    PODLIFT_INSTRUCTION_LABEL, PODLIFT_INSTRUCTION_MAINTAINER, PODLIFT_INSTRUCTION_ONBUILD,
    PODLIFT_INSTRUCTION_RUN, PODLIFT_INSTRUCTION_SHELL, PODLIFT_INSTRUCTION_STOPSIGNAL,
    PODLIFT_INSTRUCTION_USER, PODLIFT_INSTRUCTION_VOLUME, PODLIFT_INSTRUCTION_WORKDIR,
    PODLIFT_INSTRUCTION_COMMENT,
  };

  assert_no_errors (ast);
  g_assert_cmpuint (ast->instructions->len, ==, G_N_ELEMENTS (kinds));
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_assert_cmpint (insn_at (ast, i)->kind, ==, kinds[i]);
      assert_range (insn_at (ast, i)->range, i + 1, 1, i + 1, insn_at (ast, i)->range.end.column);
    }

  /* The keyword keeps its spelling. */
  g_assert_cmpstr (insn_at (ast, 0)->keyword, ==, "from");
  g_assert_cmpstr (insn_at (ast, 5)->keyword, ==, "EntryPoint");
  assert_range (insn_at (ast, 5)->keyword_range, 6, 1, 6, 11);

  g_assert_cmpstr (podlift_instruction_kind_to_string (PODLIFT_INSTRUCTION_HEALTHCHECK), ==,
                   "HEALTHCHECK");
  g_assert_cmpstr (podlift_instruction_kind_to_string (PODLIFT_INSTRUCTION_UNKNOWN), ==,
                   "UNKNOWN");
}

static void
test_comments (void)
{
  g_autoptr(PodliftDockerfileAst) ast = parse ("FROM a\n"
                                               "# hadolint ignore=DL3008\n"
                                               "   #indented  \n"
                                               "RUN x # not a comment\n"
                                               "#\n");
  PodliftInstruction *comment;

  assert_no_errors (ast);
  g_assert_cmpuint (ast->instructions->len, ==, 5);

  comment = insn_at (ast, 1);
  g_assert_cmpint (comment->kind, ==, PODLIFT_INSTRUCTION_COMMENT);
  g_assert_cmpstr (comment->arguments, ==, " hadolint ignore=DL3008");
  assert_range (comment->range, 2, 1, 2, 25);
  assert_range (comment->arguments_range, 2, 2, 2, 25);
  g_assert_cmpuint (comment->words->len, ==, 0);
  g_assert_cmpuint (comment->stage, ==, 0);

  comment = insn_at (ast, 2);
  g_assert_cmpint (comment->kind, ==, PODLIFT_INSTRUCTION_COMMENT);
  g_assert_cmpstr (comment->arguments, ==, "indented  ");
  assert_range (comment->range, 3, 4, 3, 15);

  /* A '#' after an instruction is part of its arguments. */
  g_assert_cmpstr (insn_at (ast, 3)->arguments, ==, "x # not a comment");

  g_assert_cmpint (insn_at (ast, 4)->kind, ==, PODLIFT_INSTRUCTION_COMMENT);
  g_assert_cmpstr (insn_at (ast, 4)->arguments, ==, "");
}

/* Parser directives */

static void
test_directives (void)
{
  g_autoptr(PodliftDockerfileAst) ast = parse (
    "# syntax=docker/dockerfile:1.7\n"
    "#CHECK = skip=JSONArgsRecommended;error=true  \n"
    "#  Escape=`\n"
    "FROM mcr.microsoft.com/windows/servercore:ltsc2022\n"
    "RUN dir C:\\ `\n"
    "    && echo done\n"
    "COPY C:\\src\\ C:\\dst\\\n");
  PodliftDirective *directive;
  PodliftInstruction *run;

  assert_no_errors (ast);
  g_assert_cmpuint (ast->directives->len, ==, 3);
  directive = g_ptr_array_index (ast->directives, 0);
  g_assert_cmpstr (directive->name, ==, "syntax");
  g_assert_cmpstr (directive->value, ==, "docker/dockerfile:1.7");
  g_assert_cmpuint (directive->line, ==, 1);
  directive = g_ptr_array_index (ast->directives, 1);
  g_assert_cmpstr (directive->name, ==, "check");
  g_assert_cmpstr (directive->value, ==, "skip=JSONArgsRecommended;error=true");
  directive = g_ptr_array_index (ast->directives, 2);
  g_assert_cmpstr (directive->name, ==, "escape");
  g_assert_cmpstr (directive->value, ==, "`");
  g_assert_cmpuint (directive->line, ==, 3);
  g_assert_cmpuint (ast->escape, ==, '`');

  /* Directives are not comments of the file. */
  g_assert_cmpuint (ast->instructions->len, ==, 3);
  g_assert_cmpint (insn_at (ast, 0)->kind, ==, PODLIFT_INSTRUCTION_FROM);

  /* The backtick continues lines; backslashes are plain characters. */
  run = insn_at (ast, 1);
  g_assert_cmpstr (run->arguments, ==, "dir C:\\     && echo done");
  assert_texts (run->words, "dir", "C:\\", "&&", "echo", "done", NULL);
  assert_range (run->range, 5, 1, 6, 17);
  assert_texts (insn_at (ast, 2)->words, "C:\\src\\", "C:\\dst\\", NULL);
}

static void
test_directives_position (void)
{
  /* After an instruction, a comment or a blank line, "# escape=" is a
   * comment; an unknown name ends the directives too. */
  const char *texts[] = {
    "FROM a\n# escape=`\n",
    "# a comment\n# escape=`\n",
    "\n# escape=`\n",
    "# foo=bar\n# escape=`\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(PodliftDockerfileAst) ast = parse (texts[i]);
      PodliftInstruction *last = insn_at (ast, ast->instructions->len - 1);

      g_assert_cmpuint (ast->directives->len, ==, 0);
      g_assert_cmpuint (ast->escape, ==, '\\');
      g_assert_cmpint (last->kind, ==, PODLIFT_INSTRUCTION_COMMENT);
      g_assert_cmpstr (last->arguments, ==, " escape=`");
      assert_no_errors (ast);
    }

  /* Leading blanks on the line and a BOM are allowed. */
  {
    g_autoptr(PodliftDockerfileAst) ast = parse ("\xEF\xBB\xBF  # syntax = x/y\nFROM a\n");

    g_assert_cmpuint (ast->directives->len, ==, 1);
    g_assert_cmpstr (((PodliftDirective *) ast->directives->pdata[0])->value, ==, "x/y");
    assert_range (insn_at (ast, 0)->range, 2, 1, 2, 7);
  }
}

static void
test_directives_errors (void)
{
  g_autoptr(PodliftDockerfileAst) ast = parse ("# escape=\\\n"
                                               "# ESCAPE=`\n"
                                               "# escape=x\n"
                                               "FROM a \\\n"
                                               "  AS b\n");

  assert_error (ast, 2, "only one escape parser directive can be used");
  g_assert_cmpuint (ast->directives->len, ==, 1);
  g_assert_cmpuint (ast->escape, ==, '\\');
  g_assert_cmpuint (ast->instructions->len, ==, 1);
  g_assert_cmpstr (insn_at (ast, 0)->stage_name, ==, "b");

  {
    g_autoptr(PodliftDockerfileAst) bad = parse ("# escape=x\nFROM a\n");

    assert_error (bad, 1, "invalid escape token");
    g_assert_cmpuint (bad->escape, ==, '\\');
    g_assert_cmpuint (bad->instructions->len, ==, 1);
  }
}

/* Continuations, line ends */

static void
test_continuation (void)
{
  g_autoptr(PodliftDockerfileAst) ast = parse (
    "FROM debian:12\n"
    "RUN apt-get update \\   \n"
    "# a comment at column 0\n"
    "    # an indented comment\n"
    "\n"
    "    && apt-get install -y \\\n"
    "      curl\n"
    "RUN echo a\\\\\n"
    "RUN echo b\n");
  PodliftInstruction *run = insn_at (ast, 1);

  assert_no_errors (ast);
  g_assert_cmpuint (ast->instructions->len, ==, 4);
  g_assert_cmpint (run->kind, ==, PODLIFT_INSTRUCTION_RUN);
  g_assert_cmpstr (run->arguments, ==, "apt-get update     && apt-get install -y       curl");
  assert_texts (run->words, "apt-get", "update", "&&", "apt-get", "install", "-y", "curl", NULL);
  assert_range (run->range, 2, 1, 7, 11);
  assert_range (run->arguments_range, 2, 5, 7, 11);
  assert_range (word_at (run->words, 1)->range, 2, 13, 2, 19);
  assert_range (word_at (run->words, 2)->range, 6, 5, 6, 7);
  assert_range (word_at (run->words, 6)->range, 7, 7, 7, 11);

  /* An escaped escape at the end does not continue the line. */
  g_assert_cmpstr (insn_at (ast, 2)->arguments, ==, "echo a\\\\");
  assert_range (insn_at (ast, 2)->range, 8, 1, 8, 13);
  g_assert_cmpstr (insn_at (ast, 3)->arguments, ==, "echo b");
}

static void
test_continuation_word_split (void)
{
  /* Lines are joined by nothing, as BuildKit does: a word can span two
   * lines; its range too. A continuation that reaches the end of the
   * file ends the instruction there. */
  g_autoptr(PodliftDockerfileAst) ast = parse ("RUN apt-get inst\\\nall -y \\\n");
  PodliftInstruction *run = insn_at (ast, 0);

  assert_texts (run->words, "apt-get", "install", "-y", NULL);
  assert_range (word_at (run->words, 1)->range, 1, 13, 2, 4);
  assert_range (run->range, 1, 1, 2, 9);
  g_assert_cmpuint (ast->instructions->len, ==, 1);
}

static void
test_crlf (void)
{
  g_autoptr(PodliftDockerfileAst) ast = parse ("FROM a AS b\r\nRUN x \\\r\n  y\r\nENV A=1\r\n");
  PodliftInstruction *run = insn_at (ast, 1);

  assert_no_errors (ast);
  g_assert_cmpuint (ast->instructions->len, ==, 3);
  g_assert_cmpstr (insn_at (ast, 0)->stage_name, ==, "b");
  assert_range (insn_at (ast, 0)->range, 1, 1, 1, 12);
  g_assert_cmpstr (run->arguments, ==, "x   y");
  assert_range (run->range, 2, 1, 3, 4);
  g_assert_cmpstr (pair_at (insn_at (ast, 2), 0)->value, ==, "1");
}

static void
test_no_final_newline (void)
{
  g_autoptr(PodliftDockerfileAst) ast = parse ("FROM a\nCMD [\"run\"]");
  PodliftInstruction *cmd = insn_at (ast, 1);

  assert_no_errors (ast);
  g_assert_true (cmd->exec_form);
  assert_texts (cmd->exec_args, "run", NULL);
  assert_range (cmd->range, 2, 1, 2, 12);
}

static void
test_bom_and_utf8_columns (void)
{
  g_autoptr(PodliftDockerfileAst) ast = parse (
    "\xEF\xBB\xBF" "FROM a\n"
    "LABEL description=\"Caf\xC3\xA9 \xE2\x82\xAC\" owner=\xC3\xA9t\xC3\xA9\n"
    "RUN echo \xF0\x9F\x98\x80 \\\n"
    "  \xC3\xA9 done\n");
  PodliftInstruction *label = insn_at (ast, 1);
  PodliftInstruction *run = insn_at (ast, 2);

  assert_no_errors (ast);
  assert_range (insn_at (ast, 0)->keyword_range, 1, 1, 1, 5);

  /* Columns count characters, not bytes. */
  g_assert_cmpstr (pair_at (label, 0)->value, ==, "Caf\xC3\xA9 \xE2\x82\xAC");
  assert_range (pair_at (label, 0)->value_range, 2, 19, 2, 27);
  assert_range (pair_at (label, 1)->range, 2, 28, 2, 37);
  assert_range (pair_at (label, 1)->value_range, 2, 34, 2, 37);
  assert_range (label->range, 2, 1, 2, 37);

  assert_range (word_at (run->words, 1)->range, 3, 10, 3, 11);
  assert_range (word_at (run->words, 2)->range, 4, 3, 4, 4);
  assert_range (word_at (run->words, 3)->range, 4, 5, 4, 9);
}

static void
test_utf8_columns_continued (void)
{
  /* Ranges asked for back and forth over continued non-ASCII lines. */
  g_autoptr(PodliftDockerfileAst) ast = parse ("LABEL a=\"\xC3\xA9\" \\\n"
                                               "      b=\"\xC3\xBC \xC3\xBC\" c=\xC3\xB6\n");
  PodliftInstruction *label = insn_at (ast, 0);

  assert_no_errors (ast);
  g_assert_cmpuint (label->pairs->len, ==, 3);
  assert_range (pair_at (label, 0)->range, 1, 7, 1, 12);
  assert_range (pair_at (label, 0)->value_range, 1, 9, 1, 12);
  assert_range (pair_at (label, 1)->range, 2, 7, 2, 14);
  assert_range (pair_at (label, 1)->key_range, 2, 7, 2, 8);
  assert_range (pair_at (label, 1)->value_range, 2, 9, 2, 14);
  g_assert_cmpstr (pair_at (label, 1)->value, ==, "\xC3\xBC \xC3\xBC");
  assert_range (pair_at (label, 2)->range, 2, 15, 2, 18);
  assert_range (pair_at (label, 2)->value_range, 2, 17, 2, 18);
  assert_range (word_at (label->words, 0)->range, 1, 7, 1, 12);
  assert_range (label->arguments_range, 1, 7, 2, 18);
}

/* Heredocs */

static void
test_heredoc (void)
{
  g_autoptr(PodliftDockerfileAst) ast = parse (
    "FROM a\n"
    "RUN <<EOF\n"
    "apt-get update\n"
    "apt-get install -y curl\n"
    "EOF\n"
    "USER app\n");
  PodliftInstruction *run = insn_at (ast, 1);
  PodliftHeredoc *heredoc;

  assert_no_errors (ast);
  g_assert_cmpuint (ast->instructions->len, ==, 3);
  g_assert_cmpstr (run->arguments, ==, "<<EOF");
  g_assert_cmpuint (run->heredocs->len, ==, 1);
  heredoc = heredoc_at (run, 0);
  g_assert_cmpstr (heredoc->delimiter, ==, "EOF");
  g_assert_cmpstr (heredoc->body, ==, "apt-get update\napt-get install -y curl\n");
  g_assert_false (heredoc->strip_tabs);
  g_assert_false (heredoc->quoted);
  assert_range (heredoc->range, 2, 5, 5, 4);
  assert_range (heredoc->body_range, 3, 1, 5, 1);
  assert_range (run->range, 2, 1, 5, 4);

  /* The body is not read as instructions. */
  g_assert_cmpint (insn_at (ast, 2)->kind, ==, PODLIFT_INSTRUCTION_USER);
  assert_range (insn_at (ast, 2)->range, 6, 1, 6, 9);
}

static void
test_heredoc_variants (void)
{
  g_autoptr(PodliftDockerfileAst) ast = parse (
    "RUN <<-\"A\" cat >/a && <<'B' cat >/b\n"
    "\t\techo $HOME\n"
    "\tA\n"
    "\tnot stripped\n"
    "B\n"
    "COPY --chmod=755 <<EOF /usr/local/bin/run\n"
    "#!/bin/sh\n"
    "EOF\n"
    "RUN python3 2<<PY\n"
    "PY\n");
  PodliftInstruction *run = insn_at (ast, 0);
  PodliftInstruction *copy = insn_at (ast, 1);

  assert_no_errors (ast);
  g_assert_cmpuint (ast->instructions->len, ==, 3);

  /* Several heredocs: the bodies follow in order. */
  g_assert_cmpuint (run->heredocs->len, ==, 2);
  g_assert_cmpstr (heredoc_at (run, 0)->delimiter, ==, "A");
  g_assert_true (heredoc_at (run, 0)->strip_tabs);
  g_assert_true (heredoc_at (run, 0)->quoted);
  g_assert_cmpstr (heredoc_at (run, 0)->body, ==, "echo $HOME\n");
  assert_range (heredoc_at (run, 0)->range, 1, 5, 3, 3);
  assert_range (heredoc_at (run, 0)->body_range, 2, 1, 3, 1);
  g_assert_cmpstr (heredoc_at (run, 1)->delimiter, ==, "B");
  g_assert_false (heredoc_at (run, 1)->strip_tabs);
  g_assert_true (heredoc_at (run, 1)->quoted);
  g_assert_cmpstr (heredoc_at (run, 1)->body, ==, "\tnot stripped\n");
  assert_range (heredoc_at (run, 1)->range, 1, 23, 5, 2);
  assert_range (run->range, 1, 1, 5, 2);

  /* COPY <<EOF /dest: two arguments, one of them a heredoc. */
  g_assert_cmpstr (find_flag (copy, "chmod")->value, ==, "755");
  assert_texts (copy->words, "<<EOF", "/usr/local/bin/run", NULL);
  g_assert_cmpstr (heredoc_at (copy, 0)->body, ==, "#!/bin/sh\n");
  assert_range (copy->range, 6, 1, 8, 4);

  /* A file descriptor before <<, and an empty body. */
  g_assert_cmpstr (heredoc_at (insn_at (ast, 2), 0)->delimiter, ==, "PY");
  g_assert_cmpstr (heredoc_at (insn_at (ast, 2), 0)->body, ==, "");
  assert_range (heredoc_at (insn_at (ast, 2), 0)->body_range, 10, 1, 10, 1);
}

static void
test_heredoc_not (void)
{
  /* Not heredocs, as BuildKit reads them: "<< EOF" (two words),
   * "cat<<EOF" (one word not starting with <<), a quoted "<<EOF", the
   * exec form, and instructions other than RUN, COPY and ADD. */
  g_autoptr(PodliftDockerfileAst) ast = parse (
    "RUN cat << EOF\n"
    "RUN cat<<EOF\n"
    "RUN echo \"<<EOF\"\n"
    "RUN [\"cat\", \"<<EOF\"]\n"
    "CMD cat <<EOF\n"
    "FROM a\n");

  assert_no_errors (ast);
  g_assert_cmpuint (ast->instructions->len, ==, 6);
  for (guint i = 0; i < 5; i++)
    g_assert_cmpuint (insn_at (ast, i)->heredocs->len, ==, 0);
}

static void
test_heredoc_after_continuation (void)
{
  g_autoptr(PodliftDockerfileAst) ast = parse ("RUN \\\n  <<EOF bash\necho hi\nEOF\nFROM b\n");
  PodliftInstruction *run = insn_at (ast, 0);

  assert_no_errors (ast);
  g_assert_cmpuint (ast->instructions->len, ==, 2);
  g_assert_cmpstr (heredoc_at (run, 0)->body, ==, "echo hi\n");
  assert_range (heredoc_at (run, 0)->range, 2, 3, 4, 4);
  assert_range (run->range, 1, 1, 4, 4);
}

static void
test_heredoc_unterminated (void)
{
  g_autoptr(PodliftDockerfileAst) ast = parse ("FROM a\n"
                                               "RUN <<EOF\n"
                                               "echo hi\n"
                                               "RUN not an instruction");
  PodliftInstruction *run = insn_at (ast, 1);

  g_assert_cmpuint (ast->errors->len, ==, 1);
  assert_error (ast, 2, "unterminated heredoc");
  assert_range (((PodliftParseError *) ast->errors->pdata[0])->range, 2, 5, 2, 10);

  /* The body runs to the end of the file. */
  g_assert_cmpuint (ast->instructions->len, ==, 2);
  g_assert_cmpstr (heredoc_at (run, 0)->body, ==, "echo hi\nRUN not an instruction");
  assert_range (heredoc_at (run, 0)->body_range, 3, 1, 4, 23);
  assert_range (run->range, 2, 1, 4, 23);
}

/* Exec form */

static void
test_exec_form (void)
{
  g_autoptr(PodliftDockerfileAst) ast = parse (
    "CMD [\"gunicorn\", \"--bind\", \"0.0.0.0:8000\"]\n"
    "ENTRYPOINT [ \"/bin/sh\" ,\"-c\" ]  \n"
    "RUN [\"echo\", \"a \\\"quoted\\\" \\\\ \\u00e9 \\ud83d\\ude00\\n\"]\n"
    "SHELL [\"pwsh\", \\\n  \"-Command\"]\n"
    "VOLUME []\n"
    "COPY [\"a b\", \"/c/\"]\n");
  PodliftInstruction *cmd = insn_at (ast, 0);
  PodliftInstruction *run = insn_at (ast, 2);
  PodliftInstruction *shell = insn_at (ast, 3);

  g_assert_true (cmd->exec_form);
  assert_texts (cmd->exec_args, "gunicorn", "--bind", "0.0.0.0:8000", NULL);
  g_assert_cmpstr (word_at (cmd->exec_args, 1)->raw, ==, "\"--bind\"");
  assert_range (word_at (cmd->exec_args, 1)->range, 1, 18, 1, 26);
  g_assert_cmpuint (cmd->words->len, ==, 0);

  g_assert_true (insn_at (ast, 1)->exec_form);
  assert_texts (insn_at (ast, 1)->exec_args, "/bin/sh", "-c", NULL);

  g_assert_true (run->exec_form);
  g_assert_cmpstr (word_at (run->exec_args, 1)->text, ==,
                   "a \"quoted\" \\ \xC3\xA9 \xF0\x9F\x98\x80\n");

  g_assert_true (shell->exec_form);
  assert_texts (shell->exec_args, "pwsh", "-Command", NULL);
  assert_range (word_at (shell->exec_args, 1)->range, 5, 3, 5, 13);

  g_assert_true (insn_at (ast, 4)->exec_form);
  g_assert_cmpuint (insn_at (ast, 4)->exec_args->len, ==, 0);
  assert_error (ast, 6, "VOLUME requires at least one argument");

  g_assert_true (insn_at (ast, 5)->exec_form);
  assert_texts (insn_at (ast, 5)->exec_args, "a b", "/c/", NULL);
  g_assert_cmpuint (ast->errors->len, ==, 1);
}

static void
test_exec_form_not (void)
{
  /* Shell form: a test command, text after the array, a non-JSON
   * string, single quotes. */
  g_autoptr(PodliftDockerfileAst) ast = parse (
    "RUN [ -f /etc/os-release ] && cat /etc/os-release\n"
    "CMD [\"a\"] extra\n"
    "CMD [\"a\\x\"]\n"
    "CMD ['a', 'b']\n"
    "ENV A=[\"x\"]\n");

  assert_no_errors (ast);
  for (guint i = 0; i < ast->instructions->len; i++)
    {
      g_assert_false (insn_at (ast, i)->exec_form);
      g_assert_cmpuint (insn_at (ast, i)->exec_args->len, ==, 0);
      g_assert_cmpuint (insn_at (ast, i)->words->len, >, 0);
    }
  assert_texts (insn_at (ast, 0)->words, "[", "-f", "/etc/os-release", "]", "&&", "cat",
                "/etc/os-release", NULL);
  assert_texts (insn_at (ast, 3)->words, "[a,", "b]", NULL);
}

static void
test_exec_form_errors (void)
{
  g_autoptr(PodliftDockerfileAst) ast = parse (
    "FROM a\n"
    "CMD [\"run\", \"--port\"\n"
    "ENTRYPOINT [\"unterminated string]\n"
    "CMD [\"a\", 1, true]\n"
    "USER app\n");
  PodliftInstruction *cmd = insn_at (ast, 1);

  g_assert_cmpuint (ast->errors->len, ==, 3);
  assert_error (ast, 2, "unterminated JSON array");
  assert_error (ast, 3, "unterminated JSON array");
  assert_error (ast, 4, "strings only");

  /* Treated as shell form; the rest of the file is still parsed. */
  g_assert_false (cmd->exec_form);
  assert_texts (cmd->words, "[run,", "--port", NULL);
  g_assert_false (insn_at (ast, 3)->exec_form);
  g_assert_cmpint (insn_at (ast, 4)->kind, ==, PODLIFT_INSTRUCTION_USER);
}

/* Words and flags */

static void
test_words (void)
{
  g_autoptr(PodliftDockerfileAst) ast = parse (
    "RUN echo \"a b\"c 'it''s' plain\\ space \"q\\\"uote\" '$x\\n' \"unterminated\n"
    "RUN  \t tabs\tand  spaces \n");
  PodliftInstruction *run = insn_at (ast, 0);

  assert_texts (run->words, "echo", "a bc", "its", "plain space", "q\"uote", "$x\\n",
                "unterminated", NULL);
  g_assert_cmpstr (word_at (run->words, 1)->raw, ==, "\"a b\"c");
  assert_range (word_at (run->words, 1)->range, 1, 10, 1, 16);
  g_assert_cmpstr (word_at (run->words, 3)->raw, ==, "plain\\ space");
  assert_range (word_at (run->words, 3)->range, 1, 25, 1, 37);
  g_assert_cmpstr (word_at (run->words, 0)->raw, ==, "echo");

  assert_texts (insn_at (ast, 1)->words, "tabs", "and", "spaces", NULL);
  g_assert_cmpstr (insn_at (ast, 1)->arguments, ==, "tabs\tand  spaces");
  assert_range (insn_at (ast, 1)->arguments_range, 2, 8, 2, 24);
}

static void
test_flags (void)
{
  g_autoptr(PodliftDockerfileAst) ast = parse (
    "FROM --platform=$BUILDPLATFORM golang:1.22 AS build\n"
    "RUN --mount=type=cache,target=/root/.cache/go-build --network=none \\\n"
    "    --security=insecure go build ./...\n"
    "COPY --from=build --chown=app:app --chmod=0755 --link /out/app /app\n"
    "ADD --checksum=sha256:abc \"--chown=a b\" https://x/y.tgz /z/\n"
    "COPY --link=false -- --dash /d\n"
    "CMD --not-a-flag\n");
  PodliftInstruction *run = insn_at (ast, 1);
  PodliftInstruction *copy = insn_at (ast, 2);
  PodliftFlag *flag;

  assert_no_errors (ast);

  flag = find_flag (insn_at (ast, 0), "platform");
  g_assert_cmpstr (flag->value, ==, "$BUILDPLATFORM");
  assert_range (flag->range, 1, 6, 1, 31);
  assert_range (flag->value_range, 1, 17, 1, 31);
  g_assert_cmpstr (insn_at (ast, 0)->arguments, ==, "golang:1.22 AS build");

  g_assert_cmpuint (run->flags->len, ==, 3);
  g_assert_cmpstr (find_flag (run, "mount")->value, ==, "type=cache,target=/root/.cache/go-build");
  assert_range (find_flag (run, "mount")->value_range, 2, 13, 2, 52);
  g_assert_cmpstr (find_flag (run, "network")->value, ==, "none");
  g_assert_cmpstr (find_flag (run, "security")->value, ==, "insecure");
  assert_range (find_flag (run, "security")->range, 3, 5, 3, 24);
  assert_texts (run->words, "go", "build", "./...", NULL);

  g_assert_cmpuint (copy->flags->len, ==, 4);
  g_assert_cmpstr (find_flag (copy, "from")->value, ==, "build");
  g_assert_cmpstr (find_flag (copy, "chown")->value, ==, "app:app");
  g_assert_cmpstr (find_flag (copy, "chmod")->value, ==, "0755");
  g_assert_null (find_flag (copy, "link")->value);
  assert_range (find_flag (copy, "link")->range, 4, 48, 4, 54);
  assert_range (find_flag (copy, "link")->value_range, 4, 54, 4, 54);
  assert_texts (copy->words, "/out/app", "/app", NULL);

  /* Flags stop at the first word not starting with --, and at "--". */
  g_assert_cmpuint (insn_at (ast, 3)->flags->len, ==, 1);
  assert_texts (insn_at (ast, 3)->words, "--chown=a b", "https://x/y.tgz", "/z/", NULL);
  g_assert_cmpstr (find_flag (insn_at (ast, 4), "link")->value, ==, "false");
  assert_texts (insn_at (ast, 4)->words, "--dash", "/d", NULL);

  /* Instructions without flags keep "--" words as arguments. */
  g_assert_cmpuint (insn_at (ast, 5)->flags->len, ==, 0);
  assert_texts (insn_at (ast, 5)->words, "--not-a-flag", NULL);
}

/* FROM and stages */

static void
test_from (void)
{
  g_autoptr(PodliftDockerfileAst) ast = parse (
    "FROM python\n"
    "FROM docker.io/library/python:3.11-slim@sha256:0123abcd AS Build\n"
    "FROM localhost:5000/app\n"
    "FROM localhost:5000/team/app:1.2 as final\n"
    "FROM scratch\n"
    "FROM ${REGISTRY:-docker.io}/node:${NODE_VERSION}\n"
    "FROM alpine@sha256:ffff\n");
  PodliftInstruction *from;

  assert_no_errors (ast);

  from = insn_at (ast, 0);
  g_assert_cmpstr (from->image, ==, "python");
  g_assert_cmpstr (from->image_name, ==, "python");
  g_assert_null (from->image_tag);
  g_assert_null (from->image_digest);
  g_assert_null (from->stage_name);
  assert_range (from->image_range, 1, 6, 1, 12);

  from = insn_at (ast, 1);
  g_assert_cmpstr (from->image, ==, "docker.io/library/python:3.11-slim@sha256:0123abcd");
  g_assert_cmpstr (from->image_name, ==, "docker.io/library/python");
  g_assert_cmpstr (from->image_tag, ==, "3.11-slim");
  g_assert_cmpstr (from->image_digest, ==, "sha256:0123abcd");
  g_assert_cmpstr (from->stage_name, ==, "Build");
  assert_range (from->image_range, 2, 6, 2, 56);

  /* A registry port is not a tag. */
  from = insn_at (ast, 2);
  g_assert_cmpstr (from->image_name, ==, "localhost:5000/app");
  g_assert_null (from->image_tag);
  from = insn_at (ast, 3);
  g_assert_cmpstr (from->image_name, ==, "localhost:5000/team/app");
  g_assert_cmpstr (from->image_tag, ==, "1.2");
  g_assert_cmpstr (from->stage_name, ==, "final");

  g_assert_cmpstr (insn_at (ast, 4)->image_name, ==, "scratch");

  /* ARG-valued parts: a ':' inside ${…} is not a tag. */
  from = insn_at (ast, 5);
  g_assert_cmpstr (from->image_name, ==, "${REGISTRY:-docker.io}/node");
  g_assert_cmpstr (from->image_tag, ==, "${NODE_VERSION}");

  from = insn_at (ast, 6);
  g_assert_cmpstr (from->image_name, ==, "alpine");
  g_assert_null (from->image_tag);
  g_assert_cmpstr (from->image_digest, ==, "sha256:ffff");
}

static void
test_from_errors (void)
{
  g_autoptr(PodliftDockerfileAst) ast = parse (
    "FROM\n"
    "FROM --platform=linux/amd64\n"
    "FROM a b\n"
    "FROM a AS\n"
    "FROM a AS b c\n"
    "FROM ok AS fine\n");

  g_assert_cmpuint (ast->errors->len, ==, 5);
  for (guint line = 1; line <= 5; line++)
    assert_error (ast, line, "FROM requires either one or three arguments");
  assert_range (((PodliftParseError *) ast->errors->pdata[0])->range, 1, 1, 1, 5);

  g_assert_null (insn_at (ast, 0)->image);
  g_assert_cmpstr (insn_at (ast, 2)->image, ==, "a");
  g_assert_null (insn_at (ast, 3)->stage_name);

  /* Each FROM still opens a stage. */
  g_assert_cmpuint (ast->stages->len, ==, 6);
  g_assert_cmpstr (((PodliftStage *) ast->stages->pdata[5])->name, ==, "fine");
}

static void
test_stages (void)
{
  g_autoptr(PodliftDockerfileAst) ast = parse (
    "# syntax=docker/dockerfile:1\n"
    "# comment before everything\n"
    "ARG BASE=python:3.12\n"
    "ARG VERSION\n"
    "FROM ${BASE} AS builder\n"
    "RUN make\n"
    "# a comment in the first stage\n"
    "FROM ${BASE}\n"
    "COPY --from=builder /out /app\n"
    "CMD [\"/app\"]\n");
  PodliftStage *stage;
  guint expected[] = { G_MAXUINT, G_MAXUINT, G_MAXUINT, 0, 0, 0, 1, 1, 1 };

  assert_no_errors (ast);
  g_assert_cmpuint (ast->instructions->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpuint (insn_at (ast, i)->stage, ==, expected[i]);

  g_assert_cmpuint (ast->stages->len, ==, 2);
  stage = g_ptr_array_index (ast->stages, 0);
  g_assert_cmpstr (stage->name, ==, "builder");
  g_assert_cmpuint (stage->index, ==, 0);
  g_assert_cmpuint (stage->from, ==, 3);
  g_assert_cmpuint (stage->last, ==, 5);
  stage = g_ptr_array_index (ast->stages, 1);
  g_assert_null (stage->name);
  g_assert_cmpuint (stage->index, ==, 1);
  g_assert_cmpuint (stage->from, ==, 6);
  g_assert_cmpuint (stage->last, ==, 8);

  /* ARG before FROM. */
  g_assert_cmpint (insn_at (ast, 1)->kind, ==, PODLIFT_INSTRUCTION_ARG);
  g_assert_cmpstr (pair_at (insn_at (ast, 1), 0)->value, ==, "python:3.12");
  g_assert_null (pair_at (insn_at (ast, 2), 0)->value);
}

/* ENV, LABEL, ARG */

static void
test_env_pairs (void)
{
  g_autoptr(PodliftDockerfileAst) ast = parse (
    "ENV A=1 B=\"two words\" C='single $q' D=esc\\ aped E= \\\n"
    "    F=\"x\\\"y\"\n"
    "ENV PATH /usr/local/bin:$PATH\n"
    "ENV MSG hello \"big\" world\n"
    "LABEL \"com.example.vendor\"=\"ACME Inc\" version=1.0\n"
    "LABEL maintainer me@example.com\n");
  PodliftInstruction *env = insn_at (ast, 0);
  PodliftKeyValue *pair;

  assert_no_errors (ast);
  g_assert_cmpuint (env->pairs->len, ==, 6);
  g_assert_cmpstr (pair_at (env, 0)->key, ==, "A");
  g_assert_cmpstr (pair_at (env, 0)->value, ==, "1");
  assert_range (pair_at (env, 0)->range, 1, 5, 1, 8);
  assert_range (pair_at (env, 0)->key_range, 1, 5, 1, 6);
  assert_range (pair_at (env, 0)->value_range, 1, 7, 1, 8);
  g_assert_cmpstr (pair_at (env, 1)->value, ==, "two words");
  assert_range (pair_at (env, 1)->value_range, 1, 11, 1, 22);
  g_assert_cmpstr (pair_at (env, 2)->value, ==, "single $q");
  g_assert_cmpstr (pair_at (env, 3)->value, ==, "esc aped");
  g_assert_cmpstr (pair_at (env, 4)->key, ==, "E");
  g_assert_cmpstr (pair_at (env, 4)->value, ==, "");
  g_assert_cmpstr (pair_at (env, 5)->value, ==, "x\"y");
  assert_range (pair_at (env, 5)->range, 2, 5, 2, 13);

  /* The legacy form: the value is the rest of the line. */
  pair = pair_at (insn_at (ast, 1), 0);
  g_assert_cmpuint (insn_at (ast, 1)->pairs->len, ==, 1);
  g_assert_cmpstr (pair->key, ==, "PATH");
  g_assert_cmpstr (pair->value, ==, "/usr/local/bin:$PATH");
  assert_range (pair->value_range, 3, 10, 3, 30);
  g_assert_cmpstr (pair_at (insn_at (ast, 2), 0)->value, ==, "hello big world");
  assert_range (pair_at (insn_at (ast, 2), 0)->range, 4, 5, 4, 26);

  g_assert_cmpstr (pair_at (insn_at (ast, 3), 0)->key, ==, "com.example.vendor");
  g_assert_cmpstr (pair_at (insn_at (ast, 3), 0)->value, ==, "ACME Inc");
  assert_range (pair_at (insn_at (ast, 3), 0)->key_range, 5, 7, 5, 27);
  g_assert_cmpstr (pair_at (insn_at (ast, 3), 1)->value, ==, "1.0");
  g_assert_cmpstr (pair_at (insn_at (ast, 4), 0)->key, ==, "maintainer");
  g_assert_cmpstr (pair_at (insn_at (ast, 4), 0)->value, ==, "me@example.com");
}

static void
test_env_errors (void)
{
  g_autoptr(PodliftDockerfileAst) ast = parse ("ENV ALONE\nENV A=1 B\nLABEL =x\nENV\nARG\n");

  assert_error (ast, 1, "ENV must have two arguments");
  assert_error (ast, 2, "can't find = in \"B\"");
  assert_error (ast, 3, "LABEL names can not be blank");
  assert_error (ast, 4, "ENV requires at least one argument");
  assert_error (ast, 5, "ARG requires at least one argument");
  g_assert_cmpuint (ast->errors->len, ==, 5);

  /* What can be read is kept. */
  g_assert_cmpuint (insn_at (ast, 1)->pairs->len, ==, 1);
  g_assert_cmpstr (pair_at (insn_at (ast, 1), 0)->key, ==, "A");
}

static void
test_arg (void)
{
  g_autoptr(PodliftDockerfileAst) ast = parse ("ARG NAME\nARG A=1 B C= D=\"x y\"\n");
  PodliftInstruction *arg = insn_at (ast, 1);

  assert_no_errors (ast);
  g_assert_cmpstr (pair_at (insn_at (ast, 0), 0)->key, ==, "NAME");
  g_assert_null (pair_at (insn_at (ast, 0), 0)->value);
  assert_range (pair_at (insn_at (ast, 0), 0)->range, 1, 5, 1, 9);
  assert_range (pair_at (insn_at (ast, 0), 0)->value_range, 1, 9, 1, 9);

  g_assert_cmpuint (arg->pairs->len, ==, 4);
  g_assert_cmpstr (pair_at (arg, 0)->value, ==, "1");
  g_assert_cmpstr (pair_at (arg, 1)->key, ==, "B");
  g_assert_null (pair_at (arg, 1)->value);
  g_assert_cmpstr (pair_at (arg, 2)->value, ==, "");
  g_assert_cmpstr (pair_at (arg, 3)->value, ==, "x y");
}

/* HEALTHCHECK, ONBUILD */

static void
test_healthcheck (void)
{
  g_autoptr(PodliftDockerfileAst) ast = parse (
    "HEALTHCHECK --interval=30s --timeout=3s --start-period=5s --retries=3 \\\n"
    "  CMD curl -f http://localhost/ || exit 1\n"
    "HEALTHCHECK cmd [\"/bin/check\", \"--quick\"]\n"
    "HEALTHCHECK NONE\n");
  PodliftInstruction *check = insn_at (ast, 0);

  assert_no_errors (ast);
  g_assert_cmpuint (check->flags->len, ==, 4);
  g_assert_cmpstr (find_flag (check, "interval")->value, ==, "30s");
  g_assert_cmpstr (find_flag (check, "start-period")->value, ==, "5s");
  g_assert_cmpstr (find_flag (check, "retries")->value, ==, "3");
  g_assert_false (check->healthcheck_none);
  g_assert_false (check->exec_form);
  assert_texts (check->words, "curl", "-f", "http://localhost/", "||", "exit", "1", NULL);
  assert_range (word_at (check->words, 0)->range, 2, 7, 2, 11);
  g_assert_cmpstr (check->arguments, ==, "CMD curl -f http://localhost/ || exit 1");

  g_assert_true (insn_at (ast, 1)->exec_form);
  assert_texts (insn_at (ast, 1)->exec_args, "/bin/check", "--quick", NULL);

  g_assert_true (insn_at (ast, 2)->healthcheck_none);
  g_assert_cmpuint (insn_at (ast, 2)->words->len, ==, 0);
}

static void
test_healthcheck_errors (void)
{
  g_autoptr(PodliftDockerfileAst) ast = parse (
    "HEALTHCHECK NONE now\nHEALTHCHECK PING x\nHEALTHCHECK CMD\nHEALTHCHECK\n");

  assert_error (ast, 1, "HEALTHCHECK NONE takes no arguments");
  assert_error (ast, 2, "Unknown type \"PING\" in HEALTHCHECK");
  assert_error (ast, 3, "Missing command after HEALTHCHECK CMD");
  assert_error (ast, 4, "HEALTHCHECK requires at least one argument");
  g_assert_cmpuint (ast->errors->len, ==, 4);
}

static void
test_onbuild (void)
{
  g_autoptr(PodliftDockerfileAst) ast = parse (
    "FROM base\n"
    "ONBUILD RUN --mount=type=cache,target=/root/.cache pip install -r req.txt\n"
    "onbuild COPY [\"a\", \"/b\"]\n"
    "ONBUILD\n");
  PodliftInstruction *onbuild = insn_at (ast, 1);
  PodliftInstruction *nested = onbuild->onbuild;

  g_assert_cmpint (onbuild->kind, ==, PODLIFT_INSTRUCTION_ONBUILD);
  g_assert_nonnull (nested);
  g_assert_cmpint (nested->kind, ==, PODLIFT_INSTRUCTION_RUN);
  g_assert_cmpstr (nested->keyword, ==, "RUN");
  assert_range (nested->keyword_range, 2, 9, 2, 12);
  assert_range (nested->range, 2, 9, 2, 74);
  g_assert_cmpstr (find_flag (nested, "mount")->value, ==, "type=cache,target=/root/.cache");
  assert_texts (nested->words, "pip", "install", "-r", "req.txt", NULL);
  g_assert_cmpuint (nested->stage, ==, 0);
  g_assert_cmpuint (onbuild->flags->len, ==, 0);
  g_assert_cmpuint (onbuild->words->len, ==, 0);

  g_assert_true (insn_at (ast, 2)->onbuild->exec_form);
  assert_texts (insn_at (ast, 2)->onbuild->exec_args, "a", "/b", NULL);

  g_assert_null (insn_at (ast, 3)->onbuild);
  assert_error (ast, 4, "ONBUILD requires at least one argument");
  g_assert_cmpuint (ast->errors->len, ==, 1);
}

/* Malformed input */

static void
test_unknown_instruction (void)
{
  g_autoptr(PodliftDockerfileAst) ast = parse ("FROMM alpine\nRUN echo ok\nfoo=bar baz\n");
  PodliftInstruction *unknown = insn_at (ast, 0);

  g_assert_cmpint (unknown->kind, ==, PODLIFT_INSTRUCTION_UNKNOWN);
  g_assert_cmpstr (unknown->keyword, ==, "FROMM");
  g_assert_cmpstr (unknown->arguments, ==, "alpine");
  assert_error (ast, 1, "unknown instruction: FROMM");
  assert_range (((PodliftParseError *) ast->errors->pdata[0])->range, 1, 1, 1, 6);

  g_assert_cmpint (insn_at (ast, 1)->kind, ==, PODLIFT_INSTRUCTION_RUN);
  assert_error (ast, 3, "unknown instruction: foo=bar");
  g_assert_cmpuint (ast->errors->len, ==, 2);
}

static void
test_missing_arguments (void)
{
  g_autoptr(PodliftDockerfileAst) ast = parse (
    "FROM a\nRUN\nCOPY onlyone\nADD\nUSER\nWORKDIR  \nEXPOSE\nCMD\nENTRYPOINT\n"
    "SHELL sh -c\nSTOPSIGNAL\n");

  assert_error (ast, 2, "RUN requires at least one argument");
  assert_error (ast, 3, "COPY requires at least two arguments");
  assert_error (ast, 4, "ADD requires at least two arguments");
  assert_error (ast, 5, "USER requires exactly one argument");
  assert_error (ast, 6, "WORKDIR requires exactly one argument");
  assert_error (ast, 7, "EXPOSE requires at least one argument");
  assert_error (ast, 10, "SHELL requires the arguments to be in JSON form");
  assert_error (ast, 11, "STOPSIGNAL requires exactly one argument");
  /* CMD and ENTRYPOINT may be empty. */
  g_assert_cmpuint (ast->errors->len, ==, 8);
  g_assert_cmpuint (ast->instructions->len, ==, 11);
}

static void
test_binary_lines (void)
{
  static const char text[] =
    "FROM a\n"
    "RUN echo \xFF\xFE bad\n"
    "RUN echo ok\n"
    "LABEL x=\"a\0b\"\n"
    "RUN first \\\n"
    "  \xC3\x28 \\\n"
    "  last\n"
    "RUN <<EOF\n"
    "good\n"
    "\xE2\x82\n"
    "EOF\n"
    "USER app";
  g_autoptr(PodliftDockerfileAst) ast = podlift_dockerfile_parse (text, sizeof text - 1);

  assert_error (ast, 2, "UTF-8");
  assert_error (ast, 4, "NUL");
  assert_error (ast, 6, "UTF-8");
  assert_error (ast, 10, "UTF-8");
  g_assert_cmpuint (ast->errors->len, ==, 4);

  /* The lines are skipped, the rest is parsed. */
  g_assert_cmpuint (ast->instructions->len, ==, 5);
  g_assert_cmpstr (insn_at (ast, 1)->arguments, ==, "echo ok");
  g_assert_cmpstr (insn_at (ast, 2)->arguments, ==, "first   last");
  assert_range (insn_at (ast, 2)->range, 5, 1, 7, 7);
  g_assert_cmpstr (heredoc_at (insn_at (ast, 3), 0)->body, ==, "good\n");
  g_assert_cmpint (insn_at (ast, 4)->kind, ==, PODLIFT_INSTRUCTION_USER);

  /* Every string of the tree is UTF-8. */
  for (guint i = 0; i < ast->instructions->len; i++)
    g_assert_true (g_utf8_validate (insn_at (ast, i)->arguments, -1, NULL));
}

static void
test_binary_run (void)
{
  /* A run of unreadable lines is one error, from its first line. */
  g_autoptr(PodliftDockerfileAst) ast = parse ("FROM a\n\xFF\n\xFE\xFE\n\x80\nRUN ok\n");

  g_assert_cmpuint (ast->errors->len, ==, 1);
  assert_range (((PodliftParseError *) ast->errors->pdata[0])->range, 2, 1, 4, 2);
  g_assert_cmpuint (ast->instructions->len, ==, 2);
}

static void
test_errors_sorted (void)
{
  g_autoptr(PodliftDockerfileAst) ast = parse ("FROMM\nRUN <<EOF\n\xFF\nBAD x\n");

  g_assert_cmpuint (ast->errors->len, ==, 3);
  for (guint i = 1; i < ast->errors->len; i++)
    g_assert_cmpuint (((PodliftParseError *) ast->errors->pdata[i - 1])->range.start.line, <=,
                      ((PodliftParseError *) ast->errors->pdata[i])->range.start.line);
}

/* The example, and robustness */

static char *
read_example (gsize *length)
{
  const char *dir = g_getenv ("PODLIFT_EXAMPLES_DIR");
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  if (dir != NULL)
    path = g_build_filename (dir, "shopfront", "Dockerfile", NULL);
  else
    path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples", "shopfront",
                                  "Dockerfile", NULL);

  g_file_get_contents (path, &text, length, &error);
  g_assert_no_error (error);

  return text;
}

static void
test_example (void)
{
  gsize length;
  g_autofree char *text = read_example (&length);
  g_autoptr(PodliftDockerfileAst) ast = podlift_dockerfile_parse (text, length);
  PodliftInstruction *copy = NULL;
  guint runs = 0;

  assert_no_errors (ast);
  g_assert_cmpuint (ast->stages->len, ==, 2);
  g_assert_cmpstr (((PodliftStage *) ast->stages->pdata[0])->name, ==, "builder");

  for (guint i = 0; i < ast->instructions->len; i++)
    {
      PodliftInstruction *insn = insn_at (ast, i);

      runs += insn->kind == PODLIFT_INSTRUCTION_RUN;
      if (insn->kind == PODLIFT_INSTRUCTION_COPY && find_flag (insn, "from") != NULL)
        copy = insn;
    }
  g_assert_cmpuint (runs, ==, 2);
  g_assert_nonnull (copy);
  g_assert_cmpstr (find_flag (copy, "from")->value, ==, "builder");
  g_assert_cmpuint (copy->stage, ==, 1);
}

/* Every range is in the text and ordered, every string is UTF-8. */
static void
check_range (const PodliftRange *range,
             guint               n_lines)
{
  g_assert_cmpuint (range->start.line, >=, 1);
  g_assert_cmpuint (range->start.column, >=, 1);
  g_assert_cmpuint (range->end.line, <=, n_lines + 1);
  g_assert_true (range->start.line < range->end.line
                 || (range->start.line == range->end.line
                     && range->start.column <= range->end.column));
}

static void
check_words (GPtrArray *words,
             guint      n_lines)
{
  for (guint i = 0; i < words->len; i++)
    {
      PodliftWord *word = g_ptr_array_index (words, i);

      g_assert_true (g_utf8_validate (word->raw, -1, NULL));
      g_assert_nonnull (word->text);
      check_range (&word->range, n_lines);
    }
}

static void
check_instruction (PodliftInstruction *insn,
                   guint               n_lines)
{
  g_assert_nonnull (insn->keyword);
  g_assert_true (g_utf8_validate (insn->arguments, -1, NULL));
  check_range (&insn->range, n_lines);
  check_range (&insn->keyword_range, n_lines);
  check_range (&insn->arguments_range, n_lines);
  check_words (insn->words, n_lines);
  check_words (insn->exec_args, n_lines);

  for (guint i = 0; i < insn->flags->len; i++)
    check_range (&((PodliftFlag *) insn->flags->pdata[i])->range, n_lines);
  for (guint i = 0; i < insn->pairs->len; i++)
    check_range (&((PodliftKeyValue *) insn->pairs->pdata[i])->range, n_lines);
  for (guint i = 0; i < insn->heredocs->len; i++)
    {
      PodliftHeredoc *heredoc = insn->heredocs->pdata[i];

      g_assert_true (g_utf8_validate (heredoc->body, -1, NULL));
      check_range (&heredoc->range, n_lines);
      check_range (&heredoc->body_range, n_lines);
    }

  if (insn->onbuild != NULL)
    check_instruction (insn->onbuild, n_lines);
}

static void
check_ast (const char *text,
           gsize       length)
{
  g_autoptr(PodliftDockerfileAst) ast = podlift_dockerfile_parse (text, length);
  guint n_lines = 1;

  for (gsize i = 0; i < length; i++)
    n_lines += text[i] == '\n';

  for (guint i = 0; i < ast->instructions->len; i++)
    {
      PodliftInstruction *insn = insn_at (ast, i);

      check_instruction (insn, n_lines);
      g_assert_true (insn->stage == G_MAXUINT || insn->stage < ast->stages->len);
    }
  for (guint i = 0; i < ast->errors->len; i++)
    {
      PodliftParseError *error = g_ptr_array_index (ast->errors, i);

      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      check_range (&error->range, n_lines);
    }
}

static void
test_fuzz_truncations (void)
{
  gsize length;
  g_autofree char *text = read_example (&length);

  /* Every prefix, on a copy of its exact size so that a read past the
   * end shows under AddressSanitizer. */
  for (gsize i = 0; i <= length; i++)
    {
      g_autofree char *prefix = g_memdup2 (text, MAX (i, 1));

      check_ast (prefix, i);
    }
}

static void
test_fuzz_random (void)
{
  static const char * const tokens[] = {
    "FROM ", "RUN ", "COPY ", "ENV ", "ARG ", "LABEL ", "ONBUILD ", "HEALTHCHECK ", "CMD ",
    "<<EOF", "<<-'E'", "EOF", "E", "\t", "\\", "`", "\"", "'", "[", "]", "\"a\",", "--from=",
    "--", "=", " ", "\n", "\r\n", "# escape=`\n", "#", "${", "}", "@", ":", "/", "AS ",
    "\xC3\xA9", "\xFF", "\0", "\\u00", "NONE",
  };
  GRand *rand = g_rand_new_with_seed (20260401);

  /* Random bytes. */
  for (guint round = 0; round < 300; round++)
    {
      gsize length = g_rand_int_range (rand, 0, 400);
      g_autofree char *bytes = g_malloc (MAX (length, 1));

      for (gsize i = 0; i < length; i++)
        bytes[i] = g_rand_int_range (rand, 0, 256);
      check_ast (bytes, length);
    }

  /* Random Dockerfile-ish token soup. */
  for (guint round = 0; round < 2000; round++)
    {
      g_autoptr(GString) soup = g_string_new (NULL);
      guint n = g_rand_int_range (rand, 1, 60);
      g_autofree char *copy = NULL;

      for (guint i = 0; i < n; i++)
        {
          const char *token = tokens[g_rand_int_range (rand, 0, G_N_ELEMENTS (tokens))];

          g_string_append_len (soup, token, token[0] == '\0' ? 1 : (gssize) strlen (token));
        }
      copy = g_memdup2 (soup->str, soup->len);
      check_ast (copy, soup->len);
    }

  g_rand_free (rand);
}

static void
test_fuzz_mutations (void)
{
  gsize length;
  g_autofree char *text = read_example (&length);
  GRand *rand = g_rand_new_with_seed (42);

  for (guint round = 0; round < 500; round++)
    {
      g_autofree char *copy = g_memdup2 (text, length);
      guint n = g_rand_int_range (rand, 1, 8);

      for (guint i = 0; i < n; i++)
        copy[g_rand_int_range (rand, 0, length)] = g_rand_int_range (rand, 0, 256);
      check_ast (copy, length);
    }

  g_rand_free (rand);
}

/* A tree parsed after another one was freed starts clean. */
static void
test_reuse (void)
{
  g_autoptr(PodliftDockerfileAst) second = NULL;
  PodliftDockerfileAst *first;

  first = parse ("FROM a AS b\nRUN --mount=type=cache x y z\nENV A=1 B=2\nRUN <<EOF\nx\nEOF\n");
  podlift_dockerfile_ast_free (first);

  second = parse ("RUN one\nCOPY a b\n");
  assert_texts (insn_at (second, 0)->words, "one", NULL);
  g_assert_cmpuint (insn_at (second, 0)->flags->len, ==, 0);
  g_assert_cmpuint (insn_at (second, 0)->heredocs->len, ==, 0);
  assert_texts (insn_at (second, 1)->words, "a", "b", NULL);
  g_assert_cmpuint (insn_at (second, 1)->pairs->len, ==, 0);
  g_assert_cmpuint (second->stages->len, ==, 0);
}

static gpointer
free_in_thread (gpointer data)
{
  podlift_dockerfile_ast_free (data);

  return NULL;
}

static void
test_free_in_other_thread (void)
{
  PodliftDockerfileAst *ast = parse ("FROM a\nRUN x y\nENV A=1\n");
  g_autoptr(PodliftDockerfileAst) again = NULL;
  GThread *thread;

  thread = g_thread_new ("free", free_in_thread, ast);
  g_thread_join (thread);

  again = parse ("FROM b\nRUN z\n");
  assert_texts (insn_at (again, 1)->words, "z", NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/podlift/dockerfile-parser/empty", test_empty);
  g_test_add_func ("/podlift/dockerfile-parser/kinds", test_kinds);
  g_test_add_func ("/podlift/dockerfile-parser/comments", test_comments);
  g_test_add_func ("/podlift/dockerfile-parser/directives", test_directives);
  g_test_add_func ("/podlift/dockerfile-parser/directives-position", test_directives_position);
  g_test_add_func ("/podlift/dockerfile-parser/directives-errors", test_directives_errors);
  g_test_add_func ("/podlift/dockerfile-parser/continuation", test_continuation);
  g_test_add_func ("/podlift/dockerfile-parser/continuation-word-split",
                   test_continuation_word_split);
  g_test_add_func ("/podlift/dockerfile-parser/crlf", test_crlf);
  g_test_add_func ("/podlift/dockerfile-parser/no-final-newline", test_no_final_newline);
  g_test_add_func ("/podlift/dockerfile-parser/bom-and-utf8-columns", test_bom_and_utf8_columns);
  g_test_add_func ("/podlift/dockerfile-parser/utf8-columns-continued",
                   test_utf8_columns_continued);
  g_test_add_func ("/podlift/dockerfile-parser/heredoc", test_heredoc);
  g_test_add_func ("/podlift/dockerfile-parser/heredoc-variants", test_heredoc_variants);
  g_test_add_func ("/podlift/dockerfile-parser/heredoc-not", test_heredoc_not);
  g_test_add_func ("/podlift/dockerfile-parser/heredoc-after-continuation",
                   test_heredoc_after_continuation);
  g_test_add_func ("/podlift/dockerfile-parser/heredoc-unterminated", test_heredoc_unterminated);
  g_test_add_func ("/podlift/dockerfile-parser/exec-form", test_exec_form);
  g_test_add_func ("/podlift/dockerfile-parser/exec-form-not", test_exec_form_not);
  g_test_add_func ("/podlift/dockerfile-parser/exec-form-errors", test_exec_form_errors);
  g_test_add_func ("/podlift/dockerfile-parser/words", test_words);
  g_test_add_func ("/podlift/dockerfile-parser/flags", test_flags);
  g_test_add_func ("/podlift/dockerfile-parser/from", test_from);
  g_test_add_func ("/podlift/dockerfile-parser/from-errors", test_from_errors);
  g_test_add_func ("/podlift/dockerfile-parser/stages", test_stages);
  g_test_add_func ("/podlift/dockerfile-parser/env-pairs", test_env_pairs);
  g_test_add_func ("/podlift/dockerfile-parser/env-errors", test_env_errors);
  g_test_add_func ("/podlift/dockerfile-parser/arg", test_arg);
  g_test_add_func ("/podlift/dockerfile-parser/healthcheck", test_healthcheck);
  g_test_add_func ("/podlift/dockerfile-parser/healthcheck-errors", test_healthcheck_errors);
  g_test_add_func ("/podlift/dockerfile-parser/onbuild", test_onbuild);
  g_test_add_func ("/podlift/dockerfile-parser/unknown-instruction", test_unknown_instruction);
  g_test_add_func ("/podlift/dockerfile-parser/missing-arguments", test_missing_arguments);
  g_test_add_func ("/podlift/dockerfile-parser/binary-lines", test_binary_lines);
  g_test_add_func ("/podlift/dockerfile-parser/binary-run", test_binary_run);
  g_test_add_func ("/podlift/dockerfile-parser/errors-sorted", test_errors_sorted);
  g_test_add_func ("/podlift/dockerfile-parser/example", test_example);
  g_test_add_func ("/podlift/dockerfile-parser/fuzz-truncations", test_fuzz_truncations);
  g_test_add_func ("/podlift/dockerfile-parser/fuzz-random", test_fuzz_random);
  g_test_add_func ("/podlift/dockerfile-parser/fuzz-mutations", test_fuzz_mutations);
  g_test_add_func ("/podlift/dockerfile-parser/reuse", test_reuse);
  g_test_add_func ("/podlift/dockerfile-parser/free-in-other-thread", test_free_in_other_thread);

  return g_test_run ();
}
