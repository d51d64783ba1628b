/* podlift-container-page.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-container-page"

#include "config.h"

#include <glib/gi18n.h>
#include <gtksourceview/gtksource.h>

#include "podlift-binding.h"
#include "podlift-container-page.h"
#include "podlift-enum-types.h"

/* The Container step: the Dockerfile, .dockerignore and compose.yaml in
 * source views, and the image options beside them. The buffers belong to
 * the view; their text is copied into PodliftDockerfile on every edit and
 * back when the model changes on its own (a load, a regeneration). */

typedef enum
{
  EDITOR_DOCKERFILE,
  EDITOR_DOCKERIGNORE,
  EDITOR_COMPOSE,
  N_EDITORS
} Editor;

/* The model property and the GtkSourceLanguage id of each editor. */
static const struct
{
  const char *property;
  const char *language;
} editors [N_EDITORS] = {
  { "text", "docker" },
  { "dockerignore", NULL },
  { "compose", "yaml" },
};

struct _PodliftContainerPage
{
  PodliftPage      parent_instance;

  /* Template objects */
  GtkSourceBuffer *buffers [N_EDITORS];
  AdwEntryRow     *image_row;
  AdwEntryRow     *tag_row;
  AdwComboRow     *base_size_row;
  GtkSpinButton   *user_id_spin;
  GtkSwitch       *customised_switch;

  /* Owned */
  GBindingGroup   *dockerfile_bindings;
  GSignalGroup    *dockerfile_signals;

  /* Set while text moves between a buffer and the model, so that the
   * copy does not bounce back. */
  guint            syncing : 1;
};

G_DEFINE_FINAL_TYPE (PodliftContainerPage, podlift_container_page, PODLIFT_TYPE_PAGE)

static char *
base_size_label (AdwEnumListItem *item,
                 gpointer         user_data)
{
  g_assert (ADW_IS_ENUM_LIST_ITEM (item));

  switch ((PodliftBaseSize)adw_enum_list_item_get_value (item))
    {
    case PODLIFT_BASE_SIZE_DISTROLESS:
      /* Translators: a base image with no shell or package manager */
      return g_strdup (_("Distroless"));

    case PODLIFT_BASE_SIZE_ALPINE:
      return g_strdup (_("Alpine"));

    case PODLIFT_BASE_SIZE_SLIM:
      /* Translators: a trimmed Debian-based image, such as python:3.12-slim */
      return g_strdup (_("Slim"));

    case PODLIFT_BASE_SIZE_FULL:
      /* Translators: the complete distribution image */
      return g_strdup (_("Full"));

    default:
      return g_strdup (adw_enum_list_item_get_nick (item));
    }
}

static char *
buffer_dup_text (GtkSourceBuffer *buffer)
{
  GtkTextIter begin, end;

  gtk_text_buffer_get_bounds (GTK_TEXT_BUFFER (buffer), &begin, &end);

  return gtk_text_buffer_get_text (GTK_TEXT_BUFFER (buffer), &begin, &end, TRUE);
}

/* Shows the model's text in one editor, leaving the buffer (its cursor
 * and its undo history) alone when the text is already there. */
static void
podlift_container_page_load_buffer (PodliftContainerPage *self,
                                    Editor                editor,
                                    PodliftDockerfile    *dockerfile)
{
  GtkTextBuffer *buffer = GTK_TEXT_BUFFER (self->buffers [editor]);
  g_autofree char *text = NULL;
  g_autofree char *current = NULL;
  GtkTextIter begin;

  g_assert (PODLIFT_IS_CONTAINER_PAGE (self));
  g_assert (!dockerfile || PODLIFT_IS_DOCKERFILE (dockerfile));

  if (dockerfile != NULL)
    g_object_get (dockerfile, editors [editor].property, &text, NULL);

  current = buffer_dup_text (self->buffers [editor]);
  if (g_strcmp0 (text ? text : "", current) == 0)
    return;

  self->syncing = TRUE;
  gtk_text_buffer_begin_irreversible_action (buffer);
  gtk_text_buffer_set_text (buffer, text ? text : "", -1);
  gtk_text_buffer_end_irreversible_action (buffer);
  self->syncing = FALSE;

  gtk_text_buffer_get_start_iter (buffer, &begin);
  gtk_text_buffer_place_cursor (buffer, &begin);
}

static void
buffer_changed_cb (PodliftContainerPage *self,
                   GtkSourceBuffer      *buffer)
{
  g_autoptr(PodliftDockerfile) dockerfile = NULL;
  g_autofree char *text = NULL;

  g_assert (PODLIFT_IS_CONTAINER_PAGE (self));
  g_assert (GTK_SOURCE_IS_BUFFER (buffer));

  if (self->syncing)
    return;

  dockerfile = g_signal_group_dup_target (self->dockerfile_signals);
  if (dockerfile == NULL)
    return;

  for (guint i = 0; i < N_EDITORS; i++)
    {
      if (self->buffers [i] != buffer)
        continue;

      text = buffer_dup_text (buffer);

      /* A file typed by hand is the user's: mark it so that drafting
       * the files again asks first. */
      self->syncing = TRUE;
      g_object_set (dockerfile,
                    editors [i].property, text,
                    "customised", TRUE,
                    NULL);
      self->syncing = FALSE;
      break;
    }
}

static void
dockerfile_notify_cb (PodliftContainerPage *self,
                      GParamSpec           *pspec,
                      PodliftDockerfile    *dockerfile)
{
  g_assert (PODLIFT_IS_CONTAINER_PAGE (self));
  g_assert (PODLIFT_IS_DOCKERFILE (dockerfile));

  if (self->syncing)
    return;

  for (guint i = 0; i < N_EDITORS; i++)
    if (g_strcmp0 (pspec->name, editors [i].property) == 0)
      podlift_container_page_load_buffer (self, i, dockerfile);
}

