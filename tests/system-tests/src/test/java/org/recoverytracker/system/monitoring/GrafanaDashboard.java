package org.recoverytracker.system.monitoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.recoverytracker.testsupport.http.Http;
import tools.jackson.databind.JsonNode;

/**
 * A Grafana dashboard JSON file, as far as the tests need it: its template variables and its
 * panels with their Prometheus queries (panels inside collapsed rows included).
 *
 * @param file the dashboard file
 * @param json its content
 */
record GrafanaDashboard(Path file, JsonNode json) {

    /** A template variable: {@code query} (label_values), {@code custom} (fixed options) or {@code datasource}. */
    record Variable(
            String name, String type, String query, boolean includeAll, String allValue, List<String> options) {}

    /** A panel and the PromQL of its targets. */
    record Panel(int id, String title, String type, JsonNode json, List<String> exprs) {}

    static GrafanaDashboard read(Path file) {
        try {
            return new GrafanaDashboard(file, Http.JSON.readTree(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("can't read " + file, e);
        }
    }

    /** The variable of that name. */
    Variable variable(String name) {
        return variables().stream()
                .filter(variable -> variable.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(this + " has no variable " + name));
    }

    /** The first query of the panel with that title. */
    String firstExpr(String panelTitle) {
        return panels().stream()
                .filter(panel -> panel.title().equals(panelTitle))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(this + " has no panel " + panelTitle))
                .exprs()
                .get(0);
    }

    String uid() {
        return json.path("uid").asString();
    }

    String title() {
        return json.path("title").asString();
    }

    List<Variable> variables() {
        final List<Variable> variables = new ArrayList<>();
        for (JsonNode variable : json.path("templating").path("list")) {
            final List<String> options = new ArrayList<>();
            for (JsonNode option : variable.path("options")) {
                options.add(option.path("value").asString());
            }
            final JsonNode query = variable.path("query");
            variables.add(new Variable(
                    variable.path("name").asString(),
                    variable.path("type").asString(),
                    query.isObject() ? query.path("query").asString() : query.asString(),
                    variable.path("includeAll").asBoolean(),
                    variable.path("allValue").asString(),
                    options));
        }
        return variables;
    }

    /** Every panel but rows, in the order of the file. */
    List<Panel> panels() {
        final List<Panel> panels = new ArrayList<>();
        collect(json.path("panels"), panels);
        return panels;
    }

    private static void collect(JsonNode nodes, List<Panel> panels) {
        for (JsonNode panel : nodes) {
            if ("row".equals(panel.path("type").asString())) {
                collect(panel.path("panels"), panels);
                continue;
            }
            final List<String> exprs = new ArrayList<>();
            for (JsonNode target : panel.path("targets")) {
                exprs.add(target.path("expr").asString());
            }
            panels.add(new Panel(
                    panel.path("id").asInt(),
                    panel.path("title").asString(),
                    panel.path("type").asString(),
                    panel,
                    exprs));
        }
    }

    @Override
    public String toString() {
        return title();
    }
}
