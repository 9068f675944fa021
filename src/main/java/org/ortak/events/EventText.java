package org.ortak.events;

import jakarta.persistence.Embeddable;

/**
 * An event's title and description in one language.
 */
@Embeddable
record EventText(String title, String description) {

}
