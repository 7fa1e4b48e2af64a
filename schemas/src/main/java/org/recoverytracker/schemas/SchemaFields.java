package org.recoverytracker.schemas;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;

/**
 * The fields of a record schema as partners write them: nested records flattened into dotted
 * paths ({@code employer.companyNumber}), the records in a list by {@code []}
 * ({@code members[].place}), an optional field (a union with null) by the type it takes when
 * present. What the data dictionary lists and the event rules name.
 */
public final class SchemaFields {

    /**
     * One field.
     *
     * @param path the dotted path from the top record, as the rules and the API's problems name it
     * @param schema the field's type, the non-null branch of an optional field
     * @param optional whether the field may be null (a union with null)
     * @param doc the schema's {@code doc} of the field; null when it has none
     */
    public record Field(String path, Schema schema, boolean optional, String doc) {}

    private SchemaFields() {}

    /** Every field of the record, depth first in schema order, nested records' fields after their own entry. */
    public static List<Field> of(Schema record) {
        final List<Field> fields = new ArrayList<>();
        collect(record, "", fields);
        return List.copyOf(fields);
    }

    private static void collect(Schema record, String prefix, List<Field> fields) {
        for (Schema.Field field : record.getFields()) {
            final boolean optional = field.schema().isNullable();
            final Schema type = optional ? nonNull(field.schema()) : field.schema();
            final String path = prefix + field.name();
            fields.add(new Field(path, type, optional, field.doc()));
            if (type.getType() == Schema.Type.RECORD) {
                collect(type, path + ".", fields);
            } else if (type.getType() == Schema.Type.ARRAY
                    && type.getElementType().getType() == Schema.Type.RECORD) {
                collect(type.getElementType(), path + "[].", fields);
            }
        }
    }

    private static Schema nonNull(Schema union) {
        if (union.getType() != Schema.Type.UNION) {
            return union;
        }
        return union.getTypes().stream()
                .filter(branch -> branch.getType() != Schema.Type.NULL)
                .findFirst()
                .orElse(union);
    }
}
