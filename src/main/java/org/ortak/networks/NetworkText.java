package org.ortak.networks;

import jakarta.persistence.Embeddable;

/** A network's name and purpose in one language. */
@Embeddable
record NetworkText(String name, String purpose) {

}
