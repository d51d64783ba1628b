/* podlift-scan-rust.c — placeholder, being written */

#include "config.h"

#include "podlift-scan-private.h"

gboolean
podlift_scan_detect_rust (PodliftScanContext *ctx)
{
  return FALSE;
}
