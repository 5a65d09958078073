package org.triad.training;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs one task over the entries of an n_rows × dims matrix, split into fixed contiguous row
 * ranges, one per thread; the calling thread takes the first range. Built for the SPoSE dense
 * step, which is short (tens of microseconds) and repeats thousands of times per epoch: the
 * workers persist, and both sides spin briefly before parking, because a plain barrier's
 * park/unpark round trip costs about as much as the step itself.
 */
final class RowRangeRunner implements AutoCloseable {
    /** Work on the entries [from, to) of the row-major matrix. */
    @FunctionalInterface
    interface RangeTask {
        void run(int from, int to);
    }

    /** About 20–50 µs of {@link Thread#onSpinWait()} before a thread parks. */
    private static final int SPINS = 1 << 10;

    private final int[] bounds;
    private final Thread[] workers;
    private final AtomicInteger pending = new AtomicInteger();
    private volatile RangeTask task;
    private volatile long generation;
    private volatile boolean closed;
    private volatile Thread caller;
    private volatile Throwable failure;

    /**
     * @param threads threads in all, ≥ 1; the caller counts as one
     * @param rows matrix rows
     * @param dims matrix columns
     */
    RowRangeRunner(int threads, int rows, int dims) {
        int used = Math.max(1, Math.min(threads, rows));
        bounds = new int[used + 1];
        for (int t = 0; t <= used; t++) {
            bounds[t] = (int) ((long) rows * t / used) * dims;
        }
        workers = new Thread[used - 1];
        for (int w = 0; w < workers.length; w++) {
            int range = w + 1;
            workers[w] = new Thread(() -> work(range), "triad-spose-" + range);
            workers[w].setDaemon(true);
            workers[w].start();
        }
    }

    /** Threads in all, the caller included. */
    int threads() {
        return workers.length + 1;
    }

    /** Runs the task on every range and returns when all are done. */
    void run(RangeTask next) {
        if (workers.length == 0) {
            next.run(bounds[0], bounds[1]);
            return;
        }
        task = next;
        caller = Thread.currentThread();
        pending.set(workers.length);
        generation++;
        for (Thread worker : workers) {
            LockSupport.unpark(worker);
        }
        next.run(bounds[0], bounds[1]);
        int spins = 0;
        while (pending.get() != 0) {
            if (spins++ < SPINS) {
                Thread.onSpinWait();
            } else {
                LockSupport.park(this);
            }
        }
        Throwable thrown = failure;
        if (thrown != null) {
            failure = null;
            throw new IllegalStateException("a training worker failed", thrown);
        }
    }

    private void work(int range) {
        long seen = 0;
        while (true) {
            int spins = 0;
            while (generation == seen && !closed) {
                if (spins++ < SPINS) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.park(this);
                }
            }
            if (closed) {
                return;
            }
            seen = generation;
            try {
                task.run(bounds[range], bounds[range + 1]);
            } catch (RuntimeException | Error e) {
                failure = e;
            }
            if (pending.decrementAndGet() == 0) {
                LockSupport.unpark(caller);
            }
        }
    }

    /** Stops the workers. */
    @Override
    public void close() {
        closed = true;
        for (Thread worker : workers) {
            LockSupport.unpark(worker);
        }
    }
}
