package org.recoverytracker.referenceservice.baselines;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recoverytracker.ingest.problems.RejectedRequestException;
import org.recoverytracker.ingest.problems.RowError;
import org.recoverytracker.ingest.reading.CsvEventItems;
import org.recoverytracker.ingest.reading.EventItems;
import org.recoverytracker.reference.ReferenceData;
import org.recoverytracker.reference.records.BaselineStatus;
import org.recoverytracker.reference.records.BaselineVariable;
import org.recoverytracker.referenceservice.writing.ReferenceWrites.Converted;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Baselines from a CSV as Nomis exports BRES (dataset NM_189_1) through its API: one row per
 * geography × industry × employment status × measure, with the columns named below (any others,
 * such as {@code *_TYPE}, {@code *_SORTORDER}, {@code OBS_STATUS}, {@code RECORD_OFFSET}, are
 * ignored). Rows that are not a count of employees or of employment in a district by SIC 2007
 * section or division (regions, totals, percentages, full-time and part-time splits, empty values)
 * don't apply and are counted, not refused; a row that applies but can't be read is a problem
 * naming its column.
 *
 * <table>
 *   <caption>Columns read</caption>
 *   <tr><td>{@code DATE}, {@code DATE_NAME} or {@code DATE_CODE}</td><td>the year (its first four digits)</td></tr>
 *   <tr><td>{@code GEOGRAPHY_CODE}</td><td>the district's GSS code, live in that year</td></tr>
 *   <tr><td>{@code INDUSTRY_NAME} or {@code INDUSTRY_CODE}</td><td>"C : Manufacturing" (a section) or
 *       "10 : Manufacture of food products" (a division)</td></tr>
 *   <tr><td>{@code EMPLOYMENT_STATUS_NAME}</td><td>"Employees" or "Employment" (or {@code ?variable=})</td></tr>
 *   <tr><td>{@code MEASURE_NAME}, {@code MEASURES_NAME}</td><td>optional: only "Count" and "Value" rows apply</td></tr>
 *   <tr><td>{@code OBS_VALUE}</td><td>the count</td></tr>
 * </table>
 */
final class NomisBaselines {

    /** A full BRES export for every district, by division, both variables: about 361 × 88 × 4 rows. */
    static final int MAX_ROWS = 200_000;

    private static final Pattern YEAR = Pattern.compile("^((19|20)\\d\\d)");
    private static final Pattern SECTION = Pattern.compile("^([A-U])\\s*(:.*)?$");
    private static final Pattern DIVISION = Pattern.compile("^(\\d\\d)\\s*:.*$");
    private static final Pattern COUNT = Pattern.compile("\\d{1,12}");

    private static final String GEOGRAPHY = "GEOGRAPHY_CODE";
    private static final String VALUE = "OBS_VALUE";
    private static final String STATUS = "EMPLOYMENT_STATUS_NAME";
    private static final List<String> DATE = List.of("DATE", "DATE_NAME", "DATE_CODE");
    private static final List<String> INDUSTRY = List.of("INDUSTRY_NAME", "INDUSTRY_CODE");

    /** The request fields' columns, for problems. */
    private static final Map<String, String> COLUMN_OF = Map.of(
            "place", GEOGRAPHY,
            "baselineId", GEOGRAPHY,
            "value", VALUE,
            "period", "DATE_NAME",
            "sector", "INDUSTRY_NAME",
            "sicCode", "INDUSTRY_NAME",
            "variable", STATUS);

    /**
     * What the rows are: the dataset's name in ids and records, the status to give every figure,
     * the variable when the file has no employment status column, and the source.
     */
    record Settings(
            String dataset,
            BaselineStatus status,
            BaselineVariable variable,
            String sourceTitle,
            String sourceUrl,
            LocalDate retrievedOn) {}

    private NomisBaselines() {}

    static Converted convert(byte[] body, Settings settings) {
        final List<Map<String, String>> rows = CsvEventItems.rows(body, StandardCharsets.UTF_8, MAX_ROWS);
        final List<JsonNode> items = new ArrayList<>();
        final List<Integer> rowNumbers = new ArrayList<>();
        final List<RowError> errors = new ArrayList<>();
        int ignored = 0;
        boolean checkedColumns = false;
        for (int row = 0; row < rows.size(); row++) {
            final Map<String, String> cells = upperCased(rows.get(row));
            if (!checkedColumns) {
                requireColumns(cells.keySet(), settings);
                checkedColumns = true;
            }
            final Optional<ObjectNode> baseline = baseline(cells, row, settings, errors);
            if (baseline.isPresent()) {
                items.add(baseline.get());
                rowNumbers.add(row);
            } else {
                ignored++;
            }
        }
        return new Converted(
                new EventItems(items, errors, path -> COLUMN_OF.getOrDefault(path, path)),
                at -> rowNumbers.get(at),
                ignored);
    }

