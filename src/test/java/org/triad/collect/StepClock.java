package org.triad.collect;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that moves forward by a fixed step each time it is read, for repeatable times. */
final class StepClock extends Clock {
    private Instant now;
    private final long stepMillis;

    StepClock(Instant start, long stepMillis) {
        this.now = start;
        this.stepMillis = stepMillis;
    }

    @Override
    public synchronized Instant instant() {
        Instant read = now;
        now = now.plusMillis(stepMillis);
        return read;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
