package org.recoverytracker.ingest.businesssupport.giving;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Reads the fields the import uses from one grant in the standard's JSON shape (a CSV row is
 * turned into that shape first). Other fields of the standard and its extensions are left alone:
 * unlike an event, a grant is the standard's, and a field the import doesn't use is no typo. What
 * comes from outside is bounded: text lengths and how many items of each list are read.
 */
final class GrantReader {

    /** Longer than any name, code or title a grant needs; the event rules then apply their own limits. */
    static final int MAX_TEXT = 1_000;

    /** A 360Giving id is a funder's prefix and its own reference, tens of characters. */
    static final int MAX_ID = 200;

    /** Enough to describe a bespoke area by the small areas it is made of. */
    static final int MAX_LOCATIONS = 100;

    /** Recipients, programmes and classifications: a grant has one or a few of each. */
    static final int MAX_ITEMS = 20;

    private final PackageFormat format;

    GrantReader(PackageFormat format) {
        this.format = format;
    }

    Grant read(JsonNode node, int index) {
        final List<GrantProblem> problems = new ArrayList<>();
        if (!node.isObject()) {
            problems.add(new GrantProblem(index, null, "", "must be a JSON object holding one grant"));
            return new Grant(
                    index, format, null, null, null, null, null, null, false, List.of(), null, List.of(), problems);
        }
        final String id = text(node, "id", GrantField.ID, MAX_ID, index, null, problems);
        final Fields fields = new Fields(index, id, problems);
        final String title = fields.text(node, "title", GrantField.TITLE);
        final String currency = fields.text(node, "currency", GrantField.CURRENCY);
        final BigDecimal amount = fields.amount(node.get("amountAwarded"));
        final String awardDate = fields.text(node, "awardDate", GrantField.AWARD_DATE);
        final List<Grant.Recipient> recipients = fields.items(
                node,
                "recipientOrganization",
                GrantField.RECIPIENT_ORGANIZATION,
                MAX_ITEMS,
                item -> new Grant.Recipient(
                        fields.text(item, "id", GrantField.RECIPIENT_ORGANIZATION),
                        fields.text(item, "name", GrantField.RECIPIENT_NAME),
                        fields.text(item, "companyNumber", GrantField.RECIPIENT_COMPANY_NUMBER)));
        final List<Grant.Location> locations = fields.items(
                node,
                "beneficiaryLocation",
                GrantField.BENEFICIARY_LOCATION,
                MAX_LOCATIONS,
                item -> new Grant.Location(
                        fields.text(item, "name", GrantField.BENEFICIARY_LOCATION),
                        fields.text(item, "geoCode", GrantField.BENEFICIARY_LOCATION),
                        fields.text(item, "geoCodeType", GrantField.BENEFICIARY_LOCATION)));
        final List<Grant.Programme> programmes = fields.items(
                node,
                "grantProgramme",
                GrantField.GRANT_PROGRAMME,
                MAX_ITEMS,
                item -> new Grant.Programme(
                        fields.text(item, "code", GrantField.GRANT_PROGRAMME),
                        fields.text(item, "title", GrantField.GRANT_PROGRAMME)));
        final List<Grant.Classification> classifications = fields.items(
                node,
                "classifications",
                GrantField.CLASSIFICATIONS,
                MAX_ITEMS,
                item -> new Grant.Classification(
                        fields.text(item, "vocabulary", GrantField.CLASSIFICATIONS),
                        fields.text(item, "code", GrantField.CLASSIFICATIONS),
                        fields.text(item, "title", GrantField.CLASSIFICATIONS)));
        final JsonNode individual = node.get("recipientIndividual");
        return new Grant(
                index,
                format,
                id,
                title,
                currency,
                amount,
                awardDate,
                recipients.isEmpty() ? null : recipients.get(0),
                individual != null && !individual.isNull(),
                locations,
                programmes.isEmpty() ? null : programmes.get(0),
                classifications,
                bounded(problems, index, id));
    }

    /**
     * A grant's problems, at most {@link ImportPlan#MAX_PROBLEMS_PER_GRANT}: a grant with a hundred
     * malformed locations would otherwise hold hundreds, times every grant of the package.
     */
    private List<GrantProblem> bounded(List<GrantProblem> problems, int index, String id) {
        if (problems.size() <= ImportPlan.MAX_PROBLEMS_PER_GRANT) {
            return problems;
        }
        final List<GrantProblem> first = new ArrayList<>(problems.subList(0, ImportPlan.MAX_PROBLEMS_PER_GRANT - 1));
        first.add(new GrantProblem(
                index, id, "", "and " + (problems.size() - first.size()) + " more problems of the same kind"));
        return first;
    }

    /** The readers of one grant's fields, reporting into its problems. */
    private final class Fields {

        private final int index;
        private final String id;
        private final List<GrantProblem> problems;

        Fields(int index, String id, List<GrantProblem> problems) {
            this.index = index;
            this.id = id;
            this.problems = problems;
        }

        String text(JsonNode node, String name, GrantField field) {
            return GrantReader.this.text(node, name, field, MAX_TEXT, index, id, problems);
        }

        BigDecimal amount(JsonNode value) {
            if (value == null || value.isNull()) {
                return null;
            }
            if (value.isNumber()) {
                return value.decimalValue();
            }
            problems.add(problem(
                    GrantField.AMOUNT_AWARDED,
                    "must be a number of pounds, like 2500 or 2500.50, but was " + quoted(value)));
            return null;
        }

        <T> List<T> items(JsonNode node, String name, GrantField field, int max, Function<JsonNode, T> reader) {
            final JsonNode list = node.get(name);
            if (list == null || list.isNull()) {
                return List.of();
            }
            if (!list.isArray()) {
                problems.add(problem(field, "must be a list of objects"));
                return List.of();
            }
            if (list.size() > max) {
                problems.add(problem(field, "has " + list.size() + " items; the import reads at most " + max));
                return List.of();
            }
            final List<T> items = new ArrayList<>(list.size());
            for (JsonNode item : list) {
                if (item.isObject()) {
                    items.add(reader.apply(item));
                } else {
                    problems.add(problem(field, "must hold only objects"));
                }
            }
            return items;
        }

        private GrantProblem problem(GrantField field, String message) {
            return new GrantProblem(index, id, field.nameIn(format), message);
        }
    }

    private String text(
            JsonNode node, String name, GrantField field, int max, int index, String id, List<GrantProblem> problems) {
        final JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        final String where = field.nameIn(format);
        if (!value.isString()) {
            problems.add(new GrantProblem(index, id, where, name + " must be text, but was " + quoted(value)));
            return null;
        }
        final String text = value.stringValue().strip();
        if (text.length() > max) {
            problems.add(new GrantProblem(
                    index, id, where, name + " has " + text.length() + " characters; at most " + max + " are read"));
            return null;
        }
        return text.isEmpty() ? null : text;
    }

    private static String quoted(JsonNode value) {
        final String text = value.isString() ? "'" + value.stringValue() + "'" : value.toString();
        return GrantProblem.shortened(text, 60);
    }
}
