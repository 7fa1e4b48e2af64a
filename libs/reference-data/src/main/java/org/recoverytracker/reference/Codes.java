package org.recoverytracker.reference;

import java.util.regex.Pattern;

/**
 * The shapes of the codes the APIs take. A code of the right shape may still be unknown to the
 * reference data; callers tell the two apart (a malformed code is a 400, an unknown one a 404 or
 * a validation error).
 */
public final class Codes {

    private static final Pattern PLACE = Pattern.compile("[ENSW]\\d{8}");
    private static final Pattern REGION = Pattern.compile("TL[C-N]");
    private static final Pattern SECTION = Pattern.compile("[A-U]");
    /** A division (51), optionally followed by a class and subclass (51.10, 5110, 01.11/1). */
    private static final Pattern SIC_CODE = Pattern.compile("\\d{2}(\\.?\\d{1,3}(/\\d)?)?");

    /** An area partners define: its id is the partner's choice, of the shape of an eventId. */
    private static final Pattern AREA_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    /** What an areaId is, for messages that refuse one. */
    public static final String AREA_ID_SHAPE = "1 to 64 characters of [A-Za-z0-9._:-]";

    private Codes() {}

    public static boolean isPlaceCode(String code) {
        return code != null && PLACE.matcher(code).matches();
    }

    public static boolean isRegionCode(String code) {
        return code != null && REGION.matcher(code).matches();
    }

    public static boolean isSectionCode(String code) {
        return code != null && SECTION.matcher(code).matches();
    }

    public static boolean isAreaId(String code) {
        return code != null && AREA_ID.matcher(code).matches();
    }

    public static boolean isSicCode(String code) {
        return code != null && SIC_CODE.matcher(code).matches();
    }
}
