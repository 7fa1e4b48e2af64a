package org.recoverytracker.ingest.businesssupport.giving;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.recoverytracker.ingest.problems.RejectedRequestException;
import org.recoverytracker.ingest.reading.CsvEventItems;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a 360Giving package in the standard's CSV: one grant per row under the standard's title
 * headers, as its spreadsheet template and GrantNav write them. A title names a field by the
 * titles of its path joined by colons ({@code Recipient Org:Company Number}); a list's items are
 * numbered from 0 ({@code Beneficiary Location:1:Name}), and a title without a number is the
 * list's first item. Each row becomes the grant's JSON shape, so both formats are read alike.
 * Titles are matched without regard to case or spaces around the colons; columns of the standard
 * the import does not use, and any others, are left alone.
 */
final class CsvPackageReader {

    private static final CSVFormat FORMAT = CsvEventItems.FORMAT
            .builder()
            // Spreadsheets save empty columns past the last one used; they hold nothing.
            .setAllowMissingColumnNames(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_EMPTY)
            .get();

    /** Whole and decimal pounds as the standard's CSV writes them: no symbol, no thousands separator. */
    private static final Pattern AMOUNT = Pattern.compile("-?\\d{1,20}(\\.\\d{1,10})?");

    private static final Pattern ITEM_NUMBER = Pattern.compile("\\d{1,2}");

    private static final Map<String, String> GRANT_FIELDS = Map.of(
            "identifier", "id",
            "title", "title",
            "currency", "currency",
            "amount awarded", "amountAwarded",
            "award date", "awardDate");

    /** The lists of a grant the import reads, by title, with their fields by title. */
    private static final Map<String, ListOfObjects> LISTS = Map.of(
            "recipient org",
            new ListOfObjects(
                    "recipientOrganization",
                    Map.of("identifier", "id", "name", "name", "company number", "companyNumber")),
            "beneficiary location",
            new ListOfObjects(
                    "beneficiaryLocation",
                    Map.of(
                            "name", "name",
                            "geographic code", "geoCode",
                            "geographic code type", "geoCodeType")),
            "grant programme",
            new ListOfObjects("grantProgramme", Map.of("code", "code", "title", "title")),
            "classifications",
            new ListOfObjects("classifications", Map.of("vocabulary", "vocabulary", "code", "code", "title", "title")));

    /** {@code recipientIndividual} is an object, not a list: only whether it is there matters. */
    private static final String RECIPIENT_INDIVIDUAL = "recipient ind";

    private static final GrantReader GRANTS = new GrantReader(PackageFormat.CSV);

    private CsvPackageReader() {}

    private record ListOfObjects(String field, Map<String, String> fields) {}

    /**
     * Where a column's cells go in a grant's JSON: a field of the grant ({@code list} null), of the
     * {@code item}th object of a list, or of the recipient individual.
     */
    private record Target(String list, int item, String field) {}

    static List<Grant> read(byte[] body, Charset charset, int maxGrants) {
        try (CSVParser parser = parse(body, charset)) {
            final List<String> header = parser.getHeaderNames();
            final Map<Integer, Target> targets = targets(parser.getHeaderMap());
            final List<Grant> grants = new ArrayList<>();
            for (CSVRecord row : parser) {
                if (grants.size() == maxGrants) {
                    throw PackageLimits.tooManyGrants(maxGrants + 1, maxGrants);
                }
                final int index = grants.size();
                Grant grant = GRANTS.read(toGrant(row, targets), index);
                // Not CSVRecord.isConsistent(): it counts the header's distinct names, and the empty
                // names of unused columns are one.
                if (row.size() != header.size()) {
                    grant = grant.withProblem(new GrantProblem(
                            index,
                            grant.id(),
                            "",
                            "has " + row.size() + " cells, but the header has " + header.size() + " columns (CSV line "
                                    + row.getParser().getCurrentLineNumber() + ")"));
                }
                grants.add(grant);
            }
            return grants;
        } catch (UncheckedIOException | IOException | IllegalArgumentException | IllegalStateException e) {
            throw RejectedRequestException.malformed(
                    "The body is not valid CSV with the 360Giving title headers: " + e.getMessage());
        }
    }

