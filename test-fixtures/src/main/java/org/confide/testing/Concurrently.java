package org.confide.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Runs work on several threads released together, so that writers really race. */
public final class Concurrently {

  /** The threads each concurrency test starts. */
  public static final int THREADS = 8;

  /** The writes each of those threads makes. */
  public static final int TIMES = 50;

  private Concurrently() {}

  /**
   * One step of work.
   *
   * @param <T> what a step answers
   */
  @FunctionalInterface
  public interface Step<T> {
    /**
     * Does the work once.
     *
     * @param thread the thread's number, from 0
     * @param step the step's number within the thread, from 0
     * @return what the step answers, gathered by {@link Concurrently#run}
     * @throws Exception to fail the test
     */
    T run(int thread, int step) throws Exception;
  }

  /**
   * Runs {@code step} {@link #TIMES} times on each of {@link #THREADS} threads, all released
   * together.
   *
   * @param <T> what a step answers
   * @param step the work
   * @return every step's result, thread by thread
   * @throws AssertionError if any step throws or the whole takes over a minute
   */
  public static <T> List<T> run(Step<T> step) {
    return run(THREADS, TIMES, step);
  }

  /**
   * Runs {@code step} {@code times} times on each of {@code threads} threads, all released
   * together.
   *
   * @param <T> what a step answers
   * @param threads how many threads
   * @param times how many steps each thread runs
   * @param step the work
   * @return every step's result, thread by thread
   * @throws AssertionError if any step throws or the whole takes over a minute
   */
  public static <T> List<T> run(int threads, int times, Step<T> step) {
    var start = new CountDownLatch(1);
    try (var pool = Executors.newFixedThreadPool(threads)) {
      var futures = new ArrayList<Future<List<T>>>();
      for (int thread = 0; thread < threads; thread++) {
        int t = thread;
        futures.add(
            pool.submit(() -> {
              start.await();
              var results = new ArrayList<T>();
              for (int i = 0; i < times; i++) {
                results.add(step.run(t, i));
              }
              return results;
            }));
      }
      start.countDown();
      var all = new ArrayList<T>();
      for (var future : futures) {
        all.addAll(future.get(1, TimeUnit.MINUTES));
      }
      return all;
    } catch (ExecutionException e) {
      throw new AssertionError("a concurrent writer failed", e.getCause());
    } catch (InterruptedException | TimeoutException e) {
      throw new AssertionError("concurrent writers did not finish", e);
    }
  }
}
