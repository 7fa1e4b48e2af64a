package org.recoverytracker.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The UK reference data the product speaks in: every local authority district with its ITL1
 * region and nation, the district codes live since 2019 with their successors, and the SIC 2007
 * sections and divisions. Loaded once from the CSV files next
 * to this class (their provenance is in {@code PROVENANCE.md} beside them).
 *
 * <p>Unknown codes are answered with an empty {@link Optional}, never a guess.
 */
public final class ReferenceData {

    private static final ReferenceData UK = load();

    private final Map<String, Place> places;
    private final Map<String, Region> regions;
    private final Map<String, SicSection> sections;
    private final Map<String, SicDivision> divisions;
    private final List<Place> placesInOrder;
    private final List<Region> regionsInOrder;
    private final List<SicSection> sectionsInOrder;
    private final DistrictHistory districtHistory;

    private ReferenceData(
            Map<String, Place> places,
            Map<String, Region> regions,
            Map<String, SicSection> sections,
            Map<String, SicDivision> divisions,
            DistrictHistory districtHistory) {
        this.places = Map.copyOf(places);
        this.regions = Map.copyOf(regions);
        this.sections = Map.copyOf(sections);
        this.divisions = Map.copyOf(divisions);
        this.placesInOrder = List.copyOf(places.values());
        this.regionsInOrder = List.copyOf(regions.values());
        this.sectionsInOrder = List.copyOf(sections.values());
        this.districtHistory = districtHistory;
    }

    /** The reference data shipped with this release. */
    public static ReferenceData uk() {
        return UK;
    }

    /** The current district of a code; a code that has ended is not one (see {@link #districtHistory()}). */
    public Optional<Place> place(String code) {
        return Optional.ofNullable(code).map(places::get);
    }

    /** Every district, in code order. */
    public Collection<Place> places() {
        return placesInOrder;
    }

    /**
     * Every district code live since 2019, current or ended, and which current district an event
     * posted on one of them counts in.
     */
    public DistrictHistory districtHistory() {
        return districtHistory;
    }

    public Optional<Region> region(String code) {
        return Optional.ofNullable(code).map(regions::get);
    }

    /** Every ITL1 region, in code order. */
    public Collection<Region> regions() {
        return regionsInOrder;
    }

    public Optional<SicSection> section(String code) {
        return Optional.ofNullable(code).map(sections::get);
    }

    /** Every section, A to U. */
    public Collection<SicSection> sections() {
        return sectionsInOrder;
    }

    public Optional<SicDivision> division(String code) {
        return Optional.ofNullable(code).map(divisions::get);
    }

    /**
     * The division of a SIC code: its first two digits, when the code is well formed and the
     * division exists ({@code 51.10} → 51 Air transport).
     */
    public Optional<SicDivision> divisionOfSicCode(String sicCode) {
        return Codes.isSicCode(sicCode) ? division(sicCode.substring(0, 2)) : Optional.empty();
    }

    private static ReferenceData load() {
        final Map<String, SicSection> sections = new LinkedHashMap<>();
        readCsv(
                "sic2007-sections.csv",
                row -> sections.put(row.get("section"), new SicSection(row.get("section"), row.get("title"))));

        final Map<String, SicDivision> divisions = new LinkedHashMap<>();
        readCsv(
                "sic2007-divisions.csv",
                row -> divisions.put(
                        row.get("code"),
                        new SicDivision(
                                row.get("code"), row.get("title"), required(sections, row.get("section"), row))));

        final Map<String, Region> regions = new LinkedHashMap<>();
        final Map<String, Place> places = new LinkedHashMap<>();
        readCsv("uk-local-authorities.csv", row -> {
            final Region region = regions.computeIfAbsent(
                    row.get("region_code"),
                    code -> new Region(code, row.get("region_name"), Nation.ofDisplayName(row.get("nation"))));
            places.put(row.get("code"), new Place(row.get("code"), row.get("name"), region));
        });
        final DistrictHistory history = read(DistrictHistory.FILE, reader -> DistrictHistory.parse(reader, places));
        return new ReferenceData(places, sortedByKey(regions), sections, divisions, history);
    }

    private static <V> Map<String, V> sortedByKey(Map<String, V> map) {
        final Map<String, V> sorted = new LinkedHashMap<>();
        map.keySet().stream().sorted().forEach(key -> sorted.put(key, map.get(key)));
        return sorted;
    }

    private static <V> V required(Map<String, V> map, String key, CSVRecord row) {
        final V value = map.get(key);
        if (value == null) {
            throw new IllegalStateException(
                    "reference data row " + row.getRecordNumber() + " refers to unknown code " + key);
        }
        return value;
    }

    private static void readCsv(String file, Consumer<CSVRecord> rowHandler) {
        final CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        read(file, reader -> {
            try {
                format.parse(reader).forEach(rowHandler);
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read reference data " + file, e);
            }
        });
    }

    private static <T> T read(String file, Function<Reader, T> parser) {
        try (InputStream in = ReferenceData.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("reference data file " + file + " is missing from the classpath");
            }
            return parser.apply(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference data " + file, e);
        }
    }
}
