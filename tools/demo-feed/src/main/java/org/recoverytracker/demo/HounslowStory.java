package org.recoverytracker.demo;

import static java.time.LocalDate.of;
import static org.recoverytracker.demo.DemoEvent.pounds;

import java.time.LocalDate;
import java.util.List;
import org.recoverytracker.demo.DemoEvent.Activity;
import org.recoverytracker.demo.DemoEvent.BusinessSupport;
import org.recoverytracker.demo.DemoEvent.SupportType;
import org.recoverytracker.demo.SmallGrants.Trade;
import org.recoverytracker.demo.Step.Identified;
import org.recoverytracker.schemas.EventKind;

/**
 * Hounslow, next to Heathrow: air transport, ground handling, airport hotels and in-flight catering
 * lose thousands of jobs in 2020–21 (HR1 notifications, then fewer confirmed after consultation);
 * the council's discretionary grants, Kickstart placements and recovery loans keep businesses going;
 * from 2021 sunrise industries grow: sustainable aviation fuel, EV charging, retrofit, solar, heat
 * pumps. The council posts every event as a single JSON PUT from its grant system, including a
 * mistyped amount it corrects and a grant keyed twice that it retracts. All organisations are
 * invented.
 */
final class HounslowStory {

    static final String ARG = "Additional Restrictions Grant (ARG)";

    private HounslowStory() {}

    static Timeline write(LocalDate today) {
        final Timeline t = new Timeline(Partner.HOUNSLOW);
        jobLosses(t, today);
        discretionaryGrants(t);
        recoverySupport(t, today);
        sunriseIndustries(t, today);
        return t;
    }

    private static void jobLosses(Timeline t, LocalDate today) {
        t.redundancies("HR1-2020-0412", "Westway Airways Ltd", "51.10", of(2020, 4, 28), 1850, of(2020, 7, 20), 1420);
        t.redundancies(
                "HR1-2020-0519", "Airside Ground Handling Ltd", "52.23", of(2020, 5, 12), 640, of(2020, 8, 3), 515);
        t.redundancies(
                "HR1-2020-0602", "Bath Road Hotels Group Ltd", "55.10", of(2020, 6, 2), 380, of(2020, 8, 24), 290);
        t.redundancies(
                "HR1-2020-0616", "Skyline Inflight Catering Ltd", "56.29", of(2020, 6, 16), 450, of(2020, 9, 14), 365);
        t.redundancies(
                "HR1-2020-0907",
                "Terminal Retail Concessions Ltd",
                "47.19",
                of(2020, 9, 7),
                160,
                of(2020, 11, 16),
                120);
        t.redundancies(
                "HR1-2020-1005",
                "Hatton Cross Cargo Services Ltd",
                "52.24",
                of(2020, 10, 5),
                210,
                of(2020, 12, 14),
                150);
        t.redundancies("HR1-2021-0118", "Westway Airways Ltd", "51.10", of(2021, 1, 18), 600, of(2021, 4, 12), 430);
        t.redundancies(
                "HR1-2021-0201",
                "Heathrow Meet and Greet Parking Ltd",
                "52.21",
                of(2021, 2, 1),
                85,
                of(2021, 3, 29),
                70);
        t.redundancies(
                "HR1-2021-0215", "Bath Road Hotels Group Ltd", "55.10", of(2021, 2, 15), 120, of(2021, 5, 4), 95);
        t.redundancies(
                "HR1-2022-1114", "Cranford Airline Lounges Ltd", "56.30", of(2022, 11, 14), 45, of(2023, 1, 9), 38);
        t.redundancies("HR1-2024-0311", "Bath Road Hotels Group Ltd", "55.10", of(2024, 3, 11), 60, of(2024, 5, 6), 42);
        // Still in consultation: these jobs are at risk today.
        t.atRisk("HR1-RECENT-BAGGAGE", "Airside Ground Handling Ltd", "52.23", today.minusDays(38), 75);
        t.atRisk("HR1-RECENT-CATERING", "Skyline Inflight Catering Ltd", "56.29", today.minusDays(12), 30);
    }

