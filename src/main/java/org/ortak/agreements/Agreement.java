package org.ortak.agreements;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.ortak.shared.Text;

/**
 * An agreement: its kind, title and subject in the language it was written in, its
 * parties in order and who signed for them, its dates, status and visibility, the network
 * it belongs to, and the user accounts that keep it.
 */
@Entity
@Table(name = "agreement")
class Agreement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "public_id", nullable = false, updatable = false)
	private UUID publicId;

	@Version
	private long version;

	@Enumerated(EnumType.STRING)
	private AgreementKind kind;

	@Enumerated(EnumType.STRING)
	private AgreementStatus status;

	@Enumerated(EnumType.STRING)
	private AgreementVisibility visibility;

	private String language;

	private String title;

	@Column(name = "title_key")
	private String titleKey;

	private String subject;

	@Column(name = "network_id")
	private UUID networkId;

	@Column(name = "starts_on")
	private LocalDate startsOn;

	@Column(name = "ends_on")
	private LocalDate endsOn;

	@Column(name = "end_reminded_on")
	private LocalDate endRemindedOn;

	@ElementCollection
	@CollectionTable(name = "agreement_party", joinColumns = @JoinColumn(name = "agreement_id"))
	@OrderColumn(name = "position")
	@Column(name = "organization_id")
	private List<UUID> parties = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "agreement_signatory", joinColumns = @JoinColumn(name = "agreement_id"))
	@OrderColumn(name = "position")
	private List<Signatory> signatories = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "agreement_coordinator", joinColumns = @JoinColumn(name = "agreement_id"))
	@Column(name = "username")
	private Set<String> coordinators = new LinkedHashSet<>();

	@Column(name = "created_at", updatable = false)
	private Instant createdAt;

	@Column(name = "created_by", updatable = false)
	private String createdBy;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Column(name = "updated_by")
	private String updatedBy;

	protected Agreement() {
	}

	Agreement(Instant now, String by) {
		this.publicId = UUID.randomUUID();
		this.createdAt = now;
		this.createdBy = by;
	}

	void write(AgreementDraft draft, Instant now, String by) {
		this.kind = draft.kind();
		this.status = draft.status();
		this.visibility = draft.visibility();
		this.language = draft.language();
		this.title = draft.title();
		this.titleKey = Text.matchKey(draft.title(), 300);
		this.subject = draft.subject();
		this.networkId = draft.networkId();
		if (!java.util.Objects.equals(this.endsOn, draft.endsOn())) {
			// a new end date is reminded of again
			this.endRemindedOn = null;
		}
		this.startsOn = draft.startsOn();
		this.endsOn = draft.endsOn();
		this.parties.clear();
		this.parties.addAll(draft.parties());
		this.signatories.clear();
		this.signatories.addAll(draft.signatories());
		this.coordinators.clear();
		this.coordinators.addAll(draft.coordinators());
		this.updatedAt = now;
		this.updatedBy = by;
	}

	/** Past its end: the daily job expires it. */
	void expire(Instant now) {
		this.status = AgreementStatus.EXPIRED;
		this.updatedAt = now;
		this.updatedBy = null;
	}

	void endReminded(LocalDate on) {
		this.endRemindedOn = on;
	}

	Long id() {
		return this.id;
	}

	UUID publicId() {
		return this.publicId;
	}

	long version() {
		return this.version;
	}

	AgreementKind kind() {
		return this.kind;
	}

	AgreementStatus status() {
		return this.status;
	}

	AgreementVisibility visibility() {
		return this.visibility;
	}

	String language() {
		return this.language;
	}

	String title() {
		return this.title;
	}

	String subject() {
		return this.subject;
	}

	UUID networkId() {
		return this.networkId;
	}

	LocalDate startsOn() {
		return this.startsOn;
	}

	LocalDate endsOn() {
		return this.endsOn;
	}

	List<UUID> parties() {
		return List.copyOf(this.parties);
	}

	List<Signatory> signatories() {
		return List.copyOf(this.signatories);
	}

	Set<String> coordinators() {
		return Set.copyOf(this.coordinators);
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

}
