package org.recoverytracker.system.faults;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.recoverytracker.reference.ReferenceData;
import org.recoverytracker.stack.RecoveryStack;
import org.recoverytracker.testsupport.http.Http;
import tools.jackson.databind.node.ArrayNode;
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
    /** Events per batch: enough that a batch half-visible would show, few enough to post often. */
    private static final int BATCH_SIZE = 20;

    /** A batch acknowledged: its kind, its partner and the identities it wrote, in one transaction. */
    record Batch(String kind, String partner, List<String> eventIds) {}

    private final RecoveryStack stack;
    private final Oracle oracle;
    private final ExecutorService clients;
    private final List<Future<?>> running = new ArrayList<>();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final AtomicInteger unavailable = new AtomicInteger();
    private final AtomicInteger rateLimited = new AtomicInteger();
    private final List<Batch> batches = new CopyOnWriteArrayList<>();

    Workload(RecoveryStack stack, Oracle oracle, int clientCount) {
        this(stack, oracle, clientCount, false, 0);
    }

    /**
     * @param addOnly only new events, each a new identity, and never a correction or retraction, so
     *     that every measure of every view only grows: what {@link ContinuousChecker} can bound
     * @param batchClients clients (beside the others) that post add-only batches of {@value #BATCH_SIZE}
     */
    private Workload(RecoveryStack stack, Oracle oracle, int clientCount, boolean addOnly, int batchClients) {
        this.stack = stack;
        this.oracle = oracle;
        this.clients = Executors.newFixedThreadPool(clientCount + batchClients);
        for (int client = 0; client < batchClients; client++) {
            final int number = clientCount + client;
            running.add(clients.submit(() -> runAddOnlyBatches(number)));
        }
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
        return new Workload(stack, oracle, clientCount, true, 0);
    }

    /**
     * Partners that only report new events, some one at a time and some in batches, each batch one
     * Kafka transaction: every view's measures only grow, and every batch must be visible whole or
     * not at all ({@link #batches()}).
     */
    static Workload addOnlyWithBatches(RecoveryStack stack, Oracle oracle, int singleClients, int batchClients) {
        return new Workload(stack, oracle, singleClients, true, batchClients);
    }

    /** The UK, then the region of each place the workload writes to, then the places: what readers of its views ask for. */
    static List<String> scopes() {
        final List<String> scopes = new ArrayList<>();
        scopes.add(null);
        places().stream()
                .map(place ->
                        ReferenceData.uk().place(place).orElseThrow().region().code())
                .distinct()
                .forEach(scopes::add);
        scopes.addAll(places());
        return scopes;
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

    /** 429 answers seen so far (each then retried after its Retry-After). */
    int rateLimited() {
        return rateLimited.get();
    }

    /** Waits (up to two minutes) until {@code more} requests have been acknowledged than now. */
    void awaitMore(int more) {
        final int from = acknowledged();
        await().atMost(Duration.ofSeconds(120)).until(() -> acknowledged() >= from + more);
    }

    /** Every batch acknowledged so far. */
    List<Batch> batches() {
        return List.copyOf(batches);
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
                oracle.sending(kind, partner.id(), eventId, event);
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

    private void runAddOnlyBatches(int client) {
        final Random random = new Random(client);
        final Partner partner = PARTNERS[client % PARTNERS.length];
        for (int n = 0; !stopping.get(); n++) {
            final String kind = KINDS[random.nextInt(KINDS.length)];
            final ArrayNode body = Http.JSON.createArrayNode();
            final List<String> eventIds = new ArrayList<>();
            for (int i = 0; i < BATCH_SIZE; i++) {
                final String eventId = "b" + client + "-" + n + "-" + i;
                final ObjectNode event = event(kind, partner, random);
                oracle.sending(kind, partner.id(), eventId, event);
                body.add(event.deepCopy().put("eventId", eventId));
                eventIds.add(eventId);
            }
            // The partner retries a refused batch whole, with the same identities, as the contract allows
            send(() -> Http.post(url(kind), partner.key(), "application/json", body.toString()));
            for (int i = 0; i < BATCH_SIZE; i++) {
                oracle.acknowledgedPut(kind, partner.id(), eventIds.get(i), body.get(i));
            }
            batches.add(new Batch(kind, partner.id(), List.copyOf(eventIds)));
        }
    }

    /** Sends until the request is acknowledged; anything but 202, 503 or a 429 with Retry-After is a bug. */
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
            if (response.status() == 429 && !response.header("Retry-After").isEmpty()) {
                // Over the partner's rate limit: waits as told, as a partner's system would
                rateLimited.incrementAndGet();
                pause(Duration.ofSeconds(Long.parseLong(response.header("Retry-After"))));
                continue;
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
        pause(Duration.ofMillis(200));
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
