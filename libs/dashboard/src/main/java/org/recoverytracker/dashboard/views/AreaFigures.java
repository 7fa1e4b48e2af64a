package org.recoverytracker.dashboard.views;

import java.util.List;

/**
 * A place, a region, the UK or an area partners defined: its totals and its sectors with live
 * events, in sector order.
 *
 * @param code the place's GSS code, the region's ITL1 code, {@value #UK_CODE} for the UK, or the areaId
 */
public record AreaFigures(String code, String name, Figures total, List<Sector> sectors) {

    /** The ONS code of the United Kingdom, used where the page needs one (CSV downloads). */
    public static final String UK_CODE = "K02000001";

    /** What the UK is called on the page and in the downloads. */
    public static final String UK_NAME = "United Kingdom";

    public AreaFigures {
        sectors = List.copyOf(sectors);
    }

    /** One sector (SIC 2007 section) of an area. */
    public record Sector(String code, String name, Figures figures) {}
}
