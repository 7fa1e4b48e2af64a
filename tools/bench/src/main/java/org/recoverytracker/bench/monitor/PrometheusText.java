package org.recoverytracker.bench.monitor;

import java.util.Map;

/** Reads samples out of the Prometheus text exposition format, as {@code /actuator/prometheus} writes it. */
public final class PrometheusText {

    private PrometheusText() {}

    /**
     * The sum of a metric's samples whose labels include all the given ones, or NaN if it has none
     * (samples with a negative value, such as an unbounded pool's max of -1, are skipped).
     */
    public static double sum(String exposition, String metric, Map<String, String> labels) {
        double sum = 0;
        boolean found = false;
        for (String line : exposition.split("\n")) {
            if (!line.startsWith(metric) || line.startsWith("#")) {
                continue;
            }
            final int brace = line.indexOf('{');
            final int space = line.lastIndexOf(' ');
            final String name = line.substring(0, brace >= 0 ? brace : space);
            if (!name.equals(metric) || space < 0) {
                continue;
            }
            final String labelText = brace >= 0 ? line.substring(brace, line.lastIndexOf('}') + 1) : "";
            if (!labels.entrySet().stream()
                    .allMatch(label -> labelText.contains(label.getKey() + "=\"" + label.getValue() + "\""))) {
                continue;
            }
            final double value = Double.parseDouble(line.substring(space + 1).trim());
            if (value >= 0) {
                sum += value;
                found = true;
            }
        }
        return found ? sum : Double.NaN;
    }
}
