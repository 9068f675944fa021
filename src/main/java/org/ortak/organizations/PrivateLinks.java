package org.ortak.organizations;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import org.ortak.shared.DomainException;
import org.ortak.shared.security.LinkSigner;

/**
 * Private links an organization's own contact uses without an account: the organization,
 * an expiry and a random nonce, signed by the {@link LinkSigner}.
 */
@Component
class PrivateLinks {

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	/** Organization (16 bytes), expiry (8), nonce (16). */
	private static final int PAYLOAD = 40;

	private final SecureRandom random = new SecureRandom();

	private final LinkSigner signer;

	private final Clock clock;

	private final Duration validFor;

	PrivateLinks(LinkSigner signer, Clock clock, @Value("${ortak.private-link-days:30}") int validDays) {
		this.signer = signer;
		this.clock = clock;
		this.validFor = Duration.ofDays(validDays);
	}

	/** A link's token and when it expires. */
	record Issued(String token, Instant expiresAt) {
	}

	/** What a valid token says. */
	record Opened(UUID organizationId, String nonce, Instant expiresAt) {
	}

	Issued issue(UUID organizationId) {
		Instant expiresAt = this.clock.instant().plus(this.validFor);
		byte[] nonce = new byte[16];
		this.random.nextBytes(nonce);
		ByteBuffer payload = ByteBuffer.allocate(PAYLOAD)
			.putLong(organizationId.getMostSignificantBits())
			.putLong(organizationId.getLeastSignificantBits())
			.putLong(expiresAt.getEpochSecond())
			.put(nonce);
		byte[] bytes = payload.array();
		return new Issued(ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(this.signer.sign(bytes)),
				expiresAt);
	}

	/** The token's organization, or a refusal saying why: tampered with or expired. */
	Opened open(String token) {
		String[] parts = (token != null) ? token.split("\\.", -1) : new String[0];
		byte[] payload;
		byte[] signature;
		try {
			if (parts.length != 2) {
				throw new Refused("corrections.error.linkInvalid");
			}
			payload = DECODER.decode(parts[0]);
			signature = DECODER.decode(parts[1]);
		}
		catch (IllegalArgumentException ex) {
			throw new Refused("corrections.error.linkInvalid");
		}
		if (payload.length != PAYLOAD || !MessageDigest.isEqual(this.signer.sign(payload), signature)) {
			throw new Refused("corrections.error.linkInvalid");
		}
		ByteBuffer buffer = ByteBuffer.wrap(payload);
		UUID organizationId = new UUID(buffer.getLong(), buffer.getLong());
		Instant expiresAt = Instant.ofEpochSecond(buffer.getLong());
		byte[] nonce = new byte[16];
		buffer.get(nonce);
		if (!this.clock.instant().isBefore(expiresAt)) {
			throw new Refused("corrections.error.linkExpired");
		}
		return new Opened(organizationId, HexFormat.of().formatHex(nonce), expiresAt);
	}

	/** A link refused, saying why in the reader's language. */
	static class Refused extends DomainException {

		Refused(String messageKey) {
			super(messageKey);
		}

	}

}
