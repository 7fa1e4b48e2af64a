package org.recoverytracker.bench.run;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.recoverytracker.stack.ServiceProcess;

/**
 * The streams test's parts, shared by the suite and the comparison of two builds: the backlog
 * pre-filled into the event topics, and runs of the streams service over it, each from scratch.
 */
final class StreamsRuns {

    private final BenchProcesses processes;
    private final StepJvm steps;
    private final Progress progress;
    private final Path results;
    private final long events;

    /**
     * @param results where each run writes its figures, {@code RESULT.json}
     * @param events the backlog: events pre-filled, which every run must bring into the views
     */
    StreamsRuns(BenchProcesses processes, StepJvm steps, Progress progress, Path results, long events) {
        this.processes = processes;
        this.steps = steps;
        this.progress = progress;
        this.results = results;
        this.events = events;
    }

    /** Writes the backlog into the (empty) event topics: Avro events, every one a new identity. */
    void prefill() {
        steps.run(
                "prefill",
                "--bootstrap",
                processes.broker().bootstrapServers(),
                "--events",
                Long.toString(events),
                "--out",
                results.resolve("prefill.json").toString());
    }

    /** {@link #run(Path, String, String, List)} with this repository's build of the streams service. */
    List<ServiceProcess> run(String guarantee, String result, List<String> names) {
        return run(processes.jar(BenchProcesses.STREAMS), guarantee, result, names);
    }

    /**
     * Starts instances of the streams service from scratch (an application id of their own, each
     * its own state) and measures how fast they bring the views up to date with everything in the
     * topics. The first instance's Views API is read: it gathers the others' shares.
     *
     * @param jar the streams service's executable jar
     * @param result the run's name: its figures go to {@code RESULT.json}, its application id is
     *     {@link #applicationId}
     * @param names the instances' names, for their logs and state directories
     * @return the instances, still running
     */
    List<ServiceProcess> run(Path jar, String guarantee, String result, List<String> names) {
        Instant started = Instant.now();
        List<ServiceProcess> instances = new ArrayList<>();
        for (String name : names) {
            instances.add(processes.startStreams(
                    name,
                    jar,
                    List.of(
                            "--recovery.streams.application-id=" + applicationId(result),
                            "--recovery.streams.processing-guarantee=" + guarantee,
                            // The page flood loads a place's page too: with the open figures it
                            // would have nothing to show, as no release can be cut from the
                            // backlog's million organisations (recovery.open.max-organisation-cells).
                            "--recovery.dashboard.figures=exact")));
        }
        steps.run(
                "streams-complete",
                "--views",
                BenchProcesses.url(instances.get(0)),
                "--expected",
                Long.toString(events),
                "--guarantee",
                guarantee,
                "--pids",
                instances.stream()
                        .map(instance -> Long.toString(instance.pid()))
                        .collect(Collectors.joining(",")),
                "--broker-pid",
                Long.toString(processes.broker().pid()),
                "--application-id",
                applicationId(result),
                "--out",
                results.resolve(result + ".json").toString());
        progress.say("(started and finished in "
                + Duration.between(started, Instant.now()).toSeconds() + " s)");
        return instances;
    }

    /** Each streams run has an application id, and so its state and consumer group, of its own. */
    static String applicationId(String run) {
        return "bench-" + run;
    }
}
