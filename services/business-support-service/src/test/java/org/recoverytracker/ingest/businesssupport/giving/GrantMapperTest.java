package org.recoverytracker.ingest.businesssupport.giving;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recoverytracker.events.BusinessSupportEvent;
import org.recoverytracker.events.SicSection;
import org.recoverytracker.events.SupportType;
import org.recoverytracker.ingest.validation.EventValidation;
import org.recoverytracker.schemas.EventKind;
import org.recoverytracker.testsupport.giving.GivingPackageSchema;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class GrantMapperTest {

    private static final Instant RECEIVED_AT = Instant.parse("2026-12-03T09:00:00Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final GrantMapper mapper = new GrantMapper(
            new EventValidation(Validation.buildDefaultValidatorFactory().getValidator(), EventKind.BUSINESS_SUPPORT),
            GrantPlaces.uk());

    @Test
    void makesAGrantIntoAGrantEvent() {
        final GrantMapper.Mapped mapped = map(grant(), null);

        assertThat(mapped.problems()).isEmpty();
        assertThat(mapped.eventId()).isEqualTo(GrantEventIds.of("360G-ExampleTrust-0001"));
        final BusinessSupportEvent event = (BusinessSupportEvent) mapped.event();
        assertThat(event.getEventId()).isEqualTo(mapped.eventId());
        assertThat(event.getPartner()).isEqualTo("hounslow-council");
        assertThat(event.getPlace()).isEqualTo("E09000018");
        assertThat(event.getSicCode()).isEqualTo("56.10");
        assertThat(event.getOccurredOn()).isEqualTo(LocalDate.parse("2021-03-01"));
        assertThat(event.getRecipient().getName()).isEqualTo("Bath Road Cafe Ltd");
        assertThat(event.getRecipient().getCompanyNumber()).isEqualTo("09876543");
        assertThat(event.getProgramme()).isEqualTo("High Street Reopening Fund");
        assertThat(event.getSupportType()).isEqualTo(SupportType.GRANT);
        assertThat(event.getAmountPence()).isEqualTo(2_500_000L);
        assertThat(event.getJobsSafeguarded()).isZero();
        assertThat(event.getJobsCreated()).isZero();
        assertThat(event.getReceivedAt()).isEqualTo(RECEIVED_AT);
    }

    @Test
    void convertsPoundsToPenceExactly() {
        assertThat(amountPence("1500.5")).isEqualTo(150_050L);
        assertThat(amountPence("0.07")).isEqualTo(7L);
        assertThat(amountPence("2.5e3")).isEqualTo(250_000L);
        assertThat(amountPence("0")).isZero();
    }

    @Test
    void refusesFractionsOfAPennyNegativeAndAbsurdAmounts() {
        assertThat(problems(grant().put("amountAwarded", new BigDecimal("10.005")), null))
                .containsExactly(
                        "amountAwarded is 10.005: it must be a whole number of pence, at most 2 decimal places");
        assertThat(problems(grant().put("amountAwarded", -5), null))
                .containsExactly("amountAwarded must be 0 or more, but was -5");
        assertThat(problems(grant().put("amountAwarded", new BigDecimal("1e999999999")), null))
                .containsExactly("amountAwarded must be at most 100000000000 (£100 billion), but was 1E+999999999");
    }

    @Test
    void takesOnlyGrantsInPoundsSterling() {
        assertThat(problems(grant().put("currency", "EUR"), null))
                .containsExactly("currency is 'EUR': only grants in GBP (pounds sterling) are imported");
        assertThat(problems(grantWithout("currency"), null))
                .containsExactly("currency is required; only grants in GBP are imported");
    }

    @Test
    void occursOnTheDateOfAnAwardDateTime() {
        assertThat(occurredOn("2021-03-01T23:30:00-05:00")).isEqualTo("2021-03-01");
        assertThat(occurredOn("2021-03-01T10:00:00Z")).isEqualTo("2021-03-01");
        assertThat(occurredOn("2021-03-01T10:00:00")).isEqualTo("2021-03-01");
        assertThat(problems(grant().put("awardDate", "01/03/2021"), null))
                .containsExactly(
                        "awardDate must be a date written YYYY-MM-DD, or a date-time like 2021-02-01T10:00:00Z,"
                                + " but was '01/03/2021'");
    }

    @Test
    void aGrantsOwnSicCodeWinsOverTheRequestedSector() {
        final BusinessSupportEvent event =
                (BusinessSupportEvent) map(grant(), SicSection.C).event();

        assertThat(event.getSicCode()).isEqualTo("56.10");
        assertThat(event.getSector()).isNull();
    }

    @Test
    void aGrantWithoutASicCodeTakesTheRequestedSector() {
        final ObjectNode grant = grantWithout("classifications");
        grant.putArray("classifications")
                .addObject()
                .put("vocabulary", "360Giving Themes")
                .put("code", "ECON");

        final BusinessSupportEvent event =
                (BusinessSupportEvent) map(grant, SicSection.I).event();

        assertThat(event.getSicCode()).isNull();
        assertThat(event.getSector()).isEqualTo(SicSection.I);
    }

    @Test
    void aGrantWithNeitherIsRefusedSayingWhatToGive() {
        assertThat(problems(grantWithout("classifications"), null))
                .containsExactly("classifications the grant has no UK SIC 2007 classification and the request has no"
                        + " ?sector=: give ?sector=A..U, the SIC 2007 section of the grants that don't classify"
                        + " themselves");
    }

    @Test
    void recognisesTheSicVocabulariesAndSectionLetters() {
        final ObjectNode grant = grantWithout("classifications");
        grant.putArray("classifications")
                .addObject()
                .put("vocabulary", "uk-sic-2007")
                .put("code", "c");

        assertThat(((BusinessSupportEvent) map(grant, SicSection.I).event()).getSector())
                .isEqualTo(SicSection.C);
    }

    @Test
    void refusesSicClassificationsInDifferentSectionsAndCodesThatAreNot() {
        final ObjectNode grant = grantWithout("classifications");
        grant.putArray("classifications")
                .add(JSON.createObjectNode().put("vocabulary", "SIC").put("code", "56.10"))
                .add(JSON.createObjectNode().put("vocabulary", "SIC").put("code", "10.11"));
        final ObjectNode notACode = grantWithout("classifications");
        notACode.putArray("classifications")
                .addObject()
                .put("vocabulary", "SIC")
                .put("code", "cafes");
        final ObjectNode noSuchDivision = grantWithout("classifications");
        noSuchDivision
                .putArray("classifications")
                .addObject()
                .put("vocabulary", "SIC")
                .put("code", "04.11");

        assertThat(problems(grant, null))
                .containsExactly("classifications its SIC 2007 classifications are in different sections (I, C);"
                        + " give the grant one sector");
        assertThat(problems(notACode, null))
                .containsExactly("classifications a classification of vocabulary 'SIC' has code 'cafes', which is not"
                        + " a UK SIC 2007 code (like 56.10) or section (A to U)");
        assertThat(problems(noSuchDivision, null)).containsExactly("classifications UK SIC 2007 has no division 04");
    }

    @Test
    void neverTakesAGrantToAnIndividual() {
        final ObjectNode grant = grantWithout("recipientOrganization");
        grant.putObject("recipientIndividual").put("id", "360G-person-1").put("name", "A Person");

        assertThat(problems(grant, null))
                .containsExactly("recipientOrganization the grant is to an individual: only grants to organisations are"
                        + " imported, and a person's name is never taken");
    }

    @Test
    void findsTheCompanyNumberInACompaniesHouseIdentifierAndRestoresLeadingZeros() {
        assertThat(GrantMapper.companyNumber(new Grant.Recipient("GB-COH-SC123456", "A", null)))
                .isEqualTo("SC123456");
        assertThat(GrantMapper.companyNumber(new Grant.Recipient("GB-CHC-1234567", "A", "1234567")))
                .isEqualTo("01234567");
        assertThat(GrantMapper.companyNumber(new Grant.Recipient("GB-CHC-1234567", "A", null)))
                .isNull();
    }

    @Test
    void theProgrammeFallsBackToItsCodeThenToTheGrantsTitle() {
        final ObjectNode codeOnly = grantWithout("grantProgramme");
        codeOnly.putArray("grantProgramme").addObject().put("code", "REOPEN");

        assertThat(((BusinessSupportEvent) map(codeOnly, null).event()).getProgramme())
                .isEqualTo("REOPEN");
        assertThat(((BusinessSupportEvent)
                                map(grantWithout("grantProgramme"), null).event())
                        .getProgramme())
                .isEqualTo("Reopening grant for Bath Road Cafe");
    }

    @Test
    void reportsTheEventRulesAtTheGrantsFields() {
        final ObjectNode grant = grant().put("awardDate", "2030-01-01");
        ((ObjectNode) grant.get("recipientOrganization").get(0)).put("name", "x".repeat(201));

        assertThat(problems(grant, null))
                .containsExactlyInAnyOrder(
                        "recipientOrganization[0].name must be at most 200 characters, but has 201",
                        "awardDate must not be in the future: 2030-01-01 is after 2026-12-03");
    }

    @Test
    void namesCsvColumnsByTheirTitles() {
        final ObjectNode grant = grant().put("currency", "USD");
        final Grant read = new GrantReader(PackageFormat.CSV).read(grant, 0);

        assertThat(mapper.map(read, null, "hounslow-council", RECEIVED_AT).problems())
                .extracting(GrantProblem::field)
                .containsExactly("Currency");
    }

    @Test
    void namesEveryMissingFieldOfAnEmptyGrant() {
        assertThat(problems(JSON.createObjectNode(), SicSection.I))
                .containsExactly(
                        "id is required: the grant's 360Giving id, which its event id is made from",
                        "currency is required; only grants in GBP are imported",
                        "amountAwarded is required: the amount awarded, in pounds",
                        "awardDate is required: the date the grant was awarded",
                        "recipientOrganization is required: the organisation that received the grant",
                        "grantProgramme is required: give the grant programme's title, or a title for the grant");
    }

    private static ObjectNode grant() {
        return (ObjectNode) JSON.readTree(GivingPackageSchema.resource("packages/three-grants.json"))
                .get("grants")
                .get(0)
                .deepCopy();
    }

    private static ObjectNode grantWithout(String field) {
        final ObjectNode grant = grant();
        grant.remove(field);
        return grant;
    }

    private GrantMapper.Mapped map(ObjectNode grant, SicSection sector) {
        // Through the reader, as a package's grants come: amounts as exact decimals.
        final byte[] body = ("{\"grants\": [" + grant + "]}").getBytes(StandardCharsets.UTF_8);
        final Grant read = JsonPackageReader.read(body, 1).get(0);
        return mapper.map(read, sector, "hounslow-council", RECEIVED_AT);
    }

    private List<String> problems(ObjectNode grant, SicSection sector) {
        return map(grant, sector).problems().stream()
                .map(problem -> problem.field() + " " + problem.message())
                .toList();
    }

    private long amountPence(String pounds) {
        final String json = grant().toString().replace("\"amountAwarded\":25000", "\"amountAwarded\":" + pounds);
        final GrantMapper.Mapped mapped = map((ObjectNode) JSON.readTree(json), null);
        assertThat(mapped.problems()).isEmpty();
        return ((BusinessSupportEvent) mapped.event()).getAmountPence();
    }

    private String occurredOn(String awardDate) {
        final GrantMapper.Mapped mapped = map(grant().put("awardDate", awardDate), null);
        assertThat(mapped.problems()).isEmpty();
        return ((BusinessSupportEvent) mapped.event()).getOccurredOn().toString();
    }
}