static void
podlift_container_page_update_style_scheme (PodliftContainerPage *self)
{
  GtkSourceStyleSchemeManager *schemes;
  GtkSourceStyleScheme *scheme;
  gboolean dark;

  g_assert (PODLIFT_IS_CONTAINER_PAGE (self));

  dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  schemes = gtk_source_style_scheme_manager_get_default ();
  scheme = gtk_source_style_scheme_manager_get_scheme (schemes, dark ? "Adwaita-dark" : "Adwaita");

  for (guint i = 0; i < N_EDITORS; i++)
    gtk_source_buffer_set_style_scheme (self->buffers [i], scheme);
}

static void
podlift_container_page_project_set (PodliftPage    *page,
                                    PodliftProject *project)
{
  PodliftContainerPage *self = PODLIFT_CONTAINER_PAGE (page);
  PodliftDockerfile *dockerfile = NULL;

  g_assert (PODLIFT_IS_CONTAINER_PAGE (self));
  g_assert (!project || PODLIFT_IS_PROJECT (project));

  if (project != NULL)
    dockerfile = podlift_project_get_dockerfile (project);

  g_signal_group_set_target (self->dockerfile_signals, dockerfile);
  g_binding_group_set_source (self->dockerfile_bindings, dockerfile);

  for (guint i = 0; i < N_EDITORS; i++)
    podlift_container_page_load_buffer (self, i, dockerfile);
}

static void
podlift_container_page_dispose (GObject *object)
{
  PodliftContainerPage *self = (PodliftContainerPage *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PODLIFT_TYPE_CONTAINER_PAGE);

  g_clear_object (&self->dockerfile_bindings);
  g_clear_object (&self->dockerfile_signals);

  G_OBJECT_CLASS (podlift_container_page_parent_class)->dispose (object);
}

static void
podlift_container_page_class_init (PodliftContainerPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PodliftPageClass *page_class = PODLIFT_PAGE_CLASS (klass);

  object_class->dispose = podlift_container_page_dispose;

  page_class->project_set = podlift_container_page_project_set;

  g_type_ensure (GTK_SOURCE_TYPE_BUFFER);
  g_type_ensure (GTK_SOURCE_TYPE_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, "/app/podlift/Podlift/ui/podlift-container-page.ui");
  gtk_widget_class_bind_template_child_full (widget_class, "dockerfile_buffer", FALSE,
                                             G_STRUCT_OFFSET (PodliftContainerPage, buffers [EDITOR_DOCKERFILE]));
  gtk_widget_class_bind_template_child_full (widget_class, "dockerignore_buffer", FALSE,
                                             G_STRUCT_OFFSET (PodliftContainerPage, buffers [EDITOR_DOCKERIGNORE]));
  gtk_widget_class_bind_template_child_full (widget_class, "compose_buffer", FALSE,
                                             G_STRUCT_OFFSET (PodliftContainerPage, buffers [EDITOR_COMPOSE]));
  gtk_widget_class_bind_template_child (widget_class, PodliftContainerPage, image_row);
  gtk_widget_class_bind_template_child (widget_class, PodliftContainerPage, tag_row);
  gtk_widget_class_bind_template_child (widget_class, PodliftContainerPage, base_size_row);
  gtk_widget_class_bind_template_child (widget_class, PodliftContainerPage, user_id_spin);
  gtk_widget_class_bind_template_child (widget_class, PodliftContainerPage, customised_switch);
}

static void
podlift_container_page_init (PodliftContainerPage *self)
{
  GtkSourceLanguageManager *languages = gtk_source_language_manager_get_default ();
  g_autoptr(AdwEnumListModel) base_sizes = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < N_EDITORS; i++)
    {
      if (editors [i].language != NULL)
        gtk_source_buffer_set_language (self->buffers [i],
                                        gtk_source_language_manager_get_language (languages,
                                                                                  editors [i].language));

      g_signal_connect_object (self->buffers [i],
                               "changed",
                               G_CALLBACK (buffer_changed_cb),
                               self,
                               G_CONNECT_SWAPPED);
    }

  g_signal_connect_object (adw_style_manager_get_default (),
                           "notify::dark",
                           G_CALLBACK (podlift_container_page_update_style_scheme),
                           self,
                           G_CONNECT_SWAPPED);
  podlift_container_page_update_style_scheme (self);

  base_sizes = adw_enum_list_model_new (PODLIFT_TYPE_BASE_SIZE);
  adw_combo_row_set_model (self->base_size_row, G_LIST_MODEL (base_sizes));
  adw_combo_row_set_expression (self->base_size_row,
                                gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                             G_CALLBACK (base_size_label),
                                                             NULL, NULL));

  self->dockerfile_signals = g_signal_group_new (PODLIFT_TYPE_DOCKERFILE);
  g_signal_group_connect_object (self->dockerfile_signals,
                                 "notify",
                                 G_CALLBACK (dockerfile_notify_cb),
                                 self,
                                 G_CONNECT_SWAPPED);

  self->dockerfile_bindings = g_binding_group_new ();
  podlift_bind_text (self->dockerfile_bindings, "image", self->image_row, "text");
  podlift_bind_text (self->dockerfile_bindings, "tag", self->tag_row, "text");
  podlift_bind_enum (self->dockerfile_bindings, "base-size", self->base_size_row);
  podlift_bind_value (self->dockerfile_bindings, "user-id", self->user_id_spin);
  g_binding_group_bind (self->dockerfile_bindings, "customised",
                        self->customised_switch, "active",
                        G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
}
