package org.recoverytracker.demo;

import static java.time.LocalDate.of;
import static org.recoverytracker.demo.DemoEvent.pounds;

import java.time.LocalDate;
import java.util.List;
import org.recoverytracker.demo.DemoEvent.Activity;
import org.recoverytracker.demo.DemoEvent.SupportType;
import org.recoverytracker.demo.SmallGrants.Trade;
import org.recoverytracker.demo.Step.Format;
import org.recoverytracker.schemas.EventKind;

/**
 * Belfast: a regional airline collapses in March 2020, aerostructures, hotels and city-centre
 * retail shed jobs; the council's recovery grants go out in quarterly returns (JSON batches), JobStart
 * placements and co-investment back software and cyber firms, the screen industry grows; and the
 * harbour becomes a base for offshore wind, hydrogen buses, heat networks and retrofit. All
 * organisations are invented.
 */
final class BelfastStory {

    private BelfastStory() {}

    static Timeline write(LocalDate today) {
        final Timeline t = new Timeline(Partner.BELFAST);
        jobLosses(t, today);
        recoveryGrants(t);
        growth(t, today);
        greenHarbour(t, today);
        return t;
    }

    private static void jobLosses(Timeline t, LocalDate today) {
        t.jobsLost("HR1-BEL-2020-001", "Lagan Regional Airways Ltd", "51.10", of(2020, 3, 5), 310);
        t.redundancies(
                "HR1-BEL-2020-014", "Lagan Aerostructures Ltd", "30.30", of(2020, 6, 10), 720, of(2020, 9, 21), 530);
        t.redundancies(
                "HR1-BEL-2020-019", "Titanic Quarter Hotels Ltd", "55.10", of(2020, 7, 6), 240, of(2020, 9, 7), 175);
        t.redundancies(
                "HR1-BEL-2020-031",
                "Donegall Place Department Store Ltd",
                "47.19",
                of(2020, 11, 2),
                150,
                of(2021, 1, 25),
                130);
        t.redundancies(
                "HR1-BEL-2021-002",
                "Cathedral Quarter Hospitality Ltd",
                "56.10",
                of(2021, 1, 11),
                95,
                of(2021, 3, 8),
                70);
        t.redundancies(
                "HR1-BEL-2021-017", "Lagan Aerostructures Ltd", "30.30", of(2021, 6, 14), 200, of(2021, 8, 23), 140);
        t.redundancies(
                "HR1-BEL-2023-006", "Harbour Contact Centre Ltd", "82.20", of(2023, 2, 13), 180, of(2023, 4, 10), 140);
        t.atRisk("HR1-BEL-RECENT", "Lagan Aerostructures Ltd", "30.30", today.minusDays(30), 120);
    }

    /** The council's recovery grants, sent as the quarterly returns of its grant system. */
    private static void recoveryGrants(Timeline t) {
        final String programme = "Belfast Business Recovery Grant";
        final List<String> areas = List.of(
                "Cathedral Quarter",
                "Lisburn Road",
                "Ormeau",
                "Botanic",
                "Falls Road",
                "Shankill",
                "Newtownards Road",
                "Titanic Quarter",
                "Stranmillis",
                "Ballyhackamore");
        final List<Trade> trades = List.of(
                new Trade("Bar Ltd", "56.30"),
                new Trade("Bistro Ltd", "56.10"),
                new Trade("Guest House Ltd", "55.10"),
                new Trade("Tours Ltd", "79.12"),
                new Trade("Hair Studio Ltd", "96.02"),
                new Trade("Gift Shop Ltd", "47.78"),
                new Trade("Music Venue Ltd", "90.04"),
                new Trade("Taxis Ltd", "49.32"));
        t.batch(
                EventKind.BUSINESS_SUPPORT,
                Format.JSON,
                new SmallGrants(
                                "BCC-BRG-2020Q4",
                                programme,
                                SupportType.GRANT,
                                of(2020, 10, 1),
                                of(2020, 12, 23),
                                18,
                                2_000,
                                10_000,
                                1_200,
                                20_201_001L)
                        .draw(Partner.BELFAST.place(), areas, trades),
                of(2021, 1, 8),
                "quarterly return, Q4 2020");
        t.batch(
                EventKind.BUSINESS_SUPPORT,
                Format.JSON,
                new SmallGrants(
                                "BCC-BRG-2021Q1",
                                programme,
                                SupportType.GRANT,
                                of(2021, 1, 4),
                                of(2021, 3, 31),
                                16,
                                2_000,
                                10_000,
                                1_200,
                                20_210_104L)
                        .draw(Partner.BELFAST.place(), areas, trades),
                of(2021, 4, 9),
                "quarterly return, Q1 2021");
    }

