package org.ortak.agreements;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.transaction.support.TransactionTemplate;

import org.ortak.accounts.Staff;
import org.ortak.organizations.Organizations;
import org.ortak.shared.i18n.Dates;
import org.ortak.shared.i18n.Language;

/**
 * The agreements' daily work, by a job kept in the database (one node runs it at a time):
 * agreements in force past their end are expired; a reminder is mailed once, some days
 * before ({@code ortak.agreements.remind-before}), of each open obligation's due date (to
 * the agreement's coordinators and the owing party's managers) and of each agreement's
 * end date (to its coordinators and every party's managers), in the agreement's language.
 * Each reminder is marked sent in its own transaction once its mail went, so a crash
 * sends a mail twice at worst, never not at all.
 */
@Configuration(proxyBeanMethods = false)
class AgreementReminders {

	private static final Logger log = LoggerFactory.getLogger(AgreementReminders.class);

	@Bean
	RecurringTask<Void> agreementReminderTask(@Lazy Sender sender,
			@Value("${ortak.agreements.check-every:PT1H}") Duration every) {
		return Tasks.recurring("agreement-reminders", Schedules.fixedDelay(every))
			.execute((instance, context) -> sender.run());
	}

	@Bean
	Sender agreementReminderSender(AgreementRepository agreements, ObligationRepository obligations,
			Organizations organizations, Staff staff, ObjectProvider<JavaMailSender> mail, MessageSource messages,
			TransactionTemplate transactions, Clock clock,
			@Value("${ortak.agreements.remind-before:P14D}") Period remindBefore,
			@Value("${ortak.base-url}") String baseUrl, @Value("${ortak.mail-from}") String mailFrom) {
		return new Sender(agreements, obligations, organizations, staff, mail, messages, transactions, clock,
				remindBefore, baseUrl.replaceAll("/+$", ""), mailFrom);
	}

	/** Expires and reminds; {@link #run} returns the mails sent. */
	static class Sender {

		private final AgreementRepository agreements;

		private final ObligationRepository obligations;

		private final Organizations organizations;

		private final Staff staff;

		private final ObjectProvider<JavaMailSender> mail;

		private final MessageSource messages;

		private final TransactionTemplate transactions;

		private final Clock clock;

		private final Period remindBefore;

		private final String baseUrl;

		private final String mailFrom;

		Sender(AgreementRepository agreements, ObligationRepository obligations, Organizations organizations,
				Staff staff, ObjectProvider<JavaMailSender> mail, MessageSource messages,
				TransactionTemplate transactions, Clock clock, Period remindBefore, String baseUrl, String mailFrom) {
			this.agreements = agreements;
			this.obligations = obligations;
			this.organizations = organizations;
			this.staff = staff;
			this.mail = mail;
			this.messages = messages;
			this.transactions = transactions;
			this.clock = clock;
			this.remindBefore = remindBefore;
			this.baseUrl = baseUrl;
			this.mailFrom = mailFrom;
		}

		int run() {
			LocalDate today = LocalDate.now(this.clock);
			Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
			this.transactions.executeWithoutResult(
					(status) -> this.agreements.pastTheirEnd(today).forEach((agreement) -> agreement.expire(now)));
			JavaMailSender sender = this.mail.getIfAvailable();
			if (sender == null) {
				return 0;
			}
			LocalDate by = today.plus(this.remindBefore);
			int sent = 0;
			for (Obligation due : this.transactions.execute((status) -> this.obligations.dueUnreminded(today, by))) {
				sent += once(() -> remindOf(sender, due.publicId(), today));
			}
			for (Agreement ending : this.transactions
				.execute((status) -> this.agreements.endingUnreminded(today, by))) {
				sent += once(() -> remindOfEnd(sender, ending.publicId(), today));
			}
			return sent;
		}

		/**
		 * One reminder in its own transaction; a failed one is tried again on the next
		 * run.
		 */
		private int once(java.util.function.BooleanSupplier reminder) {
			try {
				return Boolean.TRUE.equals(this.transactions.execute((status) -> reminder.getAsBoolean())) ? 1 : 0;
			}
			catch (RuntimeException ex) {
				log.warn("An agreement's reminder waits for the next run: {}", ex.getMessage());
				return 0;
			}
		}

		private boolean remindOf(JavaMailSender sender, java.util.UUID obligationId, LocalDate today) {
			Obligation obligation = this.obligations.findByPublicId(obligationId).orElse(null);
			if (obligation == null || obligation.status() != ObligationStatus.OPEN) {
				return false;
			}
			Agreement agreement = this.agreements.findById(obligation.agreementId()).orElseThrow();
			Locale locale = locale(agreement);
			String party = this.organizations.names(List.of(obligation.organizationId()))
				.get(obligation.organizationId());
			Set<String> to = this.staff.emails(agreement.coordinators(), List.of(obligation.organizationId()));
			boolean mailed = mail(sender, to, text("agreements.mail.due.subject", locale, agreement.title()),
					text("agreements.mail.due.body", locale, agreement.title(), party, obligation.description(),
							Dates.format(obligation.dueOn(), locale), link(agreement)));
			obligation.reminded(today);
			return mailed;
		}

		private boolean remindOfEnd(JavaMailSender sender, java.util.UUID agreementId, LocalDate today) {
			Agreement agreement = this.agreements.findByPublicId(agreementId).orElse(null);
			if (agreement == null || !agreement.status().inForce()) {
				return false;
			}
			Locale locale = locale(agreement);
			Map<java.util.UUID, String> names = this.organizations.names(agreement.parties());
			String parties = agreement.parties()
				.stream()
				.map(names::get)
				.filter((n) -> n != null)
				.collect(Collectors.joining(", "));
			Set<String> to = this.staff.emails(agreement.coordinators(), agreement.parties());
			boolean mailed = mail(sender, to, text("agreements.mail.ending.subject", locale, agreement.title()),
					text("agreements.mail.ending.body", locale, agreement.title(), parties,
							Dates.format(agreement.endsOn(), locale), link(agreement)));
			agreement.endReminded(today);
			return mailed;
		}

		/**
		 * Mails each address apart (nobody learns the others'); true when one of them
		 * took it (the reminder is then kept as sent: an address refused is not tried
		 * again and again, nor the others mailed twice), false when there is nobody to
		 * tell.
		 * @throws IllegalStateException when nobody took it: the next run tries again
		 */
		private boolean mail(JavaMailSender sender, Set<String> to, String subject, String body) {
			boolean sent = false;
			IllegalStateException failed = null;
			for (String address : to) {
				try {
					MimeMessage mime = sender.createMimeMessage();
					MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
					helper.setFrom(this.mailFrom);
					helper.setTo(address);
					helper.setSubject(subject);
					helper.setText(body);
					sender.send(mime);
					sent = true;
				}
				catch (MessagingException | MailException ex) {
					log.warn("Could not mail an agreement's reminder: {}", ex.getMessage());
					failed = new IllegalStateException("Reminder not sent", ex);
				}
			}
			if (!sent && failed != null) {
				throw failed;
			}
			return sent;
		}

		private String link(Agreement agreement) {
			return this.baseUrl + "/agreements/" + agreement.publicId();
		}

		private static Locale locale(Agreement agreement) {
			return Language.isCode(agreement.language()) ? Locale.forLanguageTag(agreement.language()) : Locale.ENGLISH;
		}

		private String text(String key, Locale locale, Object... arguments) {
			return this.messages.getMessage(key, arguments, locale);
		}

	}

}
