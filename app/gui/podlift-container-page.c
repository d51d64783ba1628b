/* podlift-container-page.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-container-page"

#include "config.h"

#include <glib/gi18n.h>

#include "podlift-binding.h"
#include "podlift-container-page-private.h"
#include "podlift-dockerfile-checks.h"
#include "podlift-enum-types.h"
#include "podlift-env-file.h"
#include "podlift-labels.h"

/* The Container step: the Dockerfile, .dockerignore, compose.yaml and the
 * two env files in source views, the Dockerfile's findings under it, and
 * the image options beside them. The buffers belong to the view. The
 * three files are copied into PodliftDockerfile on every edit and back
 * when the model changes on its own (a load, a regeneration); the env
 * files are core's rendering of the profile's variables, read back into
 * the profile a moment after the user stops typing. */

#define DEFAULT_DEBOUNCE_MS 120

/* An env file is read back later than the Dockerfile is linted: reading
 * it renames variables, which should not happen at every keystroke. */
#define ENV_DEBOUNCE_FACTOR 4

/* The model property and the GtkSourceLanguage id of each file. */
static const struct
{
  const char *property;
  const char *language;
} files [PODLIFT_CONTAINER_N_FILES] = {
  { "text", "docker" },
  { "dockerignore", NULL },
  { "compose", "yaml" },
};

/* The values of the variant row, in its order. */
static const char * const variants [] = { "fpm", "apache" };

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

static gboolean
variant_to_selected (GBinding     *binding,
                     const GValue *from,
                     GValue       *to,
                     gpointer      user_data)
{
  const char *variant = g_value_get_string (from);
  guint selected = 0;

  for (guint i = 0; i < G_N_ELEMENTS (variants); i++)
    if (g_strcmp0 (variant, variants [i]) == 0)
      selected = i;

  g_value_set_uint (to, selected);

  return TRUE;
}

static gboolean
selected_to_variant (GBinding     *binding,
                     const GValue *from,
                     GValue       *to,
                     gpointer      user_data)
{
  guint selected = g_value_get_uint (from);

  if (selected >= G_N_ELEMENTS (variants))
    return FALSE;

  g_value_set_string (to, variants [selected]);

  return TRUE;
}

static char *
buffer_dup_text (GtkSourceBuffer *buffer)
{
  GtkTextIter begin, end;

  gtk_text_buffer_get_bounds (GTK_TEXT_BUFFER (buffer), &begin, &end);

  return gtk_text_buffer_get_text (GTK_TEXT_BUFFER (buffer), &begin, &end, TRUE);
}

/* Shows @text in @buffer as a load, not an edit: it does not enter the
 * undo history, and forgets the history before it. Unless @force (for
 * another project), the buffer (its cursor, its history) is left alone
 * when the text is already there. */
static void
podlift_container_page_load (PodliftContainerPage *self,
                             GtkSourceBuffer      *buffer,
                             const char           *text,
                             gboolean              force)
{
  g_autofree char *current = buffer_dup_text (buffer);
  GtkTextIter begin;

  g_assert (PODLIFT_IS_CONTAINER_PAGE (self));

  if (!force && g_strcmp0 (text ? text : "", current) == 0)
    return;

  self->syncing = TRUE;
  gtk_text_buffer_begin_irreversible_action (GTK_TEXT_BUFFER (buffer));
  gtk_text_buffer_set_text (GTK_TEXT_BUFFER (buffer), text ? text : "", -1);
  gtk_text_buffer_end_irreversible_action (GTK_TEXT_BUFFER (buffer));
  self->syncing = FALSE;

  gtk_text_buffer_get_start_iter (GTK_TEXT_BUFFER (buffer), &begin);
  gtk_text_buffer_place_cursor (GTK_TEXT_BUFFER (buffer), &begin);
}

