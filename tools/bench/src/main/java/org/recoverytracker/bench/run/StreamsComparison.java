package org.recoverytracker.bench.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.recoverytracker.bench.results.ResultFile;
import org.recoverytracker.stack.ServiceProcess;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a change costs the streams service, measured against another build of it in one run: one
 * broker, one backlog, and exactly-once runs of the two builds in turn, each from scratch with an
 * application id of its own. Which build goes first alternates from round to round, so neither
 * always has the warmer (or the quieter) machine. The machine's noise between runs is as large as
 * many changes' effect, which is why the two builds share the run rather than comparing with a
 * figure measured another day.
 */
final class StreamsComparison {

    private static final String GUARANTEE = "exactly_once_v2";
    /** The figures of each run that are compared, as {@code StreamsCompletion} writes them. */
    private static final List<String> FIGURES = List.of("eventsPerSecond", "warmEventsPerSecond", "eventsPerCpuSecond");

    private final BenchProcesses processes;
    private final StepJvm steps;
    private final Progress progress;
    private final Path results;
    private final StreamsRuns streamsRuns;
    private final long events;
    private final int rounds;

    /**
     * @param results where each run writes its figures
     * @param events the backlog every run brings into the views
     * @param rounds runs of each build
     */
    StreamsComparison(
            BenchProcesses processes, StepJvm steps, Progress progress, Path results, long events, int rounds) {
        this.processes = processes;
        this.steps = steps;
        this.progress = progress;
        this.results = results;
        this.streamsRuns = new StreamsRuns(processes, steps, progress, results, events);
        this.events = events;
        this.rounds = rounds;
    }

    /**
     * The builds to compare, and what the report says about the run.
     *
     * @param thisJar this repository's build of the streams service
     * @param otherJar the build to compare it with
     * @param benchDir {@code tools/bench}: its {@code results/compare.json} and {@code .md} are written
     */
    record Builds(Path thisJar, Path otherJar, String otherName, Path benchDir, Instant started, String loadAverage) {}

