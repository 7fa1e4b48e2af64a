package org.recoverytracker.system.faults;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.recoverytracker.stack.RecoveryStack;
import org.recoverytracker.testsupport.http.Http;
import tools.jackson.databind.node.ObjectNode;

/**
 * Partners posting continuously through the public ingest APIs: puts, corrections (also moving
 * an event to another place, sector or week) and retractions, each client owning its own
 * identities and doing one thing at a time to each, as a partner's system would. A request that
 * is refused with 503 (Kafka unavailable) is retried, as the contract says is safe, until it is
 * acknowledged; every acknowledgement is recorded in the {@link Oracle}.
 */
final class Workload implements AutoCloseable {

    /** A partner, its key and the places it may write for. */
    private record Partner(String id, String key, String[] places) {}

    private static final Partner[] PARTNERS = {
        new Partner("hounslow-council", "local-hounslow-key", new String[] {"E09000018"}),
        new Partner("belfast-city-council", "local-belfast-key", new String[] {"N09000003"}),
        new Partner("bradford-council", "local-bradford-key", new String[] {"E08000032"}),
        new Partner(
                "uk-recovery-observatory", "local-national-key", new String[] {"W06000015", "S12000036", "E06000010"}),
    };
    private static final String[] KINDS = {"job-loss", "business-support", "green-economy"};
    private static final String[] SECTORS = {"C", "F", "G", "H", "I", "J", "M"};

    private final RecoveryStack stack;
    private final Oracle oracle;
    private final ExecutorService clients;
    private final List<Future<?>> running = new ArrayList<>();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final AtomicInteger unavailable = new AtomicInteger();

    Workload(RecoveryStack stack, Oracle oracle, int clientCount) {
        this(stack, oracle, clientCount, false);
    }

    /**
     * @param addOnly only new events, each a new identity, and never a correction or retraction, so
     *     that every measure of every view only grows: what {@link ContinuousChecker} can bound
     */
    private Workload(RecoveryStack stack, Oracle oracle, int clientCount, boolean addOnly) {
        this.stack = stack;
        this.oracle = oracle;
        this.clients = Executors.newFixedThreadPool(clientCount);
        for (int client = 0; client < clientCount; client++) {
            final int number = client;
            running.add(clients.submit(() -> {
                if (addOnly) {
                    runAddOnly(number);
                } else {
                    run(number);
                }
            }));
        }
    }

    /** Partners that only report new events: every view's measures only grow. */
    static Workload addOnly(RecoveryStack stack, Oracle oracle, int clientCount) {
        return new Workload(stack, oracle, clientCount, true);
    }

    /** Every place the partners write for, and so every scope whose views the workload changes. */
    static List<String> places() {
        return Arrays.stream(PARTNERS)
                .flatMap(partner -> Arrays.stream(partner.places()))
                .toList();
    }

    /** Requests acknowledged so far. */
    int acknowledged() {
        return acknowledged.get();
    }

    /** 503 answers seen so far (each then retried). */
    int unavailable() {
        return unavailable.get();
    }

    /** Lets every client finish the request it is on (retrying it until acknowledged), then stops. */
    @Override
    public void close() throws ExecutionException, TimeoutException {
        stopping.set(true);
        try {
            for (Future<?> client : running) {
                client.get(5, TimeUnit.MINUTES);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the partners finished", e);
        } finally {
            clients.shutdownNow();
        }
    }

    private void run(int client) {
        final Random random = new Random(client);
        final Partner partner = PARTNERS[client % PARTNERS.length];
        final String prefix = "c" + client + "-";
        while (!stopping.get()) {
            final String kind = KINDS[random.nextInt(KINDS.length)];
            final String eventId = prefix + random.nextInt(25);
            if (random.nextInt(8) == 0) {
                send(() -> Http.delete(url(kind) + "/" + eventId, partner.key()));
                oracle.acknowledgedRetraction(kind, partner.id(), eventId);
            } else {
                final ObjectNode event = event(kind, partner, random);
                send(() -> Http.put(url(kind) + "/" + eventId, partner.key(), event.toString()));
                oracle.acknowledgedPut(kind, partner.id(), eventId, event);
            }
        }
    }

    private void runAddOnly(int client) {
        final Random random = new Random(client);
        final Partner partner = PARTNERS[client % PARTNERS.length];
        for (int n = 0; !stopping.get(); n++) {
            final String kind = KINDS[random.nextInt(KINDS.length)];
            final String eventId = "a" + client + "-" + n;
            final ObjectNode event = event(kind, partner, random);
            oracle.sending(kind, partner.id(), eventId, event);
            send(() -> Http.put(url(kind) + "/" + eventId, partner.key(), event.toString()));
            oracle.acknowledgedPut(kind, partner.id(), eventId, event);
        }
    }

    /** Sends until the request is acknowledged; anything but 202 or 503 is a bug. */
    private void send(Supplier<Http.Response> request) {
        while (true) {
            final Http.Response response;
            try {
                response = request.get();
            } catch (RuntimeException e) {
                // The service itself may be restarting; a partner retries.
                pause();
                continue;
            }
            if (response.status() == 202) {
                acknowledged.incrementAndGet();
                return;
            }
            if (response.status() != 503) {
                throw new IllegalStateException("unexpected " + response.status() + ": " + response.body());
            }
            unavailable.incrementAndGet();
            pause();
        }
    }

    private String url(String kind) {
        return switch (kind) {
            case "job-loss" -> stack.jobLoss().baseUrl() + "/v1/job-losses";
            case "business-support" -> stack.businessSupport().baseUrl() + "/v1/business-support";
            default -> stack.greenEconomy().baseUrl() + "/v1/green-economy";
        };
    }

    private static ObjectNode event(String kind, Partner partner, Random random) {
        final ObjectNode event = Http.JSON
                .createObjectNode()
                .put("place", partner.places()[random.nextInt(partner.places().length)])
                .put("sector", SECTORS[random.nextInt(SECTORS.length)])
                .put(
                        "occurredOn",
                        LocalDate.of(2020, 3, 1).plusDays(random.nextInt(1500)).toString());
        switch (kind) {
            case "job-loss" -> {
                event.putObject("employer").put("name", "Employer " + random.nextInt(100));
                event.put("jobs", 1 + random.nextInt(500))
                        .put("status", random.nextBoolean() ? "PROPOSED" : "CONFIRMED");
            }
            case "business-support" -> {
                event.putObject("recipient").put("name", "Business " + random.nextInt(100));
                event.put("programme", "Recovery Grant")
                        .put("supportType", "GRANT")
                        .put("amountPence", random.nextInt(5_000_000))
                        .put("jobsSafeguarded", random.nextInt(40))
                        .put("jobsCreated", random.nextInt(10));
            }
            default -> {
                event.putObject("organisation").put("name", "Green Co " + random.nextInt(100));
                event.put("activity", "LOW_CARBON_HEAT")
                        .put("jobsCreated", random.nextInt(60))
                        .put("investmentPence", random.nextInt(90_000_000));
            }
        }
        return event;
    }

    private static void pause() {
        try {
            Thread.sleep(Duration.ofMillis(200).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
