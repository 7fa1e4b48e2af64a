package org.recoverytracker.bench.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.apache.avro.specific.SpecificRecord;
import org.recoverytracker.bench.results.ResultFile;
import org.recoverytracker.events.BusinessSupportEvent;
import org.recoverytracker.events.GreenEconomyEvent;
import org.recoverytracker.events.JobLossEvent;
import org.recoverytracker.events.JobLossStatus;
import org.recoverytracker.events.LowCarbonActivity;
import org.recoverytracker.events.Organisation;
import org.recoverytracker.events.SicSection;
import org.recoverytracker.events.SupportType;
import org.recoverytracker.reference.DistrictCode;
import org.recoverytracker.reference.ReferenceData;
import org.recoverytracker.reference.SicDivision;
import org.recoverytracker.schemas.EventKind;
import tools.jackson.databind.node.ObjectNode;

/**
 * Random but valid events of every kind, as a partner would post them (JSON) or produce them
 * straight to Kafka (Avro): any of the 361 districts, any SIC division, a date between 2020 and
 * 2024, realistic sizes. The same draw renders both ways, so the records the baselines are sized
 * by are the records the services really handle.
 *
 * <p>Not thread-safe: every load-generating thread has its own, seeded differently.
 */
public final class EventFactory {

    /** The dev-only partner that may write for every place (never used outside local stacks). */
    public static final String PARTNER = "uk-recovery-observatory";

    public static final String API_KEY = "local-national-key";

