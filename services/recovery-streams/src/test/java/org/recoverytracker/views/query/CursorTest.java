package org.recoverytracker.views.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A cursor continues only its own listing, and no cursor is read past a bounded length. */
class CursorTest {

    private static final String PREFIX = "E09000018|H|";

    @Test
    void continuesTheListingItCameFrom() {
        final String position = PREFIX + "2020-04-13|job-loss|hounslow-council/hr1-0001";
        assertThat(Cursor.decode(Cursor.encode(position), PREFIX)).isEqualTo(position);
    }

    @Test
    void refusesACursorOfAnotherListing() {
        final String cursor = Cursor.encode("E08000032|C|2020-04-13|job-loss|bradford-council/1");
        assertThatThrownBy(() -> Cursor.decode(cursor, PREFIX))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("another listing");
    }

    @Test
    void refusesWhatIsNotACursor() {
        assertThatThrownBy(() -> Cursor.decode("not base64!", PREFIX))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("not one this service gave out");
    }

    @Test
    void refusesAnOverlongCursorEvenOfItsOwnListing() {
        // A well-formed cursor of this very listing, only too long: the length alone refuses it.
        final String atTheLimit = Cursor.encode(PREFIX + "x".repeat(372));
        final String pastTheLimit = Cursor.encode(PREFIX + "x".repeat(373));
        assertThat(atTheLimit).hasSize(512);
        assertThat(pastTheLimit).hasSizeGreaterThan(512);

        assertThat(Cursor.decode(atTheLimit, PREFIX)).startsWith(PREFIX);
        assertThatThrownBy(() -> Cursor.decode(pastTheLimit, PREFIX))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("not one this service gave out");
    }
}
