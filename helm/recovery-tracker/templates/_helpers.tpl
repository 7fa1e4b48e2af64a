{{/*
Names, labels and the pieces every component's pod shares.
*/}}

{{- define "recovery-tracker.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* <release>-<chart>, or the release name when it already holds the chart name. */}}
{{- define "recovery-tracker.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{- define "recovery-tracker.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Name of a component's resources: (dict "root" $ "component" "job-loss") */}}
{{- define "recovery-tracker.componentName" -}}
{{- printf "%s-%s" (include "recovery-tracker.fullname" .root | trunc 48 | trimSuffix "-") .component | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "recovery-tracker.selectorLabels" -}}
app.kubernetes.io/name: {{ include "recovery-tracker.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "recovery-tracker.labels" -}}
helm.sh/chart: {{ include "recovery-tracker.chart" . }}
{{ include "recovery-tracker.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: recovery-tracker
{{- with .Values.commonLabels }}
{{ toYaml . }}
{{- end }}
{{- end -}}

{{/* (dict "root" $ "component" "job-loss") */}}
{{- define "recovery-tracker.componentSelectorLabels" -}}
{{ include "recovery-tracker.selectorLabels" .root }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{- define "recovery-tracker.componentLabels" -}}
{{ include "recovery-tracker.labels" .root }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{/* metadata.annotations of every resource, with extra ones: (dict "root" $ "extra" map) */}}
{{- define "recovery-tracker.annotations" -}}
{{- $all := merge (dict) (default (dict) .extra) .root.Values.commonAnnotations -}}
{{- if $all -}}
annotations:
  {{- toYaml $all | nindent 2 }}
{{- end }}
{{- end -}}

{{/*
The ingest services: what the chart knows about each (its path, topic and transactional id prefix
come from the services' code and the contract, not from values).
*/}}
{{- define "recovery-tracker.ingestKinds" -}}
jobLoss:
  component: job-loss
  kind: job-loss
  localPort: 8081
  application: job-loss-service
  path: /v1/job-losses
  topic: recovery.job-loss.v1
businessSupport:
  component: business-support
  kind: business-support
  localPort: 8082
  application: business-support-service
  path: /v1/business-support
  topic: recovery.business-support.v1
greenEconomy:
  component: green-economy
  kind: green-economy
  localPort: 8083
  application: green-economy-service
  path: /v1/green-economy
  topic: recovery.green-economy.v1
{{- end -}}

{{/*
The services built on libs/ingest-common (partners' API keys and bearer tokens, the recovery.ingest.*
limits, transactional publishing): the three ingest services and the reference service, keyed as in
the ingest values. Each is a Deployment configured alike from ingest.*; what differs comes from the
services' code and the contract: its paths, the topics its KafkaUser may use (and why) and the prefix
of its transactional ids.
*/}}
{{- define "recovery-tracker.ingestServices" -}}
{{- range $key, $kind := include "recovery-tracker.ingestKinds" . | fromYaml }}
{{ $key }}:
  component: {{ $kind.component }}
  localPort: {{ $kind.localPort }}
  paths: [{{ $kind.path }}]
  topics:
    - name: {{ $kind.topic }}
      operations: [Write, Describe]
      why: Publish its own kind's events (idempotent, acks=all)
    - name: {{ include "recovery-tracker.schemasTopic" $ }}
      operations: [Write, Describe]
      why: Publish the writer schemas it writes with, so that older instances can read its records
  transactionalIdPrefix: recovery-ingest-{{ $kind.kind }}-
{{- end }}
reference:
  component: reference
  localPort: 8084
  paths: [/v1/areas, /v1/baselines]
  topics:
    - name: {{ include "recovery-tracker.areasTopic" . }}
      operations: [Read, Write, Describe]
      why: Publish partners' areas, and read them all from the start (assign, no group) to know each area's owner
    - name: {{ include "recovery-tracker.baselinesTopic" . }}
      operations: [Write, Describe]
      why: Publish partners' baselines (idempotent, acks=all)
    - name: {{ include "recovery-tracker.schemasTopic" . }}
      operations: [Write, Describe]
      why: Publish the writer schemas of areas and baselines, as the ingest services publish theirs (readiness waits for it)
  transactionalIdPrefix: recovery-reference-
{{- end -}}

{{- define "recovery-tracker.deadLetterTopic" -}}recovery.dead-letter.v1{{- end -}}

{{/*
The revision log (org.recoverytracker.schemas.RecoveryTopics.REVISIONS): every change of a place, sector
and week view, before and after, with its cause (key: the place code; value: JSON). Written by
recovery-streams in the same transaction as the views; never compacted and kept for ever, as it is
the history that as-of questions are answered from.
*/}}
{{- define "recovery-tracker.revisionsTopic" -}}recovery.revisions.v1{{- end -}}

{{/*
Reference data (org.recoverytracker.schemas.RecoveryTopics.AREAS and BASELINES), written by the
reference service and read whole by recovery-streams: partners' areas (key: the areaId) and baselines
(key: partner/baselineId); values Avro, single-object encoded.
*/}}
{{- define "recovery-tracker.areasTopic" -}}recovery.areas.v1{{- end -}}
{{- define "recovery-tracker.baselinesTopic" -}}recovery.baselines.v1{{- end -}}

{{/*
The open releases (org.recoverytracker.schemas.RecoveryTopics.RELEASES): every figure of every release
of the disclosure-controlled open views (key: releaseId|scope...; value: JSON) and a header per release,
written by recovery-streams in one transaction so that a release is seen whole or not at all, and read
back whole by every instance as a global store.
*/}}
{{- define "recovery-tracker.releasesTopic" -}}recovery.releases.v1{{- end -}}

{{/*
What the latest release's figures were worked out from (RecoveryTopics.RELEASE_BASES): each figure's
contributions per organisation (under a hash of the organisation, never its name), which the next
release compares with. Written and read only by recovery-streams, when it cuts a release.
*/}}
{{- define "recovery-tracker.releaseBasisTopic" -}}recovery.release-basis.v1{{- end -}}

{{/*
The writer schemas (compacted): every service that writes events publishes the Avro schemas it
writes with (key: the schema's 64-bit fingerprint in hex; value: the schema's JSON), so that an
instance of an older build can read records written with a newer compatible schema during a
rolling upgrade. Written by the ingest services and recovery-streams, read by recovery-streams.
*/}}
{{- define "recovery-tracker.schemasTopic" -}}recovery.schemas.v1{{- end -}}

{{/*
Partners' own topics (org.recoverytracker.schemas.PartnerTopic): recovery.partner.<id>.<kind>.v1.
A partner's principal may write only the topics that start with its prefix recovery.partner.<id>.
*/}}
{{- define "recovery-tracker.partnerTopicsPrefix" -}}recovery.partner.{{- end -}}

{{/* The KafkaUser of a partner: (dict "root" $ "id" "hounslow-council") */}}
{{- define "recovery-tracker.partnerUser" -}}
{{- printf "%s-partner-%s" (include "recovery-tracker.fullname" .root) .id -}}
{{- end -}}

{{/* image reference: (dict "root" $ "image" .Values.ingest.jobLoss.image) */}}
{{- define "recovery-tracker.image" -}}
{{- $registry := .root.Values.image.registry -}}
{{- $repository := .image.repository -}}
{{- $ref := ternary (printf "%s/%s" $registry $repository) $repository (ne $registry "") -}}
{{- if .image.digest -}}
{{- printf "%s@%s" $ref .image.digest -}}
{{- else -}}
{{- printf "%s:%s" $ref (default .root.Chart.AppVersion .root.Values.image.tag) -}}
{{- end -}}
{{- end -}}

{{- define "recovery-tracker.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "recovery-tracker.fullname" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{- define "recovery-tracker.partnersSecret" -}}
{{- default (printf "%s-partners" (include "recovery-tracker.fullname" .)) .Values.partners.apiKeys.existingSecret -}}
{{- end -}}

{{- define "recovery-tracker.jwtEnabled" -}}
{{- if or .Values.partners.jwt.issuerUri .Values.partners.jwt.jwkSetUri -}}true{{- end -}}
{{- end -}}

{{/* Kafka user and credentials Secret of a component: (dict "root" $ "component" "job-loss") */}}
{{- define "recovery-tracker.kafkaUser" -}}
{{- $root := .root -}}
{{- if $root.Values.kafka.auth.username -}}
{{- $root.Values.kafka.auth.username -}}
{{- else -}}
{{- include "recovery-tracker.componentName" . -}}
{{- end -}}
{{- end -}}

{{- define "recovery-tracker.kafkaCredentialsSecret" -}}
{{- $root := .root -}}
{{- if $root.Values.kafka.auth.existingSecret -}}
{{- $root.Values.kafka.auth.existingSecret -}}
{{- else -}}
{{- include "recovery-tracker.componentName" . -}}
{{- end -}}
{{- end -}}

{{- define "recovery-tracker.kafkaSecurityProtocol" -}}
{{- $sasl := eq .Values.kafka.auth.type "scram-sha-512" -}}
{{- if .Values.kafka.tls.enabled -}}
{{- ternary "SASL_SSL" "SSL" $sasl -}}
{{- else -}}
{{- ternary "SASL_PLAINTEXT" "PLAINTEXT" $sasl -}}
{{- end -}}
{{- end -}}

{{/*
Kafka connection settings that are not secret, as environment variables (a ConfigMap's data).
Spring's relaxed binding maps each to spring.kafka.*.
*/}}
{{- define "recovery-tracker.kafkaConfigEnv" -}}
SPRING_KAFKA_BOOTSTRAP_SERVERS: {{ .Values.kafka.bootstrapServers | quote }}
SPRING_KAFKA_SECURITY_PROTOCOL: {{ include "recovery-tracker.kafkaSecurityProtocol" . | quote }}
{{- if .Values.kafka.tls.enabled }}
SPRING_KAFKA_SSL_TRUST_STORE_LOCATION: {{ printf "file:/etc/recovery/kafka-ca/%s" .Values.kafka.tls.caKey | quote }}
SPRING_KAFKA_SSL_TRUST_STORE_TYPE: {{ .Values.kafka.tls.caType | quote }}
{{- end }}
{{- if eq .Values.kafka.auth.type "scram-sha-512" }}
SPRING_KAFKA_PROPERTIES_SASL_MECHANISM: "SCRAM-SHA-512"
{{- else if eq .Values.kafka.auth.type "tls" }}
SPRING_KAFKA_SSL_KEY_STORE_TYPE: {{ .Values.kafka.auth.tlsFormat | quote }}
{{- if eq .Values.kafka.auth.tlsFormat "PKCS12" }}
SPRING_KAFKA_SSL_KEY_STORE_LOCATION: {{ printf "file:/etc/recovery/kafka-user/%s" .Values.kafka.auth.keystoreKey | quote }}
{{- end }}
{{- end }}
{{- end -}}

{{/*
OpenAPI document and Swagger UI: off unless apiDocs.enabled (the services serve them by default,
which suits a developer's machine, not a production API).
*/}}
{{/*
Where partners' JWT bearer tokens come from and how their claims are read, as env entries: the same
for the ingest services and the views service (its drill-down), so a token works on both.
*/}}
{{- define "recovery-tracker.jwtEnv" -}}
{{- with .Values.partners.jwt }}
{{- if .issuerUri }}
SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI: {{ .issuerUri | quote }}
{{- end }}
{{- if .jwkSetUri }}
SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI: {{ .jwkSetUri | quote }}
{{- end }}
{{- if .audience }}
SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUDIENCES: {{ .audience | quote }}
{{- end }}
RECOVERY_JWT_PARTNER_CLAIM: {{ .partnerClaim | quote }}
RECOVERY_JWT_PLACES_CLAIM: {{ .placesClaim | quote }}
{{- end }}
{{- end -}}

{{- define "recovery-tracker.apiDocsEnv" -}}
{{- if not .Values.apiDocs.enabled }}
SPRINGDOC_API_DOCS_ENABLED: "false"
SPRINGDOC_SWAGGER_UI_ENABLED: "false"
{{- end }}
{{- end -}}

{{/*
Kafka settings that come from Secrets, as container env entries: (dict "root" $ "component" "job-loss").
The SCRAM password is expanded into the JAAS configuration by Kubernetes ($(KAFKA_PASSWORD)), so it
never appears in values or in a ConfigMap.
*/}}
{{- define "recovery-tracker.kafkaSecretEnv" -}}
{{- $root := .root -}}
{{- $secret := include "recovery-tracker.kafkaCredentialsSecret" . -}}
{{- if and $root.Values.kafka.tls.enabled $root.Values.kafka.tls.caPasswordKey }}
- name: SPRING_KAFKA_SSL_TRUST_STORE_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ $root.Values.kafka.tls.caSecret }}
      key: {{ $root.Values.kafka.tls.caPasswordKey }}
{{- end }}
{{- if eq $root.Values.kafka.auth.type "scram-sha-512" }}
- name: KAFKA_USERNAME
  value: {{ include "recovery-tracker.kafkaUser" . | quote }}
- name: KAFKA_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ $secret }}
      key: {{ $root.Values.kafka.auth.passwordKey }}
- name: SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG
  value: 'org.apache.kafka.common.security.scram.ScramLoginModule required username="$(KAFKA_USERNAME)" password="$(KAFKA_PASSWORD)";'
{{- else if and (eq $root.Values.kafka.auth.type "tls") (eq $root.Values.kafka.auth.tlsFormat "PEM") }}
- name: SPRING_KAFKA_SSL_KEY_STORE_CERTIFICATE_CHAIN
  valueFrom:
    secretKeyRef:
      name: {{ $secret }}
      key: {{ $root.Values.kafka.auth.certificateKey }}
- name: SPRING_KAFKA_SSL_KEY_STORE_KEY
  valueFrom:
    secretKeyRef:
      name: {{ $secret }}
      key: {{ $root.Values.kafka.auth.privateKeyKey }}
{{- else if eq $root.Values.kafka.auth.type "tls" }}
- name: SPRING_KAFKA_SSL_KEY_STORE_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ $secret }}
      key: {{ $root.Values.kafka.auth.keystorePasswordKey }}
{{- end }}
{{- end -}}

{{/* Volumes for Kafka TLS: (dict "root" $ "component" "job-loss") */}}
{{- define "recovery-tracker.kafkaVolumes" -}}
{{- $root := .root -}}
{{- if $root.Values.kafka.tls.enabled }}
- name: kafka-ca
  secret:
    secretName: {{ $root.Values.kafka.tls.caSecret }}
    items:
      - key: {{ $root.Values.kafka.tls.caKey }}
        path: {{ $root.Values.kafka.tls.caKey }}
{{- end }}
{{- if and (eq $root.Values.kafka.auth.type "tls") (eq $root.Values.kafka.auth.tlsFormat "PKCS12") }}
- name: kafka-user
  secret:
    secretName: {{ include "recovery-tracker.kafkaCredentialsSecret" . }}
    items:
      - key: {{ $root.Values.kafka.auth.keystoreKey }}
        path: {{ $root.Values.kafka.auth.keystoreKey }}
{{- end }}
{{- end -}}

{{- define "recovery-tracker.kafkaVolumeMounts" -}}
{{- if .Values.kafka.tls.enabled }}
- name: kafka-ca
  mountPath: /etc/recovery/kafka-ca
  readOnly: true
{{- end }}
{{- if and (eq .Values.kafka.auth.type "tls") (eq .Values.kafka.auth.tlsFormat "PKCS12") }}
- name: kafka-user
  mountPath: /etc/recovery/kafka-user
  readOnly: true
{{- end }}
{{- end -}}

{{/* Probes on the actuator health groups: (dict "probes" .Values.ingest.probes) */}}
{{- define "recovery-tracker.probes" -}}
startupProbe:
  httpGet:
    path: /actuator/health/liveness
    port: http
  periodSeconds: {{ .probes.startup.periodSeconds }}
  failureThreshold: {{ .probes.startup.failureThreshold }}
livenessProbe:
  httpGet:
    path: /actuator/health/liveness
    port: http
  periodSeconds: {{ .probes.liveness.periodSeconds }}
  failureThreshold: {{ .probes.liveness.failureThreshold }}
readinessProbe:
  httpGet:
    path: /actuator/health/readiness
    port: http
  periodSeconds: {{ .probes.readiness.periodSeconds }}
  failureThreshold: {{ .probes.readiness.failureThreshold }}
{{- end -}}

{{/* Affinity: explicit, or the anti-affinity preset. (dict "root" $ "component" c "affinity" a "preset" p) */}}
{{- define "recovery-tracker.affinity" -}}
{{- if .affinity -}}
{{- toYaml .affinity -}}
{{- else if eq .preset "soft" -}}
podAntiAffinity:
  preferredDuringSchedulingIgnoredDuringExecution:
    - weight: 100
      podAffinityTerm:
        topologyKey: kubernetes.io/hostname
        labelSelector:
          matchLabels:
            {{- include "recovery-tracker.componentSelectorLabels" . | nindent 12 }}
{{- else if eq .preset "hard" -}}
podAntiAffinity:
  requiredDuringSchedulingIgnoredDuringExecution:
    - topologyKey: kubernetes.io/hostname
      labelSelector:
        matchLabels:
          {{- include "recovery-tracker.componentSelectorLabels" . | nindent 10 }}
{{- end -}}
{{- end -}}

{{/* The alert rules file, parsed; the chart fails when it is missing or not YAML. */}}
{{- define "recovery-tracker.alertRules" -}}
{{- $path := "files/prometheus-rules/recovery-alerts.yaml" -}}
{{- $text := .Files.Get $path -}}
{{- if not $text -}}
{{- fail (printf "%s is missing from the chart: the PrometheusRule is built from it" $path) -}}
{{- end -}}
{{- $rules := fromYaml $text -}}
{{- if or (hasKey $rules "Error") (not (hasKey $rules "groups")) -}}
{{- fail (printf "%s must be a Prometheus rule file with a top-level groups: list" $path) -}}
{{- end -}}
{{- toYaml $rules -}}
{{- end -}}

{{/*
Sets a parsed dashboard's page_url variable to metrics.dashboards.pageUrl (the base of the links to
each figure's provenance page). Without a page URL it drops the data links built on page_url
instead: they would lead to a /places/... path on Grafana's own host, which serves no such page.
Changes the dashboard in place and renders nothing.
*/}}
{{- define "recovery-tracker.dashboardPageUrl" -}}
{{- $pageUrl := .pageUrl -}}
{{- range (dig "templating" "list" (list) .dashboard) -}}
{{- if eq (get . "name") "page_url" -}}
{{- $_ := set . "query" $pageUrl -}}
{{- $_ := set . "current" (dict "text" $pageUrl "value" $pageUrl) -}}
{{- end -}}
{{- end -}}
{{- if not $pageUrl -}}
{{- include "recovery-tracker.dropPageLinks" (get .dashboard "panels" | default (list)) -}}
{{- end -}}
{{- end -}}

{{/* Removes the data links built on page_url from the panels (and the panels of rows). */}}
{{- define "recovery-tracker.dropPageLinks" -}}
{{- range . -}}
{{- $defaults := dig "fieldConfig" "defaults" (dict) . -}}
{{- if hasKey $defaults "links" -}}
{{- $kept := list -}}
{{- range (get $defaults "links" | default (list)) -}}
{{- if not (contains "${page_url}" (get . "url" | default "")) -}}
{{- $kept = append $kept . -}}
{{- end -}}
{{- end -}}
{{- $_ := set $defaults "links" $kept -}}
{{- end -}}
{{- include "recovery-tracker.dropPageLinks" (get . "panels" | default (list)) -}}
{{- end -}}
{{- end -}}

{{/* One path of the Ingress to a component's http port: (dict "root" $ "path" p "component" c ["pathType" "Exact"]) */}}
{{- define "recovery-tracker.ingressPath" -}}
- path: {{ .path }}
  pathType: {{ .pathType | default "Prefix" }}
  backend:
    service:
      name: {{ include "recovery-tracker.componentName" . }}
      port:
        name: http
{{- end -}}
