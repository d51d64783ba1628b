/* podlift-dockerfile-parser-memory.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-dockerfile-parser"

#include "config.h"

#include "podlift-dockerfile-parser-private.h"

/* The memory of a tree: every string and structure lives in a few large
 * blocks freed at once, and all the empty arrays are one shared array.
 * What a freed tree leaves (blocks of the standard size, emptied arrays,
 * the list of instructions) is kept for the next parse of the thread:
 * the live linter parses again a moment later, and the new tree then
 * needs almost no malloc. */

/* Only the blocks of the standard size and emptied arrays are kept, up
 * to a bound. */
#define MAX_SPARE_BLOCKS 64
#define MAX_SPARE_ARRAYS 8192

struct _PodliftSpares
{
  PodliftBlock  *blocks;
  guint          n_blocks;
  GPtrArray    **arrays;
  guint          n_arrays;
  guint          arrays_alloc;
  GPtrArray     *instructions;          /* the list of a freed tree, emptied */
};

static void
spares_free (gpointer data)
{
  PodliftSpares *spares = data;
  PodliftBlock *block;

  while ((block = spares->blocks) != NULL)
    {
      spares->blocks = block->next;
      g_free (block);
    }
  while (spares->n_arrays > 0)
    g_ptr_array_unref (spares->arrays[--spares->n_arrays]);
  g_free (spares->arrays);
  g_clear_pointer (&spares->instructions, g_ptr_array_unref);
  g_free (spares);
}

static GPrivate spares_key = G_PRIVATE_INIT (spares_free);

PodliftSpares *
podlift_parser_get_spares (void)
{
  PodliftSpares *spares = g_private_get (&spares_key);

  if (spares == NULL)
    {
      spares = g_new0 (PodliftSpares, 1);
      g_private_set (&spares_key, spares);
    }

  return spares;
}

static PodliftBlock *
block_new (PodliftSpares *spares,
           gsize          size)
{
  PodliftBlock *block;

  if (size == BLOCK_SIZE && spares->blocks != NULL)
    {
      block = spares->blocks;
      spares->blocks = block->next;
      spares->n_blocks--;
    }
  else
    block = g_malloc (size);

  block->used = BLOCK_HEADER;
  block->size = size;

  return block;
}

static void
block_free (PodliftSpares *spares,
            PodliftBlock  *block)
{
  if (block->size == BLOCK_SIZE && spares->n_blocks < MAX_SPARE_BLOCKS)
    {
      block->next = spares->blocks;
      spares->blocks = block;
      spares->n_blocks++;
    }
  else
    g_free (block);
}

/* An array of @len items (NULLs, or the pointers a freed tree left:
 * the caller fills them), for the tree. */
GPtrArray *
podlift_parser_array_new (PodliftAstPrivate *priv,
                          guint              len)
{
  GPtrArray *array;

  if (priv->spares->n_arrays > 0)
    array = priv->spares->arrays[--priv->spares->n_arrays];
  else
    array = g_ptr_array_sized_new (MAX (len, 4));
  /* No free function and no NULL at the end: shrinking is a length. */
  if (array->len >= len)
    array->len = len;
  else
    g_ptr_array_set_size (array, len);

  return array;
}

void
podlift_parser_array_add (PodliftAstPrivate  *priv,
                          GPtrArray         **array,
                          gpointer            item)
{
  if (*array == priv->empty)
    *array = podlift_parser_array_new (priv, 0);
  g_ptr_array_add (*array, item);
}

static void
array_free (PodliftSpares *spares,
            GPtrArray     *array)
{
  if (spares->n_arrays == MAX_SPARE_ARRAYS)
    {
      g_ptr_array_unref (array);
      return;
    }

  if (spares->n_arrays == spares->arrays_alloc)
    {
      spares->arrays_alloc = MAX (256, spares->arrays_alloc * 2);
      spares->arrays = g_renew (GPtrArray *, spares->arrays, spares->arrays_alloc);
    }
  /* Emptied when taken: a spare keeps its length (and stale pointers,
   * never freed through it). */
  spares->arrays[spares->n_arrays++] = array;
}

gpointer
podlift_parser_arena_alloc_slow (PodliftAstPrivate *priv,
                                 gsize              size)
{
  PodliftBlock *block = block_new (priv->spares, MAX (BLOCK_SIZE, BLOCK_HEADER + size));

  /* A big one goes behind the current block, which stays in use. */
  if (size > BLOCK_SIZE / 4 && priv->blocks != NULL)
    {
      block->next = priv->blocks->next;
      priv->blocks->next = block;
    }
  else
    {
      block->next = priv->blocks;
      priv->blocks = block;
    }

  block->used += size;

  return (char *) block + BLOCK_HEADER;
}

/* The list of instructions of a new tree: a freed tree's, or one sized
 * for @length bytes of text. */
GPtrArray *
podlift_parser_instructions_new (PodliftSpares *spares,
                                 gsize          length)
{
  GPtrArray *instructions = g_steal_pointer (&spares->instructions);

  return instructions != NULL ? instructions : g_ptr_array_sized_new (MAX (16, length / 48));
}

static void
free_arrays (PodliftAstPrivate  *priv,
             PodliftSpares      *spares,
             PodliftInstruction *insn)
{
  for (; insn != NULL; insn = insn->onbuild)
    {
      GPtrArray *arrays[] = { insn->flags, insn->exec_args, insn->words, insn->pairs,
                              insn->heredocs };

      for (guint i = 0; i < G_N_ELEMENTS (arrays); i++)
        if (arrays[i] != priv->empty)
          array_free (spares, arrays[i]);
    }
}

void
podlift_dockerfile_ast_free (PodliftDockerfileAst *ast)
{
  PodliftAstPrivate *priv = (PodliftAstPrivate *) ast;
  PodliftSpares *spares;
  PodliftBlock *block;

  if (ast == NULL)
    return;

  /* What is kept goes to the thread that frees: the one that parsed
   * may be parsing again. */
  spares = podlift_parser_get_spares ();
  for (guint i = 0; i < ast->instructions->len; i++)
    free_arrays (priv, spares, ast->instructions->pdata[i]);
  g_ptr_array_set_size (ast->instructions, 0);
  if (spares->instructions == NULL)
    spares->instructions = ast->instructions;
  else
    g_ptr_array_unref (ast->instructions);
  g_ptr_array_unref (ast->directives);
  g_ptr_array_unref (ast->stages);
  g_ptr_array_unref (ast->errors);
  g_ptr_array_unref (priv->empty);

  while ((block = priv->blocks) != NULL)
    {
      priv->blocks = block->next;
      block_free (spares, block);
    }

  g_free (priv);
}
