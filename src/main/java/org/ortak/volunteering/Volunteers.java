package org.ortak.volunteering;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import org.ortak.organizations.Organizations;
import org.ortak.people.ConsentPurpose;
import org.ortak.people.People;
import org.ortak.people.PersonCard;
import org.ortak.people.PersonDraft;
import org.ortak.people.PersonalData;
import org.ortak.shared.DomainException;
import org.ortak.shared.InvalidInput;
import org.ortak.shared.NotFound;
import org.ortak.shared.i18n.Dates;
import org.ortak.shared.pdf.PdfPages;
import org.ortak.shared.pdf.PdfPages.Style;
import org.ortak.shared.security.Tokens;

/**
 * What volunteers do without an account: sign up (their consent recorded, their private
 * link mailed to them and never shown, so that a sign-up in someone else's name reveals
 * nothing of theirs), and through the link see their record, log their hours, withdraw,
 * and take their confirmed record as a PDF. The link is kept as a hash; an erasure makes
 * every link of the person dead, while the confirmed hours stay in the totals.
 */
@Service
public class Volunteers implements PersonalData {

	private static final Logger log = LoggerFactory.getLogger(Volunteers.class);

	private final Volunteering volunteering;

	private final OpportunityRepository opportunities;

	private final SignupRepository signups;

	private final HoursRepository hours;

	private final Organizations organizations;

	private final People people;

	private final ObjectProvider<JavaMailSender> mail;

	private final MessageSource messages;

	private final Clock clock;

	private final String baseUrl;

	private final String mailFrom;

	Volunteers(Volunteering volunteering, OpportunityRepository opportunities, SignupRepository signups,
			HoursRepository hours, Organizations organizations, People people, ObjectProvider<JavaMailSender> mail,
			MessageSource messages, Clock clock, @Value("${ortak.base-url}") String baseUrl,
			@Value("${ortak.mail-from}") String mailFrom) {
		this.volunteering = volunteering;
		this.opportunities = opportunities;
		this.signups = signups;
		this.hours = hours;
		this.organizations = organizations;
		this.people = people;
		this.mail = mail;
		this.messages = messages;
		this.clock = clock;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
		this.mailFrom = mailFrom;
	}

	/** An opportunity that takes no more sign-ups: closed, over, or full. */
	static class Closed extends DomainException {

		Closed(String messageKey) {
			super(messageKey);
		}

	}

	/**
	 * A sign-up's link token, and whether it is someone's first: their record then holds
	 * this sign-up alone, so a deployment without mail may show its link to whoever typed
	 * it. Anyone else's record is reached only through their mailbox.
	 */
	public record SignedUp(String token, boolean first) {
	}

	/**
	 * Signs the person up (or again, after withdrawing), counted under the opportunity's
	 * row lock, against the opportunity as it is now, so that no more than it wants are
	 * taken; their link is mailed once the sign-up is kept. Signing up twice mails a new
	 * link (the old one stops working) and changes nothing else.
	 */
	@Transactional
	public SignedUp signUp(UUID opportunityId, SignupDraft draft) {
		draft.check().throwIfAny();
		Opportunity opportunity = this.opportunities.lockByPublicId(opportunityId).orElseThrow(NotFound::new);
		if (draft.companyId() != null && !this.volunteering.companies(opportunityId).containsKey(draft.companyId())) {
			throw InvalidInput.of("companyId", "validation.badValue");
		}
		if (!this.volunteering.takesSignups(opportunity)) {
			throw new Closed("volunteering.error.closed");
		}
		UUID person = this.people.enrol(
				new PersonDraft(draft.name(), null, draft.email(), draft.phone(), List.of(), List.of()),
				ConsentPurpose.VOLUNTEERING, opportunity.title(), "volunteer", false);
		String token = token();
		Signup existing = this.signups.findByOpportunityIdAndPersonId(opportunity.id(), person).orElse(null);
		if (existing == null || existing.withdrawn()) {
			if (opportunity.wanted() != null && this.signups.countActive(opportunity.id()) >= opportunity.wanted()) {
				throw new Closed("volunteering.error.full");
			}
		}
		boolean first = existing == null && this.signups.findByPersonIdOrderBySignedUpAtAscIdAsc(person).isEmpty();
		if (existing == null) {
			this.signups.saveAndFlush(new Signup(opportunity.id(), person, draft.companyId(), hash(token), now()));
		}
		else {
			if (existing.withdrawn()) {
				existing.rejoin(draft.companyId());
			}
			existing.relink(hash(token));
		}
		mailAfterCommit(draft.email(), opportunity.title(), token, LocaleContextHolder.getLocale());
		return new SignedUp(token, first);
	}

