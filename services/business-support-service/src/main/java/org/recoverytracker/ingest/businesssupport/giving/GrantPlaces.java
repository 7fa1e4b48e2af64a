package org.recoverytracker.ingest.businesssupport.giving;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.recoverytracker.reference.DistrictCode;
import org.recoverytracker.reference.DistrictHistory;
import org.recoverytracker.reference.DistrictOnDate;
import org.recoverytracker.reference.ReferenceData;

/**
 * The district a grant happened in, from its beneficiary locations and its award date: the code the
 * event is posted with, live on the award date, as the ingest API requires (the views then count it
 * in the district that holds its area today, as they do every event).
 *
 * <p>A location names a district by its {@code geoCode}, when that is a district code of the
 * reference data (current or ended), or else by its {@code name}, when the name is a district's or
 * begins with one followed by a space or punctuation: the longest such name wins, so the LSOA
 * "Mendip 004B" is in Mendip and "Somerset West and Taunton 001A" is not in Somerset. The ONS
 * names "Bristol, City of", "Kingston upon Hull, City of" and "Herefordshire, County of" also
 * answer to the part before the comma, as their small areas are named.
 *
 * <p>A named district whose code was not live on the award date is taken to the code that held its
 * area then, when there is exactly one: an ended code to its successor (Harrogate in 2024 is North
 * Yorkshire), a code that began later to the one it replaced (Glasgow City's code of 2019 in 2015
 * is its code of then). When the area was in several districts then (North Yorkshire in 2022), the
 * location can't be placed, and the reference data's message names the codes to choose from.
 *
 * <p>Locations that name no district (a region, a country, a ward under another name) are passed
 * over. The grant takes the one district its other locations name; none, or two different ones,
 * and it can't be imported: an event has one place.
 */
final class GrantPlaces {

    private static final GrantPlaces UK = new GrantPlaces(ReferenceData.uk().districtHistory());

    private final DistrictHistory history;
    private final Map<String, List<DistrictCode>> codesByName = new HashMap<>();
    private final Map<String, List<DistrictCode>> codesByDistrictToday = new HashMap<>();

    GrantPlaces(DistrictHistory history) {
        this.history = history;
        for (DistrictCode code : history.codes()) {
            final String name = code.name().toLowerCase(Locale.ROOT);
            codesByName.computeIfAbsent(name, key -> new ArrayList<>()).add(code);
            final int comma = name.lastIndexOf(", ");
            if (name.endsWith(", city of") || name.endsWith(", county of")) {
                codesByName
                        .computeIfAbsent(name.substring(0, comma), key -> new ArrayList<>())
                        .add(code);
            }
            codesByDistrictToday
                    .computeIfAbsent(districtToday(code), key -> new ArrayList<>())
                    .add(code);
        }
    }

    static GrantPlaces uk() {
        return UK;
    }

    /** The code a grant's event is posted with, or why there is none. */
    record Resolution(String code, String refusal) {

        boolean isPlaced() {
            return code != null;
        }
    }

    Resolution resolve(List<Grant.Location> locations, LocalDate awardDate) {
        if (locations.isEmpty()) {
            return refused("has no beneficiary location; give one whose geoCode is the GSS code of a UK local"
                    + " authority district, or whose name begins with a district's name");
        }
        final Map<String, String> placed = new LinkedHashMap<>();
        final Set<String> refusals = new LinkedHashSet<>();
        for (int i = 0; i < locations.size(); i++) {
            final Grant.Location location = locations.get(i);
            final List<DistrictCode> named = districtsNamedBy(location);
            for (DistrictCode code : named) {
                final Resolution one = onDate(code, awardDate);
                if (one.isPlaced()) {
                    placed.putIfAbsent(one.code(), "location " + i);
                } else {
                    refusals.add(one.refusal());
                }
            }
        }
        if (placed.size() == 1) {
            return new Resolution(placed.keySet().iterator().next(), null);
        }
        if (placed.size() > 1) {
            return refused("its beneficiary locations are in different districts ("
                    + placed.entrySet().stream()
                            .map(entry -> history.code(entry.getKey()).orElseThrow() + " at " + entry.getValue())
                            .collect(Collectors.joining(", "))
                    + "); an event has one place, so give the grant's locations in one district");
        }
        if (!refusals.isEmpty()) {
            return refused("no beneficiary location is in a district live on the award date " + awardDate + ": "
                    + String.join("; ", refusals));
        }
        return refused("no beneficiary location names a UK local authority district: give one whose geoCode is a"
                + " district's GSS code, or whose name begins with a district's name (like the LSOA 'Mendip 004B')");
    }

    /** The codes a location names: its geoCode's, or those of the longest district name its name begins with. */
    private List<DistrictCode> districtsNamedBy(Grant.Location location) {
        final Optional<DistrictCode> byCode = history.code(location.geoCode());
        if (byCode.isPresent()) {
            return List.of(byCode.get());
        }
        if (location.name() == null) {
            return List.of();
        }
        final String name = location.name().toLowerCase(Locale.ROOT);
        for (int end = name.length(); end > 0; end--) {
            if (end < name.length() && Character.isLetterOrDigit(name.charAt(end))) {
                continue;
            }
            final List<DistrictCode> codes = codesByName.get(name.substring(0, end));
            if (codes != null) {
                return codes;
            }
        }
        return List.of();
    }

    /** The code live on the date that holds the area of {@code code}: itself, or the one code that did then. */
    private Resolution onDate(DistrictCode code, LocalDate date) {
        final DistrictOnDate onDate = history.on(code.code(), date);
        if (onDate.isLive()) {
            return new Resolution(code.code(), null);
        }
        final List<DistrictCode> liveThen = codesByDistrictToday.get(districtToday(code)).stream()
                .filter(other -> other.isLiveOn(date))
                .toList();
        return liveThen.size() == 1
                ? new Resolution(liveThen.get(0).code(), null)
                : refused(onDate.refusal().orElseThrow());
    }

    /** The code of the current district that holds the area of {@code code} today. */
    private String districtToday(DistrictCode code) {
        final LocalDate live = code.isCurrent() ? code.validFrom() : code.validTo();
        return history.on(code.code(), live).countsIn().orElseThrow().code();
    }

    private static Resolution refused(String why) {
        return new Resolution(null, why);
    }
}
