package org.recoverytracker.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import org.junit.jupiter.api.Test;
import org.recoverytracker.schemas.EventKind;
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

    @Test
    void kafkaTopicsAreTheTopicsTheServicesUseConfiguredAsTheServicesCreateThem() {
        final Manifests manifests = HelmChart.renderProduction();

        final Map<String, Map<String, Object>> expected = new HashMap<>();
        for (Topic<?, ?> topic : RecoveryTopics.all()) {
            expected.put(topic.name(), withMinInsyncReplicas(topic.config()));
        }

        final List<GenericKubernetesResource> topics = manifests.custom("KafkaTopic");
        assertThat(topics).extracting(topic -> (String) spec(topic).get("topicName"))
                .containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (GenericKubernetesResource topic : topics) {
            final Map<String, Object> spec = spec(topic);
            assertThat(topic.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", CLUSTER);
            assertThat(spec).containsEntry("partitions", 12).containsEntry("replicas", 3);
            assertThat(spec.get("config")).as(topic.getMetadata().getName()).isEqualTo(expected.get(spec.get("topicName")));
        }
    }

    @Test
    void eachIngestUserMayWriteOnlyItsOwnTopicAndTransactions() {
        final Manifests manifests = HelmChart.renderProduction();

        for (EventKind kind : EventKind.values()) {
            final GenericKubernetesResource user = manifests.custom("KafkaUser", HelmChart.FULLNAME + "-" + kind.id());

            assertThat(user.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", CLUSTER);
            assertThat(authentication(user)).isEqualTo("scram-sha-512");
            // PublishingConfiguration prefixes each instance's transactional ids with recovery-ingest-<kind>-
            assertThat(acls(user)).containsExactlyInAnyOrder(
                    "topic:" + kind.topic() + ":literal=Describe,Write",
                    "transactionalId:recovery-ingest-" + kind.id() + "-:prefix=Describe,Write");
        }
    }

    @Test
    void ingestUsersMayCreateTheirTopicOnlyWhenStrimziDoesNotDeclareIt() {
        final Manifests manifests = HelmChart.render(List.of(HelmChart.PRODUCTION_VALUES), Map.of("strimzi.topics.enabled", false));

        final GenericKubernetesResource user = manifests.custom("KafkaUser", HelmChart.FULLNAME + "-job-loss");

        assertThat(manifests.custom("KafkaTopic")).isEmpty();
        assertThat(acls(user)).contains("topic:" + EventKind.JOB_LOSS.topic() + ":literal=Create,Describe,Write");
    }

    @Test
    void streamsUserMayReadEventsWriteDeadLettersAndOwnItsInternalTopicsGroupAndTransactions() {
        final Manifests manifests = HelmChart.renderProduction();

        final GenericKubernetesResource user = manifests.custom("KafkaUser", HelmChart.FULLNAME + "-streams");

        final String internal = ViewStores.APPLICATION_ID + "-";
        final Set<String> expected = RecoveryTopics.eventTopicNames().stream()
                .map(topic -> "topic:" + topic + ":literal=Describe,Read")
                .collect(Collectors.toSet());
        expected.add("topic:" + RecoveryTopics.DEAD_LETTER + ":literal=Describe,Write");
        expected.add("topic:" + internal + ":prefix=Create,Delete,Describe,DescribeConfigs,Read,Write");
        expected.add("group:" + ViewStores.APPLICATION_ID + ":literal=Describe,Read");
        expected.add("transactionalId:" + internal + ":prefix=Describe,Write");
        assertThat(acls(user)).containsExactlyInAnyOrderElementsOf(expected);
        // The repartition topic the views read their partition count from is one of the internal topics
        assertThat(ViewStores.placeDeltasTopic(ViewStores.APPLICATION_ID)).startsWith(internal);
    }

    @Test
    void componentsAuthenticateAsTheirOwnKafkaUserWithItsSecret() {
        final Manifests manifests = HelmChart.renderProduction();

        final Set<String> users = manifests.custom("KafkaUser").stream().map(u -> u.getMetadata().getName())
                .collect(Collectors.toSet());
        assertThat(manifests.podTemplates().keySet()).isEqualTo(users);
        manifests.podTemplates().forEach((workload, pod) -> {
            final var container = pod.getSpec().getContainers().get(0);
            assertThat(Manifests.env(container, "KAFKA_USERNAME")).hasValueSatisfying(env -> assertThat(env.getValue()).isEqualTo(workload));
            assertThat(Manifests.env(container, "KAFKA_PASSWORD")).hasValueSatisfying(env ->
                    assertThat(env.getValueFrom().getSecretKeyRef().getName()).isEqualTo(workload));
        });
    }

    @Test
    void withoutStrimziNoStrimziResourceIsRendered() {
        assertThat(HelmChart.renderDefaults().all()).noneMatch(resource -> resource.getApiVersion().startsWith("kafka.strimzi.io"));
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

    /** Each ACL as {@code type:name:patternType=Operation,...} (operations sorted), checking it applies to any host. */
    @SuppressWarnings("unchecked")
    private static List<String> acls(GenericKubernetesResource user) {
        final Map<String, Object> authorization = (Map<String, Object>) spec(user).get("authorization");
        assertThat(authorization).containsEntry("type", "simple");
        return ((List<Map<String, Object>>) authorization.get("acls")).stream().map(acl -> {
            assertThat(acl).containsEntry("host", "*");
            final Map<String, Object> resource = (Map<String, Object>) acl.get("resource");
            final String[] operations = ((List<String>) acl.get("operations")).toArray(String[]::new);
            Arrays.sort(operations);
            return resource.get("type") + ":" + resource.get("name") + ":" + resource.get("patternType")
                    + "=" + String.join(",", operations);
        }).toList();
    }
}
