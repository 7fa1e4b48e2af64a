package org.recoverytracker.reference;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Every district code live since 2019 with its dates and successor ({@code lad-history.csv}), and
 * the one rule for a code posted with a date: the event counts in the district that holds the
 * code's area today, provided the code was live on that date; otherwise the answer names the code
 * to use. Ingest and the views both ask this class, so they can never disagree.
 *
 * <p>The file is trusted, but read strictly: a malformed row, a successor that leads nowhere or a
 * current code that is not one of the districts stops the loading with the line at fault.
 */
public final class DistrictHistory {

    static final String FILE = "lad-history.csv";

    private static final List<String> COLUMNS = List.of("code", "name", "valid_from", "valid_to", "successor");
    /** About 400 rows today; far more would be a wrong file, not history. */
    private static final int MAX_ROWS = 10_000;

    private static final int MAX_NAME_LENGTH = 200;

    private final Map<String, DistrictCode> codes;
    private final Map<String, Place> countsInToday;
    private final Map<String, List<DistrictCode>> codesOfDistrict;
    private final List<DistrictCode> codesInOrder;

    private DistrictHistory(Map<String, DistrictCode> codes, Map<String, Place> countsInToday) {
        this.codes = Map.copyOf(codes);
        this.countsInToday = Map.copyOf(countsInToday);
        this.codesOfDistrict = codes.values().stream()
                .collect(Collectors.groupingBy(
                        code -> countsInToday.get(code.code()).code(), LinkedHashMap::new, Collectors.toList()));
        this.codesInOrder = List.copyOf(codes.values());
    }

    public Optional<DistrictCode> code(String code) {
        return Optional.ofNullable(code).map(codes::get);
    }

    /** Every code, current and ended, in code order. */
    public Collection<DistrictCode> codes() {
        return codesInOrder;
    }

    /** What {@code code} means for an event that happened on {@code date}. */
    public DistrictOnDate on(String code, LocalDate date) {
        Objects.requireNonNull(date, "date");
        final DistrictCode posted = code == null ? null : codes.get(code);
        if (posted == null) {
            return DistrictOnDate.refused(
                    DistrictOnDate.Status.UNKNOWN,
                    code + " is not a known UK local authority district code: the reference data has every"
                            + " district code live since 2019-01-01");
        }
        final Place today = countsInToday.get(posted.code());
        if (posted.isLiveOn(date)) {
            return DistrictOnDate.live(today);
        }
        final List<DistrictCode> liveThen = codesOfDistrict.get(today.code()).stream()
                .filter(other -> other != posted && other.isLiveOn(date))
                .collect(Collectors.toList());
        if (posted.startsAfter(date)) {
            return DistrictOnDate.refused(DistrictOnDate.Status.NOT_YET_LIVE, notYetLive(posted, date, liveThen));
        }
        return DistrictOnDate.refused(DistrictOnDate.Status.ENDED, ended(posted, date, liveThen, today));
    }

    private static String ended(DistrictCode posted, LocalDate date, List<DistrictCode> liveThen, Place today) {
        final String ended = posted + " ended on " + posted.validTo() + "; ";
        if (liveThen.size() == 1) {
            final DistrictCode use = liveThen.get(0);
            final LocalDate dayAfter = posted.validTo().plusDays(1);
            final LocalDate from = use.validFrom().isAfter(dayAfter) ? use.validFrom() : dayAfter;
            return ended + "from " + from + (use.isCurrent() ? "" : " to " + use.validTo()) + " use " + use;
        }
        if (liveThen.isEmpty()) {
            return ended + "its area is now in " + today.code() + " " + today.name()
                    + ", but the reference data has no code for it on " + date;
        }
        return ended + "on " + date + " its area was in " + list(liveThen) + " (now all in " + today.code() + " "
                + today.name() + "): use the one where the event happened";
    }

    private static String notYetLive(DistrictCode posted, LocalDate date, List<DistrictCode> liveThen) {
        final String began = posted + " began on " + posted.validFrom() + "; ";
        if (!posted.isCurrent()) {
            // The file names only today's successor of each code, so which codes a code that has
            // itself ended replaced is not known here.
            return began + "the reference data does not say which codes its area had before then:"
                    + " use the code live on " + date + " where the event happened";
        }
        if (liveThen.isEmpty()) {
            return began + "the reference data has no code for its area on " + date;
        }
        if (liveThen.size() == 1) {
            final DistrictCode use = liveThen.get(0);
            return began + "until " + use.validTo() + " use " + use;
        }
        return began + "on " + date + " its area was in " + list(liveThen) + ": use the one where the event happened";
    }