static void
podlift_container_page_load_file (PodliftContainerPage *self,
                                  PodliftContainerFile  file,
                                  PodliftDockerfile    *dockerfile,
                                  gboolean              force)
{
  g_autofree char *text = NULL;

  g_assert (PODLIFT_IS_CONTAINER_PAGE (self));
  g_assert (!dockerfile || PODLIFT_IS_DOCKERFILE (dockerfile));

  if (dockerfile != NULL)
    g_object_get (dockerfile, files [file].property, &text, NULL);

  podlift_container_page_load (self, self->buffers [file], text, force);
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

  for (guint i = 0; i < PODLIFT_CONTAINER_N_FILES; i++)
    {
      if (self->buffers [i] != buffer)
        continue;

      text = buffer_dup_text (buffer);

      /* A file typed by hand is the user's: mark it so that drafting
       * the files again asks first. */
      self->syncing = TRUE;
      g_object_set (dockerfile,
                    files [i].property, text,
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

  for (guint i = 0; i < PODLIFT_CONTAINER_N_FILES; i++)
    if (g_strcmp0 (pspec->name, files [i].property) == 0)
      podlift_container_page_load_file (self, i, dockerfile, FALSE);
}

/* Env files {{{ */

/* Shows core's rendering of the profile's variables, unless it is what
 * the tab shows already or the user's edit is still to be read. */
static void
podlift_container_page_load_env (PodliftContainerPage *self,
                                 gboolean              secret)
{
  g_autoptr(PodliftProject) project = g_signal_group_dup_target (self->project_signals);
  g_autofree char *text = NULL;
  gboolean force;

  g_assert (PODLIFT_IS_CONTAINER_PAGE (self));

  if (self->env_apply_source [secret] != 0)
    return;

  /* Nothing shown yet means another project: its history starts anew. */
  force = self->env_shown [secret] == NULL;
  text = project != NULL ? podlift_env_file_write (project, secret) : NULL;
  if (!force && g_strcmp0 (text ? text : "", self->env_shown [secret]) == 0)
    return;

  g_free (self->env_shown [secret]);
  self->env_shown [secret] = g_strdup (text ? text : "");
  podlift_container_page_load (self, self->env_buffers [secret], text, force);
}

/* Reads an env tab back into the profile. */
static void
podlift_container_page_apply_env (PodliftContainerPage *self,
                                  gboolean              secret)
{
  g_autoptr(PodliftProject) project = g_signal_group_dup_target (self->project_signals);
  g_autofree char *text = NULL;

  g_assert (PODLIFT_IS_CONTAINER_PAGE (self));

  g_clear_handle_id (&self->env_apply_source [secret], g_source_remove);
  if (project == NULL)
    return;

  text = buffer_dup_text (self->env_buffers [secret]);

  /* The tab keeps the user's text (comments, order) as typed; it shows
   * core's rendering again only when the model changes elsewhere. */
  self->syncing = TRUE;
  podlift_app_profile_apply_env_file (podlift_project_get_profile (project), text, secret);
  self->syncing = FALSE;

  g_free (self->env_shown [secret]);
  self->env_shown [secret] = podlift_env_file_write (project, secret);
  podlift_container_page_load_env (self, !secret);
}

static gboolean
apply_configuration_cb (gpointer data)
{
  PodliftContainerPage *self = data;

  g_assert (PODLIFT_IS_CONTAINER_PAGE (self));

  self->env_apply_source [FALSE] = 0;
  podlift_container_page_apply_env (self, FALSE);

  return G_SOURCE_REMOVE;
}

static gboolean
apply_secrets_cb (gpointer data)
{
  PodliftContainerPage *self = data;

  g_assert (PODLIFT_IS_CONTAINER_PAGE (self));

  self->env_apply_source [TRUE] = 0;
  podlift_container_page_apply_env (self, TRUE);

  return G_SOURCE_REMOVE;
}

static void
env_buffer_changed_cb (PodliftContainerPage *self,
                       GtkSourceBuffer      *buffer)
{
  gboolean secret;

  g_assert (PODLIFT_IS_CONTAINER_PAGE (self));
  g_assert (GTK_SOURCE_IS_BUFFER (buffer));

  if (self->syncing)
    return;

  secret = buffer == self->env_buffers [TRUE];
  g_clear_handle_id (&self->env_apply_source [secret], g_source_remove);
  self->env_apply_source [secret] = g_timeout_add (podlift_page_get_debounce_ms (PODLIFT_PAGE (self)) *
                                                   ENV_DEBOUNCE_FACTOR,
                                                   secret ? apply_secrets_cb : apply_configuration_cb,
                                                   self);
  g_source_set_name_by_id (self->env_apply_source [secret], "[podlift] read an env file back");
}

/* Reads pending edits into the project they were made in. */
static void
podlift_container_page_flush_env (PodliftContainerPage *self)
{
  g_assert (PODLIFT_IS_CONTAINER_PAGE (self));

  for (guint i = 0; i < PODLIFT_CONTAINER_N_ENV_FILES; i++)
    if (self->env_apply_source [i] != 0)
      podlift_container_page_apply_env (self, i);
}

static void
project_changed_cb (PodliftContainerPage *self,
                    PodliftProject       *project)
{
  g_assert (PODLIFT_IS_CONTAINER_PAGE (self));
  g_assert (PODLIFT_IS_PROJECT (project));

  if (self->syncing)
    return;

  for (guint i = 0; i < PODLIFT_CONTAINER_N_ENV_FILES; i++)
    podlift_container_page_load_env (self, i);
}

/* }}} */

static void
podlift_container_page_update_stack (PodliftContainerPage *self)
{
  g_autoptr(PodliftAppProfile) profile = g_signal_group_dup_target (self->profile_signals);
  g_autofree char *subtitle = NULL;
  PodliftStack stack = PODLIFT_STACK_UNKNOWN;
  const char *version = NULL;

  g_assert (PODLIFT_IS_CONTAINER_PAGE (self));

  if (profile != NULL)
    {
      stack = podlift_app_profile_get_stack (profile);
      version = podlift_app_profile_get_stack_version (profile);
    }

  if (stack == PODLIFT_STACK_UNKNOWN)
    subtitle = g_strdup (_("Not answered yet"));
  else if (version != NULL)
    /* Translators: a stack and its version, such as "Node.js 20.11" */
    subtitle = g_strdup_printf (_("%s %s"), podlift_stack_get_label (stack), version);
  else
    subtitle = g_strdup (podlift_stack_get_label (stack));

  adw_action_row_set_subtitle (self->stack_row, subtitle);

  /* Only PHP has template variants. */
  gtk_widget_set_visible (GTK_WIDGET (self->variant_row), stack == PODLIFT_STACK_PHP);
}

static void
profile_notify_cb (PodliftContainerPage *self,
                   GParamSpec           *pspec,
                   PodliftAppProfile    *profile)
{
  g_assert (PODLIFT_IS_CONTAINER_PAGE (self));

  if (g_strcmp0 (pspec->name, "stack") == 0 || g_strcmp0 (pspec->name, "stack-version") == 0)
    podlift_container_page_update_stack (self);
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

  for (guint i = 0; i < PODLIFT_CONTAINER_N_FILES; i++)
    gtk_source_buffer_set_style_scheme (self->buffers [i], scheme);
  for (guint i = 0; i < PODLIFT_CONTAINER_N_ENV_FILES; i++)
    gtk_source_buffer_set_style_scheme (self->env_buffers [i], scheme);
}

static void
podlift_container_page_project_set (PodliftPage    *page,
                                    PodliftProject *project)
{
  PodliftContainerPage *self = PODLIFT_CONTAINER_PAGE (page);
  PodliftDockerfile *dockerfile = NULL;
  PodliftAppProfile *profile = NULL;

  g_assert (PODLIFT_IS_CONTAINER_PAGE (self));
  g_assert (!project || PODLIFT_IS_PROJECT (project));

  if (project != NULL)
    {
      dockerfile = podlift_project_get_dockerfile (project);
      profile = podlift_project_get_profile (project);
    }

  /* Edits still to be read belong to the project they were made in. */
  podlift_container_page_flush_env (self);

  g_signal_group_set_target (self->dockerfile_signals, dockerfile);
  g_signal_group_set_target (self->profile_signals, profile);
  g_signal_group_set_target (self->project_signals, project);
  g_binding_group_set_source (self->dockerfile_bindings, dockerfile);

  for (guint i = 0; i < PODLIFT_CONTAINER_N_FILES; i++)
    podlift_container_page_load_file (self, i, dockerfile, TRUE);

  /* Once the buffer holds the new text, so that the marks land on it. */
  podlift_lint_adapter_set_source (self->lint, dockerfile, profile);

  for (guint i = 0; i < PODLIFT_CONTAINER_N_ENV_FILES; i++)
    {
      g_clear_pointer (&self->env_shown [i], g_free);
      podlift_container_page_load_env (self, i);
    }

  podlift_container_page_update_stack (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "container.regenerate", project != NULL);
}

static void
podlift_container_page_dispose (GObject *object)
{
  PodliftContainerPage *self = (PodliftContainerPage *)object;

  for (guint i = 0; i < PODLIFT_CONTAINER_N_ENV_FILES; i++)
    {
      g_clear_handle_id (&self->env_apply_source [i], g_source_remove);
      g_clear_pointer (&self->env_shown [i], g_free);
    }

  /* The view's hover holds the adapter until the adapter lets go. */
  if (self->lint != NULL)
    g_object_run_dispose (G_OBJECT (self->lint));
  g_clear_object (&self->lint);

  gtk_widget_dispose_template (GTK_WIDGET (self), PODLIFT_TYPE_CONTAINER_PAGE);

  g_clear_object (&self->dockerfile_bindings);
  g_clear_object (&self->dockerfile_signals);
  g_clear_object (&self->profile_signals);
  g_clear_object (&self->project_signals);

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
                                             G_STRUCT_OFFSET (PodliftContainerPage, buffers [PODLIFT_CONTAINER_FILE_DOCKERFILE]));
  gtk_widget_class_bind_template_child_full (widget_class, "dockerignore_buffer", FALSE,
                                             G_STRUCT_OFFSET (PodliftContainerPage, buffers [PODLIFT_CONTAINER_FILE_DOCKERIGNORE]));
  gtk_widget_class_bind_template_child_full (widget_class, "compose_buffer", FALSE,
                                             G_STRUCT_OFFSET (PodliftContainerPage, buffers [PODLIFT_CONTAINER_FILE_COMPOSE]));
  gtk_widget_class_bind_template_child_full (widget_class, "configuration_buffer", FALSE,
                                             G_STRUCT_OFFSET (PodliftContainerPage, env_buffers [FALSE]));
  gtk_widget_class_bind_template_child_full (widget_class, "secrets_buffer", FALSE,
                                             G_STRUCT_OFFSET (PodliftContainerPage, env_buffers [TRUE]));
  gtk_widget_class_bind_template_child (widget_class, PodliftContainerPage, dockerfile_view);
  gtk_widget_class_bind_template_child (widget_class, PodliftContainerPage, findings_list);
  gtk_widget_class_bind_template_child (widget_class, PodliftContainerPage, findings_title);
  gtk_widget_class_bind_template_child (widget_class, PodliftContainerPage, stack_row);
  gtk_widget_class_bind_template_child (widget_class, PodliftContainerPage, base_size_row);
  gtk_widget_class_bind_template_child (widget_class, PodliftContainerPage, variant_row);
  gtk_widget_class_bind_template_child (widget_class, PodliftContainerPage, user_id_spin);
  gtk_widget_class_bind_template_child (widget_class, PodliftContainerPage, image_row);
  gtk_widget_class_bind_template_child (widget_class, PodliftContainerPage, tag_row);
  gtk_widget_class_bind_template_child (widget_class, PodliftContainerPage, customised_switch);
  gtk_widget_class_bind_template_callback_full (widget_class, "findings_row_activated_cb",
                                                G_CALLBACK (podlift_container_page_findings_activated));

  gtk_widget_class_install_action (widget_class, "container.regenerate", "s",
                                   podlift_container_page_regenerate);
}

static void
podlift_container_page_init_buffers (PodliftContainerPage *self)
{
  GtkSourceLanguageManager *languages = gtk_source_language_manager_get_default ();

  g_assert (PODLIFT_IS_CONTAINER_PAGE (self));

  for (guint i = 0; i < PODLIFT_CONTAINER_N_FILES; i++)
    {
      if (files [i].language != NULL)
        gtk_source_buffer_set_language (self->buffers [i],
                                        gtk_source_language_manager_get_language (languages,
                                                                                  files [i].language));

      g_signal_connect_object (self->buffers [i],
                               "changed",
                               G_CALLBACK (buffer_changed_cb),
                               self,
                               G_CONNECT_SWAPPED);
    }

  for (guint i = 0; i < PODLIFT_CONTAINER_N_ENV_FILES; i++)
    {
      /* KEY=value lines and # comments read like shell. */
      gtk_source_buffer_set_language (self->env_buffers [i],
                                      gtk_source_language_manager_get_language (languages, "sh"));
      g_signal_connect_object (self->env_buffers [i],
                               "changed",
                               G_CALLBACK (env_buffer_changed_cb),
                               self,
                               G_CONNECT_SWAPPED);
    }

  g_signal_connect_object (adw_style_manager_get_default (),
                           "notify::dark",
                           G_CALLBACK (podlift_container_page_update_style_scheme),
                           self,
                           G_CONNECT_SWAPPED);
  podlift_container_page_update_style_scheme (self);
}

static void
podlift_container_page_init_bindings (PodliftContainerPage *self)
{
  g_assert (PODLIFT_IS_CONTAINER_PAGE (self));

  self->dockerfile_signals = g_signal_group_new (PODLIFT_TYPE_DOCKERFILE);
  g_signal_group_connect_object (self->dockerfile_signals, "notify",
                                 G_CALLBACK (dockerfile_notify_cb), self, G_CONNECT_SWAPPED);

  self->profile_signals = g_signal_group_new (PODLIFT_TYPE_APP_PROFILE);
  g_signal_group_connect_object (self->profile_signals, "notify",
                                 G_CALLBACK (profile_notify_cb), self, G_CONNECT_SWAPPED);

  self->project_signals = g_signal_group_new (PODLIFT_TYPE_PROJECT);
  g_signal_group_connect_object (self->project_signals, "changed",
                                 G_CALLBACK (project_changed_cb), self, G_CONNECT_SWAPPED);

  self->dockerfile_bindings = g_binding_group_new ();
  podlift_bind_text (self->dockerfile_bindings, "image", self->image_row, "text");
  podlift_bind_text (self->dockerfile_bindings, "tag", self->tag_row, "text");
  podlift_bind_enum (self->dockerfile_bindings, "base-size", self->base_size_row);
  podlift_bind_value (self->dockerfile_bindings, "user-id", self->user_id_spin);
  g_binding_group_bind_full (self->dockerfile_bindings, "variant",
                             self->variant_row, "selected",
                             G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                             variant_to_selected, selected_to_variant, NULL, NULL);
  g_binding_group_bind (self->dockerfile_bindings, "customised",
                        self->customised_switch, "active",
                        G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
}

static void
podlift_container_page_init (PodliftContainerPage *self)
{
  g_autoptr(AdwEnumListModel) base_sizes = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Lint a little sooner than the base class's default */
  podlift_page_set_debounce_ms (PODLIFT_PAGE (self), DEFAULT_DEBOUNCE_MS);

  podlift_container_page_init_buffers (self);

  base_sizes = adw_enum_list_model_new (PODLIFT_TYPE_BASE_SIZE);
  adw_combo_row_set_model (self->base_size_row, G_LIST_MODEL (base_sizes));
  adw_combo_row_set_expression (self->base_size_row,
                                gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                             G_CALLBACK (base_size_label),
                                                             NULL, NULL));

  podlift_container_page_init_bindings (self);

  self->lint = podlift_lint_adapter_new (self->dockerfile_view);
  g_object_bind_property (self, "debounce-ms", self->lint, "debounce-ms", G_BINDING_SYNC_CREATE);
  podlift_container_page_bind_findings (self);

  podlift_container_page_update_stack (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "container.regenerate", FALSE);
}

const char *
podlift_container_file_get_title (PodliftContainerFile file)
{
  static const char * const titles [] = { "Dockerfile", ".dockerignore", "compose.yaml" };

  g_return_val_if_fail (file < PODLIFT_CONTAINER_N_FILES, NULL);

  return titles [file];
}

char *
podlift_container_page_dup_text (PodliftContainerPage *self,
                                 PodliftContainerFile  file)
{
  g_return_val_if_fail (PODLIFT_IS_CONTAINER_PAGE (self), NULL);
  g_return_val_if_fail (file < PODLIFT_CONTAINER_N_FILES, NULL);

  return buffer_dup_text (self->buffers [file]);
}

/* Puts a new draft in place as one edit, which one undo takes back. A
 * new Dockerfile draft is no longer the user's. */
void
podlift_container_page_replace_text (PodliftContainerPage *self,
                                     PodliftContainerFile  file,
                                     const char           *text)
{
  g_autoptr(PodliftDockerfile) dockerfile = NULL;
  GtkTextBuffer *buffer;
  GtkTextIter begin, end;

  g_return_if_fail (PODLIFT_IS_CONTAINER_PAGE (self));
  g_return_if_fail (file < PODLIFT_CONTAINER_N_FILES);
  g_return_if_fail (text != NULL);

  dockerfile = g_signal_group_dup_target (self->dockerfile_signals);
  if (dockerfile == NULL)
    return;

  buffer = GTK_TEXT_BUFFER (self->buffers [file]);

  self->syncing = TRUE;
  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_get_bounds (buffer, &begin, &end);
  gtk_text_buffer_delete (buffer, &begin, &end);
  gtk_text_buffer_insert (buffer, &begin, text, -1);
  gtk_text_buffer_end_user_action (buffer);

  g_object_set (dockerfile, files [file].property, text, NULL);
  if (file == PODLIFT_CONTAINER_FILE_DOCKERFILE)
    podlift_dockerfile_set_customised (dockerfile, FALSE);
  self->syncing = FALSE;

  gtk_text_buffer_get_start_iter (buffer, &begin);
  gtk_text_buffer_place_cursor (buffer, &begin);
}