    private static void growth(Timeline t, LocalDate today) {
        final String jobStart = "JobStart Scheme";
        t.award(
                "JS-BEL-0001",
                "Titanic Quarter Hotels Ltd",
                "55.10",
                of(2021, 5, 10),
                jobStart,
                SupportType.GRANT,
                pounds(45_500),
                0,
                7);
        t.award(
                "JS-BEL-0002",
                "Lanyon Cyber Ltd",
                "62.02",
                of(2021, 8, 2),
                jobStart,
                SupportType.GRANT,
                pounds(32_500),
                0,
                5);
        t.award(
                "JS-BEL-0003",
                "Cathedral Quarter Hospitality Ltd",
                "56.10",
                of(2021, 10, 18),
                jobStart,
                SupportType.GRANT,
                pounds(26_000),
                0,
                4);

        t.award(
                "CFNI-BEL-0001",
                "Lanyon Cyber Ltd",
                "62.02",
                of(2022, 3, 14),
                "Co-Fund NI",
                SupportType.EQUITY,
                pounds(500_000),
                0,
                18);
        t.award(
                "NISF-BEL-0001",
                "Harbour Studios Productions Ltd",
                "59.11",
                of(2022, 8, 15),
                "Northern Ireland Screen Fund",
                SupportType.GRANT,
                pounds(800_000),
                0,
                120);
        t.award(
                "CFNI-BEL-0002",
                "Gasworks Fintech Ltd",
                "62.01",
                of(2023, 5, 8),
                "Co-Fund NI",
                SupportType.EQUITY,
                pounds(750_000),
                0,
                25);
        t.award(
                "CFNI-BEL-0003",
                "Queen's Island Battery Systems Ltd",
                "72.19",
                of(2024, 9, 9),
                "Co-Fund NI",
                SupportType.EQUITY,
                pounds(1_000_000),
                0,
                20);

        final String ukspf = "UK Shared Prosperity Fund: Belfast Business Growth";
        t.award(
                "UKSPF-BEL-0001",
                "Harbour Contact Centre Ltd",
                "82.20",
                of(2023, 6, 26),
                ukspf,
                SupportType.TRAINING,
                pounds(60_000),
                35,
                0);
        t.award(
                "UKSPF-BEL-0002",
                "Ormeau Games Studio Ltd",
                "58.21",
                of(2024, 2, 19),
                ukspf,
                SupportType.GRANT,
                pounds(40_000),
                0,
                6);
        t.award(
                "UKSPF-BEL-0003",
                "Cathedral Quarter Hospitality Ltd",
                "56.10",
                of(2025, 1, 13),
                ukspf,
                SupportType.GRANT,
                pounds(25_000),
                12,
                2);
        t.award(
                "BBG-BEL-RECENT",
                "Lisburn Road Bakery Ltd",
                "10.71",
                today.minusDays(15),
                "Belfast Business Growth Grant",
                SupportType.GRANT,
                pounds(15_000),
                10,
                2);
    }

    private static void greenHarbour(Timeline t, LocalDate today) {
        t.green(
                "GRN-BEL-0001",
                "Belfast Harbour Offshore Wind Services Ltd",
                "52.22",
                of(2021, 4, 19),
                Activity.LOW_CARBON_ELECTRICITY,
                45,
                pounds(15_000_000));
        t.green(
                "GRN-BEL-0002",
                "Lagan Hydrogen Buses Ltd",
                "29.10",
                of(2021, 11, 8),
                Activity.LOW_EMISSION_VEHICLES,
                60,
                pounds(9_000_000));
        t.green(
                "GRN-BEL-0003",
                "East Bank Heat Network Ltd",
                "35.30",
                of(2022, 6, 20),
                Activity.LOW_CARBON_HEAT,
                18,
                pounds(7_500_000));
        t.green(
                "GRN-BEL-0004",
                "Queen's Island Battery Systems Ltd",
                "72.19",
                of(2023, 1, 23),
                Activity.LOW_EMISSION_VEHICLES,
                25,
                pounds(4_000_000));
        t.green(
                "GRN-BEL-0005",
                "Belfast Retrofit Co-operative",
                "43.29",
                of(2023, 8, 14),
                Activity.ENERGY_EFFICIENT_PRODUCTS,
                28,
                pounds(2_100_000));
        t.green(
                "GRN-BEL-0006",
                "Harbour Green Finance Ltd",
                "66.19",
                of(2024, 5, 20),
                Activity.LOW_CARBON_SERVICES,
                12,
                pounds(800_000));
        t.green(
                "GRN-BEL-0007",
                "Belfast Harbour Offshore Wind Services Ltd",
                "52.22",
                of(2025, 2, 10),
                Activity.LOW_CARBON_ELECTRICITY,
                70,
                pounds(28_000_000));
        t.green(
                "GRN-BEL-0008",
                "Lagan Hydrogen Buses Ltd",
                "29.10",
                of(2026, 3, 16),
                Activity.LOW_EMISSION_VEHICLES,
                40,
                pounds(6_000_000));
        t.green(
                "GRN-BEL-RECENT",
                "Belfast Retrofit Co-operative",
                "43.29",
                today.minusDays(8),
                Activity.ENERGY_EFFICIENT_PRODUCTS,
                6,
                pounds(350_000));
    }
}
