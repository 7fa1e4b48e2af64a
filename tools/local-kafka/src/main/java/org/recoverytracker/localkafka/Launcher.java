package org.recoverytracker.localkafka;

/**
 * The program behind {@link LocalKafkaBroker#main}: logging set-up, start-up, the ready line,
 * and a shutdown that scripts and {@link BrokerProcess} can tell apart from a crash.
 *
 * <p>Exit codes: 0 after a clean shutdown on SIGTERM, SIGINT or the end of the parent process;
 * 1 when the broker fails to start or stops by itself; 2 for wrong arguments.
 */
final class Launcher {

    private static final String LOGBACK_CONFIG_PROPERTY = "logback.configurationFile";
    /** Kafka at WARN on standard error; named so that it never shadows a user's logback.xml. */
    private static final String BUNDLED_LOGBACK_CONFIG = "local-kafka-logback.xml";

    private Launcher() {}

    static void run(String[] args) {
        BrokerOptions options;
        try {
            options = BrokerOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(BrokerOptions.usage());
            System.exit(2);
            return;
        }
        if (options.helpRequested()) {
            System.out.print(BrokerOptions.usage());
            return;
        }
        // Must run before the first Kafka class asks SLF4J for a logger.
        if (System.getProperty(LOGBACK_CONFIG_PROPERTY) == null) {
            System.setProperty(LOGBACK_CONFIG_PROPERTY, BUNDLED_LOGBACK_CONFIG);
        }
        serve(options);
    }

    private static void serve(BrokerOptions options) {
        LocalKafkaBroker broker;
        try {
            broker = options.cluster()
                    .map(membership -> LocalKafkaBroker.prepareMember(options.settings(), membership))
                    .orElseGet(() -> LocalKafkaBroker.prepare(options.settings()));
        } catch (RuntimeException e) {
            failed("Kafka broker could not be prepared", e);
            return;
        }
        Thread shutdownHook = new Thread(() -> shutDown(broker), "local-kafka-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        try {
            broker.startup();
        } catch (RuntimeException e) {
            if (removeHook(shutdownHook)) {
                failed("Kafka broker failed to start", e);
            }
            return;
        }
        options.parentPid().ifPresent(Launcher::stopWhenProcessEnds);

        System.out.println(broker.readyMessage());
        broker.awaitShutdown();

        if (!broker.isClosed() && removeHook(shutdownHook)) {
            System.err.println("Kafka broker stopped by itself");
            System.exit(1);
        }
    }

    /**
     * Runs on SIGTERM, SIGINT and {@code System.exit}. The JVM would otherwise report a
     * signal-triggered exit as 143 or 130; a broker that has shut down cleanly exits with 0.
     */
    private static void shutDown(LocalKafkaBroker broker) {
        broker.close();
        System.out.flush();
        System.err.flush();
        Runtime.getRuntime().halt(0);
    }

    private static void stopWhenProcessEnds(long pid) {
        ProcessHandle.of(pid)
                .map(ProcessHandle::onExit)
                .ifPresentOrElse(exit -> exit.thenRun(() -> parentEnded(pid)), () -> parentEnded(pid));
    }

    private static void parentEnded(long pid) {
        System.err.println("Process " + pid + " has ended; stopping the Kafka broker");
        System.exit(0);
    }

    /** @return false when the JVM is already shutting down, and the hook will decide the exit code */
    private static boolean removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
            return true;
        } catch (IllegalStateException shutdownInProgress) {
            return false;
        }
    }

    /** Kafka has logged the details of its own failures already; the causes are what a user needs. */
    private static void failed(String message, RuntimeException e) {
        StringBuilder causes = new StringBuilder(message).append(": ").append(e);
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            causes.append(System.lineSeparator()).append("  caused by: ").append(cause);
        }
        System.err.println(causes);
        System.exit(1);
    }
}
