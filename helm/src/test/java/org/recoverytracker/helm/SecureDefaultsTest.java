package org.recoverytracker.helm;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What an installation gets without asking: Kafka with authentication (or an explicit word that the
 * cluster is a development one), HTTP only from the peers the values name, JVMs that exit when out
 * of memory, and no API documentation served.
 */
class SecureDefaultsTest {

    @Test
    void theDefaultValuesAloneAreRefusedAsTheyWouldConnectToKafkaWithoutAuthentication() {
        final String refusal = HelmChart.refusal(List.of(), Map.of());

        assertThat(refusal)
                .contains(
                        "kafka.auth.type none",
                        "Set kafka.auth.type scram-sha-512 or tls",
                        "kafka.allowInsecure: true for a development cluster");
    }

    @Test
    void byDefaultNoPodAcceptsHttpFromPodsTheValuesDoNotName() {
        final List<NetworkPolicy> policies = HelmChart.renderDefaults().all(NetworkPolicy.class);

        // No ingress rule at all (ingest, as ingressFrom is empty) denies every caller; recovery-streams keeps its
        // peers
        assertThat(policies)
                .hasSize(5)
                .allSatisfy(policy -> assertThat(ingress(policy))
                        .as(policy.getMetadata().getName())
                        .allSatisfy(rule -> assertThat(rule.getFrom())
                                .as("an ingress rule open to any pod")
                                .isNotEmpty()));
        // The same check catches the open rule allowExternal gives
        final List<NetworkPolicy> open = HelmChart.renderDefaults(Map.of("networkPolicy.allowExternal", true))
                .all(NetworkPolicy.class);
        assertThat(open)
                .hasSize(5)
                .allSatisfy(policy -> assertThat(ingress(policy))
                        .anySatisfy(rule -> assertThat(rule.getFrom()).isEmpty()));
    }

    private static List<NetworkPolicyIngressRule> ingress(NetworkPolicy policy) {
        return policy.getSpec().getIngress() == null
                ? List.of()
                : policy.getSpec().getIngress();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recoverytracker.helm.RenderedValues#defaultAndProduction")
    void everyJvmExitsWhenOutOfMemorySoThatKubernetesRestartsIt(String values, Manifests manifests) {
        assertThat(manifests.podTemplates()).hasSize(5);
        manifests.podTemplates().forEach((workload, pod) -> {
            final Container container = pod.getSpec().getContainers().get(0);
            assertThat(PodEnvironment.of(manifests, container).variables().get("JAVA_TOOL_OPTIONS"))
                    .as(workload)
                    .contains("-XX:+ExitOnOutOfMemoryError");
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recoverytracker.helm.RenderedValues#defaultAndProduction")
    void noServiceServesItsOpenApiDocumentOrSwaggerUi(String values, Manifests manifests) {
        assertThat(manifests.podTemplates()).hasSize(5);
        manifests.podTemplates().forEach((workload, pod) -> {
            final PodEnvironment environment =
                    PodEnvironment.of(manifests, pod.getSpec().getContainers().get(0));
            assertThat(environment
                            .binder()
                            .bind("springdoc.api-docs.enabled", Boolean.class)
                            .get())
                    .as(workload)
                    .isFalse();
            assertThat(environment
                            .binder()
                            .bind("springdoc.swagger-ui.enabled", Boolean.class)
                            .get())
                    .as(workload)
                    .isFalse();
        });
    }

    @Test
    void apiDocsEnabledLeavesTheServicesTheirOwnSetting() {
        final Manifests manifests = HelmChart.renderDefaults(Map.of("apiDocs.enabled", true));

        manifests.podTemplates().forEach((workload, pod) -> {
            final PodEnvironment environment =
                    PodEnvironment.of(manifests, pod.getSpec().getContainers().get(0));
            assertThat(environment
                            .binder()
                            .bind("springdoc.api-docs.enabled", Boolean.class)
                            .isBound())
                    .as(workload)
                    .isFalse();
            assertThat(environment
                            .binder()
                            .bind("springdoc.swagger-ui.enabled", Boolean.class)
                            .isBound())
                    .as(workload)
                    .isFalse();
        });
    }
}
