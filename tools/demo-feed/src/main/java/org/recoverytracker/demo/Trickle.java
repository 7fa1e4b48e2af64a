package org.recoverytracker.demo;

import static org.recoverytracker.demo.DemoEvent.pounds;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.recoverytracker.demo.DemoEvent.Activity;
import org.recoverytracker.demo.DemoEvent.BusinessSupport;
import org.recoverytracker.demo.DemoEvent.GreenEconomy;
import org.recoverytracker.demo.DemoEvent.JobLoss;
import org.recoverytracker.demo.DemoEvent.Status;
import org.recoverytracker.demo.DemoEvent.SupportType;

/**
 * New events dated today, one at a time, after the story: small grants and advice, green jobs, the
 * odd redundancy notification and, later, its confirmation with fewer jobs. They make the views
 * visibly move.
 *
 * <p>Their ids start with a token of the moment the feed started ({@code LIVE-<token>-0001}), so
 * the events of an earlier run, which the broker keeps, are never overwritten by a later one.
 */
final class Trickle {

    /**
     * Who a council's events are about: its grant programme and advice service, employers that may
     * notify redundancies, businesses it supports, and green businesses.
     */
    private record LocalEconomy(
            String programme,
            String adviceService,
            List<Business> employers,
            List<Business> businesses,
            List<GreenBusiness> greenBusinesses) {}

    private record Business(String name, String sicCode) {}

    private record GreenBusiness(String name, String sicCode, Activity activity) {}

    private static final Map<Partner, LocalEconomy> ECONOMIES = economies();

    private final Random random;
    private final String runToken;
    private final Map<Partner, Deque<Step.Put>> openNotifications = new EnumMap<>(Partner.class);
    private int sequence;

    /**
     * @param random the source of every choice; seeded in tests
     * @param started when the feed started: it makes this run's ids differ from every earlier run's
     */
    Trickle(Random random, Instant started) {
        this.random = random;
        this.runToken = Long.toString(started.getEpochSecond(), 36);
        for (Partner partner : Partner.values()) {
            openNotifications.put(partner, new ArrayDeque<>());
        }
    }

    /** The next event, for a council chosen at random, dated {@code today}. */
    Step.Put next(LocalDate today) {
        final Partner partner = Partner.values()[random.nextInt(Partner.values().length)];
        final LocalEconomy economy = ECONOMIES.get(partner);
        final int roll = random.nextInt(100);
        if (roll < 20) {
            return jobLoss(partner, economy, today);
        }
        if (roll < 60) {
            return support(partner, economy, today);
        }
        return green(partner, economy, today);
    }

    private Step.Put jobLoss(Partner partner, LocalEconomy economy, LocalDate today) {
        final Deque<Step.Put> open = openNotifications.get(partner);
        if (!open.isEmpty() && random.nextInt(100) < 40) {
            final Step.Put notified = open.removeFirst();
            final JobLoss proposed = (JobLoss) notified.event();
            final int confirmed = Math.max(1, (int) Math.round(proposed.jobs() * (0.6 + 0.3 * random.nextDouble())));
            return new Step.Put(
                    partner,
                    notified.eventId(),
                    proposed.confirmed(today, confirmed),
                    today,
                    "live: confirmed after consultation (" + proposed.jobs() + " notified)");
        }
        final Business employer = pick(economy.employers());
        final Step.Put notification = new Step.Put(
                partner,
                nextId(),
                new JobLoss(
                        partner.place(),
                        employer.sicCode(),
                        today,
                        employer.name(),
                        5 + random.nextInt(56),
                        Status.PROPOSED),
                today,
                "live: HR1 notified");
        open.addLast(notification);
        return notification;
    }

    private Step.Put support(Partner partner, LocalEconomy economy, LocalDate today) {
        final Business business = pick(economy.businesses());
        final boolean advice = random.nextInt(4) == 0;
        final BusinessSupport award = advice
                ? new BusinessSupport(
                        partner.place(),
                        business.sicCode(),
                        today,
                        business.name(),
                        economy.adviceService(),
                        SupportType.ADVICE,
                        0,
                        1 + random.nextInt(8),
                        0)
                : new BusinessSupport(
                        partner.place(),
                        business.sicCode(),
                        today,
                        business.name(),
                        economy.programme(),
                        SupportType.GRANT,
                        pounds(500L * (4 + random.nextInt(77))),
                        random.nextInt(13),
                        random.nextInt(5));
        return new Step.Put(partner, nextId(), award, today, "live: award");
    }

    private Step.Put green(Partner partner, LocalEconomy economy, LocalDate today) {
        final GreenBusiness business = pick(economy.greenBusinesses());
        return new Step.Put(
                partner,
                nextId(),
                new GreenEconomy(
                        partner.place(),
                        business.sicCode(),
                        today,
                        business.name(),
                        business.activity(),
                        1 + random.nextInt(8),
                        pounds(10_000L * (2 + random.nextInt(149)))),
                today,
                "live: green economy");
    }

