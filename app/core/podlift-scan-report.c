/* podlift-scan-report.c — placeholder, being written */

#include "config.h"

#include "podlift-scan-report.h"

struct _PodliftScanReport
{
  GObject parent_instance;
};

G_DEFINE_FINAL_TYPE (PodliftScanReport, podlift_scan_report, G_TYPE_OBJECT)

static void
podlift_scan_report_class_init (PodliftScanReportClass *klass)
{
}

static void
podlift_scan_report_init (PodliftScanReport *self)
{
}
