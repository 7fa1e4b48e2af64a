package org.recoverytracker.system.runlocal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoverytracker.stack.StackPorts;
import org.recoverytracker.stack.cli.TakenPorts;
import org.recoverytracker.system.PlaceEvents;
import org.recoverytracker.testsupport.http.Http;
import tools.jackson.databind.JsonNode;

/**
 * {@code ./run-local} as a newcomer meets it, from a fresh clone of this repository (what is
 * committed, not the working tree) on its fixed ports: the first run builds and starts the stack
 * with the demo feed, and the demo's places, figures and first release are there to see; Ctrl-C
 * stops everything and leaves no process and no port behind; a second run with {@code --no-demo}
 * on the same data directory builds nothing, and shows the views and the release the first run
 * left.
 */
class RunLocalIT {

    private static final String VIEWS = "http://localhost:" + StackPorts.RECOVERY_STREAMS;

    /** The demo's places: Hounslow, Belfast, Bradford. */
    private static final List<String> DEMO_PLACES = List.of("E09000018", "N09000003", "E08000032");

    /** The first run builds the clone (every module the stack runs) before it starts. */
    private static final Duration FIRST_START = Duration.ofMinutes(12);

    private static final Duration RESTART = Duration.ofMinutes(3);
    private static final Duration DEMO_VISIBLE = Duration.ofMinutes(3);
    private static final Duration STOP = Duration.ofMinutes(2);

    /** At most this many events the trickle can add between the views read before Ctrl-C and the stop. */
    private static final long TRICKLE_WHILE_STOPPING = 2;

    @TempDir
    Path work;

    @Test
    void aFreshCloneRunsWithTheDemoStopsCleanOnCtrlCAndKeepsItsViewsOverARestart() throws Exception {
        assertThat(TakenPorts.among(StackPorts.ALL))
                .as("ports ./run-local needs, taken by something else (another ./run-local?)")
                .isEmpty();
        final Path clone = cloneThisRepository(work.resolve("clone"));
        final String dataDir = work.resolve("data").toString();

        final RunLocalProcess first = RunLocalProcess.start(clone, work.resolve("first.out"), "--data-dir", dataDir);
        final Map<String, Long> eventsBeforeStop;
        final String release;
        final JsonNode releasedUk;
        try {
            first.awaitReady(FIRST_START);
            await().atMost(DEMO_VISIBLE)
                    .untilAsserted(() -> assertThat(PlaceEvents.byPlace(VIEWS))
                            .as("events per place")
                            .containsOnlyKeys(DEMO_PLACES)
                            .allSatisfy((place, events) -> assertThat(events).isPositive()));
            release = await().atMost(DEMO_VISIBLE).until(RunLocalIT::latestRelease, id -> id != null);
            assertThat(Http.get(VIEWS + "/").status()).as("the dashboard").isEqualTo(200);
            releasedUk = Http.get(VIEWS + "/open/v1/uk?release=" + release).json();
            eventsBeforeStop = PlaceEvents.byPlace(VIEWS);
            stopWithCtrlC(first);
        } finally {
            first.killIfRunning();
            System.out.println("--- first ./run-local ---\n" + first.output());
        }
        assertThat(first.output()).contains("Demo feed… started");

        final RunLocalProcess second =
                RunLocalProcess.start(clone, work.resolve("second.out"), "--no-demo", "--data-dir", dataDir);
        try {
            second.awaitReady(RESTART);
            assertThat(second.output())
                    .contains("nothing changed since the last build")
                    .contains("Demo feed… skipped (--no-demo)");
            await().atMost(RESTART)
                    .untilAsserted(() -> assertThat(PlaceEvents.byPlace(VIEWS))
                            .as("events per place after the restart, against those read before Ctrl-C")
                            .containsOnlyKeys(DEMO_PLACES)
                            .allSatisfy((place, events) -> assertThat(events)
                                    .isBetween(
                                            eventsBeforeStop.get(place),
                                            eventsBeforeStop.get(place) + TRICKLE_WHILE_STOPPING)));
            assertThat(Http.get(VIEWS + "/open/v1/uk?release=" + release).json())
                    .as("release %s after the restart", release)
                    .isEqualTo(releasedUk);
            stopWithCtrlC(second);
        } finally {
            second.killIfRunning();
            System.out.println("--- second ./run-local ---\n" + second.output());
        }
    }

    /** Presses Ctrl-C and checks that nothing it ran is left: no process, no port taken. */
    private static void stopWithCtrlC(RunLocalProcess runLocal) throws IOException, InterruptedException {
        final List<ProcessHandle> children = runLocal.children();
        assertThat(children)
                .as("the broker, five services and what starts them")
                .hasSizeGreaterThanOrEqualTo(6);
        runLocal.pressCtrlC();
        runLocal.awaitEnd(STOP);
        assertThat(runLocal.output()).contains("Stopped (").doesNotContain("did not stop in time");
        assertThat(children.stream().filter(ProcessHandle::isAlive).map(RunLocalIT::describe))
                .as("processes left after Ctrl-C")
                .isEmpty();
        assertThat(TakenPorts.among(StackPorts.ALL))
                .as("ports still taken after Ctrl-C")
                .isEmpty();
    }

    /** The id of the newest release, or null before the first. */
    private static String latestRelease() {
        final JsonNode releases = Http.get(VIEWS + "/open/v1/releases").json();
        return releases.isEmpty()
                ? null
                : releases.get(releases.size() - 1).path("id").asString();
    }

    private static String describe(ProcessHandle process) {
        return process.pid() + " " + process.info().commandLine().orElse("?");
    }

    /** A clone of the repository these tests are in, as a newcomer would make it. */
    private static Path cloneThisRepository(Path destination) throws IOException, InterruptedException {
        final Path repository = repositoryRoot();
        final Process git = new ProcessBuilder(
                        "git", "clone", "--quiet", "--no-hardlinks", repository.toString(), destination.toString())
                .redirectErrorStream(true)
                .redirectOutput(Redirect.INHERIT)
                .start();
        assertThat(git.waitFor(2, TimeUnit.MINUTES))
                .as("git clone within 2 minutes")
                .isTrue();
        assertThat(git.exitValue()).as("git clone of %s", repository).isZero();
        return destination;
    }

    /** The nearest directory above this module's that has ./run-local and is a git repository. */
    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isExecutable(dir.resolve("run-local")) && Files.exists(dir.resolve(".git"))) {
                return dir;
            }
        }
        throw new AssertionError(
                "No git repository with ./run-local above " + Path.of("").toAbsolutePath());
    }
}
