/* podlift-dockerfile.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-dockerfile"

#include "config.h"

#include "podlift-enum-types.h"
#include "podlift-model-util.h"
#include "podlift-dockerfile.h"

/* The container image: the Container step. The texts are the artifacts as the user sees them. */
struct _PodliftDockerfile
{
  GObject parent_instance;

  char *text;
  char *dockerignore;
  char *compose;
  PodliftBaseSize base_size;
  char *image;
  char *tag;
  guint user_id;
  gboolean customised;
  char *variant;
};

G_DEFINE_FINAL_TYPE (PodliftDockerfile, podlift_dockerfile, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TEXT,
  PROP_DOCKERIGNORE,
  PROP_COMPOSE,
  PROP_BASE_SIZE,
  PROP_IMAGE,
  PROP_TAG,
  PROP_USER_ID,
  PROP_CUSTOMISED,
  PROP_VARIANT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
podlift_dockerfile_finalize (GObject *object)
{
  PodliftDockerfile *self = (PodliftDockerfile *)object;

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->dockerignore, g_free);
  g_clear_pointer (&self->compose, g_free);
  g_clear_pointer (&self->image, g_free);
  g_clear_pointer (&self->tag, g_free);
  g_clear_pointer (&self->variant, g_free);

  G_OBJECT_CLASS (podlift_dockerfile_parent_class)->finalize (object);
}