	/** Whether a mail server carries the links. */
	public boolean mails() {
		return this.mail.getIfAvailable() != null;
	}

	/** The volunteer's record, through their link. */
	@Transactional(readOnly = true)
	public VolunteerRecord record(String token) {
		Signup signup = signup(token);
		List<Signup> theirs = this.signups.findByPersonIdOrderBySignedUpAtAscIdAsc(signup.personId());
		return record(signup.personId(), theirs);
	}

	/** Hours the volunteer logs for one of their sign-ups. */
	@Transactional
	public HoursView logHours(String token, UUID signupId, HoursDraft draft) {
		if (signupId == null) {
			throw InvalidInput.of("signupId", "validation.required");
		}
		Signup signup = theirs(token, signupId);
		if (signup.withdrawn()) {
			throw InvalidInput.of("signupId", "volunteering.error.withdrawn");
		}
		draft.check(java.time.LocalDate.now(this.clock)).throwIfAny();
		return HoursView.of(this.hours.saveAndFlush(new Hours(signup.id(), draft, now(), null)));
	}

	@Transactional
	public void withdraw(String token, UUID signupId) {
		theirs(token, signupId).withdraw();
	}

	/** The confirmed record as a PDF, in the reader's language. */
	@Transactional(readOnly = true)
	public byte[] recordPdf(String token, Locale locale) {
		VolunteerRecord record = record(token);
		NumberFormat numbers = NumberFormat.getNumberInstance(locale);
		numbers.setMaximumFractionDigits(2);
		String title = message(locale, "volunteering.record.title");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (PdfPages pages = PdfPages.open(out, locale, title, false, title)) {
			pages.text(title, Style.HEADING);
			pages.text(record.name(), Style.TITLE);
			List<List<String>> rows = new ArrayList<>();
			for (VolunteerRecord.Entry entry : record.entries()) {
				for (HoursView logged : entry.hours()) {
					if (logged.status() == HoursStatus.CONFIRMED) {
						rows.add(List.of(Dates.format(logged.workedOn(), locale), entry.title(),
								Objects.toString(entry.organizationName(), ""), numbers.format(logged.hours())));
					}
				}
			}
			if (rows.isEmpty()) {
				pages.text(message(locale, "volunteering.record.none"), Style.BODY);
			}
			else {
				pages.table(new float[] { 2, 5, 4, 1.5f }, List.of(message(locale, "volunteering.field.workedOn"),
						message(locale, "volunteering.opportunity"), message(locale, "volunteering.field.organization"),
						message(locale, "volunteering.field.hours")), rows, 0);
			}
			pages.space(8);
			pages.text(message(locale, "volunteering.record.total", numbers.format(record.confirmedHours())),
					Style.STRONG);
			pages.text(message(locale, "volunteering.record.issued",
					Dates.format(java.time.LocalDate.now(this.clock), locale)), Style.BODY);
		}
		return out.toByteArray();
	}

