package org.recoverytracker.views.areas;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.recoverytracker.reference.records.Area;
import org.recoverytracker.reference.records.AreaVisibility;
import org.recoverytracker.views.query.WeekCell;

/**
 * An area a partner defined for itself: its member districts, each from one day to another
 * (inclusive; null for no bound), as the reference service published it on {@code recovery.areas.v1}.
 *
 * <p><b>Membership by week.</b> The views are weekly, so a member counts in a whole ISO week
 * (Monday to Sunday) when its period overlaps that week by at least one day: a district that
 * joins on a Thursday counts from the Monday of that week, one that leaves on a Tuesday counts up
 * to the Sunday of that week. Chosen over "members on the Monday" so that no day of membership
 * is lost, and because a week's events can't be split by day: the views keep only their week. A
 * district listed twice counts once in a week, even when both its periods touch that week.
 */
public record AreaDefinition(String areaId, String owner, String name, boolean isPublic, List<Member> members) {

    /** A member district, from one day to another (inclusive; null: no bound). */
    public record Member(String place, LocalDate from, LocalDate to) {

        /** Whether the membership overlaps the ISO week starting on that Monday. */
        public boolean overlapsWeek(LocalDate weekStart) {
            final LocalDate sunday = weekStart.plusDays(6);
            return (from == null || !from.isAfter(sunday)) && (to == null || !to.isBefore(weekStart));
        }
    }

    public AreaDefinition {
        members = List.copyOf(members);
    }

    static AreaDefinition of(Area area) {
        return new AreaDefinition(
                area.getAreaId(),
                area.getOwner(),
                area.getName(),
                area.getVisibility() == AreaVisibility.PUBLIC,
                area.getMembers().stream()
                        .map(member -> new Member(member.getPlace(), member.getFrom(), member.getTo()))
                        .toList());
    }

    /** Every district that is a member at some time, in code order. */
    public Set<String> places() {
        final Set<String> places = new TreeSet<>();
        members.forEach(member -> places.add(member.place()));
        return places;
    }

    /** Whether the district counts in the area in the ISO week starting on that Monday. */
    public boolean counts(String place, LocalDate weekStart) {
        return members.stream().anyMatch(member -> member.place().equals(place) && member.overlapsWeek(weekStart));
    }

    /** The week views that count in the area: those of a member in a week its membership overlaps. */
    public List<WeekCell> counted(Collection<WeekCell> cells) {
        return cells.stream()
                .filter(cell -> counts(cell.place(), cell.weekStart()))
                .toList();
    }

    /** Whether the area's views may be shown to this partner (null: a caller without a credential). */
    public boolean visibleTo(String partner) {
        return isPublic || owner.equals(partner);
    }
}
