package jielong.course.reasoning;

import java.util.ArrayList;
import java.util.List;

/**
 * A journey in legs, each at a constant speed, the essay's family of word problems: "a train runs
 * 30 minutes at 60 km/h; 30 minutes is 0.5 hours; 60 × 0.5 = 30 km". Speeds are whole tens of
 * km/h and times whole tenths of an hour (multiples of 6 minutes), so every leg's distance is a
 * whole number of kilometres and every step is exact.
 *
 * @param vehicle    "train", "car", ...
 * @param legs       the legs in order, at least one
 * @param hoursGiven the times are given in hours ("0.5 hours") instead of minutes
 */
public record Trip(String vehicle, List<Leg> legs, boolean hoursGiven) {
    /**
     * One leg: a speed for a time.
     *
     * @param speed   km/h, a whole multiple of 10
     * @param minutes a whole multiple of 6 (a tenth of an hour)
     */
    public record Leg(int speed, int minutes) {
        public Leg {
            if (speed <= 0 || speed % 10 != 0) throw new IllegalArgumentException("a speed is a positive multiple of 10 km/h, got " + speed);
            if (minutes <= 0 || minutes % 6 != 0) throw new IllegalArgumentException("a time is a positive multiple of 6 minutes, got " + minutes);
        }

        /** The time in hours, one decimal: 30 minutes is "0.5". */
        public String hours() {
            return minutes / 60 + "." + minutes % 60 / 6;
        }

        /** The distance, km: speed × minutes / 60, always whole here. */
        public int km() {
            return speed * minutes / 60;
        }
    }

    public Trip {
        if (legs.isEmpty()) throw new IllegalArgumentException("a trip has at least one leg");
        legs = List.copyOf(legs);
    }

    /** The whole distance, km. */
    public int km() {
        return legs.stream().mapToInt(Leg::km).sum();
    }

    /** The numbers that make the problem, without the vehicle: two trips with one signature are the same problem. */
    public String signature() {
        StringBuilder sb = new StringBuilder(hoursGiven ? "h:" : "m:");
        for (Leg l : legs) sb.append(l.speed()).append('x').append(l.minutes()).append(' ');
        return sb.toString().trim();
    }

    /** The question, the steps (each leg's time in hours, its distance, then the running total) and the answer. */
    public Worked worked() {
        StringBuilder q = new StringBuilder("A ").append(vehicle).append(" travels ");
        for (int i = 0; i < legs.size(); i++) {
            Leg l = legs.get(i);
            q.append(i == 0 ? "" : ", then ").append(hoursGiven ? l.hours() + " hours" : l.minutes() + " minutes")
                    .append(" at ").append(l.speed()).append(" km/h");
        }
        q.append(". How far does it go?");
        List<String> steps = new ArrayList<>();
        for (Leg l : legs) {
            if (!hoursGiven) steps.add(l.minutes() + " minutes = " + l.hours() + " hours.");
            steps.add(l.speed() + " × " + l.hours() + " = " + l.km() + " km.");
        }
        int total = legs.get(0).km();
        for (int i = 1; i < legs.size(); i++) {
            int next = total + legs.get(i).km();
            steps.add(total + " + " + legs.get(i).km() + " = " + next + " km.");
            total = next;
        }
        return new Worked(q.toString(), steps, total + " km");
    }
}
