package org.recoverytracker.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recoverytracker.events.SicSection;
import org.recoverytracker.reference.Codes;
import org.recoverytracker.reference.ReferenceData;
import org.recoverytracker.reference.SicDivision;
import org.recoverytracker.schemas.CommonEventFields;

/**
 * The rule for what a record says about its sector, shared by events and reference records such
 * as baselines: a UK SIC 2007 code, a section, or both when they agree.
 */
public final class SectorRule {

    private static final ReferenceData UK = ReferenceData.uk();

    private static final String SIC_CODE_RULE =
            "a UK SIC 2007 code: a 2-digit division, optionally with more digits, like 51 or 51.10";

    private SectorRule() {}

    /** What the rule asks of {@code sicCode} and {@code sector}, for the data dictionary. */
    public static Map<String, String> constraints() {
        return Map.of(
                CommonEventFields.SIC_CODE,
                SIC_CODE_RULE + "; sicCode or sector is required",
                CommonEventFields.SECTOR,
                "a UK SIC 2007 section, A to U; with a sicCode, the section of its division");
    }

    /** What is wrong with a record's {@code sicCode} and {@code sector}; empty when they are valid. */
    public static List<Violation> check(String sicCode, SicSection sector) {
        final Violations violations = new Violations();
        check(sicCode, sector, violations);
        return violations.toList();
    }

    /**
     * The section a valid pair counts in: the sector, or the section of the code's division.
     *
     * @throws IllegalArgumentException when {@link #check} finds the pair invalid
     */
    public static SicSection sectionOf(String sicCode, SicSection sector) {
        if (sector != null) {
            return sector;
        }
        return UK.divisionOfSicCode(sicCode == null ? "" : sicCode)
                .map(division -> SicSection.valueOf(division.section().code()))
                .orElseThrow(() -> new IllegalArgumentException("no sector and no known SIC code"));
    }

    static void check(String sicCode, SicSection sector, Violations violations) {
        if (sicCode == null) {
            if (sector == null) {
                violations.add(CommonEventFields.SECTOR, "give sicCode or sector: one of them is required");
            }
            return;
        }
        if (!Codes.isSicCode(sicCode)) {
            violations.add(CommonEventFields.SIC_CODE, "must be " + SIC_CODE_RULE + ", but was '" + sicCode + "'");
            return;
        }
        final Optional<SicDivision> division = UK.divisionOfSicCode(sicCode);
        if (division.isEmpty()) {
            violations.add(CommonEventFields.SIC_CODE, "UK SIC 2007 has no division " + sicCode.substring(0, 2));
        } else if (sector != null && !division.get().section().code().equals(sector.name())) {
            violations.add(
                    CommonEventFields.SECTOR,
                    "sector " + sector + " does not match sicCode " + sicCode
                            + ", which is in section "
                            + division.get().section().code()
                            + " (" + division.get().section().title() + ")");
        }
    }
}
