package org.ortak.agreements;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.ortak.shared.Forbidden;
import org.ortak.shared.NotFound;
import org.ortak.shared.Text;
import org.ortak.shared.Violations;
import org.ortak.shared.files.Documents;
import org.ortak.shared.files.FileStorage;
import org.ortak.shared.files.StoredFiles;
import org.ortak.shared.security.Actor;

/**
 * An agreement's documents: PDFs by their content, kept as they came in the file storage
 * under a key Ortak makes, uploaded by its keepers, read by its keepers and the managers
 * of its parties. A file is deleted when the row that names it is not committed.
 */
@Service
public class AgreementDocuments {

	private final Agreements agreements;

	private final DocumentRepository documents;

	private final Documents checker;

	private final FileStorage storage;

	private final Clock clock;

	AgreementDocuments(Agreements agreements, DocumentRepository documents, Documents checker, FileStorage storage,
			Clock clock) {
		this.agreements = agreements;
		this.documents = documents;
		this.checker = checker;
		this.storage = storage;
		this.clock = clock;
	}

	/** A document's bytes to serve, and its name for the download. */
	public record DocumentFile(InputStream content, String fileName) {
	}

	public long maxFileSize() {
		return this.checker.maxFileSize();
	}

	/** Who may not upload to the agreement is told before the upload is read. */
	@Transactional(readOnly = true)
	public void requireMayUpload(UUID agreementId, Actor actor) {
		this.agreements.kept(agreementId, actor);
	}

	@Transactional
	public AgreementView.DocumentView upload(UUID agreementId, String title, byte[] content, Actor actor) {
		Agreement agreement = this.agreements.kept(agreementId, actor);
		String cleaned = Text.clean(title);
		new Violations().required("title", cleaned).line("title", cleaned, 300).throwIfAny();
		int pages = this.checker.checkPdf("file", content);
		String key = FileStorage.newKey("agreements", "pdf", this.clock);
		this.storage.put(key, content);
		StoredFiles.removeUnlessCommitted(this.storage, List.of(key));
		AgreementDocument document = new AgreementDocument(agreement.id(), cleaned, key, content.length, pages, now(),
				actor.username());
		return view(this.documents.saveAndFlush(document), agreement.publicId());
	}

	@Transactional
	public void delete(UUID agreementId, UUID documentId, Actor actor) {
		Agreement agreement = this.agreements.kept(agreementId, actor);
		AgreementDocument document = documentOf(agreement, documentId);
		this.documents.delete(document);
		StoredFiles.removeAfterCommit(this.storage, List.of(document.storageKey()));
	}

	@Transactional(readOnly = true)
	public DocumentFile file(UUID agreementId, UUID documentId, Actor actor) {
		Agreement agreement = this.agreements.readable(agreementId, actor);
		if (!AgreementPolicy.mayReadDocuments(actor, agreement)) {
			throw actor.isSignedIn() ? new Forbidden() : new NotFound();
		}
		AgreementDocument document = documentOf(agreement, documentId);
		InputStream content = this.storage.open(document.storageKey()).orElseThrow(NotFound::new);
		return new DocumentFile(content, document.publicId() + ".pdf");
	}

	static AgreementView.DocumentView view(AgreementDocument document, UUID agreementId) {
		return new AgreementView.DocumentView(document.publicId(), document.title(), document.sizeBytes(),
				document.pages(), document.uploadedAt(),
				"/agreements/" + agreementId + "/documents/" + document.publicId());
	}

	private AgreementDocument documentOf(Agreement agreement, UUID documentId) {
		return this.documents.findByPublicId(documentId)
			.filter((d) -> d.agreementId().equals(agreement.id()))
			.orElseThrow(NotFound::new);
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
