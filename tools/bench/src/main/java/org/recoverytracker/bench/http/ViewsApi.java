package org.recoverytracker.bench.http;

import java.net.URI;
import java.net.http.HttpResponse;
import org.recoverytracker.bench.results.ResultFile;

/** The few reads of the Views API the benchmark needs to know how far the views are. */
public final class ViewsApi {

    /** Events in a view: a count, or unknown while the service can't answer. */
    public record Count(boolean answered, long events) {}

    private final Http http = new Http();
    private final URI base;

    public ViewsApi(URI base) {
        this.base = base;
    }

    public URI base() {
        return base;
    }

    /** The UK's live events; 404 means none yet, 503 or no answer means not running (yet). */
    public Count ukEvents() throws InterruptedException {
        return events(base.resolve("/v1/uk"));
    }

    /** The live events of one place × sector. */
    public Count cellEvents(String place, String sector) throws InterruptedException {
        return events(base.resolve("/v1/places/" + place + "/sectors/" + sector));
    }

    private Count events(URI uri) throws InterruptedException {
        final HttpResponse<String> response = http.tryGet(uri);
        if (response == null) {
            return new Count(false, 0);
        }
        return switch (response.statusCode()) {
            case 200 ->
                new Count(true, ResultFile.parse(response.body()).path("events").asLong());
            case 404 -> new Count(true, 0);
            default -> new Count(false, 0);
        };
    }
}