    private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2024, 12, 31);
    private static final List<SicDivision> DIVISIONS = divisions();

    private final SplittableRandom random;
    private final List<String> places;

    /**
     * @param excludedPlaces places this factory never draws, kept free for freshness probes
     */
    public EventFactory(long seed, Set<String> excludedPlaces) {
        this.random = new SplittableRandom(seed);
        this.places = ReferenceData.uk().places().stream()
                .map(place -> place.code())
                .filter(code -> !excludedPlaces.contains(code))
                .toList();
    }

    public EventFactory(long seed) {
        this(seed, Set.of());
    }

    /** Every SIC division of the reference data (the reference data lists no divisions otherwise). */
    public static List<SicDivision> divisions() {
        final List<SicDivision> divisions = new ArrayList<>();
        for (int code = 1; code <= 99; code++) {
            ReferenceData.uk().division(String.format("%02d", code)).ifPresent(divisions::add);
        }
        return List.copyOf(divisions);
    }

    /** Every place this factory may draw. */
    public List<String> places() {
        return places;
    }

    /** The kind of the i-th event of a mixed stream: job losses, business support, green economy in turn. */
    public static EventKind kindOf(long index) {
        return EventKind.values()[(int) (index % EventKind.values().length)];
    }

    /** A random event as the JSON body of a PUT (without eventId) or an item of a batch (with it). */
    public String json(EventKind kind, String eventId) {
        return json(
                kind,
                eventId,
                places.get(random.nextInt(places.size())),
                DIVISIONS.get(random.nextInt(DIVISIONS.size())));
    }

    /** A random event in a given place and division (a view cell of the freshness probes). */
    public String json(EventKind kind, String eventId, String place, SicDivision division) {
        final ObjectNode event = ResultFile.object();
        if (eventId != null) {
            event.put("eventId", eventId);
        }
        event.put("place", place);
        event.put("sicCode", division.code());
        event.put("occurredOn", day(place).toString());
        final int n = random.nextInt(100_000);
        switch (kind) {
            case JOB_LOSS -> {
                event.putObject("employer").put("name", "Bench Employer " + n + " Ltd");
                event.put("jobs", 1 + random.nextInt(500));
                event.put("status", random.nextBoolean() ? "PROPOSED" : "CONFIRMED");
            }
            case BUSINESS_SUPPORT -> {
                event.putObject("recipient").put("name", "Bench Business " + n + " Ltd");
                event.put("programme", "Bench Recovery Programme");
                event.put("supportType", SupportType.values()[random.nextInt(SupportType.values().length)].name());
                event.put("amountPence", 100_000L * (1 + random.nextInt(1_000)));
                event.put("jobsSafeguarded", random.nextInt(50));
                event.put("jobsCreated", random.nextInt(20));
            }
            case GREEN_ECONOMY -> {
                event.putObject("organisation").put("name", "Bench Green " + n + " Ltd");
                event.put(
                        "activity",
                        LowCarbonActivity.values()[random.nextInt(LowCarbonActivity.values().length)].name());
                event.put("jobsCreated", random.nextInt(100));
                event.put("investmentPence", 1_000_000L * (1 + random.nextInt(1_000)));
            }
        }
        return event.toString();
    }

    /** A random event as an ingest service would write it to the kind's topic. */
    public SpecificRecord avro(EventKind kind, String eventId, Instant receivedAt) {
        final String place = places.get(random.nextInt(places.size()));
        final SicDivision division = DIVISIONS.get(random.nextInt(DIVISIONS.size()));
        final SicSection sector = SicSection.valueOf(division.section().code());
        final LocalDate day = day(place);
        final int n = random.nextInt(100_000);
        return switch (kind) {
            case JOB_LOSS ->
                JobLossEvent.newBuilder()
                        .setEventId(eventId)
                        .setPartner(PARTNER)
                        .setReceivedAt(receivedAt)
                        .setPlace(place)
                        .setSicCode(division.code())
                        .setSector(sector)
                        .setOccurredOn(day)
                        .setEmployer(organisation("Bench Employer " + n + " Ltd"))
                        .setJobs(1 + random.nextInt(500))
                        .setStatus(random.nextBoolean() ? JobLossStatus.PROPOSED : JobLossStatus.CONFIRMED)
                        .build();
            case BUSINESS_SUPPORT ->
                BusinessSupportEvent.newBuilder()
                        .setEventId(eventId)
                        .setPartner(PARTNER)
                        .setReceivedAt(receivedAt)
                        .setPlace(place)
                        .setSicCode(division.code())
                        .setSector(sector)
                        .setOccurredOn(day)
                        .setRecipient(organisation("Bench Business " + n + " Ltd"))
                        .setProgramme("Bench Recovery Programme")
                        .setSupportType(SupportType.values()[random.nextInt(SupportType.values().length)])
                        .setAmountPence(100_000L * (1 + random.nextInt(1_000)))
                        .setJobsSafeguarded(random.nextInt(50))
                        .setJobsCreated(random.nextInt(20))
                        .build();
            case GREEN_ECONOMY ->
                GreenEconomyEvent.newBuilder()
                        .setEventId(eventId)
                        .setPartner(PARTNER)
                        .setReceivedAt(receivedAt)
                        .setPlace(place)
                        .setSicCode(division.code())
                        .setSector(sector)
                        .setOccurredOn(day)
                        .setOrganisation(organisation("Bench Green " + n + " Ltd"))
                        .setActivity(LowCarbonActivity.values()[random.nextInt(LowCarbonActivity.values().length)])
                        .setJobsCreated(random.nextInt(100))
                        .setInvestmentPence(1_000_000L * (1 + random.nextInt(1_000)))
                        .build();
        };
    }

    /** The Kafka key of one of the benchmark partner's events. */
    public static String key(String eventId) {
        return PARTNER + "/" + eventId;
    }

    /**
     * A day on which the place's district code was live: districts created since 2020 (North
     * Yorkshire in April 2023, say) have no events before they began, which the rules refuse.
     */
    private LocalDate day(String place) {
        final LocalDate began = ReferenceData.uk()
                .districtHistory()
                .code(place)
                .map(DistrictCode::validFrom)
                .orElse(FIRST_DAY);
        final LocalDate first = began.isAfter(FIRST_DAY) ? began : FIRST_DAY;
        return first.plusDays(random.nextInt((int) (LAST_DAY.toEpochDay() - first.toEpochDay()) + 1));
    }

    private static Organisation organisation(String name) {
        return Organisation.newBuilder().setName(name).setCompanyNumber(null).build();
    }
}
