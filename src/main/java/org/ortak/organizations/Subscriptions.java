package org.ortak.organizations;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.ortak.regions.RegionView;
import org.ortak.regions.Regions;
import org.ortak.shared.DomainException;
import org.ortak.shared.Text;
import org.ortak.shared.Violations;
import org.ortak.shared.i18n.Language;

/**
 * Changes in an area, told to whoever asks: by e-mail with double opt-in (nothing is sent
 * but the confirmation until its link is followed), as a digest of what changed since the
 * last one, with a one-click unsubscribe in every mail; and as an Atom feed for anyone.
 */
@Service
@Transactional(readOnly = true)
public class Subscriptions {

	private static final Logger log = LoggerFactory.getLogger(Subscriptions.class);

	/** Organizations named in one digest or feed at most. */
	static final int MAX_CHANGES = 50;

	private static final Base64.Encoder TOKENS = Base64.getUrlEncoder().withoutPadding();

	private final SecureRandom random = new SecureRandom();

	private final SubscriptionRepository subscriptions;

	private final OrganizationRepository organizations;

	private final Regions regions;

	private final ObjectProvider<JavaMailSender> mail;

	private final MessageSource messages;

	private final Clock clock;

	private final String baseUrl;

	private final String mailFrom;

	private final Duration every;

	Subscriptions(SubscriptionRepository subscriptions, OrganizationRepository organizations, Regions regions,
			ObjectProvider<JavaMailSender> mail, MessageSource messages, Clock clock,
			@Value("${ortak.base-url}") String baseUrl, @Value("${ortak.mail-from}") String mailFrom,
			@Value("${ortak.subscriptions.digest-every:P1D}") Duration every) {
		this.subscriptions = subscriptions;
		this.organizations = organizations;
		this.regions = regions;
		this.mail = mail;
		this.messages = messages;
		this.clock = clock;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
		this.mailFrom = mailFrom;
		this.every = every;
	}

	/** What changed: an organization's name, kind and profile, and when. */
	public record Change(UUID id, String name, OrganizationKind kind, String regionName, Instant at) {
	}

	/**
	 * A new subscription, unconfirmed: only the mail asking to confirm it is sent. Every
	 * answer is the same whether the address subscribed before or not.
	 */
	@Transactional
	public void subscribe(String email, UUID regionId, String bbox, Set<OrganizationKind> kinds, Locale locale) {
		String address = Text.clean(email);
		Violations violations = new Violations().required("email", address)
			.line("email", address, 254)
			.email("email", address);
		MapGrid.Box box = (bbox != null && !bbox.isBlank()) ? MapGrid.Box.parse(bbox, violations) : null;
		RegionView region = null;
		if (regionId != null) {
			region = this.regions.find(regionId).orElse(null);
			if (region == null) {
				violations.add("region", "validation.badValue");
			}
		}
		violations.throwIfAny();
		JavaMailSender sender = this.mail.getIfAvailable();
		if (sender == null) {
			throw new NoMail();
		}
		String confirm = token();
		String unsubscribe = token();
		Language language = Language.of(locale);
		this.subscriptions.save(new Subscription(address, language.code(), regionId,
				(region != null) ? region.path() : null, box,
				(kinds != null) ? kinds : EnumSet.noneOf(OrganizationKind.class), sha256(confirm), unsubscribe, now()));
		Locale reader = Locale.forLanguageTag(language.code());
		send(sender, address, text("subscriptions.mail.confirm.subject", reader),
				text("subscriptions.mail.confirm.body", reader,
						this.baseUrl + "/subscriptions/confirm?token=" + confirm,
						this.baseUrl + "/subscriptions/unsubscribe?token=" + unsubscribe),
				this.baseUrl + "/subscriptions/unsubscribe?token=" + unsubscribe);
	}

	/** The link of the confirmation mail was followed. */
	@Transactional
	public void confirm(String token) {
		this.subscriptions.findByConfirmHash(sha256(Text.clean(token)))
			.orElseThrow(() -> new TokenRefused())
			.confirm(now());
	}

