package org.recoverytracker.ingest.businesssupport.giving;

/** How a 360Giving package came: the standard's JSON, or its CSV with title headers. */
enum PackageFormat {
    JSON,
    CSV
}
