package org.recoverytracker.dashboard.downloads;

import java.util.List;
import java.util.Map;
import org.recoverytracker.dashboard.views.Measure;

/**
 * The shapes of the open downloads ({@code /open/downloads/...}): the exact downloads' shapes
 * ({@link CsvTable}), each measure followed by a {@code {measure}_flags} column, and described in
 * CSV on the Web with the release the figures come from.
 */
public enum OpenCsvTable {
    /** A place, region or the UK: its totals ("All sectors"), then a row per sector. */
    AREA(CsvTable.AREA),
    /** Every place with live events in the release, a row each. */
    PLACES(CsvTable.PLACES),
    /** A place, region or the UK week by week. */
    WEEKS(CsvTable.WEEKS);

    /** The name of the first row of an area file, which holds the area's totals. */
    public static final String ALL_SECTORS = CsvTables.ALL_SECTORS;

    /** The measures in the order of the files' columns: the Views API's field names. */
    public static final List<String> MEASURES =
            Measure.API_ORDER.stream().map(Measure::key).toList();

    private final CsvTable shape;

    OpenCsvTable(CsvTable shape) {
        this.shape = shape;
    }

    /** The name of a measure's flags column. */
    public static String flagsColumn(String measure) {
        return measure + "_flags";
    }

    /** The header row. */
    public List<String> header() {
        return shape.openColumns().stream().map(CsvwMetadata.Column::name).toList();
    }

    /**
     * The CSV on the Web description of a file of this shape, naming the release its figures come from.
     *
     * @param releasePath where the release is described, e.g. {@code /open/v1/releases/2026-12-03-1}
     */
    public Map<String, Object> metadata(String fileName, String title, String releaseId, String releasePath) {
        final Map<String, Object> metadata =
                CsvwMetadata.describe(fileName, title, shape.openColumns(), shape.primaryKey());
        metadata.put("schema:version", releaseId);
        metadata.put("prov:wasDerivedFrom", Map.of("@id", releasePath));
        return metadata;
    }
}