    private static String list(List<DistrictCode> codes) {
        return codes.stream().map(DistrictCode::toString).collect(Collectors.joining(", "));
    }

    /**
     * Reads the history strictly.
     *
     * @param districts the current districts, which the history's current codes must be exactly
     * @throws IllegalStateException naming the line at fault
     */
    static DistrictHistory parse(Reader reader, Map<String, Place> districts) {
        final Map<String, DistrictCode> codes = new LinkedHashMap<>();
        try (CSVParser parser = CSVFormat.RFC4180.parse(reader)) {
            final Iterator<CSVRecord> rows = parser.iterator();
            if (!rows.hasNext() || !COLUMNS.equals(rows.next().toList())) {
                throw new IllegalStateException(FILE + " must start with the header " + String.join(",", COLUMNS));
            }
            while (rows.hasNext()) {
                final CSVRecord row = rows.next();
                if (codes.size() == MAX_ROWS) {
                    throw malformed(row, "more than " + MAX_ROWS + " rows");
                }
                final DistrictCode code = districtCode(row);
                if (codes.putIfAbsent(code.code(), code) != null) {
                    throw malformed(row, "code " + code.code() + " is repeated");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference data " + FILE, e);
        }
        return new DistrictHistory(codes, countsInToday(codes, districts));
    }

    private static DistrictCode districtCode(CSVRecord row) {
        if (row.size() != COLUMNS.size()) {
            throw malformed(row, "has " + row.size() + " columns, not " + COLUMNS.size());
        }
        final String code = row.get(0);
        if (!Codes.isPlaceCode(code)) {
            throw malformed(row, "code '" + code + "' is not a GSS district code");
        }
        final String name = row.get(1);
        if (name.isBlank() || name.length() > MAX_NAME_LENGTH || !name.equals(name.strip())) {
            throw malformed(row, "name '" + name + "' must be 1 to " + MAX_NAME_LENGTH + " characters, not padded");
        }
        final LocalDate validFrom = date(row, 2);
        final LocalDate validTo = row.get(3).isEmpty() ? null : date(row, 3);
        final String successor = row.get(4).isEmpty() ? null : row.get(4);
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw malformed(row, "valid_to " + validTo + " is before valid_from " + validFrom);
        }
        if ((validTo == null) != (successor == null)) {
            throw malformed(row, "valid_to and successor must be given together");
        }
        if (successor != null && (!Codes.isPlaceCode(successor) || successor.equals(code))) {
            throw malformed(row, "successor '" + successor + "' is not another GSS district code");
        }
        return new DistrictCode(code, name, validFrom, validTo, successor);
    }

    private static LocalDate date(CSVRecord row, int column) {
        try {
            return LocalDate.parse(row.get(column));
        } catch (DateTimeParseException e) {
            throw malformed(row, COLUMNS.get(column) + " '" + row.get(column) + "' is not a date like 2023-03-31");
        }
    }

    /** The current district of every code, following successors (the file flattens chains, but need not). */
    private static Map<String, Place> countsInToday(Map<String, DistrictCode> codes, Map<String, Place> districts) {
        final Map<String, Place> today = new LinkedHashMap<>();
        for (DistrictCode code : codes.values()) {
            DistrictCode step = code;
            final List<String> path = new ArrayList<>();
            while (!step.isCurrent()) {
                path.add(step.code());
                final DistrictCode next = codes.get(step.successor());
                if (next == null) {
                    throw new IllegalStateException(
                            FILE + ": " + step.code() + "'s successor " + step.successor() + " is not in the file");
                }
                if (path.contains(next.code())) {
                    throw new IllegalStateException(
                            FILE + ": the successors of " + code.code() + " go round in a circle");
                }
                step = next;
            }
            final Place district = districts.get(step.code());
            if (district == null || !district.name().equals(step.name())) {
                throw new IllegalStateException(FILE + ": current code " + step + " is not one of the districts");
            }
            today.put(code.code(), district);
        }
        final List<String> missing = districts.keySet().stream()
                .filter(code -> !codes.containsKey(code) || !codes.get(code).isCurrent())
                .sorted()
                .collect(Collectors.toList());
        if (!missing.isEmpty()) {
            throw new IllegalStateException(FILE + " has no current code for the districts " + missing);
        }
        return today;
    }

    private static IllegalStateException malformed(CSVRecord row, String problem) {
        return new IllegalStateException(FILE + " line " + row.getRecordNumber() + ": " + problem);
    }
}
