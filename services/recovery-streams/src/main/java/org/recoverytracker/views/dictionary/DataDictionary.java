package org.recoverytracker.views.dictionary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.avro.LogicalType;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.recoverytracker.dashboard.views.Measure;
import org.recoverytracker.disclosure.Flag;
import org.recoverytracker.disclosure.Sdc1;
import org.recoverytracker.rules.EventRules;
import org.recoverytracker.schemas.EventKind;
import org.recoverytracker.schemas.SchemaFields;
import org.recoverytracker.schemas.SchemaHistory;
import org.recoverytracker.schemas.WrittenRecords;

/**
 * The data dictionary, built once from what defines the data: every field of the current schema of
 * each record written to Kafka (its meaning from the schema's {@code doc}, its type, whether it is
 * required, the constraints the event rules check, and the released schema version that added
 * it), then every measure the views answer, and the figures the index sets against a baseline.
 */
public final class DataDictionary {

    /**
     * A field of a record.
     *
     * @param record the record's name, such as {@code JobLossEvent}
     * @param field its dotted path, as the API's problems name it ({@code employer.companyNumber})
     * @param addedInVersion the first released version of the record's schema that has it
     */
    public record FieldEntry(
            String record,
            String field,
            String type,
            boolean required,
            String meaning,
            String constraints,
            int addedInVersion) {}

    /**
     * A figure the views answer.
     *
     * @param measure its name in the Views API's answers
     * @param unit what it counts: jobs, pence, events, or a rate against the baseline
     */
    public record MeasureEntry(String measure, String label, String type, String unit, String meaning) {}

    /**
     * How the open views ({@code /open/v1}) make figures safe to publish.
     *
     * @param profile the profile's name, as the {@code X-SDC-Profile} header of every open answer states it
     * @param flags each GSS symbol an open figure may carry, and its meaning
     */
    public record Disclosure(String profile, List<String> rules, Map<String, String> flags) {}

    /** The whole dictionary. */
    public record Entries(List<FieldEntry> fields, List<MeasureEntry> measures, Disclosure disclosure) {}

    private static final Disclosure DISCLOSURE = new Disclosure(
            Sdc1.PROFILE,
            Sdc1.RULES,
            Arrays.stream(Flag.values())
                    .collect(Collectors.toMap(
                            Flag::symbol, Flag::meaning, (first, second) -> first, LinkedHashMap::new)));

    /** The figures the index gives against a baseline B (see the index's documentation). */
    private static final List<MeasureEntry> INDEX_FIGURES = List.of(
            new MeasureEntry(
                    "jobsLostPerThousand",
                    "Jobs lost per 1,000 employees",
                    "number|null",
                    "jobs per 1,000 of the baseline",
                    "1000 × jobsLost ÷ B, two decimals; null without a baseline of at least 50."),
            new MeasureEntry(
                    "jobsAtRiskPct",
                    "Jobs at risk, as a share of employees",
                    "number|null",
                    "per cent of the baseline",
                    "100 × jobsAtRisk ÷ B, two decimals; null without a baseline of at least 50."),
            new MeasureEntry(
                    "netJobChangePct",
                    "Net job change, as a share of employees",
                    "number|null",
                    "per cent of the baseline",
                    "100 × netJobChange ÷ B, two decimals; null without a baseline of at least 50."),
            new MeasureEntry(
                    "eventImpliedIndex",
                    "Index of reported change",
                    "number|null",
                    "index, baseline = 100",
                    "100 × (B + the net job change of every week to date) ÷ B, two decimals; null without a "
                            + "baseline of at least 50."));

    private static final Entries ENTRIES = build();

    private DataDictionary() {}

    public static Entries entries() {
        return ENTRIES;
    }

    private static Entries build() {
        final List<FieldEntry> fields = new ArrayList<>();
        for (Class<? extends SpecificRecord> type : WrittenRecords.classes()) {
            final Schema record = SpecificData.get().getSchema(type);
            final Map<String, String> constraints = constraintsOf(type);
            final List<Set<String>> released = SchemaHistory.released(record.getFullName()).stream()
                    .map(version -> SchemaFields.of(version).stream()
                            .map(SchemaFields.Field::path)
                            .collect(Collectors.toSet()))
                    .toList();
            for (SchemaFields.Field field : SchemaFields.of(record)) {
                fields.add(new FieldEntry(
                        record.getName(),
                        field.path(),
                        typeOf(field.schema()),
                        !field.optional(),
                        field.doc(),
                        constraints(constraints.get(field.path()), field.schema()),
                        addedIn(field.path(), released)));
            }
        }
        final List<MeasureEntry> measures = Stream.concat(
                        Measure.API_ORDER.stream()
                                .map(measure -> new MeasureEntry(
                                        measure.key(), measure.label(), "integer", unitOf(measure), measure.meaning())),
                        INDEX_FIGURES.stream())
                .toList();
        return new Entries(List.copyOf(fields), measures, DISCLOSURE);
    }

    /** The event rules' constraints of an event record; none for the reference records (checked where they are written). */
    private static Map<String, String> constraintsOf(Class<? extends SpecificRecord> type) {
        for (EventKind kind : EventKind.values()) {
            if (kind.recordClass().equals(type)) {
                return EventRules.forKind(kind).constraints();
            }
        }
        return Map.of();
    }

    /** The rules' words, and the values an enum takes. */
    private static String constraints(String rule, Schema type) {
        final String values =
                type.getType() == Schema.Type.ENUM ? "one of " + String.join(", ", type.getEnumSymbols()) : null;
        if (rule == null) {
            return values == null ? "" : values;
        }
        return values == null ? rule : rule + "; " + values;
    }

    /** A field's type as a JSON reader sees it. */
    private static String typeOf(Schema type) {
        final LogicalType logical = type.getLogicalType();
        if (logical != null) {
            return switch (logical.getName()) {
                case "date" -> "date (ISO 8601, yyyy-mm-dd)";
                case "timestamp-millis", "timestamp-micros" -> "date-time (ISO 8601, UTC)";
                default -> logical.getName();
            };
        }
        return switch (type.getType()) {
            case STRING -> "string";
            case INT, LONG -> "integer";
            case FLOAT, DOUBLE -> "number";
            case BOOLEAN -> "boolean";
            case ENUM -> "string (enumeration)";
            case RECORD -> "object";
            case ARRAY -> "array of " + typeOf(type.getElementType());
            default -> type.getType().getName();
        };
    }

    /** The first released version with the field; the newest when none has it (the current schema is always released). */
    private static int addedIn(String path, List<Set<String>> released) {
        for (int version = 1; version <= released.size(); version++) {
            if (released.get(version - 1).contains(path)) {
                return version;
            }
        }
        return released.size();
    }

    private static String unitOf(Measure measure) {
        return switch (measure.style()) {
            case MONEY -> "pence";
            case COUNT -> measure == Measure.EVENTS ? "events" : "jobs";
            case SIGNED -> "jobs";
        };
    }
}
