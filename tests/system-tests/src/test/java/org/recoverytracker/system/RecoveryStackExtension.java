package org.recoverytracker.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.recoverytracker.stack.Apps;
import org.recoverytracker.stack.RecoveryStack;
import org.recoverytracker.stack.StackConfig;
import org.recoverytracker.testsupport.files.Directories;

/**
 * Runs a {@link RecoveryStack} for the tests of one class: started before the first test, in a
 * directory of its own on free ports, from the services' jars that the build copies to
 * {@code target/apps}, and stopped after the last (services before the broker). Its directory (the
 * broker's data, the services' state and logs) is deleted when every test passed, and kept, with
 * its path printed, when one failed: a stack holds 100 to 200 MB, and a full build starts 15.
 * Register it on a static field:
 * {@code @RegisterExtension static final RecoveryStackExtension system = new RecoveryStackExtension();}
 */
public final class RecoveryStackExtension implements BeforeAllCallback, AfterAllCallback, TestWatcher {

    private static final Apps APPS = Apps.inDirectory(Path.of(System.getProperty("recovery.apps.dir", "target/apps")));
    /** Gauges refreshed every second instead of every 10, so that monitoring tests need not wait. */
    private static final String FAST_GAUGES = "--recovery.streams.gauge-interval=1s";

    private final String[] streamsArguments;
    private final Consumer<RecoveryStack> setUp;
    private final int brokers;
    private RecoveryStack stack;
    private Path dir;
    private volatile boolean aTestFailed;

    /**
     * @param streamsArguments extra arguments for every streams instance
     */
    public RecoveryStackExtension(String... streamsArguments) {
        this(stack -> {}, streamsArguments);
    }

    /**
     * @param setUp what to do with the stack once it is ready, e.g. start a second streams instance
     */
    public RecoveryStackExtension(Consumer<RecoveryStack> setUp, String... streamsArguments) {
        this(1, setUp, streamsArguments);
    }

    private RecoveryStackExtension(int brokers, Consumer<RecoveryStack> setUp, String... streamsArguments) {
        this.brokers = brokers;
        this.setUp = setUp;
        this.streamsArguments = streamsArguments.clone();
    }

    /** The stack on a cluster of three Kafka nodes shaped as production (see {@link RecoveryStack#cluster()}). */
    public static RecoveryStackExtension onThreeBrokers() {
        return new RecoveryStackExtension(3, stack -> {});
    }

    public RecoveryStack stack() {
        return stack;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        try {
            dir = Files.createTempDirectory(
                    "recovery-" + context.getRequiredTestClass().getSimpleName() + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        stack = RecoveryStack.start(StackConfig.onFreePorts(dir, APPS)
                .withStreamsArguments(FAST_GAUGES)
                .withStreamsArguments(streamsArguments)
                .withBrokers(brokers));
        setUp.accept(stack);
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        aTestFailed = true;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (stack != null) {
            stack.close();
        }
        if (aTestFailed || context.getExecutionException().isPresent()) {
            System.out.println("Kept the stack's directory for a look at its logs: " + dir);
        } else if (dir != null) {
            try {
                Directories.deleteTree(dir);
            } catch (UncheckedIOException e) {
                // The tests passed; a directory left behind is no reason to fail them.
                System.out.println("Could not delete the stack's directory " + dir + ": " + e.getCause());
            }
        }
    }
}