    private String nextId() {
        sequence++;
        return String.format("LIVE-%s-%04d", runToken, sequence);
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private static Map<Partner, LocalEconomy> economies() {
        final Map<Partner, LocalEconomy> economies = new EnumMap<>(Partner.class);
        economies.put(
                Partner.HOUNSLOW,
                new LocalEconomy(
                        "Hounslow Business Growth Grant",
                        "Hounslow Business Support Service",
                        List.of(
                                new Business("Bath Road Hotels Group Ltd", "55.10"),
                                new Business("Airside Ground Handling Ltd", "52.23"),
                                new Business("Terminal Retail Concessions Ltd", "47.19"),
                                new Business("Hatton Cross Cargo Services Ltd", "52.24")),
                        List.of(
                                new Business("Feltham Cafe Ltd", "56.10"),
                                new Business("Brentford Digital Studio Ltd", "62.01"),
                                new Business("Isleworth Food Lab Ltd", "10.89"),
                                new Business("Heston Cold Chain Ltd", "52.10"),
                                new Business("Hatton Cross Drone Logistics Ltd", "52.29"),
                                new Business("Chiswick Software Ltd", "62.01")),
                        List.of(
                                new GreenBusiness(
                                        "Feltham Solar Rooftops Ltd", "43.21", Activity.LOW_CARBON_ELECTRICITY),
                                new GreenBusiness(
                                        "Hounslow Retrofit Partnership", "43.29", Activity.ENERGY_EFFICIENT_PRODUCTS),
                                new GreenBusiness(
                                        "Great West Road EV Charging Ltd", "43.21", Activity.LOW_EMISSION_VEHICLES),
                                new GreenBusiness("Brentford Heat Pumps Ltd", "43.22", Activity.LOW_CARBON_HEAT))));
        economies.put(
                Partner.BELFAST,
                new LocalEconomy(
                        "Belfast Business Growth Grant",
                        "Belfast Business Support Service",
                        List.of(
                                new Business("Donegall Place Department Store Ltd", "47.19"),
                                new Business("Harbour Contact Centre Ltd", "82.20"),
                                new Business("Lisburn Road Restaurants Ltd", "56.10")),
                        List.of(
                                new Business("Lanyon Cyber Ltd", "62.02"),
                                new Business("Ormeau Games Studio Ltd", "58.21"),
                                new Business("Lisburn Road Bakery Ltd", "10.71"),
                                new Business("Cathedral Quarter Hospitality Ltd", "56.10"),
                                new Business("Titanic Quarter Tours Ltd", "79.12")),
                        List.of(
                                new GreenBusiness(
                                        "Belfast Retrofit Co-operative", "43.29", Activity.ENERGY_EFFICIENT_PRODUCTS),
                                new GreenBusiness(
                                        "Belfast Harbour Offshore Wind Services Ltd",
                                        "52.22",
                                        Activity.LOW_CARBON_ELECTRICITY),
                                new GreenBusiness("East Bank Heat Network Ltd", "35.30", Activity.LOW_CARBON_HEAT),
                                new GreenBusiness(
                                        "Harbour Green Finance Ltd", "66.19", Activity.LOW_CARBON_SERVICES))));
        economies.put(
                Partner.BRADFORD,
                new LocalEconomy(
                        "Bradford Business Growth Grant",
                        "Bradford Business Support Hub",
                        List.of(
                                new Business("Broadway Department Stores Ltd", "47.19"),
                                new Business("Aire Valley Worsted Ltd", "13.10"),
                                new Business("Bradford City Hotels Ltd", "55.10")),
                        List.of(
                                new Business("Little Germany Software Ltd", "62.01"),
                                new Business("Saltaire Food Co Ltd", "10.85"),
                                new Business("Keighley Precision Ltd", "25.62"),
                                new Business("Manningham Curry House Ltd", "56.10"),
                                new Business("Shipley Printers Ltd", "18.12")),
                        List.of(
                                new GreenBusiness(
                                        "Aire Valley Retrofit Ltd", "43.29", Activity.ENERGY_EFFICIENT_PRODUCTS),
                                new GreenBusiness("Airedale Heat Pumps Ltd", "28.25", Activity.LOW_CARBON_HEAT),
                                new GreenBusiness("Pennine EV Components Ltd", "29.31", Activity.LOW_EMISSION_VEHICLES),
                                new GreenBusiness(
                                        "Bradford District Heat Network Ltd", "35.30", Activity.LOW_CARBON_HEAT))));
        return economies;
    }
}
