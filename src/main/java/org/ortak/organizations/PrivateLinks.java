package org.ortak.organizations;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import org.ortak.shared.DomainException;

/**
 * Private links an organization's own contact uses without an account: the organization,
 * an expiry and a random nonce, signed with HMAC-SHA-256. The secret is the setting
 * {@code ortak.links-secret} or, when none is set, one made at first use and kept in the
 * database, so every node checks the links of every other.
 */
@Component
class PrivateLinks {

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	/** Organization (16 bytes), expiry (8), nonce (16). */
	private static final int PAYLOAD = 40;

	private final SecureRandom random = new SecureRandom();

	private final JdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	private final String configuredSecret;

	private final Duration validFor;

	private volatile byte[] key;

	PrivateLinks(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock,
			@Value("${ortak.links-secret:}") String configuredSecret,
			@Value("${ortak.private-link-days:30}") int validDays) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.configuredSecret = configuredSecret.strip();
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
		return new Issued(ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(sign(bytes)), expiresAt);
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
		if (payload.length != PAYLOAD || !MessageDigest.isEqual(sign(payload), signature)) {
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

	private byte[] sign(byte[] payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key(), "HmacSHA256"));
			return mac.doFinal(payload);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA-256 is part of every Java", ex);
		}
	}

	private byte[] key() {
		if (this.key == null) {
			this.key = (!this.configuredSecret.isEmpty()) ? this.configuredSecret.getBytes(StandardCharsets.UTF_8)
					: storedSecret();
		}
		return this.key;
	}

	/**
	 * The database's secret, made once in a transaction of its own; of two nodes racing
	 * to make it, the second fails its insert on the key and reads the first's next time.
	 */
	private byte[] storedSecret() {
		String stored = this.ownTransaction.execute((status) -> {
			Integer made = this.jdbc.queryForObject("select count(*) from link_secret where id = 1", Integer.class);
			if (made == null || made == 0) {
				byte[] fresh = new byte[32];
				this.random.nextBytes(fresh);
				this.jdbc.update("insert into link_secret (id, secret) values (1, ?)", ENCODER.encodeToString(fresh));
			}
			return this.jdbc.queryForObject("select secret from link_secret where id = 1", String.class);
		});
		return DECODER.decode(stored);
	}

	/** A link refused, saying why in the reader's language. */
	static class Refused extends DomainException {

		Refused(String messageKey) {
			super(messageKey);
		}

	}

}
