package org.recoverytracker.ingest.businesssupport.giving;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.avro.specific.SpecificRecordBase;
import org.recoverytracker.events.SicSection;
import org.recoverytracker.ingest.EventEnvelope;
import org.recoverytracker.ingest.OrganisationRequest;
import org.recoverytracker.ingest.businesssupport.BusinessSupportRequest;
import org.recoverytracker.ingest.validation.EventValidation;

/**
 * Makes a grant into a {@code GRANT} business-support event, or says every reason it can't: the
 * event id from the grant's id ({@link GrantEventIds}), the place from its beneficiary locations
 * ({@link GrantPlaces}), the recipient from its first recipient organisation (name, and the company
 * number given or in a {@code GB-COH-} identifier), the programme from its first grant programme's
 * title (else its code, else the grant's own title), {@code amountPence} from {@code amountAwarded}
 * in GBP in whole pence, {@code occurredOn} from the date of {@code awardDate}, the sector by
 * {@link GrantSector}, and no jobs (a 360Giving grant doesn't say). The event is then checked by
 * the same rules as every posted event.
 */
final class GrantMapper {

    /** The event rules' most pence, in pounds: checked before the conversion so that it can't overflow. */
    private static final BigDecimal MAX_POUNDS = BigDecimal.valueOf(100_000_000_000L);

    private static final String COMPANIES_HOUSE_PREFIX = "GB-COH-";
    private static final int COMPANY_NUMBER_LENGTH = 8;

    private final EventValidation validation;
    private final GrantPlaces places;

    GrantMapper(EventValidation validation, GrantPlaces places) {
        this.validation = validation;
        this.places = places;
    }

    /** A grant made into an event ({@code problems} empty), or why it can't be. */
    record Mapped(Grant grant, String eventId, SpecificRecordBase event, List<GrantProblem> problems) {

        boolean isValid() {
            return problems.isEmpty();
        }
    }

    Mapped map(Grant grant, SicSection requestedSector, String partner, Instant receivedAt) {
        final List<GrantProblem> problems = new ArrayList<>(grant.problems());
        final String eventId = grant.id() == null ? null : GrantEventIds.of(grant.id());
        if (grant.id() == null) {
            requireOnce(
                    grant,
                    GrantField.ID,
                    "is required: the grant's 360Giving id, which its event id is made from",
                    problems);
        }
        checkCurrency(grant, problems);
        final Long pence = pence(grant, problems);
        final LocalDate awardedOn = awardedOn(grant, problems);
        final OrganisationRequest recipient = recipient(grant, problems);
        final String programme = programme(grant, problems);
        String place = null;
        if (awardedOn != null) {
            final GrantPlaces.Resolution resolution = places.resolve(grant.locations(), awardedOn);
            if (resolution.isPlaced()) {
                place = resolution.code();
            } else {
                problems.add(grant.problem(GrantField.BENEFICIARY_LOCATION, resolution.refusal()));
            }
        }
        final GrantSector sector = GrantSector.of(grant.classifications(), requestedSector);
        if (sector.problem() != null) {
            problems.add(grant.problem(GrantField.CLASSIFICATIONS, sector.problem()));
        }
        if (!problems.isEmpty()) {
            return new Mapped(grant, eventId, null, problems);
        }
        final BusinessSupportRequest request = BusinessSupportRequest.grant(
                place, sector.sicCode(), sector.sector(), awardedOn, recipient, programme, pence);
        final EventValidation.Checked checked = validation.check(
                request,
                new EventEnvelope(eventId, partner, receivedAt),
                grant.index(),
                path -> GrantField.forEventField(path, grant.format()));
        checked.errors()
                .forEach(error ->
                        problems.add(new GrantProblem(grant.index(), grant.id(), error.field(), error.message())));
        return new Mapped(grant, eventId, checked.event(), problems);
    }

    private static void checkCurrency(Grant grant, List<GrantProblem> problems) {
        if (grant.currency() == null) {
            requireOnce(grant, GrantField.CURRENCY, "is required; only grants in GBP are imported", problems);
        } else if (!grant.currency().equals("GBP")) {
            problems.add(grant.problem(
                    GrantField.CURRENCY,
                    "is '" + grant.currency() + "': only grants in GBP (pounds sterling) are imported"));
        }
    }

