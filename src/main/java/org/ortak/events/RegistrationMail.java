package org.ortak.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.transaction.support.TransactionTemplate;

import org.ortak.organizations.Organizations;
import org.ortak.people.People;

/**
 * The mails of a registration, sent by jobs kept in the database: scheduled in the
 * registration's own transaction (so a registration is never without its mail, nor a mail
 * without its registration), sent after it commits, retried when the mail server is away.
 * A reminder goes the day before.
 */
@Configuration(proxyBeanMethods = false)
class RegistrationMail {

	static final TaskDescriptor<String> TASK = TaskDescriptor.of("registration-mail", String.class);

	private static final Logger log = LoggerFactory.getLogger(RegistrationMail.class);

	/** What a mail tells. */
	enum Kind {

		CONFIRMED, WAITING, PROMOTED, CANCELLED, REMINDER,

		/** An invitation's mail: its data names the invitation. */
		INVITATION

	}

	@Bean
	OneTimeTask<String> registrationMailTask(@Lazy Sender sender,
			@Value("${ortak.events.mail-retry:PT5M}") Duration retry) {
		return Tasks.oneTime(TASK)
			.onFailure((complete, operations) -> operations.reschedule(complete, Instant.now().plus(retry)))
			.execute((instance, context) -> {
				String[] parts = instance.getData().split(" ", 2);
				sender.send(UUID.fromString(parts[1]), Kind.valueOf(parts[0]));
			});
	}

	@Bean
	RecurringTask<Void> registrationReminders(@Lazy Sender sender,
			@Value("${ortak.events.reminders-every:PT15M}") Duration every) {
		return Tasks.recurring("registration-reminders", Schedules.fixedDelay(every))
			.execute((instance, context) -> sender.remind());
	}

	@Bean
	Sender registrationMailSender(SchedulerClient scheduler, RegistrationRepository registrations,
			InvitationRepository invitations, Organizations organizations, EventRepository events, People people,
			RegistrationLinks links, EventCalendar calendar, ObjectProvider<JavaMailSender> mail,
			MessageSource messages, TransactionTemplate transactions, Clock clock,
			@Value("${ortak.base-url}") String baseUrl, @Value("${ortak.mail-from}") String mailFrom) {
		return new Sender(scheduler, registrations, invitations, organizations, events, people, links, calendar, mail,
				messages, transactions, clock, baseUrl, mailFrom);
	}

	/** Schedules and sends registrations' mails. */
	static class Sender {

		private final SchedulerClient scheduler;

		private final RegistrationRepository registrations;

		private final InvitationRepository invitations;

		private final Organizations organizations;

		private final EventRepository events;

		private final People people;

		private final RegistrationLinks links;

		private final EventCalendar calendar;

		private final ObjectProvider<JavaMailSender> mail;

		private final MessageSource messages;

		private final TransactionTemplate transactions;

		private final Clock clock;

		private final String baseUrl;

		private final String mailFrom;

		Sender(SchedulerClient scheduler, RegistrationRepository registrations, InvitationRepository invitations,
				Organizations organizations, EventRepository events, People people, RegistrationLinks links,
				EventCalendar calendar, ObjectProvider<JavaMailSender> mail, MessageSource messages,
				TransactionTemplate transactions, Clock clock, String baseUrl, String mailFrom) {
			this.scheduler = scheduler;
			this.registrations = registrations;
			this.invitations = invitations;
			this.organizations = organizations;
			this.events = events;
			this.people = people;
			this.links = links;
			this.calendar = calendar;
			this.mail = mail;
			this.messages = messages;
			this.transactions = transactions;
			this.clock = clock;
			this.baseUrl = baseUrl.replaceAll("/+$", "");
			this.mailFrom = mailFrom;
		}

		/** A mail to send once the caller's transaction commits. */
		void schedule(Registration registration, Kind kind) {
			this.scheduler.scheduleIfNotExists(
					TASK.instance(kind + "-" + registration.publicId() + "-" + registration.statusAt().toEpochMilli())
						.data(kind + " " + registration.publicId())
						.scheduledTo(this.clock.instant()));
		}

		/** The mail of a registration's present state sent again, with its link. */
		/** An invitation's mail, once the caller's transaction commits. */
		void invite(Invitation invitation) {
			this.scheduler.scheduleIfNotExists(TASK.instance(Kind.INVITATION + "-" + invitation.publicId())
				.data(Kind.INVITATION + " " + invitation.publicId())
				.scheduledTo(this.clock.instant()));
		}

		void inviteAgain(Invitation invitation) {
			this.scheduler.scheduleIfNotExists(
					TASK.instance(Kind.INVITATION + "-" + invitation.publicId() + "-again-" + this.clock.millis())
						.data(Kind.INVITATION + " " + invitation.publicId())
						.scheduledTo(this.clock.instant()));
		}

