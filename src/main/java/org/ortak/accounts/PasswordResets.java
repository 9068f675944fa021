package org.ortak.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.ortak.accounts.Throttle.Watched;
import org.ortak.shared.Forbidden;
import org.ortak.shared.InvalidInput;
import org.ortak.shared.NotFound;
import org.ortak.shared.Violations;
import org.ortak.shared.security.Actor;

/**
 * A forgotten password, reset through a single-use link that expires in an hour: mailed
 * to the user when SMTP is configured, or issued by an admin to pass on. Whoever asks is
 * answered the same, whether the user exists or not.
 */
@Service
@Transactional(readOnly = true)
class PasswordResets {

	static final Duration VALID_FOR = Duration.ofHours(1);

	private static final Logger log = LoggerFactory.getLogger(PasswordResets.class);

	private final PasswordResetRepository resets;

	private final UserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final Throttle throttle;

	private final ObjectProvider<JavaMailSender> mail;

	private final MessageSource messages;

	private final Clock clock;

	private final String baseUrl;

	private final String mailFrom;

	PasswordResets(PasswordResetRepository resets, UserRepository users, PasswordEncoder passwordEncoder,
			Throttle throttle, ObjectProvider<JavaMailSender> mail, MessageSource messages, Clock clock,
			@Value("${ortak.base-url}") String baseUrl, @Value("${ortak.mail-from}") String mailFrom) {
		this.resets = resets;
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.throttle = throttle;
		this.mail = mail;
		this.messages = messages;
		this.clock = clock;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.mailFrom = mailFrom;
	}

	/**
	 * Someone forgot their password: mails a link to the user of this name or e-mail, if
	 * there is one with an address and mail is configured. Answers until when the asking
	 * address must wait, if it asked too often; otherwise nothing, whatever was found.
	 */
	@Transactional
	Optional<Instant> request(String nameOrEmail, Locale locale, String address) {
		Watched from = Watched.address(Guard.RESET_ADDRESS, address);
		Optional<Instant> locked = this.throttle.lockedUntil(from);
		if (locked.isPresent()) {
			this.throttle.refused(from, locked.get(), address);
			return locked;
		}
		this.throttle.missed(from, address);
		if (nameOrEmail == null || nameOrEmail.isBlank() || nameOrEmail.length() > 254) {
			return Optional.empty();
		}
		String wanted = nameOrEmail.strip();
		List<User> found = this.users.findByUsername(wanted)
			.map(List::of)
			.orElseGet(() -> this.users.findTop5ByEmailIgnoreCase(wanted));
		JavaMailSender sender = this.mail.getIfAvailable();
		for (User user : found) {
			if (user.email() == null || !user.enabled()) {
				continue;
			}
			if (sender == null) {
				log.info(
						"A password reset was asked for '{}' from {}, but no SMTP server is configured "
								+ "(spring.mail.host): an admin can issue a link on the user's page",
						user.username(), address);
				continue;
			}
			Watched account = Watched.account(Guard.RESET_ACCOUNT, user.username());
			Optional<Instant> accountLocked = this.throttle.lockedUntil(account);
			if (accountLocked.isPresent()) {
				this.throttle.refused(account, accountLocked.get(), address);
				continue;
			}
			this.throttle.missed(account, address);
			send(sender, user, link(create(user, null)), locale);
		}
		return Optional.empty();
	}

	/** An admin issues a link for the user, to pass on; it is shown this once. */
	@Transactional
	String issue(UUID userId, Actor actor) {
		if (!actor.isAdmin()) {
			throw new Forbidden();
		}
		User user = this.users.findByPublicId(userId).orElseThrow(NotFound::new);
		log.info("A password reset link for '{}' was issued by {}", user.username(), actor.username());
		return link(create(user, actor.username()));
	}

	/** Whether the link's token can still set a password. */
	boolean usable(String token) {
		return token != null && this.resets.findByTokenHash(Accounts.sha256(token))
			.filter((reset) -> reset.usableAt(this.clock.instant()))
			.isPresent();
	}

	/**
	 * Sets the new password with the link's token, once. Every session of the user ends
	 * (as after a password change), and their sign-in lock is lifted.
	 */
	@Transactional
	void reset(ResetForm form, String address) {
		Instant now = this.clock.instant();
		PasswordReset reset = (form.token() != null) ? this.resets.findForUpdate(Accounts.sha256(form.token()))
			.filter((candidate) -> candidate.usableAt(now))
			.orElse(null) : null;
		if (reset == null) {
			log.warn("An unusable password reset link was posted from {}", address);
			throw InvalidInput.of("link", "accounts.reset.invalid");
		}
		Violations violations = new Violations().required("newPassword", form.newPassword());
		Accounts.checkPassword(violations, "newPassword", form.newPassword());
		if (form.newPassword() != null && !form.newPassword().equals(form.confirmation())) {
			violations.add("confirmation", "accounts.error.passwordMismatch");
		}
		violations.throwIfAny();
		User user = reset.user();
		user.changePassword(this.passwordEncoder.encode(form.newPassword()), now);
		this.resets.findByUserAndUsedAtIsNull(user).forEach((open) -> open.use(now));
		reset.use(now);
		this.throttle.clear(Watched.account(Guard.SIGN_IN_ACCOUNT, user.username()),
				Watched.account(Guard.CURRENT_PASSWORD, user.username()));
		log.info("The password of '{}' was reset with a link from {}", user.username(), address);
	}

	private String create(User user, String createdBy) {
		String token = Accounts.randomSecret(32);
		Instant now = this.clock.instant();
		this.resets.save(new PasswordReset(user, Accounts.sha256(token), now.plus(VALID_FOR), createdBy, now));
		return token;
	}

	private String link(String token) {
		return this.baseUrl + "/password/reset?token=" + token;
	}

	private void send(JavaMailSender sender, User user, String link, Locale locale) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.mailFrom);
		message.setTo(user.email());
		message.setSubject(this.messages.getMessage("accounts.reset.mail.subject", null, locale));
		message.setText(this.messages.getMessage("accounts.reset.mail.body",
				new Object[] { user.username(), link, VALID_FOR.toMinutes() }, locale));
		try {
			sender.send(message);
		}
		catch (MailException ex) {
			// the answer stays the same: whoever asked learns nothing from a failure
			log.error("The password reset mail to '{}' could not be sent: {}", user.username(), ex.getMessage());
		}
	}

}
