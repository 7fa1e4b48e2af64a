package org.recoverytracker.bench.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import org.recoverytracker.bench.cli.Args;
import org.recoverytracker.bench.results.ResultFile;
import org.recoverytracker.bench.stats.FailureReasons;
import org.recoverytracker.bench.steps.CatchUp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Puts the steps' results together: the figures, their baselines and ratios, the targets and
 * whether each was met, and the machine and versions they were measured on. Writes
 * {@code latest.json} (stable keys, for comparing runs) and a Markdown table, and prints the table.
 * Nothing here measures or estimates: every number comes from a step's file of this run.
 */
public final class Report {

    private final Path results;
    private final Args args;
    private final ObjectNode report = ResultFile.object();
    private final Table table = new Table();

    public Report(Path results, Args args) {
        this.results = results;
        this.args = args;
    }

    public void write(Path json, Path markdown) {
        final JsonNode producer = step("producer");
        final JsonNode consumer = step("consumer");
        final JsonNode consumeProduce = step("consume-produce");
        final JsonNode single = step("ingest-single");
        final JsonNode batch = step("ingest-batch");
        final JsonNode referenceBatch = step("reference-batch");
        final StreamsRuns streams = new StreamsRuns(
                step("streams-eos-first"), step("streams-alos"), step("streams-eos"), step("streams-scale-out"));
        final JsonNode freshness = step("freshness");
        final JsonNode queries = step("queries");
        final JsonNode pageFlood = step("page-flood");
        final JsonNode memory = step("memory");

        header();
        final double p = producer.path("perSecond").asDouble();
        final double cp = consumeProduce.path("perSecond").asDouble();
        final ObjectNode baselines = report.putObject("baselines");
        baselines.put("producerPerSec", p);
        baselines.put("consumerPerSec", consumer.path("perSecond").asDouble());
        baselines.put("consumeProducePerSec", cp);
        baselines.put(
                "consumeProducePerCpuSec", consumeProduce.path("perCpuSecond").asDouble());
        baselines.put("producerRecordBytes", producer.path("recordSize").asInt());

        final ObjectNode figures = report.putObject("figures");
        figures.put("ingestBatchPerSec", batch.path("eventsPerSecond").asDouble());
        figures.put("ingestSinglePerSec", single.path("eventsPerSecond").asDouble());
        figures.put(
                "referenceBatchPerSec", referenceBatch.path("eventsPerSecond").asDouble());
        figures.put("streamsEosPerSec", streams.eos("eventsPerSecond"));
        figures.put("streamsAlosPerSec", streams.alos("eventsPerSecond"));
        figures.put("streamsEvents", streams.events());
        figures.put("streamsEosWarmPerSec", streams.eos("warmEventsPerSecond"));
        figures.put("streamsAlosWarmPerSec", streams.alos("warmEventsPerSecond"));
        figures.put("streamsEosPerCpuSec", streams.eos("eventsPerCpuSecond"));
        figures.put("streamsAlosPerCpuSec", streams.alos("eventsPerCpuSecond"));
        figures.put(
                "streamsEosFirstPerSec",
                streams.eosFirst().path("eventsPerSecond").asDouble());
        figures.put(
                "streamsEosLastPerSec",
                streams.eosLast().path("eventsPerSecond").asDouble());
        figures.put("streamsScaleOutPerSec", streams.scaleOut("eventsPerSecond"));
        figures.put("streamsScaleOutInstances", streams.scaleOutInstances());
        figures.put(
                "freshnessLoadEventsPerSec",
                freshness.path("load").path("acceptedEventsPerSecond").asDouble());
        figures.put("queriesPerSec", queries.path("queriesPerSecond").asDouble());

        final ObjectNode ratios = report.putObject("ratios");
        ratios.put("ingestBatchToProducer", batch.path("eventsPerSecond").asDouble() / p);
        ratios.put("ingestSingleToProducer", single.path("eventsPerSecond").asDouble() / p);
        ratios.put(
                "referenceBatchToProducer",
                referenceBatch.path("eventsPerSecond").asDouble() / p);
        ratios.put("streamsEosToConsumeProduce", streams.eos("eventsPerSecond") / cp);
        ratios.put("streamsAlosToConsumeProduce", streams.alos("eventsPerSecond") / cp);
        ratios.put("eosToAlos", streams.eos("eventsPerSecond") / streams.alos("eventsPerSecond"));
        ratios.put("streamsEosWarmToConsumeProduce", streams.eos("warmEventsPerSecond") / cp);
        ratios.put("eosToAlosPerCpu", streams.eos("eventsPerCpuSecond") / streams.alos("eventsPerCpuSecond"));
        ratios.put("streamsScaleOut3to1", streams.scaleOut("eventsPerSecond") / streams.eos("eventsPerSecond"));

        final ObjectNode latency = report.putObject("latencyMs");
        latency.put("ingestSingleP50", single.path("latencyMs").path("p50").asDouble());
        latency.put("ingestSingleP99", single.path("latencyMs").path("p99").asDouble());
        latency.put("ingestBatchP50", batch.path("latencyMs").path("p50").asDouble());
        latency.put("ingestBatchP99", batch.path("latencyMs").path("p99").asDouble());
        latency.put("freshnessP50", freshness.path("latencyMs").path("p50").asDouble());
        latency.put("freshnessP99", freshness.path("latencyMs").path("p99").asDouble());
        latency.put("queryP50", queries.path("latencyMs").path("p50").asDouble());
        latency.put("queryP99", queries.path("latencyMs").path("p99").asDouble());
        latency.put(
                "steadyLoadBatchP50",
                freshness.path("load").path("latencyMs").path("p50").asDouble());
        latency.put(
                "steadyLoadBatchP99",
                freshness.path("load").path("latencyMs").path("p99").asDouble());
        latency.put(
                "livenessUnderPageFloodP99",
                pageFlood.path("liveness").path("p99").asDouble());
        latency.put(
                "viewsApiUnderPageFloodP99",
                pageFlood.path("viewsApiUk").path("p99").asDouble());
        final ObjectNode byQuery = latency.putObject("query");
        queries.path("byQuery").properties().forEach(entry -> {
            final ObjectNode one = byQuery.putObject(entry.getKey());
            one.put("p50", entry.getValue().path("p50").asDouble());
            one.put("p99", entry.getValue().path("p99").asDouble());
        });

        final ObjectNode heap = report.putObject("heapMb");
        final ObjectNode rss = report.putObject("rssMb");
        memory.path("services").properties().forEach(entry -> {
            if (entry.getValue().path("heapSamples").asLong() > 0) {
                heap.put(entry.getKey(), entry.getValue().path("heapUsedPeakMb").asDouble());
            }
            rss.put(entry.getKey(), entry.getValue().path("rssPeakMb").asDouble());
        });

        rows(producer, consumer, consumeProduce, single, batch, referenceBatch, streams, freshness, queries, memory);
        pageFloodRows(pageFlood);

        final ObjectNode steps = report.putObject("steps");
        for (String step : new String[] {
            "producer",
            "consumer",
            "prefill",
            "consume-produce",
            "ingest-single",
            "ingest-batch",
            "reference-batch",
            "streams-eos-first",
            "streams-alos",
            "streams-eos",
            "streams-scale-out",
            "freshness",
            "queries",
            "memory"
        }) {
            steps.set(step, step(step));
        }
        ResultFile.write(json, report);
        final String text = table.text();
        writeMarkdown(markdown);
        System.out.println();
        System.out.print(text);
        System.out.println();
        System.out.printf(
                "Run of %s on %s, %d cores, load average %s at the start and %s at the end.%n",
                report.path("date").asString(),
                report.path("machine").path("cpu").asString("?"),
                report.path("machine").path("cores").asInt(),
                report.path("machine").path("loadAverageStart").asString(),
                report.path("machine").path("loadAverageEnd").asString());
    }

