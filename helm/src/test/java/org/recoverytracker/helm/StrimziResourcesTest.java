package org.recoverytracker.helm;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.recoverytracker.schemas.EventKind;
import org.recoverytracker.schemas.PartnerTopic;
import org.recoverytracker.schemas.RecoveryTopics;
import org.recoverytracker.schemas.Topic;
import org.recoverytracker.views.topology.ViewStores;

/**
 * The Strimzi KafkaTopics and KafkaUsers match what the services do: the topics and their
 * configuration come from the services' own code here, and each user is allowed only what its
 * component needs.
 */
class StrimziResourcesTest {

    private static final String CLUSTER = "recovery-kafka";
    /** The Kafka partners of kafka-partners.yaml; a dot in an id is allowed, and read back from the end. */
    private static final List<String> PARTNERS = List.of("hounslow-council", "leeds.city-council");

    /** The prefix of every partner topic: {@code recovery.partner.}, from a partner's own prefix. */
    private static final String PARTNER_TOPICS_PREFIX = PartnerTopic.prefix("p").replaceFirst("p\\.$", "");

    /**
     * The writer schemas: every service that writes events publishes there the Avro schemas it writes with
     * (key: the schema's 64-bit fingerprint in hex; value: its JSON), so that an older build can read records
     * written with a newer compatible schema. Compacted and never deleted by age; tiny and read whole, so one partition.
     */
    private static final String SCHEMAS = "recovery.schemas.v1";

    private static final Map<String, String> SCHEMAS_CONFIG = Map.of("cleanup.policy", "compact", "retention.ms", "-1");

    private static final String REFERENCE = HelmChart.FULLNAME + "-reference";
    private static final String STREAMS = HelmChart.FULLNAME + "-streams";

    /** The open releases and the basis of the latest one: written and read only by the views service. */
    private static final List<Topic<String, byte[]>> RELEASE_TOPICS =
            List.of(RecoveryTopics.RELEASES, RecoveryTopics.RELEASE_BASES);

    /** The prefix of the transactional ids of the views service's producer of releases. */
    private static final String RELEASES_TRANSACTIONAL_ID = "recovery-streams-releases-";

    /** The reference data topics: areas and baselines, written by the reference service, read whole by the views. */
    private static final List<String> REFERENCE_TOPICS = List.of(RecoveryTopics.AREA, RecoveryTopics.BASELINE);

    /**
     * The users that publish the schemas they write with: the ingest services, the reference service (areas and
     * baselines) and the views service (its gate re-encodes).
     */
    private static final Set<String> SCHEMA_WRITERS = Set.of(
            HelmChart.FULLNAME + "-job-loss",
            HelmChart.FULLNAME + "-business-support",
            HelmChart.FULLNAME + "-green-economy",
            REFERENCE,
            STREAMS);

