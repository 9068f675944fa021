package org.ortak.accounts;

import java.time.Instant;
import java.util.UUID;

/**
 * An API token as its owner's page lists it: its name and first characters, never the
 * token.
 */
record TokenView(UUID id, String name, String prefix, Instant createdAt, String createdBy, Instant expiresAt,
		Instant lastUsedAt, Instant revokedAt, boolean active) {

	static TokenView of(ApiToken token, Instant now) {
		return new TokenView(token.publicId(), token.name(), token.tokenPrefix(), token.createdAt(), token.createdBy(),
				token.expiresAt(), token.lastUsedAt(), token.revokedAt(), token.isValidAt(now));
	}

	/** A token just issued: the only time the token itself is seen. */
	record Issued(String token, TokenView view) {
	}

}
