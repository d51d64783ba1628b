/* podlift-scan-ruby.c — placeholder, being written */

#include "config.h"

#include "podlift-scan-private.h"

gboolean
podlift_scan_detect_ruby (PodliftScanContext *ctx)
{
  return FALSE;
}