    void run(Builds builds) {
        Instant started = Instant.now();
        String bootstrap = processes.startBroker().bootstrapServers();
        progress.step(
                1,
                3,
                "A broker on " + bootstrap + ", its topics, and a backlog of " + Progress.count(events)
                        + " Avro events");
        steps.run("topics", "--bootstrap", bootstrap);
        streamsRuns.prefill();
        progress.elapsed(started);
        progress.step(
                2,
                3,
                "The streams service, " + GUARANTEE + ", from scratch over the backlog: this build and "
                        + builds.otherName() + " in turn, " + rounds + (rounds == 1 ? " run" : " runs") + " each");
        List<Run> runs = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            List<String> order = round % 2 == 1 ? List.of("other", "this") : List.of("this", "other");
            for (String build : order) {
                Instant runStarted = Instant.now();
                String name = "compare-" + build + "-" + round;
                progress.say("round " + round + " of " + rounds + ": " + build + " build");
                Path jar = build.equals("this") ? builds.thisJar() : builds.otherJar();
                List<ServiceProcess> instances =
                        streamsRuns.run(jar, GUARANTEE, name, List.of("recovery-streams-" + name));
                processes.stop(instances);
                runs.add(new Run(round, build, ResultFile.read(results.resolve(name + ".json"))));
                progress.elapsed(runStarted);
            }
        }
        progress.step(3, 3, "The two builds side by side");
        report(builds, runs);
    }

    /** One run's figures: {@code StreamsCompletion}'s result file. */
    private record Run(int round, String build, JsonNode figures) {

        double figure(String name) {
            return figures.path(name).asDouble(Double.NaN);
        }
    }

    private void report(Builds builds, List<Run> runs) {
        GitState git = GitState.of(builds.benchDir());
        ObjectNode json = ResultFile.object();
        json.put("startedAt", builds.started().toString());
        json.put("loadAverageAtStart", builds.loadAverage());
        json.put("gitCommit", git.commit());
        json.put("gitDirty", git.dirty());
        json.put("events", events);
        json.put("guarantee", GUARANTEE);
        json.put("rounds", rounds);
        ObjectNode buildsJson = json.putObject("builds");
        ObjectNode thisBuild =
                build(buildsJson, "this", builds.thisJar().getFileName().toString(), runs);
        ObjectNode otherBuild = build(buildsJson, "other", builds.otherName(), runs);
        ObjectNode ratios = json.putObject("ratiosThisToOther");
        for (String figure : FIGURES) {
            ratios.put(
                    figure,
                    thisBuild.path("mean").path(figure).asDouble()
                            / otherBuild.path("mean").path(figure).asDouble());
        }
        String markdown = markdown(builds, git, runs, json);
        progress.line("");
        progress.line(markdown);
        Path resultsDir = builds.benchDir().resolve("results");
        ResultFile.write(resultsDir.resolve("compare.json"), json);
        try {
            Files.writeString(resultsDir.resolve("compare.md"), markdown);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the comparison's Markdown", e);
        }
        progress.line("Wrote tools/bench/results/compare.json and compare.md in "
                + progress.sinceStart().toSeconds() + " s.");
    }

    /** A build's runs and the mean of each figure, under {@code builds.NAME} of the JSON. */
    private static ObjectNode build(ObjectNode buildsJson, String name, String jar, List<Run> runs) {
        ObjectNode build = buildsJson.putObject(name);
        build.put("jar", jar);
        ArrayNode list = build.putArray("runs");
        ObjectNode mean = build.putObject("mean");
        List<Run> own = runs.stream().filter(run -> run.build().equals(name)).toList();
        own.forEach(run -> list.add(run.figures()));
        for (String figure : FIGURES) {
            mean.put(
                    figure,
                    own.stream()
                            .mapToDouble(run -> run.figure(figure))
                            .average()
                            .orElse(Double.NaN));
        }
        return build;
    }

    private static String markdown(Builds builds, GitState git, List<Run> runs, ObjectNode json) {
        StringBuilder text = new StringBuilder();
        text.append("Streams service, ")
                .append(GUARANTEE)
                .append(", one instance from scratch over ")
                .append(Progress.count(json.path("events").asLong()))
                .append(" events; started ")
                .append(builds.started().truncatedTo(ChronoUnit.SECONDS))
                .append(", load average ")
                .append(builds.loadAverage())
                .append(".\n\n");
        text.append("- this build: ")
                .append(git.commit())
                .append(git.dirty() ? " (with uncommitted changes)" : "")
                .append(", ")
                .append(builds.thisJar().getFileName())
                .append('\n');
        text.append("- other build: ").append(builds.otherName()).append("\n\n");
        text.append("| round | build | ev/s | after the first quarter | per CPU-second |\n");
        text.append("| --- | --- | ---: | ---: | ---: |\n");
        for (Run run : runs) {
            row(
                    text,
                    Integer.toString(run.round()),
                    run.build(),
                    FIGURES.stream().map(run::figure).toList(),
                    "%,.0f");
        }
        for (String build : List.of("this", "other")) {
            JsonNode mean = json.path("builds").path(build).path("mean");
            row(
                    text,
                    "mean",
                    build,
                    FIGURES.stream().map(figure -> mean.path(figure).asDouble()).toList(),
                    "%,.0f");
        }
        JsonNode ratios = json.path("ratiosThisToOther");
        row(
                text,
                "ratio",
                "this / other",
                FIGURES.stream().map(figure -> ratios.path(figure).asDouble()).toList(),
                "%.3f");
        threads(text, runs);
        return text.toString();
    }

    /**
     * Where each build's service CPU went while the clock ran, by thread (mean of its runs): native
     * threads (RocksDB's, the JIT's, the garbage collector's) too, which a Java profiler leaves out.
     */
    private static void threads(StringBuilder text, List<Run> runs) {
        Map<String, double[]> byThread = new TreeMap<>();
        List<String> builds = List.of("this", "other");
        for (int column = 0; column < builds.size(); column++) {
            String build = builds.get(column);
            List<Run> own =
                    runs.stream().filter(run -> run.build().equals(build)).toList();
            for (Run run : own) {
                for (Map.Entry<String, JsonNode> thread :
                        run.figures().path("serviceCpuSecondsByThread").properties()) {
                    byThread.computeIfAbsent(thread.getKey(), name -> new double[2])[column] +=
                            thread.getValue().asDouble() / own.size();
                }
            }
        }
        text.append("\nService CPU seconds by thread while the clock ran (mean of each build's runs; names as the"
                + " kernel keeps them, numbers as #):\n\n");
        text.append("| thread | this | other | this − other |\n| --- | ---: | ---: | ---: |\n");
        byThread.entrySet().stream()
                .filter(thread -> Math.max(thread.getValue()[0], thread.getValue()[1]) >= 0.1)
                .sorted(Comparator.comparingDouble(
                                (Map.Entry<String, double[]> thread) -> thread.getValue()[0] - thread.getValue()[1])
                        .reversed())
                .forEach(thread -> text.append(String.format(
                        Locale.ROOT,
                        "| %s | %.1f | %.1f | %+.1f |%n",
                        thread.getKey(),
                        thread.getValue()[0],
                        thread.getValue()[1],
                        thread.getValue()[0] - thread.getValue()[1])));
    }

    private static void row(StringBuilder text, String round, String build, List<Double> values, String format) {
        text.append("| ").append(round).append(" | ").append(build);
        for (double value : values) {
            text.append(" | ").append(String.format(Locale.ROOT, format, value));
        }
        text.append(" |\n");
    }
}
