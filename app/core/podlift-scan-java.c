/* podlift-scan-java.c — placeholder, being written */

#include "config.h"

#include "podlift-scan-private.h"

gboolean
podlift_scan_detect_java (PodliftScanContext *ctx)
{
  return FALSE;
}
