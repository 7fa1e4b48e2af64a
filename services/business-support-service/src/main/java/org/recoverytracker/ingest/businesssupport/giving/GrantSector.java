package org.recoverytracker.ingest.businesssupport.giving;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.recoverytracker.events.SicSection;
import org.recoverytracker.reference.Codes;
import org.recoverytracker.reference.ReferenceData;

/**
 * The sector of a grant's event. A grant may classify itself with UK SIC 2007: a classification
 * whose vocabulary is {@code SIC}, {@code SIC 2007}, {@code SIC code}, {@code UK SIC} or
 * {@code UK SIC 2007} (case, spaces and punctuation aside) and whose code is a SIC 2007 code
 * ({@code 56.10}, {@code 5610}, {@code 56}) or section letter ({@code I}). That wins over the
 * request's {@code ?sector=}, which stands for the grants that don't. Several SIC classifications
 * must agree on the section; the first code is the event's {@code sicCode}.
 *
 * @param sicCode the SIC code the grant gives, or null
 * @param sector the section when no SIC code is given: the grant's own or the request's
 * @param problem why the grant has no sector, or null
 */
record GrantSector(String sicCode, SicSection sector, String problem) {

    private static final Set<String> SIC_VOCABULARIES = Set.of("SIC", "SIC2007", "SICCODE", "UKSIC", "UKSIC2007");

    static GrantSector of(List<Grant.Classification> classifications, SicSection requested) {
        String sicCode = null;
        final Set<String> sections = new LinkedHashSet<>();
        for (Grant.Classification classification : classifications) {
            if (!isSic(classification.vocabulary())) {
                continue;
            }
            final String code = classification.code() == null ? "" : classification.code();
            if (Codes.isSicCode(code)) {
                sicCode = sicCode == null ? code : sicCode;
                ReferenceData.uk()
                        .divisionOfSicCode(code)
                        .ifPresent(division -> sections.add(division.section().code()));
            } else if (Codes.isSectionCode(code.toUpperCase(Locale.ROOT))) {
                sections.add(code.toUpperCase(Locale.ROOT));
            } else {
                return refused("a classification of vocabulary '" + classification.vocabulary() + "' has code '" + code
                        + "', which is not a UK SIC 2007 code (like 56.10) or section (A to U)");
            }
        }
        if (sections.size() > 1) {
            return refused("its SIC 2007 classifications are in different sections (" + String.join(", ", sections)
                    + "); give the grant one sector");
        }
        if (sicCode != null) {
            return new GrantSector(sicCode, null, null);
        }
        if (!sections.isEmpty()) {
            return new GrantSector(null, SicSection.valueOf(sections.iterator().next()), null);
        }
        if (requested != null) {
            return new GrantSector(null, requested, null);
        }
        return refused("the grant has no UK SIC 2007 classification and the request has no ?sector=: give"
                + " ?sector=A..U, the SIC 2007 section of the grants that don't classify themselves");
    }

    private static boolean isSic(String vocabulary) {
        return vocabulary != null
                && SIC_VOCABULARIES.contains(vocabulary.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", ""));
    }

    private static GrantSector refused(String why) {
        return new GrantSector(null, null, why);
    }
}
