package org.recoverytracker.views.it;

import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * An open figure of the open Views API as the public page writes it, for the tests that check the
 * page shows the release: "Confidential [c]" when it is not published, "Low [k]" when it rounds to
 * 0, otherwise the count with any symbols after it ("100 [p]").
 */
final class OpenPageText {

    private OpenPageText() {}

    /** A count measure (not money) of an open answer, as the page's cell reads. */
    static String of(JsonNode figure, String measure) {
        final List<String> symbols = figure.path("flags")
                .path(measure)
                .valueStream()
                .map(JsonNode::asString)
                .toList();
        final String marks = symbols.isEmpty() ? "" : " [" + String.join(", ", symbols) + "]";
        if (figure.get(measure).isNull()) {
            return "Confidential" + marks;
        }
        if (symbols.contains("k")) {
            return "Low" + marks;
        }
        return String.format(Locale.UK, "%,d", figure.get(measure).asLong()) + marks;
    }
}
