package org.recoverytracker.dashboard.downloads;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV download's description in CSV on the Web (W3C CSVW), served beside it at
 * {@code {path}-metadata.json} and linked from it with {@code Link: <...>; rel="describedby"}:
 * every column's name, title, datatype and description in the file's order, the columns that
 * identify a row, and the licence and attribution that come with the figures.
 */
public final class CsvwMetadata {

    /** The Open Government Licence v3.0, under which the figures are published. */
    public static final String LICENCE = "http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";

    static final String ATTRIBUTION = "Contains information from the job losses, business support and green projects "
            + "that UK councils and their partners report to Recovery Tracker, licensed under the Open Government "
            + "Licence v3.0.";

    /** The suffix of a sidecar's path: the CSV's path and this. */
    public static final String SUFFIX = "-metadata.json";

    /**
     * A column of a CSV file.
     *
     * @param name the header
     * @param datatype a CSVW (XML Schema) datatype: string, integer, number, date, boolean
     */
    public record Column(String name, String title, String datatype, String description) {}

    private CsvwMetadata() {}

    /**
     * The description with its attribution naming the partners whose reports the figures come from
     * ({@code dc:rights}, and each as a {@code dc:contributor}).
     */
    public static Map<String, Object> attributedTo(Map<String, Object> metadata, Collection<String> partners) {
        if (partners.isEmpty()) {
            return metadata;
        }
        final List<String> named = partners.stream().sorted().toList();
        final Map<String, Object> attributed = new LinkedHashMap<>(metadata);
        attributed.put(
                "dc:rights",
                "Contains information from the job losses, business support and green projects that UK councils"
                        + " and their partners (" + String.join(", ", named) + ") report to Recovery Tracker,"
                        + " licensed under the Open Government Licence v3.0.");
        attributed.put("dc:contributor", named);
        return attributed;
    }

    /** The {@code Link} header a CSV response carries, for the CSV at {@code path}. */
    public static String link(String path) {
        return "<" + path + SUFFIX + ">; rel=\"describedby\"";
    }

    /**
     * The description of one file, as JSON-LD in the CSVW vocabulary.
     *
     * @param fileName the CSV's name, which the sidecar beside it refers to
     */
    public static Map<String, Object> describe(
            String fileName, String title, List<Column> columns, List<String> primaryKey) {
        final Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("@context", "http://www.w3.org/ns/csvw");
        metadata.put("url", fileName);
        metadata.put("dc:title", title);
        metadata.put("dc:publisher", "Recovery Tracker");
        metadata.put("dc:license", Map.of("@id", LICENCE));
        metadata.put("dc:rights", ATTRIBUTION);
        metadata.put("dialect", Map.of("header", true, "encoding", "utf-8", "lineTerminators", List.of("\r\n")));
        metadata.put(
                "tableSchema",
                Map.of(
                        "columns",
                        columns.stream()
                                .map(column -> Map.of(
                                        "name", column.name(),
                                        "titles", column.title(),
                                        "datatype", column.datatype(),
                                        "dc:description", column.description()))
                                .toList(),
                        "primaryKey",
                        primaryKey));
        return metadata;
    }
}
