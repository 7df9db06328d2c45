package io.mentorbot.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** What the machine is and how much memory and CPU processes use, read from /proc (Linux). */
final class Machine {

    private Machine() {
    }

    static String describe() {
        String model = lines("/proc/cpuinfo").stream().filter(l -> l.startsWith("model name")).findFirst()
                .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
        String memory = lines("/proc/meminfo").stream().filter(l -> l.startsWith("MemTotal")).findFirst()
                .orElse("MemTotal: ?").replaceAll("\\s+", " ");
        return String.format("%d CPUs (%s), %s, Java %s (%s), load average %s",
                Runtime.getRuntime().availableProcessors(), model, memory, System.getProperty("java.version"),
                System.getProperty("java.vm.name"), loadAverage());
    }

    static String loadAverage() {
        List<String> load = lines("/proc/loadavg");
        return load.isEmpty() ? "?" : String.join(" ", List.of(load.get(0).split(" ")).subList(0, 3));
    }

    /** VmRSS of a process in MiB. */
    static double rssMib(long pid) {
        return kib("/proc/" + pid + "/status", "VmRSS:") / 1024.0;
    }

    /**
     * Memory of the embedded PostgreSQL listening on this port: the postmaster and its backends, as RSS (which
     * counts shared buffers once per process) and as PSS (shared pages split between processes).
     */
    static String postgres(int port) {
        Optional<Long> postmaster = pids().filter(pid -> cmdline(pid).matches(".*postgres.*-p " + port + "( .*)?"))
                .findFirst();
        if (postmaster.isEmpty()) {
            return "PostgreSQL on port " + port + ": not found";
        }
        List<Long> all = Stream.concat(postmaster.stream(), pids().filter(pid -> parent(pid) == postmaster.get()))
                .toList();
        double rss = all.stream().mapToLong(pid -> kib("/proc/" + pid + "/status", "VmRSS:")).sum() / 1024.0;
        double pss = all.stream().mapToLong(pid -> kib("/proc/" + pid + "/smaps_rollup", "Pss:")).sum() / 1024.0;
        return String.format("PostgreSQL: %d processes, RSS sum %.0f MiB, PSS sum %.0f MiB", all.size(), rss, pss);
    }

    /** CPU time (user + system) a process has used, in milliseconds. */
    static long cpuMillis(long pid) {
        List<String> stat = lines("/proc/" + pid + "/stat");
        if (stat.isEmpty()) {
            return 0;
        }
        String line = stat.get(0);
        String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10; // clock ticks of 10 ms
    }

    /** CPU time the embedded PostgreSQL on this port (postmaster and backends) has used, in milliseconds. */
    static long postgresCpuMillis(int port) {
        Optional<Long> postmaster = pids().filter(pid -> cmdline(pid).matches(".*postgres.*-p " + port + "( .*)?"))
                .findFirst();
        return postmaster.map(pm -> Stream.concat(Stream.of(pm), pids().filter(pid -> parent(pid) == pm))
                .mapToLong(Machine::cpuMillis).sum()).orElse(0L);
    }

    /** The same split by process: connections (the statements) and each background process by its title. */
    static Map<String, Long> postgresCpuMillisByKind(int port) {
        Optional<Long> postmaster = pids().filter(pid -> cmdline(pid).matches(".*postgres.*-p " + port + "( .*)?"))
                .findFirst();
        Map<String, Long> byKind = new TreeMap<>();
        postmaster.ifPresent(pm -> pids().filter(pid -> parent(pid) == pm).forEach(pid -> {
            String title = cmdline(pid).replaceFirst("^postgres: ", "");
            String kind = title.matches(".*\\d+\\.\\d+\\.\\d+\\.\\d+.*") ? "connections" : title.trim();
            byKind.merge(kind, cpuMillis(pid), Long::sum);
        }));
        return byKind;
    }

    private static final List<Long> GC_PAUSES = new java.util.concurrent.CopyOnWriteArrayList<>();

    static {
        // Every stop-the-world collection's duration, from the collectors' notifications.
        for (var collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof javax.management.NotificationEmitter emitter
                    && !collector.getName().contains("Concurrent")) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION
                            .equals(notification.getType())) {
                        GC_PAUSES.add(com.sun.management.GarbageCollectionNotificationInfo
                                .from((javax.management.openmbean.CompositeData) notification.getUserData())
                                .getGcInfo().getDuration());
                    }
                }, null, null);
            }
        }
    }

    /** A mark in the list of collections, for {@link #gcSince}. */
    static int gcMark() {
        return GC_PAUSES.size();
    }

    /** The stop-the-world collections since the mark: how many, their total and the longest, in milliseconds. */
    static String gcSince(int mark) {
        List<Long> pauses = GC_PAUSES.subList(Math.min(mark, GC_PAUSES.size()), GC_PAUSES.size());
        return String.format("GC pauses: %d, %d ms in all, longest %d ms, over 50 ms %d", pauses.size(),
                pauses.stream().mapToLong(Long::longValue).sum(),
                pauses.stream().mapToLong(Long::longValue).max().orElse(0),
                pauses.stream().filter(p -> p > 50).count());
    }

    /** Each thread's own name: OkHttp renames a thread while it runs a call ("OkHttp http://..."). */
    private static final Map<Long, String> HOME_NAMES = new java.util.concurrent.ConcurrentHashMap<>();

    /** CPU time of this JVM's live threads in milliseconds, grouped by thread name without its number. */
    static Map<String, Long> threadCpuMillis() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Long> byGroup = new TreeMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null) {
                long nanos = threads.getThreadCpuTime(info.getThreadId());
                String name = info.getThreadName();
                if (name.startsWith("OkHttp ")) {
                    name = HOME_NAMES.getOrDefault(info.getThreadId(), name);
                } else {
                    HOME_NAMES.put(info.getThreadId(), name);
                }
                if (nanos > 0) {
                    byGroup.merge(name.replaceAll("[-\\d]+$", ""), nanos / 1_000_000, Long::sum);
                }
            }
        }
        return byGroup;
    }

    static int port(String jdbcUrl) {
        Matcher m = Pattern.compile("//[^:/]+:(\\d+)/").matcher(jdbcUrl);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static Stream<Long> pids() {
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d+")).map(Long::valueOf)
                    .toList().stream();
        } catch (IOException e) {
            return Stream.empty();
        }
    }

    private static String cmdline(long pid) {
        try {
            return Files.readString(Path.of("/proc/" + pid + "/cmdline")).replace('\0', ' ').trim();
        } catch (IOException e) {
            return "";
        }
    }

    private static long parent(long pid) {
        List<String> stat = lines("/proc/" + pid + "/stat");
        if (stat.isEmpty()) {
            return -1;
        }
        String line = stat.get(0);
        String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[1]);
    }

    private static long kib(String file, String key) {
        return lines(file).stream().filter(l -> l.startsWith(key)).findFirst()
                .map(l -> Long.parseLong(l.replaceAll("\\D+", ""))).orElse(0L);
    }

    private static List<String> lines(String file) {
        try {
            return Files.readAllLines(Path.of(file));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
