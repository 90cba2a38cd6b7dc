package jielong.course.reasoning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import jielong.tokenize.WordTokenizer;

/**
 * Draws {@link Trip}s: how many legs, which speeds, minutes or hours. The training world has 1
 * or 2 legs, speeds 10 to 90 km/h and times 6 to 54 minutes; the harder sets step outside it one
 * way at a time: three legs, speeds of 100 to 190 km/h, or times given in hours.
 */
public final class Trips {
    /** The vehicles a question names (they change the words, never the numbers). */
    public static final List<String> VEHICLES = List.of("train", "car", "boat", "bus");

    /**
     * What to draw.
     *
     * @param legs        legs per trip
     * @param minSpeed    slowest speed, km/h (a multiple of 10)
     * @param maxSpeed    fastest speed, km/h
     * @param hoursGiven  times in hours instead of minutes
     */
    public record Kind(int legs, int minSpeed, int maxSpeed, boolean hoursGiven) {
        public Kind {
            if (legs < 1) throw new IllegalArgumentException("a trip has at least one leg, got " + legs);
            if (minSpeed < 10 || maxSpeed < minSpeed || minSpeed % 10 != 0 || maxSpeed % 10 != 0) {
                throw new IllegalArgumentException("speeds are multiples of 10 km/h with 10 <= min <= max, got " + minSpeed + " to " + maxSpeed);
            }
        }

        /** Trips of the training world: {@code legs} legs at 10 to 90 km/h, times in minutes. */
        public static Kind training(int legs) {
            return new Kind(legs, 10, 90, false);
        }

        /** How many different problems (signatures) this kind has. */
        public long size() {
            return (long) Math.pow((maxSpeed - minSpeed) / 10 + 1, legs) * (long) Math.pow(9, legs);
        }
    }

    private Trips() {}

    /** One trip of a kind: each leg's speed and time (6 to 54 minutes) drawn uniformly. */
    public static Trip draw(Random rng, Kind kind) {
        List<Trip.Leg> legs = new ArrayList<>();
        int speeds = (kind.maxSpeed() - kind.minSpeed()) / 10 + 1;
        for (int i = 0; i < kind.legs(); i++) legs.add(new Trip.Leg(kind.minSpeed() + 10 * rng.nextInt(speeds), 6 * (1 + rng.nextInt(9))));
        return new Trip(VEHICLES.get(rng.nextInt(VEHICLES.size())), legs, kind.hoursGiven());
    }

    /**
     * {@code count} trips of a kind with different signatures, none in {@code exclude} (which
     * gains theirs); fewer when the kind has fewer problems than asked for.
     */
    public static List<Trip> distinct(long seed, Kind kind, int count, Set<String> exclude) {
        Random rng = new Random(seed);
        List<Trip> out = new ArrayList<>();
        long available = kind.size();
        for (int tries = 0; out.size() < count && tries < 50 * count; tries++) {
            Trip t = draw(rng, kind);
            if (exclude.add(t.signature())) out.add(t);
            if (out.size() >= available) break;
        }
        return out;
    }

    /**
     * A training pool of {@code count} trips, kinds taken in turn, none with a signature in
     * {@code heldOut}; signatures may repeat (with other vehicles), as problems do in real text.
     */
    public static List<Trip> pool(long seed, List<Kind> kinds, int count, Set<String> heldOut) {
        Random rng = new Random(seed);
        List<Trip> out = new ArrayList<>(count);
        while (out.size() < count) {
            Trip t = draw(rng, kinds.get(out.size() % kinds.size()));
            if (!heldOut.contains(t.signature())) out.add(t);
        }
        return out;
    }

    /** The worked form of each trip, in order. */
    public static List<Worked> worked(List<Trip> trips) {
        return trips.stream().map(Trip::worked).toList();
    }

    /** The words of every question, step and answer any trip can have (numbers are digits). */
    public static WordTokenizer tokenizer() {
        List<String> texts = new ArrayList<>();
        for (String v : VEHICLES) {
            for (boolean hours : new boolean[] {false, true}) {
                Trip t = new Trip(v, List.of(new Trip.Leg(60, 30), new Trip.Leg(40, 24)), hours);
                texts.add(t.worked().text(Format.STEPS));
            }
        }
        return WordTokenizer.fromTexts(texts);
    }
}
