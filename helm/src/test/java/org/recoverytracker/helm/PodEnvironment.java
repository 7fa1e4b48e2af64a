package org.recoverytracker.helm;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The environment a container would see, resolved as the kubelet does: the variables of its
 * envFrom ConfigMaps, then its env entries, with {@code $(VAR)} references expanded. Values from
 * the downward API and from Secrets are stand-ins: a field's path in the pod ({@link #POD_IP} for
 * {@code status.podIP}) and {@code <secret>/<key>} for a Secret key. A {@link Binder} over it binds
 * the services' own configuration properties exactly as Spring Boot binds environment variables.
 */
final class PodEnvironment {

    static final String POD_IP = "10.1.2.3";
    private static final Pattern REFERENCE = Pattern.compile("\\$\\(([A-Za-z_][A-Za-z0-9_]*)\\)");

    private final Map<String, String> variables;

    private PodEnvironment(Map<String, String> variables) {
        this.variables = Map.copyOf(variables);
    }

    static PodEnvironment of(Manifests manifests, Container container) {
        final Map<String, String> variables = new LinkedHashMap<>();
        container
                .getEnvFrom()
                .forEach(source -> variables.putAll(manifests
                        .get(ConfigMap.class, source.getConfigMapRef().getName())
                        .getData()));
        final List<EnvVar> env = container.getEnv();
        for (EnvVar variable : env) {
            variables.put(
                    variable.getName(),
                    variable.getValueFrom() == null
                            ? expand(variable.getValue(), variables)
                            : standIn(variable.getValueFrom()));
        }
        return new PodEnvironment(variables);
    }

    /** The stand-in value of a Secret key. */
    static String secret(String name, String key) {
        return name + "/" + key;
    }

    Map<String, String> variables() {
        return variables;
    }

    Binder binder() {
        final MutablePropertySources sources = new MutablePropertySources();
        sources.addFirst(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new LinkedHashMap<>(variables)));
        return new Binder(ConfigurationPropertySources.from(sources));
    }

    <T> T bind(String prefix, Class<T> type) {
        return binder().bind(prefix, type).orElseThrow(() -> new AssertionError("nothing binds to " + prefix));
    }

    private static String standIn(EnvVarSource source) {
        if (source.getFieldRef() != null) {
            return "status.podIP".equals(source.getFieldRef().getFieldPath())
                    ? POD_IP
                    : source.getFieldRef().getFieldPath();
        }
        if (source.getSecretKeyRef() != null) {
            return secret(
                    source.getSecretKeyRef().getName(), source.getSecretKeyRef().getKey());
        }
        throw new AssertionError("unexpected env source " + source);
    }

    /** Kubernetes' expansion: $(VAR) of a variable defined before; anything else stays as it is. */
    private static String expand(String value, Map<String, String> defined) {
        if (value == null) {
            return "";
        }
        final Matcher matcher = REFERENCE.matcher(value);
        final StringBuilder expanded = new StringBuilder();
        while (matcher.find()) {
            final String replacement = defined.getOrDefault(matcher.group(1), matcher.group());
            matcher.appendReplacement(expanded, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(expanded);
        return expanded.toString();
    }
}
