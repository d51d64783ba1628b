/* podlift-scan-common.c — placeholder, being written */

#include "config.h"

#include "podlift-scan-private.h"

void
podlift_scan_detect_common (PodliftScanContext *ctx)
{
}
