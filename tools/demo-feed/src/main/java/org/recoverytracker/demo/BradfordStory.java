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
 * Bradford: the council stands up business support hubs within a week of the first lockdown (advice
 * cases safeguarding jobs), and its grant system exports the hub cases and the discretionary grants
 * as CSV files; a department store, a worsted mill, a coach firm and a contact centre cut jobs; an
 * engineering firm that lost jobs to energy prices gets a recovery loan and retools to make heat
 * pumps; and a district heat network, hydrogen, retrofit and EV components bring green jobs. All
 * organisations are invented.
 */
final class BradfordStory {

    private BradfordStory() {}

    static Timeline write(LocalDate today) {
        final Timeline t = new Timeline(Partner.BRADFORD);
        jobLosses(t, today);
        supportHubsAndGrants(t);
        recovery(t, today);
        greenJobs(t, today);
        return t;
    }

    private static void jobLosses(Timeline t, LocalDate today) {
        t.redundancies(
                "HR1-BFD-2020-022",
                "Broadway Department Stores Ltd",
                "47.19",
                of(2020, 6, 22),
                210,
                of(2020, 8, 17),
                185);
        t.redundancies(
                "HR1-BFD-2020-027", "Aire Valley Worsted Ltd", "13.10", of(2020, 7, 13), 140, of(2020, 9, 28), 95);
        t.redundancies(
                "HR1-BFD-2020-031", "Pennine Coach Holidays Ltd", "49.39", of(2020, 8, 10), 65, of(2020, 10, 5), 50);
        t.redundancies(
                "HR1-BFD-2020-044",
                "Little Germany Contact Centre Ltd",
                "82.20",
                of(2020, 11, 23),
                300,
                of(2021, 2, 1),
                230);
        t.redundancies(
                "HR1-BFD-2021-003", "Bradford City Hotels Ltd", "55.10", of(2021, 1, 4), 85, of(2021, 2, 22), 60);
        t.redundancies(
                "HR1-BFD-2022-038", "Airedale Engineering Ltd", "28.29", of(2022, 9, 12), 110, of(2022, 11, 14), 80);
        t.redundancies(
                "HR1-BFD-2024-002", "Aire Valley Worsted Ltd", "13.10", of(2024, 1, 15), 70, of(2024, 3, 11), 55);
        t.atRisk("HR1-BFD-RECENT", "Wyke Bakeries Ltd", "10.71", today.minusDays(45), 55);
    }

    /** Hub advice cases and discretionary grants, each sent as a CSV export of the grant system. */
    private static void supportHubsAndGrants(Timeline t) {
        final List<String> areas = List.of(
                "Manningham",
                "Little Germany",
                "Shipley",
                "Keighley",
                "Ilkley",
                "Bingley",
                "Saltaire",
                "Thornton",
                "Queensbury",
                "Great Horton",
                "Idle",
                "Eccleshill");
        final List<Trade> trades = List.of(
                new Trade("Curry House Ltd", "56.10"),
                new Trade("Textiles Ltd", "13.92"),
                new Trade("Printers Ltd", "18.12"),
                new Trade("Taxis Ltd", "49.32"),
                new Trade("Tearooms Ltd", "56.10"),
                new Trade("Garage Ltd", "45.20"),
                new Trade("Bakery Ltd", "10.71"),
                new Trade("Salon Ltd", "96.02"),
                new Trade("Joinery Ltd", "43.32"),
                new Trade("Wedding Venue Ltd", "93.29"));
        t.batch(
                EventKind.BUSINESS_SUPPORT,
                Format.CSV,
                new SmallGrants(
                                "BFD-HUB",
                                "Bradford Business Support Hub",
                                SupportType.ADVICE,
                                of(2020, 3, 23),
                                of(2020, 5, 29),
                                40,
                                0,
                                0,
                                0,
                                20_200_323L)
                        .draw(Partner.BRADFORD.place(), areas, trades),
                of(2020, 6, 5),
                "support hub cases, CSV export");
        t.batch(
                EventKind.BUSINESS_SUPPORT,
                Format.CSV,
                new SmallGrants(
                                "BFD-ARG",
                                HounslowStory.ARG,
                                SupportType.GRANT,
                                of(2020, 11, 16),
                                of(2021, 3, 31),
                                30,
                                1_000,
                                15_000,
                                1_500,
                                20_201_117L)
                        .draw(Partner.BRADFORD.place(), areas, trades),
                of(2021, 4, 16),
                "discretionary grants, CSV export");
    }

