package jielong.cost;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The machine a measurement ran on, so a speed can be read beside it: the CPU's name, the cores
 * Java may use, the data caches of one core (from Linux's {@code /sys}; empty elsewhere) and the
 * load average when asked (runnable processes over the last minute; above the core count the
 * measurement shared the CPU).
 *
 * @param cpu         the CPU's model name, or "unknown"
 * @param cores       processors available to Java
 * @param caches      data and unified caches of core 0, smallest first
 * @param loadAverage the one-minute load average, or −1 where the system does not say
 */
public record Machine(String cpu, int cores, List<Cache> caches, double loadAverage) {

    /** One cache level: level 1, 2, 3; its size in bytes; how many cores share it. */
    public record Cache(int level, long bytes, int sharedBy) {}

    /** This machine now. */
    public static Machine here() {
        return new Machine(cpuName(), Runtime.getRuntime().availableProcessors(), caches(Path.of("/sys/devices/system/cpu/cpu0/cache")),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** One line for people: "Intel(R) Xeon(R) Processor, 2 cores; L1 48 kB, L2 2.097 MB, L3 314.6 MB (shared by 2); load 3.1". */
    public String describe() {
        StringBuilder s = new StringBuilder(cpu).append(", ").append(cores).append(cores == 1 ? " core" : " cores");
        for (int i = 0; i < caches.size(); i++) {
            Cache c = caches.get(i);
            s.append(i == 0 ? "; " : ", ").append("L").append(c.level()).append(' ').append(jielong.notebook.Numbers.bytes(c.bytes()));
            if (c.sharedBy() > 1) s.append(" (shared by ").append(c.sharedBy()).append(')');
        }
        if (loadAverage >= 0) s.append(String.format(Locale.ROOT, "; load average %.1f", loadAverage));
        return s.toString();
    }

    private static String cpuName() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) return line.substring(line.indexOf(':') + 1).trim();
            }
        } catch (IOException | RuntimeException notLinux) {
            // fall through: other systems name their CPU elsewhere
        }
        String arch = System.getProperty("os.arch", "");
        return arch.isEmpty() ? "unknown" : "unknown " + arch + " CPU";
    }

    /** Caches read from a folder laid out as Linux's {@code /sys/devices/system/cpu/cpu0/cache}; instruction caches left out. */
    static List<Cache> caches(Path folder) {
        List<Cache> out = new ArrayList<>();
        try (var dirs = Files.list(folder)) {
            for (Path d : dirs.filter(p -> p.getFileName().toString().startsWith("index")).sorted().toList()) {
                String type = Files.readString(d.resolve("type")).trim();
                if (type.equals("Instruction")) continue;
                int level = Integer.parseInt(Files.readString(d.resolve("level")).trim());
                long bytes = parseSize(Files.readString(d.resolve("size")).trim());
                int shared = Files.exists(d.resolve("shared_cpu_list")) ? countCpus(Files.readString(d.resolve("shared_cpu_list")).trim()) : 1;
                out.add(new Cache(level, bytes, shared));
            }
        } catch (IOException | RuntimeException unknown) {
            return List.of(); // not Linux, or a layout we do not know: say nothing rather than something wrong
        }
        out.sort(java.util.Comparator.comparingInt(Cache::level));
        return List.copyOf(out);
    }

    /** "48K" → 49,152; "2048K" → 2,097,152; "1M" → 1,048,576. */
    static long parseSize(String s) {
        char unit = Character.toUpperCase(s.charAt(s.length() - 1));
        long scale = unit == 'K' ? 1L << 10 : unit == 'M' ? 1L << 20 : unit == 'G' ? 1L << 30 : 1;
        return Long.parseLong(scale == 1 ? s : s.substring(0, s.length() - 1)) * scale;
    }

    /** "0-1" → 2; "0,2,4-7" → 6. */
    static int countCpus(String list) {
        int n = 0;
        for (String part : list.split(",")) {
            if (part.isBlank()) continue;
            String[] r = part.split("-");
            n += r.length == 1 ? 1 : Integer.parseInt(r[1].trim()) - Integer.parseInt(r[0].trim()) + 1;
        }
        return n;
    }
}
