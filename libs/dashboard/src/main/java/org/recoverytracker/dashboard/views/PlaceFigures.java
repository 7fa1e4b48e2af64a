package org.recoverytracker.dashboard.views;

import org.recoverytracker.reference.ReferenceData;
import org.recoverytracker.reference.Region;

/**
 * A place in the list of places with live events.
 *
 * @param region the ITL1 code of its region
 */
public record PlaceFigures(String code, String name, String region, Figures figures) {

    /** The region's name, as the page and the downloads write it. */
    public String regionName() {
        return ReferenceData.uk().region(region).map(Region::name).orElse(region);
    }
}
