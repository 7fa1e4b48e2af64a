package org.recoverytracker.ingest.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.recoverytracker.ingest.problems.RejectedRequestException;
import org.springframework.http.HttpStatus;

class JsonEventItemsTest {

    @Test
    void readsOneEventObject() {
        assertThat(JsonEventItems.single(bytes("{\"place\": \"E09000018\"}")).size())
                .isEqualTo(1);
    }

    @Test
    void readsAnArrayOfEvents() {
        assertThat(JsonEventItems.batch(bytes("[{}, {}, 3]"), 10).size()).isEqualTo(3);
    }

    @Test
    void saysWhereJsonIsBroken() {
        assertThatThrownBy(() -> JsonEventItems.single(bytes("{\n  \"place\": \"E09000018\",\n  jobs: 3\n}")))
                .isInstanceOfSatisfying(RejectedRequestException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST);
                    assertThat(e.getMessage()).startsWith("The body is not valid JSON (line 3, column 3)");
                });
    }

    @Test
    void refusesAnArrayWhereOneEventIsExpected() {
        assertThatThrownBy(() -> JsonEventItems.single(bytes("[{}]")))
                .hasMessage("Expected a JSON object holding one event, but the body is an array.");
    }

    @Test
    void refusesAnObjectWhereABatchIsExpected() {
        assertThatThrownBy(() -> JsonEventItems.batch(bytes("{}"), 10))
                .hasMessage("Expected a JSON array of events, but the body is an object.");
    }

    @Test
    void refusesTrailingContent() {
        assertThatThrownBy(() -> JsonEventItems.single(bytes("{} {}")))
                .isInstanceOfSatisfying(
                        RejectedRequestException.class,
                        e -> assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST));
    }

    @Test
    void refusesDeepNesting() {
        final String deep = "{\"a\":".repeat(50) + "1" + "}".repeat(50);

        assertThatThrownBy(() -> JsonEventItems.single(bytes(deep)))
                .isInstanceOfSatisfying(
                        RejectedRequestException.class,
                        e -> assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST));
    }

    @Test
    void refusesMoreEventsThanTheBatchLimit() {
        assertThatThrownBy(() -> JsonEventItems.batch(bytes("[{}, {}, {}]"), 2))
                .isInstanceOfSatisfying(RejectedRequestException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
                    assertThat(e.eventCount()).isEqualTo(3);
                });
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
