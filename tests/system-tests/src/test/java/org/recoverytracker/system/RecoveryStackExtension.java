package org.recoverytracker.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a {@link RecoveryStack} for the tests of one class: started before the first test, in a
 * directory of its own, and stopped after the last. Register it on a static field:
 * {@code @RegisterExtension static final RecoveryStackExtension system = new RecoveryStackExtension();}
 */
public final class RecoveryStackExtension implements BeforeAllCallback, AfterAllCallback {

    private final String[] streamsArguments;
    private final Consumer<RecoveryStack> setUp;
    private RecoveryStack stack;

    /**
     * @param streamsArguments extra arguments for every streams instance
     */
    public RecoveryStackExtension(String... streamsArguments) {
        this(stack -> { }, streamsArguments);
    }

    /**
     * @param setUp what to do with the stack once it is ready, e.g. start a second streams instance
     */
    public RecoveryStackExtension(Consumer<RecoveryStack> setUp, String... streamsArguments) {
        this.setUp = setUp;
        this.streamsArguments = streamsArguments.clone();
    }

    public RecoveryStack stack() {
        return stack;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        final Path dir;
        try {
            dir = Files.createTempDirectory("recovery-" + context.getRequiredTestClass().getSimpleName() + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        stack = RecoveryStack.start(dir, streamsArguments);
        setUp.accept(stack);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (stack != null) {
            stack.close();
        }
    }
}
