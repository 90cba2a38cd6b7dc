package jielong.course.emergence;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jielong.engine.Parallel;

/**
 * Runs independent jobs (training runs) one per core, each on one engine thread: the lesson's
 * models are so small that a step is mostly fixed cost, and splitting one across cores gains
 * little, while two runs side by side take about half the time of the same runs in turn. Each run
 * is single-threaded, so its numbers do not depend on how many ran at once.
 */
public final class SideBySide {
    private SideBySide() {}

    /** Runs every job, at most one per core at a time, and waits for all (the first failure is rethrown). */
    public static void run(List<Runnable> jobs) {
        int cores = Math.min(jobs.size(), Runtime.getRuntime().availableProcessors());
        int before = Parallel.threads();
        Parallel.setThreads(1);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, cores));
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Runnable job : jobs) futures.add(pool.submit(job));
            for (Future<?> f : futures) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted; run the cell again to resume", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
            Parallel.setThreads(before);
        }
    }
}
