package org.ortak.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.stereotype.Component;

import org.ortak.shared.security.LinkSigner;

/**
 * A registration's private link ({@code /r/{token}}): a signature of the registration and
 * the moment it was made, so Ortak can write it again in a reminder without keeping it;
 * the database keeps only its SHA-256 hash, to find the registration by it. Registering
 * again after cancelling makes a new link.
 */
@Component
class RegistrationLinks {

	private final LinkSigner signer;

	RegistrationLinks(LinkSigner signer) {
		this.signer = signer;
	}

	String token(Registration registration) {
		return token(registration.publicId().toString(), registration.registeredAt().toEpochMilli());
	}

	String token(String registrationId, long registeredAt) {
		return this.signer.sign("registration " + registrationId + " " + registeredAt, 24);
	}

	/** An invitation's link ({@code /i/{token}}), made the same way. */
	String token(Invitation invitation) {
		return this.signer.sign("invitation " + invitation.publicId() + " " + invitation.invitedAt().toEpochMilli(),
				24);
	}

	static String hash(String token) {
		return org.ortak.shared.security.Tokens.hash(token);
	}

}
