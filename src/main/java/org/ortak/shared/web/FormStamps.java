package org.ortak.shared.web;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import org.ortak.shared.security.LinkSigner;

/**
 * When a public form was shown, signed: a form sent back sooner than a person can fill it
 * (or with a stamp that is not Ortak's) is a robot's. No third-party service, no state
 * kept between the two requests. Events' registrations and volunteers' sign-ups use it.
 */
@Component
public class FormStamps {

	private final LinkSigner signer;

	private final Clock clock;

	private final Duration minimum;

	public FormStamps(LinkSigner signer, Clock clock,
			@Value("${ortak.public-forms.min-fill-time:3s}") Duration minimum) {
		this.signer = signer;
		this.clock = clock;
		this.minimum = minimum;
	}

	public String issue() {
		String millis = Long.toString(this.clock.millis());
		return millis + "." + this.signer.sign("form " + millis, 16);
	}

	/** Whether the stamp is Ortak's and old enough (and not older than a day). */
	public boolean humanPaced(String stamp) {
		if (stamp == null) {
			return false;
		}
		int dot = stamp.indexOf('.');
		if (dot < 1 || dot > 19) {
			return false;
		}
		String millis = stamp.substring(0, dot);
		if (!millis.chars().allMatch(Character::isDigit)) {
			return false;
		}
		byte[] expected = this.signer.sign("form " + millis, 16).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(expected, stamp.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
			return false;
		}
		long age = this.clock.millis() - Long.parseLong(millis);
		return age >= this.minimum.toMillis() && age < Duration.ofDays(1).toMillis();
	}

}
