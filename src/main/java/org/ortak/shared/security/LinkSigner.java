package org.ortak.shared.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signs what private links carry, with HMAC-SHA-256: the secret is the setting
 * {@code ortak.links-secret} or, when none is set, one made at first use and kept in the
 * database, so every node checks (and makes again) the links of every other.
 */
@Component
public class LinkSigner {

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private final SecureRandom random = new SecureRandom();

	private final JdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	private final String configuredSecret;

	private volatile byte[] key;

	LinkSigner(JdbcTemplate jdbc, PlatformTransactionManager transactions,
			@Value("${ortak.links-secret:}") String configuredSecret) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.configuredSecret = configuredSecret.strip();
	}

	public byte[] sign(byte[] payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key(), "HmacSHA256"));
			return mac.doFinal(payload);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA-256 is part of every Java", ex);
		}
	}

	/** The signature of a text, as URL-safe Base64 of its first {@code bytes} bytes. */
	public String sign(String text, int bytes) {
		byte[] signature = sign(text.getBytes(StandardCharsets.UTF_8));
		return ENCODER.encodeToString(java.util.Arrays.copyOf(signature, Math.min(bytes, signature.length)));
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

}
