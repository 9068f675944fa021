package org.ortak.networks;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.ortak.shared.Text;

/** A network's name and purpose in one language, and its name as a search compares it. */
@Embeddable
record NetworkText(String name, String purpose, @Column(name = "name_key") String nameKey) {

	static NetworkText of(String name, String purpose) {
		return new NetworkText(name, purpose, Text.matchKey(name, 300));
	}

}
