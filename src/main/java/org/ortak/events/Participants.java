package org.ortak.events;

import java.util.Map;

/**
 * Who came to a set of events: the people, each counted once however many of the events
 * they came to, by gender ({@code UNSAID} for a gender not given), and their attendances
 * (a person at three events is three).
 */
public record Participants(long people, Map<String, Long> byGender, long attendances) {

	public static final Participants NONE = new Participants(0, Map.of(), 0);

}
