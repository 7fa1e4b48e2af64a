package org.recoverytracker.dashboard.views;

import java.time.LocalDate;
import java.util.List;

/**
 * A public area a partner defined: its districts and when each belongs to it.
 *
 * @param owner the partner that defined it
 * @param members in the order the partner gave them
 */
public record PublicArea(String areaId, String name, String owner, List<Member> members) {

    public PublicArea {
        members = List.copyOf(members);
    }

    /** The names of its districts, each once, in the order the partner gave them. */
    public List<String> districtNames() {
        return members.stream().map(Member::name).distinct().toList();
    }

    /**
     * A district of the area for a time.
     *
     * @param place the district's GSS code
     * @param name the district's name
     * @param from the first day it counts in the area; null since always
     * @param to the last day it counts in the area; null until further notice
     */
    public record Member(String place, String name, LocalDate from, LocalDate to) {}
}
