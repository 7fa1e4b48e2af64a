package org.recoverytracker.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.recoverytracker.demo.DemoEvent.BusinessSupport;
import org.recoverytracker.demo.DemoEvent.SupportType;
import org.recoverytracker.demo.Step.Identified;

/**
 * A series of small awards to local businesses (a council's discretionary grants, an advice hub's
 * cases): too many to write one by one, so they are drawn from local trades and neighbourhoods with
 * a fixed seed. The same arguments always give the same series, ids and content, so re-posting it
 * after a restart only repeats identical events.
 *
 * @param idPrefix the grant system's reference prefix; ids are {@code prefix-0001} ... in date order
 * @param poundsPerJobSafeguarded roughly how much support keeps one job; 0 for advice, where the
 *                                amount is 0 and the jobs come from the case notes
 */
record SmallGrants(
        String idPrefix,
        String programme,
        SupportType supportType,
        LocalDate from,
        LocalDate to,
        int count,
        long minPounds,
        long maxPounds,
        long poundsPerJobSafeguarded,
        long seed) {

    /** A kind of local business: how its name ends and its SIC code. */
    record Trade(String nameSuffix, String sicCode) {}

    /** A local business that may receive an award. */
    private record Business(String name, String sicCode) {}

    SmallGrants {
        if (from.isAfter(to) || count < 1 || minPounds > maxPounds) {
            throw new IllegalArgumentException("an empty series: " + idPrefix);
        }
    }

    /** The series for a place, drawing distinct businesses from its neighbourhoods and trades. */
    List<Identified> draw(String place, List<String> neighbourhoods, List<Trade> trades) {
        final Random random = new Random(seed);
        final List<Business> businesses = new ArrayList<>();
        for (String neighbourhood : neighbourhoods) {
            for (Trade trade : trades) {
                businesses.add(new Business(neighbourhood + " " + trade.nameSuffix(), trade.sicCode()));
            }
        }
        if (businesses.size() < count) {
            throw new IllegalArgumentException(idPrefix + ": not enough distinct businesses for " + count + " awards");
        }
        Collections.shuffle(businesses, random);
        final long days = ChronoUnit.DAYS.between(from, to);
        final List<BusinessSupport> awards = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            final LocalDate on = workingDay(from.plusDays((long) (random.nextDouble() * (days + 1))));
            final long pounds = roundTo(minPounds + (long) (random.nextDouble() * (maxPounds - minPounds)), 250);
            final int safeguarded = poundsPerJobSafeguarded == 0
                    ? 2 + random.nextInt(14)
                    : (int) Math.max(1, Math.round(pounds / (double) poundsPerJobSafeguarded) + random.nextInt(3) - 1);
            final int created = random.nextInt(10) < 2 ? 1 + random.nextInt(2) : 0;
            final Business business = businesses.get(i);
            awards.add(new BusinessSupport(
                    place,
                    business.sicCode(),
                    on,
                    business.name(),
                    programme,
                    supportType,
                    DemoEvent.pounds(pounds),
                    safeguarded,
                    created));
        }
        awards.sort(Comparator.comparing(BusinessSupport::occurredOn).thenComparing(BusinessSupport::organisation));
        final List<Identified> series = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            series.add(new Identified(String.format("%s-%04d", idPrefix, i + 1), awards.get(i)));
        }
        return series;
    }

    /** Awards are made on working days: one drawn on a weekend is made on the Friday before. */
    private LocalDate workingDay(LocalDate day) {
        LocalDate weekday = day;
        while (isWeekend(weekday)) {
            weekday = weekday.minusDays(1);
        }
        if (weekday.isBefore(from)) {
            weekday = day;
            while (isWeekend(weekday)) {
                weekday = weekday.plusDays(1);
            }
        }
        return weekday;
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static long roundTo(long value, long step) {
        return Math.max(0, Math.round(value / (double) step) * step);
    }
}