	/** One click: the subscription and its address are gone. Twice is not an error. */
	@Transactional
	public void unsubscribe(String token) {
		String clean = Text.clean(token);
		if (clean != null) {
			this.subscriptions.findByUnsubscribeToken(clean).ifPresent(this.subscriptions::delete);
		}
	}

	/**
	 * Sends each confirmed subscription whose last digest is older than the period what
	 * changed in its area since, if anything did; forgets subscriptions never confirmed
	 * within a week. Run by the digest job; returns how many mails went out.
	 */
	@Transactional
	public int sendDigests() {
		Instant now = now();
		this.subscriptions.deleteUnconfirmedBefore(now.minus(Duration.ofDays(7)));
		JavaMailSender sender = this.mail.getIfAvailable();
		if (sender == null) {
			return 0;
		}
		int sent = 0;
		Slice<Subscription> due;
		int page = 0;
		do {
			due = this.subscriptions.findDue(now.minus(this.every).plusSeconds(1), PageRequest.of(page++, 100));
			for (Subscription subscription : due) {
				List<Change> changes = changes(subscription.lastDigestAt(), subscription.regionPath(),
						subscription.box(), subscription.kinds());
				if (!changes.isEmpty()) {
					Locale reader = Locale.forLanguageTag(subscription.language());
					StringBuilder list = new StringBuilder();
					for (Change change : changes) {
						list.append("- ")
							.append(change.name())
							.append(" (")
							.append(text("organizations.kind." + change.kind(), reader))
							.append(")\n  ")
							.append(this.baseUrl)
							.append("/directory/")
							.append(change.id())
							.append('\n');
					}
					String unsubscribe = this.baseUrl + "/subscriptions/unsubscribe?token="
							+ subscription.unsubscribeToken();
					send(sender, subscription.email(),
							text("subscriptions.mail.digest.subject", reader, changes.size()),
							text("subscriptions.mail.digest.body", reader, list.toString(), unsubscribe), unsubscribe);
					sent++;
				}
				subscription.digested(now);
			}
		}
		while (due.hasNext());
		return sent;
	}

	/** Listed organizations changed since then in the area, the latest first. */
	public List<Change> changes(Instant since, String regionPath, MapGrid.Box box, Set<OrganizationKind> kinds) {
		List<Organization> changed = this.organizations.findChanged(since, regionPath,
				kinds.isEmpty() ? EnumSet.allOf(OrganizationKind.class) : kinds, (box != null) ? box.west() : null,
				(box != null) ? box.south() : null, (box != null) ? box.east() : null,
				(box != null) ? box.north() : null, PageRequest.of(0, MAX_CHANGES));
		var regionsById = this.regions
			.findAll(changed.stream().map(Organization::regionId).collect(Collectors.toSet()));
		return changed.stream().map((organization) -> {
			RegionView region = regionsById.get(organization.regionId());
			return new Change(organization.publicId(), organization.name(), organization.kind(),
					(region != null) ? region.label(LocaleContextHolder.getLocale()) : null, organization.updatedAt());
		}).toList();
	}

	private void send(JavaMailSender sender, String to, String subject, String body, String unsubscribe) {
		try {
			MimeMessage message = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
			helper.setFrom(this.mailFrom);
			helper.setTo(to);
			helper.setSubject(subject);
			helper.setText(body);
			// one click from the mail program itself (RFC 8058)
			message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
			message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
			sender.send(message);
		}
		catch (MailException | MessagingException ex) {
			log.error("A subscription mail could not be sent: {}", ex.getMessage());
		}
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	private String token() {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		return TOKENS.encodeToString(bytes);
	}

	static String sha256(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256")
					.digest(((token != null) ? token : "").getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java", ex);
		}
	}

	private Instant now() {
		return this.clock.instant();
	}

	/** This server sends no mail: the feed is the way to follow changes. */
	static class NoMail extends DomainException {

		NoMail() {
			super("subscriptions.error.noMail");
		}

	}

	/** A confirmation link that is not (or no longer) one. */
	static class TokenRefused extends DomainException {

		TokenRefused() {
			super("subscriptions.error.token");
		}

	}

}