    private static CSVParser parse(byte[] body, Charset charset) throws IOException {
        if (body.length == 0) {
            throw RejectedRequestException.malformed(
                    "The body is empty; expected a 360Giving CSV with a header row of the standard's titles.");
        }
        return FORMAT.parse(CsvEventItems.reader(body, charset));
    }

    /** The columns the import reads, by position; two titles for one field are refused. */
    private static Map<Integer, Target> targets(Map<String, Integer> header) {
        final Map<Integer, Target> targets = new TreeMap<>();
        final Map<Target, String> titleOf = new HashMap<>();
        header.forEach((title, position) -> target(title).ifPresent(target -> {
            final String other = titleOf.putIfAbsent(target, title);
            if (other != null) {
                throw RejectedRequestException.malformed("The columns '" + GrantProblem.shortened(other, 100)
                        + "' and '" + GrantProblem.shortened(title, 100) + "' are the same field of a grant;"
                        + " keep one. Nothing was published.");
            }
            targets.put(position, target);
        }));
        return targets;
    }

    private static Optional<Target> target(String title) {
        if (title == null) {
            return Optional.empty();
        }
        final String[] parts = title.split(":", -1);
        for (int i = 0; i < parts.length; i++) {
            parts[i] = parts[i].strip().toLowerCase(Locale.ROOT);
        }
        if (parts.length == 1) {
            return Optional.ofNullable(GRANT_FIELDS.get(parts[0])).map(field -> new Target(null, 0, field));
        }
        if (parts.length == 2 && parts[0].equals(RECIPIENT_INDIVIDUAL)) {
            return Optional.of(new Target(RECIPIENT_INDIVIDUAL, 0, parts[1]));
        }
        final ListOfObjects list = LISTS.get(parts[0]);
        if (list == null
                || parts.length > 3
                || parts.length == 3 && !ITEM_NUMBER.matcher(parts[1]).matches()) {
            return Optional.empty();
        }
        final int item = parts.length == 3 ? Integer.parseInt(parts[1]) : 0;
        return Optional.ofNullable(list.fields().get(parts[parts.length - 1]))
                .map(field -> new Target(list.field(), item, field));
    }

    private static ObjectNode toGrant(CSVRecord row, Map<Integer, Target> targets) {
        final ObjectNode grant = JsonNodeFactory.instance.objectNode();
        final Map<String, SortedMap<Integer, ObjectNode>> lists = new HashMap<>();
        targets.forEach((position, target) -> {
            final String cell = position < row.size() ? row.get(position) : "";
            if (cell.isEmpty()) {
                return;
            }
            if (target.list() == null) {
                if (target.field().equals("amountAwarded")
                        && AMOUNT.matcher(cell).matches()) {
                    grant.put(target.field(), new BigDecimal(cell));
                } else {
                    grant.put(target.field(), cell);
                }
            } else if (target.list().equals(RECIPIENT_INDIVIDUAL)) {
                final ObjectNode individual = grant.get("recipientIndividual") instanceof ObjectNode existing
                        ? existing
                        : grant.putObject("recipientIndividual");
                individual.put(target.field(), cell);
            } else {
                lists.computeIfAbsent(target.list(), list -> new TreeMap<>())
                        .computeIfAbsent(target.item(), item -> JsonNodeFactory.instance.objectNode())
                        .put(target.field(), cell);
            }
        });
        // Items in number order; a number with no cells filled is no item, so numbering may skip.
        lists.forEach((list, items) -> {
            final ArrayNode array = grant.putArray(list);
            items.values().forEach(array::add);
        });
        return grant;
    }
}
