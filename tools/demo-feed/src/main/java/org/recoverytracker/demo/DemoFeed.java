package org.recoverytracker.demo;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.recoverytracker.schemas.EventKind;
import org.recoverytracker.schemas.ViewsApi;

/**
 * The local stack's demo feed: posts the story of Hounslow, Belfast and Bradford through the public
 * ingest APIs with the councils' dev-only keys, prints a one-line summary, defines the Heathrow zone
 * and posts an illustrative baseline on the reference service ({@link ContextData}), cuts a release
 * of the open views so that the public page shows the story, then keeps adding an event every few
 * seconds, and cutting a release every minute, until it is stopped. (In production releases are
 * cut once a day; the demo cuts them often so that the page moves while you watch.)
 *
 * <p>It is a plain client of the contract, like a partner's system: it never writes to Kafka. The
 * story is deterministic, so running the feed again after a restart re-posts identical events and
 * changes no figure; only the trickle adds new ones.
 */
public final class DemoFeed {

    /** How long the views' count of events must stand still before the first release is cut. */
    private static final Duration SETTLING = Duration.ofSeconds(2);

    /** The contract judges "not in the future" by the UK calendar day. */
    static final ZoneId UK_TIME = ZoneId.of("Europe/London");

    private static final String USAGE = """
            Usage: java -jar demo-feed.jar [options]

            Posts the demo story of Hounslow, Belfast and Bradford (2020 to today) to the ingest services,
            then a new event every few seconds until stopped.

              --host HOST          where the ingest and reference services listen, on the contract's
                                   ports 8081-8084
                                   (default: localhost)
              --no-trickle         post the story, cut a release, then exit
              --release-every S    seconds between two releases of the open views while trickling
                                   (default: 60; 0: only the one after the story)
              --interval MIN-MAX   seconds between two trickle events, drawn at random (default: 5-15)
              --patience SECONDS   how long to retry a service that answers 503 or is not up yet
                                   (default: 180)
              --parent-pid PID     stop when that process ends
              --help               this text

            Exit codes: 0 done or stopped, 1 a request failed (a 4xx is a bug in the feed), 2 bad arguments.
            """;

    private DemoFeed() {}

    /** The feed's settings, from its command line. */
    record Options(
            String host,
            boolean trickle,
            int minIntervalSeconds,
            int maxIntervalSeconds,
            Duration patience,
            Long parentPid,
            Duration releaseEvery) {

        static Options parse(String... args) {
            String host = "localhost";
            boolean trickle = true;
            int min = 5;
            int max = 15;
            Duration patience = Duration.ofSeconds(180);
            Long parentPid = null;
            Duration releaseEvery = Duration.ofSeconds(60);
            final Deque<String> rest = new ArrayDeque<>(List.of(args));
            while (!rest.isEmpty()) {
                final String option = rest.removeFirst();
                switch (option) {
                    case "--host" -> host = value(option, rest);
                    case "--no-trickle" -> trickle = false;
                    case "--interval" -> {
                        final String[] range = value(option, rest).split("-", 2);
                        min = number(option, range[0]);
                        max = range.length == 2 ? number(option, range[1]) : min;
                        if (min < 0 || max < min) {
                            throw new IllegalArgumentException("--interval needs MIN-MAX seconds with 0 <= MIN <= MAX");
                        }
                    }
                    case "--patience" -> patience = Duration.ofSeconds(number(option, value(option, rest)));
                    case "--parent-pid" -> parentPid = (long) number(option, value(option, rest));
                    case "--release-every" -> releaseEvery = Duration.ofSeconds(number(option, value(option, rest)));
                    default -> throw new IllegalArgumentException("unknown option " + option);
                }
            }
            if (releaseEvery.isNegative()) {
                throw new IllegalArgumentException("--release-every needs 0 or more seconds");
            }
            return new Options(host, trickle, min, max, patience, parentPid, releaseEvery);
        }

        private static String value(String option, Deque<String> rest) {
            if (rest.isEmpty()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return rest.removeFirst();
        }

        private static int number(String option, String value) {
            try {
                return Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " needs a number, not '" + value + "'", e);
            }
        }
    }

