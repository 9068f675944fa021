package org.ortak.events;

import java.util.UUID;

/**
 * Who came to an event changed: someone was checked in or out, came in without
 * registering, or a registration of someone who came was cancelled.
 */
public record AttendanceChanged(UUID eventId) {
}
