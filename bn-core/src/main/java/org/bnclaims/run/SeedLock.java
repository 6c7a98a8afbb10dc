package org.bnclaims.run;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The exclusive right to compute one {@code (spec, seed)}: {@code <specHash>/seed-<n>.lock} locked
 * across processes plus a lock per key within this JVM (a file lock belongs to the whole process,
 * so two threads of one JVM would both get it).
 *
 * <p>The file lock is polled with {@code tryLock}, never waited for: Linux checks blocking POSIX
 * locks for deadlock per process, not per thread, so two builds whose worker threads each hold one
 * seed's lock and wait for another's can get a false "Resource deadlock avoided" (seen with two
 * builds sharing one cache). Seeds are locked in ascending order, so waiting always ends.
 */
final class SeedLock implements AutoCloseable {

  private static final ConcurrentHashMap<Path, ReentrantLock> LOCAL = new ConcurrentHashMap<>();
  private static final long FIRST_POLL_MILLIS = 10;
  private static final long MAX_POLL_MILLIS = 500;

  private final ReentrantLock local;
  private final FileChannel channel;
  private final FileLock lock;

  private SeedLock(ReentrantLock local, FileChannel channel, FileLock lock) {
    this.local = local;
    this.channel = channel;
    this.lock = lock;
  }

  /** Waits for and takes the lock of the run in {@code runDir}. */
  static SeedLock acquire(Path runDir, String hash, long seed) throws RunFailedException {
    Path file = runDir.resolveSibling(runDir.getFileName() + ".lock");
    ReentrantLock local = LOCAL.computeIfAbsent(file, k -> new ReentrantLock());
    try {
      local.lockInterruptibly();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RunFailedException(hash, seed, "interrupted while waiting for the run lock", e);
    }
    FileChannel channel = null;
    try {
      Files.createDirectories(file.getParent());
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      long wait = FIRST_POLL_MILLIS;
      FileLock lock;
      while ((lock = channel.tryLock()) == null) {
        Thread.sleep(wait);
        wait = Math.min(MAX_POLL_MILLIS, wait * 2);
      }
      return new SeedLock(local, channel, lock);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      closeQuietly(channel);
      local.unlock();
      throw new RunFailedException(hash, seed, "interrupted while waiting for " + file, e);
    } catch (IOException | RuntimeException e) {
      closeQuietly(channel);
      local.unlock();
      throw new RunFailedException(hash, seed, "cannot lock " + file, e);
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException e) {
      // closing the channel below releases it as well
    }
    closeQuietly(channel);
    local.unlock();
  }

  private static void closeQuietly(FileChannel c) {
    if (c != null) {
      try {
        c.close();
      } catch (IOException e) {
        // nothing more to release
      }
    }
  }
}