    /**
     * The council's Additional Restrictions Grants, one PUT each; one amount is keyed with an extra
     * zero and corrected a week later, and one grant is keyed twice and the copy retracted.
     */
    private static void discretionaryGrants(Timeline t) {
        final List<Identified> grants = new SmallGrants(
                        "ARG-HNS",
                        ARG,
                        SupportType.GRANT,
                        of(2020, 11, 16),
                        of(2021, 6, 30),
                        36,
                        1_000,
                        20_000,
                        1_500,
                        20_201_116L)
                .draw(
                        Partner.HOUNSLOW.place(),
                        List.of(
                                "Feltham",
                                "Cranford",
                                "Hatton Cross",
                                "Bedfont",
                                "Isleworth",
                                "Heston",
                                "Brentford",
                                "Chiswick",
                                "Hounslow West",
                                "Lampton"),
                        List.of(
                                new Trade("Travel Ltd", "79.11"),
                                new Trade("Private Hire Ltd", "49.32"),
                                new Trade("Cafe Ltd", "56.10"),
                                new Trade("Guest House Ltd", "55.10"),
                                new Trade("Airport Parking Ltd", "52.21"),
                                new Trade("Event Catering Ltd", "56.21"),
                                new Trade("Coaches Ltd", "49.39"),
                                new Trade("Florists Ltd", "47.76"),
                                new Trade("Fitness Studio Ltd", "93.13"),
                                new Trade("Dry Cleaners Ltd", "96.01"),
                                new Trade("Freight Forwarding Ltd", "52.29")));
        final Identified mistyped = grants.get(8);
        final Identified keyedTwice = grants.get(20);
        for (Identified grant : grants) {
            final BusinessSupport award = (BusinessSupport) grant.event();
            if (grant == mistyped) {
                t.put(grant.eventId(), award.withAmountPence(award.amountPence() * 10), award.occurredOn(), "award");
                t.correct(
                        grant.eventId(),
                        award,
                        award.occurredOn().plusDays(7),
                        "amount keyed with an extra zero, £" + String.format("%,d", award.amountPence() / 10)
                                + " instead of £" + String.format("%,d", award.amountPence() / 100));
            } else {
                t.put(grant.eventId(), award, award.occurredOn(), "award");
            }
            if (grant == keyedTwice) {
                final String copy = grant.eventId() + "-R";
                t.put(copy, award, award.occurredOn().plusDays(1), "award (keyed twice by mistake)");
                t.retract(
                        EventKind.BUSINESS_SUPPORT,
                        copy,
                        award.occurredOn().plusDays(8),
                        "duplicate of " + grant.eventId());
            }
        }
    }

    private static void recoverySupport(Timeline t, LocalDate today) {
        final String kickstart = "Kickstart Scheme";
        t.award(
                "KS-HNS-0001",
                "Airside Ground Handling Ltd",
                "52.23",
                of(2021, 2, 22),
                kickstart,
                SupportType.GRANT,
                pounds(78_000),
                0,
                12);
        t.award(
                "KS-HNS-0002",
                "Bath Road Hotels Group Ltd",
                "55.10",
                of(2021, 4, 19),
                kickstart,
                SupportType.GRANT,
                pounds(52_000),
                0,
                8);
        t.award(
                "KS-HNS-0003",
                "Brentford Digital Studio Ltd",
                "62.01",
                of(2021, 6, 7),
                kickstart,
                SupportType.GRANT,
                pounds(32_500),
                0,
                5);
        t.award(
                "KS-HNS-0004",
                "Hounslow Community Transport",
                "49.39",
                of(2021, 9, 13),
                kickstart,
                SupportType.GRANT,
                pounds(26_000),
                0,
                4);
        t.award(
                "KS-HNS-0005",
                "Chiswick Software Ltd",
                "62.01",
                of(2021, 11, 8),
                kickstart,
                SupportType.GRANT,
                pounds(39_000),
                0,
                6);

        final String recoveryLoan = "Recovery Loan Scheme";
        t.award(
                "RLS-HNS-0001",
                "Bath Road Hotels Group Ltd",
                "55.10",
                of(2021, 5, 24),
                recoveryLoan,
                SupportType.LOAN,
                pounds(1_200_000),
                85,
                0);
        t.award(
                "RLS-HNS-0002",
                "Hatton Cross Cargo Services Ltd",
                "52.24",
                of(2021, 9, 13),
                recoveryLoan,
                SupportType.LOAN,
                pounds(450_000),
                30,
                0);
        t.award(
                "SKB-HNS-0001",
                "Airside Ground Handling Ltd",
                "52.23",
                of(2022, 1, 17),
                "Skills Bootcamps: electric airside vehicle maintenance",
                SupportType.TRAINING,
                pounds(48_000),
                40,
                0);

        final String ukspf = "UK Shared Prosperity Fund: Hounslow Business Growth";
        t.award(
                "UKSPF-HNS-0001",
                "Brentford Digital Studio Ltd",
                "62.01",
                of(2023, 6, 12),
                ukspf,
                SupportType.GRANT,
                pounds(40_000),
                6,
                4);
        t.award(
                "UKSPF-HNS-0002",
                "Hatton Cross Drone Logistics Ltd",
                "52.29",
                of(2023, 10, 2),
                ukspf,
                SupportType.GRANT,
                pounds(55_000),
                0,
                6);
        t.award(
                "UKSPF-HNS-0003",
                "Chiswick Software Ltd",
                "62.01",
                of(2024, 1, 22),
                ukspf,
                SupportType.GRANT,
                pounds(30_000),
                4,
                3);
        t.award(
                "UKSPF-HNS-0004",
                "Isleworth Food Lab Ltd",
                "10.89",
                of(2024, 6, 17),
                ukspf,
                SupportType.GRANT,
                pounds(25_000),
                3,
                2);
        t.award(
                "UKSPF-HNS-0005",
                "Feltham Solar Rooftops Ltd",
                "43.21",
                of(2024, 11, 11),
                ukspf,
                SupportType.GRANT,
                pounds(45_000),
                0,
                5);
        t.award(
                "UKSPF-HNS-0006",
                "Heston Cold Chain Ltd",
                "52.10",
                of(2025, 3, 24),
                ukspf,
                SupportType.GRANT,
                pounds(60_000),
                12,
                4);
        t.award(
                "UKSPF-HNS-0007",
                "Brentford Digital Studio Ltd",
                "62.01",
                of(2025, 9, 15),
                ukspf,
                SupportType.GRANT,
                pounds(35_000),
                0,
                4);
        t.award(
                "UKSPF-HNS-0008",
                "Hatton Cross Drone Logistics Ltd",
                "52.29",
                of(2026, 2, 9),
                ukspf,
                SupportType.GRANT,
                pounds(50_000),
                0,
                5);
        t.award(
                "HBG-HNS-RECENT",
                "Isleworth Food Lab Ltd",
                "10.89",
                today.minusDays(20),
                "Hounslow Business Growth Grant",
                SupportType.GRANT,
                pounds(20_000),
                2,
                3);
    }

