package org.recoverytracker.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The harness against real processes: a real Kafka broker and four stand-in services (a small
 * HTTP program run from its jar, see {@link StandInService}) on free ports. After every stop,
 * {@link ProcessHandle} confirms that nothing it started is left.
 */
class RecoveryStackIT {

    @TempDir
    Path dir;

    private Apps standIns;

    @BeforeEach
    void buildTheStandIn() throws IOException {
        Path jar = StandInJar.write(Files.createDirectories(dir.resolve("apps")));
        standIns = name -> jar;
    }

    @Test
    void startsEverythingReadyAndStopsServicesBeforeTheBrokerLeavingNothingRunning() throws IOException {
        List<String> events = new CopyOnWriteArrayList<>();
        StackConfig config = StackConfig.onFreePorts(dir.resolve("data"), standIns);
        RecoveryStack stack = RecoveryStack.start(config, new StartListener() {
            @Override
            public void brokerReady(String bootstrapServers, Duration took) {
                events.add("broker " + bootstrapServers);
            }

            @Override
            public void serviceReady(ServiceProcess service, Duration took) {
                events.add("ready " + service.name());
            }
        });
        List<Long> pids = pids(stack);
        try {
            assertThat(stack.services())
                    .extracting(ServiceProcess::name)
                    .containsExactlyInAnyOrder(
                            "recovery-streams",
                            "job-loss-service",
                            "business-support-service",
                            "green-economy-service",
                            "reference-service");
            assertThat(stack.services())
                    .allSatisfy(service -> assertThat(service.isReady()).isTrue());
            assertThat(events.get(0)).isEqualTo("broker " + stack.broker().bootstrapServers());
            assertThat(events).hasSize(6);
            assertThat(stack.deadProcess()).isEmpty();
            assertThat(Files.readString(stack.streams().log()))
                    .contains(
                            "--spring.kafka.bootstrap-servers=" + stack.broker().bootstrapServers())
                    .contains("--recovery.streams.state-dir=" + config.streamsStateDir(1));
            assertThat(Files.readString(stack.jobLoss().log())).contains("config/recovery-local-partners.yml");
            assertThat(stack.broker().logFile()).isEqualTo(config.logDir().resolve("kafka.log"));
        } finally {
            assertThat(stack.stop()).as("killed after the grace period").isEmpty();
        }
        assertThat(pids)
                .allSatisfy(pid ->
                        assertThat(ProcessHandle.of(pid)).as("pid %s", pid).isEmpty());
        assertThat(stack.broker().exitCode()).as("a clean broker shutdown").hasValue(0);
        for (ServiceProcess service : stack.services()) {
            assertThat(Files.readString(service.log())).contains(StandInService.STOPPED);
        }
    }

    @Test
    void aServiceCanBeKilledReportedAndRestartedAndMoreStreamsInstancesAdded() throws IOException {
        try (RecoveryStack stack = RecoveryStack.start(StackConfig.onFreePorts(dir.resolve("data"), standIns))) {
            ServiceProcess streams = stack.streams();
            long firstPid = streams.pid();

            streams.kill();

            assertThat(ProcessHandle.of(firstPid)).isEmpty();
            assertThat(stack.deadProcess()).hasValueSatisfying(failure -> {
                assertThat(failure.processName()).isEqualTo("recovery-streams");
                assertThat(failure.what()).isEqualTo("stopped unexpectedly (exit 137)");
                assertThat(failure.logTail()).contains(StandInService.STARTED);
            });

            streams.restart();
            streams.awaitReady();
            assertThat(streams.pid()).isNotEqualTo(firstPid);
            assertThat(stack.deadProcess()).isEmpty();
            assertThat(Files.readString(streams.log()).split(StandInService.STARTED, -1))
                    .as("one log for both runs")
                    .hasSize(3);

            ServiceProcess second = stack.addStreamsInstance("--recovery.streams.application-id=replay");
            assertThat(second.name()).isEqualTo("recovery-streams-2");
            assertThat(second.port()).isNotEqualTo(streams.port());
            assertThat(stack.streamsInstances()).containsExactly(streams, second);
            assertThat(Files.readString(second.log()))
                    .contains("--recovery.streams.application-id=replay")
                    .contains("--recovery.streams.state-dir="
                            + dir.resolve("data").resolve("streams-2"));
        }
    }

    @Test
    void aServiceThatDiesAtStartIsNamedWithItsLogAndNothingIsLeftRunning() {
        StackConfig config =
                StackConfig.onFreePorts(dir.resolve("data"), standIns).withStreamsArguments("--stand-in.fail");
        List<Long> before = childPids();

        assertThatThrownBy(() -> RecoveryStack.start(config)).isInstanceOfSatisfying(StackFailure.class, failure -> {
            assertThat(failure.processName()).isEqualTo("recovery-streams");
            assertThat(failure.what()).isEqualTo("stopped (exit 3) before it was ready");
            assertThat(failure.log()).isEqualTo(config.logDir().resolve("recovery-streams.log"));
            assertThat(failure.logTail()).contains(StandInService.FAILED);
            assertThat(failure.getMessage()).contains("recovery-streams", StandInService.FAILED);
        });
        assertThat(childPids()).as("every child it started is gone").isSubsetOf(before);
    }

    private static List<Long> pids(RecoveryStack stack) {
        List<Long> pids = new ArrayList<>();
        pids.add(stack.broker().pid());
        stack.services().forEach(service -> pids.add(service.pid()));
        return pids;
    }

    private static List<Long> childPids() {
        return ProcessHandle.current()
                .children()
                .filter(ProcessHandle::isAlive)
                .map(ProcessHandle::pid)
                .toList();
    }
}