static void
podlift_dockerfile_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PodliftDockerfile *self = PODLIFT_DOCKERFILE (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_DOCKERIGNORE:
      g_value_set_string (value, self->dockerignore);
      break;

    case PROP_COMPOSE:
      g_value_set_string (value, self->compose);
      break;

    case PROP_BASE_SIZE:
      g_value_set_enum (value, self->base_size);
      break;

    case PROP_IMAGE:
      g_value_set_string (value, self->image);
      break;

    case PROP_TAG:
      g_value_set_string (value, self->tag);
      break;

    case PROP_USER_ID:
      g_value_set_uint (value, self->user_id);
      break;

    case PROP_CUSTOMISED:
      g_value_set_boolean (value, self->customised);
      break;

    case PROP_VARIANT:
      g_value_set_string (value, self->variant);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
podlift_dockerfile_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PodliftDockerfile *self = PODLIFT_DOCKERFILE (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      podlift_dockerfile_set_text (self, g_value_get_string (value));
      break;

    case PROP_DOCKERIGNORE:
      podlift_dockerfile_set_dockerignore (self, g_value_get_string (value));
      break;

    case PROP_COMPOSE:
      podlift_dockerfile_set_compose (self, g_value_get_string (value));
      break;

    case PROP_BASE_SIZE:
      podlift_dockerfile_set_base_size (self, g_value_get_enum (value));
      break;

    case PROP_IMAGE:
      podlift_dockerfile_set_image (self, g_value_get_string (value));
      break;

    case PROP_TAG:
      podlift_dockerfile_set_tag (self, g_value_get_string (value));
      break;

    case PROP_USER_ID:
      podlift_dockerfile_set_user_id (self, g_value_get_uint (value));
      break;

    case PROP_CUSTOMISED:
      podlift_dockerfile_set_customised (self, g_value_get_boolean (value));
      break;

    case PROP_VARIANT:
      podlift_dockerfile_set_variant (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
podlift_dockerfile_class_init (PodliftDockerfileClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = podlift_dockerfile_finalize;
  object_class->get_property = podlift_dockerfile_get_property;
  object_class->set_property = podlift_dockerfile_set_property;

  properties [PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                             NULL,
                             (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_DOCKERIGNORE] =
    g_param_spec_string ("dockerignore", NULL, NULL,
                             NULL,
                             (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_COMPOSE] =
    g_param_spec_string ("compose", NULL, NULL,
                             NULL,
                             (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_BASE_SIZE] =
    g_param_spec_enum ("base-size", NULL, NULL,
                           PODLIFT_TYPE_BASE_SIZE,
                           PODLIFT_BASE_SIZE_ALPINE,
                           (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_IMAGE] =
    g_param_spec_string ("image", NULL, NULL,
                             NULL,
                             (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_TAG] =
    g_param_spec_string ("tag", NULL, NULL,
                             NULL,
                             (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_USER_ID] =
    g_param_spec_uint ("user-id", NULL, NULL,
                           0, G_MAXUINT, 10001,
                           (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_CUSTOMISED] =
    g_param_spec_boolean ("customised", NULL, NULL,
                              FALSE,
                              (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* A template's variant where a stack has several: "fpm" or "apache"
   * for PHP; NULL for the stack's default. */
  properties [PROP_VARIANT] =
    g_param_spec_string ("variant", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
podlift_dockerfile_init (PodliftDockerfile *self)
{
  self->base_size = PODLIFT_BASE_SIZE_ALPINE;
  self->user_id = 10001;
}

PodliftDockerfile *
podlift_dockerfile_new (void)
{
  return g_object_new (PODLIFT_TYPE_DOCKERFILE, NULL);
}

const char *
podlift_dockerfile_get_text (PodliftDockerfile *self)
{
  g_return_val_if_fail (PODLIFT_IS_DOCKERFILE (self), NULL);

  return self->text;
}

void
podlift_dockerfile_set_text (PodliftDockerfile *self,
                             const char        *text)
{
  g_return_if_fail (PODLIFT_IS_DOCKERFILE (self));

  if (podlift_set_string (&self->text, text))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TEXT]);
}

const char *
podlift_dockerfile_get_dockerignore (PodliftDockerfile *self)
{
  g_return_val_if_fail (PODLIFT_IS_DOCKERFILE (self), NULL);

  return self->dockerignore;
}

void
podlift_dockerfile_set_dockerignore (PodliftDockerfile *self,
                                     const char        *dockerignore)
{
  g_return_if_fail (PODLIFT_IS_DOCKERFILE (self));

  if (podlift_set_string (&self->dockerignore, dockerignore))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DOCKERIGNORE]);
}

const char *
podlift_dockerfile_get_compose (PodliftDockerfile *self)
{
  g_return_val_if_fail (PODLIFT_IS_DOCKERFILE (self), NULL);

  return self->compose;
}

void
podlift_dockerfile_set_compose (PodliftDockerfile *self,
                                const char        *compose)
{
  g_return_if_fail (PODLIFT_IS_DOCKERFILE (self));

  if (podlift_set_string (&self->compose, compose))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_COMPOSE]);
}

PodliftBaseSize
podlift_dockerfile_get_base_size (PodliftDockerfile *self)
{
  g_return_val_if_fail (PODLIFT_IS_DOCKERFILE (self), 0);

  return self->base_size;
}

void
podlift_dockerfile_set_base_size (PodliftDockerfile *self,
                                  PodliftBaseSize    base_size)
{
  g_return_if_fail (PODLIFT_IS_DOCKERFILE (self));

  if (self->base_size == base_size)
    return;

  self->base_size = base_size;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BASE_SIZE]);
}

const char *
podlift_dockerfile_get_image (PodliftDockerfile *self)
{
  g_return_val_if_fail (PODLIFT_IS_DOCKERFILE (self), NULL);

  return self->image;
}

void
podlift_dockerfile_set_image (PodliftDockerfile *self,
                              const char        *image)
{
  g_return_if_fail (PODLIFT_IS_DOCKERFILE (self));

  if (podlift_set_string (&self->image, image))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_IMAGE]);
}

const char *
podlift_dockerfile_get_tag (PodliftDockerfile *self)
{
  g_return_val_if_fail (PODLIFT_IS_DOCKERFILE (self), NULL);

  return self->tag;
}

void
podlift_dockerfile_set_tag (PodliftDockerfile *self,
                            const char        *tag)
{
  g_return_if_fail (PODLIFT_IS_DOCKERFILE (self));

  if (podlift_set_string (&self->tag, tag))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TAG]);
}

guint
podlift_dockerfile_get_user_id (PodliftDockerfile *self)
{
  g_return_val_if_fail (PODLIFT_IS_DOCKERFILE (self), 0);

  return self->user_id;
}

void
podlift_dockerfile_set_user_id (PodliftDockerfile *self,
                                guint              user_id)
{
  g_return_if_fail (PODLIFT_IS_DOCKERFILE (self));

  if (self->user_id == user_id)
    return;

  self->user_id = user_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_USER_ID]);
}

gboolean
podlift_dockerfile_get_customised (PodliftDockerfile *self)
{
  g_return_val_if_fail (PODLIFT_IS_DOCKERFILE (self), FALSE);

  return self->customised;
}

void
podlift_dockerfile_set_customised (PodliftDockerfile *self,
                                   gboolean           customised)
{
  g_return_if_fail (PODLIFT_IS_DOCKERFILE (self));

  customised = !!customised;

  if (self->customised == customised)
    return;

  self->customised = customised;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CUSTOMISED]);
}

const char *
podlift_dockerfile_get_variant (PodliftDockerfile *self)
{
  g_return_val_if_fail (PODLIFT_IS_DOCKERFILE (self), NULL);

  return self->variant;
}

void
podlift_dockerfile_set_variant (PodliftDockerfile *self,
                                const char        *variant)
{
  g_return_if_fail (PODLIFT_IS_DOCKERFILE (self));

  if (podlift_set_string (&self->variant, variant))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_VARIANT]);
}