    private static void sunriseIndustries(Timeline t, LocalDate today) {
        t.green(
                "GRN-HNS-0001",
                "Heathrow Sustainable Fuels Ltd",
                "72.19",
                of(2021, 6, 14),
                Activity.ENERGY_FROM_WASTE_AND_BIOMASS,
                24,
                pounds(6_500_000));
        t.green(
                "GRN-HNS-0002",
                "Great West Road EV Charging Ltd",
                "43.21",
                of(2021, 9, 20),
                Activity.LOW_EMISSION_VEHICLES,
                18,
                pounds(2_400_000));
        t.green(
                "GRN-HNS-0003",
                "Feltham Solar Rooftops Ltd",
                "43.21",
                of(2022, 3, 7),
                Activity.LOW_CARBON_ELECTRICITY,
                12,
                pounds(1_100_000));
        t.green(
                "GRN-HNS-0004",
                "Hounslow Retrofit Partnership",
                "43.29",
                of(2022, 5, 16),
                Activity.ENERGY_EFFICIENT_PRODUCTS,
                35,
                pounds(3_200_000));
        t.green(
                "GRN-HNS-0005",
                "Electric Airside Vehicles Ltd",
                "29.10",
                of(2022, 10, 10),
                Activity.LOW_EMISSION_VEHICLES,
                40,
                pounds(8_500_000));
        t.green(
                "GRN-HNS-0006",
                "Brentford Heat Pumps Ltd",
                "43.22",
                of(2023, 4, 17),
                Activity.LOW_CARBON_HEAT,
                22,
                pounds(1_600_000));
        t.green(
                "GRN-HNS-0007",
                "Chiswick Climate Advisory LLP",
                "70.22",
                of(2023, 9, 11),
                Activity.LOW_CARBON_SERVICES,
                15,
                pounds(400_000));
        t.green(
                "GRN-HNS-0008",
                "Heathrow Sustainable Fuels Ltd",
                "20.14",
                of(2024, 2, 5),
                Activity.ENERGY_FROM_WASTE_AND_BIOMASS,
                60,
                pounds(22_000_000));
        t.green(
                "GRN-HNS-0009",
                "Great West Road EV Charging Ltd",
                "43.21",
                of(2024, 7, 8),
                Activity.LOW_EMISSION_VEHICLES,
                25,
                pounds(4_800_000));
        t.green(
                "GRN-HNS-0010",
                "Hounslow Retrofit Partnership",
                "43.29",
                of(2025, 3, 3),
                Activity.ENERGY_EFFICIENT_PRODUCTS,
                30,
                pounds(2_900_000));
        t.green(
                "GRN-HNS-0011",
                "Isleworth Battery Storage Ltd",
                "35.11",
                of(2025, 10, 13),
                Activity.LOW_EMISSION_VEHICLES,
                8,
                pounds(12_000_000));
        t.green(
                "GRN-HNS-0012",
                "Electric Airside Vehicles Ltd",
                "29.10",
                of(2026, 5, 11),
                Activity.LOW_EMISSION_VEHICLES,
                35,
                pounds(6_000_000));
        t.green(
                "GRN-HNS-RECENT",
                "Feltham Solar Rooftops Ltd",
                "43.21",
                today.minusDays(25),
                Activity.LOW_CARBON_ELECTRICITY,
                10,
                pounds(900_000));
    }
}