    private void header() {
        report.put("schemaVersion", 1);
        report.put("date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        report.put("runSeconds", Instant.now().getEpochSecond() - args.number("started-epoch"));
        final ObjectNode machine = Machine.describe();
        machine.put("loadAverageStart", args.string("load-start"));
        machine.put("loadAverageEnd", Machine.loadAverage());
        report.set("machine", machine);
        final ObjectNode versions = report.putObject("versions");
        versions.put("project", args.string("project-version"));
        versions.put("gitCommit", args.string("git-commit"));
        versions.put("gitDirty", Boolean.parseBoolean(args.string("git-dirty")));
        versions.put("kafka", Machine.kafkaVersion());
        versions.put("springBoot", Machine.springBootVersion(args.path("service-jar")));
        versions.put("java", System.getProperty("java.runtime.version"));
    }

    private void pageFloodRows(JsonNode flood) {
        final ArrayNode targets = (ArrayNode) report.path("targets");
        final double livenessP99 = flood.path("liveness").path("p99").asDouble();
        table.add(
                String.format(
                        Locale.ROOT,
                        "Page flood: %d browsers for %d s%s: %,d pages, %,d busy (503), %,d failed",
                        flood.path("clients").asInt(),
                        flood.path("seconds").asInt(),
                        flood.path("pages").size() == 1
                                ? " (" + flood.path("pages").get(0).asString() + " only)"
                                : "",
                        flood.path("pagesLoaded").asLong(),
                        flood.path("pagesBusy").asLong(),
                        flood.path("pagesFailed").asLong()),
                millis(flood.path("pageLatencyMs").path("p50").asDouble()) + " / "
                        + millis(flood.path("pageLatencyMs").path("p99").asDouble()),
                "",
                "",
                "",
                "");
        table.add(
                String.format(
                        Locale.ROOT,
                        "  liveness p50 / p99 during the flood (%d answered, %d not 200)",
                        flood.path("liveness").path("answered200").asLong(),
                        flood.path("liveness").path("otherwise").asLong()),
                millis(flood.path("liveness").path("p50").asDouble()) + " / " + millis(livenessP99),
                "",
                "",
                "p99 ≤ 250 ms",
                met(
                        targets,
                        "liveness p99 under page flood (ms)",
                        "latencyMs.livenessUnderPageFloodP99",
                        livenessP99,
                        250,
                        false));
        table.add(
                String.format(
                        Locale.ROOT,
                        "  Views API /v1/uk p50 / p99 during the flood (%d answered, %d not 200)",
                        flood.path("viewsApiUk").path("answered200").asLong(),
                        flood.path("viewsApiUk").path("otherwise").asLong()),
                millis(flood.path("viewsApiUk").path("p50").asDouble()) + " / "
                        + millis(flood.path("viewsApiUk").path("p99").asDouble()),
                "",
                "",
                "",
                "");
    }

    private void rows(
            JsonNode producer,
            JsonNode consumer,
            JsonNode consumeProduce,
            JsonNode single,
            JsonNode batch,
            JsonNode referenceBatch,
            StreamsRuns streams,
            JsonNode freshness,
            JsonNode queries,
            JsonNode memory) {
        final ArrayNode targets = report.putArray("targets");
        final double p = producer.path("perSecond").asDouble();
        final double cp = consumeProduce.path("perSecond").asDouble();
        table.add(
                "P: raw producer (" + producer.path("recordSize").asInt() + " B records, acks=all, idempotent)",
                rate(p, "rec/s"),
                "",
                "",
                "",
                "");
        table.add("C: raw consumer", rate(consumer.path("perSecond").asDouble(), "rec/s"), "", "", "", "");
        table.add("CP: raw consume→produce (EOS transactions)", rate(cp, "rec/s"), "", "", "", "");
        final double cpPerCpu = consumeProduce.path("perCpuSecond").asDouble();
        table.add("  CP per CPU-second (loop + broker)", rate(cpPerCpu, "rec/cpu-s"), "", "", "", "");

        final double batchRate = batch.path("eventsPerSecond").asDouble();
        table.add(
                "Ingest: JSON batches of " + batch.path("eventsPerRequest").asInt() + " ("
                        + batch.path("clients").asInt() + " clients" + failed(batch) + ")",
                rate(batchRate, "ev/s"),
                "P",
                ratio(batchRate / p),
                "≥ 0.25 × P",
                met(targets, "ingest batch / P", "ratios.ingestBatchToProducer", batchRate / p, 0.25, true));
        lost(batch, "failed requests");
        final double singleRate = single.path("eventsPerSecond").asDouble();
        table.add(
                "Ingest: single PUTs (" + single.path("clients").asInt() + " clients" + failed(single) + ")",
                rate(singleRate, "ev/s"),
                "P",
                ratio(singleRate / p),
                "≥ 0.02 × P",
                met(targets, "ingest single / P", "ratios.ingestSingleToProducer", singleRate / p, 0.02, true));
        lost(single, "failed requests");
        final double singleP99 = single.path("latencyMs").path("p99").asDouble();
        table.add(
                "  single PUT latency p50 / p99",
                millis(single.path("latencyMs").path("p50").asDouble()) + " / " + millis(singleP99),
                "",
                "",
                "p99 ≤ 50 ms",
                met(targets, "ingest single p99 (ms)", "latencyMs.ingestSingleP99", singleP99, 50, false));

        // The reference service runs the same write path for baselines: no target of its own, the
        // ratio shows whether it keeps up with the ingest services' batches.
        final double referenceRate = referenceBatch.path("eventsPerSecond").asDouble();
        table.add(
                "Reference: JSON batches of "
                        + referenceBatch.path("eventsPerRequest").asInt() + " baselines ("
                        + referenceBatch.path("clients").asInt() + " clients" + failed(referenceBatch) + ")",
                rate(referenceRate, "rec/s"),
                "P",
                ratio(referenceRate / p),
                "",
                "");
        lost(referenceBatch, "failed requests");

        final double eosRate = streams.eos("eventsPerSecond");
        final double alosRate = streams.alos("eventsPerSecond");
        table.add(
                String.format(Locale.ROOT, "Streams: exactly_once_v2 (%,d events)", streams.events()),
                rate(eosRate, "ev/s"),
                "CP",
                ratio(eosRate / cp),
                "≥ 0.25 × CP",
                met(targets, "streams EOS / CP", "ratios.streamsEosToConsumeProduce", eosRate / cp, 0.25, true));
        final double eosFirstRate = streams.eosFirst().path("eventsPerSecond").asDouble();
        final double eosLastRate = streams.eosLast().path("eventsPerSecond").asDouble();
        pairRow("  the mean of two runs: before / after at_least_once", eosFirstRate, eosLastRate, "ev/s", cp);
        table.add(
                String.format(Locale.ROOT, "Streams: at_least_once (%,d events)", streams.events()),
                rate(alosRate, "ev/s"),
                "CP",
                ratio(alosRate / cp),
                "",
                "");
        final double eosWarm = streams.eos("warmEventsPerSecond");
        final double alosWarm = streams.alos("warmEventsPerSecond");
        table.add(
                "  after the first quarter (JIT warm): EOS / ALOS",
                rate(eosWarm, "") + " / " + rate(alosWarm, "ev/s"),
                "CP",
                ratio(eosWarm / cp) + " / " + ratio(alosWarm / cp),
                "EOS ≥ 0.4 × CP",
                met(
                        targets,
                        "streams EOS warm / CP",
                        "ratios.streamsEosWarmToConsumeProduce",
                        eosWarm / cp,
                        0.4,
                        true));
        table.add(
                "  EOS / ALOS",
                "",
                "",
                ratio(eosRate / alosRate),
                "≥ 0.7",
                met(targets, "streams EOS / ALOS", "ratios.eosToAlos", eosRate / alosRate, 0.7, true));
        final double eosPerCpu = streams.eos("eventsPerCpuSecond");
        final double alosPerCpu = streams.alos("eventsPerCpuSecond");
        pairRow("  per CPU-second (service + broker): EOS / ALOS", eosPerCpu, alosPerCpu, "ev/cpu-s", cpPerCpu);
        table.add("  EOS / ALOS per CPU-second", "", "", ratio(eosPerCpu / alosPerCpu), "", "");
        final double scaleOutRate = streams.scaleOut("eventsPerSecond");
        table.add(
                String.format(
                        Locale.ROOT,
                        "Streams: exactly_once_v2 on %d instances (%,d events)",
                        streams.scaleOutInstances(),
                        streams.events()),
                rate(scaleOutRate, "ev/s"),
                "EOS on 1",
                ratio(scaleOutRate / eosRate),
                "",
                "");

        final double freshP99 = freshness.path("latencyMs").path("p99").asDouble();
        final String freshnessTitle = String.format(
                Locale.ROOT,
                "Freshness 202→view p50 / p99 (at %,.0f ev/s, %d samples)",
                freshness.path("load").path("acceptedEventsPerSecond").asDouble(),
                freshness.path("samples").asInt());
        table.add(
                freshnessTitle,
                millis(freshness.path("latencyMs").path("p50").asDouble()) + " / " + millis(freshP99),
                "",
                "",
                "p99 ≤ 500 ms",
                met(targets, "freshness p99 (ms)", "latencyMs.freshnessP99", freshP99, 500, false));
        lost(freshness, "probes without a figure");
        final JsonNode catchUp = freshness.path("catchUp");
        if (!catchUp.isMissingNode()) {
            table.add(
                    "  measured from when the views " + CatchUp.describe(catchUp),
                    String.format(
                            Locale.ROOT,
                            "%.1f s after warm-up",
                            catchUp.path("waitedSeconds").asDouble()),
                    "",
                    "",
                    "",
                    "");
        }
        final JsonNode load = freshness.path("load");
        table.add(
                "  its steady load: JSON batches of "
                        + load.path("eventsPerRequest").asInt() + ", p50 / p99 after warm-up",
                millis(load.path("latencyMs").path("p50").asDouble()) + " / "
                        + millis(load.path("latencyMs").path("p99").asDouble()),
                "",
                "",
                "",
                "");
        lost(load, "events lost");

        final double queryP99 = queries.path("latencyMs").path("p99").asDouble();
        final JsonNode queryLoad = queries.path("load");
        final String queriesTitle = String.format(
                Locale.ROOT,
                "Queries p50 / p99 (%d readers, %,.0f q/s, ingest %,.0f ev/s)",
                queries.path("readers").asInt(),
                queries.path("queriesPerSecond").asDouble(),
                queryLoad.path("acceptedEventsPerSecond").asDouble());
        table.add(
                queriesTitle,
                millis(queries.path("latencyMs").path("p50").asDouble()) + " / " + millis(queryP99),
                "",
                "",
                "p99 ≤ 20 ms",
                met(targets, "query p99 (ms)", "latencyMs.queryP99", queryP99, 20, false));
        lost(queryLoad, "ingest events lost");
        queries.path("byQuery")
                .properties()
                .forEach(entry -> table.add(
                        "  " + entry.getKey() + " p50 / p99",
                        millis(entry.getValue().path("p50").asDouble()) + " / "
                                + millis(entry.getValue().path("p99").asDouble()),
                        "",
                        "",
                        "",
                        ""));

        for (Map.Entry<String, JsonNode> service : memory.path("services").properties()) {
            final JsonNode peaks = service.getValue();
            if (peaks.path("heapSamples").asLong() == 0) {
                continue;
            }
            final double heapMb = peaks.path("heapUsedPeakMb").asDouble();
            table.add(
                    "Heap peak " + service.getKey() + " (max "
                            + Math.round(peaks.path("heapMaxMb").asDouble())
                            + " MB; after GC ≤ "
                            + Math.round(peaks.path("heapAfterGcPeakMb").asDouble()) + " MB, "
                            + peaks.path("collections").asLong() + " GCs)",
                    Math.round(heapMb) + " MB",
                    "",
                    "",
                    "≤ 512 MB",
                    met(
                            targets,
                            "heap " + service.getKey() + " (MB)",
                            "heapMb." + service.getKey(),
                            heapMb,
                            512,
                            false));
        }
        for (Map.Entry<String, JsonNode> service : memory.path("services").properties()) {
            table.add(
                    "RSS peak " + service.getKey(),
                    Math.round(service.getValue().path("rssPeakMb").asDouble()) + " MB",
                    "",
                    "",
                    "",
                    "");
        }
    }

    /** Records a target and whether the figure met it; a figure that is missing or not a number did not. */
    private static String met(ArrayNode targets, String name, String key, double value, double limit, boolean atLeast) {
        final boolean met = Double.isFinite(value) && (atLeast ? value >= limit : value <= limit);
        final ObjectNode target = targets.addObject();
        target.put("name", name);
        target.put("key", key);
        target.put("value", value);
        target.put(atLeast ? "atLeast" : "atMost", limit);
        target.put("met", met);
        return met ? "yes" : "NO";
    }

    private static String rate(double perSecond, String unit) {
        return String.format(Locale.ROOT, "%,.0f %s", perSecond, unit).trim();
    }

    private static String failed(JsonNode step) {
        final long failures = step.path("failures").asLong();
        return failures == 0
                ? ""
                : String.format(
                        Locale.ROOT,
                        ", %,d of %,d requests failed",
                        failures,
                        step.path("requests").asLong());
    }

    /** A row under a step's for each reason it lost events (or probes) for, with how many. */
    private void lost(JsonNode step, String what) {
        FailureReasons.countsOf(step).forEach(count -> table.add("    " + what + ": " + count, "", "", "", "", ""));
    }

    private static String ratio(double ratio) {
        return String.format(Locale.ROOT, "%.3f", ratio);
    }

    private static String millis(double millis) {
        return String.format(Locale.ROOT, millis < 10 ? "%.1f ms" : "%.0f ms", millis);
    }

    /** A row of two figures in one unit, each with its ratio to CP's figure in that unit; no target. */
    private void pairRow(String label, double first, double second, String unit, double consumeProduce) {
        table.add(
                label,
                rate(first, "") + " / " + rate(second, unit),
                "CP",
                ratio(first / consumeProduce) + " / " + ratio(second / consumeProduce),
                "",
                "");
    }

    private JsonNode step(String name) {
        return ResultFile.read(results.resolve(name + ".json"));
    }

    private void writeMarkdown(Path markdown) {
        final String content = "Measured " + report.path("date").asString() + " on "
                + report.path("machine").path("cpu").asString("?")
                + " (" + report.path("machine").path("cores").asInt() + " cores, "
                + report.path("machine").path("memoryMb").asLong() / 1024 + " GB, "
                + report.path("machine").path("os").asString("?") + ", Java "
                + report.path("versions").path("java").asString()
                + ", Kafka " + report.path("versions").path("kafka").asString()
                + "), load average "
                + report.path("machine").path("loadAverageStart").asString() + " at the start; commit "
                + report.path("versions")
                        .path("gitCommit")
                        .asString()
                        .substring(
                                0,
                                Math.min(
                                        12,
                                        report.path("versions")
                                                .path("gitCommit")
                                                .asString()
                                                .length()))
                + (report.path("versions").path("gitDirty").asBoolean() ? " (with local changes)" : "")
                + "; the run took " + report.path("runSeconds").asLong() + " s.\n\n" + table.markdown();
        try {
            Files.writeString(markdown, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + markdown, e);
        }
    }
}
