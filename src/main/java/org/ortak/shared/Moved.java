package org.ortak.shared;

import java.util.UUID;

/**
 * The record asked for lives on under another id (a duplicate merged into its survivor):
 * the same address with the new id answers it.
 */
public class Moved extends DomainException {

	private final UUID from;

	private final UUID to;

	public Moved(UUID from, UUID to) {
		super("error.moved");
		this.from = from;
		this.to = to;
	}

	public UUID to() {
		return this.to;
	}

	/** The address asked for, with the new id in place of the old one. */
	public String location(String requestUri, String queryString) {
		return requestUri.replace(this.from.toString(), this.to.toString())
				+ ((queryString != null) ? "?" + queryString : "");
	}

}
