package org.recoverytracker.dashboard.downloads;

import java.util.ArrayList;
import java.util.List;
import org.recoverytracker.dashboard.views.AreaFigures;
import org.recoverytracker.dashboard.views.Figures;
import org.recoverytracker.dashboard.views.Measure;
import org.recoverytracker.dashboard.views.PlaceFigures;
import org.recoverytracker.dashboard.views.Week;

/**
 * The rows of the CSV downloads: a header row of the API's field names ({@link CsvTable}), then the figures as the
 * API gives them (integers; money in pence). Area files open with an "All sectors" row, so that
 * the headline figures are in the file too. Weekly files say after each week whether its figures
 * are still provisional (true or false, as the API's {@code provisional} field), so that a recent
 * week isn't taken as final once it is in a spreadsheet.
 */
final class CsvTables {

    /** The name of the first row of an area file, which holds the area's totals. */
    static final String ALL_SECTORS = "All sectors";

    private CsvTables() {}

    static List<List<String>> area(AreaFigures area) {
        final List<List<String>> rows = new ArrayList<>();
        rows.add(CsvTable.AREA.header());
        rows.add(row(area.total(), area.code(), area.name(), "", ALL_SECTORS));
        for (AreaFigures.Sector sector : area.sectors()) {
            rows.add(row(sector.figures(), area.code(), area.name(), sector.code(), sector.name()));
        }
        return rows;
    }

    static List<List<String>> places(List<PlaceFigures> places) {
        final List<List<String>> rows = new ArrayList<>();
        rows.add(CsvTable.PLACES.header());
        for (PlaceFigures place : places) {
            rows.add(row(place.figures(), place.code(), place.name(), place.region(), place.regionName()));
        }
        return rows;
    }

    static List<List<String>> weeks(String code, String name, List<Week> weeks) {
        final List<List<String>> rows = new ArrayList<>();
        rows.add(CsvTable.WEEKS.header());
        for (Week week : weeks) {
            rows.add(
                    row(week.figures(), code, name, week.weekStart().toString(), Boolean.toString(week.provisional())));
        }
        return rows;
    }

    private static List<String> row(Figures figures, String... leading) {
        final List<String> row = new ArrayList<>(List.of(leading));
        Measure.API_ORDER.forEach(measure -> row.add(Long.toString(figures.of(measure))));
        return row;
    }
}
