package org.ortak.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.ortak.organizations.Organizations;
import org.ortak.shared.Forbidden;
import org.ortak.shared.InvalidInput;
import org.ortak.shared.NotFound;
import org.ortak.shared.StaleVersion;
import org.ortak.shared.Text;
import org.ortak.shared.Violations;
import org.ortak.shared.security.Actor;
import org.ortak.shared.security.Role;

/**
 * Users and their API tokens. Only admins keep them; nobody can lock the last way in (an
 * admin cannot take away their own admin role or account).
 */
@Service
@Transactional(readOnly = true)
class Accounts {

	static final String ADMIN = "admin";

	private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._@-]{3,60}");

	/** The key's column; a few letters grow under NFKC. */
	private static final int USERNAME_KEY_MAX = 60;

	private static final int PASSWORD_MIN = 10;

	private static final int PASSWORD_MAX_BYTES = 72;

	private static final String TOKEN_PREFIX = "ortak_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final UserRepository users;

	private final ApiTokenRepository tokens;

	private final PasswordEncoder passwordEncoder;

	private final Organizations organizations;

	private final Throttle throttle;

	private final Clock clock;

	private final String adminApiTokenHash;

	Accounts(UserRepository users, ApiTokenRepository tokens, PasswordEncoder passwordEncoder,
			Organizations organizations, Throttle throttle, Clock clock,
			@Value("${ortak.admin-api-token:}") String adminApiToken) {
		this.users = users;
		this.tokens = tokens;
		this.passwordEncoder = passwordEncoder;
		this.organizations = organizations;
		this.throttle = throttle;
		this.clock = clock;
		this.adminApiTokenHash = adminApiToken.isBlank() ? null : sha256(adminApiToken);
	}

	List<UserView> list(Actor actor) {
		requireAdmin(actor);
		return this.users.findAllByOrderByUsername().stream().map(UserView::of).toList();
	}

	UserView get(UUID id, Actor actor) {
		requireAdmin(actor);
		return UserView.of(user(id));
	}

	@Transactional
	UserView create(UserDraft draft, Actor actor) {
		requireAdmin(actor);
		Violations violations = check(draft);
		violations.required("password", draft.password());
		if (!violations.has("username") && this.users.existsByUsername(draft.username())) {
			violations.add("username", "accounts.error.usernameTaken");
		}
		violations.throwIfAny();
		User user = new User(draft.username(), this.passwordEncoder.encode(draft.password()), now());
		user.describe(draft.displayName(), draft.email(), draft.enabled(), draft.roles(), draft.organizationIds(),
				now());
		try {
			return UserView.of(this.users.saveAndFlush(user));
		}
		catch (DataIntegrityViolationException ex) {
			// the same name created twice at the same moment
			throw InvalidInput.of("username", "accounts.error.usernameTaken");
		}
	}

	@Transactional
	UserView update(UUID id, UserDraft draft, Long version, Actor actor) {
		requireAdmin(actor);
		User user = user(id);
		if (version == null || version != user.version()) {
			throw new StaleVersion();
		}
		Violations violations = check(draft);
		if (UserNames.key(user.username()).equals(UserNames.key(String.valueOf(actor.username())))
				&& (!draft.enabled() || !draft.roles().contains(Role.ADMIN))) {
			violations.add("roles", "accounts.error.selfLockout");
		}
		if (draft.username() != null && !violations.has("username")
				&& !UserNames.key(draft.username()).equals(UserNames.key(user.username()))) {
			// sign-in, history and tokens know the user by this name: it is kept as
			// created
			violations.add("username", "accounts.error.usernameFixed");
		}
		violations.throwIfAny();
		user.describe(draft.displayName(), draft.email(), draft.enabled(), draft.roles(), draft.organizationIds(),
				now());
		if (draft.password() != null) {
			user.changePassword(this.passwordEncoder.encode(draft.password()), now());
		}
		this.users.flush();
		return UserView.of(user);
	}

	private Violations check(UserDraft draft) {
		Violations violations = new Violations().required("username", draft.username());
		if (draft.username() != null && (!USERNAME.matcher(draft.username()).matches()
				|| UserNames.key(draft.username()).length() > USERNAME_KEY_MAX)) {
			violations.add("username", "accounts.error.username");
		}
		violations.line("displayName", draft.displayName(), 120)
			.line("email", draft.email(), 254)
			.email("email", draft.email());
		checkPassword(violations, "password", draft.password());
		if (draft.roles().isEmpty()) {
			violations.add("roles", "accounts.error.noRole");
		}
		if (this.organizations.names(draft.organizationIds()).size() != draft.organizationIds().size()) {
			violations.add("organizationIds", "accounts.error.unknownOrganization");
		}
		return violations;
	}

	/** Long enough to resist guessing, short enough for BCrypt, which reads 72 bytes. */
	static void checkPassword(Violations violations, String field, String password) {
		if (password == null) {
			return;
		}
		if (password.length() < PASSWORD_MIN) {
			violations.add(field, "accounts.error.passwordShort", PASSWORD_MIN);
		}
		// control characters cannot be typed at a sign-in form
		violations.text(field, password, false);
		if (password.getBytes(StandardCharsets.UTF_8).length > PASSWORD_MAX_BYTES) {
			violations.add(field, "accounts.error.passwordLong");
		}
	}

	/**
	 * A user changes their own password, proving they know the current one. Five wrong
	 * ones in a row lock the page as sign-in locks, even for the right one.
	 */
	@Transactional
	void changeOwnPassword(Actor actor, String currentPassword, String newPassword, String confirmation,
			String address) {
		if (!actor.isSignedIn()) {
			throw new Forbidden();
		}
		User user = this.users.findByUsername(actor.username()).orElseThrow(Forbidden::new);
		Throttle.Watched guard = Throttle.Watched.account(Guard.CURRENT_PASSWORD, user.username());
		Optional<Instant> locked = this.throttle.lockedUntil(guard);
		if (locked.isPresent()) {
			this.throttle.refused(guard, locked.get(), address);
			throw InvalidInput.of("currentPassword", "accounts.error.tryAgainIn", minutesUntil(locked.get()));
		}
		Violations violations = new Violations().required("currentPassword", currentPassword)
			.required("newPassword", newPassword);
		if (currentPassword != null && !currentPassword.isEmpty()) {
			if (!this.passwordEncoder.matches(currentPassword, user.passwordHash())) {
				Optional<Instant> lock = this.throttle.missed(guard, address);
				violations.add("currentPassword",
						lock.isPresent() ? "accounts.error.tryAgainIn" : "accounts.error.wrongPassword",
						lock.map(this::minutesUntil).orElse(0L));
			}
			else {
				this.throttle.clear(guard);
			}
		}
		checkPassword(violations, "newPassword", newPassword);
		if (newPassword != null && !newPassword.equals(confirmation)) {
			violations.add("confirmation", "accounts.error.passwordMismatch");
		}
		violations.throwIfAny();
		user.changePassword(this.passwordEncoder.encode(newPassword), now());
	}

	/**
	 * Creates the first administrator once; answers the password when it was generated.
	 */
	@Transactional
	Optional<String> ensureAdmin(String configuredPassword) {
		if (this.users.existsByUsername(ADMIN)) {
			return Optional.empty();
		}
		boolean generate = configuredPassword == null || configuredPassword.isBlank();
		String password = generate ? randomSecret(15) : configuredPassword;
		if (password.getBytes(StandardCharsets.UTF_8).length > PASSWORD_MAX_BYTES) {
			throw new IllegalStateException("ORTAK_ADMIN_PASSWORD is longer than " + PASSWORD_MAX_BYTES
					+ " bytes (UTF-8), more than a password hash can hold; choose a shorter one");
		}
		User admin = new User(ADMIN, this.passwordEncoder.encode(password), now());
		admin.describe("Administrator", null, true, Set.of(Role.ADMIN), Set.of(), now());
		this.users.save(admin);
		return generate ? Optional.of(password) : Optional.empty();
	}

	/** Until when the user's sign-in (or password change) is locked, if it is. */
	Optional<Instant> lockedUntil(UUID id, Actor actor) {
		requireAdmin(actor);
		User user = user(id);
		return this.throttle.lockedUntil(Throttle.Watched.account(Guard.SIGN_IN_ACCOUNT, user.username()),
				Throttle.Watched.account(Guard.CURRENT_PASSWORD, user.username()));
	}

	/** An admin lifts the locks of a user's sign-in and password change. */
	void unlock(UUID id, Actor actor) {
		requireAdmin(actor);
		User user = user(id);
		this.throttle.clear(Throttle.Watched.account(Guard.SIGN_IN_ACCOUNT, user.username()),
				Throttle.Watched.account(Guard.CURRENT_PASSWORD, user.username()));
	}

	/**
	 * An admin lifts every sign-in, password and API-token lock, of accounts and
	 * addresses.
	 */
	void unlockAll(Actor actor) {
		requireAdmin(actor);
		this.throttle.clearAll();
	}

	/** Whole minutes until then, at least one: what a person is told to wait. */
	long minutesUntil(Instant until) {
		long seconds = Duration.between(now(), until).getSeconds();
		return Math.max(1, (seconds + 59) / 60);
	}

	List<TokenView> tokens(UUID userId, Actor actor) {
		requireAdmin(actor);
		Instant now = now();
		return this.tokens.findByUserOrderByCreatedAtDesc(user(userId))
			.stream()
			.map((token) -> TokenView.of(token, now))
			.toList();
	}

	@Transactional
	TokenView.Issued issueToken(UUID userId, String name, Integer daysValid, Actor actor) {
		requireAdmin(actor);
		User user = user(userId);
		String cleanName = Text.clean(name);
		Violations violations = new Violations().required("name", cleanName).line("name", cleanName, 100);
		if (daysValid != null && (daysValid < 1 || daysValid > 3650)) {
			violations.add("daysValid", "validation.range", 1, 3650);
		}
		violations.throwIfAny();
		String token = TOKEN_PREFIX + randomSecret(32);
		Instant expiresAt = (daysValid != null) ? now().plus(Duration.ofDays(daysValid)) : null;
		ApiToken saved = this.tokens.save(new ApiToken(user, cleanName, sha256(token),
				token.substring(0, TOKEN_PREFIX.length() + 6), expiresAt, actor.username(), now()));
		return new TokenView.Issued(token, TokenView.of(saved, now()));
	}

	@Transactional
	void revokeToken(UUID userId, UUID tokenId, Actor actor) {
		requireAdmin(actor);
		ApiToken token = this.tokens.findByPublicId(tokenId)
			.filter((candidate) -> candidate.user().publicId().equals(userId))
			.orElseThrow(NotFound::new);
		token.revoke(now());
	}

	/** The actor a bearer token stands for, if it is valid. */
	@Transactional
	Optional<Actor> authenticate(String bearerToken) {
		String hash = sha256(bearerToken);
		if (this.adminApiTokenHash != null && MessageDigest.isEqual(hash.getBytes(StandardCharsets.US_ASCII),
				this.adminApiTokenHash.getBytes(StandardCharsets.US_ASCII))) {
			return this.users.findByUsername(ADMIN).filter(User::enabled).map(User::actor);
		}
		Instant now = now();
		return this.tokens.findByTokenHash(hash).filter((token) -> token.isValidAt(now)).map((token) -> {
			token.usedAt(now);
			return token.user().actor();
		});
	}

	User user(UUID id) {
		return this.users.findByPublicId(id).orElseThrow(NotFound::new);
	}

	private static void requireAdmin(Actor actor) {
		if (!actor.isAdmin()) {
			throw new Forbidden();
		}
	}

	private Instant now() {
		return this.clock.instant();
	}

	static String randomSecret(int bytes) {
		byte[] secret = new byte[bytes];
		RANDOM.nextBytes(secret);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
