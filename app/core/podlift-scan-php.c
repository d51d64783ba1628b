/* podlift-scan-php.c — placeholder, being written */

#include "config.h"

#include "podlift-scan-private.h"

gboolean
podlift_scan_detect_php (PodliftScanContext *ctx)
{
  return FALSE;
}
