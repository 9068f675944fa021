package org.ortak.shared;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
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

	/**
	 * The address asked for with the new id in place of the old one, however the old one
	 * was spelled (upper case, percent-encoded): the path segment that reads as it.
	 */
	public String location(String requestUri, String queryString) {
		String[] segments = requestUri.split("/", -1);
		for (int i = segments.length - 1; i >= 0; i--) {
			if (this.from.equals(uuid(URLDecoder.decode(segments[i], StandardCharsets.UTF_8)))) {
				segments[i] = this.to.toString();
				break;
			}
		}
		return String.join("/", segments) + ((queryString != null) ? "?" + queryString : "");
	}

	private static UUID uuid(String text) {
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
