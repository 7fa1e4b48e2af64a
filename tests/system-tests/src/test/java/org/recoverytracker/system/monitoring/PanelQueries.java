package org.recoverytracker.system.monitoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a dashboard's queries into what Grafana sends to Prometheus. Template variables become the
 * values Grafana would give them: a {@code label_values(selector, label)} variable its first value
 * from Prometheus's label API (after substituting the variables its selector uses), or "All" (its
 * {@code allValue}) when it offers All, which is the dashboards' default; a custom variable each of
 * its options in turn. Grafana's own {@code $__interval}, {@code $__rate_interval} and
 * {@code $__range} become the values given, which fit a Prometheus that has run for a short while.
 */
final class PanelQueries {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)(?::\\w+)?}|\\$(\\w+)|\\[\\[(\\w+)]]");
    private static final Pattern LABEL_VALUES = Pattern.compile("label_values\\(\\s*(?:(.+?)\\s*,\\s*)?(\\w+)\\s*\\)");

    private final PrometheusServer prometheus;
    private final Map<String, String> builtIns;

    PanelQueries(PrometheusServer prometheus, Map<String, String> builtIns) {
        this.prometheus = prometheus;
        this.builtIns = Map.copyOf(builtIns);
    }

    /**
     * The values to try for each variable of the dashboard, in its order; a query variable that
     * resolves to nothing maps to an empty list.
     */
    Map<String, List<String>> variableValues(GrafanaDashboard dashboard) {
        final Map<String, List<String>> values = new LinkedHashMap<>();
        for (GrafanaDashboard.Variable variable : dashboard.variables()) {
            switch (variable.type()) {
                case "query" -> values.put(variable.name(), resolve(variable, values));
                case "custom" -> values.put(variable.name(), variable.options());
                default -> {
                    // the data-source variable: Grafana's choice of Prometheus, not part of any query text
                }
            }
        }
        return values;
    }

    /** The label values a query variable offers in Grafana's list. */
    List<String> offered(GrafanaDashboard.Variable variable, Map<String, List<String>> earlier) {
        final Matcher labelValues = LABEL_VALUES.matcher(variable.query());
        if (!labelValues.matches()) {
            throw new IllegalArgumentException(
                    "$" + variable.name() + ": not a label_values(...) query: " + variable.query());
        }
        final String selector = labelValues.group(1);
        return prometheus.labelValues(
                labelValues.group(2),
                selector == null ? null : expand(selector, earlier).get(0));
    }

    /** Every query to send for an expression: one per combination of the custom variables' options. */
    List<String> expand(String expr, Map<String, List<String>> values) {
        List<String> queries = List.of(expr);
        boolean substituted = true;
        while (substituted) {
            substituted = false;
            final List<String> next = new ArrayList<>();
            for (String query : queries) {
                final Matcher variable = VARIABLE.matcher(query);
                if (variable.find()) {
                    substituted = true;
                    final String name = firstNonNull(variable.group(1), variable.group(2), variable.group(3));
                    for (String value : valuesOf(name, values)) {
                        next.add(query.substring(0, variable.start()) + value + query.substring(variable.end()));
                    }
                } else {
                    next.add(query);
                }
            }
            queries = next;
        }
        return queries;
    }

    private List<String> resolve(GrafanaDashboard.Variable variable, Map<String, List<String>> earlier) {
        final List<String> offered = offered(variable, earlier);
        if (offered.isEmpty()) {
            return List.of();
        }
        return List.of(variable.includeAll() ? variable.allValue() : offered.get(0));
    }

    private List<String> valuesOf(String name, Map<String, List<String>> values) {
        if (builtIns.containsKey(name)) {
            return List.of(builtIns.get(name));
        }
        final List<String> variableValues = values.get(name);
        if (variableValues == null) {
            throw new IllegalArgumentException(
                    "$" + name + " is neither a variable of the dashboard nor one of " + builtIns.keySet());
        }
        if (variableValues.isEmpty()) {
            throw new IllegalArgumentException("$" + name + " has no values");
        }
        return variableValues;
    }

    private static String firstNonNull(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("no variable name");
    }
}
