package org.recoverytracker.helm;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Who can reach what: the Ingress routes the contract's paths, the NetworkPolicies fence the pods. */
class RoutingAndNetworkPolicyTest {

    private static final String STREAMS = HelmChart.FULLNAME + "-streams";

    @Test
    void ingressRoutesEachContractPathToTheServiceThatServesIt() {
        final Ingress ingress = HelmChart.renderProduction().get(Ingress.class, HelmChart.FULLNAME);

        assertThat(ingress.getSpec().getIngressClassName()).isEqualTo("nginx");
        assertThat(ingress.getSpec().getTls()).singleElement().satisfies(tls -> {
            assertThat(tls.getHosts()).containsExactly("recovery.example.com");
            assertThat(tls.getSecretName()).isEqualTo("recovery-tracker-tls");
        });
        assertThat(ingress.getSpec().getRules())
                .singleElement()
                .satisfies(rule -> assertThat(rule.getHost()).isEqualTo("recovery.example.com"));
        assertThat(routes(ingress))
                .containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                        Map.entry("Prefix /v1/job-losses", HelmChart.FULLNAME + "-job-loss"),
                        Map.entry("Prefix /v1/business-support", HelmChart.FULLNAME + "-business-support"),
                        Map.entry("Prefix /v1/green-economy", HelmChart.FULLNAME + "-green-economy"),
                        Map.entry("Prefix /v1/places", STREAMS),
                        Map.entry("Prefix /v1/regions", STREAMS),
                        Map.entry("Prefix /v1/uk", STREAMS),
                        Map.entry("Exact /", STREAMS),
                        Map.entry("Prefix /places", STREAMS),
                        Map.entry("Prefix /downloads", STREAMS),
                        Map.entry("Prefix /dashboard", STREAMS),
                        Map.entry("Prefix /webjars", STREAMS),
                        Map.entry("Prefix /assets", STREAMS)));
    }

    @Test
    void ingressNeverExposesActuatorOrThePeersInternalApi() {
        final Ingress ingress = HelmChart.renderProduction().get(Ingress.class, HelmChart.FULLNAME);

        assertThat(paths(ingress)).allSatisfy(path -> {
            final boolean catchAll = path.getPath().equals("/") && !"Exact".equals(path.getPathType());
            assertThat(catchAll).as(path.getPath() + " " + path.getPathType()).isFalse();
            assertThat(path.getPath()).doesNotStartWith("/actuator").doesNotStartWith("/internal");
        });
        assertThat(HelmChart.renderDefaults().all(Ingress.class)).isEmpty();
    }

    @Test
    void ingestPodsMayReachOnlyKafkaAndDns() {
        final NetworkPolicy policy =
                HelmChart.renderProduction().get(NetworkPolicy.class, HelmChart.FULLNAME + "-job-loss");

        assertThat(policy.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
        assertThat(policy.getSpec().getPodSelector().getMatchLabels())
                .containsEntry("app.kubernetes.io/component", "job-loss");
        final List<NetworkPolicyEgressRule> egress = policy.getSpec().getEgress();
        assertThat(egress).hasSize(3);
        assertThat(ports(egress.get(0))).containsExactlyInAnyOrder("UDP/53", "TCP/53");
        assertThat(ports(egress.get(1))).containsExactly("TCP/9093");
        assertThat(egress.get(1).getTo())
                .singleElement()
                .satisfies(kafka -> assertThat(kafka.getPodSelector().getMatchLabels())
                        .containsEntry("strimzi.io/cluster", "recovery-kafka"));
        // With a JWT issuer configured, its keys are fetched over HTTPS
        assertThat(ports(egress.get(2))).containsExactly("TCP/443");
    }

    @Test
    void kafkaEgressFollowsTheBootstrapServersPorts() {
        final NetworkPolicy policy = HelmChart.render(HelmChart.testValues("managed-kafka-pkcs12.yaml"))
                .get(NetworkPolicy.class, HelmChart.FULLNAME + "-green-economy");

        assertThat(ports(policy.getSpec().getEgress().get(1))).containsExactly("TCP/9094");
        assertThat(policy.getSpec().getEgress()).hasSize(2);
    }

    @Test
    void streamsPodsMayReachKafkaDnsTheirPeersAndTheJwtIssuerOnly() {
        final NetworkPolicy policy = HelmChart.renderProduction().get(NetworkPolicy.class, STREAMS);

        final List<NetworkPolicyEgressRule> egress = policy.getSpec().getEgress();
        assertThat(egress).hasSize(4);
        // The drill-down takes bearer tokens too, so the issuer's keys are fetched over HTTPS
        assertThat(ports(egress.get(3))).containsExactly("TCP/443");
        assertThat(ports(egress.get(0))).containsExactlyInAnyOrder("UDP/53", "TCP/53");
        assertThat(ports(egress.get(1))).containsExactly("TCP/9093");
        assertThat(ports(egress.get(2))).containsExactly("TCP/8080");
        assertThat(egress.get(2).getTo())
                .singleElement()
                .satisfies(peer -> assertThat(peer.getPodSelector().getMatchLabels())
                        .isEqualTo(policy.getSpec().getPodSelector().getMatchLabels()));
        assertThat(policy.getSpec().getIngress())
                .flatExtracting(rule -> rule.getFrom())
                .extracting(NetworkPolicyPeer::getPodSelector)
                .anySatisfy(peers -> assertThat(peers)
                        .isNotNull()
                        .satisfies(selector -> assertThat(selector.getMatchLabels())
                                .isEqualTo(policy.getSpec().getPodSelector().getMatchLabels())));
    }

    @Test
    void productionAcceptsHttpOnlyFromTheIngressControllerAndPrometheus() {
        final NetworkPolicy policy =
                HelmChart.renderProduction().get(NetworkPolicy.class, HelmChart.FULLNAME + "-business-support");

        assertThat(policy.getSpec().getIngress()).singleElement().satisfies(rule -> {
            assertThat(rule.getFrom())
                    .extracting(
                            peer -> peer.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name"))
                    .containsExactlyInAnyOrder("ingress-nginx", "monitoring");
            assertThat(rule.getPorts())
                    .extracting(port -> port.getPort().getStrVal())
                    .containsExactly("http");
        });
    }

    private static List<HTTPIngressPath> paths(Ingress ingress) {
        return ingress.getSpec().getRules().stream()
                .flatMap(rule -> rule.getHttp().getPaths().stream())
                .toList();
    }

    private static Map<String, String> routes(Ingress ingress) {
        return paths(ingress).stream()
                .collect(Collectors.toMap(path -> path.getPathType() + " " + path.getPath(), path -> {
                    assertThat(path.getBackend().getService().getPort().getName())
                            .isEqualTo("http");
                    return path.getBackend().getService().getName();
                }));
    }

    private static List<String> ports(NetworkPolicyEgressRule rule) {
        return rule.getPorts().stream().map(RoutingAndNetworkPolicyTest::port).toList();
    }

    private static String port(NetworkPolicyPort port) {
        return port.getProtocol() + "/"
                + (port.getPort().getIntVal() != null
                        ? port.getPort().getIntVal()
                        : port.getPort().getStrVal());
    }
}
