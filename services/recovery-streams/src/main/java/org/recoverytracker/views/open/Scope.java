package org.recoverytracker.views.open;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a published figure covers: a place, a region, the UK or a public area partners defined,
 * whole or one sector of it, over every week or one week. Its key orders a release's figures so that each view of the Views API
 * is one range of keys: {@code PS|E09000018|} holds Hounslow's sectors.
 *
 * @param code the place or the region; null for the UK
 * @param sector a SIC section, or null for every sector
 * @param weekStart a week's Monday, or null for every week
 */
public record Scope(Level level, String code, String sector, LocalDate weekStart) {

    /** The levels, and the code each starts its keys with. */
    public enum Level {
        PLACE("P"),
        PLACE_SECTOR("PS"),
        PLACE_WEEK("PW"),
        PLACE_SECTOR_WEEK("PSW"),
        REGION("R"),
        REGION_SECTOR("RS"),
        REGION_WEEK("RW"),
        UK("U"),
        UK_SECTOR("US"),
        UK_WEEK("UW"),
        AREA("A"),
        AREA_SECTOR("AS"),
        AREA_WEEK("AW");

        private final String prefix;

        Level(String prefix) {
            this.prefix = prefix;
        }

        static Level ofPrefix(String prefix) {
            for (Level level : values()) {
                if (level.prefix.equals(prefix)) {
                    return level;
                }
            }
            throw new IllegalArgumentException("no level " + prefix);
        }
    }

    static final char SEPARATOR = '|';

    public static Scope place(String place) {
        return new Scope(Level.PLACE, place, null, null);
    }

    public static Scope placeSector(String place, String sector) {
        return new Scope(Level.PLACE_SECTOR, place, sector, null);
    }

    public static Scope placeWeek(String place, LocalDate weekStart) {
        return new Scope(Level.PLACE_WEEK, place, null, weekStart);
    }

    public static Scope placeSectorWeek(String place, String sector, LocalDate weekStart) {
        return new Scope(Level.PLACE_SECTOR_WEEK, place, sector, weekStart);
    }

    /** A region, or the UK when {@code region} is null. */
    public static Scope rollup(String region) {
        return region == null ? new Scope(Level.UK, null, null, null) : new Scope(Level.REGION, region, null, null);
    }

    public static Scope rollupSector(String region, String sector) {
        return new Scope(region == null ? Level.UK_SECTOR : Level.REGION_SECTOR, region, sector, null);
    }

    public static Scope rollupWeek(String region, LocalDate weekStart) {
        return new Scope(region == null ? Level.UK_WEEK : Level.REGION_WEEK, region, null, weekStart);
    }

    /** A public area partners defined, whole, one sector of it, or one week of it. */
    public static Scope area(String areaId, String sector, LocalDate weekStart) {
        final Level level = sector != null ? Level.AREA_SECTOR : weekStart != null ? Level.AREA_WEEK : Level.AREA;
        return new Scope(level, areaId, sector, weekStart);
    }

    /** The level of this whole place, region, area or the UK's figures by sector. */
    public Level sectorLevel() {
        return switch (level) {
            case PLACE -> Level.PLACE_SECTOR;
            case REGION -> Level.REGION_SECTOR;
            case UK -> Level.UK_SECTOR;
            case AREA -> Level.AREA_SECTOR;
            default -> throw new IllegalStateException(key() + " is not a whole place, region, area or the UK");
        };
    }

    /** {@code level|code|sector|week}, leaving out the parts it has not. */
    public String key() {
        final StringBuilder key = new StringBuilder(level.prefix);
        for (Object part : new Object[] {code, sector, weekStart}) {
            if (part != null) {
                key.append(SEPARATOR).append(part);
            }
        }
        return key.toString();
    }

    /**
     * The start of the keys of every figure of one level within a place or region, e.g.
     * {@code PS|E09000018|}: the sectors of Hounslow. {@code code} null: the UK's.
     */
    static String prefix(Level level, String code, String sector) {
        final StringBuilder prefix = new StringBuilder(level.prefix).append(SEPARATOR);
        if (code != null) {
            prefix.append(code).append(SEPARATOR);
        }
        if (sector != null) {
            prefix.append(sector).append(SEPARATOR);
        }
        return prefix.toString();
    }

    public static Scope parse(String key) {
        final String[] parts = key.split("\\" + SEPARATOR);
        final Level level = Level.ofPrefix(parts[0]);
        final List<String> rest = new ArrayList<>(List.of(parts).subList(1, parts.length));
        final String code =
                level == Level.UK || level == Level.UK_SECTOR || level == Level.UK_WEEK ? null : rest.remove(0);
        final boolean hasSector = level == Level.PLACE_SECTOR
                || level == Level.PLACE_SECTOR_WEEK
                || level == Level.REGION_SECTOR
                || level == Level.UK_SECTOR
                || level == Level.AREA_SECTOR;
        final String sector = hasSector ? rest.remove(0) : null;
        final LocalDate week = rest.isEmpty() ? null : LocalDate.parse(rest.remove(0));
        return new Scope(level, code, sector, week);
    }

    /** A week's figure: the kind that is flagged revised when it changes after it was first released. */
    boolean isWeek() {
        return weekStart != null;
    }
}
