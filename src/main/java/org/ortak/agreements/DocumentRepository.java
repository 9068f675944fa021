package org.ortak.agreements;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentRepository extends JpaRepository<AgreementDocument, Long> {

	Optional<AgreementDocument> findByPublicId(UUID publicId);

	List<AgreementDocument> findByAgreementIdOrderByUploadedAtAscIdAsc(Long agreementId);

}