    public static void main(String[] args) {
        if (List.of(args).contains("--help")) {
            System.out.print(USAGE);
            return;
        }
        final Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("demo-feed: " + e.getMessage() + "\n\n" + USAGE);
            System.exit(2);
            return;
        }
        if (options.parentPid() != null) {
            stopWithParent(options.parentPid());
        }
        final IngestClient client = new IngestClient(
                        IngestClient.localServices(options.host()), options.patience(), Duration.ofMillis(250))
                .withReferenceService(IngestClient.localReferenceService(options.host()))
                .withViews(IngestClient.localViews(options.host()));
        try {
            postStory(client);
            cutReleaseOnceSettled(client, options.patience());
            if (options.trickle()) {
                trickle(client, options);
            }
        } catch (FeedFailure e) {
            log("FAILED: " + e.getMessage());
            System.exit(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Posts the story as of today, then the context data, to services at these addresses, as the
     * local stack's feed does (tests run it against services on ports of their own).
     *
     * @return the one-line summary of the story posted
     * @throws FeedFailure when a service refuses a request
     */
    public static String postStory(Map<EventKind, URI> ingestServices, URI referenceService, Duration patience)
            throws InterruptedException {
        return postStory(new IngestClient(ingestServices, patience, Duration.ofMillis(250))
                .withReferenceService(referenceService));
    }

    private static String postStory(IngestClient client) throws InterruptedException {
        final Instant started = Instant.now();
        final LocalDate today = LocalDate.now(UK_TIME);
        final List<Step> story = Story.asOf(today);
        log("Posting the demo story as of " + today + ": " + story.size() + " requests");
        final StoryReport report = new StoryReport();
        for (Step step : story) {
            log(describe(step, client.send(step)));
            report.accepted(step);
        }
        final String summary = report.summary(story, Duration.between(started, Instant.now()));
        log(summary);
        for (ContextData.Write write : ContextData.writes()) {
            final int accepted = client.sendContext(write);
            log(String.format(
                    "%-23s %-16s %-30s %s",
                    "",
                    "reference",
                    write.method() + " " + write.path(),
                    write.note() + ": " + accepted + " accepted"));
        }
        return summary;
    }

    private static void trickle(IngestClient client, Options options) throws InterruptedException {
        final Random random = new Random();
        final Trickle trickle = new Trickle(random, Instant.now());
        log("From now on, a new event every " + options.minIntervalSeconds() + "-" + options.maxIntervalSeconds()
                + " s"
                + (options.releaseEvery().isZero()
                        ? ""
                        : ", and a release of the open views every "
                                + options.releaseEvery().toSeconds() + " s"));
        long nextRelease = System.nanoTime() + options.releaseEvery().toNanos();
        while (true) {
            final int spread = options.maxIntervalSeconds() - options.minIntervalSeconds();
            Thread.sleep(1000L * (options.minIntervalSeconds() + (spread == 0 ? 0 : random.nextInt(spread + 1))));
            final Step step = trickle.next(LocalDate.now(UK_TIME));
            log(describe(step, client.send(step)));
            if (!options.releaseEvery().isZero() && System.nanoTime() - nextRelease >= 0) {
                logRelease(client.cutRelease());
                nextRelease = System.nanoTime() + options.releaseEvery().toNanos();
            }
        }
    }

    /**
     * Cuts the first release once the views have taken in what the story posted: the ingest
     * services accept events before the views count them, so the release waits until the views'
     * count of events has stood still for a moment (at most the patience), lest it miss the last few.
     */
    private static void cutReleaseOnceSettled(IngestClient client, Duration patience) throws InterruptedException {
        final long deadline = System.nanoTime() + patience.toNanos();
        long counted = -1;
        while (System.nanoTime() < deadline) {
            final long now = client.eventsCounted();
            if (now >= 0 && now == counted) {
                break;
            }
            counted = now;
            Thread.sleep(SETTLING.toMillis());
        }
        logRelease(client.cutRelease());
    }

    private static void logRelease(String release) {
        log(String.format(
                "%-23s %-16s %-30s %s",
                "",
                "open views",
                "POST " + ViewsApi.RELEASES_PATH,
                "release " + release + " cut: the public page shows it"));
    }

    /** Stops the feed when the process that started it ends, so it never outlives {@code ./run-local}. */
    private static void stopWithParent(long pid) {
        ProcessHandle.of(pid)
                .ifPresentOrElse(
                        parent -> parent.onExit().thenRun(() -> {
                            log("The parent process " + pid + " has ended; stopping");
                            System.exit(0);
                        }),
                        () -> {
                            System.err.println("demo-feed: no process " + pid + " (--parent-pid)");
                            System.exit(2);
                        });
    }

    static String describe(Step step, int accepted) {
        final String request;
        final String what;
        if (step instanceof Step.Put put) {
            request = "PUT    " + put.eventId();
            what = put.note() + ": " + put.event().describe();
        } else if (step instanceof Step.Retract retract) {
            request = "DELETE " + retract.eventId();
            what = retract.note();
        } else {
            final Step.Batch batch = (Step.Batch) step;
            request = "POST   " + batch.format() + " batch";
            what = batch.note() + ": " + accepted + " events accepted";
        }
        return String.format(
                "%-23s %-16s %-30s %s", step.partner().id(), step.kind().id(), request, what);
    }

    private static void log(String line) {
        System.out.println(LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + " " + line);
    }
}