		void resend(Registration registration) {
			Kind kind = (registration.status() == RegistrationStatus.WAITING) ? Kind.WAITING : Kind.CONFIRMED;
			this.scheduler.scheduleIfNotExists(
					TASK.instance(kind + "-" + registration.publicId() + "-again-" + this.clock.millis())
						.data(kind + " " + registration.publicId())
						.scheduledTo(this.clock.instant()));
		}

		/** Reminds the confirmed of events that start within a day. */
		void remind() {
			Instant now = this.clock.instant();
			this.transactions.executeWithoutResult((status) -> {
				for (Registration registration : this.registrations.dueForReminder(now, now.plus(Duration.ofDays(1)))) {
					registration.reminded(now);
					schedule(registration, Kind.REMINDER);
				}
			});
		}

		void send(UUID registrationId, Kind kind) {
			JavaMailSender sender = this.mail.getIfAvailable();
			if (sender == null) {
				return;
			}
			Message message = this.transactions.execute(
					(status) -> (kind == Kind.INVITATION) ? invitation(registrationId) : compose(registrationId, kind));
			if (message == null) {
				return;
			}
			try {
				MimeMessage mime = sender.createMimeMessage();
				MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
				helper.setFrom(this.mailFrom);
				helper.setTo(message.to());
				helper.setSubject(message.subject());
				helper.setText(message.body());
				if (message.ics() != null) {
					helper.addAttachment("event.ics", new ByteArrayDataSource(message.ics(), "text/calendar"));
				}
				sender.send(mime);
			}
			catch (MessagingException ex) {
				throw new IllegalStateException("The registration mail could not be written", ex);
			}
		}

		private record Message(String to, String subject, String body, byte[] ics) {
		}

		/** To the invited person's address, or the organization's contact address. */
		private Message invitation(UUID invitationId) {
			Invitation invitation = this.invitations.findByPublicId(invitationId).orElse(null);
			Event event = (invitation != null) ? this.events.findById(invitation.eventId()).orElse(null) : null;
			if (event == null) {
				return null;
			}
			String name;
			String to;
			if (invitation.personId() != null) {
				People.Contact contact = this.people.contacts(java.util.List.of(invitation.personId()))
					.get(invitation.personId());
				name = (contact != null) ? contact.name() : null;
				to = (contact != null) ? contact.email() : null;
			}
			else {
				java.util.List<UUID> org = java.util.List.of(invitation.organizationId());
				name = this.organizations.names(org).get(invitation.organizationId());
				to = this.organizations.emails(org).get(invitation.organizationId());
			}
			if (to == null) {
				log.info("An invitation was not sent: its address is gone");
				return null;
			}
			Locale reader = Locale.forLanguageTag(invitation.language());
			String title = Events.textIn(event, reader).title();
			String link = this.baseUrl + "/i/" + this.links.token(invitation);
			String subject = this.messages.getMessage("events.mail.invitation.subject", new Object[] { title }, reader);
			String body = this.messages.getMessage("events.mail.invitation.body",
					new Object[] { name, title, when(event, reader), where(event), link }, reader);
			return new Message(to, subject, body, this.calendar.single(event, reader, this.baseUrl, false));
		}

		private static String when(Event event, Locale reader) {
			return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
				.withLocale(reader)
				.withZone(event.zone())
				.format(event.startsAt());
		}

		private static String where(Event event) {
			return (event.venue() != null) ? event.venue().name() : "";
		}

		private Message compose(UUID registrationId, Kind kind) {
			Registration registration = this.registrations.findByPublicId(registrationId).orElse(null);
			if (registration == null) {
				return null;
			}
			Event event = this.events.findById(registration.eventId()).orElse(null);
			People.Contact contact = this.people.contacts(java.util.List.of(registration.personId()))
				.get(registration.personId());
			if (event == null || contact == null || contact.email() == null) {
				log.info("A registration mail was not sent: its registration or address is gone");
				return null;
			}
			Locale reader = Locale.forLanguageTag(registration.language());
			String title = Events.textIn(event, reader).title();
			String when = when(event, reader);
			String where = where(event);
			String link = this.baseUrl + "/r/" + this.links.token(registration);
			String key = "events.mail." + kind.name().toLowerCase(Locale.ROOT);
			String subject = this.messages.getMessage(key + ".subject", new Object[] { title }, reader);
			String body = this.messages.getMessage(key + ".body",
					new Object[] { contact.name(), title, when, where, link }, reader);
			// a cancellation carries the event cancelled, so the registrant's calendar
			// drops it
			byte[] ics = (kind == Kind.WAITING) ? null
					: this.calendar.single(event, reader, this.baseUrl, kind == Kind.CANCELLED);
			return new Message(contact.email(), subject, body, ics);
		}

	}

}
