package org.ortak.organizations;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.ortak.organizations.PrivateLinks.Opened;
import org.ortak.shared.Forbidden;
import org.ortak.shared.InvalidInput;
import org.ortak.shared.NotFound;
import org.ortak.shared.ResultPage;
import org.ortak.shared.Text;
import org.ortak.shared.Violations;
import org.ortak.shared.security.Actor;

/**
 * The register kept true by the organizations themselves: a coordinator gives an
 * organization's contact a private link (no account; signed, expiring, used once) through
 * which they confirm the entry as it is or propose corrections; anyone suggests a
 * correction from the public profile; proposals and suggestions wait for a coordinator
 * who approves or rejects them.
 */
@Service
@Transactional(readOnly = true)
public class Corrections {

	private static final int MAX_MESSAGE = 2000;

	/** Who changed an entry, in its history, when its own contact confirmed it. */
	static final String OWN_CONTACT = "own-contact";

	private final Organizations organizations;

	private final OrganizationRepository repository;

	private final CorrectionRepository corrections;

	private final PrivateLinks links;

	private final Clock clock;

	private final String baseUrl;

	Corrections(Organizations organizations, OrganizationRepository repository, CorrectionRepository corrections,
			PrivateLinks links, Clock clock, @Value("${ortak.base-url}") String baseUrl) {
		this.organizations = organizations;
		this.repository = repository;
		this.corrections = corrections;
		this.links = links;
		this.clock = clock;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	/** A private link for an organization's own contact, and when it expires. */
	public record PrivateLink(String url, Instant expiresAt) {
	}

	/** The link's entry, for its contact to confirm or correct. */
	public record Entry(OrganizationDetails organization, Instant linkExpiresAt) {
	}

	/**
	 * A new private link to the organization's entry, for those who keep the register.
	 */
	@Transactional
	public PrivateLink issueLink(UUID organizationId, Actor actor) {
		OrganizationDetails organization = this.organizations.get(organizationId, actor);
		if (!RegisterPolicy.keepsWholeRegister(actor) || organization.archived()) {
			throw new Forbidden();
		}
		PrivateLinks.Issued issued = this.links.issue(organizationId);
		return new PrivateLink(this.baseUrl + "/entry/" + issued.token(), issued.expiresAt());
	}

	/**
	 * The entry a link opens; refused when the link is tampered with, expired or used.
	 */
	public Entry entry(String token) {
		Opened opened = opened(token);
		return new Entry(current(opened.organizationId()), opened.expiresAt());
	}

	/** The contact says the entry is right as it is: confirmed at once, the link used. */
	@Transactional
	public void confirmThroughLink(String token) {
		Opened opened = opened(token);
		Organization organization = this.repository.findByPublicId(opened.organizationId())
			.filter((found) -> !found.archived())
			.orElseThrow(NotFound::new);
		organization.confirm(OWN_CONTACT, now());
		usedOnce(Correction.confirmed(opened.organizationId(), opened.nonce(), now()));
	}

	/**
	 * The contact proposes corrections, checked as the register checks any change; they
	 * wait for a coordinator. The link is used.
	 */
	@Transactional
	public void proposeThroughLink(String token, Proposal proposal) {
		Opened opened = opened(token);
		OrganizationDetails current = current(opened.organizationId());
		Proposal changes = proposal.changesFrom(current);
		if (changes.isEmpty()) {
			throw InvalidInput.of("name", "corrections.error.nothingChanged");
		}
		this.organizations.check(changes.applyTo(current), current.id());
		usedOnce(Correction.proposed(opened.organizationId(), opened.nonce(), changes, now()));
	}

	/** Anyone's suggestion from the public profile of a listed organization. */
	@Transactional
	public void suggest(UUID organizationId, String message, String contact) {
		Organization organization = this.repository.findByPublicId(organizationId)
			.filter((found) -> found.listed() && !found.archived())
			.orElseThrow(NotFound::new);
		String text = Text.clean(message);
		String reply = Text.clean(contact);
		new Violations().required("message", text)
			.text("message", text, true)
			.maxLength("message", text, MAX_MESSAGE)
			.line("contact", reply, 254)
			.throwIfAny();
		this.corrections.save(Correction.suggested(organization.publicId(), text, reply, now()));
	}

	/** What waits for review, the oldest first. */
	public ResultPage<CorrectionView> pending(int page, int size, Actor actor) {
		requireKeeper(actor);
		Organizations.checkPage(page, size, 100);
		Page<Correction> found = this.corrections.findPending(PageRequest.of(page, size));
		List<CorrectionView> items = found.getContent().stream().map((correction) -> view(correction, actor)).toList();
		return new ResultPage<>(items, page, size, found.getTotalElements());
	}

	/**
	 * Applies a proposal to the entry as it is now, as the coordinator who approves it
	 * (the history says who); a suggestion is only marked done.
	 */
	@Transactional
	public void approve(UUID correctionId, Actor actor) {
		requireKeeper(actor);
		Correction correction = this.corrections.findByPublicId(correctionId).orElseThrow(NotFound::new);
		correction.approve(actor.username(), now());
		if (correction.source() == Correction.Source.OWN_CONTACT) {
			OrganizationDetails current = this.organizations.get(correction.organizationId(), actor);
			this.organizations.update(current.id(), correction.proposal().applyTo(current), current.version(), actor);
			this.organizations.confirm(current.id(), null, actor);
		}
	}

	@Transactional
	public void reject(UUID correctionId, Actor actor) {
		requireKeeper(actor);
		this.corrections.findByPublicId(correctionId).orElseThrow(NotFound::new).reject(actor.username(), now());
	}

	private CorrectionView view(Correction correction, Actor actor) {
		OrganizationDetails current = this.organizations.get(correction.organizationId(), actor);
		return new CorrectionView(correction.publicId(), correction.organizationId(), current.name(),
				correction.source().name(), correction.status().name(), correction.proposal(), Proposal.of(current),
				correction.message(), correction.contact(), correction.createdAt());
	}

	/** Saved with its link's nonce; the same link sent twice at once is used once. */
	private void usedOnce(Correction correction) {
		try {
			this.corrections.saveAndFlush(correction);
		}
		catch (DataIntegrityViolationException ex) {
			throw new PrivateLinks.Refused("corrections.error.linkUsed");
		}
	}

	private Opened opened(String token) {
		Opened opened = this.links.open(token);
		if (this.corrections.existsByLinkNonce(opened.nonce())) {
			throw new PrivateLinks.Refused("corrections.error.linkUsed");
		}
		return opened;
	}

	/** The entry as the register holds it, read on behalf of its own link. */
	private OrganizationDetails current(UUID organizationId) {
		Organization organization = this.repository.findByPublicId(organizationId)
			.filter((found) -> !found.archived())
			.orElseThrow(() -> new PrivateLinks.Refused("corrections.error.linkInvalid"));
		return Organizations.details(organization, null, Actor.ANONYMOUS);
	}

	private Instant now() {
		return this.clock.instant();
	}

	private static void requireKeeper(Actor actor) {
		if (actor == null || !RegisterPolicy.keepsWholeRegister(actor)) {
			throw new Forbidden();
		}
	}

}
