package io.kelola.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that follows real time plus an offset tests can advance ("30 minutes later"). */
public final class MutableClock extends Clock {

  private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

  public void advance(Duration d) {
    offset.updateAndGet(o -> o.plus(d));
  }

  public void reset() {
    offset.set(Duration.ZERO);
  }

  /** Moves the clock so that it reads {@code at} now (and runs on from there). */
  public void setTo(Instant at) {
    offset.set(Duration.between(Instant.now(), at));
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(offset.get());
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  /** A view in another zone that follows this clock's offset (dates in WIB must be WIB dates). */
  @Override
  public Clock withZone(ZoneId zone) {
    if (zone.equals(getZone())) return this;
    var base = this;
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return zone;
      }

      @Override
      public Clock withZone(ZoneId other) {
        return base.withZone(other);
      }

      @Override
      public Instant instant() {
        return base.instant();
      }
    };
  }
}
