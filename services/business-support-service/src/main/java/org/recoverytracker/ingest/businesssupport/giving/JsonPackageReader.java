package org.recoverytracker.ingest.businesssupport.giving;

import java.util.ArrayList;
import java.util.List;
import org.recoverytracker.ingest.problems.RejectedRequestException;
import org.recoverytracker.ingest.reading.JsonEventItems;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a 360Giving package in the standard's JSON: an object whose {@code grants} holds the grants. */
final class JsonPackageReader {

    /**
     * A grant nests recipients' locations four levels below the package; extensions may add a few.
     * Anything much deeper is not a package.
     */
    static final int MAX_NESTING_DEPTH = 16;

    private static final JsonMapper TREE_READER = JsonEventItems.treeReader(MAX_NESTING_DEPTH)
            .rebuild()
            // Amounts are money: 2500.10 must stay exactly that, not the nearest binary fraction.
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private static final GrantReader GRANTS = new GrantReader(PackageFormat.JSON);

    private JsonPackageReader() {}

    static List<Grant> read(byte[] body, int maxGrants) {
        final JsonNode root = parse(body);
        final JsonNode grants = root.isObject() ? root.get("grants") : null;
        if (grants == null || !grants.isArray()) {
            throw RejectedRequestException.malformed("Expected a 360Giving package: a JSON object whose grants is a"
                    + " list of grants (https://standard.threesixtygiving.org/); nothing was published.");
        }
        if (grants.size() > maxGrants) {
            throw PackageLimits.tooManyGrants(grants.size(), maxGrants);
        }
        final List<Grant> read = new ArrayList<>(grants.size());
        for (int index = 0; index < grants.size(); index++) {
            read.add(GRANTS.read(grants.get(index), index));
        }
        return read;
    }

    private static JsonNode parse(byte[] body) {
        if (body.length == 0) {
            throw RejectedRequestException.malformed("The body is empty; expected a 360Giving package.");
        }
        return JsonEventItems.parse(body, TREE_READER);
    }
}
