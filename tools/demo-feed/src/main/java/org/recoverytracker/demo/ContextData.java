package org.recoverytracker.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recoverytracker.schemas.ReferenceApi;
import org.recoverytracker.testsupport.LocalPartner;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the demo posts to the reference service so that its figures have context: Hounslow's
 * "Heathrow zone", an area spanning London and the South East, and an <em>illustrative</em> 2019
 * baseline of employees per sector for the zone's districts, Belfast and Bradford. The baseline's
 * numbers are made up (a round total per district, split by fixed sector shares) and say so in
 * their source's title: no ONS data is shipped (see the README for loading BRES from Nomis).
 */
final class ContextData {

    /** A write to the reference service. */
    record Write(String apiKey, String method, String path, String json, String note) {}

    static final String ZONE_ID = "heathrow-zone";

    static final String BASELINE_TITLE = "BRES 2019 employees: illustrative, not ONS data";

    /** The Heathrow zone's districts, as the contract lists them. */
    static final List<String> HEATHROW_ZONE = List.of(
            "E09000018", // Hounslow
            "E09000017", // Hillingdon
            "E09000009", // Ealing
            "E07000213", // Spelthorne
            "E06000039", // Slough
            "E06000040", // Windsor and Maidenhead
            "E07000212"); // Runnymede

    /** Illustrative employees per district, all sectors. */
    private static final Map<String, Integer> EMPLOYEES = employees();

    /** Illustrative shares of employees by SIC section, per thousand; T and U have none. */
    private static final Map<String, Integer> SHARES = shares();

    /** Around Heathrow, air transport (in H) employs far more than elsewhere. */
    private static final Set<String> AIRPORT_DISTRICTS = Set.of("E09000018", "E09000017");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ContextData() {}

    /** The writes, in order: the area, then the baselines as one batch. */
    static List<Write> writes() {
        return List.of(heathrowZone(), baselines());
    }

    private static Write heathrowZone() {
        final ObjectNode area =
                JSON.createObjectNode().put("name", "Heathrow zone").put("visibility", "PUBLIC");
        final ArrayNode members = area.putArray("members");
        HEATHROW_ZONE.forEach(place -> members.addObject().put("place", place));
        return new Write(
                LocalPartner.HOUNSLOW.key(),
                "PUT",
                ReferenceApi.AREAS_PATH + "/" + ZONE_ID,
                area.toString(),
                "the Heathrow zone: " + HEATHROW_ZONE.size() + " districts in London and the South East");
    }

    private static Write baselines() {
        final ArrayNode batch = JSON.createArrayNode();
        EMPLOYEES.forEach((place, total) -> SHARES.forEach((sector, share) -> {
            final int perThousand = "H".equals(sector) && AIRPORT_DISTRICTS.contains(place) ? 200 : share;
            batch.addObject()
                    .put("baselineId", "illustrative-bres-2019-" + place + "-" + sector)
                    .put("dataset", "BRES")
                    .put("variable", "EMPLOYEES")
                    .put("period", "2019")
                    .put("place", place)
                    .put("sector", sector)
                    .put("value", roundedToFive((long) total * perThousand / 1000))
                    .put("status", "FINAL")
                    .putObject("source")
                    .put("title", BASELINE_TITLE);
        }));
        return new Write(
                LocalPartner.NATIONAL.key(),
                "POST",
                ReferenceApi.BASELINES_PATH,
                batch.toString(),
                "an illustrative 2019 baseline (not ONS data) for " + EMPLOYEES.size() + " districts");
    }

    /** BRES publishes employee counts rounded to the nearest 5; the illustration looks the same. */
    private static long roundedToFive(long value) {
        return Math.round(value / 5.0) * 5;
    }

    private static Map<String, Integer> employees() {
        final Map<String, Integer> employees = new LinkedHashMap<>();
        employees.put("E09000018", 140_000);
        employees.put("E09000017", 190_000);
        employees.put("E09000009", 115_000);
        employees.put("E07000213", 38_000);
        employees.put("E06000039", 82_000);
        employees.put("E06000040", 78_000);
        employees.put("E07000212", 52_000);
        employees.put("N09000003", 215_000);
        employees.put("E08000032", 190_000);
        return employees;
    }

    private static Map<String, Integer> shares() {
        final Map<String, Integer> shares = new LinkedHashMap<>();
        final String[] sections = {
            "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "S"
        };
        final int[] perThousand = {10, 2, 80, 4, 7, 50, 150, 50, 75, 40, 35, 17, 85, 90, 45, 85, 130, 23, 22};
        for (int i = 0; i < sections.length; i++) {
            shares.put(sections[i], perThousand[i]);
        }
        return shares;
    }

    /** The baselines' places, for tests and the log. */
    static List<String> baselinePlaces() {
        return new ArrayList<>(EMPLOYEES.keySet());
    }
}
