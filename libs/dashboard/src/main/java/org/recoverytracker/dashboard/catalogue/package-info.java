/** The catalogue of the published datasets (DCAT, as JSON-LD), for open data portals to harvest. */
package org.recoverytracker.dashboard.catalogue;
