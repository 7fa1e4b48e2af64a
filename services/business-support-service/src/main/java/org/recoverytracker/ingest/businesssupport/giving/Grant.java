package org.recoverytracker.ingest.businesssupport.giving;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What the import reads of one grant of a package, JSON or CSV alike; everything else of the
 * standard is left alone. Values are as the package gives them (text stripped of surrounding
 * spaces); whether they make an event is {@link GrantMapper}'s to decide.
 *
 * @param index the 0-based grant of the package, or CSV data row
 * @param format how the package came, to name fields in problems
 * @param amountAwarded null when absent or not a number (then {@code problems} says so)
 * @param recipient the first {@code recipientOrganization}, or null
 * @param toIndividual true when the grant has a {@code recipientIndividual}
 * @param programme the first {@code grantProgramme}, or null
 * @param problems what was wrong with the grant's shape while reading it (a wrong type, a text
 *                 too long, too many items)
 */
record Grant(
        int index,
        PackageFormat format,
        String id,
        String title,
        String currency,
        BigDecimal amountAwarded,
        String awardDate,
        Recipient recipient,
        boolean toIndividual,
        List<Location> locations,
        Programme programme,
        List<Classification> classifications,
        List<GrantProblem> problems) {

    Grant {
        locations = List.copyOf(locations);
        classifications = List.copyOf(classifications);
        problems = List.copyOf(problems);
    }

    /** An organisation that received the grant: {@code recipientOrganization[0]}. */
    record Recipient(String id, String name, String companyNumber) {}

    /** One {@code beneficiaryLocation}. */
    record Location(String name, String geoCode, String geoCodeType) {}

    /** One {@code grantProgramme}. */
    record Programme(String code, String title) {}

    /** One of the grant's {@code classifications}. */
    record Classification(String vocabulary, String code, String title) {}

    /** The same grant with one more problem, found outside its fields (a CSV row of the wrong width). */
    Grant withProblem(GrantProblem problem) {
        final List<GrantProblem> more = new ArrayList<>(problems);
        more.add(problem);
        return new Grant(
                index,
                format,
                id,
                title,
                currency,
                amountAwarded,
                awardDate,
                recipient,
                toIndividual,
                locations,
                programme,
                classifications,
                more);
    }

    /** A problem of this grant at one of its fields. */
    GrantProblem problem(GrantField field, String message) {
        return new GrantProblem(index, id, field.nameIn(format), message);
    }
}
