package org.recoverytracker.localkafka;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;

/**
 * The arguments of {@link LocalKafkaBroker#main}: plain {@code --option value} pairs, so that the
 * {@code run-local} script and {@link BrokerProcess} need no argument-parsing library.
 *
 * @param settings where the broker listens and keeps its data
 * @param parentPid a process whose end stops the broker, so that a child broker never outlives
 *     the test JVM that started it, even when that JVM is killed
 * @param helpRequested whether {@code --help} was given
 */
record CommandLine(BrokerSettings settings, OptionalLong parentPid, boolean helpRequested) {

    static final String USAGE = String.join(System.lineSeparator(),
            "Usage: LocalKafkaBroker --data-dir DIR [--port N] [--controller-port N] [--host H] [--parent-pid PID]",
            "  --data-dir DIR        where the broker keeps all its files; formatted on first use (required)",
            "  --port N              client port (default " + BrokerSettings.DEFAULT_PORT + ")",
            "  --controller-port N   KRaft controller port (default: a free port picked at each start)",
            "  --host H              address to listen on and advertise (default " + BrokerSettings.DEFAULT_HOST + ")",
            "  --parent-pid PID      stop the broker when that process ends");

    private static final String DATA_DIR = "--data-dir";
    private static final String PORT = "--port";
    private static final String CONTROLLER_PORT = "--controller-port";
    private static final String HOST = "--host";
    private static final String PARENT_PID = "--parent-pid";
    private static final String HELP = "--help";
    private static final Set<String> OPTIONS = Set.of(DATA_DIR, PORT, CONTROLLER_PORT, HOST, PARENT_PID);

    /** @throws IllegalArgumentException with a message fit for the user when the arguments are wrong */
    static CommandLine parse(String... args) {
        if (args.length == 1 && HELP.equals(args[0])) {
            return new CommandLine(null, OptionalLong.empty(), true);
        }
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            String option = args[i];
            if (!OPTIONS.contains(option)) {
                throw new IllegalArgumentException("Unknown option: " + option);
            }
            if (i + 1 == args.length) {
                throw new IllegalArgumentException("Missing value for " + option);
            }
            if (values.put(option, args[i + 1]) != null) {
                throw new IllegalArgumentException("Option given twice: " + option);
            }
        }
        String dataDir = values.get(DATA_DIR);
        if (dataDir == null || dataDir.isBlank()) {
            throw new IllegalArgumentException(DATA_DIR + " is required");
        }
        BrokerSettings settings = new BrokerSettings(
                values.getOrDefault(HOST, BrokerSettings.DEFAULT_HOST),
                number(values, PORT, BrokerSettings.DEFAULT_PORT, Integer::valueOf),
                number(values, CONTROLLER_PORT, BrokerSettings.ANY_FREE_PORT, Integer::valueOf),
                Path.of(dataDir));
        OptionalLong parentPid = values.containsKey(PARENT_PID)
                ? OptionalLong.of(number(values, PARENT_PID, 0L, Long::valueOf))
                : OptionalLong.empty();
        return new CommandLine(settings, parentPid, false);
    }

    private static <T extends Number> T number(
            Map<String, String> values, String option, T defaultValue, Function<String, T> parser) {
        String value = values.get(option);
        if (value == null) {
            return defaultValue;
        }
        try {
            return parser.apply(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, got: " + value, e);
        }
    }
}
