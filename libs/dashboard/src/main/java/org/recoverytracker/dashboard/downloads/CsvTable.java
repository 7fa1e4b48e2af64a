package org.recoverytracker.dashboard.downloads;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.recoverytracker.dashboard.downloads.CsvwMetadata.Column;
import org.recoverytracker.dashboard.views.Measure;

/**
 * The shapes of the CSV downloads: each file's columns, in order, with what each holds, and the
 * columns that identify a row. The header row is written from them and so is the file's CSV on
 * the Web description ({@link CsvwMetadata}), so the two can't disagree.
 */
enum CsvTable {
    /** A place, region, area or the UK: its totals ("All sectors"), then a row per sector. */
    AREA(
            List.of(
                    Areas.CODE,
                    Areas.NAME,
                    new Column(
                            "sector",
                            "Sector",
                            "string",
                            "The UK SIC 2007 section, A to U; empty on the row of all sectors."),
                    new Column("sectorName", "Sector name", "string", "The section's title, or All sectors.")),
            List.of("area", "sector")),
    /** Every place with live events, a row each. */
    PLACES(
            List.of(
                    new Column("place", "Place", "string", "The ONS GSS code of the local authority district."),
                    new Column("name", "Place name", "string", "The district's name."),
                    new Column("region", "Region", "string", "The ITL1 code of the district's region."),
                    new Column("regionName", "Region name", "string", "The region's name.")),
            List.of("place")),
    /** An area week by week. */
    WEEKS(
            List.of(
                    Areas.CODE,
                    Areas.NAME,
                    new Column(
                            "weekStart",
                            "Week beginning",
                            "date",
                            "The Monday of the ISO week; events count in the week they happened."),
                    new Column(
                            "provisional",
                            "Provisional",
                            "boolean",
                            "Whether partners may still add or correct "
                                    + "the week's events, so that its figures may change.")),
            List.of("area", "weekStart"));

    /** The columns that say which area a row is of, in the files of an area. */
    private static final class Areas {

        static final Column CODE = new Column(
                "area",
                "Area",
                "string",
                "The place's GSS code, the region's ITL1 code, K02000001 for the UK, or the areaId of an area "
                        + "partners defined.");

        static final Column NAME = new Column("areaName", "Area name", "string", "The area's name.");
    }

    /** What a measure's flags column holds, in the open downloads. */
    private static final String FLAGS_MEANING = "The figure's GSS symbols, separated by spaces: c confidential (not"
            + " published, as it could reveal an organisation), k low (not zero, but rounds to 0), p held back (the"
            + " value last published: the change since comes from fewer than 3 organisations), r revised since first"
            + " published.";

    private final List<Column> leading;
    private final List<Column> columns;
    private final List<String> primaryKey;

    CsvTable(List<Column> leading, List<String> primaryKey) {
        this.leading = List.copyOf(leading);
        final List<Column> all = new ArrayList<>(leading);
        Measure.API_ORDER.forEach(measure -> all.add(new Column(
                measure.key(),
                measure.label(),
                "integer",
                measure.meaning() + (measure.style() == Measure.Style.MONEY ? " In pence." : ""))));
        this.columns = List.copyOf(all);
        this.primaryKey = primaryKey;
    }

    /** Every column, in the order of the file. */
    List<Column> columns() {
        return columns;
    }

    /**
     * Every column of the open download of this shape: the same leading columns, then each measure
     * (empty where it is not published) followed by its flags ({@code jobsLost_flags}).
     */
    List<Column> openColumns() {
        final List<Column> all = new ArrayList<>(leading);
        Measure.API_ORDER.forEach(measure -> {
            all.add(new Column(
                    measure.key(),
                    measure.label(),
                    "integer",
                    measure.meaning()
                            + (measure.style() == Measure.Style.MONEY ? " In pence, rounded to £1,000." : "")
                            + " Empty where the figure is not published (flag c)."));
            all.add(new Column(
                    OpenCsvTable.flagsColumn(measure.key()), measure.label() + " flags", "string", FLAGS_MEANING));
        });
        return all;
    }

    /** The columns whose values together identify a row. */
    List<String> primaryKey() {
        return primaryKey;
    }

    /** The header row. */
    List<String> header() {
        return columns.stream().map(Column::name).toList();
    }

    /** The CSVW description of a file of this shape. */
    Map<String, Object> metadata(String fileName, String title) {
        return CsvwMetadata.describe(fileName, title, columns, primaryKey);
    }
}
