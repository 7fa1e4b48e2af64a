package org.recoverytracker.bench.report;

import java.util.ArrayList;
import java.util.List;

/** The final table: one row per figure, printed for the terminal and as Markdown for the README. */
final class Table {

    static final List<String> HEADER = List.of("figure", "value", "baseline", "ratio", "target", "met?");

    private final List<List<String>> rows = new ArrayList<>();

    void add(String figure, String value, String baseline, String ratio, String target, String met) {
        rows.add(List.of(figure, value, baseline, ratio, target, met));
    }

    String text() {
        final int[] widths = new int[HEADER.size()];
        for (List<String> row : withHeader()) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        final StringBuilder text = new StringBuilder();
        for (List<String> row : withHeader()) {
            for (int i = 0; i < row.size(); i++) {
                final String cell = row.get(i);
                // Figures left-aligned, numbers right-aligned.
                text.append(i == 0 || i == 5 ? pad(cell, widths[i], false) : pad(cell, widths[i], true));
                text.append(i < row.size() - 1 ? "  " : "\n");
            }
            if (row == HEADER) {
                for (int i = 0; i < widths.length; i++) {
                    text.append("-".repeat(widths[i])).append(i < widths.length - 1 ? "  " : "\n");
                }
            }
        }
        return text.toString();
    }

    String markdown() {
        final StringBuilder markdown = new StringBuilder();
        markdown.append("| ").append(String.join(" | ", HEADER)).append(" |\n");
        markdown.append("| --- | ---: | ---: | ---: | ---: | --- |\n");
        for (List<String> row : rows) {
            markdown.append("| ")
                    .append(String.join(
                            " | ",
                            row.stream()
                                    .map(cell -> cell.isEmpty() ? " " : cell)
                                    .toList()))
                    .append(" |\n");
        }
        return markdown.toString();
    }

    private List<List<String>> withHeader() {
        final List<List<String>> all = new ArrayList<>();
        all.add(HEADER);
        all.addAll(rows);
        return all;
    }

    private static String pad(String cell, int width, boolean right) {
        final String padding = " ".repeat(Math.max(0, width - cell.length()));
        return right ? padding + cell : cell + padding;
    }
}