    /** The row as a baseline request, or empty for a row that doesn't apply (or can't be read: then with a problem). */
    private static Optional<ObjectNode> baseline(
            Map<String, String> cells, int row, Settings settings, List<RowError> errors) {
        if (!applies(cells.get("MEASURE_NAME"), "Count") || !applies(cells.get("MEASURES_NAME"), "Value")) {
            return Optional.empty();
        }
        final BaselineVariable variable =
                settings.variable() != null ? settings.variable() : variableOf(cells.get(STATUS));
        final String place = cells.getOrDefault(GEOGRAPHY, "").strip();
        final String value = cells.getOrDefault(VALUE, "").strip();
        final Industry industry = industryOf(first(cells, INDUSTRY));
        if (variable == null
                || industry == null
                || value.isEmpty()
                || ReferenceData.uk().districtHistory().code(place).isEmpty()) {
            return Optional.empty();
        }
        final Matcher year = YEAR.matcher(first(cells, DATE));
        if (!year.find()) {
            errors.add(new RowError(
                    row, "DATE_NAME", "must start with a year, like 2019, but was '" + first(cells, DATE) + "'"));
            return Optional.empty();
        }
        if (!COUNT.matcher(value).matches()) {
            errors.add(new RowError(row, VALUE, "must be a whole number of people, but was '" + value + "'"));
            return Optional.empty();
        }
        final ObjectNode baseline = JsonNodeFactory.instance
                .objectNode()
                .put(
                        "baselineId",
                        String.join(
                                "-",
                                settings.dataset().toLowerCase(Locale.ROOT),
                                year.group(1),
                                variable.name().toLowerCase(Locale.ROOT),
                                place,
                                industry.code()))
                .put("dataset", settings.dataset())
                .put("variable", variable.name())
                .put("period", year.group(1))
                .put("place", place)
                .put(industry.isSection() ? "sector" : "sicCode", industry.code())
                .put("value", Long.parseLong(value))
                .put("status", settings.status().name());
        final ObjectNode source = baseline.putObject("source").put("title", settings.sourceTitle());
        if (settings.sourceUrl() != null) {
            source.put("url", settings.sourceUrl());
        }
        source.put("retrievedOn", settings.retrievedOn().toString()).put("licence", "OGL-UK-3.0");
        return Optional.of(baseline);
    }

    private record Industry(String code, boolean isSection) {}

    /** A SIC 2007 section ("C : Manufacturing", or "C") or division ("10 : ..."); null for totals and other groupings. */
    private static Industry industryOf(String industry) {
        final String text = industry.strip();
        final Matcher section = SECTION.matcher(text);
        if (section.matches()) {
            return new Industry(section.group(1), true);
        }
        final Matcher division = DIVISION.matcher(text);
        return division.matches() ? new Industry(division.group(1), false) : null;
    }

    private static BaselineVariable variableOf(String status) {
        if (status == null) {
            return null;
        }
        return switch (status.strip().toLowerCase(Locale.ROOT)) {
            case "employees" -> BaselineVariable.EMPLOYEES;
            case "employment" -> BaselineVariable.EMPLOYMENT;
            default -> null;
        };
    }

    private static boolean applies(String cell, String wanted) {
        return cell == null || cell.isBlank() || cell.strip().equalsIgnoreCase(wanted);
    }

    private static void requireColumns(Set<String> columns, Settings settings) {
        final List<String> missing = new ArrayList<>();
        for (List<String> anyOf : List.of(List.of(GEOGRAPHY), List.of(VALUE), DATE, INDUSTRY)) {
            if (anyOf.stream().noneMatch(columns::contains)) {
                missing.add(String.join(" or ", anyOf));
            }
        }
        if (settings.variable() == null && !columns.contains(STATUS)) {
            missing.add(STATUS + " (or ?variable=EMPLOYEES|EMPLOYMENT)");
        }
        if (!missing.isEmpty()) {
            throw RejectedRequestException.malformed("The CSV is not a Nomis export of BRES: it has no column "
                    + String.join(", no column ", missing) + ".");
        }
    }

    private static String first(Map<String, String> cells, List<String> columns) {
        return columns.stream()
                .map(cells::get)
                .filter(cell -> cell != null && !cell.isBlank())
                .findFirst()
                .orElse("");
    }

    private static Map<String, String> upperCased(Map<String, String> cells) {
        final Map<String, String> upper = new HashMap<>();
        cells.forEach((column, cell) -> upper.put(column.strip().toUpperCase(Locale.ROOT), cell == null ? "" : cell));
        return upper;
    }
}
