package org.recoverytracker.bench.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.recoverytracker.bench.results.ResultFile;
import org.recoverytracker.reference.DistrictHistory;
import org.recoverytracker.reference.Place;
import org.recoverytracker.reference.ReferenceData;
import tools.jackson.databind.node.ObjectNode;

/**
 * Random 2019 BRES-like baselines for the reference service's benchmark: a district live in 2019
 * (a district created since would be refused), a SIC section, a count. Made-up figures, as their
 * source says.
 */
public final class BaselineFactory {

    private static final String SECTIONS = "ABCDEFGHIJKLMNOPQRS";

    private static final LocalDate END_OF_2019 = LocalDate.of(2019, 12, 31);

    private final Random random;
    private final List<String> places;

    public BaselineFactory(long seed) {
        this.random = new Random(seed);
        final DistrictHistory history = ReferenceData.uk().districtHistory();
        this.places = ReferenceData.uk().places().stream()
                .map(Place::code)
                .filter(code -> history.on(code, END_OF_2019).isLive())
                .sorted()
                .toList();
    }

    /** A random baseline as the JSON body of a PUT (without its id). */
    public String json() {
        final ObjectNode baseline = ResultFile.object()
                .put("dataset", "BRES")
                .put("variable", "EMPLOYEES")
                .put("period", "2019")
                .put("place", places.get(random.nextInt(places.size())))
                .put("sector", String.valueOf(SECTIONS.charAt(random.nextInt(SECTIONS.length()))))
                .put("value", 50 + random.nextInt(50_000))
                .put("status", "FINAL");
        baseline.putObject("source").put("title", "benchmark figures, not ONS data");
        return baseline.toString();
    }
}
