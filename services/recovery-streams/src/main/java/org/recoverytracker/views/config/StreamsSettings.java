package org.recoverytracker.views.config;

import java.nio.file.Path;
import java.time.Duration;
import org.recoverytracker.views.topology.ViewStores;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the streams service ({@code recovery.streams}); Kafka connection settings come from
 * {@code spring.kafka.*}.
 *
 * @param applicationServer this instance's {@code host:port} as its peers reach it, for
 *                          interactive queries; on Kubernetes the pod IP and the HTTP port
 * @param stateDir where the state stores live; a restart with the same directory resumes without
 *                 restoring the stores from their changelogs
 * @param standbyReplicas warm copies of each store on other instances, for fast fail-over
 * @param replicationFactor replicas of the internal topics; -1 takes the broker's default
 * @param streamThreads processing threads of this instance; two by default, because one thread is
 *                      what bounds the views' events per second: with one, an instance used about 1.35
 *                      of two cores while catching up on a backlog, with two it keeps both busy
 *                      ({@code tools/bench/README.md}, "Comparing two builds")
 * @param processingGuarantee {@code exactly_once_v2} (the default, and what the views' invariant
 *                            relies on) or {@code at_least_once} (only to measure its cost)
 * @param commitInterval how often progress is committed; with exactly-once, also how soon a change
 *                       becomes visible downstream
 * @param partitions partitions of the topics the service creates when they are missing
 * @param sessionTimeout how long an instance that stopped answering keeps its partitions before
 *                       the others take them over
 * @param minInsyncReplicas {@code min.insync.replicas} of the topics it creates when missing; unset
 *                          takes the broker's default (production: 2)
 */
@ConfigurationProperties("recovery.streams")
public record StreamsSettings(
        @DefaultValue(ViewStores.APPLICATION_ID) String applicationId,
        @DefaultValue("localhost:8080") String applicationServer,
        Path stateDir,
        @DefaultValue("0") int standbyReplicas,
        @DefaultValue("-1") int replicationFactor,
        @DefaultValue("2") int streamThreads,
        @DefaultValue("exactly_once_v2") String processingGuarantee,
        @DefaultValue("100ms") Duration commitInterval,
        @DefaultValue("6") int partitions,
        @DefaultValue("10s") Duration sessionTimeout,
        Integer minInsyncReplicas) {}