    @Test
    void kafkaTopicsAreTheTopicsTheServicesUseConfiguredAsTheServicesCreateThem() {
        final Manifests manifests = HelmChart.renderProduction();

        final Map<String, Map<String, Object>> expected = projectTopics();

        final List<GenericKubernetesResource> topics = manifests.custom("KafkaTopic");
        assertThat(topics)
                .extracting(topic -> (String) spec(topic).get("topicName"))
                .containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (GenericKubernetesResource topic : topics) {
            final Map<String, Object> spec = spec(topic);
            assertThat(topic.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", CLUSTER);
            assertThat(spec)
                    .containsEntry("partitions", catalogPartitions((String) spec.get("topicName"), 12))
                    .containsEntry("replicas", 3);
            assertThat(spec.get("config"))
                    .as(topic.getMetadata().getName())
                    .isEqualTo(expected.get(spec.get("topicName")));
        }
    }

    @Test
    void schemasTopicIsCompactedKeptForEverWithOnePartitionAndTheTopicsReplication() {
        final Manifests manifests = HelmChart.render(
                List.of(HelmChart.PRODUCTION_VALUES),
                Map.of("kafka.topics.replicationFactor", 5, "kafka.topics.minInsyncReplicas", 4));

        final GenericKubernetesResource topic = manifests.custom("KafkaTopic", SCHEMAS);

        assertThat(topic.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", CLUSTER);
        assertThat(spec(topic))
                .containsEntry("topicName", SCHEMAS)
                .containsEntry("partitions", 1)
                .containsEntry("replicas", 5);
        assertThat(spec(topic).get("config"))
                .isEqualTo(Map.of("cleanup.policy", "compact", "retention.ms", "-1", "min.insync.replicas", "4"));
    }

    @Test
    void eachIngestUserMayWriteOnlyItsOwnTopicAndTransactions() {
        final Manifests manifests = HelmChart.renderProduction();

        for (EventKind kind : EventKind.values()) {
            final GenericKubernetesResource user = manifests.custom("KafkaUser", HelmChart.FULLNAME + "-" + kind.id());

            assertThat(user.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", CLUSTER);
            assertThat(authentication(user)).isEqualTo("scram-sha-512");
            // PublishingConfiguration prefixes each instance's transactional ids with recovery-ingest-<kind>-
            assertThat(acls(user))
                    .containsExactlyInAnyOrder(
                            "topic:" + kind.topic() + ":literal=Describe,Write",
                            "topic:" + SCHEMAS + ":literal=Describe,Write",
                            "transactionalId:recovery-ingest-" + kind.id() + "-:prefix=Describe,Write");
        }
    }

    @Test
    void revisionsTopicIsNeverCompactedKeptForEverWithTheEventTopicsPartitionsAndReplication() {
        final Manifests manifests = HelmChart.render(
                List.of(HelmChart.PRODUCTION_VALUES),
                Map.of(
                        "kafka.topics.partitions", 8,
                        "kafka.topics.replicationFactor", 5,
                        "kafka.topics.minInsyncReplicas", 4));

        final GenericKubernetesResource topic = manifests.custom("KafkaTopic", RecoveryTopics.REVISION);

        assertThat(topic.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", CLUSTER);
        assertThat(spec(topic))
                .containsEntry("topicName", RecoveryTopics.REVISION)
                .containsEntry("partitions", 8)
                .containsEntry("replicas", 5);
        final Map<String, Object> expected = new HashMap<>(RecoveryTopics.REVISIONS.config());
        expected.put("min.insync.replicas", "4");
        assertThat(spec(topic).get("config")).isEqualTo(expected);
        // Spelled out as well, so that a catalogue that drifted towards compaction or a retention fails here too
        assertThat(expected)
                .containsEntry("cleanup.policy", "delete")
                .containsEntry("retention.ms", "-1")
                .containsEntry("retention.bytes", "-1");
    }

    @Test
    void ingestUsersMayCreateTheirTopicOnlyWhenStrimziDoesNotDeclareIt() {
        final Manifests manifests =
                HelmChart.render(List.of(HelmChart.PRODUCTION_VALUES), Map.of("strimzi.topics.enabled", false));

        final GenericKubernetesResource user = manifests.custom("KafkaUser", HelmChart.FULLNAME + "-job-loss");

        assertThat(manifests.custom("KafkaTopic")).isEmpty();
        assertThat(acls(user))
                .contains(
                        "topic:" + EventKind.JOB_LOSS.topic() + ":literal=Create,Describe,Write",
                        "topic:" + SCHEMAS + ":literal=Create,Describe,Write");
    }

    @Test
    void theSchemasTopicsWritersMayCreateItOnlyWhenStrimziDoesNotDeclareIt() {
        assertMayCreateOnlyWhenStrimziDoesNotDeclare(SCHEMAS, SCHEMA_WRITERS);
    }

    @Test
    void streamsMayCreateTheRevisionsTopicOnlyWhenStrimziDoesNotDeclareIt() {
        final String streams = HelmChart.FULLNAME + "-streams";
        final Manifests created =
                HelmChart.render(List.of(HelmChart.PRODUCTION_VALUES), Map.of("strimzi.topics.enabled", false));
        final Manifests declared = HelmChart.renderProduction();

        assertThat(acls(created.custom("KafkaUser", streams)))
                .contains("topic:" + RecoveryTopics.REVISION + ":literal=Create,Describe,Write");
        assertThat(mayCreate(declared.custom("KafkaUser", streams), RecoveryTopics.REVISION))
                .isFalse();
    }

    @Test
    void releaseTopicsAreCompactedKeptForEverWithOnePartitionAndTheTopicsReplication() {
        final Manifests manifests = HelmChart.render(
                List.of(HelmChart.PRODUCTION_VALUES),
                Map.of(
                        "kafka.topics.partitions", 8,
                        "kafka.topics.replicationFactor", 5,
                        "kafka.topics.minInsyncReplicas", 4));

        for (Topic<?, ?> release : RELEASE_TOPICS) {
            final GenericKubernetesResource topic = manifests.custom("KafkaTopic", release.name());

            assertThat(topic.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", CLUSTER);
            assertThat(spec(topic))
                    .containsEntry("topicName", release.name())
                    .containsEntry("partitions", 1)
                    .containsEntry("replicas", 5);
            final Map<String, Object> expected = new HashMap<>(release.config());
            expected.put("min.insync.replicas", "4");
            assertThat(spec(topic).get("config")).as(release.name()).isEqualTo(expected);
        }
        // Spelled out as well, so that a catalogue that drifted (a retention, a smaller record limit) fails here too
        assertThat(spec(manifests.custom("KafkaTopic", RecoveryTopics.RELEASE)).get("config"))
                .isEqualTo(Map.of("cleanup.policy", "compact", "retention.ms", "-1", "min.insync.replicas", "4"));
        assertThat(spec(manifests.custom("KafkaTopic", RecoveryTopics.RELEASE_BASIS))
                        .get("config"))
                .isEqualTo(Map.of(
                        "cleanup.policy",
                        "compact",
                        "retention.ms",
                        "-1",
                        "max.message.bytes",
                        "8388608",
                        "min.insync.replicas",
                        "4"));
    }

    @Test
    void onlyTheViewsServiceHasAnyAclOnTheReleaseTopics() {
        final Manifests manifests = renderWithPartners();

        // The ingest and reference services and the partners neither write nor read the releases or their basis
        for (Topic<?, ?> release : RELEASE_TOPICS) {
            assertThat(manifests.custom("KafkaUser"))
                    .as(release.name())
                    .filteredOn(user -> rawAcls(user).stream().anyMatch(acl -> covers(acl, release.name())))
                    .extracting(user -> user.getMetadata().getName())
                    .containsExactly(STREAMS);
        }
    }

    @Test
    void streamsMayCreateTheReleaseTopicsOnlyWhenStrimziDoesNotDeclareThem() {
        for (Topic<?, ?> release : RELEASE_TOPICS) {
            assertMayCreateOnlyWhenStrimziDoesNotDeclare(release.name(), Set.of(STREAMS));
        }
    }

    @Test
    void theStreamsTransactionalIdPrefixCoversTheReleasesProducerSoItNeedsNoAclOfItsOwn() {
        final GenericKubernetesResource user = HelmChart.renderProduction().custom("KafkaUser", STREAMS);

        assertThat(transactionalIdsAllowed(user, RELEASES_TRANSACTIONAL_ID + "0"))
                .containsExactly(ViewStores.APPLICATION_ID + "-");
        // ...and nothing wider: no other user's transactional ids fall under it
        assertThat(transactionalIdsAllowed(user, "recovery-ingest-job-loss-0")).isEmpty();
        assertThat(transactionalIdsAllowed(user, "recovery-reference-0")).isEmpty();
    }

    @Test
    void streamsUserMayReadEventsWriteDeadLettersAndRevisionsAndOwnItsInternalTopicsGroupAndTransactions() {
        final Manifests manifests = HelmChart.renderProduction();

        final GenericKubernetesResource user = manifests.custom("KafkaUser", HelmChart.FULLNAME + "-streams");

        final String internal = ViewStores.APPLICATION_ID + "-";
        // The gate forwards the partners' checked records to the event topics
        final Set<String> expected = RecoveryTopics.eventTopicNames().stream()
                .map(topic -> "topic:" + topic + ":literal=Describe,Read,Write")
                .collect(Collectors.toSet());
        expected.add("topic:" + PARTNER_TOPICS_PREFIX + ":prefix=Describe,Read");
        expected.add("topic:" + RecoveryTopics.DEAD_LETTER + ":literal=Describe,Write");
        // It appends every change of a view to the revision log, in the transaction that makes the change
        expected.add("topic:" + RecoveryTopics.REVISION + ":literal=Describe,Write");
        // It reads the writer schemas of what it decodes and publishes those its gate re-encodes with
        expected.add("topic:" + SCHEMAS + ":literal=Describe,Read,Write");
        // It reads the areas and baselines whole, as global tables (assign, no group)
        expected.add("topic:" + RecoveryTopics.AREA + ":literal=Describe,Read");
        expected.add("topic:" + RecoveryTopics.BASELINE + ":literal=Describe,Read");
        // It writes the open releases and their basis in its own transactions, and reads both whole (assign, no
        // group): the releases as a global store, the basis with a plain read_committed consumer
        expected.add("topic:" + RecoveryTopics.RELEASE + ":literal=Describe,Read,Write");
        expected.add("topic:" + RecoveryTopics.RELEASE_BASIS + ":literal=Describe,Read,Write");
        expected.add("topic:" + internal + ":prefix=Create,Delete,Describe,DescribeConfigs,Read,Write");
        expected.add("group:" + ViewStores.APPLICATION_ID + ":literal=Describe,Read");
        // Kafka Streams' exactly_once_v2 producers and the releases' producer (recovery-streams-releases-...) alike
        expected.add("transactionalId:" + internal + ":prefix=Describe,Write");
        assertThat(acls(user)).containsExactlyInAnyOrderElementsOf(expected);
        // The repartition topic the views read their partition count from is one of the internal topics
        assertThat(ViewStores.placeDeltasTopic(ViewStores.APPLICATION_ID)).startsWith(internal);
    }

    @Test
    void referenceUserMayWriteOnlyTheReferenceTopicsAndItsSchemasReadTheAreasAndUseItsOwnTransactions() {
        final GenericKubernetesResource user = HelmChart.renderProduction().custom("KafkaUser", REFERENCE);

        assertThat(user.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", CLUSTER);
        assertThat(authentication(user)).isEqualTo("scram-sha-512");
        // It reads the areas from the beginning with assign() (no group) to know each area's owner, and publishes
        // the writer schemas of areas and baselines as the ingest services publish theirs (its readiness waits for
        // it); ReferencePublishing prefixes its transactional ids with recovery-reference-, as the ingest services'
        // with recovery-ingest-<kind>-. An idempotent producer needs no cluster ACL since Kafka 2.8 (KIP-679).
        assertThat(acls(user))
                .containsExactlyInAnyOrder(
                        "topic:" + RecoveryTopics.AREA + ":literal=Describe,Read,Write",
                        "topic:" + RecoveryTopics.BASELINE + ":literal=Describe,Write",
                        "topic:" + SCHEMAS + ":literal=Describe,Write",
                        "transactionalId:recovery-reference-:prefix=Describe,Write");
    }

    @Test
    void onlyTheReferenceServiceMayWriteTheReferenceTopics() {
        final Manifests manifests = renderWithPartners();

        for (String topic : REFERENCE_TOPICS) {
            assertThat(usersAllowed(manifests, topic, "Write")).as(topic).containsExactly(REFERENCE);
        }
    }

    @Test
    void onlyTheViewsServiceReadsTheBaselinesAndTheReferenceServiceTheAreasToo() {
        final Manifests manifests = renderWithPartners();

        assertThat(usersAllowed(manifests, RecoveryTopics.AREA, "Read")).containsExactlyInAnyOrder(STREAMS, REFERENCE);
        assertThat(usersAllowed(manifests, RecoveryTopics.BASELINE, "Read")).containsExactly(STREAMS);
    }

    @Test
    void streamsReadsTheReferenceTopicsWhetherOrNotTheReferenceServiceIsDeployed() {
        final Manifests manifests = HelmChart.renderProduction(Map.of("ingest.reference.enabled", false));

        assertThat(manifests.custom("KafkaUser"))
                .extracting(user -> user.getMetadata().getName())
                .doesNotContain(REFERENCE);
        assertThat(acls(manifests.custom("KafkaUser", STREAMS)))
                .contains(
                        "topic:" + RecoveryTopics.AREA + ":literal=Describe,Read",
                        "topic:" + RecoveryTopics.BASELINE + ":literal=Describe,Read");
    }

    @Test
    void theReferenceTopicsUsersMayCreateThemOnlyWhenStrimziDoesNotDeclareThem() {
        // Each creates what it uses when missing: the reference service its topics, recovery-streams every topic
        for (String topic : REFERENCE_TOPICS) {
            assertMayCreateOnlyWhenStrimziDoesNotDeclare(topic, Set.of(REFERENCE, STREAMS));
        }
    }

    @Test
    void streamsMayReadEveryTopicTheGateSubscribesToByPattern() {
        // Every topic the gate's pattern matches starts with the prefix the streams user may read
        for (EventKind kind : EventKind.values()) {
            final String topic = new PartnerTopic("any.partner-1", kind).name();
            assertThat(PartnerTopic.PATTERN.matcher(topic).matches()).isTrue();
            assertThat(topic).startsWith(PARTNER_TOPICS_PREFIX);
        }
        assertThat(PartnerTopic.PATTERN
                        .matcher(PARTNER_TOPICS_PREFIX.replace("partner", "partners") + "x.job-loss.v1")
                        .matches())
                .as("the pattern is anchored on the prefix")
                .isFalse();
    }

    @Test
    void eachKafkaPartnersTopicsAreDeclaredConfiguredAsTheLocalStackCreatesThem() {
        final Manifests manifests = renderWithPartners();

        final Map<String, Map<String, Object>> expected = projectTopics();
        for (String partner : PARTNERS) {
            for (PartnerTopic topic : PartnerTopic.of(partner).values()) {
                expected.put(topic.name(), withMinInsyncReplicas(topic.topic().config()));
            }
        }

        final List<GenericKubernetesResource> topics = manifests.custom("KafkaTopic");
        assertThat(topics)
                .extracting(topic -> (String) spec(topic).get("topicName"))
                .containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (GenericKubernetesResource topic : topics) {
            final Map<String, Object> spec = spec(topic);
            assertThat(topic.getMetadata().getName()).isEqualTo(spec.get("topicName"));
            assertThat(topic.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", CLUSTER);
            assertThat(spec)
                    .containsEntry("partitions", catalogPartitions((String) spec.get("topicName"), 12))
                    .containsEntry("replicas", 3);
            assertThat(spec.get("config"))
                    .as(topic.getMetadata().getName())
                    .isEqualTo(expected.get(spec.get("topicName")));
        }
        assertThat(expected.get(PartnerTopic.of("hounslow-council")
                        .get(EventKind.JOB_LOSS)
                        .name()))
                .containsEntry("cleanup.policy", "delete")
                .containsEntry("retention.ms", "604800000");
    }

    @Test
    void eachKafkaPartnerMayWriteOnlyItsOwnTopicsNeverAnEventTopicNorAnotherPartnersTopics() {
        final Manifests manifests = renderWithPartners();

        for (String partner : PARTNERS) {
            final GenericKubernetesResource user =
                    manifests.custom("KafkaUser", HelmChart.FULLNAME + "-partner-" + partner);

            assertThat(user.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", CLUSTER);
            assertThat(authentication(user)).isEqualTo("scram-sha-512");
            assertThat(acls(user)).containsExactly("topic:" + PartnerTopic.prefix(partner) + ":prefix=Describe,Write");
            for (PartnerTopic own : PartnerTopic.of(partner).values()) {
                assertThat(mayWrite(user, own.name()))
                        .as(partner + " writes " + own.name())
                        .isTrue();
            }
            final List<String> others = new ArrayList<>(projectTopics().keySet());
            PARTNERS.stream()
                    .filter(other -> !other.equals(partner))
                    .forEach(other -> PartnerTopic.of(other).values().forEach(topic -> others.add(topic.name())));
            // (An id extending this one's with a dot would fall under its prefix: InvalidValuesTest, prefix overlap)
            assertThat(others).as(partner + " may write").noneMatch(topic -> mayWrite(user, topic));
            assertThat(rawAcls(user))
                    .as(partner)
                    .noneMatch(acl ->
                            RecoveryTopics.eventTopicNames().contains(((Map<?, ?>) acl.get("resource")).get("name")));
        }
    }

    @Test
    void onlyTheIngestServiceOfEachKindAndTheViewsServiceMayWriteAnEventTopic() {
        final Manifests manifests = renderWithPartners();

        for (EventKind kind : EventKind.values()) {
            final Set<String> writers = new TreeSet<>();
            for (GenericKubernetesResource user : manifests.custom("KafkaUser")) {
                if (mayWrite(user, kind.topic())) {
                    writers.add(user.getMetadata().getName());
                }
            }
            assertThat(writers)
                    .as(kind.topic())
                    .containsExactlyInAnyOrder(HelmChart.FULLNAME + "-" + kind.id(), HelmChart.FULLNAME + "-streams");
        }
        assertThat(manifests.custom("KafkaUser")).hasSize(5 + PARTNERS.size());
    }

    @Test
    void onlyTheIngestServicesTheReferenceServiceAndTheViewsServiceMayWriteTheSchemasTopic() {
        final Manifests manifests = renderWithPartners();

        assertThat(usersAllowed(manifests, SCHEMAS, "Write")).containsExactlyInAnyOrderElementsOf(SCHEMA_WRITERS);
    }

    @Test
    void onlyTheViewsServiceMayReadTheSchemasTopic() {
        final Manifests manifests = renderWithPartners();

        assertThat(usersAllowed(manifests, SCHEMAS, "Read")).containsExactly(STREAMS);
    }

    @Test
    void onlyTheViewsServiceHasAnyAclOnTheRevisionsTopic() {
        final Manifests manifests = renderWithPartners();

        // The ingest services and the partners neither write nor read the revision log
        assertThat(manifests.custom("KafkaUser"))
                .filteredOn(user -> rawAcls(user).stream().anyMatch(acl -> covers(acl, RecoveryTopics.REVISION)))
                .extracting(user -> user.getMetadata().getName())
                .containsExactly(HelmChart.FULLNAME + "-streams");
    }

    @Test
    void noKafkaPartnerHasAnyAclOnTheSchemasTopic() {
        final Manifests manifests = renderWithPartners();

        for (String partner : PARTNERS) {
            final GenericKubernetesResource user =
                    manifests.custom("KafkaUser", HelmChart.FULLNAME + "-partner-" + partner);
            assertThat(rawAcls(user)).as(partner).isNotEmpty().noneMatch(acl -> covers(acl, SCHEMAS));
        }
    }

    @Test
    void componentsAuthenticateAsTheirOwnKafkaUserWithItsSecret() {
        final Manifests manifests = HelmChart.renderProduction();

        final Set<String> users = manifests.custom("KafkaUser").stream()
                .map(u -> u.getMetadata().getName())
                .collect(Collectors.toSet());
        assertThat(manifests.podTemplates().keySet()).isEqualTo(users);
        manifests.podTemplates().forEach((workload, pod) -> {
            final var container = pod.getSpec().getContainers().get(0);
            assertThat(Manifests.env(container, "KAFKA_USERNAME"))
                    .hasValueSatisfying(env -> assertThat(env.getValue()).isEqualTo(workload));
            assertThat(Manifests.env(container, "KAFKA_PASSWORD"))
                    .hasValueSatisfying(env -> assertThat(
                                    env.getValueFrom().getSecretKeyRef().getName())
                            .isEqualTo(workload));
        });
    }

    @Test
    void withoutStrimziNoStrimziResourceIsRendered() {
        assertThat(HelmChart.renderDefaults().all())
                .noneMatch(resource -> resource.getApiVersion().startsWith("kafka.strimzi.io"));
    }

    private static Manifests renderWithPartners() {
        return HelmChart.render(HelmChart.PRODUCTION_VALUES, HelmChart.testValues("kafka-partners.yaml"));
    }

    /** The project's own topics (not the partners'), each with its expected configuration. */
    private static Map<String, Map<String, Object>> projectTopics() {
        final Map<String, Map<String, Object>> expected = new HashMap<>();
        for (Topic<?, ?> topic : RecoveryTopics.all()) {
            expected.put(topic.name(), withMinInsyncReplicas(topic.config()));
        }
        expected.putIfAbsent(SCHEMAS, withMinInsyncReplicas(SCHEMAS_CONFIG));
        return expected;
    }

    /** A topic's own partition count in the catalogue, or the chart's count for the topics that follow it. */
    private static int catalogPartitions(String topicName, int chartPartitions) {
        return RecoveryTopics.all().stream()
                .filter(topic -> topic.name().equals(topicName) && topic.partitions() != null)
                .map(Topic::partitions)
                .findFirst()
                .orElse(chartPartitions);
    }

    /** Each of the users may create the topic when strimzi.topics does not declare it, and only then. */
    private static void assertMayCreateOnlyWhenStrimziDoesNotDeclare(String topic, Set<String> users) {
        final Manifests created =
                HelmChart.render(List.of(HelmChart.PRODUCTION_VALUES), Map.of("strimzi.topics.enabled", false));
        final Manifests declared = HelmChart.renderProduction();

        for (String user : users) {
            assertThat(mayCreate(created.custom("KafkaUser", user), topic))
                    .as(user + " creates " + topic)
                    .isTrue();
            assertThat(mayCreate(declared.custom("KafkaUser", user), topic))
                    .as(user + " creates declared " + topic)
                    .isFalse();
        }
    }

    /** The names of the KafkaUsers allowed the operation on the topic. */
    private static List<String> usersAllowed(Manifests manifests, String topic, String operation) {
        return manifests.custom("KafkaUser").stream()
                .filter(user -> allows(user, topic, operation))
                .map(user -> user.getMetadata().getName())
                .toList();
    }

    /** Whether an ACL of the user allows writing the topic: a literal name, a prefix of it or {@code *}. */
    private static boolean mayWrite(GenericKubernetesResource user, String topic) {
        return allows(user, topic, "Write");
    }

    private static boolean mayCreate(GenericKubernetesResource user, String topic) {
        return allows(user, topic, "Create");
    }

    /** Whether an ACL of the user allows the operation on the topic (or {@code All}). */
    @SuppressWarnings("unchecked")
    private static boolean allows(GenericKubernetesResource user, String topic, String operation) {
        return rawAcls(user).stream().anyMatch(acl -> {
            final List<String> operations = (List<String>) acl.get("operations");
            return covers(acl, topic) && (operations.contains(operation) || operations.contains("All"));
        });
    }

    /** The names of the user's transactionalId ACLs that allow writing the transactional id. */
    @SuppressWarnings("unchecked")
    private static List<String> transactionalIdsAllowed(GenericKubernetesResource user, String transactionalId) {
        return rawAcls(user).stream()
                .filter(acl -> {
                    final Map<String, Object> resource = (Map<String, Object>) acl.get("resource");
                    final String name = String.valueOf(resource.get("name"));
                    final boolean matches = "prefix".equals(resource.get("patternType"))
                            ? transactionalId.startsWith(name)
                            : transactionalId.equals(name);
                    return "transactionalId".equals(resource.get("type"))
                            && matches
                            && ((List<String>) acl.get("operations")).contains("Write");
                })
                .map(acl -> String.valueOf(((Map<String, Object>) acl.get("resource")).get("name")))
                .toList();
    }

    /** Whether the ACL is on the topic: a literal name, a prefix of it or {@code *}. */
    @SuppressWarnings("unchecked")
    private static boolean covers(Map<String, Object> acl, String topic) {
        final Map<String, Object> resource = (Map<String, Object>) acl.get("resource");
        final String name = String.valueOf(resource.get("name"));
        final boolean matches = "*".equals(name)
                || ("prefix".equals(resource.get("patternType")) ? topic.startsWith(name) : topic.equals(name));
        return "topic".equals(resource.get("type")) && matches;
    }

    private static Map<String, Object> withMinInsyncReplicas(Map<String, String> config) {
        final Map<String, Object> expected = new HashMap<>(config);
        expected.put("min.insync.replicas", "2");
        return expected;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> spec(GenericKubernetesResource resource) {
        return (Map<String, Object>) resource.getAdditionalProperties().get("spec");
    }

    @SuppressWarnings("unchecked")
    private static String authentication(GenericKubernetesResource user) {
        return (String) ((Map<String, Object>) spec(user).get("authentication")).get("type");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rawAcls(GenericKubernetesResource user) {
        final Map<String, Object> authorization =
                (Map<String, Object>) spec(user).get("authorization");
        assertThat(authorization).containsEntry("type", "simple");
        return (List<Map<String, Object>>) authorization.get("acls");
    }

    /** Each ACL as {@code type:name:patternType=Operation,...} (operations sorted), checking it applies to any host. */
    @SuppressWarnings("unchecked")
    private static List<String> acls(GenericKubernetesResource user) {
        return rawAcls(user).stream()
                .map(acl -> {
                    assertThat(acl).containsEntry("host", "*");
                    final Map<String, Object> resource = (Map<String, Object>) acl.get("resource");
                    final String[] operations = ((List<String>) acl.get("operations")).toArray(String[]::new);
                    Arrays.sort(operations);
                    return resource.get("type") + ":" + resource.get("name") + ":" + resource.get("patternType") + "="
                            + String.join(",", operations);
                })
                .toList();
    }
}