    private static void recovery(Timeline t, LocalDate today) {
        final String kickstart = "Kickstart Scheme";
        t.award(
                "KS-BFD-0001",
                "Little Germany Software Ltd",
                "62.01",
                of(2021, 3, 15),
                kickstart,
                SupportType.GRANT,
                pounds(39_000),
                0,
                6);
        t.award(
                "KS-BFD-0002",
                "Bradford City Hotels Ltd",
                "55.10",
                of(2021, 7, 5),
                kickstart,
                SupportType.GRANT,
                pounds(32_500),
                0,
                5);
        t.award(
                "KS-BFD-0003",
                "Saltaire Food Co Ltd",
                "10.85",
                of(2021, 10, 11),
                kickstart,
                SupportType.GRANT,
                pounds(52_000),
                0,
                8);

        t.award(
                "WYBP-BFD-0001",
                "Aire Valley Worsted Ltd",
                "13.10",
                of(2022, 5, 9),
                "West Yorkshire Business Productivity Programme",
                SupportType.GRANT,
                pounds(50_000),
                25,
                0);
        t.award(
                "RLS-BFD-0001",
                "Airedale Engineering Ltd",
                "28.29",
                of(2022, 12, 5),
                "Recovery Loan Scheme",
                SupportType.LOAN,
                pounds(400_000),
                60,
                0);

        final String ukspf = "UK Shared Prosperity Fund: Bradford Business Growth";
        t.award(
                "UKSPF-BFD-0001",
                "Little Germany Software Ltd",
                "62.01",
                of(2023, 7, 17),
                ukspf,
                SupportType.GRANT,
                pounds(35_000),
                0,
                5);
        t.award(
                "UKSPF-BFD-0002",
                "Saltaire Food Co Ltd",
                "10.85",
                of(2024, 4, 22),
                ukspf,
                SupportType.GRANT,
                pounds(45_000),
                10,
                4);
        t.award(
                "UKSPF-BFD-0003",
                "Keighley Precision Ltd",
                "25.62",
                of(2025, 5, 12),
                ukspf,
                SupportType.GRANT,
                pounds(30_000),
                8,
                3);
        t.award(
                "BBG-BFD-RECENT",
                "Little Germany Software Ltd",
                "62.01",
                today.minusDays(10),
                "Bradford Business Growth Grant",
                SupportType.GRANT,
                pounds(25_000),
                0,
                4);
    }

    private static void greenJobs(Timeline t, LocalDate today) {
        t.green(
                "GRN-BFD-0001",
                "Aire Valley Retrofit Ltd",
                "43.29",
                of(2021, 3, 22),
                Activity.ENERGY_EFFICIENT_PRODUCTS,
                40,
                pounds(2_600_000));
        t.green(
                "GRN-BFD-0002",
                "Bradford Green Hydrogen Ltd",
                "20.11",
                of(2022, 6, 6),
                Activity.LOW_EMISSION_VEHICLES,
                16,
                pounds(11_000_000));
        t.green(
                "GRN-BFD-0003",
                "Pennine EV Components Ltd",
                "29.31",
                of(2022, 11, 21),
                Activity.LOW_EMISSION_VEHICLES,
                55,
                pounds(7_000_000));
        t.green(
                "GRN-BFD-0004",
                "Airedale Heat Pumps Ltd",
                "28.25",
                of(2023, 6, 5),
                Activity.LOW_CARBON_HEAT,
                35,
                pounds(4_500_000));
        t.green(
                "GRN-BFD-0005",
                "Bradford District Heat Network Ltd",
                "35.30",
                of(2023, 10, 2),
                Activity.LOW_CARBON_HEAT,
                30,
                pounds(16_000_000));
        t.green(
                "GRN-BFD-0006",
                "Bradford Energy Recovery Ltd",
                "38.21",
                of(2024, 4, 15),
                Activity.ENERGY_FROM_WASTE_AND_BIOMASS,
                25,
                pounds(14_000_000));
        t.green(
                "GRN-BFD-0007",
                "Pennine EV Components Ltd",
                "29.31",
                of(2025, 6, 9),
                Activity.LOW_EMISSION_VEHICLES,
                40,
                pounds(5_000_000));
        t.green(
                "GRN-BFD-0008",
                "Bradford District Heat Network Ltd",
                "35.30",
                of(2026, 2, 2),
                Activity.LOW_CARBON_HEAT,
                20,
                pounds(9_000_000));
        t.green(
                "GRN-BFD-RECENT",
                "Aire Valley Retrofit Ltd",
                "43.29",
                today.minusDays(18),
                Activity.ENERGY_EFFICIENT_PRODUCTS,
                12,
                pounds(800_000));
    }
}
