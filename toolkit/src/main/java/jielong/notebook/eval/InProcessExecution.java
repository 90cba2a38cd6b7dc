package jielong.notebook.eval;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import jdk.jshell.execution.DirectExecutionControl;

/**
 * Runs each compiled cell in this JVM, on a fresh thread that can be stopped.
 *
 * <p>In-process, so that a cell's {@code display(chart)} reaches the kernel and its last value is the
 * real object (JShell's default remote engine returns only strings). The thread is new for each
 * snippet and lives in its own thread group, so {@link #stop()} can end a runaway loop, together
 * with any threads that loop started, while the kernel carries on.
 */
final class InProcessExecution extends DirectExecutionControl {

    /** How long a cell gets to stop by itself after an interrupt, before it is stopped by force. */
    static final long GRACE_MILLIS = 300;

    private final CellClassLoader loader;
    private volatile ThreadGroup running;
    private volatile Thread runningWorker;
    private volatile boolean stopRequested;
    private Object lastValue;

    InProcessExecution(CellClassLoader loader) {
        super(loader);
        this.loader = loader;
    }

    /** The value the most recent snippet returned: the real object, not JShell's string for it. */
    Object lastValue() {
        return lastValue;
    }

    /** Forgets any earlier stop request; called as a new cell starts. */
    void clearStop() {
        stopRequested = false;
    }

    boolean wasStopped() {
        return stopRequested;
    }

    @Override
    protected String invoke(Method doit) throws Exception {
        lastValue = null;
        if (stopRequested) {
            throw new StoppedException();
        }
        Object[] value = new Object[1];
        Throwable[] thrown = new Throwable[1];
        ThreadGroup group = new ThreadGroup("jielong-cell");
        Thread worker = new Thread(group, () -> {
            try {
                value[0] = doit.invoke(null);
            } catch (InvocationTargetException e) {
                thrown[0] = e.getCause();
            } catch (Throwable e) {
                thrown[0] = e;
            }
        }, "jielong-cell");
        worker.setContextClassLoader(loader);
        running = group;
        runningWorker = worker;
        try {
            worker.start();
            worker.join();
        } finally {
            running = null;
            runningWorker = null;
        }
        if (stopRequested || thrown[0] instanceof ThreadDeath || thrown[0] instanceof InterruptedException) {
            throw new StoppedException();
        }
        if (thrown[0] != null) {
            throw new InvocationTargetException(thrown[0]);
        }
        lastValue = value[0];
        return valueString(value[0]);
    }

    /**
     * Stops the running cell, if any; safe to call from any thread. First a polite interrupt, which
     * wakes {@code sleep()} and lets code that checks for it (the trainer does, between steps) stop
     * at a clean point; then, if the cell is still running after {@link #GRACE_MILLIS}, a hard stop.
     */
    @Override
    public void stop() {
        stopRequested = true;
        ThreadGroup group = running;
        Thread worker = runningWorker;
        if (group == null || worker == null) {
            return;
        }
        group.interrupt();
        try {
            worker.join(GRACE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (worker.isAlive()) {
            hardStop(group);
        }
    }

    @SuppressWarnings({"deprecation", "removal"})
    private static void hardStop(ThreadGroup group) {
        try {
            // Thread.stop is the only way to end a loop that never checks for interruption.
            // It works up to Java 19; later versions throw, and only the interrupt remains.
            group.stop();
        } catch (UnsupportedOperationException laterJava) {
            // Nothing more we can do; the cell ends when it next checks Thread.interrupted().
        }
    }
}
