package org.recoverytracker.bench.stats;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * How many events (or requests) a step lost, by reason: the status and problem title and detail of
 * a refused answer, or the kind of error of a request that got none, or why a request was never
 * sent. Numbers in what an answer or error says are written as {@code #}, so that "timed out after
 * 4001 ms" and "after 4003 ms" count as one reason. The first few answers are kept whole as examples.
 */
public final class FailureReasons {

    /** Reasons kept apart; any more are counted under one "other" reason. */
    static final int MAX_REASONS = 20;

    private static final int MAX_REASON_LENGTH = 160;
    private static final int EXAMPLES = 3;
    private static final String OTHER = "other reasons";
    private static final String BY_REASON = "ByReason";
    private static final Pattern NUMBERS = Pattern.compile("\\d+");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final Map<String, Boolean> examples = new ConcurrentHashMap<>();
    private final LongAdder total = new LongAdder();

    /** {@code count} events lost to an answer other than the one expected. */
    public void answered(HttpResponse<String> response, long count) {
        add("HTTP " + response.statusCode() + ": ", problemOf(response.body()), count);
        example(response.statusCode() + " " + response.body());
    }

    /** {@code count} events lost to a request that got no answer. */
    public void errored(Throwable error, long count) {
        final Throwable cause =
                error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        add(cause.getClass().getSimpleName(), cause.getMessage() == null ? "" : ": " + cause.getMessage(), count);
        example(cause.toString());
    }

    /** {@code count} events lost for a reason the step names, e.g. never sent. */
    public void other(String reason, long count) {
        add(reason, "", count);
    }

    public long total() {
        return total.sum();
    }

    /**
     * The counts by reason, largest first, and the examples, as the result file has them.
     *
     * @param lost what was lost, e.g. {@code failedRequests}: the field is {@code failedRequestsByReason}
     */
    public void writeTo(ObjectNode result, String lost) {
        final ObjectNode byReason = result.putObject(lost + BY_REASON);
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, LongAdder>comparingByValue((a, b) -> Long.compare(b.sum(), a.sum()))
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(entry -> byReason.put(entry.getKey(), entry.getValue().sum()));
        examples.keySet().forEach(result.putArray("failureExamples")::add);
    }

    /**
     * Every count by reason of a step's result ("1,300 × reason; 450 × reason", largest first), in
     * one line for the console; empty when nothing was lost.
     */
    public static String summaryOf(JsonNode result) {
        return String.join("; ", countsOf(result));
    }

    /** Every count by reason of a step's result, each as "1,300 × reason", largest first. */
    public static List<String> countsOf(JsonNode result) {
        final List<String> counts = new ArrayList<>();
        result.properties().stream()
                .filter(field -> field.getKey().endsWith(BY_REASON))
                .forEach(field -> field.getValue()
                        .properties()
                        .forEach(entry -> counts.add(String.format(
                                Locale.ROOT, "%,d × %s", entry.getValue().asLong(), entry.getKey()))));
        return counts;
    }

    /** Synchronised, as the answers of a load come in on several threads and the bound is checked, then kept. */
    private synchronized void add(String what, String said, long count) {
        String key = what + NUMBERS.matcher(said.strip()).replaceAll("#");
        if (key.length() > MAX_REASON_LENGTH) {
            key = key.substring(0, MAX_REASON_LENGTH) + "…";
        }
        if (!counts.containsKey(key) && counts.size() >= MAX_REASONS) {
            key = OTHER;
        }
        counts.computeIfAbsent(key, ignored -> new LongAdder()).add(count);
        total.add(count);
    }

    private synchronized void example(String answer) {
        if (examples.size() < EXAMPLES) {
            examples.putIfAbsent(answer.length() > 300 ? answer.substring(0, 300) : answer, Boolean.TRUE);
        }
    }

    /** The title and detail of a problem answer, or the start of any other body. */
    private static String problemOf(String body) {
        try {
            final JsonNode problem = JSON.readTree(body);
            if (problem.isObject() && (problem.has("title") || problem.has("detail"))) {
                return problem.path("title").asString("") + " – "
                        + problem.path("detail").asString("");
            }
        } catch (RuntimeException notJson) {
            // Not a problem detail: the body itself says what it says.
        }
        return body == null || body.isBlank() ? "(no body)" : body.strip();
    }
}