	private VolunteerRecord record(UUID personId, List<Signup> theirs) {
		Map<Long, Opportunity> byId = new HashMap<>();
		this.opportunities.findAllById(theirs.stream().map(Signup::opportunityId).distinct().toList())
			.forEach((o) -> byId.put(o.id(), o));
		Map<Long, List<HoursView>> logged = new HashMap<>();
		this.hours.findBySignupIdInOrderByWorkedOnAscIdAsc(theirs.stream().map(Signup::id).toList())
			.forEach((h) -> logged.computeIfAbsent(h.signupId(), (k) -> new ArrayList<>()).add(HoursView.of(h)));
		List<UUID> orgs = new ArrayList<>();
		theirs.forEach((s) -> {
			orgs.add(byId.get(s.opportunityId()).organizationId());
			if (s.companyId() != null) {
				orgs.add(s.companyId());
			}
		});
		Map<UUID, String> names = this.organizations.names(orgs.stream().distinct().toList());
		List<VolunteerRecord.Entry> entries = new ArrayList<>();
		BigDecimal confirmed = BigDecimal.ZERO;
		for (Signup s : theirs) {
			Opportunity o = byId.get(s.opportunityId());
			List<HoursView> hoursOf = logged.getOrDefault(s.id(), List.of());
			for (HoursView h : hoursOf) {
				if (h.status() == HoursStatus.CONFIRMED) {
					confirmed = confirmed.add(h.hours());
				}
			}
			entries.add(new VolunteerRecord.Entry(s.publicId(), o.publicId(), o.title(), o.language(),
					names.get(o.organizationId()), (s.companyId() != null) ? names.get(s.companyId()) : null,
					s.withdrawn(), this.volunteering.takesSignups(o), hoursOf));
		}
		PersonCard card = this.people.cards(List.of(personId), null).get(personId);
		return new VolunteerRecord((card != null && !card.erased()) ? card.name() : null, entries, confirmed);
	}

	private Signup signup(String token) {
		if (token == null || token.length() > 100) {
			throw new NotFound();
		}
		return this.signups.findByTokenHash(hash(token)).orElseThrow(NotFound::new);
	}

	/** One of the sign-ups of the person whose link this is. */
	private Signup theirs(String token, UUID signupId) {
		Signup signup = signup(token);
		return this.signups.findByPublicId(signupId)
			.filter((s) -> s.personId().equals(signup.personId()))
			.orElseThrow(NotFound::new);
	}

	private void mailAfterCommit(String to, String title, String token, Locale locale) {
		Runnable send = () -> {
			JavaMailSender sender = this.mail.getIfAvailable();
			if (sender == null) {
				log.warn("No mail server: a volunteer's link could not be sent");
				return;
			}
			try {
				MimeMessage mime = sender.createMimeMessage();
				MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
				helper.setFrom(this.mailFrom);
				helper.setTo(to);
				helper.setSubject(message(locale, "volunteering.mail.subject", title));
				helper.setText(message(locale, "volunteering.mail.body", title, this.baseUrl + "/v/" + token));
				sender.send(mime);
			}
			catch (MessagingException | MailException ex) {
				log.warn("A volunteer's link could not be mailed: {}", ex.getMessage());
			}
		};
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					send.run();
				}
			});
		}
		else {
			send.run();
		}
	}

	private String message(Locale locale, String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	static String token() {
		return Tokens.random();
	}

	static String hash(String token) {
		return Tokens.hash(token);
	}

	@Override
	public String section() {
		return "volunteering";
	}

	@Override
	public Object export(UUID personId) {
		return record(personId, this.signups.findByPersonIdOrderBySignedUpAtAscIdAsc(personId)).entries();
	}

	/**
	 * Every link of the person stops opening anything and their notes go; the hours stay
	 * in the totals.
	 */
	@Override
	public void erase(UUID personId) {
		List<Signup> theirs = this.signups.findByPersonIdOrderBySignedUpAtAscIdAsc(personId);
		theirs.forEach((s) -> s.relink(hash(token())));
		this.hours.findBySignupIdInOrderByWorkedOnAscIdAsc(theirs.stream().map(Signup::id).toList())
			.forEach(Hours::forgetNote);
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