    /** {@code amountAwarded} in pence, exactly; null when it is not a whole number of pence from 0 to £100 billion. */
    private static Long pence(Grant grant, List<GrantProblem> problems) {
        final BigDecimal pounds = grant.amountAwarded();
        if (pounds == null) {
            requireOnce(grant, GrantField.AMOUNT_AWARDED, "is required: the amount awarded, in pounds", problems);
            return null;
        }
        // Compared before any arithmetic: a number like 1e999999999 is small to send but huge to expand.
        if (pounds.signum() < 0) {
            problems.add(grant.problem(GrantField.AMOUNT_AWARDED, "must be 0 or more, but was " + pounds));
            return null;
        }
        if (pounds.compareTo(MAX_POUNDS) > 0) {
            problems.add(grant.problem(
                    GrantField.AMOUNT_AWARDED, "must be at most 100000000000 (£100 billion), but was " + pounds));
            return null;
        }
        final BigDecimal pence = pounds.movePointRight(2);
        if (pence.stripTrailingZeros().scale() > 0) {
            problems.add(grant.problem(
                    GrantField.AMOUNT_AWARDED,
                    "is " + pounds + ": it must be a whole number of pence, at most 2 decimal places"));
            return null;
        }
        return pence.longValueExact();
    }

    /** The date of {@code awardDate}: a date, or the date as written in a date-time. */
    private static LocalDate awardedOn(Grant grant, List<GrantProblem> problems) {
        final String text = grant.awardDate();
        if (text == null) {
            requireOnce(grant, GrantField.AWARD_DATE, "is required: the date the grant was awarded", problems);
            return null;
        }
        try {
            return text.length() == 10 ? LocalDate.parse(text) : dateOfDateTime(text);
        } catch (DateTimeException e) {
            problems.add(grant.problem(
                    GrantField.AWARD_DATE,
                    "must be a date written YYYY-MM-DD, or a date-time like 2021-02-01T10:00:00Z, but was '"
                            + GrantProblem.shortened(text, 60) + "'"));
            return null;
        }
    }

    private static LocalDate dateOfDateTime(String text) {
        try {
            return OffsetDateTime.parse(text).toLocalDate();
        } catch (DateTimeException withoutOffset) {
            return LocalDateTime.parse(text).toLocalDate();
        }
    }

    private static OrganisationRequest recipient(Grant grant, List<GrantProblem> problems) {
        final Grant.Recipient recipient = grant.recipient();
        if (recipient == null) {
            if (grant.toIndividual()) {
                problems.add(grant.problem(
                        GrantField.RECIPIENT_ORGANIZATION,
                        "the grant is to an individual: only grants to organisations are imported, and a person's"
                                + " name is never taken"));
            } else {
                requireOnce(
                        grant,
                        GrantField.RECIPIENT_ORGANIZATION,
                        "is required: the organisation that received the grant",
                        problems);
            }
            return null;
        }
        if (recipient.name() == null) {
            requireOnce(grant, GrantField.RECIPIENT_NAME, "is required: the recipient organisation's name", problems);
            return null;
        }
        return new OrganisationRequest(recipient.name(), companyNumber(recipient));
    }

    /**
     * The recipient's Companies House number: given, or in its {@code GB-COH-} organisation
     * identifier. Spreadsheets drop the leading zeros of an all-digit number, so those are put back.
     */
    static String companyNumber(Grant.Recipient recipient) {
        String number = recipient.companyNumber();
        if (number == null
                && recipient.id() != null
                && recipient.id().toUpperCase(Locale.ROOT).startsWith(COMPANIES_HOUSE_PREFIX)) {
            number = recipient.id().substring(COMPANIES_HOUSE_PREFIX.length());
        }
        if (number == null) {
            return null;
        }
        number = number.strip().toUpperCase(Locale.ROOT);
        if (!number.isEmpty()
                && number.length() < COMPANY_NUMBER_LENGTH
                && number.chars().allMatch(Character::isDigit)) {
            number = "0".repeat(COMPANY_NUMBER_LENGTH - number.length()) + number;
        }
        return number.isEmpty() ? null : number;
    }

    private static String programme(Grant grant, List<GrantProblem> problems) {
        final Grant.Programme programme = grant.programme();
        if (programme != null && programme.title() != null) {
            return programme.title();
        }
        if (programme != null && programme.code() != null) {
            return programme.code();
        }
        if (grant.title() != null) {
            return grant.title();
        }
        problems.add(grant.problem(
                GrantField.GRANT_PROGRAMME, "is required: give the grant programme's title, or a title for the grant"));
        return null;
    }

    /** Adds "required" unless reading the field already found what was wrong with it. */
    private static void requireOnce(Grant grant, GrantField field, String message, List<GrantProblem> problems) {
        final String name = field.nameIn(grant.format());
        if (problems.stream().noneMatch(problem -> problem.field().equals(name))) {
            problems.add(grant.problem(field, message));
        }
    }
}
