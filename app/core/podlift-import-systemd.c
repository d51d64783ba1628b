/* podlift-import-systemd.c — placeholder, being written */

#include "config.h"

#include "podlift-scan-private.h"

gboolean
podlift_import_systemd (PodliftScanReport  *report,
                   const char         *name,
                   const char         *text,
                   GError            **error)
{
  return TRUE;
}
