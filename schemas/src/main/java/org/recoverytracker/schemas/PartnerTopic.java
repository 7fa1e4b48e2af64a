package org.recoverytracker.schemas;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.common.serialization.Serdes;

/**
 * A partner's own topic for one kind: {@code recovery.partner.{partner}.{kind}.v1}. Partners with
 * Kafka access write only there (their principal may write only the topics that start with
 * {@link #prefix}); the views service's gate checks each record and forwards the good ones to the
 * event topic of the kind. Key and value are as on the event topics.
 *
 * @param partner the partner id (which may itself contain dots: the kind is read from the end)
 * @param kind the kind of every event on the topic
 */
public record PartnerTopic(String partner, EventKind kind) {

    private static final String PREFIX = "recovery.partner.";
    private static final String VERSION = ".v1";

    /** Every partner topic of every partner: what the gate subscribes to. */
    public static final Pattern PATTERN = Pattern.compile(Pattern.quote(PREFIX) + "([A-Za-z0-9._-]{1,64})\\.("
            + Arrays.stream(EventKind.values())
                    .map(kind -> Pattern.quote(kind.id()))
                    .collect(Collectors.joining("|"))
            + ")" + Pattern.quote(VERSION));

    /**
     * Records wait here only until the gate has checked them (seconds); a week leaves time to
     * investigate what a partner sent, like the event topics' tombstones.
     */
    private static final Map<String, String> CONFIG =
            Map.of("cleanup.policy", "delete", "retention.ms", Long.toString(7L * 24 * 60 * 60 * 1000));

    public PartnerTopic {
        if (!EventKey.isPartnerId(partner)) {
            throw new IllegalArgumentException("partner id must be 1 to 64 characters of [A-Za-z0-9._-]: " + partner);
        }
    }

    /** The partner's topic of each kind. */
    public static Map<EventKind, PartnerTopic> of(String partner) {
        return Arrays.stream(EventKind.values())
                .collect(Collectors.toUnmodifiableMap(kind -> kind, kind -> new PartnerTopic(partner, kind)));
    }

    /** The topic's partner and kind, or empty when the name is not a partner topic's. */
    public static Optional<PartnerTopic> parse(String topicName) {
        final Matcher matcher = PATTERN.matcher(topicName);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        final String kindId = matcher.group(2);
        return Arrays.stream(EventKind.values())
                .filter(kind -> kind.id().equals(kindId))
                .findFirst()
                .map(kind -> new PartnerTopic(matcher.group(1), kind));
    }

    /** The prefix of every topic of a partner, which its Kafka principal may write. */
    public static String prefix(String partner) {
        return PREFIX + partner + ".";
    }

    public String name() {
        return prefix(partner) + kind.id() + VERSION;
    }

    /** The topic with its serdes and configuration, as the local stack and the chart create it. */
    public Topic<String, byte[]> topic() {
        return new Topic<>(name(), Serdes.String(), Serdes.ByteArray(), CONFIG);
    }
}
