/* podlift-container-page-private.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtksourceview/gtksource.h>

#include "podlift-container-page.h"
#include "podlift-lint-adapter.h"

G_BEGIN_DECLS

/* The files of PodliftDockerfile that the page edits. */
typedef enum
{
  PODLIFT_CONTAINER_FILE_DOCKERFILE,
  PODLIFT_CONTAINER_FILE_DOCKERIGNORE,
  PODLIFT_CONTAINER_FILE_COMPOSE,
  PODLIFT_CONTAINER_N_FILES
} PodliftContainerFile;

/* The env files, indexed by "secret". */
#define PODLIFT_CONTAINER_N_ENV_FILES 2

struct _PodliftContainerPage
{
  PodliftPage          parent_instance;

  /* Template objects */
  GtkSourceBuffer     *buffers [PODLIFT_CONTAINER_N_FILES];
  GtkSourceBuffer     *env_buffers [PODLIFT_CONTAINER_N_ENV_FILES];
  GtkSourceView       *dockerfile_view;
  GtkListBox          *findings_list;
  GtkLabel            *findings_title;
  AdwActionRow        *stack_row;
  AdwComboRow         *base_size_row;
  AdwComboRow         *variant_row;
  GtkSpinButton       *user_id_spin;
  AdwEntryRow         *image_row;
  AdwEntryRow         *tag_row;
  GtkSwitch           *customised_switch;

  /* Owned */
  PodliftLintAdapter  *lint;
  GBindingGroup       *dockerfile_bindings;
  GSignalGroup        *dockerfile_signals;
  GSignalGroup        *profile_signals;
  GSignalGroup        *project_signals;
  char                *env_shown [PODLIFT_CONTAINER_N_ENV_FILES];
  guint                env_apply_source [PODLIFT_CONTAINER_N_ENV_FILES];


  /* Set while text moves between a buffer and the model, so that the
   * copy does not bounce back. */
  guint                syncing : 1;
};

const char *podlift_container_file_get_title          (PodliftContainerFile  file);
char       *podlift_container_page_dup_text           (PodliftContainerPage *self,
                                                       PodliftContainerFile  file);
void        podlift_container_page_replace_text       (PodliftContainerPage *self,
                                                       PodliftContainerFile  file,
                                                       const char           *text);
void        podlift_container_page_regenerate         (GtkWidget            *widget,
                                                       const char           *action_name,
                                                       GVariant             *param);
void        podlift_container_page_bind_findings      (PodliftContainerPage *self);
void        podlift_container_page_findings_activated (PodliftContainerPage *self,
                                                       GtkListBoxRow        *row);

G_END_DECLS
